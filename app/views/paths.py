"""Paths: the shortest chains of facts between two entities, drawn and listed with their sources."""

from __future__ import annotations

from collections import defaultdict

import streamlit as st

from soegraph.app import data, graphview, nav, ui

ss = st.session_state
HEIGHT = 520

lang = ui.lang()
st.title("Paths")
st.caption("How are two entities connected? The shortest chains of facts (up to 6 hops), e.g. between a person and SASAC.")

if "pa_a" not in ss:
    ss["pa_a"] = st.query_params.get("a", "Zhang Yuzhuo")
if "pa_b" not in ss:
    ss["pa_b"] = st.query_params.get("b", "China Mobile")
if st.query_params.get("a") and st.query_params["a"] != ss.get("_pa_qa"):
    ss["pa_a"] = st.query_params["a"]
ss["_pa_qa"] = st.query_params.get("a")

with st.form("paths"):
    c1, c2, c3 = st.columns([3, 3, 1], vertical_alignment="bottom")
    c1.text_input("From (any name or id)", key="pa_a")
    c2.text_input("To (any name or id)", key="pa_b")
    c3.form_submit_button("Find paths", icon=":material/route:", width="stretch")

a_text, b_text = (ss.get("pa_a") or "").strip(), (ss.get("pa_b") or "").strip()
if not a_text or not b_text:
    st.info("Type two names.")
    st.stop()

with ui.guard():
    a = data.entity(a_text)
    b = data.entity(b_text)
    steps, graph = data.shortest_paths(a["id"], b["id"])
    smap = data.source_map()
st.query_params.update({"a": a["id"], "b": b["id"], "lang": lang})
ss["_pa_qa"] = a["id"]

by_path: dict[int, list[dict]] = defaultdict(list)
for s in steps:
    by_path[int(s["path"])].append(s)
if not by_path:
    if a["id"] == b["id"]:
        st.info("That is the same entity.")
    else:
        st.warning(f"No path of up to 6 facts between {ui.md(ui.label(a, lang))} and {ui.md(ui.label(b, lang))}.")
    st.stop()

hops = len(next(iter(by_path.values())))
st.markdown(f"**{len(by_path)}** shortest path{'s' if len(by_path) > 1 else ''} of **{hops}** "
            f"fact{'s' if hops > 1 else ''} between {ui.name_line(a)} and {ui.name_line(b)}")

links = {"explore": f"{nav.EXPLORE.url_path}?lang={lang}&center=", "entity": f"{nav.ENTITY.url_path}?lang={lang}&id="}
rendered = graphview.render(graph.nodes, graph.relationships, a["id"], lang=lang, height=HEIGHT, links=links,
                            title="soegraph · paths")
ui.graph_frame(rendered.html, HEIGHT)

rel_index = {(r["type"], r["source"], r["target"], r.get("title")): r for r in graph.relationships}
for i, path in sorted(by_path.items()):
    path = sorted(path, key=lambda s: s["step"])
    # walk from a to b: each step may point either way
    chain = [ui.md(ui.label(graph.nodes.get(a["id"], a), lang))]
    here = a["id"]
    for s in path:
        forward = s["source"] == here
        nxt = s["target"] if forward else s["source"]
        fact = rel_index.get((s["type"], s["source"], s["target"], s.get("title")), {})
        caption = graphview.edge_label({**fact, "type": s["type"], "title": s.get("title")}, max_len=40, lang=lang)
        arrow = f" —\\[{ui.md(caption)}\\]→ " if forward else f" ←\\[{ui.md(caption)}\\]— "
        chain.append(arrow + ui.md(ui.label(graph.nodes.get(nxt, {"id": nxt}), lang)))
        here = nxt
    with st.container(border=True):
        st.markdown(f"**Path {i + 1}** · " + "".join(chain))
        with st.expander("Sources of each step"):
            for s in path:
                r = rel_index.get((s["type"], s["source"], s["target"], s.get("title")), {})
                src = graph.nodes.get(s["source"], {"id": s["source"]})
                tgt = graph.nodes.get(s["target"], {"id": s["target"]})
                st.markdown(f"**{ui.md(ui.label(src, lang))} → {ui.md(graphview.rel_caption({**r, 'type': s['type']}))} → "
                            f"{ui.md(ui.label(tgt, lang))}**")
                evid = r.get("evidence") or []
                for j, sid in enumerate(s.get("sources") or r.get("sources") or []):
                    if j < len(evid) and evid[j]:
                        st.markdown("> " + ui.md(evid[j]))
                    st.markdown("\n".join(ui.sources_line([sid], smap)))

with st.expander("Download these paths"):
    ui.downloads(graph.nodes, graph.relationships,
                 html=lambda: graphview.render(graph.nodes, graph.relationships, a["id"], lang=lang, height=800,
                                               title="soegraph · paths").html,
                 stem=f"soegraph-paths-{a['id']}-{b['id']}", meta={"from": a["id"], "to": b["id"]}, key="pa-dl")
