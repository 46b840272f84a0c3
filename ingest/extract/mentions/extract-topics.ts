// Topics: policy themes from a keyword lexicon, and the items a sentence says the work is about (围绕A、B等).

import type { Candidate, MentionExtractor, SentenceContext } from "../extraction-types.js";
import { SLOGAN } from "../lexicon/project-heads.js";
import { TOPIC_CUES, TOPIC_HEADS, TOPIC_KEYWORDS } from "../lexicon/topic-keywords.js";
import { respectsWords } from "../sentence-context.js";
import { compileLexicon, escapeRegExp } from "./lexicon-matcher.js";

const KEYWORDS = compileLexicon(TOPIC_KEYWORDS);
const CUE = [...TOPIC_CUES]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|");
const HEAD = new RegExp(
  `(?:${[...TOPIC_HEADS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})$`,
  "u",
);
/** A cue, then a list of items separated by 、 (or quoted one after another), up to 等 or the end of the clause. */
const CUED_LIST = new RegExp(
  `(?:${CUE})((?:“[^“”]{2,20}”|[^，。；：“”《》\\s、等]{2,16})(?:、?(?:“[^“”]{2,20}”|[^，。；：“”《》\\s、等]{2,16}))*)`,
  "gu",
);
const MAY_CUE = new RegExp(`[${[...new Set(TOPIC_CUES.map((c) => c[0]))].join("")}]`, "u");
const ITEM = /“([^“”]{2,20})”|([^，。；：“”《》\s、等]{2,16})/gu;
/** Item words that are not themes: the trailing noun of the cue phrase (重点工作, 中心任务). */
const NOT_TOPIC = /^(?:重点|中心|工作|任务|问题|部署|要求|目标|大局|主题|精神|思想|建设|发展|作用|能力|水平|质量)/u;
const LEADING_VERB = /^(?:推动|推进|加快|加强|促进|全市|全省|我市|我省|深化|完善|做好|抓好)/u;

/** The topic extractor. */
export const topicExtractor: MentionExtractor = {
  type: "Topic",
  extract(context) {
    const found: Candidate[] = [];
    for (const match of KEYWORDS.findAll(context.text)) {
      const start = match.index;
      const end = start + match.word.length;
      if (respectsWords(context, start, end))
        found.push({ type: "Topic", start, end, rule: "topic-keyword", priority: 1 });
    }
    for (const match of MAY_CUE.test(context.text) ? context.text.matchAll(CUED_LIST) : []) {
      const list = match[1] ?? "";
      const listStart = (match.index ?? 0) + match[0].length - list.length;
      const items = [...list.matchAll(ITEM)];
      for (const item of items) {
        const quoted = item[1] !== undefined;
        const word = item[1] ?? item[2] ?? "";
        const start = listStart + (item.index ?? 0) + (quoted ? 1 : 0);
        let lead = 0;
        while (!quoted && LEADING_VERB.test(word.slice(lead)))
          lead += LEADING_VERB.exec(word.slice(lead))?.[0].length ?? 0;
        const topic = word.slice(lead);
        if (topic.length < 2 || NOT_TOPIC.test(topic)) continue;
        if (!HEAD.test(topic) || SLOGAN.test(topic)) continue;
        if (!quoted && items.length < 2) continue;
        if (!respectsWords(context, start + lead, start + word.length)) continue;
        found.push({
          type: "Topic",
          start: start + lead,
          end: start + word.length,
          rule: quoted ? "topic-cued-quote" : "topic-cued-phrase",
          priority: 1,
        });
      }
    }
    found.push(...industries(context));
    return found;
  },
};

/** Nouns that qualify an industry without naming one (重点产业, 相关产业, 主导产业). */
const NOT_INDUSTRY = new Set([
  "重点",
  "相关",
  "主导",
  "特色",
  "优势",
  "新兴",
  "传统",
  "各类",
  "有关",
  "支柱",
  "骨干",
  "配套",
  "全市",
  "全省",
  "我市",
]);
const INDUSTRY_WORDS = new Set(["n", "nz", "nr", "j", "l", "vn", "an"]);

/** An industry is a theme: 梅花鹿产业, 新能源汽车产业 (the nouns before 产业, at most three words). */
function industries(context: SentenceContext): Candidate[] {
  const found: Candidate[] = [];
  const { tokens } = context;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]?.word !== "产业") continue;
    let first = i;
    while (first > 0 && i - first < 3) {
      const left = tokens[first - 1];
      if (
        !left ||
        !INDUSTRY_WORDS.has(left.tag) ||
        NOT_INDUSTRY.has(left.word) ||
        !/^[\u4e00-\u9fff]+$/u.test(left.word)
      )
        break;
      first--;
    }
    const start = tokens[first]?.start ?? 0;
    const end = tokens[i]?.end ?? 0;
    if (first < i && end - start <= 10) found.push({ type: "Topic", start, end, rule: "topic-industry", priority: 1 });
  }
  return found;
}
