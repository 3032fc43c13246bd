"""The read side: parameterized queries from cypher/, shaped into plain Python data.

Every function takes the :class:`~soegraph.db.Database` first. The client, the viewer and
the CLI all go through here, so there is one place where a query is run and shaped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from rapidfuzz import fuzz, process

from soegraph.db import Database
from soegraph.errors import NotFound
from soegraph.names import normalize_name

MAX_DEPTH = 3
_LUCENE_SPECIAL = re.compile(r'([+\-!(){}\[\]^"~*?:\\/]|&&|\|\|)')


@dataclass
class Subgraph:
    """Nodes and relationships around a centre, plus how many there were before capping."""

    nodes: dict[str, dict] = field(default_factory=dict)
    relationships: list[dict] = field(default_factory=list)
    center: str | None = None
    total_nodes: int = 0
    truncated: bool = False

    def to_dict(self) -> dict:
        return {"center": self.center, "nodes": list(self.nodes.values()), "relationships": self.relationships,
                "total_nodes": self.total_nodes, "truncated": self.truncated}


def entity(db: Database, id_or_name: str) -> dict:
    """An entity by id or by any name (English, Chinese, alias, pinyin); raises NotFound with close matches."""
    if ":" in id_or_name:
        rows = db.read("entity_by_id", id=id_or_name)
        if rows:
            return rows[0]["entity"]
    rows = db.read("entity_by_name", name=id_or_name.strip(), key=normalize_name(id_or_name))
    if rows:
        return rows[0]["entity"]
    raise NotFound(f"no entity named {id_or_name!r}", suggestions=close_matches(db, id_or_name))


def close_matches(db: Database, text: str, limit: int = 5) -> list[str]:
    """Names like ``text``: full-text hits first, then fuzzy matches over all names."""
    hits = [f"{r['name']} ({r['id']})" for r in search(db, text, limit=limit)] if text.strip() else []
    if hits:
        return hits
    names = db.read("MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.name_zh AS name_zh")
    choices = {}
    for row in names:
        for n in (row["name"], row["name_zh"]):
            if n:
                choices[n] = row["id"]
    best = process.extract(text, list(choices), scorer=fuzz.WRatio, limit=limit)
    return [f"{name} ({choices[name]})" for name, score, _ in best if score >= 50]


def lucene_query(text: str) -> str:
    """A safe full-text query: special characters escaped, words ANDed, last word as a prefix."""
    words = [w for w in _LUCENE_SPECIAL.sub(r"\\\1", text.strip()).split() if w]
    if not words:
        return ""
    terms = [f"{w}" for w in words]
    if re.fullmatch(r"[A-Za-z0-9]+", words[-1]) and len(words[-1]) >= 2:
        terms[-1] = f"({words[-1]} OR {words[-1]}*)"
    return " AND ".join(terms)


def search(db: Database, text: str, limit: int = 20) -> list[dict]:
    """Ranked search over English, Chinese and pinyin names."""
    query = lucene_query(text)
    if not query:
        return []
    rows = db.read("search", query=query, limit=limit)
    if not rows:  # a looser OR query before giving up
        rows = db.read("search", query=" OR ".join(query.split(" AND ")), limit=limit)
    return rows


def _valid_depth(depth: int) -> int:
    if not 1 <= depth <= MAX_DEPTH:
        raise ValueError(f"depth must be 1 to {MAX_DEPTH}, not {depth}")
    return depth


def neighbourhood(db: Database, center: str, *, depth: int = 1, types: Iterable[str] | None = None,
                  rel_types: Iterable[str] | None = None, sectors: Iterable[str] | None = None,
                  as_of: str | None = None, limit: int = 500) -> Subgraph:
    """Entities within ``depth`` hops of ``center`` (id or name), capped at ``limit`` nodes.

    Walks breadth-first so the cap keeps the closest nodes; ``total_nodes`` says how many
    there were in reach, so a viewer can say "showing N of M".
    """
    depth = _valid_depth(depth)
    start = entity(db, center)
    graph = Subgraph(center=start["id"])
    graph.nodes[start["id"]] = start
    seen_rels: set[str] = set()
    frontier = [start["id"]]
    reach: set[str] = {start["id"]}
    params = {"types": list(types) if types else None, "rel_types": list(rel_types) if rel_types else None,
              "sectors": list(sectors) if sectors else None, "as_of": as_of}
    for _ in range(depth):
        if not frontier:
            break
        rows = db.read("expand", frontier=frontier, limit=max(limit * 20, 10_000), **params)
        next_frontier: list[str] = []
        for row in rows:
            node = row["node"]
            nid = node["id"]
            if nid not in reach:
                reach.add(nid)
                next_frontier.append(nid)
            if nid not in graph.nodes:
                if len(graph.nodes) >= limit:
                    graph.truncated = True
                    continue
                graph.nodes[nid] = node
            if row["rid"] in seen_rels:
                continue
            if row["source"] in graph.nodes and row["target"] in graph.nodes:
                seen_rels.add(row["rid"])
                graph.relationships.append(_rel(row))
        frontier = next_frontier
    graph.total_nodes = len(reach)
    # relationships between kept nodes that were first seen before both ends were kept
    graph.relationships.sort(key=lambda r: (r["type"], r["source"], r["target"], r.get("key", "")))
    return graph


def _rel(row: dict) -> dict:
    props = dict(row["props"])
    return {"type": row["type"], "source": row["source"], "target": row["target"], **props}


def shortest_paths(db: Database, a: str, b: str, limit: int = 10) -> list[dict]:
    """Shortest paths between two entities (ids or names): a list of {nodes, rels}."""
    ea, eb = entity(db, a), entity(db, b)
    if ea["id"] == eb["id"]:
        return [{"nodes": [ {k: ea.get(k) for k in ("id", "name", "name_zh", "type")} ], "rels": []}]
    return db.read("shortest_paths", a=ea["id"], b=eb["id"], limit=limit)


def positions(db: Database, person: str) -> list[dict]:
    """Every post a person held, oldest first, with sources."""
    p = entity(db, person)
    return db.read("positions_of_person", id=p["id"])


def leaders(db: Database, org: str, as_of: str | None = None) -> list[dict]:
    """Who holds (or held) posts at an organization, optionally as of a date."""
    o = entity(db, org)
    return db.read("post_holders", id=o["id"], as_of=as_of)


def evidence(db: Database, source: str, target: str, rel_type: str | None = None) -> list[dict]:
    """Each supporting source of the facts between two entities: sentence, document, date, link."""
    a, b = entity(db, source), entity(db, target)
    return db.read("fact_evidence", source=a["id"], target=b["id"], type=rel_type)


def relations(db: Database, id_or_name: str) -> list[dict]:
    e = entity(db, id_or_name)
    return db.read("entity_relations", id=e["id"])


def supervised_by(db: Database, body: str) -> list[dict]:
    b = entity(db, body)
    return db.read("supervised_by", id=b["id"])


def sources(db: Database) -> list[dict]:
    return db.read("sources")


def stats(db: Database) -> list[dict]:
    return db.read("stats")


def entities_by_ids(db: Database, ids: Iterable[str]) -> dict[str, dict]:
    return {r["entity"]["id"]: r["entity"] for r in db.read("entities_by_ids", ids=list(ids))}


def query(db: Database, text_or_name: str, **params: Any) -> tuple[list[str], list]:
    """Run Cypher (or a saved query by name, ``queries/<name>``) in a read transaction."""
    from soegraph import cypher

    text = text_or_name
    if re.fullmatch(r"[\w/\-]+", text_or_name):
        name = text_or_name if text_or_name.startswith("queries/") else f"queries/{text_or_name}"
        text = cypher.load(name)
    return db.read_records(text, **params)
