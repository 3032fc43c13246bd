// Remove one source from every fact it supported; drop facts and entities nothing supports any more.
// $source: a document id (sha256:...) or a registry row id (registry:file#row)
// Several statements, run in order in one transaction (Neo4j Browser runs them in order too).

// 1. facts only this source supported
MATCH (d:Document {id: $source})
MATCH (e:Entity) WHERE e.id IN d.entities
MATCH (e)-[r]-()
WHERE type(r) <> 'MENTIONS' AND r.sources = [$source]
WITH DISTINCT r
DELETE r;

// 2. facts other sources support too: drop this source's entries from the parallel lists
MATCH (d:Document {id: $source})
MATCH (e:Entity) WHERE e.id IN d.entities
MATCH (e)-[r]-()
WHERE type(r) <> 'MENTIONS' AND $source IN r.sources
WITH DISTINCT r
WITH r, [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] <> $source] AS keep
WITH r, keep, [i IN keep | r.confidences[i]] AS cf, [i IN keep | r.source_dates[i]] AS dt
SET r.sources = [i IN keep | r.sources[i]],
    r.evidence = [i IN keep | r.evidence[i]],
    r.confidences = cf,
    r.source_dates = dt,
    r.confidence = reduce(m = 0.0, c IN cf | CASE WHEN c > m THEN c ELSE m END),
    r.first_seen = reduce(m = null, x IN dt | CASE WHEN x <> '' AND (m IS NULL OR x < m) THEN x ELSE m END),
    r.last_seen = reduce(m = null, x IN dt | CASE WHEN x <> '' AND (m IS NULL OR x > m) THEN x ELSE m END);

// 3. entities: forget the source, then drop those that nothing supports any more
MATCH (d:Document {id: $source})
MATCH (e:Entity) WHERE e.id IN d.entities
SET e.sources = [s IN e.sources WHERE s <> $source];

MATCH (d:Document {id: $source})
MATCH (e:Entity) WHERE e.id IN d.entities AND size(e.sources) = 0
  AND NOT EXISTS { MATCH (e)-[r]-() WHERE type(r) <> 'MENTIONS' }
DETACH DELETE e;

// 4. the source itself
MATCH (d:Document {id: $source})
DETACH DELETE d
