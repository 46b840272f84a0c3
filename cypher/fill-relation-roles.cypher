// Gives relations that exist without a role the role this document states for them (entities by element id).
UNWIND $rows AS row
MATCH (a:Entity) WHERE elementId(a) = row.source
MATCH (b:Entity) WHERE elementId(b) = row.target
MATCH (a)-[r:$(row.type)]->(b)
SET r.role = coalesce(r.role, row.role)
