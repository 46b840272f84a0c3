// Projects: titles in 《》, quoted names with a head, introduced activities and programmes, meetings and sessions with
// their body, censuses, rule sets, events by edition and building works.

import type { Candidate, MentionExtractor, SentenceContext } from "../extraction-types.js";
import {
  ADVANCE_VERBS, BUILDING_HEADS, CAMPAIGN_QUALITIES, CONSTRUCTION_PREDICATES, CONSTRUCTION_VERBS, CREATE_VERBS, DESIGNATION_HEADS, EVENT_HEADS,
  NAMED_PROGRAMMES, ORGANIZE_VERBS, PROJECT_HEADS, PUBLISH_VERBS, QUOTED_SELF_HEADS, QUOTED_TAIL_HEADS, RULE_NOUNS, SLOGAN, STRONG_HEADS,
} from "../lexicon/project-heads.js";
import { CITY_PROVINCE, PROVINCES } from "../lexicon/places.js";
import { isTokenBoundary } from "../sentence-context.js";
import { organizationExtractor } from "./organizations/extract-organizations.js";
import { escapeRegExp } from "./lexicon-matcher.js";
import { bodyBefore } from "./project-owners.js";

/** An alternation of words, longest first, for a pattern built once at load. */
const alternation = (words: readonly string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
/** A character class of the first characters of words: a cheap test before the pattern that reads them. */
const firstChars = (words: readonly string[]) => new RegExp(`[${[...new Set(words.map((w) => w[0]))].join("")}]`, "u");

const HEADS = alternation(PROJECT_HEADS);
const BOOK_TITLE = /《([^《》\n]{2,60})》/gu;
const QUOTED = /“([^“”\n]{2,40})”/gu;
/** An unclosed quote carried over a layout break: the line starts inside the quotation. */
const CARRIED_QUOTE = /^([^“”\n]{2,40})”/u;
const HEAD_AFTER = new RegExp(`^(?:为主题的|主题)?(?:系列)?(${HEADS})`, "u");
/** What may follow a quoted name up to its head: a few words of one noun phrase (“上银情·砚山梦”结对助学活动). */
const TAIL_LONGEST = 12;
/** Words that end that noun phrase: marks, and function words standing alone (对 ends it, 结对 does not). */
const TAIL_STOP = /^(?:[，。；：、,;:“”《》()（）\s!?！？]|(?:的|和|与|及|等|在|对|是|为|将|把|被|从|向|了)$)/u;
const ENDS_WITH_TAIL_HEAD = new RegExp(`(?:${alternation(QUOTED_TAIL_HEADS)})$`, "u");
/** A facility's building project at the head of a clause or list item: 友谊医院通州院区二期, 口腔医院迁建, 急救中心整体迁建项目. */
const FACILITY_WORK = /(?<=^|[，。；、：,;])([\u4e00-\u9fff]{2,16}?(?:医院|学院|大学|学校|中学|小学|中心|实验室|研究所|幼儿园|博物馆|图书馆|体育馆|文体馆))((?:[\u4e00-\u9fff]{2,4}?)?(?:新院区|院区|校区|分院|新校区)(?:[一二三四五六七八九十]期)?(?:项目)?|(?:整体)?迁建(?:项目)?|[一二三四五六七八九十]期(?:工程|项目)?|(?:改造|扩建|新建)(?:工程|项目)?)(?=[，。；、：,;]|$|[已正基开推完取实进顺全等选建投启竣落])/gu;
/** The words of a facility's work, one of which FACILITY_WORK needs: the cheap test before it. */
const FACILITY_WORK_WORD = /院区|校区|分院|迁建|期|改造|扩建|新建/u;
/** A quoted item followed by more quoted items and then 等活动/等行动. */
const LISTED_ACTIVITY = /^(?:、“[^“”]{2,20}”)*等(?:系列)?(?:活动|行动|工程|项目)/u;
/** A five-year plan by its number (“十四五”): the plan of that period. */
const FIVE_YEAR_PLAN = /^十[一二三四五六七八九]五$/u;
const ENDS_WITH_SELF_HEAD = new RegExp(`(?:${alternation(QUOTED_SELF_HEADS)})$`, "u");
const INTRODUCING = [...ORGANIZE_VERBS, ...PUBLISH_VERBS];
/** Characters a name runs over between its verb and its head: anything but clause and list punctuation. */
const NAME_CHAR = "[^，。；、：“”《》()（）\\s]";
/** A verb that introduces an activity, then the activity up to its head, within one clause. */
const INTRODUCED = new RegExp(`(?:${alternation(INTRODUCING)})(${NAME_CHAR}{2,28}?(?:${HEADS}))(?=[，。；、：,;]|$|上|中|后|等|和)`, "gu");
/** A project head somewhere in the sentence: the cheap test before the patterns that end in one. */
const HAS_PROJECT_HEAD = new RegExp(HEADS, "u");
/** A verb of advancing or creating, then a programme or designation up to a strong head (推进兴边富民行动, 争创全国文明城市). */
const ADVANCED = new RegExp(
  `(?:${alternation([...ADVANCE_VERBS, ...CREATE_VERBS])})了?(${NAME_CHAR}{2,24}?(?:${alternation([...STRONG_HEADS, ...DESIGNATION_HEADS])}))(?=[，。；、：,;]|$|上|中|后|等|和|进程)`,
  "gu",
);
/** A strong or designation head somewhere in the sentence: the cheap test before the verb patterns that end in one. */
const HAS_STRONG_HEAD = new RegExp(alternation([...STRONG_HEADS, ...DESIGNATION_HEADS]), "u");
/** Verbs that open a list whose items are projects when they end in a head (开展A、B试点). */
const LIST_OPENER = new RegExp(`(?:${alternation([...INTRODUCING, ...ADVANCE_VERBS, ...CREATE_VERBS])})`, "gu");
/**
 * A verb inside a phrase that a looser word before it took in (继续实施X战略, 、推进X行动, 建设中必须实施X战略): the name
 * starts after the last one. Verbs of creating stay, as names hold them (某某创建工程, 某基地建设专题协商).
 */
const LAST_VERB = new RegExp(`^.*(?:${alternation([...INTRODUCING, ...ADVANCE_VERBS])})`, "u");
/** A designation's opening that names it: a level or the nation. */
const NAMED_START = /^(?:国家|全国|国际|省级|自治区级|市级)/u;
/** Heads too weak to make a list item a project without a verb of its own (某某协同模式, 某某服务平台). */
const WEAK_LIST_HEAD = /(?:模式|体系|平台|品牌|评价|调研|工作法)$/u;
/** Conjunctions that join two things: a phrase holding one is two names, not one. */
const CONJUNCTIONS = new Set(["和", "与", "及", "或", "以及", "并"]);
/** The next item of an enumeration, ending in a project head. */
const NEXT_ITEM = new RegExp(`^、(${NAME_CHAR}{2,28}?(?:${HEADS}))(?=[，。；、：,;]|$|等|和)`, "u");
/** The last item of a list after a verb: up to its head, before 等, 和 or the predicate of the clause. */
const LAST_ITEM = new RegExp(`^${NAME_CHAR}{2,28}?(?:${HEADS})(?=$|等|和|纳入|建设|工作)`, "u");
/** A programme's head followed by what is said of its progress (某某惠民工程深入实施): the clause before it is its name. */
const PROGRAMME_PROGRESS = /(?:专项行动|工程|行动|计划)(?=(?:已经|已|正式|全面|深入|顺利|扎实|稳步|加快|有序|持续)?(?:启动|实施|推进|完成|开工|竣工|建成|取得|进展|成效))/gu;
/** Marks that open a clause: a subject's name starts after the last one before it. */
const CLAUSE_MARK = /[，。；：,;:]/u;
/** Modifiers that make a programme generic rather than named (重点工程, 民生工程). */
const GENERIC_MODIFIER = /^(?:重点|重大|民生|各项|这些|一批|多个|所有|全市|全省|全区|全县|全国|我国|我市|我省|我区|我县|其他|相关|有关|国家重大|国家重点)/u;
/** Openings of a programme phrase that make it a class, not a name (国家重大发展战略, 我国某某示范区). */
const GENERIC_PROGRAMME = /^(?:我国|我市|我省|我区|重点|重大|国家重大|国家重点|各项|一批|这些|有关|相关)/u;
/** A class of works rather than one (一批重大项目, 水利重点工程, 新的工程). */
const CLASS_OF_WORKS = /一批|一些|若干|多个|各类|的|(?:重点|重大|民生|基础设施|建设)(?:工程|项目)$/u;
/** A meeting named by where something happened: 在…交流会上, 在…会议上. */
const AT_MEETING = /在([^，。；、：“”《》\s在]{4,30}?(?:会议|交流会|大会|全会|论坛|座谈会|推进会|研讨会|博览会))上/gu;
/** Sessions and plenums: 七届十次全会, 第三十二次会议, 十九届五中全会, 十二届七次、八次全会, 十四届五次全委扩大会议. */
const SESSION =
  /(?:第?[一二三四五六七八九十百]+届)?(?:第?[一二三四五六七八九十百]+次(?:、第?[一二三四五六七八九十百]+次)*|[一二三四五六七八九十]+中)(?:全体(?:扩大)?会议|全委(?:扩大)?会议|全委会|扩大会议|常务会议|全会|会议|大会)/gu;
/** The Party's national congresses by number: 党的十九大. */
const PARTY_CONGRESS = /党的[一二三四五六七八九十]{1,3}大(?![会学])/gu;
/** A body's work conference (中央经济工作会议, 省委农村工作会议, 全市安全生产工作会议): the domain before 工作会议. */
const WORK_MEETING = /工作(?:会议|大会)/gu;
/** A whole unit holding a work conference (全市经济工作会议). */
const WHOLE_UNIT = /(?:全国|全省|全市|全区|全县|全州|全盟|全旗)$/u;
/** A rule set with its count (八项规定, 28条配套规定, 十项要求); its body is named before it. */
const RULE_SET = new RegExp(`[一二三四五六七八九十百\\d]{1,3}[项条](?:${alternation(RULE_NOUNS)})`, "gu");
/** Censuses by their ordinal (第三次全国经济普查, 第六次人口普查, 第三次全国国土调查) or national (全国农业普查). */
const CENSUS = /第[一二三四五六七八九十]{1,3}次(?:全国[\u4e00-\u9fff]{2,6}?(?:普查|调查)|[\u4e00-\u9fff]{2,6}?普查)|全国[\u4e00-\u9fff]{2,4}?普查/gu;
/** Five-year plans by their ordinal (第一个五年计划, 第十四个五年规划), in either script. */
const ORDINAL_PLAN = /第[一二三四五六七八九十]{1,3}个五年(?:计划|計划|規划|规划)/gu;
/** What continues a plan's number into the title of a document about it. */
const PLAN_TITLE_GOES_ON = /^(?:纲要|和|的建议|建议|的编制|编制|（草案）)/u;
/** Events by edition: 首届中国国际进口博览会, 全国第十四届冬运会, 第二次长三角“三市一区”政协主席联席会议. */
const EDITION = new RegExp(
  `(?:全国|全省|全市)?(?:首届|第[一二三四五六七八九十百\\d]{1,4}[届次])([\\u4e00-\\u9fff“”·]{2,20}?)(?:${alternation(EVENT_HEADS)})`,
  "gu",
);
/** Names of bodies and sessions, which an edition's name must not run over. */
const NOT_EVENT_NAME = /代表大会|人民代表|委员会|全会|党代会|常委会/u;
/** An edition or place written before a quoted name (第二次长三角“…”). */
const ORDINAL_PREFIX = /(?:首届|第[一二三四五六七八九十百\d]{1,4}[届次])[\u4e00-\u9fff]{0,6}$/u;
/** Words before a quoted name that are levels, places or work in general, never part of the name. */
const NOT_PREFIX = new Set(["工作", "全国", "全省", "全市", "全区", "全县", "自治区", "城市", "农村", "城乡", "我市", "我省", "我区", "我县", "本市", "各地", "国家", "省级", "市级", "重点", "全面"]);
/** Ends of a phrase naming an event held about a quoted topic (“…”课题动员会), which outranks the topic's own head. */
const EVENT_END = /(?:会|会议|活动|行动|仪式|论坛|讲座|展|赛)$/u;
/** A round or batch written before a quoted name (第三轮“…”, 新一轮“…”). */
const ROUND_BEFORE = /(?:第[一二三四五六七八九十\d]{1,3}|新一|首)[轮批期]$/u;
/** Tags of words that would be part of a noun phrase before a quoted name. */
const NOMINAL_TAG = /^(?:n|vn|a|b|m|f|s|l)/u;
/** Verbs after which a quoted name alone is the thing carried out (实施“五个十大”), even when it reads like a slogan. */
const CARRY_OUT = /(?:滚动实施|组织实施|深入实施|实施|启动|开展)$/u;
/** What is said of a building named as a subject (某中学教学楼投入使用, 某文体馆建设基本完工). */
const BUILT_PREDICATE = new RegExp(`(?:建设)?(?:刚刚|已经|已|正式|顺利|全面|相继)?(?:${alternation(CONSTRUCTION_PREDICATES)})`, "gu");
const MAY_BE_BUILT = firstChars(CONSTRUCTION_PREDICATES.concat(["建设", "刚刚", "已经", "已", "正式", "顺利", "全面", "相继"]));
const ENDS_WITH_BUILDING = new RegExp(`(?:${alternation(BUILDING_HEADS)})$`, "u");
/** A construction verb and the list of what it built (投用A、B和C, 开工建设X等项目). */
const BUILT_LIST = new RegExp(`(?:${alternation(CONSTRUCTION_VERBS)})([^，。；：,;:]{3,80}?)(?=[，。；：,;:]|$|等)`, "gu");
/** A zone written before the building it holds (甬江科创区甬江实验室B区一期): the zone is a place, not part of the name. */
const LEADING_ZONE = /^[\u4e00-\u9fff]{2,8}?(?:科创区|科学城|科技城|新区|高新区|开发区|经开区|园区)(?=[\u4e00-\u9fffA-Za-z]{4})/u;
/** A named infrastructure item listed before 等…项目 (推动某某跨海通道等重大项目). */
const LISTED_WORK = new RegExp(
  `(?:^|[，。；：,;:])((?:[\\u4e00-\\u9fffA-Za-z\\d]{3,20}、){0,6}[\\u4e00-\\u9fffA-Za-z\\d]{3,20}?)等[\\u4e00-\\u9fff]{0,6}?(?:项目|工程)`,
  "gu",
);
/**
 * What opens a work's name without being part of it: a clause's verb (全力推动某铁路), an amount or other modifier ending
 * in 的 (投资5100万元的某工程), a time word.
 */
const WORK_LEAD = /^(?:.*(?:推动|推进|加快|实施|谋划|启动|争取|开工建设|开工|建成|投用|完成|的)|前不久|不久前|近日|日前|此前|随后|同时|如今|目前|今年|去年|年内)/u;
/** Facilities whose rebuilding or relocation is a work (某学校改造, 某医院迁建), unlike a class of areas (棚户区改造). */
const REBUILT_FACILITY = /(?:学校|中学|小学|幼儿园|医院|卫生院|敬老院|养老院|馆|楼|厂|站|中心)(?:改造|迁建|扩建|改扩建)$/u;
/** What a listed work ends in: a building or phase, a facility, or the kind of work done to one. */
const ENDS_WITH_WORK = new RegExp(`(?:${alternation([...BUILDING_HEADS, "学校", "中学", "小学", "幼儿园", "医院", "卫生院", "敬老院", "养老院", "改造", "迁建", "扩建"])})$`, "u");
const NAMED_PROGRAMME = new RegExp(alternation(NAMED_PROGRAMMES), "gu");
/** A quality and a place built into it (平安山西建设, 健康北京建设). */
const CAMPAIGN_PLACES: ReadonlySet<string> = new Set([...Object.keys(PROVINCES), ...CITY_PROVINCE.keys(), "中国"]);
const QUALITIES: ReadonlySet<string> = new Set(CAMPAIGN_QUALITIES);
const GENERIC_START = /^(?:工作|有关|相关|各项|一系列|多种|各类|[\d一二三四五六七八九十百千]|[和以在向与及对把将为从了着])|等|以/u;
/** Kinds of works of art: a title after them (话剧《…》) names a work, not a project. */
const WORK_OF_ART = /(?:话剧|歌曲|电影|电视剧|小说|舞剧|歌剧|戏曲|纪录片|诗集|舞蹈|音乐剧|动画片|作品)(?:《[^《》]*》[、，]?)*$/u;
/** Time words that open a clause before a name (在前不久…大会上, 如今某楼刚刚启用). */
const TIME_START = /^(?:前不久|不久前|近日|日前|此前|随后|同时|如今|目前|今年|去年|年内)/u;

/** Rule families by the characters one of which each needs (a bit each). */
const CUE = {
  book: 1 << 0, open: 1 << 1, close: 1 << 2, introduce: 1 << 3, advance: 1 << 4, list: 1 << 5, programme: 1 << 6, at: 1 << 7,
  facility: 1 << 8, session: 1 << 9, party: 1 << 10, meeting: 1 << 11, count: 1 << 12, census: 1 << 13, plan: 1 << 14,
  building: 1 << 15, named: 1 << 16, build: 1 << 17,
} as const;
/** For each UTF-16 unit, the families it cues. */
const CUE_BITS = new Uint32Array(0x10000);
for (const [cue, chars] of [
  [CUE.book, "《"], [CUE.open, "“"], [CUE.close, "”"], [CUE.list, "、"], [CUE.programme, "程动划"], [CUE.at, "在"], [CUE.facility, "院校分迁期改扩新"],
  [CUE.session, "届次"], [CUE.party, "党"], [CUE.meeting, "会"], [CUE.count, "项条"], [CUE.census, "查"], [CUE.plan, "年"],
  [CUE.building, "楼馆院区期程目道桥路场园"], [CUE.build, "设"],
  [CUE.introduce, INTRODUCING.map((verb) => verb[0]).join("")], [CUE.advance, [...ADVANCE_VERBS, ...CREATE_VERBS].map((verb) => verb[0]).join("")],
  [CUE.named, NAMED_PROGRAMMES.map((name) => name[0]).join("")],
] as const) {
  for (const char of chars) CUE_BITS[char.charCodeAt(0)] = (CUE_BITS[char.charCodeAt(0)] ?? 0) | cue;
}
/** The families a sentence's characters cue. */
function cuesOf(text: string): number {
  let cues = 0;
  for (let i = 0; i < text.length; i++) cues |= CUE_BITS[text.charCodeAt(i)] ?? 0;
  return cues;
}

/** The project extractor. */
export const projectExtractor: MentionExtractor = {
  type: "Project",
  extract(context) {
    const found: Candidate[] = [];
    const { text } = context;
    // One pass over the characters tells which rule families can match at all; most sentences need few of them.
    const cues = cuesOf(text);
    if (cues & CUE.book) addBookTitles(text, found);
    if (cues & CUE.open) for (const match of text.matchAll(QUOTED)) addQuoted(context, (match.index ?? 0) + 1, match[1] ?? "", found);
    const carried = cues & CUE.close ? CARRIED_QUOTE.exec(text) : null;
    if (carried && !text.slice(0, carried[0].length).includes("“")) addQuoted(context, 0, carried[1] ?? "", found);
    const headed = (cues & (CUE.introduce | CUE.advance)) !== 0 && HAS_PROJECT_HEAD.test(text);
    if (headed && cues & CUE.introduce) addIntroduced(context, INTRODUCED, "project-introduced", found);
    if (cues & CUE.advance && HAS_STRONG_HEAD.test(text)) addIntroduced(context, ADVANCED, "project-advanced", found);
    if (headed && cues & CUE.list) addListItems(context, found);
    if (cues & CUE.programme) addSubjectProgrammes(context, found);
    if (cues & CUE.at) addAtMeetings(text, found);
    if (cues & CUE.facility && FACILITY_WORK_WORD.test(text)) addFacilityWorks(text, found);
    if (cues & CUE.session || text.includes("中全会")) addSessions(context, found);
    if (cues & CUE.party && text.includes("党的")) addMatches(text, PARTY_CONGRESS, "project-party-congress", 4, found);
    if (cues & CUE.meeting && (text.includes("工作会议") || text.includes("工作大会"))) addWorkMeetings(context, found);
    if (cues & CUE.count) addRuleSets(text, found);
    if (cues & CUE.census) addMatches(text, CENSUS, "project-census", 4, found);
    if (cues & CUE.plan && text.includes("五年")) addOrdinalPlans(text, found);
    if (cues & CUE.session) addEditions(text, found);
    if (cues & CUE.building) addBuildings(context, found);
    if (cues & CUE.named) addMatches(text, NAMED_PROGRAMME, "project-named-programme", 3, found);
    if (cues & CUE.build && text.includes("建设")) addCampaigns(text, found);
    if (cues & CUE.count) dropNestedRuleSets(found);
    return found;
  },
};

function addMatches(text: string, pattern: RegExp, rule: string, priority: number, found: Candidate[]): void {
  for (const match of text.matchAll(pattern)) found.push({ type: "Project", start: match.index ?? 0, end: (match.index ?? 0) + match[0].length, rule, priority });
}

function addFacilityWorks(text: string, found: Candidate[]): void {
  for (const match of text.matchAll(FACILITY_WORK)) {
    // 加快推进某医院新院区选址: the clause's verb opens the match, not the name.
    const lead = WORK_LEAD.exec(match[0])?.[0].length ?? 0;
    const start = (match.index ?? 0) + lead;
    if (match[0].length - lead >= 4) found.push({ type: "Project", start, end: (match.index ?? 0) + match[0].length, rule: "project-facility-work", priority: 3 });
  }
}

/** 平安山西建设, 健康北京建设: a quality, a province or city, and 建设 (read back from each 建设, no pattern scan). */
function addCampaigns(text: string, found: Candidate[]): void {
  for (let at = text.indexOf("建设"); at >= 0; at = text.indexOf("建设", at + 2)) {
    for (let place = 2; place <= 3; place++) {
      const from = at - place - 2;
      if (from >= 0 && CAMPAIGN_PLACES.has(text.slice(at - place, at)) && QUALITIES.has(text.slice(from, at - place))) {
        found.push({ type: "Project", start: from, end: at + 2, rule: "project-campaign", priority: 3 });
        break;
      }
    }
  }
}

function addBookTitles(text: string, found: Candidate[]): void {
  for (const match of text.matchAll(BOOK_TITLE)) {
    const start = (match.index ?? 0) + 1;
    const title = match[1] ?? "";
    if (title.length <= 2 || WORK_OF_ART.test(text.slice(0, start - 1))) continue;
    const head = HEAD_AFTER.exec(text.slice(start + title.length + 1));
    if (head && /系列|丛书|汇编|文集/u.test(head[0])) {
      found.push({ type: "Project", start: start - 1, end: start + title.length + 1 + head[0].length, rule: "project-book-title-head", priority: 3 });
    } else {
      found.push({ type: "Project", start, end: start + title.length, rule: "project-book-title", priority: 3 });
    }
  }
}

/** A phrase after an introducing verb, cut after its last 的, when its name before the head is long enough. */
function introducedName(phrase: string): number {
  // 实施新修订的外商投资产业指导目录: the name starts after the last 的.
  const cut = phrase.startsWith("党的") ? 0 : phrase.lastIndexOf("的") + 1;
  const head = headLength(phrase);
  // A short head needs three characters of name before it (…项目), a long one two (党史学习教育).
  if (phrase.length - cut - head < (head >= 4 ? 2 : 3) || GENERIC_START.test(phrase.slice(cut))) return -1;
  return cut;
}

function addIntroduced(context: SentenceContext, pattern: RegExp, rule: string, found: Candidate[]): void {
  const { text } = context;
  for (const match of text.matchAll(pattern)) {
    const whole = match[1] ?? "";
    const verb = LAST_VERB.exec(whole)?.[0].length ?? 0;
    const phrase = whole.slice(verb);
    const start = (match.index ?? 0) + match[0].length - phrase.length;
    if (pattern === ADVANCED && (joinsTwo(context, start, start + phrase.length) || GENERIC_PROGRAMME.test(phrase) || !namedAfterBuild(match[0], phrase))) continue;
    const cut = introducedName(phrase);
    if (cut < 0 || !isTokenBoundary(context, start + cut)) continue;
    found.push({ type: "Project", start: start + cut, end: start + phrase.length, rule, priority: 2 });
    // 开展A、B、C: every item of the enumeration that ends in a head is a project too.
    for (let at = start + phrase.length, next = NEXT_ITEM.exec(text.slice(at)); next; next = NEXT_ITEM.exec(text.slice(at))) {
      const item = next[1] ?? "";
      if (!GENERIC_START.test(item) && item.length - headLength(item) >= 2) found.push({ type: "Project", start: at + 1, end: at + 1 + item.length, rule: "project-enumerated", priority: 2 });
      at += 1 + item.length;
    }
  }
}

/** After 建设, only a designation that opens with a place or a level names one (建设某市某基地, not 建设成果转化基地). */
function namedAfterBuild(opened: string, phrase: string): boolean {
  if (!opened.startsWith("建设")) return true;
  return NAMED_START.test(phrase) || CAMPAIGN_PLACES.has(phrase.slice(0, 2)) || CAMPAIGN_PLACES.has(phrase.slice(0, 3));
}

/** 开展A、B试点: items of a list after a verb that end in a head, even when the first does not. */
function addListItems(context: SentenceContext, found: Candidate[]): void {
  const { text } = context;
  for (const opener of text.matchAll(LIST_OPENER)) {
    const from = (opener.index ?? 0) + opener[0].length;
    const clauseEnd = text.slice(from).search(/[，。；：,;:]/u);
    const clause = text.slice(from, clauseEnd < 0 ? text.length : from + clauseEnd);
    if (!clause.includes("、")) continue;
    const build = opener[0] === "建设";
    let at = from;
    const items = clause.split("、");
    items.forEach((raw, index) => {
      // The last item ends where the list does: before 等, 和 or the rest of the clause's predicate.
      const listed = index === items.length - 1 ? lastItem(raw) : raw;
      const verb = LAST_VERB.exec(listed)?.[0].length ?? 0;
      const item = listed.slice(verb);
      const start = at + verb;
      if (item.length <= 28 && headLength(item) > 0 && !WEAK_LIST_HEAD.test(item) && !GENERIC_PROGRAMME.test(item) && (!build || namedAfterBuild("建设", item)) && !/[“”《》]/u.test(item) && !joinsTwo(context, start, start + item.length) && introducedName(item) === 0 && isTokenBoundary(context, start)) {
        found.push({ type: "Project", start, end: start + item.length, rule: "project-enumerated", priority: 2 });
      }
      at += raw.length + 1;
    });
  }
}

/** The last item of a list: up to the first head followed by 等, 和 or a verb's clause. */
function lastItem(raw: string): string {
  return LAST_ITEM.exec(raw)?.[0] ?? "";
}

function addSubjectProgrammes(context: SentenceContext, found: Candidate[]): void {
  const { text } = context;
  for (const match of text.matchAll(PROGRAMME_PROGRESS)) {
    const end = (match.index ?? 0) + match[0].length;
    const clause = clauseStart(text, match.index ?? 0);
    const name = text.slice(clause, end);
    const lead = TIME_START.exec(name)?.[0].length ?? 0;
    const body = name.slice(lead);
    if (body.length < 3 || body.length > 16 || !/^[\u4e00-\u9fff\d]+$/u.test(body)) continue;
    if (GENERIC_START.test(body) || GENERIC_MODIFIER.test(body) || CLASS_OF_WORKS.test(body) || body.length - headLength(body) < 3 || !isTokenBoundary(context, clause + lead)) continue;
    found.push({ type: "Project", start: clause + lead, end, rule: "project-subject", priority: 2 });
  }
}

/** The start of the clause holding offset `at`: after the last clause mark before it. */
function clauseStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (CLAUSE_MARK.test(text[i] ?? "")) return i + 1;
  return 0;
}

function addAtMeetings(text: string, found: Candidate[]): void {
  for (const match of text.matchAll(AT_MEETING)) {
    const lead = TIME_START.exec(match[1] ?? "")?.[0].length ?? 0;
    const start = (match.index ?? 0) + 1 + lead;
    found.push({ type: "Project", start, end: start + (match[1] ?? "").length - lead, rule: "project-meeting", priority: 3 });
  }
}

function addSessions(context: SentenceContext, found: Candidate[]): void {
  const { text } = context;
  let owners: Candidate[] | undefined;
  for (const match of text.matchAll(SESSION)) {
    const at = match.index ?? 0;
    const end = at + match[0].length;
    // A session belongs to the body named right before it: 市委七届十次全会, 人大常委会第三十二次会议, 五届人大三次会议.
    let start = bodyBefore(text, at);
    if (start < 0 && /[会委府]$/u.test(text.slice(0, at))) {
      // A body the short list of organs does not know (中央全面深化改革委员会): ask the organization rules, rarely.
      owners ??= organizationExtractor.extract(context);
      start = owners.filter((o) => o.end === at).reduce((first, o) => (first < 0 || o.start < first ? o.start : first), -1);
    }
    if (start >= 0) found.push({ type: "Project", start, end, rule: "project-session", priority: 4 });
    else if (/^[一二三四五六七八九十]+中全会$/u.test(match[0]) || text.slice(0, at).endsWith("党的")) {
      // 党的二十届四中全会, 三中全会: the Party's plenums are named without a body.
      const from = text.slice(0, at).endsWith("党的") ? at - 2 : at;
      found.push({ type: "Project", start: from, end, rule: "project-party-session", priority: 4 });
    }
  }
}

/** 中央经济工作会议, 省委农村工作会议, 全市安全生产工作会议: a body or a whole unit, a domain, and 工作会议. */
function addWorkMeetings(context: SentenceContext, found: Candidate[]): void {
  const { text } = context;
  for (const match of text.matchAll(WORK_MEETING)) {
    const at = match.index ?? 0;
    for (let domain = 2; domain <= 6 && domain <= at; domain++) {
      const from = at - domain;
      if (!/^[\u4e00-\u9fff]+$/u.test(text.slice(from, at)) || /[的和与]/u.test(text.slice(from, at))) break;
      if (!isTokenBoundary(context, from)) continue;
      const whole = WHOLE_UNIT.exec(text.slice(Math.max(0, from - 2), from))?.[0].length ?? 0;
      const start = whole > 0 ? from - whole : bodyBefore(text, from);
      if (start < 0) continue;
      found.push({ type: "Project", start, end: at + match[0].length, rule: "project-session", priority: 4 });
      break;
    }
  }
}

/** 贯彻中央八项规定精神学习教育: a rule set named inside a longer project's name is part of that name, not a mention. */
function dropNestedRuleSets(found: Candidate[]): void {
  for (let i = found.length - 1; i >= 0; i--) {
    const rule = found[i];
    if (rule?.rule !== "project-rule-set") continue;
    if (found.some((other) => other.rule !== rule.rule && other.start <= rule.start && rule.end < other.end)) found.splice(i, 1);
  }
}

/** 中央八项规定, 自治区党委28条配套规定: a counted rule set is a project when the body that issued it is named. */
function addRuleSets(text: string, found: Candidate[]): void {
  for (const match of text.matchAll(RULE_SET)) {
    const at = match.index ?? 0;
    const start = bodyBefore(text, at);
    if (start >= 0) found.push({ type: "Project", start, end: at + match[0].length, rule: "project-rule-set", priority: 4 });
  }
}

function addOrdinalPlans(text: string, found: Candidate[]): void {
  for (const match of text.matchAll(ORDINAL_PLAN)) {
    const start = match.index ?? 0;
    // 国民经济和社会发展第十五个五年规划纲要, 《…规划的建议》: the number is part of a longer title, read as that.
    if (PLAN_TITLE_GOES_ON.test(text.slice(start + match[0].length)) || text.lastIndexOf("《", start) > text.lastIndexOf("》", start)) continue;
    found.push({ type: "Project", start, end: start + match[0].length, rule: "project-five-year-plan", priority: 4, canonical: match[0].replace("計", "计").replace("規", "规") });
  }
}

function addEditions(text: string, found: Candidate[]): void {
  for (const match of text.matchAll(EDITION)) {
    const name = match[1] ?? "";
    // A quoted name is extended by its edition where the quotation is read (addQuoted).
    if (NOT_EVENT_NAME.test(name) || name.includes("“")) continue;
    const start = match.index ?? 0;
    found.push({ type: "Project", start, end: start + match[0].length, rule: "project-edition", priority: 4 });
  }
}

/** Buildings and phases: named as a subject with what happened to them, or listed after a verb of building. */
function addBuildings(context: SentenceContext, found: Candidate[]): void {
  const { text } = context;
  const push = (from: number, item: string, ends: RegExp) => {
    const opening = WORK_LEAD.exec(item)?.[0].length ?? 0;
    const lead = opening + (LEADING_ZONE.exec(item.slice(opening))?.[0].length ?? 0);
    const name = item.slice(lead);
    if ((/(?:改造|迁建|扩建)$/u.test(name) && !REBUILT_FACILITY.test(name)) || CLASS_OF_WORKS.test(name)) return;
    if (name.length < 4 || name.length > 24 || !ends.test(name) || joinsTwo(context, from + lead, from + item.length) || GENERIC_START.test(name) || GENERIC_MODIFIER.test(name) || /[“”《》]/u.test(name)) return;
    // A short head needs three characters of name before it (某某楼), a long one two (沪甬跨海通道).
    const head = buildingHeadLength(name);
    if (name.length - head < (head >= 4 ? 2 : 3) || !isTokenBoundary(context, from + lead)) return;
    // Stronger than a body's name read from the same words: what was built or opened is the work, not the body.
    found.push({ type: "Project", start: from + lead, end: from + lead + name.length, rule: "project-building", priority: 4 });
  };
  for (const match of MAY_BE_BUILT.test(text) ? text.matchAll(BUILT_PREDICATE) : []) {
    // The clause before the predicate lists what was built: 某医院新院区、某院区二期开诊运行.
    const end = match.index ?? 0;
    let at = clauseStart(text, end);
    if (end - at < 3 || !ENDS_WITH_BUILDING.test(text.slice(Math.max(at, end - 5), end))) continue;
    for (const item of text.slice(at, end).split("、")) {
      push(at, item, ENDS_WITH_BUILDING);
      at += item.length + 1;
    }
  }
  if (/[建投启竣续]/u.test(text)) {
    for (const match of text.matchAll(BUILT_LIST)) {
      let at = (match.index ?? 0) + match[0].length - (match[1] ?? "").length;
      for (const item of (match[1] ?? "").split(/[、和]/u)) {
        push(at, item, ENDS_WITH_BUILDING);
        at += item.length + 1;
      }
    }
  }
  // 学府路某学校、某学校改造等工程: each listed work before the class of works.
  for (const match of text.includes("等") && /项目|工程/u.test(text) ? text.matchAll(LISTED_WORK) : []) {
    const listed = match[1] ?? "";
    let at = (match.index ?? 0) + match[0].indexOf(listed);
    for (const item of listed.split("、")) {
      push(at, item, ENDS_WITH_WORK);
      at += item.length + 1;
    }
  }
}

/** A quoted name is a project when a project head ends it or follows it; slogans (“四个意识”) are not. */
function addQuoted(context: SentenceContext, start: number, quoted: string, found: Candidate[]): void {
  if (/[，。；！？,;!?]/u.test(quoted)) return;
  const after = context.text.slice(start + quoted.length + 1);
  const headed = HEAD_AFTER.exec(after);
  const longer = quotedTail(context, start + quoted.length + 1);
  // “…”课题动员会: a longer phrase that ends in a head names the thing better than its first head.
  const head = headed && (headed[0].length >= longer || !EVENT_END.test(after.slice(0, longer))) ? headed : null;
  const tail = head ? head[0].length : longer;
  if (tail > 0) {
    // “五型政协”建设: the name with its head is the project; the quoted words alone are how the text refers to it.
    const end = start + quoted.length + 1 + tail;
    const prefix = quotePrefix(context, start - 1);
    const canonical = context.text.slice(start - 1 - prefix, start - 1) + quoted + (head ? (head[1] ?? "") : after.slice(0, tail));
    const rule = head ? "project-quoted-head" : "project-quoted-tail";
    if (prefix > 0) found.push({ type: "Project", start: start - 1 - prefix, end, rule, priority: 4, canonical });
    found.push({ type: "Project", start: start - 1, end, rule, priority: 4, canonical });
    if (!head || !SLOGAN.test(quoted)) found.push({ type: "Project", start, end: start + quoted.length, rule, priority: 4, canonical });
    return;
  }
  if (LISTED_ACTIVITY.test(after) && !SLOGAN.test(quoted)) {
    // 开展“A”、“B”等活动: each quoted item of a list of activities is one.
    found.push({ type: "Project", start, end: start + quoted.length, rule: "project-quoted-listed", priority: 4 });
    return;
  }
  if (FIVE_YEAR_PLAN.test(quoted)) {
    found.push({ type: "Project", start: start - 1, end: start + quoted.length + 1, rule: "project-five-year-plan", priority: 4, canonical: `${quoted}规划` });
    return;
  }
  if (ENDS_WITH_SELF_HEAD.test(quoted) && quoted.length >= 4) {
    found.push({ type: "Project", start, end: start + quoted.length, rule: "project-quoted", priority: 4 });
    return;
  }
  // 第三轮“百企帮百村”, 新一轮“某某”: a programme run in rounds, though its name reads like a slogan.
  if (ROUND_BEFORE.test(context.text.slice(Math.max(0, start - 6), start - 1))) {
    found.push({ type: "Project", start, end: start + quoted.length, rule: "project-quoted-round", priority: 4 });
    return;
  }
  // 滚动实施“五个十大”: what is carried out is a programme, though its name reads like a numbered slogan.
  if (CARRY_OUT.test(context.text.slice(Math.max(0, start - 5), start - 1)) && /^(?:[，。；,;]|$)/u.test(after)) {
    found.push({ type: "Project", start, end: start + quoted.length, rule: "project-quoted-carried-out", priority: 4 });
  }
}

/**
 * The length of what is written before a quoted name as part of it (0: nothing): an edition and place
 * (第二次长三角“…”联席会议) or one common noun (工业“标准地”改革), never a level, a place alone or a body.
 */
function quotePrefix(context: SentenceContext, open: number): number {
  const before = context.text.slice(Math.max(0, open - 12), open);
  const ordinal = ORDINAL_PREFIX.exec(before)?.[0].length ?? 0;
  if (ordinal > 0 && isTokenBoundary(context, open - ordinal)) return ordinal;
  const token = context.tokens[context.tokenAt[open - 1] ?? -1];
  if (!token || token.end !== open || token.word.length < 2 || token.word.length > 4 || NOT_PREFIX.has(token.word)) return 0;
  // A noun, not a verbal noun: 建设“…”工程 and 升级“…”计划 are the clause's verb.
  if (token.tag !== "n" && token.tag !== "nz") return 0;
  const previous = context.tokens[(context.tokenAt[token.start - 1] ?? -1)];
  // The noun opens the name only when no other noun or modifier comes before it (深化工业“…”, not 宁波大学“…”).
  return !previous || !NOMINAL_TAG.test(previous.tag) ? token.word.length : 0;
}

/** The length of the longest noun phrase after a quoted name that ends in a project head at a word boundary (0: none). */
function quotedTail(context: SentenceContext, from: number): number {
  const { text, tokens } = context;
  let index = context.tokenAt[from] ?? -1;
  if (index < 0 || tokens[index]?.start !== from) return 0;
  // The longest such phrase: “1+2+4+N”目标任务体系, not “1+2+4+N”目标; it stops at a mark or a function word.
  let longest = 0;
  for (let token = tokens[index]; token && token.end - from <= TAIL_LONGEST && !TAIL_STOP.test(token.word); token = tokens[++index]) {
    if (ENDS_WITH_TAIL_HEAD.test(text.slice(from, token.end))) longest = token.end - from;
  }
  return longest;
}

/** Project heads by their last character, longest first: a phrase is compared only with the heads it may end in. */
const HEADS_BY_LAST = new Map<string, string[]>();
for (const head of [...new Set(PROJECT_HEADS)].sort((a, b) => b.length - a.length)) {
  const last = head[head.length - 1] ?? "";
  const list = HEADS_BY_LAST.get(last) ?? [];
  list.push(head);
  HEADS_BY_LAST.set(last, list);
}

/** Length of the longest project head the phrase ends in, or 0. */
function headLength(phrase: string): number {
  for (const head of HEADS_BY_LAST.get(phrase[phrase.length - 1] ?? "") ?? []) if (phrase.endsWith(head)) return head.length;
  return 0;
}

function buildingHeadLength(name: string): number {
  return BUILDING_HEADS.reduce((longest, head) => (head.length > longest && name.endsWith(head) ? head.length : longest), 0);
}

/** True when a conjunction joins two things inside the span (对话与谈判, 敬老院和养护院项目): it is not one name. */
function joinsTwo(context: SentenceContext, start: number, end: number): boolean {
  for (let index = context.tokenAt[start] ?? -1; index >= 0 && index < context.tokens.length; index++) {
    const token = context.tokens[index];
    if (!token || token.start >= end) break;
    if ((token.tag.startsWith("c") || token.tag === "p") && CONJUNCTIONS.has(token.word)) return true;
  }
  return false;
}
