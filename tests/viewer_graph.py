"""A small hand-made graph for the viewer's tests (app pages, browser, XSS).

Names follow the real registry ids for SASAC and a few central SOEs so searches read
naturally, but every row here is test data: sources are example.org pages. Two entries
are hostile on purpose: an entity named like an HTML injection and an evidence sentence
holding a <script> element.
"""

from __future__ import annotations

from soegraph.models import Document, Entity, Relation, SourcedBatch, Span

XSS_NAME = "<img src=x onerror=alert(1)>"
XSS_ID = "org:xss-test"
SCRIPT_SENTENCE = 'Zhang Yuzhuo <script>alert("evidence")</script> is Party Secretary of SASAC.'
DOC_TITLE = "Test report <b>on</b> SASAC leadership"
DOC_URL = "https://example.org/report-1"
HOSTILE_DOC_TITLE = "<svg onload=alert(8)>"
HOSTILE_URL = "javascript:alert(7)"
HOSTILE_SENTENCE = "<img src=x onerror=alert(9)> agreed to cooperate with China Mobile."


def _registry(row: str) -> Document:
    return Document(id=f"registry:viewer_test#{row}", kind="registry", title=f"Viewer test registry — {row}",
                    url=f"https://example.org/registry/{row}", date="2024-01-01", path="viewer_test.yaml")


def batches() -> list[SourcedBatch]:
    sasac = Entity(id="org:sasac", type="GovernmentBody",
                   name="State-owned Assets Supervision and Administration Commission of the State Council",
                   name_zh="国务院国有资产监督管理委员会", aliases=["SASAC", "国资委", "國資委", "Guoziwei"],
                   properties={"founded": "2003-03-10"})
    council = Entity(id="org:state-council", type="GovernmentBody", name="State Council of the People's Republic of China",
                     name_zh="国务院", aliases=["State Council", "国务院"])
    mobile = Entity(id="org:china-mobile", type="CentralSOE", name="China Mobile Communications Group Co., Ltd.",
                    name_zh="中国移动通信集团有限公司", aliases=["China Mobile", "中国移动"],
                    properties={"sector": "telecommunications"})
    sinopec = Entity(id="org:sinopec", type="CentralSOE", name="China Petrochemical Corporation",
                     name_zh="中国石油化工集团有限公司", aliases=["Sinopec Group", "中国石化"],
                     properties={"sector": "oil and gas"})
    zhang = Entity(id="person:zhang-yuzhuo", type="Person", name="Zhang Yuzhuo", name_zh="张玉卓", aliases=["zhangyuzhuo"])
    xss = Entity(id=XSS_ID, type="Company", name=XSS_NAME, name_zh="<script>alert(2)</script>",
                 aliases=["javascript:alert(3)", "[link](javascript:alert(4))"], properties={"sector": "telecommunications"})
    out = [
        SourcedBatch(source=_registry("bodies"), entities=[sasac, council],
                     relations=[Relation(type="PART_OF", source="org:sasac", target="org:state-council")]),
        SourcedBatch(source=_registry("soes"), entities=[mobile, sinopec, xss], external_refs=["org:sasac"],
                     relations=[Relation(type="SUPERVISES", source="org:sasac", target=t)
                                for t in ("org:china-mobile", "org:sinopec", XSS_ID)]),
        SourcedBatch(source=_registry("leaders"), entities=[zhang], external_refs=["org:sinopec"],
                     relations=[Relation(type="HOLDS_POSITION", source="person:zhang-yuzhuo", target="org:sinopec",
                                         properties={"title": "Chairman", "title_zh": "董事长", "start": "2020-01",
                                                     "end": "2021-07", "status": "former"})]),
        SourcedBatch(source=Document(id="sha256:viewer-test-report", kind="document", title=DOC_TITLE, url=DOC_URL,
                                     date="2024-03-20", language="en", path="corpus/report-1.html"),
                     entities=[zhang, sasac],
                     relations=[Relation(type="HOLDS_POSITION", source="person:zhang-yuzhuo", target="org:sasac",
                                         properties={"title": "Party Secretary", "title_zh": "党委书记",
                                                     "start": "2022-12-27", "status": "current"},
                                         evidence=Span(text=SCRIPT_SENTENCE, start=0, end=len(SCRIPT_SENTENCE)),
                                         confidence=0.9)]),
        SourcedBatch(source=Document(id="sha256:viewer-test-hostile", kind="document", title=HOSTILE_DOC_TITLE,
                                     url=HOSTILE_URL, date="2024-05-01", path="corpus/<b>hostile</b>.html"),
                     external_refs=[XSS_ID, "org:china-mobile"],
                     relations=[Relation(type="COOPERATES_WITH", source=XSS_ID, target="org:china-mobile",
                                         evidence=Span(text=HOSTILE_SENTENCE, start=0, end=len(HOSTILE_SENTENCE)),
                                         confidence=0.6)]),
    ]
    return out


def load(db) -> None:
    from soegraph.writer import GraphWriter

    writer = GraphWriter(db)
    writer.ensure_schema()
    stats = writer.write_many(batches())
    assert not stats.errors, stats.errors


# ---------------------------------------------------------------- a running viewer and a browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RunningApp:
    """``soegraph app`` (the same streamlit command line) on a free port, stopped on close()."""

    def __init__(self, timeout: float = 60):
        import os
        import subprocess
        import time
        import urllib.request

        from soegraph.app.commands import streamlit_command, streamlit_env

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(streamlit_command(self.port, "127.0.0.1"), env=streamlit_env(dict(os.environ)),
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"viewer exited: {self.proc.stdout.read().decode(errors='replace')}")
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        self.close()
        raise RuntimeError("viewer did not answer in time")

    def close(self) -> None:
        import signal

        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except Exception:
                self.proc.kill()


def chromium_available() -> bool:
    import os

    try:
        import playwright  # noqa: F401
    except ImportError:
        return False
    return os.access(CHROMIUM, os.X_OK)


class PageWatch:
    """Collects what a page does that it should not: dialogs (alert), console errors, outside requests."""

    IGNORED_CONSOLE = ("Failed to load resource: the server responded with a status of 404",  # Streamlit's path probes
                       "Unrecognized feature", "can escape its sandboxing")

    def __init__(self, page):
        self.dialogs: list[str] = []
        self.console: list[str] = []
        self.outside: list[str] = []
        page.on("dialog", self._dialog)
        page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))
        page.on("request", lambda r: None if r.url.startswith(("http://127.0.0.1", "data:", "blob:", "about:"))
                else self.outside.append(r.url))

    def _dialog(self, dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def errors(self) -> list[str]:
        return [c for c in self.console if c.startswith("error") and not any(i in c for i in self.IGNORED_CONSOLE)]


def wait_for_app(page, timeout: float = 30_000) -> None:
    """Until Streamlit has finished running the page script."""
    page.wait_for_selector("[data-testid='stApp']", timeout=timeout)
    page.wait_for_timeout(300)
    deadline = timeout
    while deadline > 0:
        if page.locator("[data-testid='stStatusWidget']").count() == 0:
            break
        page.wait_for_timeout(200)
        deadline -= 200
    page.wait_for_timeout(500)


def graph_frame(page, timeout: float = 30_000):
    """The frame of the first graph drawing, once vis-network has drawn it."""
    page.wait_for_selector("iframe", timeout=timeout)
    handle = page.locator("iframe").first.element_handle()
    frame = handle.content_frame()
    frame.wait_for_selector("body[data-drawn='1']", state="attached", timeout=timeout)
    return frame


def canvas_ink(frame) -> int:
    """How many non-white pixels the vis-network canvas has (0: nothing drawn)."""
    return frame.evaluate("""() => {
        const c = document.querySelector('#graph canvas');
        if (!c) return -1;
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 16) { if (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240) n++; }
        return n;
    }""")


def drawn_nodes(page) -> int:
    """Nodes in the first drawing once drawn (0 while none is drawn, or while it is being replaced)."""
    try:
        handle = page.locator("iframe").first.element_handle(timeout=1000)
        frame = handle.content_frame() if handle else None
        if frame is None:
            return 0
        return frame.evaluate("() => (window.__soegraph && window.__soegraph.drawn) ? window.__soegraph.nodes : 0")
    except Exception:  # the iframe was swapped while we looked
        return 0


def wait_drawn_nodes(page, n: int, timeout: float = 30_000) -> None:
    waited = 0.0
    while drawn_nodes(page) != n:
        if waited > timeout:
            raise TimeoutError(f"no drawing with {n} nodes after {timeout / 1000:.0f} s (last: {drawn_nodes(page)})")
        page.wait_for_timeout(100)
        waited += 100
