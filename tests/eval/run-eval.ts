// `npm run eval`: scores extraction on the sample report (and on the dev excerpts when present) and prints the figures.

import { DEV_EXCERPTS, evaluateDevExcerpts, evaluateSample, type EvalResult } from "./eval-data.js";
import type { TypeScore } from "./score.js";

const pct = (x: number) => x.toFixed(2).padStart(5);

function table(title: string, scores: readonly TypeScore[]): string[] {
  const lines = [title, `  ${"type".padEnd(18)}     P     R    F1   (correct/predicted, found/gold)`];
  for (const s of scores) lines.push(`  ${s.type.padEnd(18)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   (${s.correct}/${s.predicted}, ${s.found}/${s.gold})`);
  return lines;
}

function details(scores: readonly TypeScore[], label: string): string[] {
  const lines: string[] = [];
  for (const s of scores) {
    if (s.missed.length > 0) lines.push(`  missed ${label} ${s.type}: ${s.missed.join(" | ")}`);
    if (s.false.length > 0) lines.push(`  false ${label} ${s.type}: ${s.false.join(" | ")}`);
  }
  return lines;
}

function report(name: string, result: EvalResult): void {
  console.log([...table(`${name}: entities`, result.entities), ...table(`${name}: relations`, result.relations.filter((s) => s.gold > 0 || s.predicted > 0))].join("\n"));
  const collaboration = result.relations.filter((s) => s.type === "COLLABORATES_WITH" || s.type === "PARTNER_IN");
  const sum = (key: "predicted" | "correct" | "gold" | "found") => collaboration.reduce((n, s) => n + s[key], 0);
  const p = sum("predicted") ? sum("correct") / sum("predicted") : 0;
  const r = sum("gold") ? sum("found") / sum("gold") : 0;
  console.log(`  COLLABORATES_WITH+PARTNER_IN  P ${pct(p)}  R ${pct(r)}  F1 ${pct(p + r ? (2 * p * r) / (p + r) : 0)}`);
  console.log([...details(result.entities, "entity"), ...details(result.relations, "relation")].join("\n"));
  console.log("");
}

const sample = await evaluateSample();
report("sample report", sample);
const dev = evaluateDevExcerpts();
if (dev) report("dev excerpts", dev);
else console.log(`dev excerpts: ${DEV_EXCERPTS} not found, skipped`);
