// What the benchmarks share: settings from the environment, rounding and percentiles, a local Neo4j to measure on,
// and the synthetic corpus written to files.

import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createProgress } from "../common/progress.js";
import { seededRandom } from "../common/seeded-random.js";
import { readDocument } from "../ingest/read/read-document.js";
import { applySchema } from "../neo4j/apply-schema.js";
import { startLocalNeo4j, type LocalNeo4j } from "../neo4j/local/local-neo4j.js";
import { connect } from "../neo4j/open-graph-database.js";
import type { GraphDatabase } from "../neo4j/graph-database.js";
import { freePort } from "../tests/helpers/free-port.js";
import { buildSyntheticCorpus } from "./synthetic-corpus.js";

export const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SAMPLE_REPORT = path.join(ROOT, "samples", "liaoyuan-cppcc-2021.txt");

/** A positive whole number from the environment variable `name`, or the fallback when it is unset. */
export function positiveInt(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive whole number (got "${process.env[name]}")`);
  return value;
}

/** What Chromium asks for, from localhost as over HTTPS (seen in its request headers). */
export const BROWSER_ACCEPT_ENCODING = "gzip, deflate, br, zstd";

export const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;

/** The p-th percentile (0–100) of the samples, by the nearest-rank method. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * How sure a ratio of percentiles is: the central `level` share of the ratios of `rounds` bootstrap resamplings of
 * paired samples. The pairs (the HTTP and the bare timing of one round) are drawn together, so a slow phase of the
 * machine weighs on both sides as it did. Seeded: the same samples give the same interval.
 */
export function pairedRatioInterval(
  numerators: readonly number[],
  denominators: readonly number[],
  p: number,
  level = 0.9,
  rounds = 1000,
): [low: number, high: number] {
  if (numerators.length !== denominators.length || numerators.length === 0)
    throw new Error("pairedRatioInterval needs as many numerators as denominators, at least one");
  const random = seededRandom(1);
  const n = numerators.length;
  const top = new Array<number>(n);
  const bottom = new Array<number>(n);
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < n; i++) {
      const pick = Math.floor(random() * n);
      top[i] = numerators[pick] as number;
      bottom[i] = denominators[pick] as number;
    }
    ratios.push(percentile(top, p) / percentile(bottom, p));
  }
  const tail = ((1 - level) / 2) * 100;
  return [percentile(ratios, tail), percentile(ratios, 100 - tail)];
}

/** The median of the samples (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** A local Neo4j on a free port with its store under dataDir, connected and with the schema applied. */
export async function startBenchNeo4j(dataDir: string): Promise<{ local: LocalNeo4j; db: GraphDatabase }> {
  const local = await startLocalNeo4j({
    dataDir,
    port: await freePort(),
    progress: createProgress(process.stderr, "neo4j"),
    classDataSharing: false,
  });
  try {
    const driver = await connect(local.uri, { user: local.user, password: local.password }, "neo4j", "the local Neo4j");
    const db: GraphDatabase = { driver, database: "neo4j", description: local.uri, close: () => driver.close() };
    await applySchema(db);
    return { local, db };
  } catch (error) {
    await local.stop();
    throw error;
  }
}

/** Writes the ingest benchmark's seeded synthetic corpus into dir; returns the files and their total characters. */
export async function writeSyntheticCorpus(
  dir: string,
  documents: number,
  charsPerDocument: number,
): Promise<{ files: string[]; chars: number }> {
  await mkdir(dir, { recursive: true });
  const corpus = buildSyntheticCorpus(await readDocument(SAMPLE_REPORT), documents, charsPerDocument);
  const files = await Promise.all(
    corpus.map(async (doc) => {
      const file = path.join(dir, doc.name);
      await writeFile(file, doc.text);
      return file;
    }),
  );
  return { files, chars: corpus.reduce((sum, doc) => sum + doc.text.length, 0) };
}
