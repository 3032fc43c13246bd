"""SoeGraph against the real test Neo4j loaded with the curated registries, and offline from a snapshot."""

from __future__ import annotations

import subprocess
import sys

import networkx as nx
import pandas as pd
import pytest

from soegraph.errors import ConnectionFailed, NotFound, ReadOnlyViolation, SoegraphError, ValidationFailed


@pytest.fixture(scope="module")
def registry_batches():
    from soegraph.loaders.registry import load_registries

    load = load_registries()
    assert load.batches, "the curated registries give no batches"
    return load.batches


@pytest.fixture
def loaded(_session_db, registry_batches):
    """The test database holding exactly the registries (loaded once, reloaded if another test changed it)."""
    from soegraph.writer import GraphWriter

    db = _session_db
    docs = db.read("MATCH (d:Document) RETURN count(d) AS n")[0]["n"]
    strays = db.read("MATCH (n) WHERE NOT n:Entity AND NOT n:Document RETURN count(n) AS n")[0]["n"]
    if docs != len(registry_batches) or strays:
        with db.driver.session(database=db.database) as session:
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
        stats = GraphWriter(db).write_many(registry_batches)
        assert not stats.errors
    return db


@pytest.fixture
def g(loaded):
    from soegraph import SoeGraph

    with SoeGraph() as client:
        yield client


@pytest.fixture
def snapshot_path(loaded, tmp_path):
    from soegraph import export

    path = tmp_path / "soegraph-snapshot.json"
    export.write(loaded, "json", path)
    return path


# ---------------------------------------------------------------- import and connection


def test_import_soegraph_stays_light():
    code = "import sys, soegraph; print(sorted(m for m in ('pandas', 'neo4j', 'networkx', 'soegraph.client') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"
    code = "from soegraph import SoeGraph; print(SoeGraph.__module__)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "soegraph.client"


def test_unreachable_neo4j_names_the_uri(neo4j_env):
    from soegraph import SoeGraph

    with pytest.raises(ConnectionFailed, match=r"bolt://127\.0\.0\.1:1\b"):
        SoeGraph(uri="bolt://127.0.0.1:1", auth=("neo4j", "nope"))


def test_wrong_password_is_a_connection_failure(neo4j_env):
    from soegraph import SoeGraph

    with pytest.raises(ConnectionFailed, match="refused the credentials"):
        SoeGraph(uri=neo4j_env["NEO4J_URI"], auth=("neo4j", "not-the-password"))


def test_explicit_connection_and_context_manager(loaded, neo4j_env):
    from soegraph import SoeGraph

    with SoeGraph(uri=neo4j_env["NEO4J_URI"], auth=("neo4j", neo4j_env["NEO4J_PASSWORD"]), database="neo4j") as client:
        assert client.entity("org:sasac").id == "org:sasac"
        assert "bolt://" in repr(client)
    with pytest.raises(Exception):  # the driver is closed on exit
        client.entity("org:sasac")


# ---------------------------------------------------------------- entities and search


def test_entity_by_any_name_is_the_same_entity(g):
    from soegraph import SoeGraph

    assert SoeGraph().entity("国资委") == SoeGraph().entity("SASAC")
    sasac = g.entity("SASAC")
    assert sasac.id == "org:sasac" and sasac["type"] == "GovernmentBody"
    for name in ("国资委", "Guoziwei", "org:sasac", "State-owned Assets Supervision and Administration Commission of the State Council",
                 "国务院国有资产监督管理委员会", "sasac"):
        assert g.entity(name) == sasac, name
    assert sasac.labels == ["Entity", "GovernmentBody", "Organization"]
    assert sasac.source_urls and all(u.startswith("http") for u in sasac.source_urls)


def test_entity_html_repr_escapes_text(g):
    person = g.entity("Zhang Yuzhuo")
    html = person._repr_html_()
    assert "张玉卓" in html and "Zhang Yuzhuo" in html and "<table>" in html
    evil = type(person)({**person, "name": "<script>alert(1)</script>", "note": "a & b"}, {})
    out = evil._repr_html_()
    assert "<script>" not in out and "&lt;script&gt;" in out and "a &amp; b" in out


def test_unknown_entity_lists_close_matches(g):
    with pytest.raises(NotFound) as info:
        g.entity("Zhang Yuzho")
    assert "close matches" in str(info.value) and "Zhang Yuzhuo (person:zhang-yuzhuo)" in str(info.value)
    assert "Zhang Yuzhuo (person:zhang-yuzhuo)" in info.value.suggestions
    with pytest.raises(NotFound, match="close matches"):
        g.positions("Zhang Yuzho")


def test_search_returns_a_dataframe(g):
    df = g.search("China Mobile")
    assert isinstance(df, pd.DataFrame)
    assert df.iloc[0]["id"] == "org:china-mobile"
    assert {"id", "type", "name", "name_zh", "score"} <= set(df.columns)
    assert g.search("中国移动").iloc[0]["id"] == "org:china-mobile"
    empty = g.search("   ")
    assert empty.empty and "id" in empty.columns


# ---------------------------------------------------------------- governance tables


def test_positions_of_zhang_yuzhuo_list_sasac_posts_with_sources(g):
    df = g.positions("Zhang Yuzhuo")
    sasac = df[df["org_id"] == "org:sasac"]
    assert set(sasac["title"]) >= {"Director", "Party Secretary"}
    assert all(sasac["sources"].map(len) > 0)
    assert all(sasac["source_urls"].map(lambda urls: bool(urls) and all(u.startswith("http") for u in urls)))
    assert "org:sinopec" in set(df["org_id"])  # his earlier post, oldest first
    assert df.iloc[0]["org_id"] == "org:sinopec"
    assert g.positions("张玉卓").equals(df)


def test_leaders_as_of_a_date(g):
    all_time = g.leaders("SASAC")
    assert {"Li Rongrong", "Zhang Yuzhuo"} <= set(all_time["person"])
    in_2012 = g.leaders("国资委", as_of="2012-01-01")
    assert "Wang Yong" in set(in_2012["person"])
    assert "Zhang Yuzhuo" not in set(in_2012["person"]) or in_2012[in_2012["person"] == "Zhang Yuzhuo"]["start"].isna().all()
    assert "Li Rongrong" not in set(in_2012["person"])
    assert all(in_2012["sources"].map(len) > 0) and "source_urls" in in_2012.columns


def test_supervised_by(g):
    df = g.supervised_by("SASAC")
    assert "org:china-mobile" in set(df["id"])
    assert len(df) >= 90
    assert all(df["sources"].map(len) > 0)


def test_evidence_gives_each_source(g):
    df = g.evidence("Zhang Yuzhuo", "SASAC")
    assert set(df["type"]) == {"HOLDS_POSITION"}
    assert set(df["title"]) >= {"Director", "Party Secretary"}
    assert df["url"].str.startswith("http").all() and df["source"].str.startswith("registry:").all()
    assert g.evidence("SASAC", "Zhang Yuzhuo", rel_type="SUPERVISES").empty


def test_relations(g):
    df = g.relations("Zhang Yuzhuo")
    assert set(df["direction"]) == {"out"} and "org:sinopec" in set(df["other_id"])


# ---------------------------------------------------------------- graphs


def test_neighbors_is_a_multidigraph_with_filters(g):
    n = g.neighbors("SASAC")
    assert isinstance(n, nx.MultiDiGraph)
    assert n.graph["center"] == "org:sasac" and not n.graph["truncated"]
    assert n.has_edge("org:sasac", "org:china-mobile", key="SUPERVISES")
    assert n.nodes["org:china-mobile"]["name_zh"] == "中国移动通信集团有限公司"
    posts = g.neighbors("SASAC", rel_types=["HOLDS_POSITION"])
    assert {d["type"] for *_, d in posts.edges(data=True)} == {"HOLDS_POSITION"}
    people = g.neighbors("SASAC", types=["Person"])
    assert {n_["type"] for _, n_ in people.nodes(data=True)} == {"Person", "GovernmentBody"}
    in_2012 = g.neighbors("SASAC", rel_types=["HOLDS_POSITION"], as_of="2012-01-01")
    assert "person:wang-yong" in in_2012 and "person:li-rongrong" not in in_2012
    capped = g.neighbors("SASAC", depth=2, limit=10)
    assert capped.number_of_nodes() == 10 and capped.graph["truncated"] and capped.graph["total_nodes"] > 10
    with pytest.raises(ValueError):
        g.neighbors("SASAC", depth=4)


def test_path(g):
    df = g.path("Zhang Yuzhuo", "China Mobile")
    first = df[df["path"] == 0]
    assert list(first["source"]) == ["person:zhang-yuzhuo", "org:sasac"]
    assert list(first["target"]) == ["org:sasac", "org:china-mobile"]
    graph = g.path("Zhang Yuzhuo", "China Mobile", as_graph=True)
    assert nx.has_path(graph.to_undirected(), "person:zhang-yuzhuo", "org:china-mobile")


def test_to_networkx(g, loaded):
    graph = g.to_networkx()
    entities = loaded.read("MATCH (e:Entity) RETURN count(e) AS n")[0]["n"]
    facts = loaded.read("MATCH (:Entity)-[r]->(:Entity) WHERE type(r) <> 'MENTIONS' RETURN count(r) AS n")[0]["n"]
    assert graph.number_of_nodes() == entities and graph.number_of_edges() == facts
    data = graph.edges["person:zhang-yuzhuo", "org:sasac", "HOLDS_POSITION:director"]
    assert data["title"] == "Director" and data["sources"]
    with_docs = g.to_networkx(documents=True)
    assert with_docs.number_of_nodes() > entities


# ---------------------------------------------------------------- Cypher, read-only


def test_query_returns_a_dataframe(g):
    df = g.query("MATCH (e:Entity {id: $id})-[r:SUPERVISES]->(o) RETURN e, r, o.id AS oid ORDER BY oid LIMIT 2", id="org:sasac")
    assert list(df.columns) == ["e", "r", "oid"] and len(df) == 2
    assert df.iloc[0]["e"]["id"] == "org:sasac" and df.iloc[0]["r"]["type"] == "SUPERVISES"
    assert g.query("MATCH (n:Nothing) RETURN n.x AS x").empty
    assert g.query("// a comment first\nCYPHER 5 MATCH (e:Entity {id: 'org:sasac'}) RETURN e.id AS id")["id"].tolist() == ["org:sasac"]
    from neo4j.exceptions import CypherSyntaxError

    with pytest.raises(CypherSyntaxError):  # the viewer's console reports these as syntax errors
        g.query("MATCH (n RETURN n")
    with pytest.raises(ValueError, match="PROFILE"):
        g.query("PROFILE MATCH (n) RETURN count(n)")


def test_saved_queries_run_with_their_defaults(g):
    listing = g.saved_queries()
    assert 6 <= len(listing) <= 12
    for name in listing["name"]:
        df = g.query(name)
        assert isinstance(df, pd.DataFrame), name
    leaders = g.query("leaders_of_org", org="国资委", as_of="2012-01-01")
    assert "Wang Yong" in set(leaders["person"])
    movers = g.query("government_soe_movers")
    assert "person:zhang-yuzhuo" in set(movers["person_id"])
    with pytest.raises(ValueError, match="takes"):
        g.query("leaders_of_org", nonsense=1)
    with pytest.raises(NotFound) as info:
        g.query("leaders_of_orgs")
    assert "leaders_of_org" in info.value.suggestions


def test_saved_query_headers_parse():
    from soegraph.client import saved_queries

    for q in saved_queries():
        assert q["title"] and q["description"], q["name"]
        for p in q["params"]:
            assert p["name"] and p["type"] and p["doc"], (q["name"], p)


WRITES = [
    "CREATE (n:Tmp {x: 1}) RETURN n",
    "MERGE (n:Tmp {x: 1}) RETURN n",
    "MATCH (n:Entity {id: 'org:sasac'}) SET n.hacked = true RETURN n.id",
    "MATCH (n:Entity {id: 'org:sasac'}) REMOVE n.name RETURN n.id",
    "MATCH (n:Entity {id: 'org:sasac'}) DETACH DELETE n",
    "FOREACH (i IN [1] | CREATE (:Tmp))",
    "CREATE INDEX tmp_index IF NOT EXISTS FOR (n:Tmp) ON (n.x)",
    "DROP INDEX entity_name IF EXISTS",
    "CALL db.createLabel('Hacked')",
    "CALL db.clearQueryCaches()",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "CREATE USER intruder SET PASSWORD 'secret-password'",
    "MATCH (n:Entity) WITH n LIMIT 1 CALL db.createProperty('hackedprop') RETURN n.id",
    "CALL db.stats.clear('QUERIES')",
    "CALL db.resampleOutdatedIndexes()",
    "CALL tx.setMetaData({who: 'me'})",
]


@pytest.mark.parametrize("statement", WRITES)
def test_query_refuses_writes(g, loaded, statement):
    before = loaded.read("SHOW INDEXES YIELD name RETURN collect(name) AS names")[0]["names"]
    with pytest.raises(ReadOnlyViolation, match="read-only"):
        g.query(statement)
    assert loaded.read("MATCH (n:Tmp) RETURN count(n) AS n")[0]["n"] == 0
    sasac = loaded.read("MATCH (n:Entity {id: 'org:sasac'}) RETURN n.hacked AS hacked, n.name AS name")
    assert sasac and sasac[0]["hacked"] is None and sasac[0]["name"]
    assert sorted(loaded.read("SHOW INDEXES YIELD name RETURN collect(name) AS names")[0]["names"]) == sorted(before)


def test_read_access_mode_alone_refuses_graph_writes(loaded):
    """The server itself refuses writes in a read transaction: the EXPLAIN guard is a second line."""
    with pytest.raises(ReadOnlyViolation):
        loaded.read("CREATE (n:Tmp) RETURN n")


# ---------------------------------------------------------------- analysis through the client


def test_analysis_methods(g):
    top = g.centrality(top=5)
    assert top.iloc[0]["id"] == "org:sasac" and list(top.columns) == ["id", "name", "name_zh", "type", "score"]
    assert g.centrality("betweenness", top=1).iloc[0]["id"] == "org:sasac"
    assert set(g.centrality(types=["Person"], top=None)["type"]) == {"Person"}
    rot = g.rotations()
    zhang = rot[rot["person_id"] == "person:zhang-yuzhuo"]
    assert len(zhang) >= 1 and zhang.iloc[0]["from_id"] == "org:sinopec" and zhang.iloc[0]["to_id"] == "org:sasac"
    assert zhang.iloc[0]["direction"] == "soe_to_government"
    locks = g.interlocks()
    assert (locks["n_orgs"] >= 2).all() and "person:zhang-yuzhuo" in set(locks["person_id"])
    projection = g.interlock_graph()
    assert projection.has_edge("org:sinopec", "org:sasac")
    comm = g.communities()
    assert comm.equals(g.communities()) and comm["community"].min() == 0


def test_repr_html_of_the_client(g):
    out = g._repr_html_()
    assert "SoeGraph" in out and "CentralSOE" in out and "HOLDS_POSITION" in out


# ---------------------------------------------------------------- offline snapshot


def test_snapshot_answers_like_the_server(g, snapshot_path):
    from soegraph import SoeGraph

    s = SoeGraph.from_snapshot(snapshot_path)
    assert s.offline and not g.offline
    assert s.entity("国资委") == s.entity("SASAC") == g.entity("SASAC")
    assert s.entity("Guoziwei").id == "org:sasac"

    def same(a: pd.DataFrame, b: pd.DataFrame) -> None:
        pd.testing.assert_frame_equal(a.reset_index(drop=True).astype(str), b.reset_index(drop=True).astype(str))

    same(s.positions("Zhang Yuzhuo"), g.positions("Zhang Yuzhuo"))
    same(s.leaders("SASAC"), g.leaders("SASAC"))
    same(s.leaders("SASAC", as_of="2012-01-01"), g.leaders("SASAC", as_of="2012-01-01"))
    same(s.supervised_by("SASAC"), g.supervised_by("SASAC"))
    same(s.evidence("Zhang Yuzhuo", "SASAC"), g.evidence("Zhang Yuzhuo", "SASAC"))
    same(s.stats(), g.stats())
    same(s.sources(), g.sources())
    key = ["type", "other_id", "title"]
    same(s.relations("Zhang Yuzhuo").sort_values(key), g.relations("Zhang Yuzhuo").sort_values(key))
    # several paths tie for shortest (one per post held); compare them as sets of steps
    def steps(df: pd.DataFrame) -> pd.DataFrame:
        df = df.drop(columns="path").astype(str)
        return df.sort_values(list(df.columns))

    same(steps(s.path("Zhang Yuzhuo", "China Mobile")), steps(g.path("Zhang Yuzhuo", "China Mobile")))
    for kwargs in ({}, {"depth": 2}, {"rel_types": ["HOLDS_POSITION"], "as_of": "2012"}, {"types": ["Person"]}):
        a, b = s.neighbors("SASAC", **kwargs), g.neighbors("SASAC", **kwargs)
        assert sorted(a.nodes) == sorted(b.nodes) and sorted(a.edges(keys=True)) == sorted(b.edges(keys=True))
        assert a.graph == b.graph
    a, b = s.to_networkx(), g.to_networkx()
    assert sorted(a.nodes) == sorted(b.nodes) and sorted(a.edges(keys=True)) == sorted(b.edges(keys=True))
    assert dict(a.nodes["org:sasac"]) == dict(b.nodes["org:sasac"])
    same(s.centrality(), g.centrality())
    same(s.rotations(), g.rotations())
    same(s.interlocks(), g.interlocks())
    same(s.communities(), g.communities())
    assert s.search("China Mobile").iloc[0]["id"] == "org:china-mobile"
    assert s.search("中国移动").iloc[0]["id"] == "org:china-mobile"
    with pytest.raises(NotFound, match="close matches: Zhang Yuzhuo"):
        s.entity("Zhang Yuzho")
    with pytest.raises(SoegraphError, match="need a Neo4j server"):
        s.query("MATCH (n) RETURN n")


def test_snapshot_works_without_any_server(snapshot_path):
    code = ("import os; os.environ['NEO4J_URI'] = 'bolt://127.0.0.1:1'\n"
            "from soegraph import SoeGraph\n"
            f"g = SoeGraph.from_snapshot({str(snapshot_path)!r})\n"
            "print(g.positions('张玉卓')['org_id'].tolist()[0], len(g.rotations()))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[0] == "org:sinopec" and int(out[1]) >= 1


def test_bad_snapshot_files(tmp_path):
    from soegraph import SoeGraph

    with pytest.raises(ValidationFailed):
        SoeGraph.from_snapshot(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something-else"}')
    with pytest.raises(ValidationFailed, match="not a soegraph snapshot"):
        SoeGraph.from_snapshot(bad)


def test_snapshot_parity_with_the_sample_corpus(db, neo4j_env, tmp_path):
    """With documents (evidence sentences, MENTIONS) the offline answers still match the server's."""
    from pathlib import Path

    from soegraph import SoeGraph, export
    from soegraph.loaders.registry import load_registries
    from soegraph.writer import GraphWriter

    try:
        from soegraph.loaders.commands import ingest_cmd
    except ImportError:
        pytest.skip("document ingestion is not available")
    corpus = Path(__file__).resolve().parents[1] / "samples" / "corpus"
    if not corpus.is_dir():
        pytest.skip("samples/corpus is missing")
    GraphWriter(db).write_many(load_registries().batches)
    try:
        ingest_cmd([corpus], no_registries=True)
    except BaseException as exc:  # typer.Exit(1) if a document failed: what loaded is still compared
        if isinstance(exc, KeyboardInterrupt):
            raise
    if not db.read("MATCH (d:Document {kind: 'document'}) RETURN count(d) AS n")[0]["n"]:
        pytest.skip("no sample document loaded")
    path = tmp_path / "with-documents.json"
    export.write(db, "json", path)

    def same(a: pd.DataFrame, b: pd.DataFrame) -> None:
        pd.testing.assert_frame_equal(a.reset_index(drop=True).astype(str), b.reset_index(drop=True).astype(str))

    with SoeGraph() as g:
        s = SoeGraph.from_snapshot(path)
        same(s.stats(), g.stats())
        same(s.sources(), g.sources())
        key = ["type", "other_id", "title", "direction"]
        for name in ("Zhang Yuzhuo", "SASAC", "China Baowu"):
            same(s.relations(name).sort_values(key), g.relations(name).sort_values(key))
        same(s.evidence("SASAC", "China Baowu"), g.evidence("SASAC", "China Baowu"))
        assert any(s.evidence("SASAC", "China Baowu")["evidence"].astype(bool))  # a sentence from a document
        same(s.positions("Zhang Yuzhuo"), g.positions("Zhang Yuzhuo"))
        same(s.communities(), g.communities())
        same(s.centrality(top=30), g.centrality(top=30))
        a, b = s.to_networkx(documents=True), g.to_networkx(documents=True)
        assert sorted(a.nodes) == sorted(b.nodes) and sorted(a.edges(keys=True)) == sorted(b.edges(keys=True))
        a, b = s.neighbors("Zhang Yuzhuo", depth=3, limit=100_000), g.neighbors("Zhang Yuzhuo", depth=3, limit=100_000)
        assert sorted(a.edges(keys=True)) == sorted(b.edges(keys=True)) and a.graph == b.graph
