// Takes the curation lock (a write lock on the one CurationState node, so curation and document writes take turns)
// and returns the rules' version and the next rule position. The node has an id, not a key, so graph fingerprints
// leave it out.
MERGE (c:CurationState {id: 'curation'})
ON CREATE SET c.version = 0, c.next = 0
SET c.locked = true
RETURN c.version AS version, c.next AS next
