// Loads each visible set, extracts its documents as `kg extract --json` would, and scores them (the IO of `npm run eval`).

import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildExtractOutput, type ExtractOutput } from "../../ingest/commands/extract-command.js";
import { extractDocument } from "../../ingest/extract/index.js";
import { findDocuments } from "../../ingest/read/find-documents.js";
import { decodeText, readDocument } from "../../ingest/read/read-document.js";
import type { SourceDocument } from "../../ingest/types.js";
import type { CorpusDocument } from "./corpus-report.js";
import { REPO_ROOT, resolveEvalPaths, type EvalPaths, type SetName } from "./eval-paths.js";
import { scoreExcerpts, scoreSample, type AnnotatedScores, type Excerpt, type SeedGold } from "./score-annotated.js";
import { scoreCollab, type CollabScores, type CollabSentence } from "./score-collab.js";
import { parseFinre, scoreFinre, type FinreScores } from "./score-finre.js";
import type { TypeScore } from "./score.js";

export { REPO_ROOT } from "./eval-paths.js";

/** What was read and how long extracting and scoring it took. */
interface Run {
  name: SetName;
  file: string;
  documents: number;
  chars: number;
  seconds: number;
}

/** The outcome of one set: scored, or skipped because its file is absent. */
export type SetResult =
  | (Run & { kind: "annotated"; scores: AnnotatedScores })
  | (Run & { kind: "collab"; scores: CollabScores; missingDocuments: string[] })
  | (Run & { kind: "finre"; scores: FinreScores })
  | { kind: "skipped"; name: SetName; file: string; reason: string };

/** A document made from text as `readDocument` makes it from the same text saved as a UTF-8 file. */
function sourceOf(file: string, text: string): SourceDocument {
  const bytes = Buffer.from(text, "utf8");
  return { path: file, text: decodeText(bytes, file), sha256: createHash("sha256").update(bytes).digest("hex") };
}

/** One `kg extract --json` over the documents together (entities merge across them, as the scorers expect). */
function extractTogether(sources: readonly SourceDocument[]): ExtractOutput {
  return buildExtractOutput(sources.map((source) => ({ source, extraction: extractDocument(source) })));
}

const readLines = <T>(file: string): T[] =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as T);

const charsOf = (sources: readonly SourceDocument[]) => sources.reduce((n, s) => n + s.text.length, 0);
const secondsSince = (start: number) => (performance.now() - start) / 1000;

async function evaluateSampleSet(file: string): Promise<SetResult> {
  const start = performance.now();
  const gold = JSON.parse(readFileSync(file, "utf8")) as SeedGold;
  const source = await readDocument(path.join(REPO_ROOT, gold.document.split(" ")[0] ?? ""));
  const scores = scoreSample(extractTogether([source]), gold);
  return {
    kind: "annotated",
    name: "sample",
    file,
    documents: 1,
    chars: source.text.length,
    seconds: secondsSince(start),
    scores,
  };
}

function evaluateExcerptSet(name: SetName, file: string): SetResult {
  const start = performance.now();
  const excerpts = readLines<Excerpt>(file);
  const sources = excerpts.map((excerpt) => sourceOf(`${excerpt.id}.txt`, excerpt.text));
  // Each excerpt is extracted as a document of its own, then all are scored together (micro-average).
  const scores = scoreExcerpts(
    excerpts.map((excerpt, i) => ({ excerpt, output: extractTogether(sources.slice(i, i + 1)) })),
  );
  return {
    kind: "annotated",
    name,
    file,
    documents: excerpts.length,
    chars: charsOf(sources),
    seconds: secondsSince(start),
    scores,
  };
}

async function evaluateCollabSet(file: string, corpus: string): Promise<SetResult> {
  const start = performance.now();
  const gold = readLines<CollabSentence>(file);
  const names = [...new Set(gold.map((s) => s.doc))];
  const missingDocuments = names.filter((doc) => !existsSync(path.join(corpus, `${doc}.txt`)));
  const sources = await Promise.all(
    names.filter((doc) => !missingDocuments.includes(doc)).map((doc) => readDocument(path.join(corpus, `${doc}.txt`))),
  );
  const scores = scoreCollab(gold, extractTogether(sources));
  return {
    kind: "collab",
    name: "collab-dev",
    file,
    documents: sources.length,
    chars: charsOf(sources),
    seconds: secondsSince(start),
    scores,
    missingDocuments,
  };
}

function evaluateFinreSet(file: string): SetResult {
  const start = performance.now();
  const gold = parseFinre(readFileSync(file, "utf8"));
  // As `finre.mjs prepare` writes them: each sentence a file of its own, ending with a line feed.
  const sources = gold.map((s) => sourceOf(`finre/${s.id}.txt`, `${s.text}\n`));
  const scores = scoreFinre(gold, extractTogether(sources));
  return {
    kind: "finre",
    name: "finre",
    file,
    documents: sources.length,
    chars: charsOf(sources),
    seconds: secondsSince(start),
    scores,
  };
}

/** Extracts and scores one set; a set whose file is absent is skipped, not an error. */
export async function evaluateSet(name: SetName, paths: EvalPaths): Promise<SetResult> {
  const file = {
    sample: paths.sampleGold,
    "dev-real": paths.devReal,
    "dev-excerpts": paths.devExcerpts,
    "collab-dev": paths.collab,
    finre: paths.finre,
  }[name];
  if (!existsSync(file)) return { kind: "skipped", name, file, reason: `${file} not found` };
  if (name === "collab-dev" && !existsSync(paths.collabCorpus))
    return { kind: "skipped", name, file, reason: `its documents' folder ${paths.collabCorpus} not found` };
  switch (name) {
    case "sample":
      return evaluateSampleSet(file);
    case "dev-real":
    case "dev-excerpts":
      return evaluateExcerptSet(name, file);
    case "collab-dev":
      return evaluateCollabSet(file, paths.collabCorpus);
    case "finre":
      return evaluateFinreSet(file);
  }
}

/** The sample report's entity and relation figures per type (tests/fixtures/seed-gold.json). */
export async function evaluateSample(): Promise<{ entities: TypeScore[]; relations: TypeScore[] }> {
  const result = await evaluateSet("sample", resolveEvalPaths({}, {}));
  if (result.kind !== "annotated")
    throw new Error("eval: the sample report's annotation tests/fixtures/seed-gold.json is missing");
  return { entities: result.scores.entities.scores, relations: result.scores.relations.scores };
}

/** Reads and extracts every document (.txt, .md, .html) under a folder, each on its own. */
export async function extractCorpus(dir: string): Promise<CorpusDocument[]> {
  const docs: CorpusDocument[] = [];
  for (const file of await findDocuments([dir])) {
    const source = await readDocument(file);
    docs.push({ source, extraction: extractDocument(source) });
  }
  return docs;
}
