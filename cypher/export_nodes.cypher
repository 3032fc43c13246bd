// Every node (entities and sources) for a snapshot, in id order.
MATCH (n)
WHERE n:Entity OR n:Document
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY id
