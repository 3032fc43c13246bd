// Writing facts of one relationship type, step 1 of 2: merge this write's provenance into the
// facts that already exist, and return which entries those were (create_relationships.cypher
// writes the rest). A fact is one relationship per (start, type, key, end), whatever the number
// of sources, found by its `fact_id` ("start id|TYPE|key|end id") through that type's index:
// an index seek, however many relationships the two entities have.
//
// The relationship keeps parallel lists sources / evidence / confidences / source_dates; its
// confidence is the highest of its sources' and first_seen / last_seen the range of their dates.
// Parameters are columns, entry i describing one fact (lists of strings pack and unpack far
// faster than a list of maps): $fact_id, $props (map), and this write's sources of the fact as
// lists $sources, $evidence, $confidences, $dates. The writer writes the type into the pattern
// (from the closed ontology), so the planner can use the index; as-is, $type works too.
UNWIND range(0, size($fact_id) - 1) AS i
MATCH ()-[r:$($type) {fact_id: $fact_id[i]}]->()
WITH i, r, [j IN range(0, size($sources[i]) - 1) WHERE NOT $sources[i][j] IN r.sources] AS new
// Everything from the old values first; only the new sources can move the maximum and the range.
WITH i, r, new, [j IN new WHERE $dates[i][j] <> '' | $dates[i][j]] AS dates
WITH i, r, new, dates,
     reduce(m = r.confidence, j IN new | CASE WHEN $confidences[i][j] > m THEN $confidences[i][j] ELSE m END) AS top,
     reduce(m = r.first_seen, d IN dates | CASE WHEN m IS NULL OR d < m THEN d ELSE m END) AS first,
     reduce(m = r.last_seen, d IN dates | CASE WHEN m IS NULL OR d > m THEN d ELSE m END) AS last
SET r += $props[i],
    r.sources = r.sources + [j IN new | $sources[i][j]],
    r.evidence = r.evidence + [j IN new | $evidence[i][j]],
    r.confidences = r.confidences + [j IN new | $confidences[i][j]],
    r.source_dates = r.source_dates + [j IN new | $dates[i][j]],
    r.confidence = top, r.first_seen = first, r.last_seen = last
RETURN collect(i) AS found
