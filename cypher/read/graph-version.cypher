// A cheap fingerprint of the graph's state from Neo4j's count store, and the curation rules' version: it changes when
// documents, entities or relationships are added or removed, or a rule moves mentions between entities, which tells
// the server when its analytics are out of date.
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { OPTIONAL MATCH (c:CurationState {id: 'curation'}) RETURN coalesce(c.version, 0) AS curation }
RETURN documents, entities, relationships, curation
