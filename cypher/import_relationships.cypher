// Relationships from a snapshot, merged by (start, type, key, end); MENTIONS have no key.
// $rows: [{type, source, target, properties}]. Facts get their fact_id, the writer's lookup key.
UNWIND $rows AS row
MATCH (a {id: row.source}) WHERE a:Entity OR a:Document
MATCH (b:Entity {id: row.target})
CALL (a, b, row) {
  WITH a, b, row WHERE row.properties.key IS NOT NULL
  MERGE (a)-[r:$(row.type) {key: row.properties.key}]->(b)
  SET r = row.properties, r.fact_id = a.id + '|' + row.type + '|' + row.properties.key + '|' + b.id
  RETURN count(r) AS keyed
}
CALL (a, b, row) {
  WITH a, b, row WHERE row.properties.key IS NULL
  MERGE (a)-[r:$(row.type)]->(b)
  SET r = row.properties
  RETURN count(r) AS plain
}
RETURN sum(keyed) + sum(plain) AS relationships
