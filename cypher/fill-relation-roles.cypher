// Gives relations that exist without a role the role this document states for them (source and target are positions
// in $entityIds, the element ids upsert-entities returned).
UNWIND $rows AS row
MATCH (a:Entity) WHERE elementId(a) = $entityIds[toInteger(row.source)]
MATCH (b:Entity) WHERE elementId(b) = $entityIds[toInteger(row.target)]
MATCH (a)-[r:$(row.type)]->(b)
SET r.role = coalesce(r.role, row.role)
