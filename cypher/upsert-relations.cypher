// Creates relations, or extends them with this document's evidence sentences, weight and date span. Runs only for a
// document not yet in the graph, so its sentence keys are new to every list.
UNWIND $rows AS row
MATCH (a:Entity {key: row.source})
MATCH (b:Entity {key: row.target})
MERGE (a)-[r:$(row.type)]->(b)
ON CREATE SET r.sentences = row.sentences, r.weight = size(row.sentences), r.rule = row.rule, r.role = row.role,
              r.firstDate = $date, r.lastDate = $date
ON MATCH SET r.sentences = r.sentences + row.sentences,
             r.weight = r.weight + size(row.sentences),
             r.role = coalesce(r.role, row.role),
             r.firstDate = CASE WHEN $date IS NOT NULL AND (r.firstDate IS NULL OR $date < r.firstDate) THEN $date ELSE r.firstDate END,
             r.lastDate = CASE WHEN $date IS NOT NULL AND (r.lastDate IS NULL OR $date > r.lastDate) THEN $date ELSE r.lastDate END
