// Moves mentions: deletes [sentence, start, end, entity] and creates [sentence, start, end, surface, entity].
CALL () {
  UNWIND $removed AS m
  MATCH (:Sentence {key: m[0]})-[r:MENTIONS]->(:Entity {key: m[3]})
  WHERE r.start = m[1] AND r.end = m[2]
  DELETE r
}
CALL () {
  UNWIND $added AS m
  MATCH (s:Sentence {key: m[0]}), (e:Entity {key: m[4]})
  CREATE (s)-[:MENTIONS {start: m[1], end: m[2], surface: m[3]}]->(e)
}
