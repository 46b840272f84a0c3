// `npm run eval`: scores extraction on every visible set by the official scorers' rules, or (--corpus DIR) describes an
// unannotated corpus and samples its entities for reading by hand.

import { parseArgs } from "node:util";
import path from "node:path";
import { KgError, reportFatal } from "../../common/errors.js";
import { corpusStats, sampleEntities } from "./corpus-report.js";
import { evaluateSet, extractCorpus, type SetResult } from "./eval-data.js";
import { PATH_OPTIONS, parseSetNames, resolveEvalPaths, SET_NAMES, type PathOption } from "./eval-paths.js";
import { corpusJson, formatCorpusStats, formatSample } from "./format-corpus.js";
import { DEFAULT_LIST_LIMIT, formatResult, formatTargets, summaryJson } from "./format-results.js";
import { judgeTargets } from "./targets.js";

const USAGE = `usage: npm run eval [-- options]
  --sets a,b           score only these sets (${SET_NAMES.join(", ")})
  --limit N            items printed per list of missed or false items (default ${DEFAULT_LIST_LIMIT}, 0: all)
  ${Object.entries(PATH_OPTIONS)
    .map(([flag, env]) => `--${flag} PATH`.padEnd(21) + `or ${env}`)
    .join("\n  ")}
  --corpus DIR         describe the documents under DIR instead (.txt .md .html), with
  --sample N --seed S  a reproducible random sample of N organizations and N persons in context`;

function integer(value: string | undefined, fallback: number, flag: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new KgError("usage", `eval: --${flag} takes a whole number ≥ 0, not ${value}`);
  return n;
}

async function scoreSets(values: Record<string, string | undefined>, limit: number): Promise<void> {
  const started = performance.now();
  const flags: Partial<Record<PathOption, string>> = {};
  for (const option of Object.keys(PATH_OPTIONS) as PathOption[])
    if (values[option] !== undefined) flags[option] = values[option];
  const paths = resolveEvalPaths(flags, process.env);
  const results: SetResult[] = [];
  for (const name of parseSetNames(values.sets)) {
    const result = await evaluateSet(name, paths);
    results.push(result);
    console.log([...formatResult(result, limit), ""].join("\n"));
  }
  const outcomes = judgeTargets(results);
  console.log([...formatTargets(outcomes), ""].join("\n"));
  console.log(JSON.stringify(summaryJson(results, outcomes, (performance.now() - started) / 1000)));
}

async function describeCorpus(dir: string, sample: number, seed: number, limit: number): Promise<void> {
  const started = performance.now();
  const root = path.resolve(dir);
  const docs = await extractCorpus(root);
  const stats = corpusStats(docs);
  const lines = [...formatCorpusStats(stats, root, limit), ""];
  if (sample > 0) {
    for (const type of ["Organization", "Person"])
      lines.push(...formatSample(type, sampleEntities(docs, type, sample, seed), seed, root), "");
  }
  console.log(lines.join("\n"));
  console.log(JSON.stringify(corpusJson(stats, (performance.now() - started) / 1000)));
}

async function main(args: string[]): Promise<number> {
  const pathOptions = Object.fromEntries(Object.keys(PATH_OPTIONS).map((flag) => [flag, { type: "string" as const }]));
  const options = {
    ...pathOptions,
    sets: { type: "string" },
    limit: { type: "string" },
    corpus: { type: "string" },
    sample: { type: "string" },
    seed: { type: "string" },
    help: { type: "boolean" },
  } as const;
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({ args, options }).values;
  } catch (error) {
    throw new KgError("usage", `eval: ${(error as Error).message}`);
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const strings = values as Record<string, string | undefined>;
  const limit = integer(strings.limit, DEFAULT_LIST_LIMIT, "limit");
  if (strings.corpus !== undefined) {
    await describeCorpus(strings.corpus, integer(strings.sample, 0, "sample"), integer(strings.seed, 1, "seed"), limit);
  } else {
    if (strings.sample !== undefined || strings.seed !== undefined)
      throw new KgError("usage", "eval: --sample and --seed go with --corpus DIR");
    await scoreSets(strings, limit);
  }
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof KgError && error.code === "usage") {
    console.error(`${error.message}\n${USAGE}`);
    process.exitCode = 2;
  } else {
    process.exitCode = reportFatal(error);
  }
}
