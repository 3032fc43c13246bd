"""The read side: parameterized queries from cypher/, shaped into plain Python data.

Every function takes the :class:`~soegraph.db.Database` first. The client, the viewer and
the CLI all go through here, so there is one place where a query is run and shaped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from rapidfuzz import fuzz, process

from soegraph.db import Database
from soegraph.errors import NotFound
from soegraph.names import normalize_name

MAX_DEPTH = 3
_LUCENE_SPECIAL = re.compile(r'([+\-!(){}\[\]^"~*?:\\/]|&&|\|\|)')
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass
class Subgraph:
    """Nodes and relationships around a centre, plus how many there were before capping."""

    nodes: dict[str, dict] = field(default_factory=dict)
    relationships: list[dict] = field(default_factory=list)
    center: str | None = None
    total_nodes: int = 0
    truncated: bool = False



def entity(db: Database, id_or_name: str) -> dict:
    """An entity by id or by any name (English, Chinese, alias, pinyin); raises NotFound with close matches."""
    if ":" in id_or_name:
        rows = db.read("entity_by_id", id=id_or_name)
        if rows:
            return rows[0]["entity"]
    rows = db.read("entity_by_name", name=id_or_name.strip(), key=normalize_name(id_or_name),
                   phrase=phrase_query(id_or_name)) if id_or_name.strip() else []
    if not rows and normalize_name(id_or_name):  # spelt with other word breaks: compare every key
        rows = db.read("entity_by_key", key=normalize_name(id_or_name))
    if rows:
        return rows[0]["entity"]
    raise NotFound(f"no entity named {id_or_name!r}", suggestions=close_matches(db, id_or_name))


def close_matches(db: Database, text: str, limit: int = 5) -> list[str]:
    """Names like ``text``: full-text hits first, then fuzzy matches over all names."""
    hits = [f"{r['name']} ({r['id']})" for r in search(db, text, limit=limit)] if text.strip() else []
    if hits:
        return hits
    choices: dict[str, tuple[str, str]] = {}
    for row in db.read("all_names"):
        for n in [row["name"], *row["other_names"]]:
            choices.setdefault(n, (row["id"], row["name"]))
    best = process.extract(text, list(choices), scorer=fuzz.WRatio, limit=limit * 3)
    out: list[str] = []
    for name, score, _ in best:
        eid, canonical = choices[name]
        label = f"{canonical} ({eid})"
        if score >= 50 and label not in out:
            out.append(label)
    return out[:limit]


def lucene_query(text: str, *, loose: bool = False) -> str:
    """A safe full-text query: special characters escaped, words ANDed, last word as a prefix.

    A word with Chinese characters becomes a phrase: the cjk analyzer cuts it into bigrams,
    and a bare word would match any name sharing one bigram (国资委 would find every 国资...).
    ``loose`` ORs the words and leaves Chinese words bare, for a second try when nothing matched.
    """
    words = [w for w in _LUCENE_SPECIAL.sub(r"\\\1", text.strip()).split() if w]
    if not words:
        return ""
    terms = [f'"{w}"' if _CJK.search(w) and not loose else w for w in words]
    if re.fullmatch(r"[A-Za-z0-9]+", words[-1]) and len(words[-1]) >= 2:
        terms[-1] = f"({words[-1]} OR {words[-1]}*)"
    return (" OR " if loose else " AND ").join(terms)


def phrase_query(text: str) -> str:
    """The whole text as one full-text phrase, special characters escaped."""
    return '"' + _LUCENE_SPECIAL.sub(r"\\\1", text.strip()) + '"'


def search(db: Database, text: str, limit: int = 20) -> list[dict]:
    """Ranked search over English, Chinese and pinyin names."""
    query = lucene_query(text)
    if not query:
        return []
    rows = db.read("search", query=query, limit=limit)
    if not rows:  # a looser OR query before giving up
        rows = db.read("search", query=lucene_query(text, loose=True), limit=limit)
    return rows


def _valid_depth(depth: int) -> int:
    if not 1 <= depth <= MAX_DEPTH:
        raise ValueError(f"depth must be 1 to {MAX_DEPTH}, not {depth}")
    return depth


def walk(center: dict, *, depth: int, limit: int, expand, subgraph) -> Subgraph:
    """Breadth-first walk shared by the Neo4j and the snapshot backends.

    ``expand(frontier, seen, room)`` gives how many entities are one fact away and not seen,
    and the first ``room`` of their ids in order; ``subgraph(ids)`` the kept ids' entities
    (a dict by id) and the facts among them, as :func:`fact_summary` gives them, in
    :func:`fact_order`. The cap keeps the closest nodes (ties in id order).
    Once the cap is hit the walk stops, so ``total_nodes`` counts the nodes in reach up to
    that hop: "showing N of at least M".
    """
    depth = _valid_depth(depth)
    graph = Subgraph(center=center["id"])
    kept = [center["id"]]
    reach = 1
    frontier = [center["id"]]
    for _ in range(depth):
        if not frontier:
            break
        room = max(limit - len(kept), 0)
        reached, new = expand(frontier, kept, room)
        reach += reached
        kept.extend(new)
        if reached > room:
            graph.truncated = True
            break
        frontier = new
    graph.total_nodes = reach
    nodes, graph.relationships = subgraph(kept)
    graph.nodes = {nid: nodes[nid] for nid in kept if nid in nodes}
    return graph


def neighbourhood(db: Database, center: str, *, depth: int = 1, types: Iterable[str] | None = None,
                  rel_types: Iterable[str] | None = None, sectors: Iterable[str] | None = None,
                  as_of: str | None = None, limit: int = 500) -> Subgraph:
    """Entities within ``depth`` hops of ``center`` (id or name) and the facts among them.

    At most ``limit`` entities, closest first; ``total_nodes`` and ``truncated`` let a viewer
    say "showing N of M". Filters: entity ``types`` and ``sectors``, fact ``rel_types``, and
    ``as_of`` (facts valid on that ISO date).
    """
    return db.read_tx(lambda tx: _neighbourhood(tx, center, depth=depth, types=types, rel_types=rel_types,
                                                sectors=sectors, as_of=as_of, limit=limit))


def _neighbourhood(db, center: str, *, depth, types, rel_types, sectors, as_of, limit) -> Subgraph:
    start = entity(db, center)
    rel_types = list(rel_types) if rel_types else None
    params = {"types": list(types) if types else None, "rel_types": rel_types,
              "sectors": list(sectors) if sectors else None, "as_of": as_of}
    return walk(
        start, depth=depth, limit=limit,
        expand=lambda frontier, seen, room: _expanded(db.read("expand", frontier=frontier, seen=seen, room=room, **params)),
        subgraph=lambda ids: _subgraph(db.read("subgraph", ids=ids, rel_types=rel_types, as_of=as_of)[0]),
    )


def _subgraph(row: dict) -> tuple[dict[str, dict], list[dict]]:
    facts = [_fact_from_list(f) for per_entity in row["facts"] for f in per_entity]
    return {e["id"]: e for e in row["entities"]}, sorted(facts, key=fact_order)


def _expanded(rows: list[dict]) -> tuple[int, list[str]]:
    return rows[0]["reached"], rows[0]["ids"]


FACT_SUMMARY_KEYS = ("key", "title", "title_zh", "start", "end", "status", "date", "role", "share", "confidence",
                     "first_seen", "last_seen")


def fact_order(fact: dict) -> tuple:
    """Facts of a subgraph in a stable order: type, source, target, key."""
    return fact["type"], fact["source"], fact["target"], fact.get("key") or ""


def fact_summary(rel: dict) -> dict:
    """A fact as subgraph.cypher returns it: key properties and how many sources, no evidence."""
    out = {"type": rel["type"], "source": rel["source"], "target": rel["target"]}
    out.update({k: rel.get(k) for k in FACT_SUMMARY_KEYS})
    out["source_count"] = len(rel.get("sources") or [])
    return out


def _fact_from_list(values: list) -> dict:
    """A fact of subgraph.cypher: [type, source, target, *FACT_SUMMARY_KEYS, source_count]."""
    out = {"type": values[0], "source": values[1], "target": values[2]}
    out.update(zip(FACT_SUMMARY_KEYS, values[3:-1]))
    out["source_count"] = values[-1]
    return out


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


def public_properties(props: dict) -> dict:
    """A fact's properties without ``fact_id``, the writer's lookup key (import rebuilds it), sorted."""
    return {k: v for k, v in sorted(props.items()) if k != "fact_id"}


def relations(db: Database, id_or_name: str) -> list[dict]:
    e = entity(db, id_or_name)
    return [{**r, "props": public_properties(r["props"])} for r in db.read("entity_relations", id=e["id"])]


def supervised_by(db: Database, body: str) -> list[dict]:
    b = entity(db, body)
    return db.read("supervised_by", id=b["id"])


def sources(db: Database) -> list[dict]:
    return db.read("sources")


def stats(db: Database) -> list[dict]:
    return db.read("stats")
