// Recomputes the mention and document counts of the given entities from the lexical graph.
UNWIND $keys AS key
MATCH (e:Entity {key: key})
SET e.mentions = COUNT { (:Sentence)-[:MENTIONS]->(e) },
    e.documents = COUNT { MATCH (d:Document)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e) RETURN DISTINCT d }
