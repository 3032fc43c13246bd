"""Search: one box for English, Chinese or pinyin; ranked results with type badges."""

from __future__ import annotations

import streamlit as st

from soegraph.app import data, nav, ui

st.title("Search")
st.caption("Find a body, a central SOE, a person or an event by its English or Chinese name, an "
           "abbreviation or pinyin — e.g. *SASAC*, *国资委*, *Guoziwei*, *China Mobile*, *Zhang Yuzhuo*.")

lang = ui.lang()
if "q" not in st.session_state:
    st.session_state["q"] = st.query_params.get("q", "")
query = st.text_input("Search the graph", key="q", placeholder="SASAC, 国资委, China Mobile, Zhang Yuzhuo …",
                      label_visibility="collapsed", icon=":material/search:")
if query:
    st.query_params["q"] = query
elif "q" in st.query_params:
    del st.query_params["q"]

if not query.strip():
    with ui.guard():
        counts = data.stats()
    nodes = {r["name"]: r["n"] for r in counts if r["kind"] == "node"}
    rels = sum(r["n"] for r in counts if r["kind"] == "relationship")
    cols = st.columns(4)
    cols[0].metric("Entities", f"{sum(n for k, n in nodes.items() if k != 'Document'):,}")
    cols[1].metric("Facts", f"{rels:,}")
    cols[2].metric("Sources", f"{nodes.get('Document', 0):,}")
    cols[3].metric("Central SOEs", f"{nodes.get('CentralSOE', 0):,}")
    st.stop()

with ui.guard():
    results = data.search(query.strip())

if not results:
    st.info("No entity matches. Try another spelling, the Chinese name or an abbreviation.")
    st.stop()

st.caption(f"{len(results)} result{'s' if len(results) != 1 else ''}, best first")
for i, r in enumerate(results):
    with st.container(border=True):
        left, right = st.columns([5, 2], vertical_alignment="center")
        with left:
            title = ui.label(r, lang)
            other = r.get("name_zh") if lang == "en" else r.get("name")
            st.markdown(f"{ui.badge(r.get('type'))} **{ui.md(title)}**" + (f" · {ui.md(other)}" if other and other != title else ""))
            extra = [ui.code(r["id"])]
            if r.get("sector"):
                extra.append(ui.md(r["sector"]))
            aliases = [a for a in (r.get("aliases") or []) if a][:6]
            if aliases:
                extra.append("also " + ", ".join(ui.md(a) for a in aliases))
            st.caption(" · ".join(extra))
        with right:
            b1, b2 = st.columns(2)
            b1.page_link(nav.EXPLORE, label="Explore", icon=":material/hub:", query_params={"center": r["id"], "lang": lang})
            b2.page_link(nav.ENTITY, label="Details", icon=":material/badge:", query_params={"id": r["id"], "lang": lang})
