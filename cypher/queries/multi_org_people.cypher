// title: People with posts at several organizations
// description: Interlocks: people who held posts at two or more organizations, with those organizations in date order.
// param: min_orgs (int) default: 2 - the least number of distinct organizations
MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Organization)
WITH p, o, min(coalesce(r.start, r.end, r.first_seen, '9999')) AS since, collect(r.title) AS titles
ORDER BY since, o.id
WITH p, collect({org: o.name, org_id: o.id, since: since, titles: titles}) AS posts
WHERE size(posts) >= $min_orgs
RETURN p.id AS person_id, p.name AS person, p.name_zh AS person_zh, size(posts) AS organizations,
       [x IN posts | x.org] AS orgs, [x IN posts | x.org_id] AS org_ids
ORDER BY organizations DESC, person_id
