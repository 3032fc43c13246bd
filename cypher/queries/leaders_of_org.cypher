// title: Leaders of an organization
// description: Who holds or held posts at one organization (by id, English or Chinese name, or alias), with dates and the links of their sources; optionally only those in post on a date.
// param: org (string) default: org:sasac - the organization: an id such as org:sasac, or a name such as SASAC or 国资委
// param: as_of (date) default: null - an ISO date (2024 or 2024-06-30) to keep only posts held then; empty for all
MATCH (o:Organization)
WHERE o.id = $org OR o.name = $org OR o.name_zh = $org OR $org IN o.aliases
MATCH (p:Person)-[r:HOLDS_POSITION]->(o)
WHERE $as_of IS NULL OR (
        (r.start IS NULL OR r.start <= left($as_of, size(r.start)))
    AND (r.end IS NULL OR r.end >= left($as_of, size(r.end)))
    AND NOT (r.status = 'former' AND r.end IS NULL))
CALL (r) {
  UNWIND r.sources AS sid
  OPTIONAL MATCH (d:Document {id: sid})
  RETURN collect(d.url) AS source_urls
}
RETURN o.name AS organization, p.id AS person_id, p.name AS person, p.name_zh AS person_zh, r.title AS title,
       r.title_zh AS title_zh, r.start AS start, r.end AS end, r.status AS status, r.sources AS sources, source_urls
ORDER BY coalesce(r.start, r.first_seen, ''), person_id, title
