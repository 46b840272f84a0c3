// Building works: a facility's phase or rebuilding (某医院迁建), a building named as a subject, works listed after a verb.

import type { Candidate, SentenceContext } from "../../extraction-types.js";
import { BUILDING_HEADS, CONSTRUCTION_PREDICATES, CONSTRUCTION_VERBS } from "../../lexicon/project-heads.js";
import { isTokenBoundary } from "../../sentence-context.js";
import {
  CLASS_OF_WORKS,
  GENERIC_MODIFIER,
  GENERIC_START,
  alternation,
  clauseStart,
  firstChars,
  joinsTwo,
} from "./project-words.js";

/** A facility's building project at the head of a clause or list item: 友谊医院通州院区二期, 口腔医院迁建, 急救中心整体迁建项目. */
const FACILITY_WORK =
  /(?<=^|[，。；、：,;])([\u4e00-\u9fff]{2,16}?(?:医院|学院|大学|学校|中学|小学|中心|实验室|研究所|幼儿园|博物馆|图书馆|体育馆|文体馆))((?:[\u4e00-\u9fff]{2,4}?)?(?:新院区|院区|校区|分院|新校区)(?:[一二三四五六七八九十]期)?(?:项目)?|(?:整体)?迁建(?:项目)?|[一二三四五六七八九十]期(?:工程|项目)?|(?:改造|扩建|新建)(?:工程|项目)?)(?=[，。；、：,;]|$|[已正基开推完取实进顺全等选建投启竣落])/gu;
/** The words of a facility's work, one of which FACILITY_WORK needs: the cheap test before it. */
export const FACILITY_WORK_WORD = /院区|校区|分院|迁建|期|改造|扩建|新建/u;
/** What is said of a building named as a subject (某中学教学楼投入使用, 某文体馆建设基本完工). */
const BUILT_PREDICATE = new RegExp(
  `(?:建设)?(?:刚刚|已经|已|正式|顺利|全面|相继)?(?:${alternation(CONSTRUCTION_PREDICATES)})`,
  "gu",
);
const MAY_BE_BUILT = firstChars(
  CONSTRUCTION_PREDICATES.concat(["建设", "刚刚", "已经", "已", "正式", "顺利", "全面", "相继"]),
);
const ENDS_WITH_BUILDING = new RegExp(`(?:${alternation(BUILDING_HEADS)})$`, "u");
/** A construction verb and the list of what it built (投用A、B和C, 开工建设X等项目). */
const BUILT_LIST = new RegExp(
  `(?:${alternation(CONSTRUCTION_VERBS)})([^，。；：,;:]{3,80}?)(?=[，。；：,;:]|$|等)`,
  "gu",
);
/** A zone written before the building it holds (甬江科创区甬江实验室B区一期): the zone is a place, not part of the name. */
const LEADING_ZONE =
  /^[\u4e00-\u9fff]{2,8}?(?:科创区|科学城|科技城|新区|高新区|开发区|经开区|园区)(?=[\u4e00-\u9fffA-Za-z]{4})/u;
/** A named infrastructure item listed before 等…项目 (推动某某跨海通道等重大项目). */
const LISTED_WORK = new RegExp(
  `(?:^|[，。；：,;:])((?:[\\u4e00-\\u9fffA-Za-z\\d]{3,20}、){0,6}[\\u4e00-\\u9fffA-Za-z\\d]{3,20}?)等[\\u4e00-\\u9fff]{0,6}?(?:项目|工程)`,
  "gu",
);
/**
 * What opens a work's name without being part of it: a clause's verb (全力推动某铁路), an amount or other modifier ending
 * in 的 (投资5100万元的某工程), a time word.
 */
const WORK_LEAD =
  /^(?:.*(?:推动|推进|加快|实施|谋划|启动|争取|开工建设|开工|建成|投用|完成|的)|前不久|不久前|近日|日前|此前|随后|同时|如今|目前|今年|去年|年内)/u;
/** Facilities whose rebuilding or relocation is a work (某学校改造, 某医院迁建), unlike a class of areas (棚户区改造). */
const REBUILT_FACILITY =
  /(?:学校|中学|小学|幼儿园|医院|卫生院|敬老院|养老院|馆|楼|厂|站|中心)(?:改造|迁建|扩建|改扩建)$/u;
/** What a listed work ends in: a building or phase, a facility, or the kind of work done to one. */
const ENDS_WITH_WORK = new RegExp(
  `(?:${alternation([...BUILDING_HEADS, "学校", "中学", "小学", "幼儿园", "医院", "卫生院", "敬老院", "养老院", "改造", "迁建", "扩建"])})$`,
  "u",
);

export function addFacilityWorks(text: string, found: Candidate[]): void {
  for (const match of text.matchAll(FACILITY_WORK)) {
    // 加快推进某医院新院区选址: the clause's verb opens the match, not the name.
    const lead = WORK_LEAD.exec(match[0])?.[0].length ?? 0;
    const start = (match.index ?? 0) + lead;
    if (match[0].length - lead >= 4)
      found.push({
        type: "Project",
        start,
        end: (match.index ?? 0) + match[0].length,
        rule: "project-facility-work",
        priority: 3,
      });
  }
}

/** Buildings and phases: named as a subject with what happened to them, or listed after a verb of building. */
export function addBuildings(context: SentenceContext, found: Candidate[]): void {
  const { text } = context;
  const push = (from: number, item: string, ends: RegExp) => {
    const opening = WORK_LEAD.exec(item)?.[0].length ?? 0;
    const lead = opening + (LEADING_ZONE.exec(item.slice(opening))?.[0].length ?? 0);
    const name = item.slice(lead);
    if ((/(?:改造|迁建|扩建)$/u.test(name) && !REBUILT_FACILITY.test(name)) || CLASS_OF_WORKS.test(name)) return;
    if (
      name.length < 4 ||
      name.length > 24 ||
      !ends.test(name) ||
      joinsTwo(context, from + lead, from + item.length) ||
      GENERIC_START.test(name) ||
      GENERIC_MODIFIER.test(name) ||
      /[“”《》]/u.test(name)
    )
      return;
    // A short head needs three characters of name before it (某某楼), a long one two (沪甬跨海通道).
    const head = buildingHeadLength(name);
    if (name.length - head < (head >= 4 ? 2 : 3) || !isTokenBoundary(context, from + lead)) return;
    // Stronger than a body's name read from the same words: what was built or opened is the work, not the body.
    found.push({
      type: "Project",
      start: from + lead,
      end: from + lead + name.length,
      rule: "project-building",
      priority: 4,
    });
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

function buildingHeadLength(name: string): number {
  return BUILDING_HEADS.reduce(
    (longest, head) => (head.length > longest && name.endsWith(head) ? head.length : longest),
    0,
  );
}
