// Entities for a list of ids. $ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {.*, labels: labels(e)} AS entity
