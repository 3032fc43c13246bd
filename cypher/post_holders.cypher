// Who holds or held posts at an organization, optionally as of a date. $id, $as_of
MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Entity {id: $id})
WHERE $as_of IS NULL OR (
        (r.start IS NULL OR r.start <= left($as_of, size(r.start)))
    AND (r.end IS NULL OR r.end >= left($as_of, size(r.end)))
    AND NOT (r.status = 'former' AND r.end IS NULL))
RETURN p.id AS person_id, p.name AS person, p.name_zh AS person_zh, r.title AS title, r.title_zh AS title_zh,
       r.start AS start, r.end AS end, r.status AS status, r.sources AS sources
ORDER BY coalesce(r.start, r.first_seen, ''), person_id, title
