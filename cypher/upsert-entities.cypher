// Creates entities by key with their type label, and adds new surface forms to their aliases.
UNWIND $rows AS row
MERGE (e:Entity {key: row.key})
ON CREATE SET e.name = row.name, e.type = row.type, e.aliases = []
SET e:$(row.type)
WITH e, row, reduce(acc = e.aliases, a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
SET e.aliases = aliases, e.aliasText = reduce(text = '', a IN aliases | text + ' ' + a)
