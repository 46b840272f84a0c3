// `npm run bench:extract`: whole extraction vs jieba tagging alone on the sample report repeated to about 5 MB.

import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";
import { extractDocument } from "../ingest/extract/index.js";
import { splitSentences } from "../ingest/extract/sentences.js";

const TARGET_BYTES = 5 * 1024 * 1024;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const sample = readFileSync(path.join(root, "samples/liaoyuan-cppcc-2021.txt"), "utf8");
const copies = Math.max(1, Math.round(TARGET_BYTES / Buffer.byteLength(sample)));
const text = Array.from({ length: copies }, () => sample).join("\n\n");
const bytes = Buffer.byteLength(text);

// Both sides start warm: the dictionary loads once, outside the timings (loading it is a cost of start-up, not of
// extraction).
const jieba = Jieba.withDict(dict);

const sentences = splitSentences(text).map((s) => s.text);
/** Rounds of each measurement; the fastest round of each counts, as the least disturbed by other processes. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const jiebaRounds: number[] = [];
const extractRounds: number[] = [];
const jiebaCpu: number[] = [];
const extractCpu: number[] = [];
/** CPU time of this process in seconds: less disturbed than wall time by other processes on a shared machine. */
const cpuSeconds = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};
let words = 0;
let extraction = extractDocument({ path: "warm-up", text: sample, sha256: "warm-up" });
for (let round = 0; round < ROUNDS; round++) {
  let started = process.hrtime.bigint();
  let cpu = cpuSeconds();
  words = 0;
  for (const sentence of sentences) words += jieba.tag(sentence, true).length;
  jiebaRounds.push(Number(process.hrtime.bigint() - started) / 1e9);
  jiebaCpu.push(cpuSeconds() - cpu);
  started = process.hrtime.bigint();
  cpu = cpuSeconds();
  extraction = extractDocument({ path: "bench", text, sha256: "bench" });
  extractRounds.push(Number(process.hrtime.bigint() - started) / 1e9);
  extractCpu.push(cpuSeconds() - cpu);
}
const jiebaSeconds = Math.min(...jiebaRounds);
const extractSeconds = Math.min(...extractRounds);

const figures = {
  chars: text.length,
  bytes,
  sentences: sentences.length,
  words,
  entities: extraction.entities.length,
  relations: extraction.relations.length,
  jieba_s: round(jiebaSeconds),
  extract_s: round(extractSeconds),
  jieba_chars_per_s: Math.round(text.length / jiebaSeconds),
  extract_chars_per_s: Math.round(text.length / extractSeconds),
  rounds: ROUNDS,
  jieba_cpu_s: round(Math.min(...jiebaCpu)),
  extract_cpu_s: round(Math.min(...extractCpu)),
  cpu_ratio: round(Math.min(...extractCpu) / Math.min(...jiebaCpu)),
  ratio: round(extractSeconds / jiebaSeconds),
};

console.log(
  `text: sample report x${copies} = ${figures.chars} chars (${(bytes / 1024 / 1024).toFixed(1)} MB UTF-8), ${figures.sentences} sentences`,
);
console.log(
  `rounds: ${ROUNDS}, fastest of each kept (jieba ${jiebaRounds.map(round).join(" / ")} s; extraction ${extractRounds.map(round).join(" / ")} s)`,
);
console.log(`jieba tagging alone: ${figures.jieba_s} s, ${figures.jieba_chars_per_s} chars/s`);
console.log(
  `whole extraction:    ${figures.extract_s} s, ${figures.extract_chars_per_s} chars/s (${figures.entities} entities, ${figures.relations} relations)`,
);
console.log(`ratio (extraction time / jieba time): ${figures.ratio} wall, ${figures.cpu_ratio} CPU time (target <= 3)`);
console.log(JSON.stringify(figures));

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
