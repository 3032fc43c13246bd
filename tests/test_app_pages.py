"""Every page of the viewer under Streamlit's AppTest, against the real test Neo4j."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import viewer_graph  # noqa: E402

from streamlit.testing.v1 import AppTest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
MAIN = ROOT / "app" / "main.py"


@pytest.fixture
def graph(db):
    viewer_graph.load(db)
    from soegraph.app import data

    data.clear_caches()
    yield db
    data.clear_caches()


def open_page(page: str | None = None, **query) -> AppTest:
    at = AppTest.from_file(str(MAIN), default_timeout=60)
    at.run()
    if page:
        at.switch_page(f"views/{page}.py")
    for k, v in query.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption] + [e.value for e in at.error]
    parts += [w.value for w in at.warning] + [i.value for i in at.info] + [s.value for s in at.success]
    parts += [h.value for h in at.title] + [h.value for h in at.subheader]
    return "\n".join(str(p) for p in parts)


def iframes(at: AppTest) -> list[str]:
    """The HTML of every graph drawing on the page."""
    out = []
    for el in at.get("iframe"):
        proto = el.proto
        out.append(getattr(proto, "srcdoc", "") or "")
    return out


def test_search_finds_by_english_chinese_and_pinyin(graph):
    at = open_page()
    assert "Entities" in [m.label for m in at.metric]
    for query in ("SASAC", "国资委", "Guoziwei"):
        at.text_input(key="q").input(query).run()
        assert not at.exception
        body = texts(at)
        assert "State\\-owned Assets Supervision" in body, query
        assert "Government body" in body  # the type badge
    links = [p.proto.page for p in at.get("page_link")]
    assert any("explore" in link for link in links) and any("entity" in link for link in links)


def test_search_without_hits_says_so(graph):
    at = open_page()
    at.text_input(key="q").input("zzqqxx nothing like this").run()
    assert "No entity matches" in texts(at)


def test_explore_draws_the_neighbourhood_with_legend_and_counts(graph):
    at = open_page("explore", center="SASAC", depth="2")
    body = texts(at)
    assert "Showing 6 of 6 entities within 2 hops" in body
    (page,) = iframes(at)
    assert "vis.Network" in page and '"org:china-mobile"' in page
    assert "Central SOE" in page and "SUPERVISES" in page  # legend entries
    assert "http://" not in page.split("<script", 1)[0]  # no external head resources
    from soegraph.app.graphview import external_urls

    assert external_urls(page) == []
    assert at.query_params["center"] == "org:sasac"
    # the downloads (the open tab), then the tables (lazy tabs: they run when opened)
    assert {b.label for b in at.get("download_button")} >= {"GraphML", "JSON", "HTML"}
    assert len(at.dataframe) == 0
    at.session_state["ex_tab"] = "Entities table"
    at.run()
    assert len(at.dataframe) == 1 and "org:china-mobile" in set(at.dataframe[0].value["id"])


def test_explore_filters_and_cap(graph):
    at = open_page("explore", center="org:sasac", depth="1", types="CentralSOE")
    page = iframes(at)[0]
    assert '"org:china-mobile"' in page and '"org:state-council"' not in page
    at = open_page("explore", center="org:sasac", depth="1", sector="oil and gas")
    page = iframes(at)[0]
    assert '"org:sinopec"' in page and '"org:china-mobile"' not in page
    at = open_page("explore", center="org:sasac", depth="2", limit="50", rels="HOLDS_POSITION")
    page = iframes(at)[0]
    assert '"person:zhang-yuzhuo"' in page and '"org:china-mobile"' not in page
    # as of 2021: Zhang chaired Sinopec, and was not yet at SASAC
    at = open_page("explore", center="person:zhang-yuzhuo", depth="1", as_of="2021-03-01")
    page = iframes(at)[0]
    assert '"org:sinopec"' in page and '"org:sasac"' not in page


def test_explore_recentres_and_shows_showing_n_of_m(graph):
    at = open_page("explore", center="org:sasac", depth="2", limit="50")
    at.selectbox(key="ex_pick").select("org:china-mobile").run()
    at.button[0].click().run()
    assert not at.exception
    assert at.query_params["center"] == "org:china-mobile"
    assert "China Mobile" in texts(at)
    # chinese labels
    at = open_page("explore", center="org:sasac", lang="zh")
    assert '"label":"国资委"' in iframes(at)[0]


def test_explore_caps_large_neighbourhoods(graph):
    from soegraph.models import Document, Entity, Relation, SourcedBatch
    from soegraph.writer import GraphWriter

    many = [Entity(id=f"org:test-co-{i}", type="Company", name=f"Test Company {i}") for i in range(60)]
    GraphWriter(graph).write_many([SourcedBatch(
        source=Document(id="registry:viewer_test#many", kind="registry", url="https://example.org/many"),
        entities=many, external_refs=["org:sasac"],
        relations=[Relation(type="OWNS", source="org:sasac", target=e.id) for e in many])])
    at = open_page("explore", center="org:sasac", depth="1", limit="50")
    assert any("Showing 50 of 66 entities" in w.value for w in at.warning)


def test_explore_unknown_entity_suggests(graph):
    at = open_page("explore", center="Sasack")
    assert at.warning and "no entity named" in at.warning[0].value


def test_entity_page_shows_names_posts_relations_and_evidence(graph):
    at = open_page("entity", id="张玉卓")
    body = texts(at)
    assert "Zhang Yuzhuo" in body and "Posts held" in body and "Evidence for every fact" in body
    names = at.dataframe[0].value
    assert {"Latin", "Chinese (simplified)", "pinyin"} <= set(names["script"])
    posts = at.dataframe[2].value
    assert set(posts["title"]) == {"Chairman", "Party Secretary"}
    # the evidence sentence is shown, escaped, with its document's title, date and link
    assert "Party Secretary of SASAC" in body
    assert "Test report" in body and "2024\\-03\\-20" in body and "https://example.org/report-1" in body
    assert "corpus/report-1.html" in body
    assert at.query_params["id"] == "person:zhang-yuzhuo"


def test_entity_page_of_an_organization_lists_leaders(graph):
    at = open_page("entity", id="SASAC")
    body = texts(at)
    assert "Who held posts here" in body and "Relations (5)" in body
    sasac_names = at.dataframe[0].value
    assert "Chinese (traditional)" in set(sasac_names["script"])


def test_entity_page_without_id_asks_for_one(graph):
    at = open_page("entity")
    assert "Search for an entity first" in texts(at)


def test_paths_draws_and_lists(graph):
    at = open_page("paths", a="Zhang Yuzhuo", b="China Mobile")
    body = texts(at)
    assert "shortest path" in body and "Path 1" in body
    page = iframes(at)[0]
    assert '"org:sasac"' in page and '"org:china-mobile"' in page
    assert "Party Secretary" in body


def run_own(at: AppTest, query: str) -> None:
    """Type into the 'write your own' form and submit it (form values travel with the submit)."""
    at.text_area(key="cy_text").input(query)
    at.get("form_submit_button")[-1].click()
    at.run()


def test_cypher_runs_read_only_and_reports_errors(graph):
    at = open_page("cypher")
    run_own(at, "MATCH (o:CentralSOE) RETURN o.name AS name ORDER BY name")
    assert not at.exception
    df = at.dataframe[-1].value
    assert list(df["name"]) == ["China Mobile Communications Group Co., Ltd.", "China Petrochemical Corporation"]
    assert any(b.label == "CSV" for b in at.get("download_button"))
    # nodes in the result: drawn as a graph
    run_own(at, "MATCH p = (s:Entity {id: 'org:sasac'})-[:SUPERVISES]->(o) RETURN s, o, p")
    assert any('"org:sinopec"' in p for p in iframes(at))
    # a write is refused
    run_own(at, "CREATE (n:Entity {id: 'x:written'}) RETURN n")
    assert any("read\\-only" in e.value or "read-only" in e.value for e in at.error)
    assert graph.read("MATCH (n {id: 'x:written'}) RETURN count(n) AS n")[0]["n"] == 0
    # a syntax error is explained
    run_own(at, "MATCH (n RETURN n")
    assert any("Syntax error" in e.value for e in at.error)


def test_cypher_saved_queries_become_forms(graph):
    from soegraph.app import data

    saved = data.saved_queries()
    at = open_page("cypher")
    if not saved:
        assert any("No saved queries" in i.value for i in at.info)
        return
    assert at.selectbox(key="cy_saved").options
    first = saved[0]
    # one widget per declared parameter, run with the defaults
    at.get("form_submit_button")[0].click().run()
    assert not at.exception
    assert at.success or at.error, "the saved query ran and reported"
    if first["description"]:
        assert first["description"][:20].replace("-", "\\-")[:10] in texts(at) or at.markdown


def test_sources_page_lists_sources_and_contributions(graph):
    at = open_page("sources")
    assert "Documents" in [m.label for m in at.metric]
    table = at.dataframe[0].value
    assert "sha256:viewer-test-report" in set(table["id"])
    at.selectbox(key="so_pick").select("sha256:viewer-test-report").run()
    assert not at.exception
    facts = at.dataframe[-1].value
    assert list(facts["relationship"]) == ["HOLDS_POSITION"]
    assert "Party Secretary of SASAC" in facts["evidence"][0]


def test_pages_report_a_missing_database(graph, monkeypatch):
    """With Neo4j unreachable, pages say so instead of a traceback."""
    from soegraph.app import data
    from soegraph.errors import ConnectionFailed

    def broken(*a, **k):
        raise ConnectionFailed("cannot reach Neo4j at bolt://127.0.0.1:1")

    monkeypatch.setattr(data, "client", broken)
    data.clear_caches()
    at = open_page("explore", center="org:sasac")
    assert at.error and "Cannot reach the graph database" in at.error[0].value


def test_app_command_runs_streamlit_offline_and_headless(monkeypatch):
    """`soegraph app` = `streamlit run app/main.py` with telemetry off, headless, on 127.0.0.1."""
    from typer.testing import CliRunner

    from soegraph.app import commands
    from soegraph.cli import app as cli

    seen = {}

    def fake_run(cmd, env):
        seen["cmd"], seen["env"] = cmd, env
        return 0

    monkeypatch.setattr(commands, "_run", fake_run)
    result = CliRunner().invoke(cli, ["app", "--port", "8765", "--no-check"])
    assert result.exit_code == 0, result.output
    cmd = seen["cmd"]
    assert cmd[1:4] == ["-m", "streamlit", "run"] and cmd[4].endswith("main.py")
    flags = dict(zip(cmd[5::2], cmd[6::2]))
    assert flags["--server.port"] == "8765" and flags["--server.address"] == "127.0.0.1"
    assert flags["--browser.gatherUsageStats"] == "false" and flags["--server.headless"] == "true"
    assert seen["env"]["STREAMLIT_BROWSER_GATHER_USAGE_STATS"] == "false"


def test_app_command_refuses_without_a_database(monkeypatch):
    from typer.testing import CliRunner

    from soegraph.cli import app as cli

    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")
    monkeypatch.setenv("NEO4J_PASSWORD", "x")
    result = CliRunner().invoke(cli, ["app", "--port", "8766"])
    assert result.exit_code == 1
    assert "cannot reach Neo4j" in (result.output + str(result.stderr if hasattr(result, "stderr") else ""))


def test_explore_on_an_empty_graph_asks_for_an_entity(db):
    from soegraph.app import data

    data.clear_caches()
    at = open_page("explore")
    assert "Type an entity's name or id" in texts(at)


def test_label_language_carries_across_pages(graph):
    at = open_page("explore", center="org:sasac", lang="zh")
    assert "## 国务院国有资产监督管理委员会" in texts(at)
    at.switch_page("views/entity.py")
    at.query_params.clear()
    at.query_params["id"] = "org:china-mobile"
    at.run()
    assert not at.exception
    assert "## 中国移动通信集团有限公司" in texts(at)
    at.segmented_control(key="lang").set_value("en").run()
    assert "## China Mobile Communications Group Co\\., Ltd\\." in texts(at)
