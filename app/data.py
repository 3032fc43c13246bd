"""The viewer's only door to the graph: pages call these functions, never Cypher or the driver.

Every call goes through the Python client (:class:`soegraph.SoeGraph`); this module turns
its DataFrames and networkx graphs into the plain dicts and lists the pages draw, and
caches them briefly (``TTL``) so that widget reruns do not query again.
:func:`clear_caches` empties the caches (tests, or after a load).

Two viewer questions the client has no method for (the sectors for the filter, what one
source contributed) are read-only Cypher files in ``cypher/`` run through
``SoeGraph.query``, which refuses anything that is not a read.
"""

from __future__ import annotations

import datetime as _dt
import math
from typing import Any, Iterable

import networkx as nx
import pandas as pd
import streamlit as st

from soegraph.read import Subgraph

TTL = 30  # seconds


@st.cache_resource(show_spinner=False)
def client():
    """One client per process, on the configured Neo4j (NEO4J_* or the managed local server)."""
    from soegraph import SoeGraph

    return SoeGraph()


def clear_caches() -> None:
    st.cache_data.clear()


def _viewer_query(name: str) -> str:
    from soegraph import cypher

    return cypher.load(name)


def _clean(value: Any) -> Any:
    """DataFrame cells back to plain Python: NaN/NaT to None, numpy scalars to Python ones."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item") and not isinstance(value, (list, dict, str, bytes)):
        try:
            return value.item()
        except (ValueError, AttributeError):
            return value
    if value is pd.NaT:
        return None
    return value


def records(df: pd.DataFrame) -> list[dict]:
    return [{k: _clean(v) for k, v in row.items()} for row in df.to_dict("records")]


def _subgraph(g: nx.MultiDiGraph, center: str | None = None) -> Subgraph:
    sub = Subgraph(center=g.graph.get("center", center), total_nodes=g.graph.get("total_nodes", g.number_of_nodes()),
                   truncated=bool(g.graph.get("truncated", False)))
    for nid, attrs in g.nodes(data=True):
        sub.nodes[nid] = {"id": nid, **{k: v for k, v in attrs.items() if k != "id"}}
    for s, t, k, attrs in g.edges(keys=True, data=True):
        key = k.split(":", 1)[1] if isinstance(k, str) and ":" in k else ""
        sub.relationships.append({"type": attrs.get("type") or str(k).split(":", 1)[0], "source": s, "target": t,
                                  "key": key, **{a: v for a, v in attrs.items() if a != "type"}})
    return sub


# ------------------------------------------------------------------ entities


@st.cache_data(ttl=TTL, show_spinner=False)
def search(text: str, limit: int = 25) -> list[dict]:
    return records(client().search(text, limit=limit))


@st.cache_data(ttl=TTL, show_spinner=False)
def entity(id_or_name: str) -> dict:
    """Raises soegraph.errors.NotFound (with ``suggestions``) when nothing matches."""
    return dict(client().entity(id_or_name))


@st.cache_data(ttl=TTL, show_spinner=False)
def relations(entity_id: str) -> list[dict]:
    return records(client().relations(entity_id))


@st.cache_data(ttl=TTL, show_spinner=False)
def positions(person_id: str) -> list[dict]:
    return records(client().positions(person_id))


@st.cache_data(ttl=TTL, show_spinner=False)
def leaders(org_id: str, as_of: str | None = None) -> list[dict]:
    return records(client().leaders(org_id, as_of=as_of))


@st.cache_data(ttl=TTL, show_spinner=False)
def evidence(a: str, b: str, rel_type: str | None = None) -> list[dict]:
    return records(client().evidence(a, b, rel_type=rel_type))


# ------------------------------------------------------------------ graphs


@st.cache_data(ttl=TTL, show_spinner=False, max_entries=32)
def neighbourhood(center: str, depth: int = 1, types: tuple[str, ...] = (), rel_types: tuple[str, ...] = (),
                  sectors: tuple[str, ...] = (), as_of: str | None = None, limit: int = 500) -> Subgraph:
    g = client().neighbors(center, depth=depth, types=types or None, rel_types=rel_types or None,
                           sectors=sectors or None, as_of=as_of, limit=limit)
    return _subgraph(g, center)


@st.cache_data(ttl=TTL, show_spinner=False)
def shortest_paths(a: str, b: str, limit: int = 10) -> tuple[list[dict], Subgraph]:
    """(steps, graph): one row per hop (``path``, ``step``, ...) and all the paths as one graph."""
    c = client()
    steps = records(c.path(a, b, limit=limit))
    graph = _subgraph(c.path(a, b, limit=limit, as_graph=True))
    for nid in list(graph.nodes)[:100]:  # paths carry names only: fill in aliases etc. for labels and tooltips
        graph.nodes[nid] = {**dict(c.entity(nid)), **{k: v for k, v in graph.nodes[nid].items() if v is not None}}
    return steps, graph


# ------------------------------------------------------------------ sources


@st.cache_data(ttl=TTL, show_spinner=False)
def sources() -> list[dict]:
    return records(client().sources())


def source_map() -> dict[str, dict]:
    return {s["id"]: s for s in sources()}


@st.cache_data(ttl=TTL, show_spinner=False)
def source_contributions(source_id: str) -> dict | None:
    rows = records(client().query(_viewer_query("source_contributions"), id=source_id))
    return rows[0] if rows else None


@st.cache_data(ttl=TTL, show_spinner=False)
def stats() -> list[dict]:
    return records(client().stats())


@st.cache_data(ttl=TTL, show_spinner=False)
def sectors() -> list[str]:
    return [r["sector"] for r in records(client().query(_viewer_query("sectors")))]


# ------------------------------------------------------------------ Cypher console


def saved_queries() -> list[dict]:
    """Saved queries (cypher/queries/*.cypher) with title, description and typed parameters."""
    from soegraph.client import saved_queries as _saved

    return _saved()


def saved_query(name: str) -> dict:
    from soegraph.client import saved_query as _saved_query

    return _saved_query(name)


def run_query(text: str, params: dict[str, Any] | None = None) -> pd.DataFrame:
    """Read-only Cypher through the client: ReadOnlyViolation for writes, neo4j's
    CypherSyntaxError (a ClientError) for text the server cannot parse."""
    return client().query(text, **(params or {}))


def iso(value: _dt.date | None) -> str | None:
    return value.isoformat() if value else None


def as_tuple(values: Iterable[str] | None) -> tuple[str, ...]:
    return tuple(sorted(values or ()))
