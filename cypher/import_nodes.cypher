// Nodes from a snapshot. $rows: [{id, labels, properties}]
UNWIND $rows AS row
MERGE (n:$(row.labels[0]) {id: row.id})
SET n:$(row.labels)
SET n = row.properties
