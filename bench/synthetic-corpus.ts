// A seeded synthetic corpus for the ingest benchmark: real sentences of the sample report recombined into new
// documents, with its city and its people renamed from lexicons so that the entity graph grows like a real corpus.

import { seededRandom } from "../common/seeded-random.js";
import { extractDocument } from "../ingest/extract/index.js";
import { CITY_PROVINCE } from "../ingest/extract/lexicon/places.js";
import { SINGLE_SURNAMES } from "../ingest/extract/lexicon/surnames.js";
import type { SourceDocument } from "../ingest/types.js";

export interface SyntheticDocument {
  name: string;
  text: string;
}

const GIVEN_NAME_CHARS =
  "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲志国建文辉林斌宇浩凯鹏飞晓云峰海波宏".split("");

/**
 * Builds `count` documents of about `charsPerDocument` characters each. Each document keeps the sample's structure
 * (a title line, a date line, then sentences in runs) but is set in one of the lexicon's cities, in a year between
 * 2015 and 2024, and its people are drawn from a pool of names that later documents share with earlier ones.
 */
export function buildSyntheticCorpus(
  sample: SourceDocument,
  count: number,
  charsPerDocument = 20_000,
  seed = 7,
): SyntheticDocument[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const extraction = extractDocument(sample);
  const city = mostMentionedCity(extraction.entities.filter((e) => e.type === "Place"));
  const people = extraction.entities
    .filter((e) => e.type === "Person")
    .flatMap((e) => e.aliases)
    .filter((a) => a.length >= 2);
  const cities = [...CITY_PROVINCE.keys()].filter((c) => c.length >= 2);
  const surnames = [...SINGLE_SURNAMES];
  const namePool = Array.from(
    { length: 3000 },
    () => pick(surnames) + pick(GIVEN_NAME_CHARS) + (random() < 0.6 ? pick(GIVEN_NAME_CHARS) : ""),
  );
  const sentences = extraction.sentences.map((s) => s.text).filter((t) => t.length > 8);

  return Array.from({ length: count }, (_, i) => {
    const docCity = pick(cities);
    const year = 2015 + Math.floor(random() * 10);
    // Zipf-like reuse: most people recur across documents, a few are new.
    const rename = new Map(people.map((p) => [p, namePool[Math.floor(namePool.length * random() ** 3)] as string]));
    const parts = [
      `${docCity}市政协工作报告（${year}年）`,
      `${year}年${1 + Math.floor(random() * 12)}月${1 + Math.floor(random() * 28)}日`,
    ];
    let length = 0;
    let cursor = Math.floor(random() * sentences.length);
    while (length < charsPerDocument) {
      // Runs of consecutive sentences keep paragraphs readable; jumps recombine them.
      if (random() < 0.15) cursor = Math.floor(random() * sentences.length);
      let sentence = sentences[cursor % sentences.length] as string;
      cursor += 1;
      if (city) sentence = sentence.replaceAll(city, docCity);
      for (const [from, to] of rename) sentence = sentence.replaceAll(from, to);
      parts.push(sentence);
      length += sentence.length;
    }
    return { name: `report-${String(i).padStart(5, "0")}.txt`, text: parts.join("\n") + "\n" };
  });
}

/** The lexicon city the sample names most often: the one each synthetic document renames. */
function mostMentionedCity(places: ReadonlyArray<{ name: string; mentions: readonly unknown[] }>): string | undefined {
  return [...places]
    .sort((a, b) => b.mentions.length - a.mentions.length)
    .map((p) => p.name.replace(/市$/, ""))
    .find((name) => CITY_PROVINCE.has(name));
}
