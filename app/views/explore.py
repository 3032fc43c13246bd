"""Explore: an entity's neighbourhood as an interactive graph, with filters, legend and downloads.

State lives in the URL (?center=org:sasac&depth=2&types=Person,CentralSOE&as_of=2024-01-01&lang=zh),
so a view can be shared, and a double-click on a node (which reloads the page with a new
?center=) keeps the other settings.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from soegraph.app import data, graphview, nav, ui
from soegraph.errors import SoegraphError
from soegraph.models import ENTITY_TYPES, REL_TYPES

HEIGHT = 680
CAPS = [50, 100, 250, 500, 1000, 2000, 5000]
DEFAULT_CENTER = "org:sasac"
ss = st.session_state


def _split(value: str | None, allowed) -> list[str]:
    return [v for v in (value or "").split(",") if v and v in allowed]


def _load_query_params() -> None:
    qp = st.query_params
    ss["ex_center"] = qp.get("center") or ss.get("ex_center") or DEFAULT_CENTER
    try:
        ss["ex_depth"] = min(3, max(1, int(qp.get("depth", ss.get("ex_depth", 1)))))
    except ValueError:
        ss["ex_depth"] = 1
    ss["ex_types"] = _split(qp.get("types"), ENTITY_TYPES)
    ss["ex_rels"] = _split(qp.get("rels"), REL_TYPES)
    ss["ex_sectors"] = [s for s in (qp.get_all("sector") or [])]
    try:
        ss["ex_as_of"] = dt.date.fromisoformat(qp["as_of"]) if qp.get("as_of") else None
    except ValueError:
        ss["ex_as_of"] = None
    ss["ex_use_as_of"] = ss["ex_as_of"] is not None
    try:
        cap = int(qp.get("limit", 500))
    except ValueError:
        cap = 500
    ss["ex_limit"] = cap if cap in CAPS else 500


def _recenter() -> None:
    if ss.get("ex_pick"):
        ss["ex_center"] = ss["ex_pick"]


signature = tuple(sorted((k, tuple(st.query_params.get_all(k))) for k in st.query_params))
if ss.get("_ex_qp") != signature or "ex_center" not in ss:
    _load_query_params()

# ---------------------------------------------------------------- sidebar controls
lang = ui.lang()
sb = st.sidebar
sb.text_input("Centre (any name or id)", key="ex_center", help="English, Chinese, pinyin, an alias or an id like org:sasac")
sb.slider("Depth (hops)", 1, 3, key="ex_depth")
sb.select_slider("Show at most", options=CAPS, key="ex_limit", help="Nodes closest to the centre are kept first.")
with sb.expander("Filters", expanded=bool(ss.get("ex_types") or ss.get("ex_rels") or ss.get("ex_sectors") or ss.get("ex_use_as_of"))):
    st.multiselect("Entity types", ENTITY_TYPES, key="ex_types", format_func=lambda t: graphview.TYPE_LABELS.get(t, t),
                   placeholder="all types")
    st.multiselect("Relationship types", REL_TYPES, key="ex_rels", placeholder="all relationships")
    with ui.guard():
        sector_options = data.sectors()
    ss["ex_sectors"] = [s for s in ss.get("ex_sectors", []) if s in sector_options]
    st.multiselect("Sectors", sector_options, key="ex_sectors", placeholder="all sectors",
                   help="Organizations in these sectors (people and bodies without a sector stay).")
    st.toggle("Only facts valid on a date", key="ex_use_as_of")
    if ss.get("ex_use_as_of"):
        if not ss.get("ex_as_of"):
            ss["ex_as_of"] = dt.date.today()
        st.date_input("As of", key="ex_as_of", min_value=dt.date(1949, 10, 1), max_value=dt.date(2100, 1, 1),
                      help="Keeps positions held on that date and facts dated on or before it.")

center_text = (ss.get("ex_center") or "").strip() or DEFAULT_CENTER
depth = int(ss["ex_depth"])
types = data.as_tuple(ss.get("ex_types"))
rels = data.as_tuple(ss.get("ex_rels"))
sectors = data.as_tuple(ss.get("ex_sectors"))
as_of = data.iso(ss.get("ex_as_of")) if ss.get("ex_use_as_of") else None
limit = int(ss["ex_limit"])

if center_text == DEFAULT_CENTER and not st.query_params.get("center"):
    try:  # the default centre may not exist (an empty or different graph): then ask for one
        data.entity(DEFAULT_CENTER)
    except SoegraphError:
        st.title("Explore")
        st.info("Type an entity's name or id in the sidebar (**Centre**), or find one on the Search page.")
        st.page_link(nav.SEARCH, label="Go to Search", icon=":material/search:")
        st.stop()

with ui.guard():
    center = data.entity(center_text)
    graph = data.neighbourhood(center["id"], depth=depth, types=types, rel_types=rels, sectors=sectors,
                               as_of=as_of, limit=limit)

params = {"center": center["id"], "depth": str(depth), "lang": lang, "limit": str(limit)}
if types:
    params["types"] = ",".join(types)
if rels:
    params["rels"] = ",".join(rels)
if as_of:
    params["as_of"] = as_of
qp_dict = dict(params)
if sectors:
    qp_dict["sector"] = list(sectors)
st.query_params.from_dict(qp_dict)
ss["_ex_qp"] = tuple(sorted((k, tuple(v) if isinstance(v, list) else (v,)) for k, v in qp_dict.items()))

# ---------------------------------------------------------------- header
title = ui.label(center, lang)
other = center.get("name_zh") if lang == "en" else center.get("name")
st.markdown(f"## {ui.md(title)}")
st.markdown(ui.badge(center.get("type")) + (f" {ui.md(other)}" if other and other != title else "") + f" · {ui.code(center['id'])}")

n_shown, n_total, n_rels = len(graph.nodes), graph.total_nodes, len(graph.relationships)
summary = (f"Showing {n_shown:,} of {n_total:,} entities within {depth} hop{'s' if depth > 1 else ''} · "
           f"{n_rels:,} facts" + (f" · as of {as_of}" if as_of else ""))
if graph.truncated:
    st.warning(f"{summary}. The closest entities are kept; raise **Show at most** or add filters to see others.",
               icon=":material/filter_alt:")
else:
    st.caption(summary)

# ---------------------------------------------------------------- the drawing
base_qp = {k: v for k, v in params.items() if k != "center"}
links = {
    "explore": f"{nav.EXPLORE.url_path}?{urlencode(base_qp)}" + ("&" + urlencode({'sector': list(sectors)}, doseq=True) if sectors else "") + "&center=",
    "entity": f"{nav.ENTITY.url_path}?{urlencode({'lang': lang})}&id=",
}
note = f"{n_shown:,} of {n_total:,} entities" if graph.truncated else ""
rendered = graphview.render(graph.nodes, graph.relationships, center["id"], lang=lang, height=HEIGHT, links=links,
                            title=f"soegraph · {title}", note=note)
ui.graph_frame(rendered.html, HEIGHT)
st.caption("Hover for key facts · click a node for its details · double-click to centre on it · drag to move · "
           "scroll to zoom" + ("" if rendered.physics else " · large graph: laid out in rings by distance, physics off"))

# ---------------------------------------------------------------- re-centre / expand
shown = sorted((n for n in graph.nodes.values() if n["id"] != center["id"]),
               key=lambda n: (graphview.display_name(n, lang).lower(), n["id"]))
if shown:
    c1, c2, c3 = st.columns([4, 1, 1], vertical_alignment="bottom")
    pick = c1.selectbox("Choose a shown entity", [n["id"] for n in shown], key="ex_pick",
                        format_func=lambda i: f"{graphview.display_name(graph.nodes[i], lang)} ({graphview.TYPE_LABELS.get(graph.nodes[i].get('type'), '')})")
    c2.button("Centre here", on_click=_recenter, icon=":material/center_focus_strong:", width="stretch")
    c3.page_link(nav.ENTITY, label="Details", icon=":material/badge:", query_params={"id": pick, "lang": lang})
    if depth < 3:
        st.button("Expand one more hop", on_click=lambda: ss.update(ex_depth=depth + 1), icon=":material/add_circle:")

# ---------------------------------------------------------------- tables and downloads
# lazy tabs: only the open one runs, so big tables cost nothing until asked for
tab_dl, tab_nodes, tab_rels = st.tabs(["Download", "Entities table", "Facts table"], key="ex_tab", on_change="rerun")
if tab_nodes.open:
    with tab_nodes:
        st.dataframe(pd.DataFrame([{
            "name": n.get("name"), "中文": n.get("name_zh"), "type": n.get("type"), "sector": n.get("sector"),
            "id": n["id"], "sources": len(n.get("sources") or []),
        } for n in graph.nodes.values()]), hide_index=True, width="stretch")
if tab_rels.open:
    with tab_rels:
        st.dataframe(pd.DataFrame([{
            "from": graphview.display_name(graph.nodes.get(r["source"], {"id": r["source"]}), lang),
            "relationship": graphview.rel_caption(r),
            "to": graphview.display_name(graph.nodes.get(r["target"], {"id": r["target"]}), lang),
            "dates": graphview._dates(r), "status": r.get("status"), "sources": graphview.source_count(r),
            "confidence": r.get("confidence"),
        } for r in graph.relationships]), hide_index=True, width="stretch")
        st.caption("The evidence and sources of each fact are on the Entity page of either end.")
if tab_dl.open:
    with tab_dl:
        ui.downloads(graph.nodes, graph.relationships,
                     html=lambda: graphview.render(graph.nodes, graph.relationships, center["id"], lang=lang, height=800,
                                                   title=f"soegraph · {title}", note=note).html,
                     stem=f"soegraph-{center['id']}-depth{depth}",
                     meta={"center": center["id"], "depth": depth, "total_nodes": n_total, "truncated": graph.truncated,
                           "filters": {"types": list(types), "rel_types": list(rels), "sectors": list(sectors),
                                       "as_of": as_of}},
                     key="ex-dl")
