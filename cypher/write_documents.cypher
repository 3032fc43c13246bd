// Sources of one write: documents and registry rows. $rows: [{id, props, digest, entities}]
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d += row.props, d.digest = row.digest, d.entities = row.entities
