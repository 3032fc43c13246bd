// The facts among a set of entities, with the same filters as expand.cypher. $ids, $rel_types, $as_of
// Key facts only (no evidence lists): a drawn neighbourhood can hold thousands; evidence is fetched per fact.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE type(r) <> 'MENTIONS'
  AND b.id IN $ids
  AND ($rel_types IS NULL OR type(r) IN $rel_types)
  AND ($as_of IS NULL OR (
        (r.start IS NULL OR r.start <= left($as_of, size(r.start)))
    AND (r.end IS NULL OR r.end >= left($as_of, size(r.end)))
    AND (r.date IS NULL OR r.date <= left($as_of, size(r.date)))
    AND NOT (r.status = 'former' AND r.end IS NULL AND r.last_seen IS NOT NULL AND r.last_seen <= $as_of)))
// One row holding a list per fact: far cheaper to ship than one record per fact.
WITH r, a, b ORDER BY type(r), a.id, b.id, coalesce(r.key, '')
RETURN collect([type(r), a.id, b.id, r.key, r.title, r.title_zh, r.start, r.end, r.status, r.date, r.role,
                r.share, r.confidence, r.first_seen, r.last_seen, size(r.sources)]) AS facts
