"""The viewer in a real browser: Debian's chromium, headless, driven by Playwright.

Starts ``soegraph app``'s streamlit command on a free port against the test Neo4j, searches
"SASAC", opens Explore, checks that vis-network drew on its canvas, re-centres by clicking a
node, visits every page, and saves screenshots under tests/artifacts/.
"""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import viewer_graph as vg  # noqa: E402

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"

pytestmark = pytest.mark.skipif(not vg.chromium_available(), reason="needs playwright and /usr/bin/chromium")


@pytest.fixture
def app(db):
    vg.load(db)
    running = vg.RunningApp()
    yield running
    running.close()


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=vg.CHROMIUM, args=vg.CHROMIUM_ARGS)
        yield b
        b.close()


def shot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def test_search_explore_and_every_page(app, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1100})
    watch = vg.PageWatch(page)

    # Search
    page.goto(app.url)
    vg.wait_for_app(page)
    box = page.get_by_label("Search the graph")
    box.fill("SASAC")
    box.press("Enter")
    page.get_by_text("Government body").first.wait_for(timeout=20_000)
    assert page.get_by_text("State-owned Assets Supervision and Administration Commission").first.is_visible()
    page.get_by_role("link", name="Explore").first.wait_for()
    vg.wait_for_app(page)
    shot(page, "01-search")

    # Explore, from the first result's link
    page.get_by_role("link", name="Explore").first.click()
    page.wait_for_url("**/explore?*", timeout=20_000)
    vg.wait_for_app(page)
    frame = vg.graph_frame(page)
    assert frame.locator("#graph canvas").count() == 1
    assert vg.canvas_ink(frame) > 500, "vis-network drew nothing"
    stats = frame.evaluate("() => window.__soegraph")
    assert stats["nodes"] == 6 and stats["drawn"] is not None
    assert frame.locator("#legend").inner_text().count("\n") >= 3
    page.get_by_text("Showing 6 of 6 entities").wait_for()
    shot(page, "02-explore")

    # hover shows a tooltip with key facts; click shows the node's card; "Centre here" re-centres
    pos = frame.evaluate("() => network.canvasToDOM(network.getPositions(['org:china-mobile'])['org:china-mobile'])")
    box = page.locator("iframe").first.bounding_box()
    page.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"])
    frame.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
    assert "telecommunications" in frame.locator("div.vis-tooltip").inner_text()
    shot(page, "03-explore-tooltip")
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    frame.wait_for_selector("#info", state="visible")
    assert "China Mobile" in frame.locator("#info").inner_text()
    page.evaluate("() => { window.__same_page = true; }")
    frame.locator("#go-center").click()
    page.wait_for_url("**center=org%3Achina-mobile*", timeout=20_000)
    vg.wait_drawn_nodes(page, 3)
    vg.wait_for_app(page)
    assert parse_qs(urlsplit(page.url).query)["center"] == ["org:china-mobile"]
    assert page.evaluate("() => window.__same_page") is True, "re-centring reloaded the page"
    assert page.get_by_label("Centre (any name or id)", exact=True).input_value() == "org:china-mobile"
    shot(page, "04-explore-recentred")

    # double-click on a node re-centres too (back to SASAC); the browser's Back button returns
    frame = vg.graph_frame(page)
    pos = frame.evaluate("() => network.canvasToDOM(network.getPositions(['org:sasac'])['org:sasac'])")
    box = page.locator("iframe").first.bounding_box()
    page.mouse.dblclick(box["x"] + pos["x"], box["y"] + pos["y"])
    vg.wait_drawn_nodes(page, 6)
    page.go_back()
    vg.wait_drawn_nodes(page, 3)

    # a depth-2 view in Chinese labels
    page.goto(f"{app.url}/explore?center=org:sasac&depth=2&lang=zh")
    vg.wait_for_app(page)
    frame = vg.graph_frame(page)
    assert vg.canvas_ink(frame) > 500
    shot(page, "05-explore-zh-depth2")

    # the other pages
    for name, path, expect in [
        ("06-entity-person", "/entity?id=person:zhang-yuzhuo", "Evidence for every fact"),
        ("07-entity-sasac", "/entity?id=org:sasac", "Who held posts here"),
        ("08-paths", "/paths?a=person:zhang-yuzhuo&b=org:china-mobile", "Path 1"),
        ("09-cypher", "/cypher", "Write your own"),
        ("10-sources", "/sources", "What one source contributed"),
    ]:
        page.goto(app.url + path)
        vg.wait_for_app(page)
        page.get_by_text(expect).first.wait_for(timeout=20_000)
        if name == "08-paths":
            assert vg.canvas_ink(vg.graph_frame(page)) > 200
        if name == "09-cypher":
            page.get_by_role("tab", name="Write your own").click()
            area = page.get_by_role("textbox", name="Cypher", exact=True)
            area.fill("MATCH p = (:Entity {id: 'org:sasac'})-[:SUPERVISES]->(o:CentralSOE) RETURN o.name AS name, p")
            page.get_by_role("button", name="Run").last.click()
            page.get_by_text("2 rows").wait_for(timeout=20_000)
            shot(page, "09-cypher-table")
            page.get_by_role("tab", name="Graph").last.click()
            frame = vg.graph_frame(page)
            assert vg.canvas_ink(frame) > 200
            area.fill("MATCH (n) DETACH DELETE n")
            page.get_by_role("button", name="Run").last.click()
            page.get_by_text("Refused: this console is read-only").wait_for(timeout=20_000)
            name = "09-cypher-refused"
        shot(page, name)

    assert watch.dialogs == []
    assert watch.outside == [], f"requests left the machine: {watch.outside[:5]}"
    assert watch.errors() == []


def test_png_download_from_the_canvas(app, browser):
    page = browser.new_page(viewport={"width": 1300, "height": 1000}, accept_downloads=True)
    page.goto(f"{app.url}/explore?center=org:sasac&depth=1")
    vg.wait_for_app(page)
    frame = vg.graph_frame(page)
    with page.expect_download(timeout=15_000) as info:
        frame.locator("#png").click()
    download = info.value
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    target = ARTIFACTS / "explore-download.png"
    download.save_as(str(target))
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and target.stat().st_size > 2000
