// One step of a neighbourhood walk from a frontier of entity ids, with filters.
// $frontier: [id]; $rel_types: [type] or null; $types: [node type] or null;
// $as_of: ISO date or null (keeps relationships valid on that date); $limit
UNWIND $frontier AS fid
MATCH (a:Entity {id: fid})-[r]-(b:Entity)
WHERE type(r) <> 'MENTIONS'
  AND ($rel_types IS NULL OR type(r) IN $rel_types)
  AND ($types IS NULL OR b.type IN $types)
  AND ($sectors IS NULL OR b.sector IS NULL OR b.sector IN $sectors)
  AND ($as_of IS NULL OR (
        (r.start IS NULL OR r.start <= left($as_of, size(r.start)))
    AND (r.end IS NULL OR r.end >= left($as_of, size(r.end)))
    AND (r.date IS NULL OR r.date <= left($as_of, size(r.date)))
    AND NOT (r.status = 'former' AND r.end IS NULL AND r.last_seen IS NOT NULL AND r.last_seen <= $as_of)))
WITH DISTINCT r, startNode(r) AS s, endNode(r) AS t, b
RETURN elementId(r) AS rid, type(r) AS type, s.id AS source, t.id AS target, properties(r) AS props,
       b {.*, labels: labels(b)} AS node
LIMIT $limit
