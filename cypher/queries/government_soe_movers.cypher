// title: People who moved between government and SOEs
// description: People with posts both at a government body or party organ (by default SASAC) and at an SOE, with their posts at each in date order: the revolving door between the regulator and the companies it supervises.
// param: body (string) default: org:sasac - the government side: an id, name or alias (SASAC, 国资委); empty for any government body or party organ
MATCH (p:Person)-[g:HOLDS_POSITION]->(b:Organization)
WHERE (b:GovernmentBody OR b:PartyOrgan)
  AND ($body IS NULL OR b.id = $body OR b.name = $body OR b.name_zh = $body OR $body IN b.aliases)
MATCH (p)-[s:HOLDS_POSITION]->(c:Organization)
WHERE c:CentralSOE OR c:Company
WITH p,
     collect(DISTINCT {org: b.name, title: g.title, start: g.start, end: g.end, sources: g.sources}) AS government_posts,
     collect(DISTINCT {org: c.name, title: s.title, start: s.start, end: s.end, sources: s.sources}) AS soe_posts
RETURN p.id AS person_id, p.name AS person, p.name_zh AS person_zh,
       [x IN government_posts | x.title + ', ' + x.org + ' (' + coalesce(x.start, '?') + ' to ' + coalesce(x.end, '') + ')'] AS government,
       [x IN soe_posts | x.title + ', ' + x.org + ' (' + coalesce(x.start, '?') + ' to ' + coalesce(x.end, '') + ')'] AS soe,
       reduce(acc = [], x IN government_posts + soe_posts | acc + x.sources) AS sources
ORDER BY person_id
