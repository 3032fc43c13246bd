// Entities whose normalised names include $key (a scan: the fallback when full-text finds no candidate).
MATCH (e:Entity) WHERE $key IN e.keys
RETURN e {.*, labels: labels(e)} AS entity
ORDER BY size(e.sources) DESC, e.id
LIMIT 10
