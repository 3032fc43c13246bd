// Facts with provenance: one relationship per (start, type, key, end), whatever the number of sources.
// Each source adds itself to the parallel lists sources / evidence / confidences / source_dates;
// confidence is the highest of its sources, first_seen / last_seen the range of their dates.
// $rows: [{source, target, type, key, props, src, evidence, confidence, date}]
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
ON CREATE SET r.sources = [], r.evidence = [], r.confidences = [], r.source_dates = []
WITH r, row, row.src IN r.sources AS seen
SET r += row.props,
    r.sources = CASE WHEN seen THEN r.sources ELSE r.sources + row.src END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE r.evidence + row.evidence END,
    r.confidences = CASE WHEN seen THEN r.confidences ELSE r.confidences + row.confidence END,
    r.source_dates = CASE WHEN seen THEN r.source_dates ELSE r.source_dates + row.date END
SET r.confidence = reduce(m = 0.0, c IN r.confidences | CASE WHEN c > m THEN c ELSE m END),
    r.first_seen = reduce(m = null, d IN r.source_dates | CASE WHEN d <> '' AND (m IS NULL OR d < m) THEN d ELSE m END),
    r.last_seen = reduce(m = null, d IN r.source_dates | CASE WHEN d <> '' AND (m IS NULL OR d > m) THEN d ELSE m END)
