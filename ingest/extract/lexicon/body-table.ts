// Reads the bodies lexicons' tables: one body a line, its canonical name first and then its other names.

/**
 * Parses a table into surface -> canonical name. A short form shared by two bodies keeps the first line's, so a table
 * lists the body a short form usually means first.
 */
export function parseBodyTable(table: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of table.split("\n")) {
    const [canonical, ...aliases] = line.trim().split(/\s+/u);
    if (!canonical) continue;
    for (const surface of [canonical, ...aliases]) out[surface] ??= canonical;
  }
  return out;
}
