// Prints the results of `npm run eval`: figures per set, the missed and false items, the targets, one JSON line. Pure.

import type { SetResult } from "./eval-data.js";
import { round3, type TypeScore } from "./score.js";
import type { TargetOutcome } from "./targets.js";

/** How many items of a list are printed when no limit is given. */
export const DEFAULT_LIST_LIMIT = 30;

const fixed = (x: number) => x.toFixed(3);
const thousands = (n: number) => n.toLocaleString("en-US");

/**
 * A list on one line: repeated items once with their count (most frequent first), cut after `limit` items (0: never)
 * with the number left out.
 */
export function compactList(items: readonly string[], limit: number): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const shown = limit > 0 ? ranked.slice(0, limit) : ranked;
  const text = shown.map(([item, n]) => (n > 1 ? `${item} ×${n}` : item)).join(" | ");
  return ranked.length > shown.length ? `${text} … (+${ranked.length - shown.length} more)` : text;
}

function listLine(label: string, items: readonly string[], limit: number): string[] {
  return items.length === 0 ? [] : [`  ${label} (${items.length}): ${compactList(items, limit)}`];
}

function scoreTable(title: string, scores: readonly TypeScore[]): string[] {
  const lines = [`  ${title.padEnd(20)}     P      R     F1   correct/predicted  found/gold`];
  for (const s of scores) {
    const counts = `${`${s.correct}/${s.predicted}`.padStart(17)}  ${`${s.found}/${s.gold}`.padStart(10)}`;
    lines.push(`    ${s.type.padEnd(18)} ${fixed(s.precision)}  ${fixed(s.recall)}  ${fixed(s.f1)} ${counts}`);
  }
  return lines;
}

function heading(result: SetResult): string {
  if (result.kind === "skipped") return `== ${result.name}: skipped (${result.reason})`;
  const unit =
    result.kind === "collab"
      ? `${result.scores.sentences} sentences of ${result.documents} documents`
      : result.kind === "finre"
        ? `${result.documents} sentences, each a document`
        : result.name === "sample"
          ? "the sample report"
          : `${result.documents} excerpts, each a document`;
  return `== ${result.name}: ${unit}, ${thousands(result.chars)} characters, ${result.seconds.toFixed(1)} s (${result.file})`;
}

/** The lines printed for one set. */
export function formatResult(result: SetResult, limit = DEFAULT_LIST_LIMIT): string[] {
  const lines = [heading(result)];
  switch (result.kind) {
    case "skipped":
      break;
    case "annotated": {
      const { entities, relations } = result.scores;
      lines.push(...scoreTable("entities", entities.scores), ...scoreTable("relations", relations.scores));
      const unscored = Object.entries(relations.unscored).filter(([type]) => type !== "CO_OCCURS");
      if (unscored.length > 0)
        lines.push(
          `  not annotated in this set, so not scored: ${unscored.map(([type, n]) => `${type} ${n}`).join(", ")}`,
        );
      for (const [type, names] of Object.entries(entities.missed))
        lines.push(...listLine(`missed ${type}`, names, limit));
      for (const [type, names] of Object.entries(entities.spurious))
        lines.push(...listLine(`false ${type}`, names, limit));
      lines.push(
        ...listLine("missed relations", relations.missed, limit),
        ...listLine("false relations", relations.spurious, limit),
      );
      break;
    }
    case "collab": {
      const { score } = result.scores;
      lines.push(...scoreTable("collaboration", [score]));
      lines.push(`  false pairs: ${score.predicted - score.correct} in ${result.scores.sentencesWithFalse} sentences`);
      if (result.missingDocuments.length > 0)
        lines.push(`  documents not found (their sentences count as missed): ${result.missingDocuments.join(", ")}`);
      lines.push(
        ...listLine("false pairs", result.scores.falsePairs, limit),
        ...listLine("missed pairs", result.scores.missed, limit),
      );
      break;
    }
    case "finre": {
      const { score, names, namesFound } = result.scores;
      lines.push(...scoreTable("collaboration", [score]));
      lines.push(
        `  company names found as Organization: ${namesFound} of ${names} (${names ? ((100 * namesFound) / names).toFixed(1) : "0"}%)`,
      );
      lines.push(
        ...listLine("false pairs", result.scores.falsePairs, limit),
        ...listLine("missed pairs", result.scores.missed, limit),
      );
      lines.push(...listLine("company names not found", result.scores.namesMissed, limit));
      break;
    }
  }
  return lines;
}

/** The summary table of the targets, each met or missed. */
export function formatTargets(outcomes: readonly TargetOutcome[]): string[] {
  const lines = ["== targets (issue 19)", `  ${"set".padEnd(14)}${"figure".padEnd(30)}${"value".padStart(7)}   target`];
  for (const { target, value, met } of outcomes) {
    // A count (false pairs) is shown as a whole number, a share with three decimals.
    const shown = value === undefined ? "-" : target.atMost ? String(value) : fixed(value);
    const threshold = target.atMost ? String(target.threshold) : target.threshold.toFixed(2);
    const verdict = met === undefined ? "skipped" : met ? "met" : "missed";
    lines.push(
      `  ${target.set.padEnd(14)}${target.figure.padEnd(30)}${shown.padStart(7)}   ${target.atMost ? "<=" : ">="} ${threshold.padEnd(5)} ${verdict}`,
    );
  }
  const judged = outcomes.filter((o) => o.met !== undefined);
  lines.push(
    `  ${judged.filter((o) => o.met).length} of ${judged.length} targets met${judged.length < outcomes.length ? ` (${outcomes.length - judged.length} skipped)` : ""}`,
  );
  return lines;
}

const prf = (s: TypeScore) => ({ p: round3(s.precision), r: round3(s.recall), f1: round3(s.f1) });

/** The figures of every set as one JSON object (the line that ends the output). */
export function summaryJson(
  results: readonly SetResult[],
  outcomes: readonly TargetOutcome[],
  seconds: number,
): Record<string, unknown> {
  const summary: Record<string, unknown> = {};
  for (const result of results) {
    if (result.kind === "skipped") summary[result.name] = { skipped: true };
    else if (result.kind === "annotated") {
      const entities = Object.fromEntries(
        result.scores.entities.scores.map((s) => [s.type === "all" ? "ALL" : s.type, prf(s)]),
      );
      const relations = result.scores.relations.scores.find((s) => s.type === "all");
      summary[result.name] = { ...entities, relations: relations ? prf(relations) : null };
    } else if (result.kind === "collab") {
      const { score } = result.scores;
      summary[result.name] = {
        ...prf(score),
        npred: score.predicted,
        tp: score.correct,
        false_pairs: score.predicted - score.correct,
        nfirm: score.gold,
        found: score.found,
        sentences_with_false: result.scores.sentencesWithFalse,
      };
    } else {
      const { score, names, namesFound } = result.scores;
      summary[result.name] = {
        ...prf(score),
        judged: score.predicted,
        correct: score.correct,
        positives: score.gold,
        found: score.found,
        org_names: names,
        org_names_found: namesFound,
        org_recall: names ? round3(namesFound / names) : 0,
      };
    }
  }
  const judged = outcomes.filter((o) => o.met !== undefined);
  return {
    ...summary,
    targets_met: judged.filter((o) => o.met).length,
    targets_judged: judged.length,
    seconds: round3(seconds),
  };
}
