// Entities whose name or an alias contains a one- or two-character query (too short for the cjk bigram index),
// found through the text indexes on name and aliasText: exact names first, then prefixes, then other matches, each
// by mentions. The type check on $query lets the planner use the text indexes.
CALL () {
  MATCH (e:Searchable) WHERE $query IS :: STRING NOT NULL AND e.name CONTAINS $query RETURN e
  UNION
  MATCH (e:Searchable) WHERE $query IS :: STRING NOT NULL AND e.aliasText CONTAINS $query RETURN e
}
WITH e WHERE ($type IS NULL OR e.type = $type) AND (e.name CONTAINS $query OR any(a IN e.aliases WHERE a CONTAINS $query))
WITH e, CASE WHEN e.name = $query OR $query IN e.aliases THEN 3.0
             WHEN e.name STARTS WITH $query OR any(a IN e.aliases WHERE a STARTS WITH $query) THEN 2.0
             ELSE 1.0 END AS score
RETURN e.key AS key, e.name AS name, e.type AS type, e.aliases AS aliases, e.mentions AS mentions, score
ORDER BY score DESC, mentions DESC, key
LIMIT $limit
