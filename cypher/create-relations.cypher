// Creates relations new to the graph with this document's evidence sentences, weight, rule, role and date (source and
// target are positions in $entityIds, the element ids upsert-entities returned; evidence sentences are indexes in the
// document, keyed as sentenceKey does). The writer knows every relation of the graph (known-relations), so these are
// new for certain and need no MERGE: a MERGE looks through all the relationships between two entities, and a hub has
// thousands. (JavaScript numbers arrive as floats, hence toInteger.)
UNWIND $rows AS row
MATCH (a:Entity) WHERE elementId(a) = $entityIds[toInteger(row.source)]
MATCH (b:Entity) WHERE elementId(b) = $entityIds[toInteger(row.target)]
CREATE (a)-[r:$(row.type)]->(b)
SET r.sentences = [i IN row.sentences | $documentKey + ':' + toInteger(i)], r.weight = size(row.sentences), r.rule = row.rule,
    r.role = row.role, r.firstDate = $date, r.lastDate = $date
