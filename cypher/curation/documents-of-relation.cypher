// The keys of the documents whose sentences support a relation.
MATCH (:Entity {key: $source})-[r:$($type)]->(:Entity {key: $target})
UNWIND r.sentences AS sentence
RETURN DISTINCT split(sentence, ':')[0] AS document
