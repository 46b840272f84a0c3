// Notes that the rules changed (document writers holding an older version re-read them) and the next rule position.
MATCH (c:CurationState {id: 'curation'})
SET c.version = c.version + 1, c.next = $next
