// Creates relations new to the graph with this document's evidence sentences, weight, rule, role and date (the
// entities are named by the element ids upsert-entities returned). The writer knows every relation of the graph
// (known-relations), so these are new for certain and need no MERGE: a MERGE looks through all the relationships
// between two entities, and a hub has thousands.
UNWIND $rows AS row
MATCH (a:Entity) WHERE elementId(a) = row.source
MATCH (b:Entity) WHERE elementId(b) = row.target
CREATE (a)-[r:$(row.type)]->(b)
SET r.sentences = row.sentences, r.weight = size(row.sentences), r.rule = row.rule, r.role = row.role,
    r.firstDate = $date, r.lastDate = $date
