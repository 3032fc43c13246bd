// Ranked full-text search over names, Chinese names and aliases (incl. pinyin). $query: Lucene syntax; $limit
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
RETURN node.id AS id, node.type AS type, node.name AS name, node.name_zh AS name_zh,
       node.aliases AS aliases, node.sector AS sector, score
ORDER BY score DESC, size(node.sources) DESC, id
LIMIT $limit
