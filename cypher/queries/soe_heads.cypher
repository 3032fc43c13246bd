// title: Heads of central SOEs
// description: Chairmen, general managers and Party secretaries of central SOEs, optionally in post on a date, with the links of their sources.
// param: as_of (date) default: null - an ISO date to keep only posts held then; empty for every known post
// param: title (string) default: null - words the post's title contains (Chairman, General Manager, 董事长); empty for any top post
MATCH (p:Person)-[r:HOLDS_POSITION]->(c:CentralSOE)
WHERE ($title IS NULL OR toLower(r.title) CONTAINS toLower($title) OR r.title_zh CONTAINS $title)
  AND ($as_of IS NULL OR (
        (r.start IS NULL OR r.start <= left($as_of, size(r.start)))
    AND (r.end IS NULL OR r.end >= left($as_of, size(r.end)))
    AND NOT (r.status = 'former' AND r.end IS NULL)))
CALL (r) {
  UNWIND r.sources AS sid
  OPTIONAL MATCH (d:Document {id: sid})
  RETURN collect(d.url) AS source_urls
}
RETURN c.id AS soe_id, c.name AS soe, c.name_zh AS soe_zh, p.id AS person_id, p.name AS person, p.name_zh AS person_zh,
       r.title AS title, r.start AS start, r.end AS end, r.status AS status, r.sources AS sources, source_urls
ORDER BY soe, coalesce(r.start, r.first_seen, ''), person_id
