// Per year: the relations between entities whose dated span (first to last dated supporting document) covers it,
// and how many of them are stated (not mere co-occurrence). Undated relations are left out.
MATCH (:Entity)-[r]->(:Entity)
WHERE coalesce(r.firstDate, r.lastDate) IS NOT NULL
WITH r, toInteger(left(coalesce(r.firstDate, r.lastDate), 4)) AS first,
     toInteger(left(coalesce(r.lastDate, r.firstDate), 4)) AS last
UNWIND range(first, last) AS year
RETURN year, count(r) AS relations, sum(CASE WHEN type(r) = 'CO_OCCURS' THEN 0 ELSE 1 END) AS stated
ORDER BY year
