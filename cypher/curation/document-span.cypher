// A stored document's size, and which of the given entities it mentions.
MATCH (d:Document {key: $document})
RETURN d.chars AS chars, [key IN $keys WHERE EXISTS {
  MATCH (d)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(:Entity {key: key})
}] AS mentioned,
COLLECT { MATCH (d)-[:HAS_SENTENCE]->(s:Sentence) WHERE s.start < $end AND $start < s.end RETURN s.index } AS sentences
