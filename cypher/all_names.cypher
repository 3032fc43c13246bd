// Every entity's names, for fuzzy "did you mean" suggestions.
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, [n IN [e.name_zh] + coalesce(e.aliases, []) WHERE n IS NOT NULL] AS other_names
