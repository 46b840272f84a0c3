// Organizations: national bodies from a lexicon, admin-prefixed organs (市委, 省政协) and name chunks ending in a head.

import type { Candidate, MentionExtractor, SentenceContext } from "../../extraction-types.js";
import { ADMIN_ORGANS, ADMIN_PREFIXES, OWN_LEVEL_ORGANS } from "../../lexicon/organization-heads.js";
import { respectsWords } from "../../sentence-context.js";
import { compileLexicon } from "../lexicon-matcher.js";
import { ellipticalHeads, endsBeforeJoiner } from "./elliptical-heads.js";
import { headChunks } from "./head-chunks.js";
import { KNOWN_BODIES, enumeratedLevel, insideQuotes, isAdminPrefix } from "./organization-words.js";

const NATIONAL = compileLexicon(Object.keys(KNOWN_BODIES));
/** Bodies every level has, written bare for the report's own level (人大, 政协, 工会). */
const OWN_LEVEL = compileLexicon(Object.keys(OWN_LEVEL_ORGANS));
/** Words before a bare organ that make it a class (各级人大, 同级政协, 企业工会), not the report's own body. */
const CLASS_BEFORE_ORGAN =
  /(?:各级|同级|上级|下级|基层|各|企业|地方|县级|省级|市级|乡镇|村|社区|行业|非公|机关|学校|高校|这些|一些)$/u;
/** 市委, 省政协, 县人大常委会, 我市政府...: every administrative prefix with every organ, matched in one pass. */
const ADMIN_ORGAN = compileLexicon(
  ADMIN_PREFIXES.flatMap((prefix) =>
    ADMIN_ORGANS.flatMap((organ) => [prefix + organ, `我${prefix}${organ}`, `本${prefix}${organ}`]),
  ),
);
/** What makes 市委 the start of a longer word: 市委员会, 市委员, 省人大八届. */
/** Read where the organ ends (sticky), within the four characters after it, with no slice of the rest. */
const ORGAN_CONTINUES = /(?:员|[一二三四五六七八九十]{1,3}届)/uy;
/** First characters of the democratic parties' short names below: any other lexicon match is no party committee. */
const PARTY_FIRST_UNITS = new Set(["民", "农", "致", "九", "台"].map((c) => c.charCodeAt(0)));
const PARTY_LOCAL =
  /^(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)(?:中央|(?:[\u4e00-\u9fff]{2,3})?(?:省|市|区|县|州)委|[\u4e00-\u9fff]{2,3}(?:省|市|区|县|州)?(?:委员会|支部|总支|基层委员会))/u;
/** Characters before an admin organ that make it a class or a phrase (全市委, 各县政府). */
const NOT_BEFORE_ORGAN_UNITS = new Set(["全", "城", "各", "特"].map((c) => c.charCodeAt(0)));

/** The organization extractor: lexicon, admin-prefixed organs and head-noun chunks. */
export const organizationExtractor: MentionExtractor = {
  type: "Organization",
  extract(context) {
    const found: Candidate[] = [];
    for (const match of NATIONAL.findAll(context.text)) {
      const start = match.index;
      const local = PARTY_FIRST_UNITS.has(context.text.charCodeAt(start))
        ? PARTY_LOCAL.exec(context.text.slice(start))
        : null;
      if (local) {
        // 民建吉林省委, 民盟长春市委, 民进中央: a democratic party's own committee, one body.
        found.push({
          type: "Organization",
          start,
          end: start + local[0].length,
          rule: "org-party-committee",
          priority: 5,
        });
        continue;
      }
      const end = start + match.word.length;
      // 铁道部|门: jieba cut 部门 (departments, a class) after a ministry's name.
      if (match.word.endsWith("部") && context.text[end] === "门") continue;
      if (respectsWords(context, start, end))
        found.push({
          type: "Organization",
          start,
          end,
          rule: "org-lexicon",
          priority: 5,
          canonical: KNOWN_BODIES[match.word],
        });
    }
    for (const match of OWN_LEVEL.findAll(context.text)) {
      const start = match.index;
      const end = start + match.word.length;
      if (
        respectsWords(context, start, end) &&
        !CLASS_BEFORE_ORGAN.test(context.text.slice(Math.max(0, start - 2), start)) &&
        !insideQuotes(context.text, start, end)
      ) {
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
      if (
        (respectsWords(context, start, end) || titleGlued(context, end)) &&
        !NOT_BEFORE_ORGAN_UNITS.has(context.text.charCodeAt(start - 1))
      ) {
        found.push({ type: "Organization", start, end, rule: "org-admin-organ", priority: 4 });
        const named = namedOrgan(context, start);
        if (named < start)
          found.push({ type: "Organization", start: named, end, rule: "org-admin-organ", priority: 4 });
      }
    }
    found.push(...headChunks(context));
    if (endsBeforeJoiner(context.text, found)) found.push(...ellipticalHeads(context, found));
    return found;
  },
};

/** 市 县政府: an organ right after a level written alone is that organ of both levels (市县政府), not one body. */
function pairedLevel(context: SentenceContext, start: number): boolean {
  const before = context.tokens[context.tokenAt[start - 1] ?? -1];
  return (
    before !== undefined &&
    before.end === start &&
    before.word.length === 1 &&
    isAdminPrefix(before.word) &&
    isAdminPrefix(context.text[start] ?? "")
  );
}

/** 中共 辽源 市委: the start of an admin organ's name when a place (and 中共) is written before its prefix. */
function namedOrgan(context: SentenceContext, start: number): number {
  const place = context.tokens[context.tokenAt[start - 1] ?? -1];
  const isPlace =
    place !== undefined &&
    (place.tag === "ns" || (place.tag === "n" && place.word.length >= 3 && /[省市县区州]$/u.test(place.word)));
  if (!place || !isPlace) return start;
  if (place.end !== start) return place.end === start + 1 && place.start < start - 1 ? place.start : start;
  const party = context.tokens[context.tokenAt[place.start - 1] ?? -1];
  return party && party.end === place.start && (party.word === "中共" || party.word === "中国共产党")
    ? party.start
    : place.start;
}

const TITLE_AFTER = /^(?:书记|副书记|常委|委员|主任|副主任|主席|副主席|秘书长|书记员|部长|副部长)/u;

/** 县委书记 is one word to jieba: the organ ends inside it, right before a title. */
function titleGlued(context: SentenceContext, end: number): boolean {
  const title = TITLE_AFTER.exec(context.text.slice(end))?.[0];
  if (!title) return false;
  const token = context.tokens[context.tokenAt[end] ?? -1];
  return token !== undefined && token.end === end + title.length;
}
