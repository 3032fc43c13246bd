// Writing facts of one relationship type, step 2 of 2: create the facts merge_relationships.cypher
// did not find, in the same transaction. Columns, entry i one fact: $source, $target (entity ids),
// $fact_id, $key, $props (map), $sources, $evidence, $confidences, $dates (parallel lists),
// $confidence (their maximum), $first, $last (their date range), $type (the writer passes it too:
// one plan serves every type).
UNWIND range(0, size($source) - 1) AS i
MATCH (a:Entity {id: $source[i]})
MATCH (b:Entity {id: $target[i]})
CREATE (a)-[r:$($type)]->(b)
SET r = $props[i],
    r.fact_id = $fact_id[i], r.key = $key[i],
    r.sources = $sources[i], r.evidence = $evidence[i], r.confidences = $confidences[i], r.source_dates = $dates[i],
    r.confidence = $confidence[i], r.first_seen = $first[i], r.last_seen = $last[i]
