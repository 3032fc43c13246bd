// title: Facts from one source
// description: Every fact one source supports (a document or a registry row, by id or by URL), with the sentence it gave as evidence and its confidence.
// param: source (string) default: registry:sasac_leadership#zhang-yuzhuo-sasac-director - the source's id (sha256:..., registry:file#row) or its URL
MATCH (d:Document)
WHERE d.id = $source OR d.url = $source
MATCH (e:Entity) WHERE e.id IN d.entities
MATCH (e)-[r]->(o:Entity)
WHERE type(r) <> 'MENTIONS' AND d.id IN r.sources
WITH DISTINCT d, e, r, o
WITH d, e, r, o, [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] = d.id][0] AS i
RETURN d.id AS source, d.title AS source_title, d.date AS source_date, e.id AS from_id, e.name AS from,
       type(r) AS type, o.id AS to_id, o.name AS to, r.title AS title, r.start AS start, r.end AS end, r.date AS date,
       r.evidence[i] AS evidence, r.confidences[i] AS confidence
ORDER BY source, type, from_id, to_id
