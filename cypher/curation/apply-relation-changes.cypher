// Adds and takes out relation evidence: a relation that gains its first sentence is created, one left with none is
// deleted, the others get their weight again, and their date span from the documents of the added sentences; only
// when the sentences taken out came from a document dated at either end of the span is it read again from every
// document that still supports the relation (a hub's relation has thousands).
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
  WITH r, row, [k IN row.removed | split(k, ':')[0]] AS removedFrom
  // A document's added sentences are never among the relation's already (the delta adds what its old rows lacked), and
  // a hub's relation lists thousands: the list is filtered only when something is taken out.
  SET r.sentences = CASE WHEN size(row.removed) = 0 THEN r.sentences ELSE [k IN r.sentences WHERE NOT k IN row.removed] END + row.added
  SET r.weight = size(r.sentences), r.role = coalesce(r.role, row.role)
  WITH r, row, COLLECT {
    UNWIND removedFrom AS documentKey
    MATCH (d:Document {key: documentKey}) WHERE d.date IS NOT NULL AND (d.date = r.firstDate OR d.date = r.lastDate)
    RETURN d.key
  } AS atTheEnds
  WITH r, CASE WHEN size(atTheEnds) = 0 THEN row.added ELSE r.sentences END AS read,
       CASE WHEN size(atTheEnds) = 0 THEN [r.firstDate, r.lastDate] ELSE [] END AS kept
  WITH r, COLLECT {
    UNWIND read AS k
    WITH DISTINCT split(k, ':')[0] AS documentKey
    MATCH (d:Document {key: documentKey}) WHERE d.date IS NOT NULL
    RETURN d.date AS date
    UNION
    UNWIND kept AS date
    WITH date WHERE date IS NOT NULL
    RETURN date
  } AS dates
  WITH r, reduce(first = null, date IN dates | CASE WHEN first IS NULL OR date < first THEN date ELSE first END) AS first,
       reduce(last = null, date IN dates | CASE WHEN last IS NULL OR date > last THEN date ELSE last END) AS last
  SET r.firstDate = first, r.lastDate = last
  WITH r WHERE r.weight = 0
  DELETE r
}
