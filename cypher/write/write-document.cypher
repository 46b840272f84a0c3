// Writes one document in one statement: the Document, its entities, its sentences with their mentions, and its
// relations. One statement rather than one per step, because each step cost a round trip and a parameter pack, and
// the sentences had to wait for the entities' ids to come back to the client before they could be sent.
//
// $document: the Document's properties, with the evidence it adds to existing relations as pending (four parallel
//   lists read by fold-pending-evidence).
// $entities: {key, type, name, aliases, mentions}. Created with their type label, or given this document's mention
//   count and its new surface forms. Runs only for a document not in the graph (an earlier version is removed first),
//   so the counts simply add up. A new entity, or one with a new alias, is labelled SearchPending: the search
//   indexes see it at the next fold (index-pending-entities.cypher), since updating them in every document's
//   commit cost more than the rest of the write.
// $sentences: {index, start, end, text, mentions}; a sentence's key is its document's key and its index
//   (ingest/write/document-rows.ts, sentenceKey). A mention is a list [entity, start, end, surface] whose entity is a
//   position in $entities. CREATE, not MERGE: the unique constraint still refuses a duplicate key.
// $created: relations new to the graph (the writer knows every relation, ingest/write/known-relations.ts), created with
//   their evidence sentences (indexes in the document), weight, rule, role and date; no MERGE, which would look
//   through all the relationships between two entities, and a hub has thousands.
// $merged: the relations of a document that replaces an earlier version of itself, whose removal may have deleted
//   some: created as above, or given this document's role if they have none. Their evidence stays pending.
// $roleFills: existing relations without a role to which this document gives one.
// Source and target are positions in $entities. (JavaScript numbers arrive as floats, hence toInteger.)
MERGE (d:Document {key: $document.key})
SET d += $document
WITH d
CALL () {
  UNWIND range(0, size($entities) - 1) AS position
  WITH position, $entities[position] AS row
  MERGE (e:Entity {key: row.key})
  ON CREATE SET e:$(row.type), e:SearchPending, e.name = row.name, e.type = row.type, e.aliases = row.aliases,
                e.mentions = row.mentions, e.documents = 1
  ON MATCH SET e.mentions = e.mentions + row.mentions, e.documents = e.documents + 1
  WITH position, e, [a IN row.aliases WHERE NOT a IN e.aliases] AS added
  CALL (e, added) {
    WITH e, added WHERE size(added) > 0
    SET e.aliases = e.aliases + added, e:SearchPending
  }
  WITH position, e ORDER BY position
  RETURN collect(e) AS entities
}
CALL (d, entities) {
  UNWIND $sentences AS row
  CREATE (d)-[:HAS_SENTENCE]->(s:Sentence {key: d.key + ':' + toInteger(row.index), index: row.index, text: row.text, start: row.start, end: row.end})
  WITH s, row
  UNWIND row.mentions AS mention
  WITH s, mention, entities[toInteger(mention[0])] AS e
  CREATE (s)-[:MENTIONS {start: mention[1], end: mention[2], surface: mention[3]}]->(e)
}
CALL (d, entities) {
  UNWIND $created AS row
  WITH row, entities[toInteger(row.source)] AS a, entities[toInteger(row.target)] AS b
  CREATE (a)-[r:$(row.type)]->(b)
  SET r.sentences = [i IN row.sentences | d.key + ':' + toInteger(i)], r.weight = size(row.sentences), r.rule = row.rule,
      r.role = row.role, r.firstDate = d.date, r.lastDate = d.date
}
CALL (d, entities) {
  UNWIND $merged AS row
  WITH row, entities[toInteger(row.source)] AS a, entities[toInteger(row.target)] AS b
  MERGE (a)-[r:$(row.type)]->(b)
  ON CREATE SET r.sentences = [i IN row.sentences | d.key + ':' + toInteger(i)], r.weight = size(row.sentences), r.rule = row.rule,
                r.role = row.role, r.firstDate = d.date, r.lastDate = d.date
  ON MATCH SET r.role = coalesce(r.role, row.role)
}
CALL (entities) {
  UNWIND $roleFills AS row
  WITH row, entities[toInteger(row.source)] AS a, entities[toInteger(row.target)] AS b
  MATCH (a)-[r:$(row.type)]->(b)
  SET r.role = coalesce(r.role, row.role)
}
RETURN size(entities) AS entities
