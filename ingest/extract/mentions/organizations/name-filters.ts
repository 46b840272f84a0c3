// Spans with a head that name no single body: a kind (上市公司, 各级政府), several bodies, an epithet, a clause before 政府.

import type { Token } from "../../jieba-tagger.js";
import { CLASS_MODIFIERS } from "../../lexicon/organization-heads.js";
import { OFFICE_HEADS } from "./head-words.js";
import { isAdminPrefix } from "./organization-words.js";

/** A name made only of class modifiers before its head (国有商业银行, 公办幼儿园) names a kind of body. */
const CLASS_WORDS = new Set(CLASS_MODIFIERS);
const MAX_CLASS_WORD = Math.max(...CLASS_MODIFIERS.map((w) => w.length));
/** Class modifiers by the code of their first character: most characters start none, and are tried with no slice. */
const CLASS_FIRST_UNITS = new Uint8Array(0x10000);
for (const word of CLASS_MODIFIERS) CLASS_FIRST_UNITS[word.charCodeAt(0)] = 1;
/** A count or a quantifier before a name makes it a class (新建51所中小学, 各级人民政府, 2个学院). */
const QUANTITY_BEFORE =
  /(?:[\d０-９一二三四五六七八九十百千万两几数多]+(?:所|家|个|座|批|类|种|支|级)|各级?|各类|每个?|这些|一些|所有|部分|若干)$/u;
/** Words before 政府 in a government's name besides places (印度反动政府, 临时政府). */
const GOVERNMENT_WORDS = new Set([
  "人民",
  "临时",
  "联合",
  "自治",
  "殖民",
  "特区",
  "中央",
  "联邦",
  "国民",
  "民族",
  "过渡",
]);

/** Modifiers naming administrative levels only (市县, 省市县, 省辖市, 直辖市, 地级市). */
export const LEVELS_ONLY = /^(?:[省市县区州乡镇]{2,}|省辖市|直辖市|地级市|县级市|设区的?市)$/u;

/** Whether a text is made of class modifiers only, read left to right (国有|商业, 普惠性|民办). */
export function isClassName(text: string): boolean {
  // reachable[k]: the first k characters split into modifiers. Linear in the text, unlike a repeated alternation.
  const reachable = new Uint8Array(text.length + 1);
  reachable[0] = 1;
  for (let k = 0; k < text.length; k++) {
    if (!reachable[k] || CLASS_FIRST_UNITS[text.charCodeAt(k)] !== 1) continue;
    for (let length = 1; length <= MAX_CLASS_WORD && k + length <= text.length; length++)
      if (CLASS_WORDS.has(text.slice(k, k + length))) reachable[k + length] = 1;
  }
  return reachable[text.length] === 1;
}

/** Whether a name is a kind of body: class modifiers and a head (上市公司), or counted (51所中小学, 各级政府). */
export function namesAKind(text: string, start: number, surface: string, head: string): boolean {
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
export function governmentName(tokens: readonly Token[], first: number, head: number, start: number): boolean {
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

/** Plural or coordinated bodies (中英两国政府, 国共两党, 两院, 双方): not one body. */
const PLURAL = /两国|两党|两院|双方|各国|三国/u;
/**
 * Epithets of hostile parties (印度反动政府, 蒋介石卖国集团, 苏修叛徒集团, 美国侵略集团, 资产阶级司令部): a judgement of a
 * party, not the name of a body.
 */
const EPITHET =
  /反动|反革命|卖国|叛徒|侵略|反党|修正主义|阴谋|流氓|傀儡|法西斯|帝国主义|垄断资本|统治集团|战争集团|资产阶级|农奴主/u;

/** Whether a span with a head names no single body: several bodies at once, or an epithet. */
export function notOneBody(surface: string): boolean {
  return PLURAL.test(surface) || EPITHET.test(surface);
}

/** Modifiers that make a class whatever precedes them (上市公司, 公立医院, 全日制学校, 教育部直属师范大学). */
const OWNERSHIP = [
  "上市",
  "非上市",
  "公立",
  "公办",
  "民办",
  "私立",
  "国有",
  "民营",
  "私营",
  "全日制",
  "半日制",
  "普惠性",
  "直属",
  "部属",
  "所属",
  "下属",
  // 新华联全资子公司, X控股子公司: a firm's subsidiary, named by its owner only, is not named.
  "全资",
  "全资子",
  "控股子",
  "参股子",
];

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
