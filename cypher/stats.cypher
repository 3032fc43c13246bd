// Counts by type of entity and of relationship.
CALL () {
  MATCH (e:Entity) RETURN 'node' AS kind, e.type AS name, count(*) AS n
  UNION ALL
  MATCH (d:Document) RETURN 'node' AS kind, 'Document' AS name, count(*) AS n
  UNION ALL
  MATCH ()-[r]->() RETURN 'relationship' AS kind, type(r) AS name, count(*) AS n
}
RETURN kind, name, n ORDER BY kind, name
