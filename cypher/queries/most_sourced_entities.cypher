// title: Entities with the most sources
// description: The entities the most sources speak of: registry rows and documents that define them, plus documents that mention them.
// param: type (string) default: null - an entity type (Person, GovernmentBody, PartyOrgan, CentralSOE, Company, Institution, Event); empty for all
// param: limit (int) default: 25 - how many entities
MATCH (e:Entity)
WHERE $type IS NULL OR e.type = $type
CALL (e) {
  OPTIONAL MATCH (d:Document)-[:MENTIONS]->(e)
  RETURN count(d) AS mentioned_in
}
CALL (e) {
  OPTIONAL MATCH (e)-[r]-(:Entity) WHERE type(r) <> 'MENTIONS'
  RETURN count(r) AS facts
}
RETURN e.id AS id, e.name AS name, e.name_zh AS name_zh, e.type AS type, size(e.sources) AS sources,
       mentioned_in, facts
ORDER BY sources + mentioned_in DESC, facts DESC, id
LIMIT $limit
