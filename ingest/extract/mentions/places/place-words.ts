// Word patterns and tests that the place rules share: name tags, unit endings, class words, quoted spans, weak rules.

/** Tags of words that may name a place or part of one. */
export const NAME_TAGS = new Set(["ns", "nr", "nrt", "nrfg", "nz", "x", "j"]);
/** A full administrative name ends in its level: such names chain (四川省凉山州西昌市 is one place). */
export const UNIT_END = /(?:省|市|州|县|区|旗|盟|地区|自治区)$/u;
/** Words jieba tags as places that look administrative but are classes (小城镇, 各省市, 文明城市). */
export const CLASS_PLACE =
  /^[各小全本该每某诸我从同以新旧老无]|城市|城镇|省市|市县|县区|乡镇|村镇|农村|城中村|城区|联盟|丘陵|沿海|内陆|边远|贫困|人均|一轮|青山/u;
/** Rules of candidates that are kept only as part of a longer place. */
export const WEAK = "place-weak-short";
export const ZONE_BASE = "place-zone-base";

/** Spans inside “…” and 《…》: names of other things, whose places the text does not name as places. */
export function quotedSpans(text: string): Array<[number, number]> {
  if (!text.includes("“") && !text.includes("《")) return [];
  return [...text.matchAll(/[“《][^“”《》]*[”》]/gu)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}
