// The projects two organizations ($a, $b) both take part in or organize, and for each the ties of both (PARTNER_IN,
// ORGANIZED): their relation types, how many sentences support them, and up to $perTie of those sentences with their
// document and where the organization and the project are named. With a date range ($dated) only sentences of
// documents dated in [$from, $to] count, and a project only when both ties keep one, as projection-organizations
// counts them.
MATCH (a:Organization {key: $a})-[:PARTNER_IN|ORGANIZED]->(p:Project)<-[:PARTNER_IN|ORGANIZED]-(b:Organization {key: $b})
WITH DISTINCT p, a, b
UNWIND [a, b] AS o
CALL (p, o) {
  MATCH (o)-[r:PARTNER_IN|ORGANIZED]->(p)
  UNWIND r.sentences AS sentenceKey
  WITH DISTINCT sentenceKey, collect(DISTINCT type(r)) AS relations
  MATCH (d:Document)-[:HAS_SENTENCE]->(s:Sentence {key: sentenceKey})
  WHERE true
    AND d.date >= $from AND left(d.date, size($to)) <= $to // if $dated
  WITH s, d, relations
  ORDER BY d.date, d.key, s.index
  WITH collect({s: s, d: d, relations: relations}) AS found
  RETURN size(found) AS total, found[..$perTie] AS shown
}
CALL (p, o, shown) {
  UNWIND shown AS x
  WITH x.s AS s, x.d AS d, x.relations AS relations
  RETURN collect({
    sentence: s { .key, .text, .start, .end },
    document: d { .key, .title, .date },
    relations: relations,
    mentions: COLLECT { MATCH (s)-[m:MENTIONS]->(e) WHERE e = o OR e = p RETURN m { entity: e.key, .start, .end, .surface } AS mention ORDER BY m.start }
  }) AS evidence
}
WITH p, collect({
  organization: o.key,
  relations: COLLECT { MATCH (o)-[r:PARTNER_IN|ORGANIZED]->(p) RETURN DISTINCT type(r) AS type ORDER BY type },
  total: total,
  evidence: evidence
}) AS ties
WHERE all(tie IN ties WHERE tie.total > 0)
RETURN p { .key, .name } AS project, ties
ORDER BY p.name, p.key
LIMIT $limit
