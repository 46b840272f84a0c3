// Who the parties of a stated collaboration are: named bodies, the own city written as 我市, places named as governments;
// the actors before 与 (the nearest list, the clause's subject, the sentence's, the report's); hostile and negated passages.

import type { LocalMention, SentenceFacts } from "./relation-types.js";
import { clauseAround, clauseSubject, listAround } from "./sentence-helpers.js";

/** A party of a collaboration and how it was found: named in the clause, or inferred from a wider subject. */
export interface Party {
  entity: string;
  /** A place standing for its government (我市, 英国…两国政府): a party only beside a named body. */
  place: boolean;
  /** Set when the party is not named in the clause: "sentence-subject", "anaphor" or "report-subject". */
  inferred?: string;
}

export const PARTY_TYPES = ["Organization", "Place"] as const;

/** The own place written as a party (我市与…, 本省同…): the body governing it acts. */
const OWN_PLACE = /^(?:我|本)(?:国|省|市|区|县|州|盟|旗|镇|乡)$/u;
/** After a list of places, the words that make them governments (英国、葡萄牙两国政府). */
const AS_GOVERNMENT = /^(?:[两二三四五六七八九十多各]国)?政府/u;
/** Words of a passage about an adversary: nothing in it is a collaboration. */
export const HOSTILE = /反对|斗争|霸权|侵略|敌人|敌对|颠覆|反动|叛徒|勾结|伙同|串通|干涉|制裁|遏制|打压|挑衅|对抗|围堵/u;
/** Words of rivalry or comparison in the clause: 与X竞争, 与X相比, 与X的纠纷. */
export const RIVALRY = /竞争|纠纷|诉讼|起诉|仲裁|相比|相较|比较|不同于|区别于|差距|脱钩/u;
/** Negated or ended cooperation: 未与X达成, 拒绝与X合作, 终止与X的合作. */
export const NEGATED = /没有|拒绝|不再|不愿|无意|终止|中止|停止|未能|并未|尚未|未与|未同|未和|未就/u;
/** A pronoun or short back-reference standing for the sentence's subject (昌河公告称，公司与X签署…). */
const ANAPHOR = /(?:^|[，,：:])(?:该公司|本公司|公司|其|该行|本行|双方|该集团|集团)$/u;
/** What may stand between an actor and 与: its leaders or delegates (一汽高层与我市…), or the end of a list (…等委员单位与). */
const ACTOR_TAIL = /^(?:高层|领导|负责同志|负责人|相关负责人|等[\u4e00-\u9fff]{0,8})?$/u;

/** A mention as a party, when it can be one: a body, the own place, or a place named as a government. */
export function asParty(facts: SentenceFacts, mention: LocalMention, listEnd: number, inferred?: string): Party | undefined {
  if (mention.type === "Organization") return inferred ? { entity: mention.entity, place: false, inferred } : { entity: mention.entity, place: false };
  if (mention.type !== "Place") return undefined;
  const own = OWN_PLACE.test(mention.surface);
  const government = AS_GOVERNMENT.test(facts.context.text.slice(listEnd));
  if (!own && !government) return undefined;
  return inferred ? { entity: mention.entity, place: true, inferred } : { entity: mention.entity, place: true };
}

/** The parties of a list, when its last item is followed by words that make places governments. */
export function partiesOf(facts: SentenceFacts, list: readonly LocalMention[], inferred?: string): Party[] {
  const end = list[list.length - 1]?.localEnd ?? 0;
  return list.map((m) => asParty(facts, m, end, inferred)).filter((p): p is Party => p !== undefined);
}

/** Two parties make a stated collaboration unless both are places, or a place meets a body that is only inferred. */
export function canCollaborate(a: Party, b: Party): boolean {
  if (a.entity === b.entity) return false;
  if (a.place && b.place) return false;
  if ((a.place && b.inferred) || (b.place && a.inferred)) return false;
  return true;
}

/** The first clause's subject, when it opens the sentence: it carries over the commas (X宣布…，与Y成立合资公司). */
function sentenceSubject(facts: SentenceFacts): LocalMention[] {
  const first = clauseAround(facts.context.text, 0);
  return clauseSubject(facts, 0, first.end);
}

/**
 * The actors of a clause before `offset` (where 与, 联合… stands): the list that ends right there, the bodies listed
 * before 等, the clause's opening subject, a back-reference to the sentence's subject, the subject of the sentence's
 * first clause, and only then the body the report speaks for (marked as inferred).
 */
export function actorsBefore(facts: SentenceFacts, clauseStart: number, offset: number, allowReport: boolean): Party[] {
  const { text } = facts.context;
  const nearest = outermostParties(facts, clauseStart, offset)
    .filter((m) => !/^(?:委员|成员|会员|参加)单位/u.test(text.slice(m.localEnd)))
    .sort((a, b) => b.localEnd - a.localEnd)[0];
  if (nearest && ACTOR_TAIL.test(text.slice(nearest.localEnd, offset))) {
    // A list stops at an item that was itself the partner of an earlier pair (甲与乙、丙与丁: 丙 alone acts).
    return partiesOf(facts, listAround(facts, nearest, PARTY_TYPES, "left"));
  }
  const grouped = groupBeforeEtc(facts, clauseStart, offset);
  if (grouped.length > 0) return grouped;
  const subject = clauseSubject(facts, clauseStart, offset);
  if (subject.length > 0) return partiesOf(facts, subject);
  const opening = clauseStart > 0 ? sentenceSubject(facts) : [];
  const before = text.slice(clauseStart, offset);
  if (opening.length > 0 && ANAPHOR.test(text.slice(Math.max(clauseStart - 1, offset - 4), offset))) return partiesOf(facts, opening, "anaphor");
  // A clause with a subject of its own that no rule names (高校与企业合作) says nothing of the sentence's or report's.
  if (!SUBJECTLESS.test(before)) return [];
  if (opening.length > 0) return partiesOf(facts, opening, "sentence-subject");
  // A subjectless clause in a subjectless sentence: the report's own body acts.
  if (!allowReport || !facts.subject) return [];
  return [{ entity: facts.subject, place: facts.subject.startsWith("Place:"), inferred: "report-subject" }];
}

/**
 * A clause with no subject of its own opens with its verb or an adverb (加强与…, 积极同…, 与…); one that opens with a
 * noun (高校与企业合作, 各地要与…) has a subject the rules cannot name, and the report's body is not it.
 */
const SUBJECTLESS = /^[\s\d一二三四五六七八九十()（）、.]*(?:$|要|将|还|并|也|又|同时|积极|主动|继续|进一步|不断|持续|全面|大力|加强|深化|推动|推进|扩大|拓展|密切|强化|巩固|建立|探索|开展|实现|促进|坚持|支持|注重|加快|着力|努力|争取|力争|协调|完善|健全|创新|提升|先后|多次|首次|分别|定期|已经|已|正式|成功|广泛|深入|认真|切实|共同|联合)/u;

/** 省兴业银行、吉广传媒、中科院长春应化所等省政协委员单位与…: the bodies listed before 等. */
function groupBeforeEtc(facts: SentenceFacts, clauseStart: number, offset: number): Party[] {
  const { text } = facts.context;
  const etc = text.lastIndexOf("等", offset);
  if (etc < clauseStart) return [];
  const last = outermostParties(facts, clauseStart, etc).find((m) => m.localEnd === etc);
  return last ? partiesOf(facts, listAround(facts, last, PARTY_TYPES, "left")) : [];
}

/** Bodies and places in [start, end), outermost (长春 inside 长春师范大学 is no party of its own). */
export function outermostParties(facts: SentenceFacts, start: number, end: number): LocalMention[] {
  const inside = facts.mentions.filter((m) => (m.type === "Organization" || m.type === "Place") && m.localStart >= start && m.localEnd <= end);
  return inside.filter((m) => !inside.some((o) => o !== m && o.localStart <= m.localStart && m.localEnd <= o.localEnd && o.localEnd - o.localStart > m.localEnd - m.localStart));
}
