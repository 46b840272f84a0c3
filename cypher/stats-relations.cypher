// Relation counts per type, with the evidence sentences behind them.
MATCH (:Entity)-[r]->(:Entity)
RETURN type(r) AS type, count(r) AS count, sum(r.weight) AS evidence ORDER BY count DESC, type
