// Adds and takes out relation evidence: a relation that gains its first sentence is created, one left with none is
// deleted, the others get their weight and date span again from the documents that support them (as a document's
// removal does).
CALL () {
  UNWIND $relations AS row
  WITH row WHERE size(row.added) > 0
  MATCH (a:Entity {key: row.source}), (b:Entity {key: row.target})
  WHERE NOT EXISTS { (a)-[:$(row.type)]->(b) }
  CREATE (a)-[r:$(row.type)]->(b)
  SET r.sentences = [], r.weight = 0, r.rule = row.rule, r.role = row.role
}
CALL () {
  UNWIND $relations AS row
  MATCH (:Entity {key: row.source})-[r:$(row.type)]->(:Entity {key: row.target})
  SET r.sentences = [k IN r.sentences WHERE NOT k IN row.removed] + [k IN row.added WHERE NOT k IN r.sentences]
  SET r.weight = size(r.sentences), r.role = coalesce(r.role, row.role)
  WITH r, COLLECT {
    UNWIND r.sentences AS k
    WITH DISTINCT split(k, ':')[0] AS documentKey
    MATCH (d:Document {key: documentKey}) WHERE d.date IS NOT NULL
    RETURN d.date AS date ORDER BY date
  } AS dates
  SET r.firstDate = dates[0], r.lastDate = dates[-1]
  WITH r WHERE r.weight = 0
  DELETE r
}
