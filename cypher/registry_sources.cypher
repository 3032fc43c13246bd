// Registry rows loaded from one file. $prefix: 'registry:<file stem>#'
MATCH (d:Document {kind: 'registry'})
WHERE d.id STARTS WITH $prefix
RETURN d.id AS id
ORDER BY id
