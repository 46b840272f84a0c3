// The cheapest query that proves a login and a database: used when connecting.
RETURN 1 AS ok
