// How many documents some curation rule changes.
MATCH (d:Document) WHERE size(d.curation) > 0 RETURN count(d) AS n
