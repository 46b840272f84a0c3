// Search indexes left by an older schema, which covered every entity label instead of Searchable (apply-schema.ts
// replaces them).
SHOW INDEXES YIELD name, labelsOrTypes
WHERE name IN ['entity_names', 'entity_name_text', 'entity_alias_text'] AND NOT 'Searchable' IN labelsOrTypes
RETURN name
