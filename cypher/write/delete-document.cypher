// Deletes a document node and its sentences (with their MENTIONS); run after its contributions are taken out.
MATCH (d:Document {key: $key})
OPTIONAL MATCH (d)-[:HAS_SENTENCE]->(s:Sentence)
DETACH DELETE s, d
