// The ingest benchmark's baseline: the same rows written by plain batched UNWIND … MERGE, no per-document logic.
UNWIND $rows AS row MERGE (d:Document {key: row.key}) SET d += row;
UNWIND $rows AS row MATCH (d:Document {key: row.document}) MERGE (s:Sentence {key: row.key}) SET s.index = row.index, s.text = row.text, s.start = row.start, s.end = row.end MERGE (d)-[:HAS_SENTENCE]->(s);
UNWIND $rows AS row MERGE (e:Entity {key: row.key}) ON CREATE SET e.name = row.name, e.type = row.type SET e:$(row.type);
UNWIND $rows AS row MATCH (s:Sentence {key: row.sentence}) MATCH (e:Entity {key: row.entity}) MERGE (s)-[m:MENTIONS {start: row.start}]->(e) SET m.end = row.end, m.surface = row.surface;
UNWIND $rows AS row MATCH (a:Entity {key: row.source}) MATCH (b:Entity {key: row.target}) MERGE (a)-[r:$(row.type)]->(b) SET r.weight = coalesce(r.weight, 0) + size(row.sentences), r.sentences = coalesce(r.sentences, []) + row.sentences;
