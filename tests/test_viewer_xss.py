"""Hostile text stays text: an entity named ``<img src=x onerror=alert(1)>`` and an evidence
sentence holding ``<script>`` show as written, and no script of theirs runs.

Three layers are checked: the helpers that make text inert (graph page JSON, Markdown
escaping, URL filtering), every page under AppTest (no element allows raw HTML and the
text arrives escaped), and a real browser (no dialog, no injected element, text visible).
"""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import viewer_graph as vg  # noqa: E402

from soegraph.app import graphview, ui  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
MAIN = ROOT / "app" / "main.py"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"

HOSTILE_NODES = {
    vg.XSS_ID: {"id": vg.XSS_ID, "type": "Company", "name": vg.XSS_NAME, "name_zh": "</script><script>alert(2)</script>",
                "aliases": ["javascript:alert(3)"], "sector": "\u2028<svg onload=alert(5)>"},
    "org:sasac": {"id": "org:sasac", "type": "GovernmentBody", "name": "SASAC"},
}
HOSTILE_RELS = [{"type": "SUPERVISES", "source": "org:sasac", "target": vg.XSS_ID, "sources": ["s1"],
                 "evidence": [vg.SCRIPT_SENTENCE], "confidence": 1.0, "title": "<iframe src=javascript:alert(6)>"}]


# ---------------------------------------------------------------- helpers


class _Elements(HTMLParser):
    """The elements a browser would build (script content is raw text up to </script>)."""

    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def _script_bodies(page: str) -> list[str]:
    return _Elements(page).scripts


def test_graph_page_keeps_hostile_text_inside_json():
    page = graphview.render(HOSTILE_NODES, HOSTILE_RELS, "org:sasac", links={"explore": "explore?center="}).html
    # nothing from the data can open or close an element: < and > only appear JSON-escaped
    data_script = _script_bodies(page)[-1]
    assert "<img" not in data_script and "</script" not in data_script and "<svg" not in data_script
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in data_script
    assert "\u2028" not in data_script
    # exactly our two scripts, both carrying the page's nonce, and a CSP that allows no other
    elements = _Elements(page)
    nonce = re.search(r"script-src 'nonce-([^']+)'", page).group(1)
    assert [attrs for tag, attrs in elements.tags if tag == "script"] == [{"nonce": nonce}] * 2
    assert "default-src 'none'" in page
    assert {tag for tag, _ in elements.tags} <= {"html", "head", "meta", "title", "style", "body", "div", "button", "script"}
    assert not any(k.startswith("on") for _, attrs in elements.tags for k in attrs)
    assert graphview.external_urls(page) == []


def test_title_is_escaped_and_tooltips_are_text():
    page = graphview.render(HOSTILE_NODES, HOSTILE_RELS, None, title=vg.XSS_NAME).html
    assert "<title>&lt;img src=x onerror=alert(1)&gt;</title>" in page
    # vis-network shows string tooltips with innerText; we never build HTML from data in the template
    template = (ROOT / "app" / "templates" / "graph.html").read_text()
    assert "innerHTML" not in template and "insertAdjacentHTML" not in template and "document.write" not in template


def test_markdown_and_links_are_made_inert():
    assert ui.md(vg.XSS_NAME) == r"\<img src\=x onerror\=alert\(1\)\>"
    assert ui.md("[x](javascript:alert(1))") == r"\[x\]\(javascript\:alert\(1\)\)"
    assert ui.md(":red[big] $x$ **b**") == r"\:red\[big\] \$x\$ \*\*b\*\*"
    assert ui.safe_url("javascript:alert(1)") is None
    assert ui.safe_url("data:text/html,<script>") is None
    assert ui.safe_url("https://example.org/a b(c)") == "https://example.org/a%20b%28c%29"
    assert ui.link(vg.XSS_NAME, "javascript:alert(1)") == ui.md(vg.XSS_NAME)
    assert ui.code("a`b") == "`a'b`"


# ---------------------------------------------------------------- every page under AppTest


@pytest.fixture
def graph(db):
    vg.load(db)
    yield db


def _no_raw_html(at) -> None:
    for m in at.markdown:
        assert not m.proto.allow_html, f"unsafe_allow_html on {m.value[:80]!r}"
    assert len(at.get("html")) == 0  # st.html would render HTML


@pytest.mark.parametrize("page,query", [
    ("search", {"q": "onerror"}),
    ("explore", {"center": vg.XSS_ID}),
    ("entity", {"id": vg.XSS_ID}),
    ("entity", {"id": "person:zhang-yuzhuo"}),
    ("paths", {"a": vg.XSS_ID, "b": "person:zhang-yuzhuo"}),
    ("sources", {"source": "sha256:viewer-test-report"}),
    ("sources", {"source": "sha256:viewer-test-hostile"}),
])
def test_pages_show_hostile_text_escaped(graph, page, query):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(MAIN), default_timeout=60)
    at.run()
    at.switch_page(f"views/{page}.py")
    for k, v in query.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    _no_raw_html(at)
    md_text = "\n".join(m.value for m in at.markdown)
    assert not re.search(r"(?<!\\)<(img|script)", md_text), "an unescaped tag reached Markdown"
    for table in at.dataframe:
        df = table.value
        if "url" in df.columns:
            assert not any(str(u).startswith("javascript") for u in df["url"] if u is not None)
    for frame in at.get("iframe"):
        body = _script_bodies(frame.proto.srcdoc)[-1]
        assert "<img" not in body and "<script" not in body
    assert not re.search(r"(?<!\\)\]\(\s*javascript", md_text), "a javascript: link reached Markdown"
    if page == "entity" and query["id"] == vg.XSS_ID:
        assert ui.md(vg.XSS_NAME) in md_text
        assert ui.md(vg.HOSTILE_SENTENCE) in md_text and ui.md(vg.HOSTILE_DOC_TITLE) in md_text
    if page == "entity" and query["id"] == "person:zhang-yuzhuo":
        assert ui.md(vg.SCRIPT_SENTENCE) in md_text  # the sentence, shown as text
        assert ui.md(vg.DOC_TITLE) in md_text


# ---------------------------------------------------------------- a real browser


@pytest.mark.skipif(not vg.chromium_available(), reason="needs playwright and /usr/bin/chromium")
def test_no_script_runs_in_the_browser(graph):
    from playwright.sync_api import sync_playwright

    app = vg.RunningApp()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=vg.CHROMIUM, args=vg.CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1400})
            watch = vg.PageWatch(page)
            page.add_init_script("window.__xss = 0; window.alert = function () { window.__xss++; };")

            page.goto(f"{app.url}/explore?center={vg.XSS_ID}")
            vg.wait_for_app(page)
            frame = vg.graph_frame(page)
            # hover the hostile node: its tooltip shows the name as text
            pos = frame.evaluate(f"() => network.canvasToDOM(network.getPositions(['{vg.XSS_ID}'])['{vg.XSS_ID}'])")
            box = page.locator("iframe").first.bounding_box()
            page.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"])
            frame.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
            assert vg.XSS_NAME in frame.locator("div.vis-tooltip").inner_text()
            page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
            assert vg.XSS_NAME in frame.locator("#info").inner_text()
            assert frame.locator("img").count() == 0 and frame.locator("#info script").count() == 0
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "xss-explore.png"))

            page.goto(f"{app.url}/entity?id={vg.XSS_ID}")
            vg.wait_for_app(page)
            page.get_by_text(vg.XSS_NAME).first.wait_for(timeout=20_000)
            page.locator("[data-testid='stExpander'] summary").first.wait_for()
            for exp in page.locator("[data-testid='stExpander'] summary").all():
                exp.click()
            page.get_by_text(vg.HOSTILE_SENTENCE).first.wait_for(timeout=10_000)
            page.get_by_text(vg.HOSTILE_DOC_TITLE).first.wait_for(timeout=10_000)
            assert page.locator("img[src='x']").count() == 0 and page.locator("svg[onload]").count() == 0
            assert page.locator("a[href^='javascript']").count() == 0
            page.screenshot(path=str(ARTIFACTS / "xss-entity.png"), full_page=True)

            page.goto(f"{app.url}/sources?source=sha256:viewer-test-hostile")
            vg.wait_for_app(page)
            page.get_by_text("What one source contributed").wait_for(timeout=20_000)
            vg.wait_for_app(page)
            assert page.locator("a[href^='javascript']").count() == 0 and page.locator("svg[onload]").count() == 0
            page.screenshot(path=str(ARTIFACTS / "xss-sources.png"), full_page=True)

            page.goto(f"{app.url}/entity?id=person:zhang-yuzhuo")
            vg.wait_for_app(page)
            page.get_by_text("Evidence for every fact").wait_for(timeout=20_000)
            page.locator("[data-testid='stExpander'] summary").first.wait_for()
            for exp in page.locator("[data-testid='stExpander'] summary").all():
                exp.click()
            page.wait_for_timeout(500)
            page.screenshot(path=str(ARTIFACTS / "xss-evidence.png"), full_page=True)
            page.get_by_text('<script>alert("evidence")</script>', exact=False).first.wait_for(timeout=10_000)
            page.screenshot(path=str(ARTIFACTS / "xss-evidence.png"), full_page=True)

            assert page.evaluate("() => window.__xss") == 0
            for f in page.frames:
                assert f.evaluate("() => window.__xss || 0") == 0
            assert watch.dialogs == []
            assert not any("alert" in c for c in watch.console)
            assert watch.outside == []
            browser.close()
    finally:
        app.close()
