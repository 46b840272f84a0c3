// COLLABORATES_WITH and PARTNER_IN, only where a sentence states that named parties act together: A与B合作, A会同B,
// A联合B, A和B共同…, 邀请X参加…, agreements signed between parties, X在…会上作发言.

import type { LocalMention, ProposedRelation, RelationRule, SentenceFacts } from "./relation-types.js";
import { FAILED, HOSTILE, NEGATED, PARTY_TYPES, RIVALRY, actorsBefore, canCollaborate, nearestActors, outermostParties, partiesOf, type Party } from "./collaboration-parties.js";
import { clauseAround, clauseSubject, listAround, mentionsIn } from "./sentence-helpers.js";

/** After 与/同/和 X: a word of working together, in X's clause (对口 only with what it qualifies). */
const TOGETHER = /合作|联合|共同(?![体富愿理利价市点持拥控所])|对接|协作|共建|合建|合办|共办|携手|牵手|签约|签署|签订|联动|联手|合资|合营|结对|联姻|结盟|对口(?:支援|帮扶|合作|协作|援建|援助)|协同|会同|结为|缔结|达成[^，。；]{0,12}协议|^[^，。；]{0,12}?(?:成立|组建|设立|兴建)/u;
/** Verbs whose object is a partner: the subject works with it (联合了X, “牵手”X, 签约X). */
const PARTNER_VERB = /(?:邀请|联合|会同|协同|携手|牵手|联系|联同|联姻|结盟|签约)了?[”"」]?$/u;
/** The cheap test before reading a sentence for partner verbs. */
const ANY_PARTNER_VERB = /邀请|联合|会同|协同|携手|牵手|联系|联同|联姻|结盟|签约/u;
/** 与 (同, 跟) as a preposition; 和 is also a plain conjunction, so with it only the body just before it acts. */
const WITH = /[与同跟和]/u;
/**
 * Words between 与 and the partner that describe it (与中国具有实力的X, 与Y集团下属X, 与国际医药企业X, 与娱乐巨头X): X is
 * still the partner.
 */
const PARTNER_MODIFIER = /^(?:[^，。；、,;与同和跟]{1,20}的|[^，。；、,;与同和跟]{1,14}(?:下属|旗下|股东|子公司|母公司|集团|公司)(?:的)?(?:公司|企业|子公司|单位)?(?:——|—)?)$/u;
/** An appositive naming the partner's kind (国际医药企业X, 英国最大药企X): the only describing words allowed after 和. */
const APPOSITIVE = /^[^，。；、,;与同和跟的]{0,12}(?:企业|公司|巨头|机构|品牌|厂商|运营商|药企|车企|房企|险企|券商|电商|龙头|财团)(?:之一)?$/u;
/** A describing phrase that says the name after it was made by the parties (与B合资成立的C): C is no partner. */
const MADE_BY = /合资|合营|成立|设立|组建|创办|共同|联合|合作|签署|签订|投资|出资/u;
/** A partner followed by these only owns the real partner (与国务院组成部门对口, 与X第一大股东Y签署): X is no party. */
const OWNER_TAIL = /^(?:的)?(?:组成部门|有关部门|相关部门|各部门|所属|下属|旗下|各级|系统内|第一大股东|大股东|股东|原股东|子公司|母公司|全资|控股)/u;
/** What the parties do is a merger or a takeover, or announcing something together: not a collaboration. */
const NOT_COOPERATION = /^(?:联合|强强联合)?[^。；]{0,4}(?:重组|合并|兼并)|^(?:联合|一起|一同|同时|共同)(?:公告|宣布|声明|发布|披露|公布)/u;
/** A joint announcement is a joint act when it announces a cooperation (联合宣布双方达成战略合作), not a takeover. */
const ANNOUNCED_COOPERATION = /合作|合资|携手|联手|结盟|联盟|特许|双方将|成立[^，。；]{0,12}(?:公司|企业)/u;
const ANNOUNCED_TAKEOVER = /收购|并购|合并|重组|兼并|入股|认购|增发|转让|业绩|财报|年报/u;
/** Bodies joined by 和 that act one by one (A和B先后成立X, A和B分别签署): not together. */
const SEPARATELY = /分别|各自|先后|各|均/u;
/** Verbs of doing something together, said of several bodies named as one subject (共同体, 共同富裕 are nouns). */
const JOINTLY = /共同(?![体富愿理利价市点持拥控所])|联合|携手|牵手|签署|签订|联手|联同|一同|一起|合作|结对|合资|合办|共建/u;

function collaboration(facts: SentenceFacts, a: Party, b: Party, rule: string): ProposedRelation[] {
  if (!canCollaborate(a, b)) return [];
  const inferred = a.inferred ?? b.inferred;
  return [{ type: "COLLABORATES_WITH", source: a.entity, target: b.entity, rule: inferred ? `${rule}:${inferred}` : rule, sentence: facts.context.sentence }];
}

function partnerIn(facts: SentenceFacts, party: Party, project: string, rule: string): ProposedRelation[] {
  if (party.place) return [];
  return [{ type: "PARTNER_IN", source: party.entity, target: project, rule: party.inferred ? `${rule}:${party.inferred}` : rule, sentence: facts.context.sentence }];
}

/** 与X，共同投资…: the partner ends its clause and the next one opens with the joint verb. */
const NEXT_CLAUSE_CUE = /^[，,](?:双方)?(?:将|拟|已|并)?(?:共同|联合|携手|一起|一同)/u;

/** The cue carried over a comma right after the partner, placed where the partner's clause ends. */
function carriedCue(text: string, partnerEnd: number, clauseEnd: number): RegExpExecArray | null {
  if (clauseEnd !== partnerEnd) return null;
  const next = NEXT_CLAUSE_CUE.exec(text.slice(clauseEnd));
  return next ? TOGETHER.exec(text.slice(partnerEnd, partnerEnd + next[0].length)) : null;
}

/** What follows the cue is a cooperation: not a merger, nor an announcement of anything but a cooperation. */
function cooperates(rest: string): boolean {
  if (!NOT_COOPERATION.test(rest)) return true;
  return /^(?:联合|共同)(?:公告|宣布|声明|发布)/u.test(rest) && ANNOUNCED_COOPERATION.test(rest) && !ANNOUNCED_TAKEOVER.test(rest);
}

/** Where the preposition before `start` stands, if the partner follows it directly or after a describing phrase. */
function prepositionBefore(facts: SentenceFacts, start: number, clauseStart: number): { at: number; word: string } | undefined {
  const { text } = facts.context;
  // 与美国X, 与日本X: the partner's country written before it.
  const place = facts.mentions.find((m) => m.type === "Place" && m.localEnd === start && m.localStart > clauseStart);
  if (place) start = place.localStart;
  const direct = text[start - 1] ?? "";
  if (WITH.test(direct)) return { at: start - 1, word: direct };
  for (let at = start - 2; at >= Math.max(clauseStart, start - 16); at--) {
    const word = text[at] ?? "";
    const words = text.slice(at + 1, start);
    if (/[与同跟]/u.test(word) && describes(words)) return { at, word };
    if (word === "和" && !OWN_SUBSIDIARY.test(words) && (APPOSITIVE.test(words) || STOCK_MARK.test(words))) return { at, word };
  }
  return undefined;
}

/** 与其子公司X, 与公司在日本的子公司X: the body's own subsidiary, which it owns rather than works with. */
const OWN_SUBSIDIARY = /^(?:公司|其|本公司|该公司|自身|自己)[^，。；]{0,10}(?:子公司|下属|旗下|控股)/u;

/** A listed company's risk mark written before its short name (与*ST华源签订). */
const STOCK_MARK = /^\*?ST$/u;

function describes(words: string): boolean {
  if (OWN_SUBSIDIARY.test(words)) return false;
  return STOCK_MARK.test(words) || APPOSITIVE.test(words) || (PARTNER_MODIFIER.test(words) && !MADE_BY.test(words));
}

/** The partner verb before `start` (携手X, 携手龙头企业X), and where it starts. */
function verbBefore(text: string, start: number): { at: number } | undefined {
  const direct = PARTNER_VERB.exec(text.slice(Math.max(0, start - 4), start));
  if (direct) return { at: start - direct[0].length };
  for (let end = start - 1; end >= Math.max(0, start - 16); end--) {
    const verb = PARTNER_VERB.exec(text.slice(Math.max(0, end - 4), end));
    if (verb && describes(text.slice(end, start))) return { at: end - verb[0].length };
  }
  return undefined;
}

/** 与长春大学合作的“…项目”, 甲与乙、丙与丁对口合作, 由A和B联合实施X: each pair that the clause says works together. */
const workWith: RelationRule = {
  name: "work-with",
  apply(facts) {
    const out: ProposedRelation[] = [];
    const { text } = facts.context;
    if (!WITH.test(text) || HOSTILE.test(text)) return out;
    const listed = new Set<string>();
    for (const partner of outermostParties(facts, 0, text.length)) {
      const clause = clauseAround(text, partner.localStart);
      const preposition = prepositionBefore(facts, partner.localStart, clause.start);
      if (!preposition) continue;
      const list = listAround(facts, partner, PARTY_TYPES, "right");
      const last = list[list.length - 1] ?? partner;
      const key = `${partner.localStart}`;
      if (listed.has(key)) continue;
      list.forEach((m) => listed.add(`${m.localStart}`));
      const after = text.slice(last.localEnd, clause.end);
      const cue = TOGETHER.exec(after) ?? carriedCue(text, last.localEnd, clause.end);
      if (!cue || OWNER_TAIL.test(after) || !cooperates(text.slice(last.localEnd + cue.index))) continue;
      const span = text.slice(clause.start, last.localEnd + cue.index + cue[0].length);
      if (RIVALRY.test(span) || NEGATED.test(span) || FAILED.test(text.slice(clause.start, clause.end))) continue;
      const partners = partiesOf(facts, list);
      // 和 is also a plain conjunction: only a body written right before it acts, and not one by one (A和B先后成立).
      const conjunction = preposition.word === "和";
      if (conjunction && SEPARATELY.test(after.slice(0, cue.index + cue[0].length))) continue;
      const actors = conjunction ? nearestActors(facts, clause.start, preposition.at) : actorsBefore(facts, clause.start, preposition.at, true);
      for (const actor of actors) for (const p of partners) out.push(...collaboration(facts, actor, p, "work-with"));
      // 与X合作开展“Y”: both take part in Y.
      const project = mentionsIn(facts, last.localEnd, clause.end, ["Project"]).find((m) => m.localStart - last.localEnd <= 40);
      if (project && /合作|联合|共同|共建/u.test(text.slice(last.localEnd, project.localStart)) && actors.length > 0) {
        for (const p of [...partners, ...actors]) out.push(...partnerIn(facts, p, project.entity, "work-with-on"));
      }
    }
    return out;
  },
};

/** 邀请民革、工商联等…参加, 联合X, 会同X: the subject works with the bodies it invites or joins. */
const inviteOrJoin: RelationRule = {
  name: "invite-or-join",
  apply(facts) {
    const out: ProposedRelation[] = [];
    const { text } = facts.context;
    if (!ANY_PARTNER_VERB.test(text) || HOSTILE.test(text)) return out;
    const listed = new Set<number>();
    for (const partner of outermostParties(facts, 0, text.length)) {
      if (listed.has(partner.localStart)) continue;
      const verb = verbBefore(text, partner.localStart);
      if (!verb) continue;
      const list = listAround(facts, partner, PARTY_TYPES, "right");
      list.forEach((m) => listed.add(m.localStart));
      const clause = clauseAround(text, partner.localStart);
      if (NEGATED.test(text.slice(clause.start, partner.localStart)) || FAILED.test(text.slice(clause.start, clause.end))) continue;
      const actors = actorsBefore(facts, clause.start, verb.at, true);
      for (const actor of actors) for (const p of partiesOf(facts, list)) out.push(...collaboration(facts, actor, p, "invite-or-join"));
    }
    return out;
  },
};

/** 甲政协、乙政协和丙政协…正式牵手, 由教育部和财政部联合实施X: bodies listed as one subject of a joint verb. */
const jointSubjects: RelationRule = {
  name: "joint-subjects",
  apply(facts) {
    const out: ProposedRelation[] = [];
    const { text } = facts.context;
    if (!JOINTLY.test(text) || HOSTILE.test(text)) return out;
    const seen = new Set<string>();
    for (const first of mentionsIn(facts, 0, text.length, ["Organization"])) {
      const clause = clauseAround(text, first.localStart);
      const group = listAround(facts, first, ["Organization"], "both").filter((m) => m.localEnd <= clause.end && m.localStart >= clause.start);
      const key = group.map((m) => m.localStart).join(",");
      if (group.length < 2 || seen.has(key)) continue;
      seen.add(key);
      const end = group[group.length - 1]?.localEnd ?? 0;
      const cue = JOINTLY.exec(text.slice(end, clause.end));
      if (!cue || NEGATED.test(text.slice(end, end + cue.index)) || RIVALRY.test(text.slice(clause.start, clause.end)) || FAILED.test(text.slice(clause.start, clause.end))) continue;
      // A list that acts with someone else (A、B与C签署, A、B分别签署) is not a list of partners of each other.
      if (/[与同跟和]|分别|各自/u.test(text.slice(end, end + cue.index)) || !cooperates(text.slice(end + cue.index))) continue;
      // Only a subject: the list opens its clause, after a time, a place phrase or 由 (由A和B联合实施, X由A、B共同出资设立).
      const opening = text.slice(clause.start, group[0]?.localStart ?? 0);
      if (!/^(?:[\s\d年月日，,]|在|是由|将由|均由|由|先后|分别)*$/u.test(opening) && !/^[^，,]{0,20}?(?:是|系)?[\d<>N年月日]*由$/u.test(opening)) continue;
      // The list must be the doer of the joint verb, not a list of owners (A和B股份制改革共同推进: no).
      if (cue.index > 24 || /[的之]/u.test(text.slice(end, end + cue.index))) continue;
      const parties = group.map((m) => ({ entity: m.entity, place: false }));
      for (let i = 0; i < parties.length; i++) {
        for (let j = i + 1; j < parties.length; j++) out.push(...collaboration(facts, parties[i] as Party, parties[j] as Party, "joint-subjects"));
      }
      const project = mentionsIn(facts, end + cue.index, clause.end, ["Project"])[0];
      if (project) for (const p of parties) out.push(...partnerIn(facts, p, project.entity, "joint-subjects-on"));
    }
    return out;
  },
};

/** Short parties that the mention extractors write one character each (中英两国政府, 部省合建). */
const SHORT_RULES = new Set(["org-state-short", "org-joint-short"]);

/** 中英两国政府正式签署联合声明, 部省合建: the governments, or the ministry and the province, written in short act together. */
const shortPair: RelationRule = {
  name: "short-pair",
  apply(facts) {
    const out: ProposedRelation[] = [];
    const { text } = facts.context;
    if (!text.includes("国政府") && !text.includes("部省")) return out;
    const shorts = facts.mentions.filter((m) => SHORT_RULES.has(m.rule) && m.localEnd - m.localStart === 1);
    if (shorts.length < 2 || HOSTILE.test(text)) return out;
    const groups: LocalMention[][] = [];
    for (const mention of shorts) {
      const group = groups[groups.length - 1];
      const last = group?.[group.length - 1];
      if (group && last && /^、?$/u.test(text.slice(last.localEnd, mention.localStart))) group.push(mention);
      else groups.push([mention]);
    }
    for (const group of groups) {
      const end = group[group.length - 1]?.localEnd ?? 0;
      const clause = clauseAround(text, end);
      // 部省合建 says the joint work itself; 中英两国政府 acts together only with a joint verb after it.
      const rest = text.slice(end, clause.end);
      const joint = group[0]?.rule === "org-joint-short" || (/^[两二三四]国政府/u.test(rest) && JOINTLY.test(rest) && !NEGATED.test(rest) && !RIVALRY.test(rest));
      // 与英、葡两国政府的合作: the pair is the partner of someone else, not a pair of partners.
      const object = group[0]?.rule === "org-state-short" && /[与同跟]/u.test(text[(group[0]?.localStart ?? 0) - 1] ?? "");
      if (group.length < 2 || !joint || object) continue;
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) out.push(...collaboration(facts, { entity: (group[i] as LocalMention).entity, place: false }, { entity: (group[j] as LocalMention).entity, place: false }, "short-pair"));
      }
    }
    return out;
  },
};

/** After a body named as the one whose partner someone is: 的战略合作伙伴, 在中国内地唯一合作伙伴. */
const PARTNER_NOUN = /^(?:的|在[^，。；、]{1,10}?(?:的)?)?[^，。；、与和]{0,6}?(?:合作伙伴|伙伴)(?!关系)/u;
/** The verb that makes its subject a partner (X成为Y的合作伙伴, X是Y的合作伙伴), with the adverbs before it. */
const IS_PARTNER = /(?:就|也|已经|已|正式|相继|将|均|都)*(?:是|成为|作为|为|系)$/u;

/** 三元成为麦当劳的战略合作伙伴, 作为中国联通战略合作伙伴，苏宁…: the partner of a named body. */
const partnerOf: RelationRule = {
  name: "partner-of",
  apply(facts) {
    const out: ProposedRelation[] = [];
    const { text } = facts.context;
    if (!text.includes("伙伴") || HOSTILE.test(text)) return out;
    for (const owner of outermostParties(facts, 0, text.length)) {
      if (!PARTNER_NOUN.test(text.slice(owner.localEnd))) continue;
      const clause = clauseAround(text, owner.localStart);
      const verb = IS_PARTNER.exec(text.slice(clause.start, owner.localStart));
      if (!verb || NEGATED.test(text.slice(clause.start, owner.localStart)) || RIVALRY.test(text.slice(clause.start, clause.end)) || FAILED.test(text.slice(clause.start, clause.end))) continue;
      const verbAt = owner.localStart - verb[0].length;
      // 作为Y的合作伙伴，X…: the next clause's subject; X成为Y的合作伙伴: the list right before the verb, or the clause's subject.
      const fronted = /作为$/u.test(verb[0]) && verbAt === clause.start;
      const next = fronted && /[，,]/u.test(text[clause.end] ?? "") ? clauseAround(text, clause.end + 1) : undefined;
      const partners = next ? clauseSubject(facts, next.start, next.end).map((m) => ({ entity: m.entity, place: false })) : nearestOrSubject(facts, clause.start, verbAt);
      const [party] = partiesOf(facts, [owner]);
      if (!party) continue;
      for (const partner of partners) out.push(...collaboration(facts, partner, party, "partner-of"));
    }
    return out;
  },
};

/** The parties written right before `offset` (allowing adverbs), else the clause's opening subject. */
function nearestOrSubject(facts: SentenceFacts, clauseStart: number, offset: number): Party[] {
  const nearest = nearestActors(facts, clauseStart, offset);
  return nearest.length > 0 ? nearest : partiesOf(facts, clauseSubject(facts, clauseStart, offset));
}

/** 安排…工商联…参加“常委讲坛”, X参与Y: the bodies before 参加/参与 take part in the project after it. */
const takePart: RelationRule = {
  name: "take-part",
  apply(facts) {
    const out: ProposedRelation[] = [];
    const { text } = facts.context;
    if (!facts.mentions.some((m) => m.type === "Project")) return out;
    for (const match of text.matchAll(/参加|参与|加入/gu)) {
      const at = match.index ?? 0;
      const clause = clauseAround(text, at);
      const project = mentionsIn(facts, at, clause.end, ["Project"])[0];
      if (!project || project.localStart - at > 4) continue;
      for (const org of mentionsIn(facts, clause.start, at, ["Organization"])) out.push(...partnerIn(facts, { entity: org.entity, place: false }, project.entity, "take-part"));
    }
    return out;
  },
};

/** 在全国地方政协工作经验交流会上，省政协…作了发言: the body that speaks at a meeting takes part in it. */
const speakAtMeeting: RelationRule = {
  name: "speak-at-meeting",
  apply(facts) {
    const out: ProposedRelation[] = [];
    const { text } = facts.context;
    if (!/发言|交流|介绍|讲话|推介/u.test(text)) return out;
    for (const meeting of facts.mentions) {
      if (meeting.type !== "Project" || meeting.rule !== "project-meeting") continue;
      // …在X大会上的讲话: a speech given at X, by whoever is named before (a person, often), not a body's turn.
      if (/^上的/u.test(text.slice(meeting.localEnd))) continue;
      const after = mentionsIn(facts, meeting.localEnd, text.length, ["Organization"]).filter((m) => /^上?[，,]?$/u.test(text.slice(meeting.localEnd, m.localStart)));
      const before = clauseSubject(facts, clauseAround(text, meeting.localStart).start, meeting.localStart);
      const named = after.length > 0 ? after : before;
      const speakers: Party[] = named.length > 0 ? named.map((m) => ({ entity: m.entity, place: false })) : facts.subject ? [{ entity: facts.subject, place: false, inferred: "report-subject" }] : [];
      for (const speaker of speakers) out.push(...partnerIn(facts, speaker, meeting.entity, "speak-at-meeting"));
    }
    return out;
  },
};

/** The collaboration rules. */
export const COLLABORATION_RULES: readonly RelationRule[] = [workWith, inviteOrJoin, jointSubjects, shortPair, partnerOf, takePart, speakAtMeeting];
