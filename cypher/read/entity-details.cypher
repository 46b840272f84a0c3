// One entity with its counts, the documents that mention it most, how many relations of each type it has, and the
// strongest of each type: a type's first page, so a hub's many co-occurrences never crowd its stated relations out.
MATCH (e:Entity {key: $key})
RETURN e { .key, .name, .type, .aliases, .mentions, .documents } AS entity,
  COLLECT {
    MATCH (d:Document)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e)
    WITH d, count(*) AS mentions
    RETURN d { .key, .title, .date, .path, mentions: mentions } AS document ORDER BY mentions DESC, d.key LIMIT $documentLimit
  } AS documents,
  COLLECT {
    MATCH (e)-[r:COLLABORATES_WITH|PARTNER_IN|ORGANIZED|HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|ADDRESSES|PUBLISHED|CO_OCCURS]-(:Entity)
    WITH type(r) AS relation, count(*) AS count
    RETURN { relation: relation, count: count } AS count
  } AS relationCounts,
  COLLECT {
    MATCH (e)-[r:COLLABORATES_WITH|PARTNER_IN|ORGANIZED|HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|ADDRESSES|PUBLISHED|CO_OCCURS]-(other:Entity)
    WITH r, other, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction
    // The order of entity-relations-page.cypher, so that its pages continue this one.
    ORDER BY r.weight DESC, other.key, direction
    WITH type(r) AS relation, collect({ relation: type(r), direction: direction, other: other { .key, .name, .type },
      weight: r.weight, rule: r.rule, role: r.role, firstDate: r.firstDate, lastDate: r.lastDate }) AS all
    UNWIND all[..$relationLimit] AS summary
    RETURN summary
    ORDER BY CASE WHEN relation = 'CO_OCCURS' THEN 1 ELSE 0 END, summary.weight DESC, summary.other.key, summary.direction
  } AS relations
