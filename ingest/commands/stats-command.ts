// `kg stats [--json]`: what the graph holds: counts per type, documents with dates, top collaborating pairs.

import { parseArgs } from "node:util";
import { createProgress } from "../../common/progress.js";
import { resolveNeo4jConfig } from "../../neo4j/neo4j-config.js";
import type { GraphStats } from "../../common/api.js";
import { readGraphStats } from "../../neo4j/graph-stats.js";
import { withGraphDatabase } from "../../neo4j/open-graph-database.js";

export const STATS_USAGE =
  "kg stats [--json]\n      counts per entity and relation type, documents with dates, top collaborating pairs";

/** Runs `kg stats`. */
export async function runStats(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: "boolean", default: false } } });
  const stats = await withGraphDatabase(resolveNeo4jConfig(), createProgress(process.stderr, "neo4j"), (db) =>
    readGraphStats(db),
  );
  console.log(values.json ? JSON.stringify(stats, null, 2) : formatStats(stats));
  return 0;
}

/** The stats as aligned text for a terminal. Pure. */
export function formatStats(stats: GraphStats): string {
  const d = stats.documents;
  const span = d.firstDate ? ` (${d.firstDate} – ${d.lastDate})` : "";
  const lines = [
    `documents   ${d.total} (${d.dated} with a date${span}), ${d.sentences.toLocaleString("en")} sentences, ${d.chars.toLocaleString("en")} characters`,
    "",
    "entities",
    ...stats.entities.map((e) => `  ${e.type.padEnd(18)} ${String(e.count).padStart(8)}`),
    "",
    "relations                   count  evidence",
    ...stats.relations.map(
      (r) => `  ${r.type.padEnd(18)} ${String(r.count).padStart(8)} ${String(r.evidence).padStart(9)}`,
    ),
    "",
    "top collaborating pairs (sentences)",
    ...(stats.topCollaborations.length === 0
      ? ["  none yet"]
      : stats.topCollaborations.map((p) => `  ${String(p.weight).padStart(4)}  ${p.sourceName} — ${p.targetName}`)),
  ];
  return lines.join("\n");
}
