// Organizations: national bodies from a lexicon, admin-prefixed organs (市委, 省政协) and name chunks ending in a head.

import type { Candidate, MentionExtractor, SentenceContext } from "../extraction-types.js";
import type { Token } from "../jieba-tagger.js";
import { INTERNATIONAL_ORGANIZATIONS } from "../lexicon/international-organizations.js";
import { NATIONAL_BODIES } from "../lexicon/national-bodies.js";
import { ADMIN_ORGANS, ADMIN_PREFIXES, CLASS_MODIFIERS, GENERIC_ALONE, LONG_HEADS, NOT_IN_NAME, NOT_ORGANIZATIONS, OWN_LEVEL_ORGANS, SHORT_HEADS } from "../lexicon/organization-heads.js";
import { hasTraditional, simplify } from "../lexicon/traditional-chars.js";
import { personClique } from "./companies/company-words.js";
import { respectsWords } from "../sentence-context.js";
import { CHINESE, compileLexicon, escapeRegExp } from "./lexicon-matcher.js";

/** Known bodies, national and international: surface -> canonical name. */
const KNOWN_BODIES: Readonly<Record<string, string>> = { ...INTERNATIONAL_ORGANIZATIONS, ...NATIONAL_BODIES };
const NATIONAL = compileLexicon(Object.keys(KNOWN_BODIES));
/** Bodies every level has, written bare for the report's own level (人大, 政协, 工会). */
const OWN_LEVEL = compileLexicon(Object.keys(OWN_LEVEL_ORGANS));
/** Words before a bare organ that make it a class (各级人大, 同级政协, 企业工会), not the report's own body. */
const CLASS_BEFORE_ORGAN = /(?:各级|同级|上级|下级|基层|各|企业|地方|县级|省级|市级|乡镇|村|社区|行业|非公|机关|学校|高校|这些|一些)$/u;
/** A name made only of class modifiers before its head (国有商业银行, 公办幼儿园) names a kind of body. */
const CLASS_WORDS = new Set(CLASS_MODIFIERS);
const MAX_CLASS_WORD = Math.max(...CLASS_MODIFIERS.map((w) => w.length));
/** Class modifiers by the code of their first character: most characters start none, and are tried with no slice. */
const CLASS_FIRST_UNITS = new Uint8Array(0x10000);
for (const word of CLASS_MODIFIERS) CLASS_FIRST_UNITS[word.charCodeAt(0)] = 1;
/** A count or a quantifier before a name makes it a class (新建51所中小学, 各级人民政府, 2个学院). */
const QUANTITY_BEFORE = /(?:[\d０-９一二三四五六七八九十百千万两几数多]+(?:所|家|个|座|批|类|种|支|级)|各级?|各类|每个?|这些|一些|所有|部分|若干)$/u;
/** Words before 政府 in a government's name besides places (印度反动政府, 临时政府). */
const GOVERNMENT_WORDS = new Set(["人民", "临时", "联合", "自治", "殖民", "特区", "中央", "联邦", "国民", "民族", "过渡"]);
/** Heads of institutions that an ordinal can name (第一中学, 第三人民医院, 第一职业学校). */
const ORDINAL_INSTITUTION = /(?:中学|小学|学校|医院|幼儿园|中心|研究所|设计院|分院|工程局)$/u;
const NUMBERED = /^第[一二三四五六七八九十百\d]+$/u;
/** 市委, 省政协, 县人大常委会, 我市政府...: every administrative prefix with every organ, matched in one pass. */
const ADMIN_ORGAN = compileLexicon(ADMIN_PREFIXES.flatMap((prefix) => ADMIN_ORGANS.flatMap((organ) => [prefix + organ, `我${prefix}${organ}`, `本${prefix}${organ}`])));
/** What makes 市委 the start of a longer word: 市委员会, 市委员, 省人大八届. */
/** Read where the organ ends (sticky), within the four characters after it, with no slice of the rest. */
const ORGAN_CONTINUES = /(?:员|[一二三四五六七八九十]{1,3}届)/uy;
/** First characters of the democratic parties' short names below: any other lexicon match is no party committee. */
const PARTY_FIRST_UNITS = new Set(["民", "农", "致", "九", "台"].map((c) => c.charCodeAt(0)));
const PARTY_LOCAL = /^(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)(?:中央|(?:[\u4e00-\u9fff]{2,3})?(?:省|市|区|县|州)委|[\u4e00-\u9fff]{2,3}(?:省|市|区|县|州)?(?:委员会|支部|总支|基层委员会))/u;
const LONG_HEADS_BY_LENGTH = [...LONG_HEADS].sort((a, b) => b.length - a.length);
const SHORT_HEAD_SET = new Set(SHORT_HEADS);
const LONG_HEAD_SET = new Set(LONG_HEADS);
const MAX_HEAD = Math.max(...LONG_HEADS.map((h) => h.length));
/** Last characters of every head (as codes: a CJK character taken out of a string is a new string each time). Most words end in none of them and are skipped at once. */
/** Characters before an admin organ that make it a class or a phrase (全市委, 各县政府). */
const NOT_BEFORE_ORGAN_UNITS = new Set(["全", "城", "各", "特"].map((c) => c.charCodeAt(0)));
/** Administrative prefixes by code unit (each is one character). */
const ADMIN_PREFIX_UNITS = new Uint8Array(0x10000);
for (const prefix of ADMIN_PREFIXES) ADMIN_PREFIX_UNITS[prefix.charCodeAt(0)] = 1;

/** Whether a word is an administrative prefix, read by its code (as ADMIN_PREFIXES.includes). */
function isAdminPrefix(word: string): boolean {
  return word.length === 1 && ADMIN_PREFIX_UNITS[word.charCodeAt(0)] === 1;
}
/** Last characters of the long heads: a word ending in none of them is tried against the short heads alone. */
const LONG_HEAD_LAST_CHARS = new Set(LONG_HEADS.map((h) => h.charCodeAt(h.length - 1)));
const HEAD_LAST_CHARS = new Set([...LONG_HEADS, ...SHORT_HEADS].map((h) => h.charCodeAt(h.length - 1)));
/** Short heads of government offices, which jieba knows as ordinary nouns (科技厅, 公安局, 研究所). */
const GOVERNMENT_SHORT_HEADS = new Set(["局", "厅", "办", "委", "部", "所", "院", "处", "署", "报", "网"]);
/** Tags of words that can be part of a name before its head. */
const NAME_TAGS = new Set(["ns", "nt", "nz", "nr", "nrt", "nrfg", "j", "x", "n", "b", "m", "an", "ng", "s", "zg"]);
/** Ordinals of sessions that belong inside a name (第八届, 八届). */
const ORDINAL = /^(?:第?[一二三四五六七八九十百零〇\d]+届|[一二三四五六七八九十])$/u;
/** Characters that start a clause word, never a name: an unknown word starting with one is cut after it (从省 科技厅). */
const FUNCTION_START = /^[从对每多在向把将为与和及各全地以于由被让给到就同跟使是也都还又再名受经这那但用听其此而之所上下不据即请只如按派个家座]/u;
/** Adverbs that jieba sometimes tags as nouns (积极配合, 认真落实): never part of a name. */
const ADVERB_START = /^(?:积极|认真|充分|大力|全面|深入|努力|主动|切实|不断|进一步|持续)/u;
const MAX_NAME = 24;

/** The organization extractor: lexicon, admin-prefixed organs and head-noun chunks. */
export const organizationExtractor: MentionExtractor = {
  type: "Organization",
  extract(context) {
    const found: Candidate[] = [];
    for (const match of NATIONAL.findAll(context.text)) {
      const start = match.index;
      const local = PARTY_FIRST_UNITS.has(context.text.charCodeAt(start)) ? PARTY_LOCAL.exec(context.text.slice(start)) : null;
      if (local) {
        // 民建吉林省委, 民盟长春市委, 民进中央: a democratic party's own committee, one body.
        found.push({ type: "Organization", start, end: start + local[0].length, rule: "org-party-committee", priority: 5 });
        continue;
      }
      const end = start + match.word.length;
      // 铁道部|门: jieba cut 部门 (departments, a class) after a ministry's name.
      if (match.word.endsWith("部") && context.text[end] === "门") continue;
      if (respectsWords(context, start, end)) found.push({ type: "Organization", start, end, rule: "org-lexicon", priority: 5, canonical: KNOWN_BODIES[match.word] });
    }
    for (const match of OWN_LEVEL.findAll(context.text)) {
      const start = match.index;
      const end = start + match.word.length;
      if (respectsWords(context, start, end) && !CLASS_BEFORE_ORGAN.test(context.text.slice(Math.max(0, start - 2), start)) && !insideQuotes(context.text, start, end)) {
        // As weak as a name built from the text, so that 盐城市政协 keeps its place and 政协 inside it is no other body.
        found.push({ type: "Organization", start, end, rule: "org-own-level", priority: 3 });
      }
    }
    for (const match of ADMIN_ORGAN.findAll(context.text)) {
      const start = match.index;
      const end = start + match.word.length;
      ORGAN_CONTINUES.lastIndex = end;
      if (ORGAN_CONTINUES.test(context.text)) continue;
      if (enumeratedLevel(context.text, start) || pairedLevel(context, start)) continue;
      if ((respectsWords(context, start, end) || titleGlued(context, end)) && !NOT_BEFORE_ORGAN_UNITS.has(context.text.charCodeAt(start - 1))) {
        found.push({ type: "Organization", start, end, rule: "org-admin-organ", priority: 4 });
        const named = namedOrgan(context, start);
        if (named < start) found.push({ type: "Organization", start: named, end, rule: "org-admin-organ", priority: 4 });
      }
    }
    found.push(...headChunks(context));
    if (endsBeforeJoiner(context.text, found)) found.push(...ellipticalHeads(context, found));
    return found;
  },
};

/** 省、市、县政府: an organ after enumerated admin levels is that organ of every level, not one body. */
function enumeratedLevel(text: string, start: number): boolean {
  // The level before the comma stands alone (省、市、县; 各市、县), not at the end of a word (北院区、省…).
  return isAdminPrefix(text[start] ?? "") && text[start - 1] === "、" && isAdminPrefix(text[start - 2] ?? "") && !/[\u4e00-\u9fff]/u.test((text[start - 3] ?? "").replace("各", ""));
}

/** 市 县政府: an organ right after a level written alone is that organ of both levels (市县政府), not one body. */
function pairedLevel(context: SentenceContext, start: number): boolean {
  const before = context.tokens[context.tokenAt[start - 1] ?? -1];
  return before !== undefined && before.end === start && before.word.length === 1 && isAdminPrefix(before.word) && isAdminPrefix(context.text[start] ?? "");
}

/** 中共 辽源 市委: the start of an admin organ's name when a place (and 中共) is written before its prefix. */
function namedOrgan(context: SentenceContext, start: number): number {
  const place = context.tokens[context.tokenAt[start - 1] ?? -1];
  const isPlace = place !== undefined && (place.tag === "ns" || (place.tag === "n" && place.word.length >= 3 && /[省市县区州]$/u.test(place.word)));
  if (!place || !isPlace) return start;
  if (place.end !== start) return place.end === start + 1 && place.start < start - 1 ? place.start : start;
  const party = context.tokens[context.tokenAt[place.start - 1] ?? -1];
  return party && party.end === place.start && (party.word === "中共" || party.word === "中国共产党") ? party.start : place.start;
}

const TITLE_AFTER = /^(?:书记|副书记|常委|委员|主任|副主任|主席|副主席|秘书长|书记员|部长|副部长)/u;

/** 县委书记 is one word to jieba: the organ ends inside it, right before a title. */
function titleGlued(context: SentenceContext, end: number): boolean {
  const title = TITLE_AFTER.exec(context.text.slice(end))?.[0];
  if (!title) return false;
  const token = context.tokens[context.tokenAt[end] ?? -1];
  return token !== undefined && token.end === end + title.length;
}

/** Name chunks: a head word and the name-like words before it (长春 中医药大学 药学院; 市 金融 办). */
function headChunks(context: SentenceContext): Candidate[] {
  const found: Candidate[] = [];
  const { tokens } = context;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!HEAD_LAST_CHARS.has(token.word.charCodeAt(token.word.length - 1))) continue;
    const head = headOf(token);
    if (!head || !headInContext(tokens, i, head)) continue;
    let first = extendLeft(tokens, i);
    // The name starts with a name word, not with a joining word, an adjective or a verb.
    // Nor with a verb, an adverb or a particle, even one jieba tags as a noun (锚定 省委, 严格控制 党政机关).
    while (first < i && (JOINING_WORDS.has((tokens[first] as Token).word) || INNER_TAGS.has((tokens[first] as Token).tag) || !startsName(tokens[first] as Token))) first++;
    // Drop ordinals and single admin characters left dangling at the front (届 …) and keep the name itself; an
    // institution's number stays (第一中学).
    while (first < i && (ORDINAL.test((tokens[first] as Token).word) || NUMBERED.test((tokens[first] as Token).word))) {
      if (NUMBERED.test((tokens[first] as Token).word) && ORDINAL_INSTITUTION.test(head) && first + 1 < i) break;
      first++;
    }
    let start = (tokens[first] as Token).start;
    const opening = tokens[first] as Token;
    // An unknown word that starts with a function character is not part of the name (每名, 对标, 这是), except an
    // admin prefix glued to it (从省 科技厅 -> 省科技厅).
    if (first < i && opening.tag === "x" && FUNCTION_START.test(opening.word)) {
      const rest = opening.word.slice(1);
      start = isAdminPrefix(rest) || (rest.length >= 2 && /[省市县区州]$/u.test(rest)) ? opening.start + 1 : opening.end;
    }
    // Further in, such a word ends a clause before the name (毛主席同以 苏修叛徒集团).
    for (let j = first + 1; j < i; j++) if ((tokens[j] as Token).tag === "x" && FUNCTION_START.test((tokens[j] as Token).word)) start = (tokens[j] as Token).end;
    // 区医院晋升为二级医院, 高中改为职业中学: a verb ending in 为 (whatever its tag) links two things, the name comes after it.
    for (let j = first; j < i; j++) if (/.为$/u.test((tokens[j] as Token).word)) start = Math.max(start, (tokens[j] as Token).end);
    if (first < i && GENERIC_ALONE.has(head) && token.word === head && !hasNameWord(tokens, first, i, start)) continue;
    // 调度交易中心, 人工智能实验室, 卓越工程师学院: a centre, a lab or a college named by its function alone is a kind or a
    // designation; a body's name has a place or a proper name in it.
    if (NAMED_ONLY_HEADS.has(head) && !hasNameWord(tokens, first, i, start) && !KNOWN_BODIES[token.word] && !knownWholeName(token, head)) continue;
    // A common noun ending in an office head (科技厅, 战略部署) is a body only after a place or an admin prefix.
    if (head.length === 1 && token.tag === "n" && token.word.length >= 3 && !hasNameWord(tokens, first, i, start)) continue;
    if (insideQuotes(context.text, start, token.end)) continue;
    // 明月|湖 实验室: a one-character place word glued to the word before it is the tail of a name cut short.
    if (cutShort(tokens, first, start)) continue;
    const surface = context.text.slice(start, token.end);
    if (surface.length <= head.length && (GENERIC_ALONE.has(surface) || head.length === 1)) continue;
    // 深部, 村办: two characters ending in a one-character head name no body unless jieba knows the word as one (国税局).
    if (surface.length === 2 && head.length === 1 && token.tag !== "nt") continue;
    if (surface.length < 2 || NOT_ORGANIZATIONS.has(simplify(surface)) || notOneBody(simplify(surface)) || /^(?:[一二三四五六七八九十百\d届]|第[一二三四五六七八九十百\d]+届)/u.test(surface)) continue;
    if (namesAKind(context.text, start, simplify(surface), head) || enumeratedLevel(context.text, start)) continue;
    // A government is a place's (印度政府, 自治区政府): 严格执行政府, 环卫保洁政府 are phrases.
    if ((head === "政府" || head === "人民政府") && !governmentName(tokens, first, i, start)) continue;
    // 市县政府, 省辖市政府: the governments of some levels, not one.
    if (LEVELS_ONLY.test(surface.slice(0, surface.length - head.length))) continue;
    if (head === "集团" && personClique(tokens, first, i)) continue;
    // A place's branch of a known body (市建设银行, 上海市国资委) is as sure as the body: it is that body's own name there.
    const branch = KNOWN_BODIES[token.word] !== undefined && start < token.start;
    found.push({ type: "Organization", start, end: token.end, rule: "org-head-chunk", priority: branch ? 5 : 3 });
    // A head word holding another head (人民代表大会|常务委员会): the name up to the inner head is a body too.
    const inner = innerHead(token.word, head);
    if (inner > 0 && start < token.start) found.push({ type: "Organization", start, end: token.start + inner, rule: "org-inner-head", priority: 3 });
  }
  return found;
}

/** Whether the name starts with a one-character place word right after another word (明月|湖, 某某|山). */
function cutShort(tokens: readonly Token[], first: number, start: number): boolean {
  const opening = tokens[first] as Token;
  const before = tokens[first - 1];
  return opening.start === start && opening.tag === "ns" && opening.word.length === 1 && before !== undefined && ["t", "x", "n", "nr", "nz"].includes(before.tag) && CHINESE.test(before.word);
}

/** The first token of the name ending at token `i`: name words to the left, across verbs only up to a place. */
function extendLeft(tokens: readonly Token[], i: number): number {
  const token = tokens[i] as Token;
  // A known body (中国共产党, 人民军队) takes only a place before it (驻桂人民解放军 stays 人民解放军; 庆祝 is no part).
  const known = KNOWN_BODIES[token.word] !== undefined || PARTY_WORD.test(token.word);
  let first = i;
  let bridge = -1;
  for (let j = i - 1; j >= 0; j--) {
    const left = tokens[j] as Token;
    if (token.end - left.start > MAX_NAME) break;
    if (known && left.tag !== "ns" && !isAdminPrefix(left.word)) break;
    if (!canPrecedeHead(left)) {
      // 上海 国际 再保险 登记 交易中心: a verb inside a name is crossed only when a place starts the name.
      if (!BRIDGE_TAGS.has(left.tag) || left.word.length < 2 || !CHINESE.test(left.word) || NOT_IN_NAME.has(left.word) || ADVERB_START.test(left.word)) break;
      // 美国 纠集 东南亚条约集团: a place after the verb starts the name there.
      if (placeBetween(tokens, j + 1, i)) break;
      if (bridge < 0) bridge = first;
      continue;
    }
    // 中共X市委市政府, 市政府市政协: a whole body before an admin prefix is another body, not part of this name.
    if (headOf(left) !== undefined && /^[省市县区州]/u.test((tokens[first] as Token).word)) break;
    // 高水平 规划 东山医院: a verb before a place ends the clause the name is in.
    if (VERB_TAGS.has(left.tag) && !JOINING_WORDS.has(left.word) && tokens[j + 1]?.tag === "ns") break;
    // 宁波某大学 建设 世界一流大学: a body followed by a verb is the subject of a clause, not part of a name.
    if (headOf(left) !== undefined && VERB_TAGS.has(tokens[j + 1]?.tag ?? "")) break;
    // 政府和法院, 规定和呼伦贝尔市委, 龙头企业和专业合作社: two things; 和 joins the parts of an office's name only
    // (发展和改革委员会, 人力资源和社会保障局).
    if (left.word === "和" && (!OFFICE_HEADS.has(headOf(token) ?? "") || headOf(tokens[j + 1] as Token) !== undefined || (j > 0 && headOf(tokens[j - 1] as Token) !== undefined) || tokens[j + 1]?.tag === "ns" || !["n", "vn"].includes(tokens[j - 1]?.tag ?? ""))) break;
    first = j;
    if (bridge >= 0 && left.tag === "ns") bridge = -1;
  }
  return bridge >= 0 ? bridge : first;
}

/** Whether a place word stands among tokens from..to-1 (a loop, not a slice and a closure per word crossed). */
function placeBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((tokens[k] as Token).tag === "ns") return true;
  return false;
}

/** Heads whose bodies always bear a place or a proper name (之江实验室, 省疾控中心), unlike a designation (重点实验室). */
const NAMED_ONLY_HEADS = new Set(["中心", "实验室", "学院"]);
/** Tags jieba gives a whole name it knows as one word (西藏农牧学院). */
const NAMED_WORD_TAGS = new Set(["nt", "nz", "ns", "j"]);

/** A name jieba knows as one word with a long proper part before its head (西藏农牧|学院), not a kind (交易|中心). */
function knownWholeName(token: Token, head: string): boolean {
  const proper = token.word.slice(0, token.word.length - head.length);
  return NAMED_WORD_TAGS.has(token.tag) && proper.length >= 4 && !isClassName(proper);
}

/** Modifiers naming administrative levels only (市县, 省市县, 省辖市, 直辖市, 地级市). */
const LEVELS_ONLY = /^(?:[省市县区州乡镇]{2,}|省辖市|直辖市|地级市|县级市|设区的?市)$/u;

/** A party's own word (共产党, 劳动党): a country before it names the party, anything else is apposition (先锋队 共产党). */
const PARTY_WORD = /^[\u4e00-\u9fff]{2,3}党$/u;

const RANKING = /^(?:排名|排行)/u;

/** Heads of government offices, named by their function (农业农村委, 商务局, 金融办). */
const OFFICE_HEADS = new Set(["委", "局", "厅", "办", "部", "署", "处", "委员会", "办公室", "管理局", "总局", "公安局", "财政局", "教育局"]);

/** Tags of words crossed inside a name that a place starts (登记, 再保险). */
const BRIDGE_TAGS = new Set(["v", "l"]);
const VERB_TAGS = new Set(["v", "vn", "vd"]);

/**
 * A head that is a function word here: 所 of 为旧中国所望尘莫及 (tagged as a conjunction), 办 of 用更少的钱办更多的事
 * (a verb with an object), 处 of 党所处的环境.
 */
function headInContext(tokens: readonly Token[], i: number, head: string): boolean {
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  if (head === "所" && !instituteSuo(tokens, i)) return false;
  // 铁道部|门: jieba cut 部门 (departments, a class) after a ministry's name.
  if (token.word.endsWith("部") && next?.word.startsWith("门") === true) return false;
  // 中国大学排名, 世界大学学术排名: a ranking's name, not a body.
  if (RANKING.test(next?.word ?? "") || RANKING.test(tokens[i + 2]?.word ?? "")) return false;
  // A venue (冰壶馆, 主场馆) or a plant (水电站) is a facility; a museum or a gallery that is a body is one word to jieba.
  if ((head === "馆" && token.tag !== "nt") || (head === "站" && /[电水]站$/u.test(simplify(token.word)))) return false;
  if (head === "网" && NETWORK.test(token.word)) return false;
  // 事情办, 资金办, 跨域通办: 办 is the verb "handle" unless an office's name is before it (市 金融 办, 市工|信办).
  if (head === "办" && (token.tag === "v" || token.tag === "x") && !officeBefore(tokens, i)) return false;
  // 管党, 永葆党, 搞团: a verb with 党 or 团 as its object; a party's or a troupe's name is a word jieba knows.
  if ((head === "党" || head === "团") && token.tag === "x") return false;
  // 所 between a subject and its verb (中国所望尘莫及) is a particle; an institute's 所 ends a phrase (应化所等).
  // After an unknown abbreviation it is the institute's (长春 应化 所 给予支持).
  if (token.word.length === 1 && !["n", "nt", "j", "x", "zg", "v", "ng"].includes(token.tag) && !unknownWord(tokens[i - 1]) && !(next === undefined || !CHINESE.test(next.word) || ["u", "uj", "c"].includes(next.tag))) return false;
  if (token.word === "办" && token.tag === "v" && next !== undefined && /^(?:n|v|vn|m|a|d|nr|ns|nz|r)$/u.test(next.tag)) return false;
  if (head.length === 1 && token.word.length === 1 && /^[所处]$/u.test(head) && !unknownWord(tokens[i - 1]) && next !== undefined && VERB_TAGS.has(next.tag)) return false;
  // A two-character unknown word ends a name only as the tail of a split one (市工|信局), not alone (政社, 府院).
  if (token.tag === "x" && token.word.length === 2 && !unknownWord(tokens[i - 1]) && !isAdminPrefix(tokens[i - 1]?.word ?? "")) return false;
  // A network (算力网, 气网) is a facility; a news site has a proper name before 网 (人民网, 新华网).
  if (head === "网" && !["nt", "nz", "j"].includes(tokens[i - 1]?.tag ?? "") && token.word.length < 3) return false;
  // 党 alone closes a party's name only after a proper name (外国 共产党 is one word; 农村 党, 用党 are not names).
  if (head === "党" && token.word.length === 1 && !["ns", "nz", "j"].includes(tokens[i - 1]?.tag ?? "")) return false;
  return true;
}

/** Whether a text is made of class modifiers only, read left to right (国有|商业, 普惠性|民办). */
function isClassName(text: string): boolean {
  // reachable[k]: the first k characters split into modifiers. Linear in the text, unlike a repeated alternation.
  const reachable = new Uint8Array(text.length + 1);
  reachable[0] = 1;
  for (let k = 0; k < text.length; k++) {
    if (!reachable[k] || CLASS_FIRST_UNITS[text.charCodeAt(k)] !== 1) continue;
    for (let length = 1; length <= MAX_CLASS_WORD && k + length <= text.length; length++) if (CLASS_WORDS.has(text.slice(k, k + length))) reachable[k + length] = 1;
  }
  return reachable[text.length] === 1;
}

/** Whether a name is a kind of body: class modifiers and a head (上市公司), or counted (51所中小学, 各级政府). */
function namesAKind(text: string, start: number, surface: string, head: string): boolean {
  const modifiers = surface.slice(0, surface.length - head.length);
  // An office is named by its function (农业农村委, 金融办): those modifiers make a class only of other bodies.
  if (modifiers.length > 0 && !OFFICE_HEADS.has(head) && isClassName(modifiers)) return true;
  // 北交所上市公司, 县域二甲公立医院: an ownership or schooling form right before the head makes any name a class.
  if (!OFFICE_HEADS.has(head) && ownershipClass(modifiers)) return true;
  // 省实验室, 安徽省实验室, 国家实验室: a designation given to many labs; a lab's own name is a proper one (之江实验室).
  if (head === "实验室" && DESIGNATED_LAB.test(modifiers)) return true;
  // 市县级医院, 市州级医院: bodies of some administrative levels.
  if (/^[省市地县区州乡镇村盟旗]{1,4}级/u.test(modifiers)) return true;
  // 城市居民委员会, 村民委员会: the grassroots committees as a kind; one has its community's name (某社区居民委员会).
  const community = SELF_GOVERNING.exec(surface);
  if (community && (community[1] === "" || isClassName(community[1] ?? ""))) return true;
  return QUANTITY_BEFORE.test(text.slice(Math.max(0, start - 4), start));
}

/** A government's name starts with a place (or an admin prefix) and has only government words after it. */
function governmentName(tokens: readonly Token[], first: number, head: number, start: number): boolean {
  let place = false;
  for (let j = first; j < head; j++) {
    const token = tokens[j] as Token;
    if (token.end <= start) continue;
    // 两国政府, 各国政府: several governments, not one body.
    if (/^[两二三四五六七八九十多各诸]国$/u.test(token.word)) return false;
    if (token.tag === "ns" || isAdminPrefix(token.word) || /[省市县区州国旗盟]$/u.test(token.word)) place = true;
    else if (!place || !GOVERNMENT_WORDS.has(token.word)) return false;
  }
  if (place || first < head) return place;
  // One word: 中国政府, 自治区政府, 中央政府, but not 合法政府, 无政府, 地方政府.
  const word = (tokens[head] as Token).word;
  const before = word.slice(0, word.length - (word.endsWith("人民政府") ? 4 : 2));
  return before.length === 0 || /[省市县区州国旗盟]$/u.test(before) || GOVERNMENT_WORDS.has(before);
}

/** The head an organization name ends with, when this word can end one. */
function headOf(token: Token): string | undefined {
  const word = token.word;
  // The cheap tests first: most words end in no head's character.
  if (!HEAD_LAST_CHARS.has(word.charCodeAt(word.length - 1))) return undefined;
  if (token.tag === "v" && word.length > 1) return undefined;
  if (!CHINESE.test(word) || NOT_ORGANIZATIONS.has(simplify(word))) return undefined;
  if (LONG_HEAD_LAST_CHARS.has(word.charCodeAt(word.length - 1))) for (let length = Math.min(MAX_HEAD, word.length); length >= 2; length--) {
    const suffix = word.slice(word.length - length);
    if (LONG_HEAD_SET.has(suffix)) return suffix;
  }
  const last = token.word.slice(-1);
  if (!SHORT_HEAD_SET.has(last) || NOT_ORGANIZATIONS.has(simplify(token.word.slice(-2)))) return undefined;
  // An unknown word is a name only when long enough and free of function characters (但党, 政社, 党所处).
  if (token.tag === "x" && (FUNCTION_START.test(token.word) || /[所的是了在被把和与及]/u.test(word.slice(0, -1)) || word.length < 2)) return undefined;
  // A lone 站/社/团 tagged as a verb is the verb (站在…高度); 办 is the exception jieba mis-tags (市金融办).
  if (token.word.length === 1 && token.tag === "v" && last !== "办") return undefined;
  if (token.word.length === 1 || token.tag === "nt" || token.tag === "x" || token.tag === "j") return last;
  if (token.tag === "n" && token.word.length >= 3 && GOVERNMENT_SHORT_HEADS.has(last)) return last;
  return undefined;
}

/** Tags of words that give a generic head a real name. */
const NAME_WORD_TAGS = new Set(["ns", "nt", "j", "x", "nz", "nr", "nrt", "nrfg"]);

/** A generic head (政协, 党组, 政府) needs a real name before it: a place, an abbreviation, an unknown word. */
function hasNameWord(tokens: readonly Token[], first: number, head: number, start: number): boolean {
  for (let j = first; j < head; j++) {
    const token = tokens[j] as Token;
    if (token.end <= start) continue;
    if (NAME_WORD_TAGS.has(token.tag) || isAdminPrefix(token.word) || NUMBERED.test(token.word)) return true;
    if (token.tag === "n" && token.word.length >= 3) return true;
  }
  return false;
}

const QUOTE_PAIRS = [["“", "”"], ["《", "》"]] as const;

/**
 * Bodies are not quoted; a quoted name with a body's head (“书香政协”) is a campaign or a slogan, and a head inside
 * a title (《…人民代表大会和地方各级人民政府组织法》) is part of the title.
 */
function insideQuotes(text: string, start: number, end: number): boolean {
  for (const [open, close] of QUOTE_PAIRS) {
    const at = text.lastIndexOf(open, start);
    if (at >= 0 && text.lastIndexOf(close, start) < at && text.indexOf(close, end) >= end) return true;
  }
  return false;
}

/** Where a head inside a head word ends (人民代表大会|常务委员会 -> 6), or 0. */
function innerHead(word: string, head: string): number {
  if (word.length < head.length + 2) return 0;
  for (const inner of LONG_HEADS_BY_LENGTH) {
    const at = inner.length >= 2 && inner !== head ? word.indexOf(inner) : -1;
    if (at >= 0 && at + inner.length <= word.length - 2) return at + inner.length;
  }
  return 0;
}

/** Roles written right before a body's name (股东南京港务局, 收购人X集团): the name starts after them. */
const ROLE_BEFORE_NAME = new Set(["股东", "大股东", "控股股东", "收购人", "收购方", "发行人", "受让方", "转让方", "一致行动人", "旗下", "下属", "子公司", "母公司"]);
/** A news dateline (本报讯, 商报讯) ends before the first name of the story. */
const DATELINE = /^[\u4e00-\u9fff]{0,3}[报社网台]讯$/u;

/** Words that join parts of an official name (某医科大学附属第一医院, 吉林省驻北京办事处, 发展和改革委员会). */
const JOINING_WORDS = new Set(["附属", "驻", "和"]);
/** Tags allowed inside a name but never at its start (卫生健康委员会: 健康 is an adjective). */
const INNER_TAGS = new Set(["a", "vn"]);

/** Whether a word can stand in a name before its head. */
function canPrecedeHead(token: Token): boolean {
  if (!CHINESE.test(token.word) || NOT_IN_NAME.has(simplify(token.word)) || /[员]$/u.test(token.word) || ADVERB_START.test(token.word)) return false;
  if (ROLE_BEFORE_NAME.has(token.word) || DATELINE.test(token.word)) return false;
  if (token.tag === "x" && (token.word.length > 3 || /[和与及的是了在着过等]/u.test(token.word))) return false;
  if (JOINING_WORDS.has(token.word) || (INNER_TAGS.has(token.tag) && token.word.length >= 2 && token.word.length <= 3)) return true;
  if (token.tag === "m") return ORDINAL.test(token.word) || NUMBERED.test(token.word);
  return NAME_TAGS.has(token.tag) || isAdminPrefix(token.word);
}

/** Whether a name found is followed by a joiner (及其, 和, 及, 、): read as one character, with no slice per name. */
function endsBeforeJoiner(text: string, found: readonly Candidate[]): boolean {
  for (const candidate of found) if (JOINER_FIRST.has(text.charCodeAt(candidate.end))) return true;
  return false;
}

/** First characters of the joiners an elliptical head follows (及其 starts as 及 does). */
const JOINER_FIRST = new Set(["及", "和", "、"].map((joiner) => joiner.charCodeAt(0)));
const ELLIPSIS = new RegExp(`(及其|和|及|、)(${LONG_HEADS_BY_LENGTH.filter((h) => GENERIC_ALONE.has(h) || h.length >= 2).map(escapeRegExp).join("|")})(?![\u4e00-\u9fff]{0,1}(?:员|成员))`, "gu");

/**
 * Heads standing for a whole name by ellipsis: 市政协及其常委会 (the CPPCC's standing committee), 机关党委和纪委.
 * The canonical name borrows the body before them.
 */
function ellipticalHeads(context: SentenceContext, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const match of context.text.matchAll(ELLIPSIS)) {
    const joiner = match[1] ?? "";
    const head = match[2] ?? "";
    const start = (match.index ?? 0) + joiner.length;
    const end = start + head.length;
    if (!respectsWords(context, start, end)) continue;
    const before = found.filter((c) => c.end === match.index).sort((a, b) => a.start - b.start)[0];
    if (!before) continue;
    const name = context.text.slice(before.start, before.end);
    const base = joiner === "及其" ? name : stripHead(name);
    if (base === undefined || base.length === 0) continue;
    out.push({ type: "Organization", start, end, rule: joiner === "及其" ? "org-part-ellipsis" : "org-coordinated-ellipsis", priority: 3, canonical: base + head });
  }
  return out;
}

/** The name without its head (政协机关党委 -> 政协机关). */
function stripHead(name: string): string | undefined {
  for (const head of LONG_HEADS_BY_LENGTH) if (name.endsWith(head) && name.length > head.length) return name.slice(0, -head.length);
  return undefined;
}

/** Tags of words that never start a name: verbs, prepositions, adverbs, conjunctions, particles, pronouns, measure words. */
const NOT_FIRST_TAGS = new Set(["v", "vd", "p", "d", "ad", "c", "u", "uj", "ul", "uz", "uv", "ud", "ug", "r", "q", "f"]);
/** Verbs and adverbs that jieba tags as nouns (锚定, 严格控制, 全力支持, 力争, 直指): never the first word of a name. */
const NOT_FIRST_WORD = /^(?:[指经请按据让派只]$|部分|所有|若干|一些|这些|各类|各种|其他|其它|改扩建|高标准|高质量|高起点|做强|做大|做优|打造|提升|严格|严肃|全力|继续|进一步|统筹|力争|着力|坚决|加快|加大|加强|锚定|杜绝|直指|印发|分类|高水平|新一轮|规范|规划|依法|行政区$|逐步|稳步|尽快|重新|大力|积极|认真|充分|全面|深入|努力|主动|切实|不断|持续)/u;

/** Whether a word can be the first of a name (a place, an abbreviation or a modifier, not a verb or an adverb). */
function startsName(token: Token): boolean {
  // 改扩建 (tagged as an abbreviation) and 行政区 start no name whatever their tags.
  if (NOT_FIRST_WORD.test(simplify(token.word))) return false;
  if (["ns", "nt", "j"].includes(token.tag)) return true;
  return !NOT_FIRST_TAGS.has(token.tag) && !NOT_FIRST_WORD.test(simplify(token.word));
}

/** Whether an office's name is before its 办 (市 金融 办, 国务院 扶贫 办, 市工|信办), not a clause (一件事情 办). */
function officeBefore(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before === undefined) return false;
  const named = (token: Token | undefined) => token !== undefined && (["ns", "nt", "j"].includes(token.tag) || isAdminPrefix(token.word));
  if (named(before)) return true;
  return ["n", "j", "x", "vn"].includes(before.tag) && before.word.length <= 3 && named(tokens[i - 2]);
}

/** A word jieba did not know (tag x), as opposed to punctuation, which it also tags x. */
function unknownWord(token: Token | undefined): boolean {
  return token !== undefined && token.tag === "x" && CHINESE.test(token.word);
}

/** What may follow an institute's 所 (长春应化所、…, 应化所等, 光机所和…): punctuation or a conjunction. */
const AFTER_INSTITUTE = /^(?:等|和|及|与|的|、)/u;
/** Characters before a 所 that is no institute: 在总产值中所占, 民之所盼, 体育场所, 三百零九所 (a count), 八所 (a port). */
const NOT_BEFORE_INSTITUTE = /[中之场住处一二三四五六七八九十百千零〇\d]$/u;

/**
 * 所 ends an institute's abbreviated name (长春应化所, 郑商所) or is the particle before a verb (利润所占的比重, 宪法所规定的
 * 目标, 被压迫民族所掌握). An institute's 所 follows an abbreviation, after a place or a body when a verb comes next.
 */
function instituteSuo(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  const ends = next === undefined || !CHINESE.test(next.word) || AFTER_INSTITUTE.test(next.word);
  const stem = token.word.slice(0, -1);
  const before = tokens[i - 1];
  const last = stem || before?.word || "";
  // Traditional script is unknown to jieba, so its tags say nothing: there the particle is by far the likelier.
  if (NOT_BEFORE_INSTITUTE.test(last) || hasTraditional(last)) return false;
  // 民族所 掌握, 郑商所 品种: a word of its own ending in 所 is an institute unless a verb follows.
  if (stem.length >= 2) return ends || !VERB_TAGS.has(next?.tag ?? "");
  if (stem.length > 0 || before === undefined || before.tag === "ns" || before.word.length > 3) return false;
  const abbreviation = unknownWord(before) || ["j", "n", "nz"].includes(before.tag);
  const named = ["ns", "nt", "j"].includes(tokens[i - 2]?.tag ?? "");
  return abbreviation && (named || (ends && unknownWord(before)));
}

/** Plural or coordinated bodies (中英两国政府, 国共两党, 两院, 双方): not one body. */
const PLURAL = /两国|两党|两院|双方|各国|三国/u;
/**
 * Epithets of hostile parties (印度反动政府, 蒋介石卖国集团, 苏修叛徒集团, 美国侵略集团, 资产阶级司令部): a judgement of a
 * party, not the name of a body.
 */
const EPITHET = /反动|反革命|卖国|叛徒|侵略|反党|修正主义|阴谋|流氓|傀儡|法西斯|帝国主义|垄断资本|统治集团|战争集团|资产阶级|农奴主/u;

/** Whether a span with a head names no single body: several bodies at once, or an epithet. */
function notOneBody(surface: string): boolean {
  return PLURAL.test(surface) || EPITHET.test(surface);
}

/** Modifiers that make a class whatever precedes them (上市公司, 公立医院, 全日制学校, 教育部直属师范大学). */
const OWNERSHIP = ["上市", "非上市", "公立", "公办", "民办", "私立", "国有", "民营", "私营", "全日制", "半日制", "普惠性", "直属", "部属", "所属", "下属"];

/** First characters of the ownership forms: modifiers holding none of them hold no form, whatever the form. */
const OWNERSHIP_FIRST_UNITS = new Set(OWNERSHIP.map((word) => word.charCodeAt(0)));

/** Whether some character of the modifiers starts an ownership form (one pass by code, before a search per form). */
function holdsOwnershipStart(modifiers: string): boolean {
  for (let k = 0; k < modifiers.length; k++) if (OWNERSHIP_FIRST_UNITS.has(modifiers.charCodeAt(k))) return true;
  return false;
}

/** Whether the modifiers end in an ownership or schooling form and only class words after it (…上市, …二甲公立). */
function ownershipClass(modifiers: string): boolean {
  if (!holdsOwnershipStart(modifiers)) return false;
  for (const word of OWNERSHIP) {
    const at = modifiers.lastIndexOf(word);
    if (at < 0) continue;
    const rest = modifiers.slice(at + word.length);
    if (rest.length === 0 || isClassName(rest)) return true;
  }
  return false;
}

/** Grassroots self-governing committees, whatever precedes them. */
const SELF_GOVERNING = /^(.*?)(?:居民委员会|村民委员会|居委会|村委会)$/u;

/** What stands before 实验室 in a designation: a level (省, 国家级) or a province with 省 (安徽省实验室). */
const DESIGNATED_LAB = /^(?:[\u4e00-\u9fff]{0,3}[省市]|国家|省级|市级|国家级|(?:国家|省|全国)重点)$/u;
/** Networks, which are facilities (广播网, 通信网, 防护网); a news site's 网 follows its own name (人民网). */
const NETWORK = /(?:广播|通信|通讯|防护|智能|信息|物流|服务|监测|交通|运输|电|管|气|水|暖|路|密)网$/u;
