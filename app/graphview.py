"""Subgraphs drawn with pyvis / vis-network, offline and safe with untrusted text.

pyvis builds the node and edge lists; the page around them is our own template
(``templates/graph.html``) so that:

* vis-network's JavaScript is in-lined from the copy pyvis ships (no CDN, no bootstrap);
* every text from documents and entities reaches the page as JSON data and is shown with
  ``textContent``/``innerText`` (vis-network renders string tooltips as text), never as HTML;
* a Content-Security-Policy with a per-page nonce blocks any script we did not write and
  any network access at all (``default-src 'none'``);
* large neighbourhoods get a precomputed radial layout with physics off, so 5,000 nodes
  draw in about a second instead of never settling.
"""

from __future__ import annotations

import html
import json
import math
import secrets
from collections import defaultdict, deque
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

import networkx as nx
from pyvis.network import Network

# Above this many nodes the layout is computed in Python and physics stays off.
PHYSICS_MAX_NODES = 300
# Above this many edges, edges are drawn straight (much cheaper) and unlabelled.
SMOOTH_MAX_EDGES = 600
EDGE_LABEL_MAX_EDGES = 120

# Colour, vis-network shape and a legend symbol per entity type.
NODE_STYLE: dict[str, dict[str, str]] = {
    "Person": {"color": "#e76f51", "shape": "dot", "symbol": "●"},
    "GovernmentBody": {"color": "#264653", "shape": "square", "symbol": "■"},
    "PartyOrgan": {"color": "#c1121f", "shape": "triangle", "symbol": "▲"},
    "CentralSOE": {"color": "#2a9d8f", "shape": "diamond", "symbol": "◆"},
    "Company": {"color": "#e9c46a", "shape": "hexagon", "symbol": "⬢"},
    "Institution": {"color": "#7b5ea7", "shape": "star", "symbol": "★"},
    "Event": {"color": "#f4a261", "shape": "triangleDown", "symbol": "▼"},
}
OTHER_STYLE = {"color": "#8d99ae", "shape": "dot", "symbol": "●"}
TYPE_LABELS = {
    "Person": "Person", "GovernmentBody": "Government body", "PartyOrgan": "Party organ",
    "CentralSOE": "Central SOE", "Company": "Company", "Institution": "Institution", "Event": "Event",
}
TYPE_LABELS_ZH = {
    "Person": "人物", "GovernmentBody": "政府机构", "PartyOrgan": "党的机构", "CentralSOE": "中央企业",
    "Company": "公司", "Institution": "机构", "Event": "事件",
}
REL_LABELS_ZH = {
    "SUPERVISES": "监管", "APPOINTS": "任命", "TRAINS": "培训", "COOPERATES_WITH": "合作", "HOLDS_POSITION": "任职",
    "PART_OF": "隶属", "OWNS": "持股", "ESTABLISHED": "设立", "MERGED_INTO": "并入", "ORGANIZED": "主办",
    "PARTICIPATED_IN": "参与",
}
EDGE_COLORS: dict[str, str] = {
    "SUPERVISES": "#264653",
    "APPOINTS": "#9b2226",
    "TRAINS": "#7b5ea7",
    "COOPERATES_WITH": "#43aa8b",
    "HOLDS_POSITION": "#e76f51",
    "PART_OF": "#577590",
    "OWNS": "#bc6c25",
    "ESTABLISHED": "#6a994e",
    "MERGED_INTO": "#8d99ae",
    "ORGANIZED": "#f4a261",
    "PARTICIPATED_IN": "#f28482",
}
UNDIRECTED = frozenset({"COOPERATES_WITH"})
_HIDDEN_PROPS = frozenset({"keys", "labels", "sources", "aliases", "name", "name_zh", "id", "type"})


def style(node_type: str | None) -> dict[str, str]:
    return NODE_STYLE.get(node_type or "", OTHER_STYLE)


def _is_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def display_name(node: dict, lang: str = "en") -> str:
    """The full name in the chosen script (falls back to the other script, then the id)."""
    if lang == "zh":
        return node.get("name_zh") or node.get("name") or node.get("id", "")
    return node.get("name") or node.get("name_zh") or node.get("id", "")


def short_label(node: dict, lang: str = "en", max_len: int = 26) -> str:
    """A short on-canvas label: the name if short, else its first short alias in that script."""
    full = display_name(node, lang)
    if len(full) <= (8 if lang == "zh" else max_len):
        return full
    if lang != "zh" and node.get("name_en_short"):
        return str(node["name_en_short"])
    for alias in node.get("aliases") or []:
        if not isinstance(alias, str) or not alias.strip():
            continue
        if lang == "zh" and _is_cjk(alias) and len(alias) < len(full):
            return alias
        if lang != "zh" and not _is_cjk(alias) and alias != alias.lower() and len(alias) < len(full):
            return alias if len(alias) <= max_len else alias[: max_len - 1] + "…"
    return full if len(full) <= max_len + 10 else full[: max_len - 1] + "…"


def node_tooltip(node: dict) -> str:
    """Key facts, as plain text (vis-network shows string tooltips with innerText)."""
    lines = [node.get("name") or node.get("id", "")]
    if node.get("name_zh"):
        lines.append(node["name_zh"])
    lines.append(f"{TYPE_LABELS.get(node.get('type'), node.get('type') or 'Entity')} · {node.get('id', '')}")
    for key in ("sector", "admin_rank", "founded", "dissolved", "born", "date", "place", "website"):
        if node.get(key):
            lines.append(f"{key.replace('_', ' ')}: {node[key]}")
    aliases = [a for a in node.get("aliases") or [] if a]
    if aliases:
        more = f" (+{len(aliases) - 4})" if len(aliases) > 4 else ""
        lines.append("also: " + ", ".join(aliases[:4]) + more)
    if node.get("sources"):
        lines.append(f"{len(node['sources'])} source(s)")
    return "\n".join(str(x) for x in lines)


def _dates(rel: dict) -> str:
    start, end, date = rel.get("start"), rel.get("end"), rel.get("date")
    if start or end:
        return f"{start or '?'} – {end or ('now' if rel.get('status') == 'current' else '?')}"
    return str(date or "")


def rel_caption(rel: dict) -> str:
    """'HOLDS_POSITION: Chairman' style caption."""
    title = rel.get("title") or rel.get("title_zh") or rel.get("role")
    return f"{rel['type']}: {title}" if title else rel["type"]


def source_count(rel: dict) -> int:
    """How many sources support a fact (full facts list them; neighbourhood summaries count them)."""
    if rel.get("sources"):
        return len(rel["sources"])
    return int(rel.get("source_count") or 0)


def edge_label(rel: dict, max_len: int = 28, lang: str = "en") -> str:
    """The short text on an edge: the post or role if any (the colour gives the type), else the type."""
    if lang == "zh":
        text = rel.get("title_zh") or rel.get("title") or rel.get("role") or REL_LABELS_ZH.get(rel["type"], rel["type"])
    else:
        text = rel.get("title") or rel.get("role") or rel["type"].replace("_", " ").lower()
    return text if len(text) <= max_len else text[: max_len - 1] + "…"


def edge_tooltip(rel: dict, nodes: dict[str, dict]) -> str:
    src = nodes.get(rel["source"], {})
    tgt = nodes.get(rel["target"], {})
    lines = [f"{display_name(src) or rel['source']} → {display_name(tgt) or rel['target']}", rel_caption(rel)]
    if rel.get("title_zh") and rel.get("title"):
        lines.append(rel["title_zh"])
    dates = _dates(rel)
    if dates:
        lines.append(dates)
    if rel.get("status"):
        lines.append(f"status: {rel['status']}")
    if rel.get("share") is not None:
        lines.append(f"share: {rel['share']}%")
    evidence = [e for e in rel.get("evidence") or [] if e]
    if evidence:
        sentence = evidence[0] if len(evidence[0]) <= 240 else evidence[0][:239] + "…"
        lines.append(f"“{sentence}”")
    n = source_count(rel)
    if n:
        conf = rel.get("confidence")
        lines.append(f"{n} source(s)" + (f", confidence {conf:.2f}" if isinstance(conf, (int, float)) else ""))
    return "\n".join(str(x) for x in lines)


# ----------------------------------------------------------------------------- layout


def radial_layout(node_ids: list[str], edges: Iterable[tuple[str, str]], center: str | None,
                  spacing: float = 30.0, ring_gap: float = 260.0, band_gap: float = 22.0) -> dict[str, tuple[float, float]]:
    """Rings by hop distance from ``center``, children next to their parent; O(nodes + edges).

    A ring with more nodes than fit at ``spacing`` is split into concentric bands, so the
    drawing stays compact (a 5,000-node ring is ~50 bands, not a 25,000-px circle).
    """
    adj: dict[str, list[str]] = defaultdict(list)
    present = set(node_ids)
    for a, b in edges:
        if a in present and b in present and a != b:
            adj[a].append(b)
            adj[b].append(a)
    root = center if center in present else (node_ids[0] if node_ids else None)
    if root is None:
        return {}
    depth = {root: 0}
    parent: dict[str, str | None] = {root: None}
    queue = deque([root])
    while queue:
        cur = queue.popleft()
        for nxt in sorted(adj[cur]):
            if nxt not in depth:
                depth[nxt] = depth[cur] + 1
                parent[nxt] = cur
                queue.append(nxt)
    unreached = [n for n in node_ids if n not in depth]
    max_depth = max(depth.values(), default=0)
    for n in unreached:
        depth[n] = max_depth + 1
        parent[n] = None
    rings: dict[int, list[str]] = defaultdict(list)
    for n in node_ids:
        rings[depth[n]].append(n)
    pos: dict[str, tuple[float, float]] = {root: (0.0, 0.0)}
    angle: dict[str, float] = {root: 0.0}
    radius = 0.0
    for d in sorted(k for k in rings if k > 0):
        ring = sorted(rings[d], key=lambda n: (angle.get(parent[n] or "", math.tau), n))
        count = len(ring)
        r0 = radius + ring_gap
        bands = max(1, math.ceil(count * spacing / (math.tau * r0)))
        for i, n in enumerate(ring):
            theta = math.tau * i / count
            r = r0 + (i % bands) * band_gap
            pos[n] = (r * math.cos(theta), r * math.sin(theta))
            angle[n] = theta
        radius = r0 + (bands - 1) * band_gap
    return pos


# ----------------------------------------------------------------------------- rendering


@dataclass
class Rendered:
    html: str
    nodes: int
    edges: int
    physics: bool


@lru_cache(maxsize=1)
def _vis_js() -> str:
    lib = resources.files("pyvis").joinpath("lib", "vis-9.1.2", "vis-network.min.js")
    text = lib.read_text(encoding="utf-8")
    # never let the library text close our <script> element early
    return text.replace("</script", "<\\/script")


@lru_cache(maxsize=1)
def _template() -> str:
    return resources.files("soegraph.app").joinpath("templates", "graph.html").read_text(encoding="utf-8")


def _json_for_script(value: Any) -> str:
    """JSON that is safe inside a <script> element whatever the strings hold."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


class _IdList(list):
    """pyvis checks ``id in net.node_ids`` (a list) for every node and edge: O(n²) at 5,000 nodes.
    A list that also keeps a set makes those checks O(1)."""

    def __init__(self, *args):
        super().__init__(*args)
        self._set = set(self)

    def append(self, item) -> None:
        super().append(item)
        self._set.add(item)

    def __contains__(self, item) -> bool:
        return item in self._set


def build_network(nodes: dict[str, dict], relationships: list[dict], center: str | None = None, *,
                  lang: str = "en", physics: bool | None = None, height: int = 700) -> tuple[Network, bool]:
    """A pyvis Network for these nodes and relationships. Returns (network, physics on?)."""
    n_nodes = len(nodes)
    physics = n_nodes <= PHYSICS_MAX_NODES if physics is None else physics
    big = n_nodes > 1000
    net = Network(height=f"{height}px", width="100%", directed=True, cdn_resources="in_line", bgcolor="#ffffff")
    net.node_ids = _IdList(net.node_ids)
    positions = {} if physics else radial_layout(list(nodes), ((r["source"], r["target"]) for r in relationships), center)
    font = {"size": 13, "face": "Noto Sans CJK SC, Noto Sans, sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"}
    for nid, node in nodes.items():
        kwargs: dict[str, Any] = {
            "label": short_label(node, lang),
            "title": node_tooltip(node),
            "group": node.get("type") or "Other",
            "shape": style(node.get("type"))["shape"],  # pyvis would set "dot" over the group's shape
            "name": node.get("name") or "", "name_zh": node.get("name_zh") or "", "etype": node.get("type") or "",
        }
        if nid == center:
            st = style(node.get("type"))
            kwargs.update(size=26, borderWidth=4, font={**font, "size": 18},
                          color={"background": st["color"], "border": "#1d3557",
                                 "highlight": {"background": st["color"], "border": "#000000"}})
        if nid in positions:
            x, y = positions[nid]
            kwargs.update(x=round(x, 1), y=round(y, 1))
        net.add_node(nid, **kwargs)
    groups = {}
    for t in {n.get("type") or "Other" for n in nodes.values()}:
        st = style(t)
        groups[t] = {"shape": st["shape"], "color": {"background": st["color"], "border": st["color"],
                                                     "highlight": {"background": st["color"], "border": "#000000"},
                                                     "hover": {"background": st["color"], "border": "#000000"}}}
    edge_labels = len(relationships) <= EDGE_LABEL_MAX_EDGES
    smooth = len(relationships) <= SMOOTH_MAX_EDGES
    parallel: dict[tuple[str, str], int] = defaultdict(int)
    for rel in relationships:
        if rel["source"] not in nodes or rel["target"] not in nodes:
            continue
        color = EDGE_COLORS.get(rel["type"], "#adb5bd")
        kwargs = {"title": edge_tooltip(rel, nodes), "color": color}
        if rel["type"] in UNDIRECTED:
            kwargs["arrows"] = ""
        pair = tuple(sorted((rel["source"], rel["target"])))
        k = parallel[pair]
        parallel[pair] += 1
        if smooth and k:  # a second, third ... fact between the same two: bend it away from the first
            bend = 0.18 * ((k + 1) // 2)
            kwargs["smooth"] = {"enabled": True, "type": "curvedCW" if k % 2 else "curvedCCW", "roundness": bend}
        if edge_labels:
            kwargs["label"] = edge_label(rel, lang=lang)
        net.add_edge(rel["source"], rel["target"], **kwargs)
    options: dict[str, Any] = {
        "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False, "keyboard": False,
                        "hideEdgesOnDrag": len(relationships) > SMOOTH_MAX_EDGES,
                        "hideEdgesOnZoom": len(relationships) > SMOOTH_MAX_EDGES},
        "edges": {"smooth": {"enabled": len(relationships) <= SMOOTH_MAX_EDGES, "type": "continuous"},
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "width": 1.5, "color": {"opacity": 0.75},
                  "font": {"size": 10, "color": "#555555", "strokeWidth": 3, "align": "middle"}},
        "nodes": {"size": 8 if big else 14, "borderWidth": 1, "font": font,
                  "scaling": {"label": {"drawThreshold": 8 if n_nodes > PHYSICS_MAX_NODES else 5}}},
        "groups": groups,
        "layout": {"improvedLayout": physics and n_nodes <= 100, "randomSeed": 7},
    }
    if physics:
        options["physics"] = {"enabled": True, "solver": "forceAtlas2Based",
                              "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": 120,
                                                   "springConstant": 0.06, "avoidOverlap": 0.4},
                              "stabilization": {"enabled": True, "iterations": 250, "updateInterval": 50}}
    else:
        options["physics"] = {"enabled": False}
    net.options = options
    return net, physics


def legend_items(nodes: Iterable[dict], relationships: Iterable[dict], lang: str = "en") -> dict[str, list[dict]]:
    types = sorted({n.get("type") or "" for n in nodes})
    rels = sorted({r["type"] for r in relationships})
    if lang == "zh":
        node_label = lambda t: f"{TYPE_LABELS_ZH[t]} {TYPE_LABELS[t]}" if t in TYPE_LABELS_ZH else (t or "Other")  # noqa: E731
        rel_label = lambda t: f"{REL_LABELS_ZH[t]} {t}" if t in REL_LABELS_ZH else t  # noqa: E731
    else:
        node_label = lambda t: TYPE_LABELS.get(t, t or "Other")  # noqa: E731
        rel_label = lambda t: t  # noqa: E731
    return {
        "nodes": [{"label": node_label(t), "color": style(t)["color"], "symbol": style(t)["symbol"]} for t in types],
        "edges": [{"label": rel_label(t), "color": EDGE_COLORS.get(t, "#adb5bd")} for t in rels],
    }


def render(nodes: dict[str, dict], relationships: list[dict], center: str | None = None, *, lang: str = "en",
           physics: bool | None = None, height: int = 700, links: dict | None = None, title: str = "soegraph",
           note: str = "") -> Rendered:
    """The graph as one self-contained HTML page (in-line vis-network, no network access).

    ``links`` makes clicks navigate the Streamlit page that embeds it:
    ``{"explore": "explore?lang=en&depth=2&center=", "entity": "entity?id="}`` (URLs relative to
    the embedding page; the node id is appended, URL-encoded). Without it (a download), a click
    only shows the node's details.
    """
    net, physics_on = build_network(nodes, relationships, center, lang=lang, physics=physics, height=height)
    data = {
        "nodes": net.nodes,
        "edges": net.edges,
        "options": net.options,
        "physics": physics_on,
        "center": center,
        "legend": legend_items(nodes.values(), relationships, lang),
        "links": links or {},
        "note": note,
        "height": height,
    }
    nonce = secrets.token_urlsafe(16)
    page = (_template()
            .replace("{{NONCE}}", nonce)
            .replace("{{TITLE}}", html.escape(title))
            .replace("{{HEIGHT}}", str(int(height)))
            .replace("{{VIS_JS}}", _vis_js())
            .replace("{{DATA}}", _json_for_script(data)))
    return Rendered(html=page, nodes=len(net.nodes), edges=len(net.edges), physics=physics_on)


# ----------------------------------------------------------------------------- exports


def _flat(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return " | ".join("" if v is None else str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def to_networkx(nodes: dict[str, dict], relationships: list[dict]) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for nid, node in nodes.items():
        graph.add_node(nid, **{k: v for k, v in node.items() if k != "id" and v is not None})
    for rel in relationships:
        key = rel["type"] if not rel.get("key") else f"{rel['type']}:{rel['key']}"
        graph.add_edge(rel["source"], rel["target"], key=key,
                       **{k: v for k, v in rel.items() if k not in ("source", "target") and v is not None})
    return graph


def to_graphml(nodes: dict[str, dict], relationships: list[dict]) -> bytes:
    """GraphML (lists joined with ' | ', as soegraph export does) for Gephi, yEd, Cytoscape."""
    graph = to_networkx(nodes, relationships)
    flat = nx.MultiDiGraph()
    for nid, attrs in graph.nodes(data=True):
        flat.add_node(nid, label=attrs.get("name") or nid, **{k: _flat(v) for k, v in attrs.items()})
    for s, t, k, attrs in graph.edges(keys=True, data=True):
        flat.add_edge(s, t, key=k, **{a: _flat(v) for a, v in attrs.items()})
    return "\n".join(nx.generate_graphml(flat)).encode("utf-8")


def to_json(nodes: dict[str, dict], relationships: list[dict], **meta: Any) -> bytes:
    payload = {"format": "soegraph-subgraph", "version": 1, **meta,
               "nodes": list(nodes.values()), "relationships": relationships}
    return json.dumps(payload, ensure_ascii=False, indent=1, default=str).encode("utf-8")


def external_urls(page: str) -> list[str]:
    """http(s) URLs a page would load (script/link/img/iframe src or href, CSS url(), @import)."""
    import re

    found = re.findall(r"""<(?:script|link|img|iframe|source|embed|object)\b[^>]*?\b(?:src|href|data)\s*=\s*["']?\s*((?:https?:)?//[^"'\s>]+)""",
                       page, flags=re.I)
    found += re.findall(r"""url\(\s*["']?((?:https?:)?//[^"')\s]+)""", page, flags=re.I)
    found += re.findall(r"""@import\s+["']((?:https?:)?//[^"']+)""", page, flags=re.I)
    return found
