// Prints the corpus report of `npm run eval -- --corpus DIR` and its seeded sample of entities. Pure.

import path from "node:path";
import type { CorpusStats, EntityCount, SampledEntity } from "./corpus-report.js";
import { compactList } from "./format-results.js";
import { round3 } from "./score.js";

/** Organizations per line of the top list. */
const PER_LINE = 10;
const share = (n: number, of: number) => `${of ? ((100 * n) / of).toFixed(0) : "0"}%`;
const counted = (e: EntityCount) => `${e.name} ${e.mentions}/${e.documents}`;

/** The lines of the corpus report; lists are cut after `limit` items (0: never). Paths are shown relative to `dir`. */
export function formatCorpusStats(stats: CorpusStats, dir: string, limit: number): string[] {
  const rel = (file: string) => path.relative(dir, file) || file;
  const lines = [`== corpus ${dir}: ${stats.documents} documents, ${stats.chars.toLocaleString("en-US")} characters`];
  lines.push("  per 10,000 characters     entities   mentions   densest documents (entities per 10,000 characters)");
  for (const d of stats.density) {
    const densest = d.densest.map((x) => `${rel(x.path)} ${x.per10k.toFixed(1)}`).join(", ");
    lines.push(
      `    ${d.type.padEnd(22)} ${d.entitiesPer10k.toFixed(1).padStart(8)} ${d.mentionsPer10k.toFixed(1).padStart(10)}   ${densest}`,
    );
  }
  lines.push(
    `  (entities: distinct per document, summed; ${stats.persons} distinct persons, ${stats.organizations} distinct organizations in all)`,
  );
  const noSurname = stats.personsWithoutSurname;
  lines.push(
    `  persons whose first character is no known surname: ${noSurname.length} of ${stats.persons} (${share(noSurname.length, stats.persons)}), as name mentions/documents:`,
  );
  if (noSurname.length > 0) lines.push(`    ${compactList(noSurname.map(counted), limit)}`);
  lines.push(`  the ${stats.topOrganizations.length} most mentioned organizations, as name mentions/documents:`);
  for (let i = 0; i < stats.topOrganizations.length; i += PER_LINE)
    lines.push(
      `    ${stats.topOrganizations
        .slice(i, i + PER_LINE)
        .map(counted)
        .join(" | ")}`,
    );
  const c = stats.collaboration;
  lines.push(
    `  COLLABORATES_WITH: ${c.total} (one per document and pair); between two organizations ${c.betweenOrganizations} (${share(c.betweenOrganizations, c.total)}), with a Place end ${c.withPlace} (${share(c.withPlace, c.total)}), with the report's author as an end (by rule name) ${c.withAuthor}`,
  );
  if (c.total > 0) {
    lines.push(`    by ends: ${c.byEnds.map((e) => `${e.ends} ${e.count}`).join(", ")}`);
    lines.push(`    by rule: ${c.byRule.map((r) => `${r.rule} ${r.count}`).join(", ")}`);
  }
  lines.push(
    `  documents without a date: ${stats.undated.length}${stats.undated.length ? `: ${compactList(stats.undated.map(rel), limit)}` : ""}`,
  );
  const salutations = stats.salutationTitles.map((t) => `${rel(t.path)} 「${t.title}」`);
  lines.push(
    `  documents whose title looks like a salutation: ${salutations.length}${salutations.length ? `: ${compactList(salutations, limit)}` : ""}`,
  );
  return lines;
}

/** The numbered lines of a sample, one entity each with its mention in context, for reading by hand. */
export function formatSample(type: string, sample: readonly SampledEntity[], seed: number, dir: string): string[] {
  const lines = [`== random sample of ${sample.length} ${type} entities (seed ${seed}); mark each real or not`];
  sample.forEach((s, i) =>
    lines.push(`  ${String(i + 1).padStart(3)}. ${s.name}  [${path.relative(dir, s.path) || s.path}]  …${s.context}…`),
  );
  return lines;
}

/** The corpus figures as one JSON object (the line that ends the output). */
export function corpusJson(stats: CorpusStats, seconds: number): Record<string, unknown> {
  const c = stats.collaboration;
  return {
    documents: stats.documents,
    chars: stats.chars,
    ...Object.fromEntries(stats.density.map((d) => [`${d.type}_per_10k`, round3(d.entitiesPer10k)])),
    persons: stats.persons,
    persons_without_surname: stats.personsWithoutSurname.length,
    organizations: stats.organizations,
    collaborates_with: c.total,
    collaborates_org_org: c.betweenOrganizations,
    collaborates_with_place: c.withPlace,
    collaborates_with_author: c.withAuthor,
    undated: stats.undated.length,
    salutation_titles: stats.salutationTitles.length,
    seconds: round3(seconds),
  };
}
