// title: Central SOEs by sector
// description: Central SOEs (on SASAC's list) grouped by sector, most connected first: how many facts, leaders and sources each has in the graph.
// param: sector (string) default: null - a sector such as energy or telecommunications; empty for every sector
MATCH (c:CentralSOE)
WHERE $sector IS NULL OR toLower(c.sector) CONTAINS toLower($sector)
CALL (c) {
  OPTIONAL MATCH (c)-[r]-(:Entity) WHERE type(r) <> 'MENTIONS'
  RETURN count(r) AS facts
}
CALL (c) {
  OPTIONAL MATCH (p:Person)-[h:HOLDS_POSITION]->(c)
  RETURN count(DISTINCT p) AS leaders
}
RETURN c.sector AS sector, c.id AS id, c.name AS name, c.name_zh AS name_zh, facts, leaders,
       size(c.sources) AS sources
ORDER BY sector, facts DESC, id
