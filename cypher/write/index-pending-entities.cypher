// Hands the search indexes (schema.cypher: over Searchable) the entities written since the last fold: new ones join
// them, and changed ones get their aliases re-joined into the indexed aliasText. Idempotent: nothing pending, nothing
// done.
MATCH (e:SearchPending)
SET e:Searchable, e.aliasText = trim(reduce(text = '', a IN e.aliases | text + ' ' + a))
REMOVE e:SearchPending
RETURN count(e) AS indexed
