// A cheap fingerprint of the graph's state from Neo4j's count store: it changes when documents, entities or
// relationships are added or removed, which tells the server when its analytics are out of date.
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN documents, entities, relationships
