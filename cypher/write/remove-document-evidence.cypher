// Takes a document's sentences out of the evidence of every relation; a relation left with none is deleted, the
// others get their weight and date span again from the documents that still support them.
MATCH (:Document {key: $key})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e:Entity)
WITH DISTINCT e
MATCH (e)-[r]-(:Entity)
WHERE any(k IN r.sentences WHERE k STARTS WITH $prefix)
WITH DISTINCT r
SET r.sentences = [k IN r.sentences WHERE NOT k STARTS WITH $prefix]
SET r.weight = size(r.sentences)
WITH r, COLLECT {
  UNWIND r.sentences AS k
  WITH DISTINCT split(k, ':')[0] AS documentKey
  MATCH (d:Document {key: documentKey}) WHERE d.date IS NOT NULL
  RETURN d.date AS date ORDER BY date
} AS dates
SET r.firstDate = dates[0], r.lastDate = dates[-1]
WITH r WHERE r.weight = 0
DELETE r
