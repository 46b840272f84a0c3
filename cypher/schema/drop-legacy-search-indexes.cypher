// Drops the search indexes of an older schema (see legacy-search-indexes.cypher); schema.cypher creates them again.
DROP INDEX entity_names IF EXISTS;
DROP INDEX entity_name_text IF EXISTS;
DROP INDEX entity_alias_text IF EXISTS;
