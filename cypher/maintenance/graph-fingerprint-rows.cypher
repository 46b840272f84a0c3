// Every node key with its counts and whether search has it, and every relationship with its endpoints, weight,
// evidence and dates, lists sorted, in a stable order, so two graphs can be compared by a hash of these rows.
CALL () {
  MATCH (n) WHERE n.key IS NOT NULL
  WITH n, COLLECT { UNWIND coalesce(n.aliases, []) AS a RETURN a ORDER BY a } AS aliases
  RETURN n.key + '|' + coalesce(toString(n.mentions), '') + '|' + coalesce(toString(n.documents), '') + '|' + reduce(s = '', a IN aliases | s + a + ',') +
         CASE WHEN n:Searchable AND NOT n:SearchPending THEN '|searchable' ELSE '' END AS row
  UNION ALL
  MATCH (a)-[r]->(b)
  WITH a, r, b, COLLECT { UNWIND coalesce(r.sentences, []) AS k RETURN k ORDER BY k } AS sentences
  RETURN a.key + '-' + type(r) + '->' + b.key + '|' + coalesce(toString(r.weight), '') + '|' + coalesce(toString(r.start), '') + '|' +
         coalesce(r.firstDate, '') + '|' + coalesce(r.lastDate, '') + '|' + reduce(s = '', k IN sentences | s + k + ',') AS row
}
RETURN row ORDER BY row
