// The organizations among $keys, with their names: the ends of a projection link, to tell an unknown key from a pair
// that shares nothing.
MATCH (o:Organization)
WHERE o.key IN $keys
RETURN o.key AS key, o.name AS name
