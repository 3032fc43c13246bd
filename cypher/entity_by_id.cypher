// One entity by its id. $id
MATCH (e:Entity {id: $id})
RETURN e {.*, labels: labels(e)} AS entity
