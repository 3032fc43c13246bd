// Relationships from a snapshot. $rows: [{type, source, target, properties}]
UNWIND $rows AS row
MATCH (a {id: row.source}) WHERE a:Entity OR a:Document
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:$(row.type) {key: coalesce(row.properties.key, '')}]->(b)
SET r = row.properties
