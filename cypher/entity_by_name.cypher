// Entities by any exact name: English, Chinese, alias or pinyin. $name: as typed; $key: its normalised form
CALL () {
  MATCH (e:Entity {name: $name}) RETURN e, 0 AS rank
  UNION
  MATCH (e:Entity {name_zh: $name}) RETURN e, 0 AS rank
  UNION
  MATCH (e:Entity) WHERE $key IN e.keys RETURN e, 1 AS rank
}
WITH e, min(rank) AS rank
RETURN e {.*, labels: labels(e)} AS entity
ORDER BY rank, size(e.sources) DESC, e.id
LIMIT 10
