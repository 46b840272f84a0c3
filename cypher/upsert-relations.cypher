// Creates or extends relations between entities; the evidence sentence list is a set, so re-running adds nothing.
UNWIND $rows AS row
MATCH (a:Entity {key: row.source})
MATCH (b:Entity {key: row.target})
MERGE (a)-[r:$(row.type)]->(b)
SET r.rule = row.rule
WITH r, row, reduce(acc = coalesce(r.sentences, []), k IN row.sentences | CASE WHEN k IN acc THEN acc ELSE acc + k END) AS sentences
SET r.sentences = sentences, r.weight = size(sentences)
