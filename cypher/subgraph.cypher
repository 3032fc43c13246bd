// Entities for a list of ids and the facts among them, as one row: far cheaper to ship than a
// record each, and one pass over the entities instead of two. Facts are filtered like expand.cypher.
// $ids: [id]; $rel_types: [type] or null; $as_of: ISO date or null.
// Key facts only (no evidence lists): a drawn neighbourhood can hold thousands; evidence is fetched per fact.
// Kept entities are compared as nodes, not by their id property: no property read per relationship.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH collect(e) AS kept
UNWIND kept AS a
CALL (a, kept) {
  MATCH (a)-[r]->(b)
  WHERE b IN kept
    AND type(r) <> 'MENTIONS'
    AND ($rel_types IS NULL OR type(r) IN $rel_types)
    AND ($as_of IS NULL OR (
          (r.start IS NULL OR r.start <= left($as_of, size(r.start)))
      AND (r.end IS NULL OR r.end >= left($as_of, size(r.end)))
      AND (r.date IS NULL OR r.date <= left($as_of, size(r.date)))
      AND NOT (r.status = 'former' AND r.end IS NULL AND r.last_seen IS NOT NULL AND r.last_seen <= $as_of)))
  RETURN collect([type(r), a.id, b.id, r.key, r.title, r.title_zh, r.start, r.end, r.status, r.date, r.role,
                  r.share, r.confidence, r.first_seen, r.last_seen, size(r.sources)]) AS facts
}
RETURN collect(a {.*, labels: labels(a)}) AS entities, collect(facts) AS facts
