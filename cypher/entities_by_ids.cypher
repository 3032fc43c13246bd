// Entities for a list of ids, as one row holding a list (far cheaper to ship than a record each). $ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN collect(e {.*, labels: labels(e)}) AS entities
