// `npm run bench:import`: how `kg import`'s check before any write (read, parse, check, build the rows) grows with
// the relations of a synthetic extraction, next to JSON.parse of the same file alone, the least any check costs.

import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { readImportFiles } from "../ingest/commands/import-command.js";
import { positiveInt, round } from "./bench-support.js";
import { buildSyntheticExtraction } from "./synthetic-extraction.js";

const SIZES = (process.env.BENCH_IMPORT_RELATIONS ?? "10000,20000,40000").split(",").map(Number);
if (SIZES.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`BENCH_IMPORT_RELATIONS must list positive whole numbers, e.g. 10000,20000,40000`);
/** Rounds of each measurement; the fastest counts, as the least disturbed by other processes on a shared machine. */
const ROUNDS = positiveInt("BENCH_ROUNDS", 3);

/** CPU time of this process in seconds: less disturbed than wall time by other processes on a shared machine. */
const cpuSeconds = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};

/** The fastest wall and CPU time of `work` over the rounds, in seconds. */
async function fastest(work: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const best = { wall: Infinity, cpu: Infinity };
  for (let i = 0; i < ROUNDS; i++) {
    const [started, cpu] = [performance.now(), cpuSeconds()];
    await work();
    best.wall = Math.min(best.wall, (performance.now() - started) / 1000);
    best.cpu = Math.min(best.cpu, cpuSeconds() - cpu);
  }
  return best;
}

const dir = await mkdtemp(path.join(os.tmpdir(), "kg-bench-import-"));
const figures: Record<string, number> = { rounds: ROUNDS };
try {
  for (const relations of SIZES) {
    const file = path.join(dir, `extraction-${relations}.json`);
    await writeFile(file, JSON.stringify(buildSyntheticExtraction(relations)));
    const parse = await fastest(async () => JSON.parse(await readFile(file, "utf8")) as unknown);
    const check = await fastest(() => readImportFiles([file]));
    figures[`parse_s_${relations}`] = round(parse.wall);
    figures[`check_s_${relations}`] = round(check.wall);
    figures[`parse_cpu_s_${relations}`] = round(parse.cpu);
    figures[`check_cpu_s_${relations}`] = round(check.cpu);
    console.log(
      `${relations} relations: check before writing ${round(check.wall)} s (${round(check.cpu)} s CPU), ` +
        `JSON.parse alone ${round(parse.wall)} s (${round(parse.cpu)} s CPU)`,
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
const [first, last] = [SIZES[0] as number, SIZES[SIZES.length - 1] as number];
if (last > first) {
  // 1 when the check grows as the input does; the size ratio itself (4 for 10k to 40k) when it grows with its square.
  // CPU time, as other processes on a shared machine stretch wall time unevenly.
  figures.growth_over_linear = round(
    (figures[`check_cpu_s_${last}`] as number) / (figures[`check_cpu_s_${first}`] as number) / (last / first),
  );
  console.log(
    `CPU time from ${first} to ${last} relations over linear growth: ${figures.growth_over_linear} (1 = linear, ${last / first} = quadratic)`,
  );
}
console.log(JSON.stringify(figures));
