// Creates entities by key with their type label, or adds this document's mentions to their counts and its new
// surface forms to their aliases. Runs only for a document not yet in the graph, so the counts simply add up. The
// full-text-indexed aliasText is rewritten only when an alias is new, so the index is not updated for nothing.
// Returns each entity's element id, so the sentences and relations of the document find it without an index seek.
UNWIND $rows AS row
MERGE (e:Entity {key: row.key})
ON CREATE SET e:$(row.type), e.name = row.name, e.type = row.type, e.aliases = row.aliases,
              e.aliasText = trim(reduce(text = '', a IN row.aliases | text + ' ' + a)), e.mentions = row.mentions, e.documents = 1
ON MATCH SET e.mentions = e.mentions + row.mentions, e.documents = e.documents + 1
WITH e, row, [a IN row.aliases WHERE NOT a IN e.aliases] AS added
CALL (e, added) {
  WITH e, added WHERE size(added) > 0
  SET e.aliases = e.aliases + added, e.aliasText = trim(reduce(text = e.aliasText, a IN added | text + ' ' + a))
}
RETURN row.key AS key, elementId(e) AS id
