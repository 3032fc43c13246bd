// The evidence and sources of the facts between two entities (either direction). $source, $target, $type (or null)
MATCH (a:Entity {id: $source})-[r]-(b:Entity {id: $target})
WHERE type(r) <> 'MENTIONS' AND ($type IS NULL OR type(r) = $type)
UNWIND range(0, size(r.sources) - 1) AS i
OPTIONAL MATCH (d:Document {id: r.sources[i]})
RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, r.title AS title,
       r.sources[i] AS source, r.evidence[i] AS evidence, r.confidences[i] AS confidence,
       d.title AS doc_title, d.url AS url, d.date AS date, d.path AS path, d.kind AS kind
ORDER BY type, source
