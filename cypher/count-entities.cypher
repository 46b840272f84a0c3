// How many entities the graph holds.
MATCH (e:Entity) RETURN count(e) AS entities
