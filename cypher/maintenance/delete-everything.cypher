// Deletes every relationship, then every node, in batches (the schema stays). Each needs an auto-commit transaction.
// Relationships first, so no batch has to detach a node with a hundred thousand of them.
MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS;
MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS;
