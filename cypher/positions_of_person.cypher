// Every post a person holds or held, oldest first, with sources. $id
MATCH (p:Person {id: $id})-[r:HOLDS_POSITION]->(o:Entity)
RETURN o.id AS org_id, o.name AS org, o.name_zh AS org_zh, r.title AS title, r.title_zh AS title_zh,
       r.start AS start, r.end AS end, r.status AS status, r.sources AS sources, r.evidence AS evidence,
       r.first_seen AS first_seen, r.last_seen AS last_seen
ORDER BY coalesce(r.start, r.first_seen, ''), o.id, title
