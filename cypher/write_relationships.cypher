// Facts with provenance: one relationship per (start, type, key, end), whatever the number of sources.
// The relationship keeps parallel lists sources / evidence / confidences / source_dates, its
// confidence is the highest of its sources and first_seen / last_seen the range of their dates.
// $rows: [{source, target, type, key, props, created}], one row per fact; `created` holds every
// property of the fact as it would be if new (props plus this write's sources, evidence,
// confidences, source_dates), so a new fact is one write and a known one appends to its lists.
//
// The existing relationship is found with a pattern comprehension, not MERGE: on an empty store
// the planner costs a scan of all relationships as free and MERGE would rescan for every row.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
WITH a, b, row, [(a)-[x]->(b) WHERE type(x) = row.type AND x.key = row.key | x] AS found
CALL (a, b, row, found) {
  WITH a, b, row WHERE size(found) = 0
  CREATE (a)-[r:$(row.type)]->(b)
  SET r = row.created
}
CALL (row, found) {
  WITH row, found[0] AS r WHERE r IS NOT NULL
  WITH r, row, row.created AS c
  WITH r, row, c, [i IN range(0, size(c.sources) - 1) WHERE NOT c.sources[i] IN r.sources] AS new
  SET r += row.props,
      r.sources = r.sources + [i IN new | c.sources[i]],
      r.evidence = r.evidence + [i IN new | c.evidence[i]],
      r.confidences = r.confidences + [i IN new | c.confidences[i]],
      r.source_dates = r.source_dates + [i IN new | c.source_dates[i]]
  SET r.confidence = reduce(m = 0.0, c IN r.confidences | CASE WHEN c > m THEN c ELSE m END),
      r.first_seen = reduce(m = null, d IN r.source_dates | CASE WHEN d <> '' AND (m IS NULL OR d < m) THEN d ELSE m END),
      r.last_seen = reduce(m = null, d IN r.source_dates | CASE WHEN d <> '' AND (m IS NULL OR d > m) THEN d ELSE m END)
}
