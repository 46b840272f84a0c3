// Every entity relation in the graph by its key (common/domain.ts relationKey: source-[TYPE]->target),
// and whether it has a role: what an ingest run needs to create new relations without looking each one up.
MATCH (a:Entity)-[r:COLLABORATES_WITH|PARTNER_IN|ORGANIZED|HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|ADDRESSES|PUBLISHED|CO_OCCURS]->(b:Entity)
RETURN a.key + '-[' + type(r) + ']->' + b.key AS key, r.role IS NOT NULL AS hasRole
