// After mentions moved: an alias only old rows gave stays while it is the entity's name or the surface of one of its
// mentions (as a document's removal decides), and an entity that lost one is left for search to index again; an
// entity no document holds any more is deleted.
UNWIND $entities AS row
MATCH (e:Entity {key: row.key})
WITH e, [a IN e.aliases WHERE NOT a IN row.dropAliases OR a = e.name OR EXISTS {
  MATCH (e)<-[m:MENTIONS]-(:Sentence) WHERE m.surface = a
}] AS aliases
CALL (e, aliases) {
  WITH e, aliases WHERE size(aliases) < size(e.aliases)
  SET e.aliases = aliases, e:SearchPending
}
WITH e WHERE e.documents <= 0
DETACH DELETE e
