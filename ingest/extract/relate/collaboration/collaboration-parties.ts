// Who the parties of a stated collaboration are: named bodies, the own city written as 我市, places named as governments;
// the actors before 与 (the nearest list, the clause's subject, the sentence's, the report's); hostile and negated passages.

import type { LocalMention, SentenceFacts } from "../relation-types.js";
import { clauseAround, clauseSubject, listAround } from "../sentence-helpers.js";
import { outermost, localSpan } from "../../spans.js";

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
/** After a list of places, the words that make them governments (法国、德国两国政府). */
const AS_GOVERNMENT = /^(?:[两二三四五六七八九十多各]国)?政府/u;
/** Words of a passage about an adversary: nothing in it is a collaboration. */
export const HOSTILE =
  /反对|斗争|霸权|侵略|敌人|敌对|颠覆|反动|叛徒|勾结|伙同|串通|干涉|制裁|遏制|打压|挑衅|对抗|围堵/u;
/** Words of rivalry or comparison in the clause: 与X竞争, 与X相比, 与X的纠纷. */
export const RIVALRY = /竞争|纠纷|诉讼|起诉|仲裁|官司|索赔|侵权|相比|相较|比较|不同于|区别于|差距|脱钩/u;
/** Negated or ended cooperation: 未与X达成, 拒绝与X合作, 终止与X的合作, 撤回与X的合作申请, 与X分道扬镳. */
export const NEGATED =
  /没有|拒绝|不再|不愿|无意|终止|中止|暂停|停止|未能|并未|尚未|未与|未同|未和|未就|撤回|撤销|解除|退出|放弃|分手|破裂|分道扬镳/u;
/** A cooperation said to have failed or been called off, anywhere in its clause (联姻X告吹, 合作最终搁浅). */
export const FAILED = /告吹|搁浅|流产|泡汤|落空|破裂|叫停|夭折|无疾而终|未果/u;
/**
 * A pronoun or short back-reference standing for the sentence's subject, opening its clause, with the time or manner
 * words that may follow it before 与 (昌河公告称，公司与X签署…; 公司于3月1日与X签署; 其日前已与X达成).
 */
const ANAPHOR =
  /(?:^|[，,：:])(?:该公司|本公司|公司|其|该行|本行|双方|该集团|集团)(?:于[^，,：:与同和跟]{1,16}?|在[^，,：:与同和跟]{1,10}?|日前|近日|近期|昨日|今日|昨天|今天|当日|此前|目前|已经|已|曾经|曾|将|会|要|拟|正在|正|也|还|再次|又|正式|同时|计划|决定|有意|希望|准备|宣布)*$/u;
/** A clause that only dates or sources the news (3月5日, 本报讯, 据了解): the subject is in the clause after it. */
const LEAD_IN = /^[^，,：:]{0,24}$/u;
const LEAD_IN_WORDS =
  /^(?:[\s\d０-９.\-—/<>N年月日号时分上下午晚间早今昨本周当地北京时间]|本报讯|讯|消息|据悉|获悉|据了解|了解到|记者|报道|日前|近日|昨天|今天|近期|此前|目前|同时|另外|此外|其中|与此同时)*$/u;
/** What may stand between an actor and 与: its leaders or delegates (一汽高层与我市…), or the end of a list (…等委员单位与). */
const ACTOR_TAIL =
  /^(?:高层|领导|负责同志|负责人|相关负责人|等[\u4e00-\u9fff]{0,8})?(?:共同|一起|一同|联合|分别|也|还|均|都|已经|已|将|会|要|拟|曾|曾经|再次|首次|又|正在|正式|率先|全面|全方面|全方位|进一步|继续|深入|深度|密切|积极|主动|有望|计划|准备|希望|有意|决定|宣布|日前|近日|近期|此前|今年|去年|昨日|今日|当日)*[“"「]?$/u;

/** A mention as a party, when it can be one: a body, the own place, or a place named as a government. */
export function asParty(
  facts: SentenceFacts,
  mention: LocalMention,
  listEnd: number,
  inferred?: string,
): Party | undefined {
  if (mention.type === "Organization")
    return inferred ? { entity: mention.entity, place: false, inferred } : { entity: mention.entity, place: false };
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

/**
 * The first clause's subject, when it opens the sentence: it carries over the commas (X宣布…，与Y成立合资公司). A
 * clause that only dates or sources the news (3月5日，X宣布…) does not count as the first.
 */
function sentenceSubject(facts: SentenceFacts, before: number): LocalMention[] {
  const { text } = facts.context;
  let first = clauseAround(text, 0);
  for (let skipped = 0; skipped < 2 && first.end < before && isLeadIn(facts, first.start, first.end); skipped++)
    first = clauseAround(text, first.end + 1);
  if (first.end > before) return [];
  // 本报讯 X宣布…, 3月5日X宣布…: the subject after the news's source and date.
  const lead = LEAD_PREFIX.exec(text.slice(first.start, first.end))?.[0].length ?? 0;
  return clauseSubject(facts, first.start + lead, first.end);
}

/** A news source (本报讯, 和讯网消息) and a date or time opening a clause, before its subject (and a listed company's *ST mark). */
const LEAD_PREFIX =
  /^(?:[^，,：:]{0,16}?(?:讯|消息)[\s:：]*)?(?:[\s\d０-９<>N年月日号时分上下午晚间早今昨本周当]|日前|近日|近期|昨天|今天|此前|同时)*(?:\*?ST)?/u;

/** What may open a fronted phrase of working with someone (通过与X的合作, 依靠与X达成的…, 同X合作以来). */
const FRONTED = /^(?:通过|依靠|借助|凭借|随着|经过|此次|而)?$/u;

/** The opening subject of the clause after the one starting at `clauseStart`, if that clause follows a comma. */
function followingSubject(facts: SentenceFacts, clauseStart: number): LocalMention[] {
  const { text } = facts.context;
  const clause = clauseAround(text, clauseStart);
  if (!/[，,]/u.test(text[clause.end] ?? "")) return [];
  const next = clauseAround(text, clause.end + 1);
  return clauseSubject(facts, next.start, next.end);
}

function isLeadIn(facts: SentenceFacts, start: number, end: number): boolean {
  const clause = facts.context.text.slice(start, end);
  return (
    LEAD_IN.test(clause) &&
    LEAD_IN_WORDS.test(clause) &&
    !facts.mentions.some((m) => m.localStart >= start && m.localEnd <= end && m.type === "Organization")
  );
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
    const listed = partiesOf(facts, listAround(facts, nearest, PARTY_TYPES, "left"));
    // A place that is no government (X在上海宣布与Y…) is where the subject acts: the subject is found further on.
    if (listed.length > 0) return listed;
  }
  const grouped = groupBeforeEtc(facts, clauseStart, offset);
  if (grouped.length > 0) return grouped;
  const subject = clauseSubject(facts, clauseStart, offset);
  if (subject.length > 0) return partiesOf(facts, subject);
  const before = text.slice(clauseStart, offset);
  // 通过与X的合作，Y…; 同X合作以来，Y…: a fronted phrase whose doer is the next clause's subject.
  const following = FRONTED.test(before) ? followingSubject(facts, clauseStart) : [];
  if (following.length > 0) return partiesOf(facts, following, "following-subject");
  const opening = clauseStart > 0 ? sentenceSubject(facts, clauseStart) : [];
  if (opening.length > 0 && ANAPHOR.test(text.slice(Math.max(clauseStart - 1, 0), offset)))
    return partiesOf(facts, opening, "anaphor");
  // A clause with a subject of its own that no rule names (高校与企业合作) says nothing of the sentence's or report's.
  if (!SUBJECTLESS.test(before)) return [];
  if (opening.length > 0) return partiesOf(facts, opening, "sentence-subject");
  // 为了…，X在Y的支持下，与Z…: the subject of a clause before, after an opening that has none of its own.
  const earlier = earlierSubject(facts, clauseStart);
  if (earlier.length > 0) return partiesOf(facts, earlier, "sentence-subject");
  // A subjectless clause in a subjectless sentence: the report's own body acts.
  if (!allowReport || !facts.subject) return [];
  return [{ entity: facts.subject, place: facts.subject.startsWith("Place:"), inferred: "report-subject" }];
}

/** The list of parties written right before `offset` (A和B合作: A), with nothing but a leader's word between. */
export function nearestActors(facts: SentenceFacts, clauseStart: number, offset: number): Party[] {
  const nearest = outermostParties(facts, clauseStart, offset).sort((a, b) => b.localEnd - a.localEnd)[0];
  if (!nearest || !ACTOR_TAIL.test(facts.context.text.slice(nearest.localEnd, offset))) return [];
  return partiesOf(facts, listAround(facts, nearest, PARTY_TYPES, "left"));
}

/**
 * A clause with no subject of its own opens with its verb or an adverb (加强与…, 积极同…, 与…); one that opens with a
 * noun (高校与企业合作, 各地要与…) has a subject the rules cannot name, and the report's body is not it.
 */
const SUBJECTLESS =
  /^[\s\d一二三四五六七八九十()（）、.]*(?:$|要|将|还|并|也|又|同时|拟|计划|决定|有意|会|正在|日前|近日|近期|此前|随后|此后|今年|去年|积极|主动|继续|进一步|不断|持续|全面|大力|加强|深化|推动|推进|扩大|拓展|密切|强化|巩固|建立|探索|开展|实现|促进|坚持|支持|注重|加快|着力|努力|争取|力争|协调|完善|健全|创新|提升|先后|多次|首次|分别|定期|已经|已|正式|成功|广泛|深入|认真|切实|共同|联合)/u;

/** How many clauses back a subject is looked for: a chain of predicates is short. */
const SUBJECT_REACH = 3;

/** The subject opening the nearest of the clauses before the one at `clauseStart` (separated by commas only). */
function earlierSubject(facts: SentenceFacts, clauseStart: number): LocalMention[] {
  const { text } = facts.context;
  let start = clauseStart;
  for (let n = 0; n < SUBJECT_REACH && start > 0 && /[，,]/u.test(text[start - 1] ?? ""); n++) {
    const clause = clauseAround(text, start - 2);
    const subject = clauseSubject(facts, clause.start, clause.end);
    if (subject.length > 0) return subject;
    start = clause.start;
  }
  return [];
}

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
  const inside = facts.mentions.filter(
    (m) => (m.type === "Organization" || m.type === "Place") && m.localStart >= start && m.localEnd <= end,
  );
  return outermost(inside, localSpan);
}
