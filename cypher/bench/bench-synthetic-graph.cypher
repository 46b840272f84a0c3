// The client benchmark's seeded synthetic entity graph, written into an empty graph: entities, then relations.
UNWIND $rows AS row
CREATE (e:Entity {key: row.key, name: row.name, type: row.type, aliases: [row.name], aliasText: row.name,
                  mentions: row.mentions, documents: row.documents})
SET e:$(row.type), e:Searchable;
UNWIND $rows AS row
MATCH (a:Entity {key: row.source})
MATCH (b:Entity {key: row.target})
CREATE (a)-[r:$(row.type)]->(b)
SET r.weight = row.weight, r.rule = row.rule, r.firstDate = row.firstDate, r.lastDate = row.lastDate;
