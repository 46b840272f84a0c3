// Puts every entity of a graph written under an older schema into the search indexes, in batches (an auto-commit
// statement). Their aliasText is already up to date.
MATCH (e:Entity) WHERE NOT e:Searchable
CALL (e) { SET e:Searchable } IN TRANSACTIONS OF 10000 ROWS
