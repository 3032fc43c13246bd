"""The offline backend: the read side of :mod:`soegraph.read` over an exported JSON snapshot.

A snapshot (``soegraph export --format json``) is::

    {"format": "soegraph-snapshot", "version": 1,
     "nodes": [{"id": ..., "labels": [...], "properties": {...}}, ...],
     "relationships": [{"type": ..., "source": ..., "target": ..., "properties": {...}}, ...]}

:class:`Snapshot` answers the same questions as the functions of :mod:`soegraph.read`
(same names, same arguments but the database, same rows), in memory with networkx, so
:class:`soegraph.SoeGraph` shapes both into the same DataFrames and graphs.
"""

from __future__ import annotations

from itertools import product
from pathlib import Path
from typing import Any, Iterable

import networkx as nx
from rapidfuzz import fuzz, process

from soegraph.analysis import graph_from_records, valid_on
from soegraph.errors import NotFound, SoegraphError
from soegraph.names import normalize_name
from soegraph.read import Subgraph, fact_order, fact_summary, walk

MAX_PATH_HOPS = 6


def _entity_keys(props: dict) -> list[str]:
    names = [props.get("name"), props.get("name_zh"), *(props.get("aliases") or [])]
    return list(dict.fromkeys(k for k in (normalize_name(n) for n in names if n) if k))


def _nulls_last(value: Any) -> tuple:
    return (value is None, value if value is not None else "")


class Snapshot:
    """An exported graph in memory. Methods mirror :mod:`soegraph.read` without the ``db`` argument."""

    def __init__(self, nodes: list[dict], relationships: list[dict], *, path: str | None = None):
        self.path = path
        self.entities: dict[str, dict] = {}
        self.documents: dict[str, dict] = {}
        for node in nodes:
            labels = list(node.get("labels") or [])
            props = dict(node.get("properties") or {})
            props.setdefault("id", node["id"])
            if "Document" in labels:
                self.documents[node["id"]] = props
            else:
                if not props.get("keys"):
                    props["keys"] = _entity_keys(props)
                self.entities[node["id"]] = {**props, "labels": labels}
        self.facts: list[dict] = []
        self.mentions: list[dict] = []
        for rel in relationships:
            row = {"type": rel["type"], "source": rel["source"], "target": rel["target"], **(rel.get("properties") or {})}
            if rel["type"] == "MENTIONS":
                self.mentions.append(row)
            elif row["source"] in self.entities and row["target"] in self.entities:
                self.facts.append(row)
        # Facts by entity, both directions, in file order (the export's sorted order).
        self._touching: dict[str, list[int]] = {eid: [] for eid in self.entities}
        for i, rel in enumerate(self.facts):
            self._touching[rel["source"]].append(i)
            if rel["target"] != rel["source"]:
                self._touching[rel["target"]].append(i)
        self._by_name: dict[str, list[str]] = {}
        self._by_key: dict[str, list[str]] = {}
        for eid, e in self.entities.items():
            for name in {e.get("name"), e.get("name_zh")} - {None}:
                self._by_name.setdefault(name, []).append(eid)
            for key in e.get("keys") or ():
                self._by_key.setdefault(key, []).append(eid)

    # -- loading ------------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path) -> "Snapshot":
        """Read and check a snapshot file (:func:`soegraph.export.read_snapshot`); a bad file raises ValidationFailed."""
        from soegraph.export import read_snapshot

        data = read_snapshot(Path(path))
        return cls(list(data.get("nodes") or []), list(data.get("relationships") or []), path=str(path))

    # -- entities and search ------------------------------------------------------------

    def _sources_count(self, eid: str) -> int:
        return len(self.entities[eid].get("sources") or [])

    def entity(self, id_or_name: str) -> dict:
        if ":" in id_or_name and id_or_name in self.entities:
            return self.entities[id_or_name]
        name = id_or_name.strip()
        ranks: dict[str, int] = {}
        for eid in self._by_name.get(name, []):
            ranks[eid] = 0
        for eid in self._by_key.get(normalize_name(id_or_name), []):
            ranks.setdefault(eid, 1)
        if ranks:
            best = min(ranks, key=lambda e: (ranks[e], -self._sources_count(e), e))
            return self.entities[best]
        raise NotFound(f"no entity named {id_or_name!r}", suggestions=self.close_matches(id_or_name))

    def close_matches(self, text: str, limit: int = 5) -> list[str]:
        hits = [f"{r['name']} ({r['id']})" for r in self.search(text, limit=limit)] if text.strip() else []
        if hits:
            return hits
        choices: dict[str, str] = {}
        for eid, e in self.entities.items():
            for n in (e.get("name"), e.get("name_zh")):
                if n:
                    choices[n] = eid
        best = process.extract(text, list(choices), scorer=fuzz.WRatio, limit=limit)
        return [f"{name} ({choices[name]})" for name, score, _ in best if score >= 50]

    def search(self, text: str, limit: int = 20) -> list[dict]:
        """Names containing the words typed (English, Chinese, aliases, pinyin), best first.

        Scores are on a 0-10 scale like the full-text index's: an exact name scores
        highest, then a name starting with the text, then one containing it, then one
        containing all the words; with no such name, names containing any of the words.
        """
        words = [normalize_name(w) for w in text.split()]
        words = [w for w in words if w]
        if not words:
            return []
        whole = "".join(words)
        scored = []
        for eid, e in self.entities.items():
            names = [n for n in (e.get("name"), e.get("name_zh"), *(e.get("aliases") or [])) if n]
            best = 0.0
            for n in names:
                key = normalize_name(n)
                if not key:
                    continue
                if key == whole:
                    score = 10.0
                elif key.startswith(whole):
                    score = 8.0 + 2.0 * len(whole) / len(key)
                elif whole in key:
                    score = 6.0 + 2.0 * len(whole) / len(key)
                elif all(w in key for w in words):
                    score = 4.0 + 2.0 * len(whole) / len(key)
                else:
                    continue
                best = max(best, score)
            if best:
                scored.append((best, eid))
        if not scored and len(words) > 1:  # as the server does: a looser any-word query before giving up
            for eid, e in self.entities.items():
                keys = [normalize_name(n) for n in (e.get("name"), e.get("name_zh"), *(e.get("aliases") or [])) if n]
                matched = sum(1 for w in words if any(w in k for k in keys))
                if matched:
                    scored.append((2.0 * matched / len(words), eid))
        scored.sort(key=lambda t: (-t[0], -self._sources_count(t[1]), t[1]))
        rows = []
        for score, eid in scored[:limit]:
            e = self.entities[eid]
            rows.append({"id": eid, "type": e.get("type"), "name": e.get("name"), "name_zh": e.get("name_zh"),
                         "aliases": e.get("aliases"), "sector": e.get("sector"), "score": round(score, 4)})
        return rows

    def entities_by_ids(self, ids: Iterable[str]) -> dict[str, dict]:
        return {i: self.entities[i] for i in ids if i in self.entities}

    # -- neighbourhood and paths -------------------------------------------------------------

    def _expand_ids(self, frontier: list[str], seen: set[str], *, types, rel_types, sectors, as_of) -> list[str]:
        """Like cypher/expand.cypher: sorted ids one fact away from the frontier, not yet seen."""
        found: set[str] = set()
        for fid in frontier:
            for i in self._touching.get(fid, ()):
                rel = self.facts[i]
                for other in ([rel["target"]] if rel["source"] == fid else []) + ([rel["source"]] if rel["target"] == fid else []):
                    if other in seen or other in found:
                        continue
                    b = self.entities[other]
                    if rel_types is not None and rel["type"] not in rel_types:
                        continue
                    if types is not None and b.get("type") not in types:
                        continue
                    if sectors is not None and b.get("sector") is not None and b.get("sector") not in sectors:
                        continue
                    if not valid_on(rel, as_of):
                        continue
                    found.add(other)
        return sorted(found)

    def _induced(self, ids: list[str], *, rel_types, as_of) -> list[dict]:
        """Like cypher/subgraph.cypher: the facts among these entities."""
        keep = set(ids)
        rels = {}
        for nid in ids:
            for i in self._touching.get(nid, ()):
                rel = self.facts[i]
                if rel["source"] in keep and rel["target"] in keep and i not in rels \
                        and (rel_types is None or rel["type"] in rel_types) and valid_on(rel, as_of):
                    rels[i] = fact_summary(rel)
        return sorted(rels.values(), key=fact_order)

    def neighbourhood(self, center: str, *, depth: int = 1, types: Iterable[str] | None = None,
                      rel_types: Iterable[str] | None = None, sectors: Iterable[str] | None = None,
                      as_of: str | None = None, limit: int = 500) -> Subgraph:
        filters = {"types": set(types) if types else None, "rel_types": set(rel_types) if rel_types else None,
                   "sectors": set(sectors) if sectors else None, "as_of": as_of}
        return walk(
            self.entity(center), depth=depth, limit=limit,
            expand=lambda frontier, seen, room: _capped(self._expand_ids(frontier, set(seen), **filters), room),
            subgraph=lambda ids: (self.entities_by_ids(ids),
                                  self._induced(ids, rel_types=filters["rel_types"], as_of=as_of)),
        )

    def _undirected(self) -> nx.Graph:
        if not hasattr(self, "_simple"):
            simple = nx.Graph()
            simple.add_nodes_from(self.entities)
            for i, rel in enumerate(self.facts):
                if simple.has_edge(rel["source"], rel["target"]):
                    simple[rel["source"]][rel["target"]]["rels"].append(i)
                else:
                    simple.add_edge(rel["source"], rel["target"], rels=[i])
            self._simple = simple
        return self._simple

    @staticmethod
    def _brief(e: dict) -> dict:
        return {k: e.get(k) for k in ("id", "name", "name_zh", "type")}

    def shortest_paths(self, a: str, b: str, limit: int = 10) -> list[dict]:
        ea, eb = self.entity(a), self.entity(b)
        if ea["id"] == eb["id"]:
            return [{"nodes": [self._brief(ea)], "rels": []}]
        simple = self._undirected()
        try:
            node_paths = nx.all_shortest_paths(simple, ea["id"], eb["id"])
            out: list[dict] = []
            for nodes in node_paths:
                if len(nodes) - 1 > MAX_PATH_HOPS:
                    return []
                options = [simple[u][v]["rels"] for u, v in zip(nodes, nodes[1:])]
                for choice in product(*options):
                    rels = [self.facts[i] for i in choice]
                    out.append({"nodes": [self._brief(self.entities[n]) for n in nodes],
                                "rels": [{"type": r["type"], "source": r["source"], "target": r["target"],
                                          "title": r.get("title"), "sources": r.get("sources"),
                                          "evidence": r.get("evidence")} for r in rels]})
                    if len(out) >= limit:
                        return out
            return out
        except nx.NetworkXNoPath:
            return []

    # -- posts, facts, evidence -----------------------------------------------------------

    def _facts_of(self, eid: str):
        return (self.facts[i] for i in self._touching.get(eid, ()))

    def positions(self, person: str) -> list[dict]:
        p = self.entity(person)
        if p.get("type") != "Person":
            return []
        rows = []
        for r in self._facts_of(p["id"]):
            if r["type"] != "HOLDS_POSITION" or r["source"] != p["id"]:
                continue
            o = self.entities[r["target"]]
            rows.append({"org_id": o["id"], "org": o.get("name"), "org_zh": o.get("name_zh"), "title": r.get("title"),
                         "title_zh": r.get("title_zh"), "start": r.get("start"), "end": r.get("end"),
                         "status": r.get("status"), "sources": r.get("sources"), "evidence": r.get("evidence"),
                         "first_seen": r.get("first_seen"), "last_seen": r.get("last_seen")})
        rows.sort(key=lambda x: (x["start"] or x["first_seen"] or "", x["org_id"], _nulls_last(x["title"])))
        return rows

    def leaders(self, org: str, as_of: str | None = None) -> list[dict]:
        o = self.entity(org)
        rows = []
        for r in self._facts_of(o["id"]):
            if r["type"] != "HOLDS_POSITION" or r["target"] != o["id"]:
                continue
            p = self.entities[r["source"]]
            if p.get("type") != "Person":
                continue
            if as_of is not None:
                # as cypher/post_holders.cypher: a former post with no end date is not current
                if not valid_on({"start": r.get("start"), "end": r.get("end")}, as_of):
                    continue
                if r.get("status") == "former" and not r.get("end"):
                    continue
            rows.append({"person_id": p["id"], "person": p.get("name"), "person_zh": p.get("name_zh"),
                         "title": r.get("title"), "title_zh": r.get("title_zh"), "start": r.get("start"),
                         "end": r.get("end"), "status": r.get("status"), "sources": r.get("sources"),
                         "_order": r.get("start") or r.get("first_seen") or ""})
        rows.sort(key=lambda x: (x["_order"], x["person_id"], _nulls_last(x["title"])))
        for row in rows:
            del row["_order"]
        return rows

    def evidence(self, source: str, target: str, rel_type: str | None = None) -> list[dict]:
        a, b = self.entity(source), self.entity(target)
        rows = []
        for r in self._facts_of(a["id"]):
            if {r["source"], r["target"]} != {a["id"], b["id"]} or (rel_type is not None and r["type"] != rel_type):
                continue
            sources = r.get("sources") or []
            evidence = r.get("evidence") or []
            confidences = r.get("confidences") or []
            for i, src in enumerate(sources):
                d = self.documents.get(src, {})
                rows.append({"type": r["type"], "from": r["source"], "to": r["target"], "title": r.get("title"),
                             "source": src, "evidence": evidence[i] if i < len(evidence) else None,
                             "confidence": confidences[i] if i < len(confidences) else None,
                             "doc_title": d.get("title"), "url": d.get("url"), "date": d.get("date"),
                             "path": d.get("path"), "kind": d.get("kind")})
        rows.sort(key=lambda x: (x["type"], x["source"]))
        return rows

    def relations(self, id_or_name: str) -> list[dict]:
        e = self.entity(id_or_name)
        rows = []
        for r in self._facts_of(e["id"]):
            outgoing = r["source"] == e["id"]
            o = self.entities[r["target"] if outgoing else r["source"]]
            props = {k: v for k, v in r.items() if k not in ("type", "source", "target")}
            rows.append({"type": r["type"], "outgoing": outgoing, "other_id": o["id"], "other": o.get("name"),
                         "other_zh": o.get("name_zh"), "other_type": o.get("type"), "props": props})
        rows.sort(key=lambda x: (x["type"], x["other_id"]))
        return rows

    def supervised_by(self, body: str) -> list[dict]:
        b = self.entity(body)
        rows = []
        for r in self._facts_of(b["id"]):
            if r["type"] == "SUPERVISES" and r["source"] == b["id"]:
                o = self.entities[r["target"]]
                rows.append({"id": o["id"], "name": o.get("name"), "name_zh": o.get("name_zh"), "type": o.get("type"),
                             "sector": o.get("sector"), "sources": r.get("sources")})
        rows.sort(key=lambda x: _nulls_last(x["name"]))
        return rows

    # -- sources and counts -------------------------------------------------------------

    def sources(self) -> list[dict]:
        mentions: dict[str, int] = {}
        for m in self.mentions:
            mentions[m["source"]] = mentions.get(m["source"], 0) + 1
        facts: dict[str, int] = {}
        for r in self.facts:
            for src in set(r.get("sources") or ()):
                facts[src] = facts.get(src, 0) + 1
        rows = [{"id": d["id"], "kind": d.get("kind"), "title": d.get("title"), "url": d.get("url"), "date": d.get("date"),
                 "path": d.get("path"), "language": d.get("language"), "entities": len(d.get("entities") or []),
                 "mentions": mentions.get(d["id"], 0), "facts": facts.get(d["id"], 0)} for d in self.documents.values()]
        # kind, then newest first (undated first, as Neo4j orders nulls in DESC), then id
        rows.sort(key=lambda x: x["id"])
        rows.sort(key=lambda x: _nulls_last(x["date"]), reverse=True)
        rows.sort(key=lambda x: _nulls_last(x["kind"]))
        return rows

    def stats(self) -> list[dict]:
        counts: dict[tuple[str, str], int] = {}
        for e in self.entities.values():
            counts[("node", e.get("type"))] = counts.get(("node", e.get("type")), 0) + 1
        if self.documents:
            counts[("node", "Document")] = len(self.documents)
        for r in self.facts + self.mentions:
            counts[("relationship", r["type"])] = counts.get(("relationship", r["type"]), 0) + 1
        return [{"kind": k, "name": n, "n": c} for (k, n), c in sorted(counts.items(), key=lambda kv: (kv[0][0], str(kv[0][1])))]

    def document_rows(self, ids: Iterable[str]) -> dict[str, dict]:
        return {i: self.documents[i] for i in ids if i in self.documents}

    # -- whole graph ------------------------------------------------------------------------

    def graph(self, *, documents: bool = False) -> nx.MultiDiGraph:
        g = graph_from_records(self.entities.values(), self.facts)
        if documents:
            for d in self.documents.values():
                g.add_node(d["id"], **{k: v for k, v in d.items() if k not in ("entities", "digest")}, labels=["Document"])
            for m in self.mentions:
                if m["source"] in g and m["target"] in g:
                    g.add_edge(m["source"], m["target"], key="MENTIONS", type="MENTIONS", count=m.get("count"))
        return g

    def query(self, text_or_name: str, **params: Any):
        raise SoegraphError("Cypher queries need a Neo4j server; this SoeGraph reads an offline snapshot "
                            f"({self.path or 'in memory'}). Use the other methods or to_networkx().")

    def __repr__(self) -> str:
        return f"Snapshot({self.path!r}, {len(self.entities)} entities, {len(self.facts)} facts, {len(self.documents)} sources)"


def _capped(ids: list[str], room: int) -> tuple[int, list[str]]:
    return len(ids), ids[:room]
