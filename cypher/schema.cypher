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
// Facts are found by fact_id (start id|TYPE|key|end id) when a load merges provenance into them;
// a relationship index covers one type, so one per fact type.
CREATE INDEX fact_id_supervises IF NOT EXISTS FOR ()-[r:SUPERVISES]-() ON (r.fact_id);
CREATE INDEX fact_id_appoints IF NOT EXISTS FOR ()-[r:APPOINTS]-() ON (r.fact_id);
CREATE INDEX fact_id_trains IF NOT EXISTS FOR ()-[r:TRAINS]-() ON (r.fact_id);
CREATE INDEX fact_id_cooperates_with IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.fact_id);
CREATE INDEX fact_id_holds_position IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.fact_id);
CREATE INDEX fact_id_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.fact_id);
CREATE INDEX fact_id_owns IF NOT EXISTS FOR ()-[r:OWNS]-() ON (r.fact_id);
CREATE INDEX fact_id_established IF NOT EXISTS FOR ()-[r:ESTABLISHED]-() ON (r.fact_id);
CREATE INDEX fact_id_merged_into IF NOT EXISTS FOR ()-[r:MERGED_INTO]-() ON (r.fact_id);
CREATE INDEX fact_id_organized IF NOT EXISTS FOR ()-[r:ORGANIZED]-() ON (r.fact_id);
CREATE INDEX fact_id_participated_in IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.fact_id);
