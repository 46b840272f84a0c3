// Takes a document's mentions out of entity counts and aliases; an entity that no other document mentions is deleted.
MATCH (:Document {key: $key})-[:HAS_SENTENCE]->(:Sentence)-[m:MENTIONS]->(e:Entity)
WITH e, count(m) AS mentions
SET e.mentions = e.mentions - mentions, e.documents = e.documents - 1
WITH e
CALL (e) {
  WITH e WHERE e.mentions > 0
  WITH e, [a IN e.aliases WHERE a = e.name OR EXISTS {
    MATCH (e)<-[m:MENTIONS]-(s:Sentence) WHERE m.surface = a AND NOT s.key STARTS WITH $prefix
  }] AS aliases
  SET e.aliases = aliases, e.aliasText = trim(reduce(text = '', a IN aliases | text + ' ' + a))
}
CALL (e) {
  WITH e WHERE e.mentions <= 0
  DETACH DELETE e
}
