"""Graph core on the real Neo4j: idempotent loads, crash + rerun, retraction, provenance, export/import."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from soegraph import export, read, synthetic
from soegraph.cli import app
from soegraph.models import Document, Entity, Relation, SourcedBatch, Span
from soegraph.writer import GraphWriter

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]


def _snapshot_text(db) -> str:
    return json.dumps(export.snapshot(db), sort_keys=True, ensure_ascii=False)


def _small_graph() -> list[SourcedBatch]:
    return synthetic.registry_batches(2_000, per_batch=50) + list(synthetic.document_batches(2_000))


def test_loading_twice_gives_an_identical_export(db):
    writer = GraphWriter(db, tx_rows=500)
    first_stats = writer.write_many(_small_graph())
    assert first_stats.sources_written > 100 and not first_stats.errors
    first = _snapshot_text(db)
    again = writer.write_many(_small_graph())
    assert again.sources_written == 0 and again.sources_skipped == first_stats.sources_written
    assert _snapshot_text(db) == first


def test_every_fact_has_a_source(db):
    GraphWriter(db).write_many(_small_graph())
    unsourced = db.read("MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' AND (r.sources IS NULL OR size(r.sources) = 0) RETURN count(r) AS n")
    assert unsourced[0]["n"] == 0
    parallel = db.read("MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' AND NOT (size(r.sources) = size(r.evidence) = size(r.confidences)) RETURN count(r) AS n")
    assert parallel[0]["n"] == 0


LOADER = """
import sys
from soegraph.db import connect
from soegraph.writer import GraphWriter
from soegraph import synthetic
n = int(sys.argv[1])
with connect() as db:
    GraphWriter(db, tx_rows=200).write_many(synthetic.registry_batches(n, per_batch=50) + list(synthetic.document_batches(n)))
print("done")
"""


def _run_loader(n: int, kill_after_sources: int | None, db) -> None:
    proc = subprocess.Popen([sys.executable, "-c", LOADER, str(n)], env=os.environ.copy(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if kill_after_sources is None:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
        return
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None:
        if db.read("MATCH (d:Document) RETURN count(d) AS n")[0]["n"] >= kill_after_sources:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()


def test_a_loader_killed_mid_load_then_rerun_matches_a_clean_load(db):
    n = 6_000
    _run_loader(n, None, db)
    clean = _snapshot_text(db)
    total_sources = db.read("MATCH (d:Document) RETURN count(d) AS n")[0]["n"]

    from tests.conftest import wipe
    wipe(db)
    _run_loader(n, kill_after_sources=total_sources // 3, db=db)
    partial = db.read("MATCH (d:Document) RETURN count(d) AS n")[0]["n"]
    assert 0 < partial < total_sources, "the loader was not interrupted mid-load"
    _run_loader(n, None, db)
    assert _snapshot_text(db) == clean


def _doc(i: str, date="2024-10-24") -> Document:
    return Document(id=f"sha256:{i}", title=f"doc {i}", date=date)


def _fixture_batches():
    sasac = Entity(id="org:sasac", type="GovernmentBody", name="SASAC", name_zh="国务院国资委", aliases=["国资委"])
    soe = Entity(id="org:soe-a", type="CentralSOE", name="SOE A", name_zh="甲集团")
    only_b = Entity(id="org:only-b", type="Company", name="Only B Ltd")
    reg = SourcedBatch(source=Document(id="registry:test#sasac", kind="registry", url="https://example.org/r", date="2025-01-01"),
                       entities=[sasac, soe], relations=[Relation(type="SUPERVISES", source="org:sasac", target="org:soe-a")])
    a = SourcedBatch(source=_doc("a"), entities=[Entity(id="org:sasac", type="GovernmentBody", name="SASAC", mentions=[Span(text="SASAC", start=0, end=5)])],
                     relations=[Relation(type="SUPERVISES", source="org:sasac", target="org:soe-a", confidence=0.7,
                                         evidence=Span(text="SASAC supervises SOE A.", start=0, end=23))],
                     external_refs=["org:soe-a"])
    b = SourcedBatch(source=_doc("b", "2023-05"), entities=[only_b],
                     relations=[Relation(type="OWNS", source="org:soe-a", target="org:only-b", properties={"share": 51.0}, confidence=0.9,
                                         evidence=Span(text="SOE A holds 51% of Only B.", start=0, end=26)),
                                Relation(type="SUPERVISES", source="org:sasac", target="org:soe-a", confidence=0.95,
                                         evidence=Span(text="SOE A is under SASAC.", start=0, end=20))],
                     external_refs=["org:soe-a", "org:sasac"])
    return reg, a, b


def test_provenance_merges_across_sources(db):
    reg, a, b = _fixture_batches()
    GraphWriter(db).write_many([reg, a, b])
    facts = read.evidence(db, "SASAC", "SOE A", "SUPERVISES")
    assert {f["source"] for f in facts} == {"registry:test#sasac", "sha256:a", "sha256:b"}
    assert "SASAC supervises SOE A." in {f["evidence"] for f in facts}
    rel = db.read("MATCH (:Entity {id:'org:sasac'})-[r:SUPERVISES]->() RETURN r.confidence AS c, r.first_seen AS f, r.last_seen AS l")[0]
    assert rel == {"c": 1.0, "f": "2023-05", "l": "2025-01-01"}


def test_facts_written_before_fact_id_existed_are_found_not_duplicated(db):
    """A graph from before fact_id: loading into it merges into the old facts instead of adding copies."""
    reg, a, b = _fixture_batches()
    GraphWriter(db).write_many([reg, a])
    db.write("MATCH ()-[r]->() REMOVE r.fact_id")
    db.write("DROP INDEX fact_id_supervises IF EXISTS")  # an old schema, too
    GraphWriter(db).write_many([b])
    facts = db.read("MATCH (:Entity {id:'org:sasac'})-[r:SUPERVISES]->(:Entity {id:'org:soe-a'}) "
                    "RETURN r.sources AS sources, r.fact_id AS fact_id")
    assert facts == [{"sources": ["registry:test#sasac", "sha256:a", "sha256:b"],
                      "fact_id": "org:sasac|SUPERVISES||org:soe-a"}]


def test_forget_removes_exactly_what_only_that_source_supported(db):
    reg, a, b = _fixture_batches()
    writer = GraphWriter(db)
    writer.write_many([reg, a, b])
    result = runner.invoke(app, ["forget", "sha256:b"])
    print(result.output)
    assert result.exit_code == 0
    # OWNS and the entity only b supported are gone
    assert db.read("MATCH ()-[r:OWNS]->() RETURN count(r) AS n")[0]["n"] == 0
    assert db.read("MATCH (e:Entity {id: 'org:only-b'}) RETURN count(e) AS n")[0]["n"] == 0
    # SUPERVISES stays, supported by the others, with b's evidence and confidence gone
    rel = db.read("MATCH (:Entity {id:'org:sasac'})-[r:SUPERVISES]->() RETURN r.sources AS s, r.evidence AS e, r.confidence AS c, r.first_seen AS f")[0]
    assert rel["s"] == ["registry:test#sasac", "sha256:a"]
    assert "SOE A is under SASAC." not in rel["e"]
    assert rel["c"] == 1.0 and rel["f"] == "2024-10-24"
    # forgetting the registry row leaves the document's fact, at the document's confidence
    writer.forget("registry:test#sasac")
    rel = db.read("MATCH (:Entity {id:'org:sasac'})-[r:SUPERVISES]->() RETURN r.sources AS s, r.confidence AS c")[0]
    assert rel == {"s": ["sha256:a"], "c": 0.7}
    writer.forget("sha256:a")
    assert db.read("MATCH (n) RETURN count(n) AS n")[0]["n"] == 0


def test_forget_an_unknown_source_is_a_clear_error(db):
    result = runner.invoke(app, ["forget", "sha256:nope"])
    print(result.output)
    assert result.exit_code == 1
    assert "no source 'sha256:nope'" in result.output and "Traceback" not in result.output


def test_a_source_that_refers_to_a_missing_entity_is_rejected_whole(db):
    bad = SourcedBatch(source=_doc("bad"), entities=[Entity(id="org:x", type="Company", name="X")],
                       relations=[Relation(type="OWNS", source="org:x", target="org:missing")], external_refs=["org:missing"])
    good = SourcedBatch(source=_doc("good"), entities=[Entity(id="org:y", type="Company", name="Y")])
    stats = GraphWriter(db).write_many([bad, good])
    assert stats.errors == ["sha256:bad: refers to entities that do not exist: org:missing"]
    ids = {r["id"] for r in db.read("MATCH (n) RETURN n.id AS id")}
    assert ids == {"org:y", "sha256:good"}


@pytest.mark.parametrize("row, message", [
    ({"id": "org:x", "type": "Compnay", "name": "X"}, "type"),
    ({"id": "no-prefix", "type": "Company", "name": "X"}, "must look like 'prefix:slug'"),
    ({"id": "org:x", "type": "Event", "name": "X", "properties": {"date": "24/10/2024"}}, "not ISO 8601"),
    ({"id": "org:x", "type": "Company"}, "name"),
])
def test_rows_that_break_the_model_are_rejected_before_writing(row, message):
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match=message):
        Entity(**row)


def test_changed_registry_row_replaces_its_old_facts(db):
    reg, _, _ = _fixture_batches()
    writer = GraphWriter(db)
    writer.write(reg)
    changed = reg.model_copy(update={"relations": []})
    stats = writer.write(changed)
    assert stats.sources_replaced == 1
    assert db.read("MATCH ()-[r:SUPERVISES]->() RETURN count(r) AS n")[0]["n"] == 0


def test_export_formats_and_reimport(db, tmp_path):
    reg, a, b = _fixture_batches()
    GraphWriter(db).write_many([reg, a, b])
    before = _snapshot_text(db)
    for fmt, name in (("json", "g.json"), ("graphml", "g.graphml"), ("gexf", "g.gexf"), ("csv", "csv")):
        result = runner.invoke(app, ["export", "--format", fmt, "-o", str(tmp_path / name)])
        print(result.output)
        assert result.exit_code == 0
    import networkx as nx
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() == 6  # 3 entities + 3 sources
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_edges() == 3  # SUPERVISES, OWNS, MENTIONS
    header = (tmp_path / "csv" / "nodes.csv").read_text().splitlines()[0]
    assert header.startswith("id:ID,:LABEL,") and "aliases:string[]" in header
    assert (tmp_path / "csv" / "relationships.csv").read_text().startswith(":START_ID,:END_ID,:TYPE")

    from tests.conftest import wipe
    wipe(db)
    result = runner.invoke(app, ["import", str(tmp_path / "g.json")])
    assert result.exit_code == 0, result.output
    assert _snapshot_text(db) == before
    runner.invoke(app, ["import", str(tmp_path / "g.json")])
    assert _snapshot_text(db) == before


def test_import_of_a_bad_snapshot_names_the_file(db, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "soegraph-snapshot", "version": 1,\n "nodes": [}')
    result = runner.invoke(app, ["import", str(bad)])
    assert result.exit_code == 1
    assert str(bad) in result.output and "line 2" in result.output


def test_to_networkx(db):
    reg, a, b = _fixture_batches()
    GraphWriter(db).write_many([reg, a, b])
    graph = export.to_networkx(db)
    assert graph.has_edge("org:sasac", "org:soe-a")
    assert graph.nodes["org:sasac"]["name_zh"] == "国务院国资委"


def test_search_finds_english_chinese_and_pinyin(db):
    reg, a, b = _fixture_batches()
    GraphWriter(db).write_many([reg, a, b])
    assert read.search(db, "国资委")[0]["id"] == "org:sasac"
    assert read.search(db, "sasac")[0]["id"] == "org:sasac"
    assert read.entity(db, "国资委")["id"] == read.entity(db, "SASAC")["id"]


def test_chinese_search_matches_the_whole_word_not_any_bigram(db):
    """国资委 must not find every name that shares 国资 with it (the cjk analyzer cuts words into bigrams)."""
    reg, a, b = _fixture_batches()
    other = Entity(id="org:sh-assets", type="Company", name="Shanghai Assets Operation", name_zh="上海国资经营公司")
    GraphWriter(db).write_many([reg, a, b, SourcedBatch(source=reg.source.model_copy(update={"id": "registry:test#sh"}),
                                                        entities=[other])])
    assert [r["id"] for r in read.search(db, "国资委")] == ["org:sasac"]
    assert [r["id"] for r in read.search(db, "国资经营")] == ["org:sh-assets"]
    assert {r["id"] for r in read.search(db, "国资")} == {"org:sasac", "org:sh-assets"}
    # nothing has both words: the looser second try still answers
    assert "org:sasac" in {r["id"] for r in read.search(db, "国资委 人民银行")}


REGISTRY = """source: {{publisher: test, title: test, urls: ['https://example.org/list'], as_of: 2025-01-01, expected_rows: {n}}}
kind: entities
default_type: {default_type}
rows:
{rows}
"""


def _registry(path: Path, rows: list[str], default_type: str = "CentralSOE") -> None:
    path.write_text(REGISTRY.format(n=len(rows), default_type=default_type, rows="\n".join(rows)), encoding="utf-8")


def test_registry_reload_retracts_deleted_rows_and_follows_type_changes(db, tmp_path):
    folder = tmp_path / "reg"
    folder.mkdir()
    row_a = "  - {id: 'org:a-group', name: A Group, name_zh: 甲集团, source: 'https://example.org/a'}"
    row_b = "  - {id: 'org:b-group', name: B Group, name_zh: 乙集团, source: 'https://example.org/b'}"
    _registry(folder / "soes.yaml", [row_a, row_b])
    first = runner.invoke(app, ["registry", "load", str(folder)])
    print(first.output)
    assert first.exit_code == 0
    assert db.read("MATCH (c:CentralSOE) RETURN count(c) AS n")[0]["n"] == 2

    _registry(folder / "soes.yaml", [row_a], default_type="Company")  # B left the list; A is no longer central
    second = runner.invoke(app, ["registry", "load", str(folder)])
    print(second.output)
    assert second.exit_code == 0
    assert "retracted registry:soes#org:b-group" in second.output
    assert db.read("MATCH (e:Entity) RETURN e.id AS id, labels(e) AS labels") == [
        {"id": "org:a-group", "labels": ["Entity", "Organization", "Company"]}]


def test_list_parameters_travel_in_one_map_and_mean_the_same(db):
    """Neo4j re-plans for each power of ten of a list parameter's size; soegraph's own queries
    pass lists in one map instead (cypher.bind). The rewritten text must find the same rows."""
    from soegraph import cypher

    text, params = cypher.bind("UNWIND $ids AS id MATCH (e:Entity {id: id}) WHERE $ids_note IS NULL "
                               "AND size($ids) > $n RETURN collect(e.id) AS found", {"ids": ["org:sasac", "org:soe-a"],
                                                                                      "ids_note": None, "n": 0})
    assert "$lists.ids AS id" in text and "size($lists.ids)" in text and "$ids_note" in text and "$n" in text
    assert params == {"lists": {"ids": ["org:sasac", "org:soe-a"]}, "ids_note": None, "n": 0}
    assert cypher.bind("CREATE (a)-[r:$($type)]->(b)", {"type": "OWNS"}) == ("CREATE (a)-[r:$($type)]->(b)", {"type": "OWNS"})
    reg, a, b = _fixture_batches()
    GraphWriter(db).write_many([reg, a, b])
    assert sorted(db.read(text, **params)[0]["found"]) == ["org:sasac", "org:soe-a"]
