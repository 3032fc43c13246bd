// Ranked full-text search over names, Chinese names and aliases (incl. pinyin). $query: Lucene syntax; $limit
// The index hands over its best 200 hits at most: a prefix like "China*" ties thousands of names,
// and ranking every one of them by sources would cost more than the search itself.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: 200}) YIELD node, score
RETURN node.id AS id, node.type AS type, node.name AS name, node.name_zh AS name_zh,
       node.aliases AS aliases, node.sector AS sector, score
ORDER BY score DESC, size(node.sources) DESC, id
LIMIT $limit
