// Every loaded source with what it contributed: entities mentioned and facts supported.
MATCH (d:Document)
OPTIONAL MATCH (d)-[m:MENTIONS]->()
WITH d, count(m) AS mentions
CALL (d) {
  MATCH (e:Entity) WHERE e.id IN d.entities
  MATCH (e)-[r]->() WHERE type(r) <> 'MENTIONS' AND d.id IN r.sources
  RETURN count(DISTINCT r) AS facts
}
RETURN d.id AS id, d.kind AS kind, d.title AS title, d.url AS url, d.date AS date, d.path AS path,
       d.language AS language, size(d.entities) AS entities, mentions, facts
ORDER BY kind, date DESC, id
