// Every relationship for a snapshot, in a stable order.
MATCH (a)-[r]->(b)
RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS properties
ORDER BY type, source, target, coalesce(r.key, '')
