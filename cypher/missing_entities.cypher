// Which of these entity ids do not exist, as one list (cheap to ship when nearly all exist). $ids
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
WITH id, e WHERE e IS NULL
RETURN collect(id) AS missing
