"""Sources: every document and registry row loaded, and what each contributed."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from soegraph.app import data, nav, ui

lang = ui.lang()
st.title("Sources")
st.caption("Every fact in the graph rests on these: documents ingested and rows of the curated registries. "
           "Forget one with `soegraph forget <id>` and what only it supported goes with it.")

with ui.guard():
    rows = data.sources()

if not rows:
    st.info("Nothing is loaded yet. Load the registries with `soegraph registry load` or ingest documents.")
    st.stop()

df = pd.DataFrame(rows)
docs = df[df["kind"] != "registry"]
regs = df[df["kind"] == "registry"]
m = st.columns(4)
m[0].metric("Documents", f"{len(docs):,}")
m[1].metric("Registry rows", f"{len(regs):,}")
m[2].metric("Facts supported", f"{int(df['facts'].fillna(0).sum()):,}")
m[3].metric("Entity mentions", f"{int(df['mentions'].fillna(0).sum()):,}")

c1, c2 = st.columns([1, 3])
kinds = c1.multiselect("Kind", sorted(df["kind"].dropna().unique()), key="so_kinds", placeholder="all")
needle = c2.text_input("Filter by title, file, link or id", key="so_filter", placeholder="e.g. central_soes, 2024, xinhua")
view = df
if kinds:
    view = view[view["kind"].isin(kinds)]
if needle:
    hay = view[["id", "title", "url", "path", "date"]].fillna("").astype(str).agg(" ".join, axis=1).str.lower()
    view = view[hay.str.contains(needle.lower(), regex=False)]

table = view[["title", "date", "kind", "entities", "facts", "mentions", "url", "path", "id"]].copy()
table["url"] = table["url"].map(lambda u: u if ui.safe_url(u) else None)  # only http(s) links are clickable
st.dataframe(table,
             hide_index=True, width="stretch",
             column_config={"url": st.column_config.LinkColumn("link", validate=r"^https?://", display_text=r"https?://([^/]+)"),
                            "title": st.column_config.TextColumn("title", width="large"),
                            "entities": st.column_config.NumberColumn("entities"),
                            "facts": st.column_config.NumberColumn("facts")})
st.caption(f"{len(view):,} of {len(df):,} sources")

st.subheader("What one source contributed")
options = list(view["id"])
if not options:
    st.stop()
titles = dict(zip(df["id"], df["title"].fillna(df["id"])))
wanted = st.query_params.get("source")
index = options.index(wanted) if wanted in options else 0
sid = st.selectbox("Source", options, index=index, format_func=lambda i: f"{titles.get(i) or i}", key="so_pick")
st.query_params["source"] = sid
with ui.guard():
    contrib = data.source_contributions(sid)
if not contrib:
    st.caption("Nothing recorded for this source.")
    st.stop()
doc = contrib["document"] or {}
st.markdown("\n".join(ui.sources_line([sid], {sid: doc})))
st.caption(f"id {ui.code(sid)}" + (f" · language {ui.md(doc['language'])}" if doc.get("language") else ""))

left, right = st.columns([2, 3], gap="large")
with left:
    ents = contrib.get("entities") or []
    st.markdown(f"**Entities ({len(ents)})**")
    if ents:
        st.dataframe(pd.DataFrame(ents)[[c for c in ("name", "name_zh", "type", "id") if c in pd.DataFrame(ents)]],
                     hide_index=True, width="stretch")
        pick = st.selectbox("Open", [e["id"] for e in ents], key="so_ent",
                            format_func=lambda i: next((e.get("name") or i for e in ents if e["id"] == i), i))
        st.page_link(nav.ENTITY, label="Open entity", icon=":material/badge:", query_params={"id": pick, "lang": lang})
with right:
    facts = contrib.get("facts") or []
    st.markdown(f"**Facts ({len(facts)})**")
    if facts:
        st.dataframe(pd.DataFrame([{
            "from": f.get("source_name") or f.get("source"), "relationship": f.get("type"), "title": f.get("title"),
            "to": f.get("target_name") or f.get("target"), "evidence": f.get("evidence") or None,
            "confidence": f.get("confidence"),
        } for f in facts]), hide_index=True, width="stretch")
