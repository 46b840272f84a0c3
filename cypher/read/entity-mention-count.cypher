// Whether an entity exists, and how often it is mentioned: no row when it does not exist.
MATCH (e:Entity {key: $key}) RETURN coalesce(e.mentions, 0) AS mentions
