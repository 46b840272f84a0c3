// Entities whose name or aliases match a full-text query (cjk bigrams), optionally of one type, best first.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE $type IS NULL OR node.type = $type
RETURN node.key AS key, node.name AS name, node.type AS type, node.aliases AS aliases, node.mentions AS mentions, score
ORDER BY score DESC, mentions DESC, key
LIMIT $limit
