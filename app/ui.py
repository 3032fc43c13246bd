"""Shared pieces of the viewer's pages: safe text, badges, links, error boxes, downloads.

Text from documents and entities is untrusted. Pages show it through widgets that render
text (dataframes, st.text, captions) or through :func:`md` which backslash-escapes every
Markdown metacharacter, so a name can neither inject HTML (no page uses
``unsafe_allow_html``) nor links, images or directives.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from typing import Iterator
from urllib.parse import quote, urlsplit

import streamlit as st

from soegraph.errors import ConnectionFailed, NotFound, SoegraphError

from soegraph.app import graphview

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~:$=^&\"'])")

TYPE_BADGE_COLORS = {
    "Person": "orange", "GovernmentBody": "blue", "PartyOrgan": "red", "CentralSOE": "green",
    "Company": "yellow", "Institution": "violet", "Event": "gray",
}
LANGS = {"en": "English", "zh": "中文"}


def md(text: object) -> str:
    """Untrusted text made inert for st.markdown: every metacharacter escaped, newlines kept as spaces."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text if text is not None else "").split()))


def safe_url(url: str | None) -> str | None:
    """http(s) URLs only (no javascript:, data: ...), with characters that would end a Markdown link quoted."""
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(url, safe=":/?#@!$&*+,;=%~-._").replace("(", "%28").replace(")", "%29")


def code(text: object) -> str:
    """An inline code span: shown literally (no Markdown inside), so only backticks need care."""
    return "`" + str(text if text is not None else "").replace("`", "'").replace("\n", " ") + "`"


def link(title: str, url: str | None) -> str:
    """A Markdown link with an escaped title, or the escaped title alone when the URL is not http(s)."""
    href = safe_url(url)
    return f"[{md(title)}]({href})" if href else md(title)


def badge(entity_type: str | None) -> str:
    """A Markdown type badge (the type names are our own constants, but escape anyway)."""
    t = entity_type or "Entity"
    color = TYPE_BADGE_COLORS.get(t, "gray")
    label = graphview.TYPE_LABELS.get(t, t)
    return f":{color}-badge[{graphview.style(t)['symbol']} {md(label)}]"


def name_line(e: dict) -> str:
    """'**English name** 中文名' for Markdown, escaped."""
    en = e.get("name") or e.get("id") or ""
    zh = e.get("name_zh") or ""
    return f"**{md(en)}**" + (f" · {md(zh)}" if zh else "")


def label(e: dict, lang: str = "en") -> str:
    return graphview.display_name(e, lang)


@contextmanager
def guard() -> Iterator[None]:
    """Turn soegraph's errors into readable boxes instead of tracebacks."""
    try:
        yield
    except ConnectionFailed as exc:
        st.error(f"Cannot reach the graph database. {exc}")
        st.info("Start the local server with `soegraph neo4j start`, or set NEO4J_URI / NEO4J_PASSWORD, then reload.")
        st.stop()
    except NotFound as exc:
        st.warning(str(exc))
        if exc.suggestions:
            st.caption("Did you mean: " + ", ".join(md(s) for s in exc.suggestions))
        st.stop()
    except SoegraphError as exc:
        st.error(str(exc))
        st.stop()


def graph_frame(page: str, height: int) -> None:
    """Show a rendered graph page in an iframe (st.iframe; components.html on older Streamlit)."""
    if hasattr(st, "iframe"):
        st.iframe(page, height=height + 8)
    else:  # pragma: no cover - Streamlit < 1.52
        import streamlit.components.v1 as components

        components.html(page, height=height + 8, scrolling=False)


def lang_switch(key: str = "lang") -> str:
    """English or Chinese labels: one switch in the sidebar for every page, kept in the URL (?lang=zh).

    Rendered by main.py before the page runs: a widget in the entry script keeps its value
    across pages. Pages read the choice with :func:`lang`.
    """
    qp = st.query_params.get("lang")
    if qp in LANGS and qp != st.session_state.get("_lang_seen_qp"):
        st.session_state[key] = qp  # a link or a pasted URL asked for this language
    if st.session_state.get(key) not in LANGS:
        st.session_state[key] = "en"
    value = st.sidebar.segmented_control("Labels", options=list(LANGS), format_func=LANGS.get, key=key,
                                         selection_mode="single") or "en"
    if value != "en" or "lang" in st.query_params:
        st.query_params["lang"] = value
    st.session_state["_lang_seen_qp"] = st.query_params.get("lang")
    return value


def lang(key: str = "lang") -> str:
    """The label language the sidebar switch chose ('en' or 'zh')."""
    value = st.session_state.get(key)
    return value if value in LANGS else "en"


def downloads(nodes: dict, relationships: list, *, html, stem: str, meta: dict | None = None,
              key: str = "dl") -> None:
    """GraphML, JSON and HTML of what is shown (PNG: the button on the drawing itself).

    The files are made only when a button is pressed (deferred data), so a big graph costs
    nothing until someone downloads it. ``html`` is the page text or a callable making it.
    """
    c1, c2, c3 = st.columns(3)
    safe_stem = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-") or "soegraph"
    c1.download_button("GraphML", data=lambda: graphview.to_graphml(nodes, relationships),
                       file_name=f"{safe_stem}.graphml", mime="application/graphml+xml", key=f"{key}-graphml",
                       icon=":material/download:", width="stretch", on_click="ignore")
    c2.download_button("JSON", data=lambda: graphview.to_json(nodes, relationships, **(meta or {})),
                       file_name=f"{safe_stem}.json", mime="application/json", key=f"{key}-json",
                       icon=":material/download:", width="stretch", on_click="ignore")
    c3.download_button("HTML", data=lambda: (html() if callable(html) else html).encode("utf-8"),
                       file_name=f"{safe_stem}.html", mime="text/html",
                       key=f"{key}-html", icon=":material/download:", width="stretch", on_click="ignore")
    st.caption("PNG: use the **PNG** button on the drawing (your browser makes it from the canvas). "
               "The HTML file works offline: vis-network is inside it.")


def sources_line(source_ids: list[str], smap: dict[str, dict], limit: int = 6) -> list[str]:
    """Markdown bullets for sources: linked title, date, kind, file."""
    out = []
    for sid in source_ids[:limit]:
        s = smap.get(sid)
        if not s:
            out.append(f"- {code(sid)}")
            continue
        bits = [link(s.get("title") or sid, s.get("url"))]
        if s.get("date"):
            bits.append(md(s["date"]))
        if s.get("path"):
            bits.append(code(s["path"]))
        bits.append(md(s.get("kind") or "document"))
        out.append("- " + " · ".join(bits))
    if len(source_ids) > limit:
        out.append(f"- … and {len(source_ids) - limit} more")
    return out
