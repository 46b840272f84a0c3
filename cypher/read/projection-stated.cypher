// The stated collaborations (COLLABORATES_WITH) among the organizations of $keys, for the projection to draw beside
// its shared-project links; with a date range, only those whose dates overlap it, as the neighbourhood filters them.
MATCH (a:Organization)-[r:COLLABORATES_WITH]->(b:Organization)
WHERE a.key IN $keys AND b.key IN $keys
  AND r.lastDate >= $from                   // if $from
  AND left(r.firstDate, size($to)) <= $to   // if $to
RETURN a.key AS source, b.key AS target, coalesce(r.weight, 1) AS weight, coalesce(r.rule, '') AS rule,
  r.firstDate AS firstDate, r.lastDate AS lastDate
ORDER BY source, target
