// Relation counts per type, with the evidence sentences behind them. The entity relation types are spelled out, so
// Neo4j reads them from the relationship type index instead of walking every MENTIONS and HAS_SENTENCE too.
MATCH ()-[r:COLLABORATES_WITH|PARTNER_IN|ORGANIZED|HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|ADDRESSES|PUBLISHED|CO_OCCURS]->()
RETURN type(r) AS type, count(r) AS count, sum(r.weight) AS evidence ORDER BY count DESC, type
