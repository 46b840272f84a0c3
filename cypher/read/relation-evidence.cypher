// The sentences that support the relations between two entities (of one type, or all but CO_OCCURS when no type
// is given), one page at a time, with their document and the offsets of both entities' mentions.
MATCH (a:Entity {key: $source})-[r:COLLABORATES_WITH|PARTNER_IN|ORGANIZED|HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|ADDRESSES|PUBLISHED|CO_OCCURS]-(b:Entity {key: $target})
WHERE ($type IS NULL AND type(r) <> 'CO_OCCURS') OR type(r) = $type
UNWIND r.sentences AS sentenceKey
WITH DISTINCT sentenceKey, collect(DISTINCT type(r)) AS relations, a, b
MATCH (d:Document)-[:HAS_SENTENCE]->(s:Sentence {key: sentenceKey})
RETURN s { .key, .text, .start, .end } AS sentence, d { .key, .title, .date } AS document, relations,
  COLLECT { MATCH (s)-[m:MENTIONS]->(x) WHERE x = a OR x = b RETURN m { entity: x.key, .start, .end, .surface } AS mention ORDER BY m.start } AS mentions
ORDER BY d.date, d.key, s.index
SKIP $skip LIMIT $limit
