// Stores a curation rule: its id, position in the order of rules, kind and the rule itself as JSON.
CREATE (:CurationRule {id: $id, position: $position, kind: $kind, created: $created, json: $json})
