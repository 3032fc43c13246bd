// One step of a neighbourhood walk: the ids of entities one fact away from the frontier, not yet seen.
// $frontier: [id]; $seen: [id]; $rel_types: [type] or null; $types: [node type] or null;
// $sectors: [sector] or null; $as_of: ISO date or null (keeps facts valid on that date);
// $room: how many ids to return (the first in id order); `reached` counts them all.
// Neighbours are made distinct as nodes, and seen ones dropped as nodes, before any of their
// properties is read: from a hub, thousands of facts lead to far fewer entities.
UNWIND $seen AS sid
MATCH (s:Entity {id: sid})
WITH collect(s) AS seen
UNWIND $frontier AS fid
MATCH (a:Entity {id: fid})-[r]-(b:Entity)
WHERE type(r) <> 'MENTIONS'
  AND ($rel_types IS NULL OR type(r) IN $rel_types)
  AND ($as_of IS NULL OR (
        (r.start IS NULL OR r.start <= left($as_of, size(r.start)))
    AND (r.end IS NULL OR r.end >= left($as_of, size(r.end)))
    AND (r.date IS NULL OR r.date <= left($as_of, size(r.date)))
    AND NOT (r.status = 'former' AND r.end IS NULL AND r.last_seen IS NOT NULL AND r.last_seen <= $as_of)))
WITH DISTINCT b, seen
WHERE NOT b IN seen
  AND ($types IS NULL OR b.type IN $types)
  AND ($sectors IS NULL OR b.sector IS NULL OR b.sector IN $sectors)
WITH b.id AS id ORDER BY id
WITH collect(id) AS ids
RETURN size(ids) AS reached, ids[..$room] AS ids
