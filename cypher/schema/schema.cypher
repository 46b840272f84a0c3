// Unique keys for the lexical graph (Document, Sentence) and the entity graph, and a CJK full-text index over
// entity names and aliases. Every statement is idempotent: it runs at each start. The search indexes cover the
// Searchable label, which an entity gets at the fold after the document that wrote it (index-pending-entities.cypher).
CREATE CONSTRAINT document_key IF NOT EXISTS FOR (d:Document) REQUIRE d.key IS UNIQUE;
CREATE CONSTRAINT sentence_key IF NOT EXISTS FOR (s:Sentence) REQUIRE s.key IS UNIQUE;
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (e:Organization) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (e:Person) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT project_key IF NOT EXISTS FOR (e:Project) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT topic_key IF NOT EXISTS FOR (e:Topic) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT place_key IF NOT EXISTS FOR (e:Place) REQUIRE e.key IS UNIQUE;
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (e:Searchable) ON EACH [e.name, e.aliasText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
// Trigram text indexes for type-ahead on one or two characters, too short for the cjk bigrams: CONTAINS on the
// name and on the aliases (aliasText holds them joined by spaces) becomes two index seeks instead of a scan.
CREATE TEXT INDEX entity_name_text IF NOT EXISTS FOR (e:Searchable) ON (e.name);
CREATE TEXT INDEX entity_alias_text IF NOT EXISTS FOR (e:Searchable) ON (e.aliasText);
CREATE CONSTRAINT curation_state_id IF NOT EXISTS FOR (c:CurationState) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT curation_rule_id IF NOT EXISTS FOR (r:CurationRule) REQUIRE r.id IS UNIQUE;
