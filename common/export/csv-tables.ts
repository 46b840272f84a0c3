// The two CSV tables (entities, relations): one column set and one encoding for the API's export and the explorer's.

import type { ExportGraph } from "./export-graph.js";

type Cell = string | number | boolean | undefined | null;

export const NODE_COLUMNS = ["Id", "Label", "Type", "Mentions", "Documents", "Community"] as const;
export const EDGE_COLUMNS = [
  "Source",
  "Target",
  "Source name",
  "Target name",
  "Relation",
  "Weight",
  "Rule",
  "Stated",
  "First date",
  "Last date",
] as const;

/** What a spreadsheet reads as a formula at a text cell's start (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: booleans as true/false, nothing as empty, quoted when it holds a quote, comma or line break. Text that
 * a spreadsheet would run as a formula (=HYPERLINK(…) in a name) gets a leading apostrophe, so it stays text. Pure.
 */
export function csvCell(value: Cell): string {
  const raw = value === undefined || value === null ? "" : String(value);
  const text = typeof value === "string" && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// A byte-order mark, so spreadsheet programs read the Chinese names as UTF-8; CRLF as RFC 4180 has it.
const csv = (rows: ReadonlyArray<ReadonlyArray<Cell>>): string =>
  "\ufeff" + rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";

/** The entities table. Pure. */
export function writeNodesCsv(graph: ExportGraph): string {
  return csv([
    NODE_COLUMNS,
    ...graph.nodes.map((n) => [n.key, n.label, n.entityType, n.mentions, n.documents, n.community]),
  ]);
}

/** The relations table, with the names of both ends and the dates of the first and last supporting document. Pure. */
export function writeEdgesCsv(graph: ExportGraph): string {
  const names = new Map(graph.nodes.map((n) => [n.key, n.label]));
  return csv([
    EDGE_COLUMNS,
    ...graph.edges.map((e) => [
      e.source,
      e.target,
      names.get(e.source),
      names.get(e.target),
      e.relation,
      e.weight,
      e.rule,
      e.stated,
      e.firstDate,
      e.lastDate,
    ]),
  ]);
}
