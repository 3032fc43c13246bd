// Organizations a body supervises. $id
MATCH (b:Entity {id: $id})-[r:SUPERVISES]->(o:Entity)
RETURN o.id AS id, o.name AS name, o.name_zh AS name_zh, o.type AS type, o.sector AS sector, r.sources AS sources
ORDER BY name
