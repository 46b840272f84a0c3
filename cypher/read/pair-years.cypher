// The years each ordered pair of entities has a relation in (the years its dated span covers), for the communities
// view's time filter. Pairs whose relations carry no date are left out.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE coalesce(r.firstDate, r.lastDate) IS NOT NULL
WITH a, b, range(toInteger(left(coalesce(r.firstDate, r.lastDate), 4)),
                 toInteger(left(coalesce(r.lastDate, r.firstDate), 4))) AS span
UNWIND span AS year
RETURN a.key AS source, b.key AS target, collect(DISTINCT year) AS years
