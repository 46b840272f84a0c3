// After mentions moved: an alias only old rows gave stays while it is the entity's name or the surface of one of its
// mentions (as a document's removal decides); an entity no document holds any more is deleted.
UNWIND $entities AS row
MATCH (e:Entity {key: row.key})
SET e.aliases = [a IN e.aliases WHERE NOT a IN row.dropAliases OR a = e.name OR EXISTS {
  MATCH (e)<-[m:MENTIONS]-(:Sentence) WHERE m.surface = a
}]
WITH e WHERE e.documents <= 0
DETACH DELETE e
