// The keys of the documents that mention any of the entities (a sentence key starts with its document's key).
UNWIND $keys AS key
MATCH (:Entity {key: key})<-[:MENTIONS]-(s:Sentence)
RETURN DISTINCT split(s.key, ':')[0] AS document
