// Entities by any exact name: English, Chinese, alias or pinyin, ignoring case, spaces and punctuation.
// $name: as typed; $key: its normalised form; $phrase: $name as a quoted full-text phrase.
// Full-text finds the candidates (an index, not a scan of every entity); `keys` decides.
CALL () {
  MATCH (e:Entity {name: $name}) RETURN e, 0 AS rank
  UNION
  MATCH (e:Entity {name_zh: $name}) RETURN e, 0 AS rank
  UNION
  CALL db.index.fulltext.queryNodes('entity_names', $phrase, {limit: 200}) YIELD node
  WITH node WHERE $key IN node.keys
  RETURN node AS e, 1 AS rank
}
WITH e, min(rank) AS rank
RETURN e {.*, labels: labels(e)} AS entity
ORDER BY rank, size(e.sources) DESC, e.id
LIMIT 10
