// Every fact about one entity, both directions, with the other end. $id
MATCH (e:Entity {id: $id})-[r]-(o:Entity)
WHERE type(r) <> 'MENTIONS'
RETURN type(r) AS type, startNode(r) = e AS outgoing, o.id AS other_id, o.name AS other, o.name_zh AS other_zh,
       o.type AS other_type, properties(r) AS props
ORDER BY type, other_id
