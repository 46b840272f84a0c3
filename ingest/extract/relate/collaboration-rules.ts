// COLLABORATES_WITH and PARTNER_IN: 与X合作/联合/共同…, 邀请X参加…, 联合X…, X在…会上作发言.

import type { LocalMention, ProposedRelation, RelationRule, SentenceFacts } from "./relation-types.js";
import { clauseAround, clauseSubject, enumerationOf, mentionsIn } from "./sentence-helpers.js";

const ACTORS = ["Organization", "Place"] as const;
/** After 与/同/和 X: a verb of working together within the clause. */
const TOGETHER = /合作|联合|共同|对接|协作|共建|携手|签约|签署|联动|联手|开展|进行/u;
/** Verbs whose object is a partner: the subject works with it. */
const PARTNER_VERB = /(?:邀请|联合|会同|协同|携手|联系)$/u;
const WITH = /(?:与|同|和|跟)$/u;

function relation(facts: SentenceFacts, type: ProposedRelation["type"], source: string, target: string, rule: string): ProposedRelation[] {
  return source === target ? [] : [{ type, source, target, rule, sentence: facts.context.sentence }];
}

/** The actors of a clause before `offset`: the enumeration nearest to it, or the clause's opening subject, or the report's. */
function actorsBefore(facts: SentenceFacts, clauseStart: number, offset: number): string[] {
  const { text } = facts.context;
  const nearest = mentionsIn(facts, clauseStart, offset, ["Organization"]).filter((m) => !/^(?:委员|成员|会员|参加)单位/u.test(text.slice(m.localEnd))).sort((a, b) => b.localEnd - a.localEnd)[0];
  if (nearest && /^(?:高层|领导|负责同志|等[\u4e00-\u9fff]{0,8})?$/u.test(text.slice(nearest.localEnd, offset))) return enumerationOf(facts, nearest, ["Organization"]).map((m) => m.entity);
  const grouped = groupBeforeEtc(facts, clauseStart, offset);
  if (grouped.length > 0) return grouped;
  const subject = clauseSubject(facts, clauseStart, offset);
  if (subject.length > 0) return subject.map((m) => m.entity);
  return facts.subject ? [facts.subject] : [];
}

/** 省兴业银行、吉广传媒、中科院长春应化所等省政协委员单位与…: the listed bodies before 等. */
function groupBeforeEtc(facts: SentenceFacts, clauseStart: number, offset: number): string[] {
  const { text } = facts.context;
  const etc = text.lastIndexOf("等", offset);
  if (etc < clauseStart) return [];
  const last = mentionsIn(facts, clauseStart, etc, ["Organization"]).filter((m) => m.localEnd === etc)[0];
  return last ? enumerationOf(facts, last, ["Organization"]).map((m) => m.entity) : [];
}

/** 与长春大学合作的“…项目”, 与X联合开展“…”: the clause's actors and the partners work together, on the clause's projects. */
const workWith: RelationRule = {
  name: "work-with",
  apply(facts) {
    const out: ProposedRelation[] = [];
    const { text } = facts.context;
    if (!/[与同和跟]/u.test(text)) return out;
    for (const partner of facts.mentions) {
      if (!ACTORS.includes(partner.type as (typeof ACTORS)[number]) || !WITH.test(text.slice(Math.max(0, partner.localStart - 1), partner.localStart))) continue;
      // 长春 inside 长春师范大学 is not a partner of its own.
      if (facts.mentions.some((m) => m !== partner && m.localStart <= partner.localStart && partner.localEnd <= m.localEnd && m.localEnd - m.localStart > partner.localEnd - partner.localStart)) continue;
      const clause = clauseAround(text, partner.localStart);
      const partners = enumerationOf(facts, partner, ACTORS).filter((m) => m.localStart >= partner.localStart);
      const after = text.slice(partners[partners.length - 1]?.localEnd ?? partner.localEnd, clause.end);
      if (!TOGETHER.test(after)) continue;
      const actors = actorsBefore(facts, clause.start, partner.localStart - 1);
      for (const actor of actors) for (const p of partners) out.push(...relation(facts, "COLLABORATES_WITH", actor, p.entity, "work-with"));
      const projects = mentionsIn(facts, partner.localEnd, facts.context.text.length, ["Project"]).filter((m) => m.localStart - partner.localEnd <= 40);
      const firstProject = projects[0];
      if (firstProject && /合作|联合|共同|共建/u.test(text.slice(partner.localEnd, firstProject.localStart))) {
        for (const p of [...partners.map((m) => m.entity), ...actors]) {
          if (p.startsWith("Organization:")) out.push(...relation(facts, "PARTNER_IN", p, firstProject.entity, "work-with-on"));
        }
      }
    }
    return out;
  },
};

/** 邀请民革、工商联等…参加, 联合X: the subject works with the bodies it invites or joins. */
const inviteOrJoin: RelationRule = {
  name: "invite-or-join",
  apply(facts) {
    const out: ProposedRelation[] = [];
    const { text } = facts.context;
    if (!/邀请|联合|会同|协同|携手|联系/u.test(text)) return out;
    const seen = new Set<LocalMention>();
    for (const partner of facts.mentions) {
      if (partner.type !== "Organization" || seen.has(partner) || !PARTNER_VERB.test(text.slice(0, partner.localStart))) continue;
      const group = enumerationOf(facts, partner, ["Organization"]);
      group.forEach((m) => seen.add(m));
      const clause = clauseAround(text, partner.localStart);
      const verb = PARTNER_VERB.exec(text.slice(0, partner.localStart))?.[0] ?? "";
      const actors = actorsBefore(facts, clause.start, partner.localStart - verb.length);
      for (const actor of actors) for (const m of group) out.push(...relation(facts, "COLLABORATES_WITH", actor, m.entity, "invite-or-join"));
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
      for (const org of mentionsIn(facts, clause.start, at, ["Organization"])) out.push(...relation(facts, "PARTNER_IN", org.entity, project.entity, "take-part"));
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
      const after = mentionsIn(facts, meeting.localEnd, text.length, ["Organization"]).filter((m) => /^上?[，,]?$/u.test(text.slice(meeting.localEnd, m.localStart)));
      const before = clauseSubject(facts, clauseAround(text, meeting.localStart).start, meeting.localStart);
      const speakers = after.length > 0 ? after.map((m) => m.entity) : before.length > 0 ? before.map((m) => m.entity) : facts.subject ? [facts.subject] : [];
      for (const speaker of speakers) out.push(...relation(facts, "PARTNER_IN", speaker, meeting.entity, "speak-at-meeting"));
    }
    return out;
  },
};

/** Verbs of doing something together, said of several bodies named as one subject. */
const JOINTLY = /共同|联合|携手|牵手|签署|签订|联手|一同|一起|合作|结对/u;

/** 甲政协、乙政协和丙政协…正式牵手: bodies listed together as the subject of a joint verb work with each other. */
const jointSubjects: RelationRule = {
  name: "joint-subjects",
  apply(facts) {
    const out: ProposedRelation[] = [];
    const { text } = facts.context;
    if (!JOINTLY.test(text)) return out;
    const seen = new Set<string>();
    for (const first of mentionsIn(facts, 0, text.length, ["Organization"])) {
      const clause = clauseAround(text, first.localStart);
      const group = enumerationOf(facts, first, ["Organization"]).filter((m) => m.localEnd <= clause.end);
      const key = group.map((m) => m.localStart).join(",");
      if (group.length < 2 || seen.has(key) || !JOINTLY.test(text.slice(group[group.length - 1]?.localEnd ?? 0, clause.end))) continue;
      seen.add(key);
      // Only a subject: the list opens its clause (or follows only a place or time phrase).
      if (!/^[\s\d年月日，,在]*$/u.test(text.slice(clause.start, group[0]?.localStart ?? 0))) continue;
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) out.push(...relation(facts, "COLLABORATES_WITH", group[i]?.entity ?? "", group[j]?.entity ?? "", "joint-subjects"));
      }
    }
    return out;
  },
};

/** The collaboration rules. */
export const COLLABORATION_RULES: readonly RelationRule[] = [workWith, inviteOrJoin, jointSubjects, takePart, speakAtMeeting];
