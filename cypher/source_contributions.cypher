// Viewer: what one source contributed: the entities it supports and the facts it supports. $id
MATCH (d:Document {id: $id})
CALL (d) {
  MATCH (e:Entity) WHERE e.id IN d.entities
  RETURN collect(e {.id, .name, .name_zh, .type}) AS entities
}
CALL (d) {
  MATCH (e:Entity) WHERE e.id IN d.entities
  MATCH (e)-[r]-(:Entity) WHERE type(r) <> 'MENTIONS' AND d.id IN r.sources
  WITH DISTINCT r, startNode(r) AS s, endNode(r) AS t
  WITH r, s, t, [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] = d.id][0] AS i
  RETURN collect({type: type(r), source: s.id, source_name: s.name, target: t.id, target_name: t.name,
                  title: r.title, evidence: r.evidence[i], confidence: r.confidences[i]}) AS facts
}
RETURN d {.*} AS document, entities, facts
