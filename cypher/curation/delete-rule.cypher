// Deletes a curation rule by id.
MATCH (r:CurationRule {id: $id}) DELETE r
