// Which of these sources are already in the graph, and with which content digest. $ids: [id]
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.digest AS digest
