// Provenance of entities in documents. $rows: [{doc, entity, count}], one per pair.
// The writer only writes a document that is new or was just retracted, so there is nothing to merge.
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MATCH (e:Entity {id: row.entity})
CREATE (d)-[:MENTIONS {count: row.count}]->(e)
