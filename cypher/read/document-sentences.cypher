// A page of a document's sentences with the entity mentions in them, from index $from or around the sentence
// $around ($before sentences ahead of it). Sentence keys are the document's key and the index, so a page is `limit`
// index lookups and a long document is never read whole. No row for an unknown document; `anchor` is null when
// $around names no sentence of it.
MATCH (d:Document {key: $key})
OPTIONAL MATCH (d)-[:HAS_SENTENCE]->(anchorSentence:Sentence {key: $around})
WITH d, anchorSentence.index AS anchor
WITH d, anchor, CASE WHEN $around IS NULL THEN $from WHEN anchor IS NULL THEN 0 ELSE anchor - $before END AS wanted
WITH d, anchor, CASE WHEN wanted < 0 THEN 0 ELSE wanted END AS from
RETURN d.sentences AS total, anchor, from,
  COLLECT {
    UNWIND range(from, from + $limit - 1) AS i
    MATCH (d)-[:HAS_SENTENCE]->(s:Sentence {key: d.key + ':' + toString(i)})
    RETURN s { .key, .index, .text, .start, .end,
      mentions: COLLECT {
        MATCH (s)-[m:MENTIONS]->(x:Entity)
        RETURN m { entity: x.key, name: x.name, type: x.type, .start, .end, .surface } AS mention ORDER BY m.start, m.end DESC
      } } AS sentence
    ORDER BY s.index
  } AS sentences
