// Facts written before fact_id existed get theirs: the start id, type, key and end id joined
// by '|', as the writer builds it. The writer runs this once, when it creates the fact_id indexes.
MATCH (a)-[r]->(b) WHERE r.fact_id IS NULL AND type(r) <> 'MENTIONS'
SET r.fact_id = a.id + '|' + type(r) + '|' + coalesce(r.key, '') + '|' + b.id
