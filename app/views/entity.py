"""Entity: names in both scripts, properties, a timeline of posts, relations, and evidence for every fact."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import altair as alt
import pandas as pd
import streamlit as st

from soegraph.app import data, graphview, nav, ui

ss = st.session_state
HIDDEN = {"id", "name", "name_zh", "aliases", "keys", "labels", "sources", "type"}


@lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


def _pinyin(text: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(text)).lower()


def _script(name: str, zh_names: list[str]) -> str:
    if not graphview._is_cjk(name):
        flat = "".join(ch for ch in name.lower() if ch.isalnum())
        if flat and any(flat == _pinyin(z) for z in zh_names):
            return "pinyin"
        return "Latin"
    return "Chinese (traditional)" if _t2s().convert(name) != name else "Chinese (simplified)"


def _date(value: str | None, end: bool = False) -> dt.date | None:
    """'2020', '2020-01' or '2020-01-15' as a date (start or end of the period)."""
    if not value:
        return None
    try:
        parts = [int(p) for p in str(value).split("-")]
    except ValueError:
        return None
    y, m, d = (parts + [None, None])[:3]
    if m is None:
        return dt.date(y, 12, 31) if end else dt.date(y, 1, 1)
    if d is None:
        if end:
            nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(y, m, 1)
    return dt.date(y, m, d)


def _timeline(rows: list[dict], who: str, lang: str) -> None:
    """A Gantt chart of posts: one bar per (person or organization, title)."""
    bars = []
    undated = 0
    for r in rows:
        start = _date(r.get("start"))
        end = _date(r.get("end"), end=True)
        if start is None:
            undated += 1
            continue
        if end is None:
            end = dt.date.today() if r.get("status") == "current" else _date(r.get("last_seen"), end=True) or start
        node = {"name": r.get(who), "name_zh": r.get(f"{who}_zh")}
        post = (r.get("title_zh") or r.get("title")) if lang == "zh" else (r.get("title") or r.get("title_zh"))
        bars.append({"who": graphview.short_label(node, lang, max_len=34), "post": post or "",
                     "start": start.isoformat(), "end": max(end, start).isoformat(), "status": r.get("status") or "unknown",
                     "period": f"{r.get('start') or '?'} – {r.get('end') or ('now' if r.get('status') == 'current' else '?')}"})
    if not bars:
        st.caption("No dated posts to draw.")
        return
    df = pd.DataFrame(bars)
    df["row"] = df["who"] + " — " + df["post"]
    order = list(dict.fromkeys(df.sort_values("start")["row"]))
    chart = (alt.Chart(df).mark_bar(cornerRadius=3)
             .encode(x=alt.X("start:T", title=None, axis=alt.Axis(format="%Y", tickCount="year")), x2="end:T",
                     y=alt.Y("row:N", sort=order, title=None, axis=alt.Axis(labelLimit=360)),
                     color=alt.Color("status:N", scale=alt.Scale(domain=["current", "former", "unknown"],
                                                                 range=["#2a9d8f", "#8d99ae", "#e9c46a"]),
                                     legend=alt.Legend(orient="top", title=None)),
                     tooltip=["who", "post", "period", "status"])
             .properties(height=alt.Step(26)))
    st.altair_chart(chart, width="stretch")
    if undated:
        st.caption(f"{undated} post{'s' if undated > 1 else ''} without a start date not drawn (see the table).")


# ---------------------------------------------------------------- which entity
lang = ui.lang()
wanted = st.query_params.get("id") or ss.get("en_id")
picked = st.sidebar.text_input("Entity (any name or id)", value=wanted or "")
if picked and picked != wanted:
    wanted = picked
if not wanted:
    st.title("Entity")
    st.info("Search for an entity first, or type a name or an id (e.g. org:sasac) in the sidebar.")
    st.page_link(nav.SEARCH, label="Go to Search", icon=":material/search:")
    st.stop()

with ui.guard():
    e = data.entity(wanted)
    smap = data.source_map()
ss["en_id"] = e["id"]
st.query_params["id"] = e["id"]
st.query_params["lang"] = lang

title = ui.label(e, lang)
other = e.get("name_zh") if lang == "en" else e.get("name")
st.markdown(f"## {ui.md(title)}")
st.markdown(ui.badge(e.get("type")) + (f" {ui.md(other)}" if other and other != title else "") + f" · {ui.code(e['id'])}")
row = st.container(horizontal=True)
row.page_link(nav.EXPLORE, label="Explore the neighbourhood", icon=":material/hub:", query_params={"center": e["id"], "lang": lang})
row.page_link(nav.PATHS, label="Find paths from here", icon=":material/route:", query_params={"a": e["id"], "lang": lang})

# ---------------------------------------------------------------- names and properties
left, right = st.columns([3, 2], gap="large")
with left:
    st.subheader("Names")
    zh_names = [n for n in [e.get("name_zh"), *(e.get("aliases") or [])] if n and graphview._is_cjk(n)]
    names = [{"name": e.get("name"), "script": "Latin", "kind": "canonical English"}]
    if e.get("name_zh"):
        names.append({"name": e["name_zh"], "script": "Chinese (simplified)", "kind": "canonical Chinese"})
    for alias in e.get("aliases") or []:
        if alias and alias not in (e.get("name"), e.get("name_zh")):
            names.append({"name": alias, "script": _script(alias, zh_names), "kind": "alias"})
    st.dataframe(pd.DataFrame(names), hide_index=True, width="stretch")
with right:
    st.subheader("Properties")
    props = [{"property": k, "value": ", ".join(map(str, v)) if isinstance(v, list) else str(v)}
             for k, v in sorted(e.items()) if k not in HIDDEN and v not in (None, "", [])]
    props.insert(0, {"property": "type", "value": graphview.TYPE_LABELS.get(e.get("type"), e.get("type") or "")})
    st.dataframe(pd.DataFrame(props), hide_index=True, width="stretch")
    st.markdown("**Sources of this entity**")
    st.markdown("\n".join(ui.sources_line(e.get("sources") or [], smap)) or "none")

# ---------------------------------------------------------------- posts
with ui.guard():
    if e.get("type") == "Person":
        posts = data.positions(e["id"])
        st.subheader("Posts held")
        if posts:
            _timeline(posts, "org", lang)
            st.dataframe(pd.DataFrame([{
                "organization": p.get("org"), "组织": p.get("org_zh"), "title": p.get("title"), "职务": p.get("title_zh"),
                "start": p.get("start"), "end": p.get("end"), "status": p.get("status"),
                "sources": len(p.get("sources") or []),
            } for p in posts]), hide_index=True, width="stretch")
        else:
            st.caption("No posts recorded.")
    else:
        posts = data.leaders(e["id"])
        if posts:
            st.subheader("Who held posts here")
            _timeline(posts, "person", lang)
            st.dataframe(pd.DataFrame([{
                "person": p.get("person"), "姓名": p.get("person_zh"), "title": p.get("title"), "职务": p.get("title_zh"),
                "start": p.get("start"), "end": p.get("end"), "status": p.get("status"),
                "sources": len(p.get("sources") or []),
            } for p in posts]), hide_index=True, width="stretch")

# ---------------------------------------------------------------- relations and evidence
with ui.guard():
    rels = data.relations(e["id"])
st.subheader(f"Relations ({len(rels)})")
if rels:
    st.dataframe(pd.DataFrame([{
        "": "→" if r.get("direction") == "out" else "←", "relationship": r.get("type"),
        "other": r.get("other"), "中文": r.get("other_zh"), "type": r.get("other_type"), "title": r.get("title"),
        "start": r.get("start"), "end": r.get("end"), "date": r.get("date"), "status": r.get("status"),
        "sources": len(r.get("sources") or []), "id": r.get("other_id"),
    } for r in rels]), hide_index=True, width="stretch")
    others = {r["other_id"]: r for r in rels}
    c1, c2 = st.columns([4, 1], vertical_alignment="bottom")
    go = c1.selectbox("Open a related entity", list(others),
                      format_func=lambda i: f"{others[i].get('other') or i} ({others[i].get('type')})", key="en_go")
    c2.page_link(nav.ENTITY, label="Open", icon=":material/arrow_forward:", query_params={"id": go, "lang": lang})
else:
    st.caption("No relations recorded.")

st.subheader("Evidence for every fact")
st.caption("Each fact lists every source that supports it: the sentence it rests on (where one was recorded), "
           "the document or registry row, its date and its link or file.")
EVIDENCE_PAGE = 25  # related entities per page (one evidence query each)
type_filter = st.multiselect("Relationship types", sorted({r["type"] for r in rels}), key="en_ev_types", placeholder="all")
others_in_order = list(dict.fromkeys(r["other_id"] for r in rels if not type_filter or r["type"] in type_filter))
pages = max(1, -(-len(others_in_order) // EVIDENCE_PAGE))
page_no = 1
if pages > 1:
    page_no = st.number_input(f"Page (of {pages}, {EVIDENCE_PAGE} related entities each)", 1, pages, 1, key="en_ev_page")
names = {r["other_id"]: {"id": r["other_id"], "name": r.get("other"), "name_zh": r.get("other_zh")} for r in rels}
names[e["id"]] = e
shown = 0
for other in others_in_order[(page_no - 1) * EVIDENCE_PAGE: page_no * EVIDENCE_PAGE]:
    with ui.guard():
        rows = data.evidence(e["id"], other)
    facts: dict[tuple, list[dict]] = {}
    for row in rows:
        if type_filter and row["type"] not in type_filter:
            continue
        facts.setdefault((row["type"], row["from"], row["to"], row.get("title")), []).append(row)
    for (rtype, src, tgt, title), support in facts.items():
        shown += 1
        fact = next((r for r in rels if r["type"] == rtype and r["other_id"] == other and r.get("title") == title), {})
        head = (f"{graphview.display_name(names.get(src, {'id': src}), lang)} → "
                f"{graphview.rel_caption({'type': rtype, 'title': title})} → "
                f"{graphview.display_name(names.get(tgt, {'id': tgt}), lang)}")
        when = graphview._dates(fact)
        n = len(support)
        with st.expander(f"{ui.md(head)}" + (f" · {ui.md(when)}" if when else "") + f" · {n} source{'s' if n != 1 else ''}"):
            for row in support:
                if row.get("evidence"):
                    st.markdown("> " + ui.md(row["evidence"]))
                else:
                    st.caption("No sentence recorded (a curated registry row: see its source).")
                bits = [ui.link(row.get("doc_title") or row["source"], row.get("url"))]
                if row.get("date"):
                    bits.append(ui.md(row["date"]))
                if row.get("path"):
                    bits.append(ui.code(row["path"]))
                bits.append(ui.md(row.get("kind") or "document"))
                if isinstance(row.get("confidence"), (int, float)):
                    bits.append(f"confidence {row['confidence']:.2f}")
                st.markdown("- " + " · ".join(bits))
if not shown:
    st.caption("No facts.")
