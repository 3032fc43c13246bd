// Entities with provenance. A registry row (row.authoritative) sets names; a document only fills them in.
// $rows: [{id, labels, type, name, name_zh, aliases, keys, props, src, authoritative}]
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.sources = [], e.aliases = [], e.keys = []
// A registry row decides the type: drop a type label it no longer states. A document never changes a known type.
FOREACH (_ IN CASE WHEN row.authoritative THEN [1] ELSE [] END |
  REMOVE e:Person:GovernmentBody:PartyOrgan:CentralSOE:Company:Institution:Event:Organization)
SET e:$(CASE WHEN row.authoritative OR e.type IS NULL THEN row.labels ELSE [] END)
SET e += row.props,
    e.type = CASE WHEN row.authoritative OR e.type IS NULL THEN row.type ELSE e.type END,
    e.name = CASE WHEN row.authoritative OR e.name IS NULL THEN row.name ELSE e.name END,
    e.name_zh = CASE WHEN row.name_zh IS NOT NULL AND (row.authoritative OR e.name_zh IS NULL) THEN row.name_zh ELSE e.name_zh END,
    e.aliases = reduce(acc = e.aliases, a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    e.keys = reduce(acc = e.keys, k IN row.keys | CASE WHEN k IN acc THEN acc ELSE acc + k END),
    e.sources = CASE WHEN row.src IN e.sources THEN e.sources ELSE e.sources + row.src END
