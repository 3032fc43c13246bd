// Shortest paths (up to 6 hops) between two entities, through facts only (not provenance). $a, $b, $limit
MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE none(r IN relationships(p) WHERE type(r) = 'MENTIONS')
RETURN [n IN nodes(p) | n {.id, .name, .name_zh, .type}] AS nodes,
       [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id,
                                 title: r.title, sources: r.sources, evidence: r.evidence}] AS rels
LIMIT $limit
