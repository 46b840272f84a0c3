// The edge lines subgraph.cypher sends in their source's row, written straight out as graphology edges in JSON text.

/** The separator of the fields of an edge line (target, type, weight, rule, firstDate, lastDate). */
const FIELD_SEPARATOR = "\u001f";

/** A relation's key: one relation of a type joins two entities (MERGE), so the three name it for good. */
export const relationKey = (source: string, type: string, target: string): string => `${source}-[${type}]->${target}`;

/** JSON.stringify for strings, remembering its answers: a subgraph's edges repeat a few keys, types, rules and dates. */
export function createStringQuoter(): (text: string) => string {
  const quoted = new Map<string, string>();
  return (text) => {
    let json = quoted.get(text);
    if (json === undefined) quoted.set(text, (json = JSON.stringify(text)));
    return json;
  };
}

/**
 * The edges of `source`'s edge lines as graphology edges in JSON text, comma-separated without brackets ("" for
 * none): `{key, source, target, attributes: {relation, weight, rule, stated, firstDate?, lastDate?}}`, dates only
 * when known. A hub's neighbourhood has thousands of edges: writing their text once costs half of parsing them into
 * objects and stringifying those.
 */
export function edgeLinesToJson(source: string, lines: readonly string[], quote: (text: string) => string): string {
  const from = quote(source);
  let json = "";
  for (const line of lines) {
    const [target = "", type = "", weight = "1", rule = "", firstDate = "", lastDate = ""] = line.split(FIELD_SEPARATOR);
    const to = quote(target);
    const relation = quote(type);
    // The key is source, type and target joined; their escaped forms join the same way, less the quotes between.
    const key = `${from.slice(0, -1)}-[${relation.slice(1, -1)}]->${to.slice(1)}`;
    const strength = Number(weight);
    const dates = (firstDate ? `,"firstDate":${quote(firstDate)}` : "") + (lastDate ? `,"lastDate":${quote(lastDate)}` : "");
    json +=
      (json ? "," : "") +
      `{"key":${key},"source":${from},"target":${to},"attributes":{"relation":${relation},"weight":${Number.isFinite(strength) ? strength : 1},` +
      `"rule":${quote(rule)},"stated":${type !== "CO_OCCURS"}${dates}}}`;
  }
  return json;
}
