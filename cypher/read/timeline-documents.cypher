// Per year: the dated documents of that year and their first and last dates.
MATCH (d:Document)
WHERE d.date IS NOT NULL
WITH d, toInteger(left(d.date, 4)) AS year
RETURN year, count(d) AS documents, min(d.date) AS firstDate, max(d.date) AS lastDate
ORDER BY year
