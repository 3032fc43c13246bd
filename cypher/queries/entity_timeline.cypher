// title: Timeline of an entity
// description: Every dated fact about one entity (posts started or ended, establishments, mergers, events), in date order, with sources.
// param: entity (string) default: org:sasac - an id, English or Chinese name, or alias
MATCH (e:Entity)
WHERE e.id = $entity OR e.name = $entity OR e.name_zh = $entity OR $entity IN e.aliases
MATCH (e)-[r]-(o:Entity)
WHERE type(r) <> 'MENTIONS' AND coalesce(r.date, r.start, r.end) IS NOT NULL
UNWIND [x IN [['date', r.date], ['start', r.start], ['end', r.end]] WHERE x[1] IS NOT NULL] AS point
RETURN point[1] AS date, point[0] AS what, type(r) AS type, startNode(r).name AS from, endNode(r).name AS to,
       r.title AS title, r.sources AS sources
ORDER BY date, type, from, to
