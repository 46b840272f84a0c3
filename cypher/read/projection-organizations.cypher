// Organizations linked by the projects they both take part in or organize (PARTNER_IN, ORGANIZED): one row per pair,
// most shared projects first, with the keys and names of those projects. With a date range ($dated), a tie counts
// only when one of its sentences is in a document dated in [$from, $to] (a partial bound compares by prefix, so "2021"
// ends with 2021), and a pair counts a project only when both its ties do. A project counts at most $maxMembers
// organizations, its strongest ties first: one project with n partners makes n(n-1)/2 pairs, so a hub project (a
// programme every body joins) would otherwise fill the view and the time.
MATCH (p:Project)<-[r:PARTNER_IN|ORGANIZED]-(o:Organization)
WHERE true
  AND EXISTS { MATCH (d:Document)-[:HAS_SENTENCE]->(s:Sentence) WHERE s.key IN r.sentences AND d.date >= $from AND left(d.date, size($to)) <= $to } // if $dated
WITH p, o, sum(coalesce(r.weight, 1)) AS strength, min(r.firstDate) AS firstDate, max(r.lastDate) AS lastDate
ORDER BY strength DESC, o.key
WITH p, collect({org: o, key: o.key, firstDate: firstDate, lastDate: lastDate})[..$maxMembers] AS members
WHERE size(members) > 1
// The pairs of every project are many times its ties: keys travel in the rows, so comparing and sorting them reads no
// property, and the projects' own properties are read for the pairs kept only.
WITH p, members
ORDER BY p.key
UNWIND members AS ma
UNWIND members AS mb
WITH p, ma, mb
WHERE ma.key < mb.key
WITH ma.org AS a, ma.key AS aKey, mb.org AS b, mb.key AS bKey, collect(p) AS projects,
  min(CASE WHEN ma.firstDate IS NULL OR mb.firstDate < ma.firstDate THEN mb.firstDate ELSE ma.firstDate END) AS firstDate,
  max(CASE WHEN ma.lastDate IS NULL OR mb.lastDate > ma.lastDate THEN mb.lastDate ELSE ma.lastDate END) AS lastDate
WHERE size(projects) >= $minShared
ORDER BY size(projects) DESC, aKey, bKey
LIMIT $limit
RETURN a { .key, .name, .mentions, .documents } AS a, b { .key, .name, .mentions, .documents } AS b,
  [x IN projects | x.key] AS projects, [x IN projects | x.name] AS projectNames, firstDate, lastDate
