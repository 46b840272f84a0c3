// The edge lines subgraph.cypher sends in their source's row, written straight out as graphology edges in JSON text.

/** The separator of the fields of an edge line (target, type, weight, rule, firstDate, lastDate). */
const FIELD_SEPARATOR = "\u001f";

/** JSON.stringify for strings, remembering its answers: a subgraph's edges repeat a few keys, types, rules and dates. */
export function createStringQuoter(): (text: string) => string {
  const quoted = new Map<string, string>();
  return (text) => {
    let json = quoted.get(text);
    if (json === undefined) quoted.set(text, (json = JSON.stringify(text)));
    return json;
  };
}

/** Where the field of an edge line that starts at `from` ends: at the next separator, or at the line's end. */
const fieldEnd = (line: string, from: number): number => {
  const end = line.indexOf(FIELD_SEPARATOR, from);
  return end < 0 ? line.length : end;
};

/**
 * The edges of `source`'s edge lines as graphology edges in JSON text, comma-separated without brackets ("" for
 * none): `{key, source, target, attributes: {relation, weight, rule, stated, firstDate?, lastDate?}}`, dates only
 * when known. A hub's neighbourhood has thousands of edges: writing their text once costs half of parsing them into
 * objects and stringifying those. The fields are found by their separators rather than split into an array, and each
 * edge's text is joined once with the others: about half the time of splitting and appending to one growing string,
 * whose pieces are copied again when the whole is encoded as UTF-8.
 */
export function edgeLinesToJson(source: string, lines: readonly string[], quote: (text: string) => string): string {
  const from = quote(source);
  const keyHead = from.slice(0, -1);
  const edges: string[] = [];
  for (const line of lines) {
    const targetEnd = fieldEnd(line, 0);
    const typeEnd = fieldEnd(line, targetEnd + 1);
    const weightEnd = fieldEnd(line, typeEnd + 1);
    const ruleEnd = fieldEnd(line, weightEnd + 1);
    const firstDateEnd = fieldEnd(line, ruleEnd + 1);
    const to = quote(line.slice(0, targetEnd));
    const type = line.slice(targetEnd + 1, typeEnd);
    const relation = quote(type);
    const strength = weightEnd > typeEnd + 1 ? Number(line.slice(typeEnd + 1, weightEnd)) : 1;
    const firstDate = line.slice(ruleEnd + 1, firstDateEnd);
    const lastDate = line.slice(firstDateEnd + 1);
    // The key is source, type and target joined; their escaped forms join the same way, less the quotes between.
    edges.push(
      `{"key":${keyHead}-[${relation.slice(1, -1)}]->${to.slice(1)},"source":${from},"target":${to},"attributes":{"relation":${relation},` +
        `"weight":${Number.isFinite(strength) ? strength : 1},"rule":${quote(line.slice(weightEnd + 1, ruleEnd))},"stated":${type !== "CO_OCCURS"}` +
        `${firstDate ? `,"firstDate":${quote(firstDate)}` : ""}${lastDate ? `,"lastDate":${quote(lastDate)}` : ""}}}`,
    );
  }
  return edges.join(",");
}
