// Links sentences to the entities they mention, one relationship per mention offset.
UNWIND $rows AS row
MATCH (s:Sentence {key: row.sentence})
MATCH (e:Entity {key: row.entity})
MERGE (s)-[m:MENTIONS {start: row.start}]->(e)
SET m.end = row.end, m.surface = row.surface
