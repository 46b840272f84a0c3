// One entity with its counts, the documents that mention it most, and its strongest relations (stated first).
MATCH (e:Entity {key: $key})
RETURN e { .key, .name, .type, .aliases, .mentions, .documents } AS entity,
  COLLECT {
    MATCH (d:Document)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e)
    WITH d, count(*) AS mentions
    RETURN d { .key, .title, .date, .path, mentions: mentions } AS document ORDER BY mentions DESC, d.key LIMIT $documentLimit
  } AS documents,
  COLLECT {
    MATCH (e)-[r:COLLABORATES_WITH|PARTNER_IN|ORGANIZED|HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|ADDRESSES|PUBLISHED|CO_OCCURS]-(other:Entity)
    RETURN { relation: type(r), direction: CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END,
             other: other { .key, .name, .type }, weight: r.weight, rule: r.rule, role: r.role,
             firstDate: r.firstDate, lastDate: r.lastDate } AS relation
    ORDER BY CASE WHEN type(r) = 'CO_OCCURS' THEN 1 ELSE 0 END, r.weight DESC, other.key LIMIT $relationLimit
  } AS relations
