// One page of an entity's mentions in context: the sentence, its document, and the mention's offsets.
MATCH (e:Entity {key: $key})<-[m:MENTIONS]-(s:Sentence)<-[:HAS_SENTENCE]-(d:Document)
RETURN s { .key, .text, .start, .end } AS sentence, d { .key, .title, .date } AS document,
       m { .start, .end, .surface } AS mention
ORDER BY d.date, d.key, s.index, m.start
SKIP $skip LIMIT $limit
