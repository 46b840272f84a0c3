// Whether a relation of a type joins two entities.
RETURN EXISTS { (:Entity {key: $source})-[:$($type)]->(:Entity {key: $target}) } AS found
