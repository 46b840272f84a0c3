// Every entity with what the overview's analytics need: name, type and mentions.
MATCH (e:Entity)
RETURN e.key AS key, e.name AS name, e.type AS type, coalesce(e.mentions, 0) AS mentions
