// The relations of a document that replaces an earlier version of itself (whose removal, in the same transaction, may
// have deleted some): creates them with this document's evidence sentences, weight and date, or gives existing ones
// its role if they have none (rows as in create-relations). An existing relation's evidence, weight and date span are
// not rewritten here: the document keeps its evidence as pending (see upsert-document), and fold-pending-evidence adds
// the pending evidence of many documents at once. New documents use create-relations.
UNWIND $rows AS row
MATCH (a:Entity) WHERE elementId(a) = $entityIds[toInteger(row.source)]
MATCH (b:Entity) WHERE elementId(b) = $entityIds[toInteger(row.target)]
MERGE (a)-[r:$(row.type)]->(b)
ON CREATE SET r.sentences = [i IN row.sentences | $documentKey + ':' + toInteger(i)], r.weight = size(row.sentences), r.rule = row.rule,
              r.role = row.role, r.firstDate = $date, r.lastDate = $date
ON MATCH SET r.role = coalesce(r.role, row.role)
