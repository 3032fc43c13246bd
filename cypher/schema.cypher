// soegraph schema: applied by `soegraph init` and before every load. Idempotent.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_name_zh IF NOT EXISTS FOR (e:Entity) ON (e.name_zh);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX organization_sector IF NOT EXISTS FOR (o:Organization) ON (o.sector);
CREATE INDEX document_date IF NOT EXISTS FOR (d:Document) ON (d.date);
CREATE INDEX document_kind IF NOT EXISTS FOR (d:Document) ON (d.kind);
// The cjk analyzer indexes Han characters as bigrams and Latin words lower-cased,
// so one box finds English, Chinese and pinyin (pinyin is kept among the aliases).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.name_zh, e.aliases]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}};
