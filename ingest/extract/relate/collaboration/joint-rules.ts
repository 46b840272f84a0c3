// Parties named together as one subject (A和B共同…, 部省合建), a partner by name (Y的合作伙伴), and taking part or speaking at a meeting.

import type { LocalMention, ProposedRelation, RelationRule, SentenceFacts } from "../relation-types.js";
import { clauseAround, clauseSubject, listAround, mentionsIn } from "../sentence-helpers.js";
import {
  FAILED,
  HOSTILE,
  NEGATED,
  RIVALRY,
  nearestActors,
  outermostParties,
  partiesOf,
  type Party,
} from "./collaboration-parties.js";
import { collaboration, cooperates, partnerIn } from "./collaboration-relations.js";

/** Verbs of doing something together, said of several bodies named as one subject (共同体, 共同富裕 are nouns). */
const JOINTLY =
  /共同(?![体富愿理利价市点持拥控所])|联合|携手|牵手|签署|签订|联手|联同|一同|一起|合作|结对|合资|合办|共建/u;

/** 甲政协、乙政协和丙政协…正式牵手, 由教育部和财政部联合实施X: bodies listed as one subject of a joint verb. */
export const jointSubjects: RelationRule = {
  name: "joint-subjects",
  apply(facts) {
    const out: ProposedRelation[] = [];
    const { text } = facts.context;
    if (!JOINTLY.test(text) || HOSTILE.test(text)) return out;
    const seen = new Set<string>();
    for (const first of mentionsIn(facts, 0, text.length, ["Organization"])) {
      const clause = clauseAround(text, first.localStart);
      const group = listAround(facts, first, ["Organization"], "both").filter(
        (m) => m.localEnd <= clause.end && m.localStart >= clause.start,
      );
      const key = group.map((m) => m.localStart).join(",");
      if (group.length < 2 || seen.has(key)) continue;
      seen.add(key);
      const end = group[group.length - 1]?.localEnd ?? 0;
      const cue = JOINTLY.exec(text.slice(end, clause.end));
      if (
        !cue ||
        NEGATED.test(text.slice(end, end + cue.index)) ||
        RIVALRY.test(text.slice(clause.start, clause.end)) ||
        FAILED.test(text.slice(clause.start, clause.end))
      )
        continue;
      // A list that acts with someone else (A、B与C签署, A、B分别签署) is not a list of partners of each other.
      if (/[与同跟和]|分别|各自/u.test(text.slice(end, end + cue.index)) || !cooperates(text.slice(end + cue.index)))
        continue;
      // Only a subject: the list opens its clause, after a time, a place phrase or 由 (由A和B联合实施, X由A、B共同出资设立).
      const opening = text.slice(clause.start, group[0]?.localStart ?? 0);
      if (
        !/^(?:[\s\d年月日，,]|在|是由|将由|均由|由|先后|分别)*$/u.test(opening) &&
        !/^[^，,]{0,20}?(?:是|系)?[\d<>N年月日]*由$/u.test(opening)
      )
        continue;
      // The list must be the doer of the joint verb, not a list of owners (A和B股份制改革共同推进: no).
      if (cue.index > 24 || /[的之]/u.test(text.slice(end, end + cue.index))) continue;
      const parties = group.map((m) => ({ entity: m.entity, place: false }));
      for (let i = 0; i < parties.length; i++) {
        for (let j = i + 1; j < parties.length; j++)
          out.push(...collaboration(facts, parties[i] as Party, parties[j] as Party, "joint-subjects"));
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
export const shortPair: RelationRule = {
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
      const joint =
        group[0]?.rule === "org-joint-short" ||
        (/^[两二三四]国政府/u.test(rest) && JOINTLY.test(rest) && !NEGATED.test(rest) && !RIVALRY.test(rest));
      // 与英、葡两国政府的合作: the pair is the partner of someone else, not a pair of partners.
      const object =
        group[0]?.rule === "org-state-short" && /[与同跟]/u.test(text[(group[0]?.localStart ?? 0) - 1] ?? "");
      if (group.length < 2 || !joint || object) continue;
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++)
          out.push(
            ...collaboration(
              facts,
              { entity: (group[i] as LocalMention).entity, place: false },
              { entity: (group[j] as LocalMention).entity, place: false },
              "short-pair",
            ),
          );
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
export const partnerOf: RelationRule = {
  name: "partner-of",
  apply(facts) {
    const out: ProposedRelation[] = [];
    const { text } = facts.context;
    if (!text.includes("伙伴") || HOSTILE.test(text)) return out;
    for (const owner of outermostParties(facts, 0, text.length)) {
      if (!PARTNER_NOUN.test(text.slice(owner.localEnd))) continue;
      const clause = clauseAround(text, owner.localStart);
      const verb = IS_PARTNER.exec(text.slice(clause.start, owner.localStart));
      if (
        !verb ||
        NEGATED.test(text.slice(clause.start, owner.localStart)) ||
        RIVALRY.test(text.slice(clause.start, clause.end)) ||
        FAILED.test(text.slice(clause.start, clause.end))
      )
        continue;
      const verbAt = owner.localStart - verb[0].length;
      // 作为Y的合作伙伴，X…: the next clause's subject; X成为Y的合作伙伴: the list right before the verb, or the clause's subject.
      const fronted = /作为$/u.test(verb[0]) && verbAt === clause.start;
      const next = fronted && /[，,]/u.test(text[clause.end] ?? "") ? clauseAround(text, clause.end + 1) : undefined;
      const partners = next
        ? clauseSubject(facts, next.start, next.end).map((m) => ({ entity: m.entity, place: false }))
        : nearestOrSubject(facts, clause.start, verbAt);
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
export const takePart: RelationRule = {
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
      for (const org of mentionsIn(facts, clause.start, at, ["Organization"]))
        out.push(...partnerIn(facts, { entity: org.entity, place: false }, project.entity, "take-part"));
    }
    return out;
  },
};

/** 在全国地方政协工作经验交流会上，省政协…作了发言: the body that speaks at a meeting takes part in it. */
export const speakAtMeeting: RelationRule = {
  name: "speak-at-meeting",
  apply(facts) {
    const out: ProposedRelation[] = [];
    const { text } = facts.context;
    if (!/发言|交流|介绍|讲话|推介/u.test(text)) return out;
    for (const meeting of facts.mentions) {
      if (meeting.type !== "Project" || meeting.rule !== "project-meeting") continue;
      // …在X大会上的讲话: a speech given at X, by whoever is named before (a person, often), not a body's turn.
      if (/^上的/u.test(text.slice(meeting.localEnd))) continue;
      const after = mentionsIn(facts, meeting.localEnd, text.length, ["Organization"]).filter((m) =>
        /^上?[，,]?$/u.test(text.slice(meeting.localEnd, m.localStart)),
      );
      const before = clauseSubject(facts, clauseAround(text, meeting.localStart).start, meeting.localStart);
      const named = after.length > 0 ? after : before;
      const speakers: Party[] =
        named.length > 0
          ? named.map((m) => ({ entity: m.entity, place: false }))
          : facts.subject
            ? [{ entity: facts.subject, place: false, inferred: "report-subject" }]
            : [];
      for (const speaker of speakers) out.push(...partnerIn(facts, speaker, meeting.entity, "speak-at-meeting"));
    }
    return out;
  },
};
