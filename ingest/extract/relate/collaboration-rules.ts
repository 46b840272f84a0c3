// COLLABORATES_WITH and PARTNER_IN, only where a sentence states that named parties act together: A与B合作, A会同B,
// A联合B, A和B共同…, 邀请X参加…, agreements signed between parties, X在…会上作发言.

import type { ProposedRelation, RelationRule, SentenceFacts } from "./relation-types.js";
import { HOSTILE, NEGATED, PARTY_TYPES, RIVALRY, actorsBefore, canCollaborate, outermostParties, partiesOf, type Party } from "./collaboration-parties.js";
import { clauseAround, clauseSubject, listAround, mentionsIn } from "./sentence-helpers.js";

/** After 与/同/和 X: a word of working together, in X's clause (对口 only with what it qualifies). */
const TOGETHER = /合作|联合|共同(?![体富愿理利价市点])|对接|协作|共建|合建|合办|共办|携手|牵手|签约|签署|签订|联动|联手|合资|合营|结对|对口(?:支援|帮扶|合作|协作|援建|援助)|协同|会同|结为|缔结|达成[^，。；]{0,12}协议|^[^，。；]{0,12}?(?:成立|组建|设立|兴建)/u;
/** Verbs whose object is a partner: the subject works with it. */
const PARTNER_VERB = /(?:邀请|联合|会同|协同|携手|牵手|联系|联同)$/u;
/** 与 (同, 跟) as a preposition; 和 is also a plain conjunction, so with it only the body just before it acts. */
const WITH = /[与同跟和]/u;
/** Words between 与 and the partner that describe it (与中国具有实力的X, 与Y集团下属X): X is still the partner. */
const PARTNER_MODIFIER = /^(?:[^，。；、,;与同和跟]{1,14}的|[^，。；、,;与同和跟]{1,14}(?:下属|旗下|股东|子公司|母公司|集团|公司)(?:的)?(?:公司|企业|子公司|单位)?(?:——|—)?)$/u;
/** A partner followed by these only owns the real partner (与国务院组成部门对口, 与X第一大股东Y签署): X is no party. */
const OWNER_TAIL = /^(?:的)?(?:组成部门|有关部门|相关部门|各部门|所属|下属|旗下|各级|系统内|第一大股东|大股东|股东|原股东|子公司|母公司|全资|控股)/u;
/** What the parties do is a merger, a takeover, a sale or a joint announcement of one: not a collaboration. */
const NOT_COOPERATION = /^(?:联合|强强联合)?[^，。；]{0,4}(?:重组|合并|兼并)|^联合(?:公告|宣布|声明称|发布)/u;
/** Verbs of doing something together, said of several bodies named as one subject (共同体, 共同富裕 are nouns). */
const JOINTLY = /共同(?![体富愿理利价市点])|联合|携手|牵手|签署|签订|联手|联同|一同|一起|合作|结对|合资|合办|共建/u;

function collaboration(facts: SentenceFacts, a: Party, b: Party, rule: string): ProposedRelation[] {
  if (!canCollaborate(a, b)) return [];
  const inferred = a.inferred ?? b.inferred;
  return [{ type: "COLLABORATES_WITH", source: a.entity, target: b.entity, rule: inferred ? `${rule}:${inferred}` : rule, sentence: facts.context.sentence }];
}

function partnerIn(facts: SentenceFacts, party: Party, project: string, rule: string): ProposedRelation[] {
  if (party.place) return [];
  return [{ type: "PARTNER_IN", source: party.entity, target: project, rule: party.inferred ? `${rule}:${party.inferred}` : rule, sentence: facts.context.sentence }];
}

/** Where the preposition before `start` stands, if the partner follows it directly or after a describing phrase. */
function prepositionBefore(text: string, start: number, clauseStart: number): { at: number; word: string } | undefined {
  const direct = text[start - 1] ?? "";
  if (WITH.test(direct)) return { at: start - 1, word: direct };
  for (let at = start - 2; at >= Math.max(clauseStart, start - 16); at--) {
    const word = text[at] ?? "";
    if (/[与同跟]/u.test(word) && PARTNER_MODIFIER.test(text.slice(at + 1, start))) return { at, word };
  }
  return undefined;
}

/** The partner verb before `start` (携手X, 携手龙头企业X), and where it starts. */
function verbBefore(text: string, start: number): { at: number } | undefined {
  const direct = PARTNER_VERB.exec(text.slice(Math.max(0, start - 2), start));
  if (direct) return { at: start - direct[0].length };
  for (let end = start - 1; end >= Math.max(0, start - 16); end--) {
    const verb = PARTNER_VERB.exec(text.slice(Math.max(0, end - 2), end));
    if (verb && PARTNER_MODIFIER.test(text.slice(end, start))) return { at: end - verb[0].length };
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
      const preposition = prepositionBefore(text, partner.localStart, clause.start);
      if (!preposition) continue;
      const list = listAround(facts, partner, PARTY_TYPES, "right");
      const last = list[list.length - 1] ?? partner;
      const key = `${partner.localStart}`;
      if (listed.has(key)) continue;
      list.forEach((m) => listed.add(`${m.localStart}`));
      const after = text.slice(last.localEnd, clause.end);
      const cue = TOGETHER.exec(after);
      if (!cue || OWNER_TAIL.test(after) || NOT_COOPERATION.test(after.slice(cue.index))) continue;
      const span = text.slice(clause.start, last.localEnd + cue.index + cue[0].length);
      if (RIVALRY.test(span) || NEGATED.test(span)) continue;
      const partners = partiesOf(facts, list);
      const conjunction = preposition.word === "和";
      const actors = actorsBefore(facts, clause.start, preposition.at, !conjunction).filter((a) => !conjunction || !a.inferred);
      for (const actor of actors) for (const p of partners) out.push(...collaboration(facts, actor, p, "work-with"));
      // 与X合作开展“Y”: both take part in Y.
      const project = mentionsIn(facts, last.localEnd, text.length, ["Project"]).find((m) => m.localStart - last.localEnd <= 40);
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
    if (!/邀请|联合|会同|协同|携手|牵手|联系|联同/u.test(text) || HOSTILE.test(text)) return out;
    const listed = new Set<number>();
    for (const partner of outermostParties(facts, 0, text.length)) {
      if (listed.has(partner.localStart)) continue;
      const verb = verbBefore(text, partner.localStart);
      if (!verb) continue;
      const list = listAround(facts, partner, PARTY_TYPES, "right");
      list.forEach((m) => listed.add(m.localStart));
      const clause = clauseAround(text, partner.localStart);
      if (NEGATED.test(text.slice(clause.start, partner.localStart))) continue;
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
      if (!cue || NEGATED.test(text.slice(end, end + cue.index)) || RIVALRY.test(text.slice(clause.start, clause.end))) continue;
      // A list that acts with someone else (A、B与C签署, A、B分别签署) is not a list of partners of each other.
      if (/[与同跟和]|分别|各自/u.test(text.slice(end, end + cue.index)) || NOT_COOPERATION.test(text.slice(end + cue.index))) continue;
      // Only a subject: the list opens its clause, after a time, a place phrase or 由 (由A和B联合实施).
      if (!/^(?:[\s\d年月日，,]|在|是由|将由|均由|由|先后|分别)*$/u.test(text.slice(clause.start, group[0]?.localStart ?? 0))) continue;
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
export const COLLABORATION_RULES: readonly RelationRule[] = [workWith, inviteOrJoin, jointSubjects, takePart, speakAtMeeting];
