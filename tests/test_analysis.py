"""soegraph.analysis on small hand-made graphs (no database), plus its doctests."""

from __future__ import annotations

import doctest

import networkx as nx
import pytest

from soegraph import analysis
from soegraph.analysis import graph_from_records


def test_doctests_pass():
    result = doctest.testmod(analysis, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 20
    assert result.failed == 0


def _n(id_, type_, **props):
    return {"id": id_, "type": type_, "name": id_.split(":")[1].upper(), **props}


def _post(person, org, title, start=None, end=None, **props):
    return {"type": "HOLDS_POSITION", "source": person, "target": org, "key": title.lower(), "title": title,
            "start": start, "end": end, "sources": [f"src:{person}-{org}-{title}"], **props}


@pytest.fixture
def governance() -> nx.MultiDiGraph:
    """SASAC supervises three SOEs; four people; a document mentioning SASAC."""
    nodes = [
        _n("org:sasac", "GovernmentBody"), _n("org:cod", "PartyOrgan"),
        _n("org:a", "CentralSOE"), _n("org:b", "CentralSOE"), _n("org:c", "CentralSOE"),
        _n("person:p1", "Person"), _n("person:p2", "Person"), _n("person:p3", "Person"), _n("person:p4", "Person"),
        {"id": "sha256:doc", "labels": ["Document"], "title": "a document"},
    ]
    rels = [
        {"type": "SUPERVISES", "source": "org:sasac", "target": t, "sources": ["registry:x"]}
        for t in ("org:a", "org:b", "org:c")
    ] + [
        # p1: SOE a -> SASAC -> SOE b (two moves), an undated extra post at b merges into that stay
        _post("person:p1", "org:a", "General Manager", "2010", "2014-05"),
        _post("person:p1", "org:sasac", "Deputy Director", "2014-06", "2018"),
        _post("person:p1", "org:b", "Chairman", "2018-03"),
        _post("person:p1", "org:b", "Party Secretary", None, None, first_seen="2019-01-01"),
        # p2: COD -> SOE c (party organ to SOE)
        _post("person:p2", "org:cod", "Bureau Director", "2005", "2012"),
        _post("person:p2", "org:c", "Chairman", "2012"),
        # p3: two SOEs, no government post: an interlock, not a rotation
        _post("person:p3", "org:a", "Chairman", "2015", "2020"),
        _post("person:p3", "org:c", "Chairman", "2020"),
        # p4: one post only
        _post("person:p4", "org:b", "General Manager", "2021", status="current"),
        {"type": "MENTIONS", "source": "sha256:doc", "target": "org:sasac", "count": 3},
    ]
    return graph_from_records(nodes, rels)


def test_graph_from_records_keys_and_attributes(governance):
    assert governance.has_edge("person:p1", "org:b", key="HOLDS_POSITION:chairman")
    assert governance.has_edge("person:p1", "org:b", key="HOLDS_POSITION:party secretary")
    data = governance.edges["person:p1", "org:a", "HOLDS_POSITION:general manager"]
    assert data["type"] == "HOLDS_POSITION" and data["start"] == "2010" and "source" not in data
    # edges to unknown nodes are skipped, not invented
    g = graph_from_records([_n("org:a", "CentralSOE")], [{"type": "OWNS", "source": "org:a", "target": "org:zz"}])
    assert g.number_of_edges() == 0 and "org:zz" not in g


def test_fact_graph_drops_provenance_and_filters(governance):
    simple = analysis.fact_graph(governance)
    assert "sha256:doc" not in simple
    assert simple["person:p1"]["org:b"]["weight"] == 2
    only_posts = analysis.fact_graph(governance, rel_types=["HOLDS_POSITION"])
    assert not only_posts.has_edge("org:sasac", "org:a")
    people = analysis.fact_graph(governance, types=["Person"])
    assert set(people) == {"person:p1", "person:p2", "person:p3", "person:p4"} and people.number_of_edges() == 0
    in_2016 = analysis.fact_graph(governance, rel_types=["HOLDS_POSITION"], as_of="2016-01-01")
    assert in_2016.has_edge("person:p1", "org:sasac") and not in_2016.has_edge("person:p1", "org:a")


@pytest.mark.parametrize("method", analysis.CENTRALITY_METHODS)
def test_centrality_methods_rank_sasac_high(governance, method):
    scores = analysis.centrality(governance, method=method)
    assert "org:sasac" in list(scores)[:2]
    assert "sha256:doc" not in scores
    assert list(scores.values()) == sorted(scores.values(), reverse=True)
    assert set(scores) <= set(governance)


def test_centrality_options(governance):
    between = analysis.centrality(governance, method="betweenness")
    assert list(between)[:2] == ["org:c", "org:sasac"]  # org:c alone links the party organ's branch
    assert between["org:cod"] == between["person:p4"] == 0.0
    people = analysis.centrality(governance, types=["Person"])
    assert set(people) == {"person:p1", "person:p2", "person:p3", "person:p4"}
    assert next(iter(people)) == "person:p1"
    assert len(analysis.centrality(governance, top=3)) == 3
    weighted = analysis.centrality(governance, method="pagerank", weighted=True)
    assert abs(sum(analysis.centrality(governance, method="pagerank", types=None).values()) - 1.0) < 1e-6
    assert weighted
    with pytest.raises(ValueError, match="method must be one of"):
        analysis.centrality(governance, method="katz")
    assert analysis.centrality(nx.MultiDiGraph()) == {}


def test_pagerank_matches_networkx_definition():
    g = nx.Graph([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])
    g.add_node("e")  # dangling
    ours = analysis._pagerank(g)
    try:
        expected = nx.pagerank(g)
    except (ImportError, ModuleNotFoundError):  # networkx needs scipy for its pagerank
        expected = nx.algorithms.link_analysis.pagerank_alg._pagerank_python(g)
    assert all(abs(ours[n] - expected[n]) < 1e-6 for n in g)


def test_interlocks_and_projection(governance):
    locks = analysis.interlocks(governance)
    assert locks["person:p1"] == ["org:a", "org:sasac", "org:b"]
    assert locks["person:p3"] == ["org:a", "org:c"]
    assert "person:p4" not in locks
    assert list(locks)[0] == "person:p1"  # most organizations first
    assert analysis.interlocks(governance, min_orgs=3) == {"person:p1": ["org:a", "org:sasac", "org:b"]}
    soes_only = analysis.interlocks(governance, org_types=["CentralSOE"])
    assert soes_only["person:p1"] == ["org:a", "org:b"]
    # posts held on one date (an undated post counts as held, as in the Cypher queries)
    assert analysis.interlocks(governance, as_of="2016") == {"person:p1": ["org:sasac", "org:b"]}
    assert analysis.interlocks(governance, as_of="2016", org_types=["GovernmentBody"]) == {}

    projection = analysis.interlock_graph(governance)
    assert projection["org:a"]["org:c"]["people"] == ["person:p3"]
    assert projection["org:a"]["org:sasac"]["people"] == ["person:p1"]
    assert projection["org:a"]["org:b"]["weight"] == 1
    assert projection.nodes["org:sasac"]["type"] == "GovernmentBody"
    assert all(projection.nodes[n]["type"] != "Person" for n in projection)


def test_rotations_follow_career_order(governance):
    moves = analysis.rotations(governance)
    assert set(moves) == {"person:p1", "person:p2"}
    p1 = moves["person:p1"]
    assert p1["path"] == ["org:a", "org:sasac", "org:b"]
    assert [(m["from"], m["to"], m["direction"]) for m in p1["moves"]] == [
        ("org:a", "org:sasac", "soe_to_government"), ("org:sasac", "org:b", "government_to_soe")]
    assert p1["moves"][1]["date"] == "2018-03" and p1["moves"][1]["to_title"] == "Chairman"
    assert set(p1["moves"][0]["sources"]) == {"src:person:p1-org:a-General Manager", "src:person:p1-org:sasac-Deputy Director"}
    assert moves["person:p2"]["moves"][0]["from_type"] == "PartyOrgan"
    assert list(moves) == ["person:p1", "person:p2"]  # most moves first

    to_soe = analysis.rotations(governance, direction="government_to_soe")
    assert [m["to"] for m in to_soe["person:p1"]["moves"]] == ["org:b"]
    assert set(analysis.rotations(governance, government_types=["GovernmentBody"])) == {"person:p1"}
    assert set(analysis.rotations(governance, people=["person:p2"])) == {"person:p2"}
    with pytest.raises(ValueError):
        analysis.rotations(governance, direction="sideways")


def test_rotation_ignores_undatable_posts():
    g = graph_from_records(
        [_n("person:x", "Person"), _n("org:sasac", "GovernmentBody"), _n("org:a", "CentralSOE")],
        [_post("person:x", "org:sasac", "Director", "2020"), _post("person:x", "org:a", "Chairman")])
    assert analysis.rotations(g) == {}


def test_communities_are_reproducible(governance):
    first = analysis.communities(governance, seed=7)
    assert first == analysis.communities(governance, seed=7)
    assert set(first) == set(governance) - {"sha256:doc"}
    assert min(first.values()) == 0
    sizes = [list(first.values()).count(c) for c in sorted(set(first.values()))]
    assert sizes == sorted(sizes, reverse=True)
    assert set(analysis.communities(governance, min_size=2)) <= set(first)
    assert analysis.communities(nx.MultiDiGraph()) == {}


def test_valid_on_date_precision():
    assert analysis.valid_on({"start": "2022-12"}, "2022-12-01")
    assert not analysis.valid_on({"start": "2022-12-27"}, "2022-12")
    assert analysis.valid_on({"date": "2024"}, "2024-06-30")
    assert not analysis.valid_on({"date": "2025-01"}, "2024-06-30")
    assert analysis.valid_on({"status": "former"}, "2024")
