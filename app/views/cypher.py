"""Cypher, for analysts: saved queries as forms, or your own read-only Cypher; table, graph and CSV."""

from __future__ import annotations

import json
import re
from typing import Any

import pandas as pd
import streamlit as st
from neo4j.exceptions import ClientError, CypherSyntaxError, Neo4jError

from soegraph.app import data, graphview, nav, ui
from soegraph.errors import ConnectionFailed, NotFound, ReadOnlyViolation, SoegraphError

ss = st.session_state
HEIGHT = 560
TABLE_ROWS = 5000
EXAMPLE = """// Central SOEs SASAC supervises, by sector
MATCH (s:Entity {id: 'org:sasac'})-[:SUPERVISES]->(o:CentralSOE)
RETURN o.sector AS sector, count(*) AS n, collect(o.name)[..3] AS examples
ORDER BY n DESC"""

lang = ui.lang()
st.title("Cypher")
st.caption("Read-only: the server runs every statement in a read transaction, and statements that would write "
           "or act on the server are refused before they run.")


def _is_node(v: Any) -> bool:
    return isinstance(v, dict) and isinstance(v.get("labels"), list) and "id" in v


def _is_rel(v: Any) -> bool:
    return isinstance(v, dict) and {"type", "source", "target"} <= set(v) and "labels" not in v


def _is_path(v: Any) -> bool:
    return isinstance(v, dict) and set(v) == {"nodes", "rels"} and isinstance(v["nodes"], list)


def _collect(value: Any, nodes: dict, rels: list, seen: set) -> None:
    if _is_node(value):
        nodes.setdefault(value["id"], {k: v for k, v in value.items() if k != "labels"} | {
            "type": value.get("type") or next((lab for lab in value["labels"] if lab not in ("Entity", "Organization")), None)})
    elif _is_rel(value):
        key = (value["type"], value["source"], value["target"], value.get("key") or value.get("title"))
        if key not in seen:
            seen.add(key)
            rels.append(value)
    elif _is_path(value):
        for nid in value["nodes"]:
            if nid is not None:
                nodes.setdefault(nid, {"id": nid})
        for r in value["rels"]:
            _collect(r, nodes, rels, seen)
    elif isinstance(value, list):
        for v in value:
            _collect(v, nodes, rels, seen)


def _cell(v: Any) -> Any:
    """Table cells: scalars as they are, nodes as their name, the rest as compact JSON."""
    if _is_node(v):
        return f"({v.get('name') or v.get('title') or v.get('id')})"
    if _is_rel(v):
        return f"[{v['source']} -{v['type']}-> {v['target']}]"
    if isinstance(v, (dict, list)):
        return json.dumps(v, ensure_ascii=False, default=str)
    return v


def _show(df: pd.DataFrame, key: str) -> None:
    st.success(f"{len(df):,} row{'s' if len(df) != 1 else ''}", icon=":material/check:")
    nodes: dict[str, dict] = {}
    rels: list[dict] = []
    seen: set = set()
    for col in df.columns:
        for v in df[col]:
            _collect(v, nodes, rels, seen)
    table = df.head(TABLE_ROWS).map(_cell) if len(df) else df
    tabs = st.tabs(["Table", f"Graph ({len(nodes)} nodes)" if nodes else "Graph"])
    with tabs[0]:
        if len(df) > TABLE_ROWS:
            st.caption(f"Showing the first {TABLE_ROWS:,} rows; the CSV has all {len(df):,}.")
        st.dataframe(table, hide_index=True, width="stretch")
        st.download_button("CSV", data=lambda: df.map(_cell).to_csv(index=False).encode("utf-8"),
                           file_name="soegraph-query.csv", mime="text/csv", icon=":material/download:",
                           key=f"{key}-csv", on_click="ignore")
    with tabs[1]:
        if not nodes:
            st.caption("The result holds no nodes, relationships or paths (return `n`, `r` or `p` to draw them).")
            return
        # ends of relationships that the query did not return as nodes: look them up (a few) by id
        missing = [i for r in rels for i in (r["source"], r["target"]) if i not in nodes]
        for nid in list(dict.fromkeys(missing))[:200]:
            try:
                nodes[nid] = data.entity(nid)
            except SoegraphError:
                nodes[nid] = {"id": nid}
        for nid, n in list(nodes.items()):
            if len(n) == 1:  # an id only (from a path): fill in names
                try:
                    nodes[nid] = data.entity(nid)
                except SoegraphError:
                    pass
        rels_drawn = [r for r in rels if r["source"] in nodes and r["target"] in nodes]
        links = {"explore": f"{nav.EXPLORE.url_path}?lang={lang}&center=", "entity": f"{nav.ENTITY.url_path}?lang={lang}&id="}
        rendered = graphview.render(nodes, rels_drawn, None, lang=lang, height=HEIGHT, links=links, title="soegraph · query")
        ui.graph_frame(rendered.html, HEIGHT)
        ui.downloads(nodes, rels_drawn, html=lambda: graphview.render(nodes, rels_drawn, None, lang=lang, height=800,
                                                                     title="soegraph · query").html,
                     stem="soegraph-query", key=f"{key}-dl")


def _run(text_or_name: str, params: dict, key: str) -> None:
    try:
        df = data.run_query(text_or_name, params)
    except ReadOnlyViolation as exc:
        reason = re.sub(r"^refused:\s*", "", str(exc), flags=re.I)
        st.error(f"**Refused: this console is read-only.** {ui.md(reason)}", icon=":material/block:")
        st.caption("Use the loaders (`soegraph registry load`, `soegraph ingest`) or `soegraph forget` to change the graph.")
        return
    except CypherSyntaxError as exc:
        st.error(f"**Syntax error.** {ui.md(exc.message or exc)}", icon=":material/error:")
        return
    except (ConnectionFailed, NotFound) as exc:
        st.error(ui.md(exc))
        return
    except ValueError as exc:
        st.error(ui.md(exc))
        return
    except (ClientError, Neo4jError) as exc:
        code = getattr(exc, "code", "") or ""
        st.error(f"**The server refused the query** ({ui.md(code)}): {ui.md(getattr(exc, 'message', None) or exc)}")
        return
    _show(df, key)


def _widget(p: dict, key: str) -> Any:
    kind = (p.get("type") or "string").lower()
    label = p["name"] + (f" ({kind})" if kind not in ("string", "str") else "")
    default = p.get("default")
    help_text = p.get("doc") or None
    if kind in ("int", "integer"):
        return int(st.number_input(label, value=int(default) if default is not None else 0, step=1, key=key, help=help_text))
    if kind in ("float", "number"):
        return float(st.number_input(label, value=float(default) if default is not None else 0.0, key=key, help=help_text))
    if kind in ("bool", "boolean"):
        return st.checkbox(label, value=bool(default), key=key, help=help_text)
    if kind.startswith("list"):
        text = st.text_input(label, value=", ".join(map(str, default or [])), key=key, help=(help_text or "") + " (comma-separated)")
        return [v.strip() for v in text.split(",") if v.strip()]
    text = st.text_input(label, value="" if default is None else str(default), key=key, help=help_text)
    return text if text != "" else None


saved_tab, own_tab = st.tabs(["Saved queries", "Write your own"])

with saved_tab:
    try:
        saved = data.saved_queries()
    except SoegraphError as exc:
        saved = []
        st.error(ui.md(exc))
    if not saved:
        st.info("No saved queries yet: add `.cypher` files to `cypher/queries/` with `// title:`, "
                "`// description:` and `// param:` header lines.")
    else:
        by_name = {q["name"]: q for q in saved}
        name = st.selectbox("Query", list(by_name), format_func=lambda n: by_name[n]["title"] or n, key="cy_saved")
        q = by_name[name]
        if q.get("description"):
            st.markdown(ui.md(q["description"]))
        with st.form(f"cy_form_{name}"):
            params = {p["name"]: _widget(p, f"cy_p_{name}_{p['name']}") for p in q["params"]}
            if not q["params"]:
                st.caption("No parameters.")
            go = st.form_submit_button("Run", icon=":material/play_arrow:", type="primary")
        with st.expander("Cypher"):
            try:
                st.code(data.saved_query(name)["text"], language="cypher")
            except SoegraphError as exc:
                st.error(ui.md(exc))
        if go:
            ss["cy_last_saved"] = (name, params)
        last = ss.get("cy_last_saved")
        if last and last[0] == name:
            _run(last[0], last[1], key="cy-saved")

with own_tab:
    with st.form("cy_own"):
        text = st.text_area("Cypher", value=EXAMPLE, height=180, key="cy_text")
        params_text = st.text_input("Parameters (JSON object)", value="{}", key="cy_params",
                                    help='e.g. {"id": "org:sasac", "limit": 10}; use them as $id, $limit')
        go_own = st.form_submit_button("Run", icon=":material/play_arrow:", type="primary")
    if go_own:
        ss["cy_last_own"] = (text, params_text)
    if ss.get("cy_last_own"):
        text, params_text = ss["cy_last_own"]
        try:
            own_params = json.loads(params_text or "{}")
            if not isinstance(own_params, dict):
                raise ValueError("parameters must be a JSON object")
        except ValueError as exc:
            st.error(f"Parameters are not a JSON object: {ui.md(exc)}")
        else:
            if not text.strip():
                st.warning("Type a query.")
            else:
                _run(text, own_params, key="cy-own")
