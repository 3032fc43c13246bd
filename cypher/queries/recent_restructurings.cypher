// title: Recent restructurings
// description: Mergers, absorptions and newly established organizations (MERGED_INTO and ESTABLISHED facts) dated on or after a date, newest first, with their sources.
// param: since (date) default: 2015 - an ISO date (2015 or 2017-06); facts dated earlier are left out
// param: limit (int) default: 100 - how many rows at most
MATCH (a:Entity)-[r:MERGED_INTO|ESTABLISHED]->(b:Entity)
WHERE r.date IS NOT NULL AND r.date >= $since
CALL (r) {
  UNWIND r.sources AS sid
  OPTIONAL MATCH (d:Document {id: sid})
  RETURN collect(d.url) AS source_urls
}
RETURN r.date AS date, type(r) AS type, a.id AS from_id, a.name AS from, a.name_zh AS from_zh,
       b.id AS to_id, b.name AS to, b.name_zh AS to_zh, r.sources AS sources, source_urls
ORDER BY date DESC, type, from_id
LIMIT $limit
