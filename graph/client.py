"""``SoeGraph``: the notebook client. A few lines from a question to a DataFrame or a networkx graph.

>>> from soegraph import SoeGraph                              # doctest: +SKIP
>>> g = SoeGraph()                                             # doctest: +SKIP
>>> g.positions("Zhang Yuzhuo")                                # doctest: +SKIP

Two backends answer the same questions: a Neo4j server (through :mod:`soegraph.read`, in
read transactions) and an exported JSON snapshot (:mod:`soegraph.snapshot`, in memory).
Both return the same rows; this module shapes them into DataFrames, networkx graphs and
:class:`Entity` records, so the two behave alike.
"""

from __future__ import annotations

import functools
import html
import re
from pathlib import Path
from typing import Any, Iterable

import networkx as nx
import pandas as pd
from neo4j import READ_ACCESS

from soegraph import analysis, read
from soegraph.db import Database, connect
from soegraph.errors import NotFound, ReadOnlyViolation, SoegraphError
from soegraph.settings import Settings

# ---------------------------------------------------------------- results


class Entity(dict):
    """One entity: a dict of its properties (``id``, ``name``, ``name_zh``, ``aliases``, ``type``,
    ``sources``, ...) that also reads as attributes (``e.name``) and shows as a card in Jupyter."""

    _documents: dict[str, dict]

    def __init__(self, data: dict, documents: dict[str, dict] | None = None):
        super().__init__(data)
        if self.get("labels"):
            self["labels"] = analysis.sorted_labels(self["labels"])
        self._documents = documents or {}

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"entity {self.get('id')!r} has no property {name!r}") from None

    @property
    def source_urls(self) -> list[str]:
        """Links of the sources this entity comes from (registry rows and documents)."""
        return [d["url"] for s in self.get("sources") or [] if (d := self._documents.get(s)) and d.get("url")]

    def __repr__(self) -> str:
        zh = f" ({self['name_zh']})" if self.get("name_zh") else ""
        return f"<Entity {self.get('id')}: {self.get('name')}{zh}, {self.get('type')}>"

    def _repr_html_(self) -> str:
        esc = html.escape
        rows = [("id", esc(str(self.get("id"))))]
        skip = {"id", "name", "name_zh", "type", "labels", "keys", "sources", "aliases"}
        if self.get("aliases"):
            rows.append(("aliases", esc(", ".join(map(str, self["aliases"])))))
        for key in sorted(k for k in self if k not in skip):
            rows.append((esc(key), esc(str(self[key]))))
        links = []
        for src in self.get("sources") or []:
            doc = self._documents.get(src, {})
            label = esc(doc.get("title") or src)
            url = doc.get("url")
            links.append(f'<a href="{esc(url, quote=True)}" target="_blank" rel="noopener">{label}</a>' if url else label)
        rows.append(("sources", "<br>".join(links) or "none"))
        body = "".join(f"<tr><th style='text-align:left'>{k}</th><td style='text-align:left'>{v}</td></tr>" for k, v in rows)
        zh = f" {esc(self['name_zh'])}" if self.get("name_zh") else ""
        return (f"<div><b>{esc(str(self.get('name')))}</b>{zh} <i>({esc(str(self.get('type')))})</i>"
                f"<table>{body}</table></div>")


def _frame(rows: list[dict], columns: Iterable[str]) -> pd.DataFrame:
    columns = list(columns)
    extra = [k for r in rows[:1] for k in r if k not in columns]
    return pd.DataFrame(rows, columns=columns + extra)


def _friendly(fn):
    """Put the close matches of a NotFound into its message, so a notebook shows them."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except NotFound as exc:
            message = str(exc)
            if "close matches" in message:
                raise
            hint = f"close matches: {'; '.join(exc.suggestions)}" if exc.suggestions else "no close matches"
            raise NotFound(f"{message}; {hint}", suggestions=exc.suggestions) from None

    return wrapper


# ---------------------------------------------------------------- saved queries

_HEADER = re.compile(r"^\s*//\s*(title|description|param)\s*:\s*(.*?)\s*$", re.I)
_PARAM = re.compile(r"^(?P<name>\w+)\s*(?:\((?P<type>[\w\[\] ]+)\))?\s*(?:default:\s*(?P<default>.*?))?\s*(?:\s-\s(?P<doc>.*))?$")


def _typed(value: str | None, kind: str) -> Any:
    if value is None:
        return None
    value = value.strip()
    if value.lower() in ("", "null", "none"):
        return None
    try:
        if kind in ("int", "integer"):
            return int(value)
        if kind in ("float", "number"):
            return float(value)
        if kind in ("bool", "boolean"):
            return value.lower() in ("true", "yes", "1")
        if kind.startswith("list"):
            return [v.strip().strip("'\"") for v in value.strip("[]").split(",") if v.strip()]
    except ValueError:
        return value
    return value.strip("'\"")


def saved_query(name: str) -> dict:
    """A saved query (``cypher/queries/<name>.cypher``): its title, description, parameters and text.

    Parameters come from the header lines ``// param: name (type) default: value - meaning``.
    """
    from soegraph import cypher

    short = name[len("queries/"):] if name.startswith("queries/") else name
    try:
        text = cypher.load(f"queries/{short}")
    except NotFound:
        known = [n[len("queries/"):] for n in cypher.names() if n.startswith("queries/")]
        raise NotFound(f"no saved query named {short!r}", suggestions=known) from None
    meta: dict[str, Any] = {"name": short, "title": short, "description": "", "params": [], "text": text}
    for line in text.splitlines():
        m = _HEADER.match(line)
        if not m:
            continue
        field, value = m.group(1).lower(), m.group(2)
        if field in ("title", "description"):
            meta[field] = value if field == "title" or not meta[field] else f"{meta[field]} {value}"
        else:
            p = _PARAM.match(value)
            if p:
                kind = (p.group("type") or "string").strip().lower()
                meta["params"].append({"name": p.group("name"), "type": kind,
                                       "default": _typed(p.group("default"), kind), "doc": (p.group("doc") or "").strip()})
    return meta


def saved_queries() -> list[dict]:
    """Every saved query, without its text."""
    from soegraph import cypher

    names = [n[len("queries/"):] for n in cypher.names() if n.startswith("queries/")]
    return [{k: v for k, v in saved_query(n).items() if k != "text"} for n in names]


# ---------------------------------------------------------------- read-only guard

# Plan operators that change something or reach outside the graph, even in a read transaction.
_REFUSED_OPERATOR_PREFIXES = (
    "Create", "Merge", "LockingMerge", "Set", "Remove", "Delete", "DetachDelete", "Foreach", "Drop", "Terminate",
    "Alter", "Grant", "Deny", "Revoke", "Rename", "Enable", "Start", "Stop", "Load", "AdministrationCommand",
    "Transaction",
)
# Procedures Neo4j declares READ that still change server state (statistics, plan caches, query collection).
_STATEFUL_READ_PROCEDURES = frozenset({
    "db.resampleIndex", "db.resampleOutdatedIndexes", "db.prepareForReplanning", "db.clearQueryCaches",
    "db.stats.collect", "db.stats.clear", "db.stats.stop",
})


def _plan_operators(plan: dict | None) -> list[tuple[str, str]]:
    if not plan:
        return []
    out = [(str(plan.get("operatorType", "")).split("@")[0], str((plan.get("args") or {}).get("Details") or ""))]
    for child in plan.get("children") or []:
        out.extend(_plan_operators(child))
    return out


def read_only_records(db: Database, text: str, params: dict, procedure_modes: dict[str, str] | None = None):
    """Run ``text`` in a read transaction after the server's own plan says it only reads.

    The driver's read access mode already makes the server refuse writes to the graph and
    its schema. Some statements get past it (``TERMINATE TRANSACTIONS``, DBMS procedures,
    ``LOAD CSV``), so the statement is ``EXPLAIN``-ed first, in the same read transaction,
    and refused unless the server plans it as a read (query type ``r``) with no operator
    that acts outside the graph and no procedure that is not read-only (by the server's own
    ``SHOW PROCEDURES`` mode, plus a few READ procedures that reset statistics or caches).
    Returns ``(keys, records)``.
    """

    def work(tx):
        summary = tx.run("EXPLAIN " + text, params).consume()
        if summary.query_type != "r":
            kind = {"w": "writes", "rw": "reads and writes", "s": "is a schema or administration statement"}.get(
                summary.query_type or "", f"is of query type {summary.query_type!r}")
            raise ReadOnlyViolation(f"refused: query() is read-only, and this statement {kind}")
        for op, details in _plan_operators(summary.plan):
            if op.startswith(_REFUSED_OPERATOR_PREFIXES):
                raise ReadOnlyViolation(f"refused: query() is read-only, and this statement plans {op}")
            if op == "ProcedureCall":
                proc = details.split("(")[0].strip()
                if proc in _STATEFUL_READ_PROCEDURES:
                    raise ReadOnlyViolation(f"refused: query() is read-only, and {proc} changes the server's state")
                mode = (procedure_modes or {}).get(proc)
                if mode is not None and mode != "READ":
                    raise ReadOnlyViolation(f"refused: query() is read-only, and {proc} is a {mode} procedure")
        result = tx.run(text, params)
        records = list(result)
        return list(result.keys()), records

    session = db.driver.session(database=db.database, default_access_mode=READ_ACCESS)
    return db._run(session, "execute_read", work)


def _plain(value: Any) -> Any:
    """Driver values as plain Python: nodes and relationships as dicts, dates as ISO strings."""
    from neo4j.graph import Node, Path as GraphPath, Relationship

    if isinstance(value, Node):
        return {**dict(value.items()), "labels": sorted(value.labels)}
    if isinstance(value, Relationship):
        start = value.start_node.get("id") if value.start_node is not None else None
        end = value.end_node.get("id") if value.end_node is not None else None
        return {"type": value.type, "source": start, "target": end, **dict(value.items())}
    if isinstance(value, GraphPath):
        return {"nodes": [n.get("id") for n in value.nodes], "rels": [_plain(r) for r in value.relationships]}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


# ---------------------------------------------------------------- backends


class _Neo4jBackend:
    """The read functions of :mod:`soegraph.read` bound to one database, plus whole-graph reads."""

    def __init__(self, db: Database):
        self.db = db
        self._procedure_modes: dict[str, str] | None = None

    def __getattr__(self, name: str):
        fn = getattr(read, name)
        return functools.partial(fn, self.db)

    def document_rows(self, ids: Iterable[str]) -> dict[str, dict]:
        ids = sorted(set(ids))
        if not ids:
            return {}
        rows = self.db.read("UNWIND $ids AS id MATCH (d:Document {id: id}) "
                            "RETURN d {.id, .title, .url, .date, .kind, .path, .language} AS d", ids=ids)
        return {r["d"]["id"]: r["d"] for r in rows}

    def graph(self, *, documents: bool = False) -> nx.MultiDiGraph:
        nodes = [r["e"] for r in self.db.read("MATCH (e:Entity) RETURN e {.*, labels: labels(e)} AS e ORDER BY e.id")]
        rels = self.db.read(
            "MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) <> 'MENTIONS' "
            "RETURN r {.*, type: type(r), source: a.id, target: b.id} AS rel ORDER BY rel.type, rel.source, rel.target, rel.key")
        g = analysis.graph_from_records(nodes, [r["rel"] for r in rels])
        if documents:
            for r in self.db.read("MATCH (d:Document) RETURN d {.*} AS d ORDER BY d.id"):
                d = r["d"]
                g.add_node(d["id"], **{k: v for k, v in d.items() if k not in ("entities", "digest")}, labels=["Document"])
            for r in self.db.read("MATCH (d:Document)-[m:MENTIONS]->(e:Entity) RETURN d.id AS d, e.id AS e, m.count AS n"):
                g.add_edge(r["d"], r["e"], key="MENTIONS", type="MENTIONS", count=r["n"])
        return g

    def procedure_modes(self) -> dict[str, str]:
        if self._procedure_modes is None:
            try:
                rows = self.db.read("SHOW PROCEDURES YIELD name, mode RETURN name, mode")
                self._procedure_modes = {r["name"]: r["mode"] for r in rows}
            except SoegraphError:
                raise
            except Exception:  # an old server or missing privilege: the plan check still applies
                self._procedure_modes = {}
        return self._procedure_modes

    def query(self, text: str, **params: Any):
        return read_only_records(self.db, text, params, self.procedure_modes())

    def describe(self) -> str:
        return f"Neo4j at {self.db.uri}, database {self.db.database}"

    def close(self) -> None:
        self.db.close()


# ---------------------------------------------------------------- the client


class SoeGraph:
    """The soegraph knowledge graph, for notebooks.

    Parameters
    ----------
    uri, auth, database : optional
        A Neo4j server (``bolt://`` or ``neo4j://``), ``(user, password)`` and database name.
        By default: ``NEO4J_URI`` / ``NEO4J_USERNAME`` / ``NEO4J_PASSWORD`` / ``NEO4J_DATABASE``
        from the environment or ``.env``, else the local server ``soegraph neo4j start`` runs.

    Raises
    ------
    ConnectionFailed
        The server cannot be reached or refuses the credentials; the message names the URI.

    Examples
    --------
    >>> with SoeGraph() as g:                                   # doctest: +SKIP
    ...     g.entity("国资委") == g.entity("SASAC")
    True
    >>> g = SoeGraph.from_snapshot("soegraph-snapshot.json")     # doctest: +SKIP
    """

    def __init__(self, uri: str | None = None, auth: tuple[str, str] | None = None, database: str | None = None, *,
                 settings: Settings | None = None, _backend: Any = None):
        if _backend is not None:
            self._backend = _backend
        else:
            self._backend = _Neo4jBackend(connect(settings, uri=uri, auth=auth, database=database))

    @classmethod
    def from_snapshot(cls, path: str | Path) -> "SoeGraph":
        """Open an exported JSON snapshot (``soegraph export --format json``): no Neo4j needed.

        Everything but :meth:`query` (Cypher) works as on a server.
        """
        from soegraph.snapshot import Snapshot

        return cls(_backend=Snapshot.load(path))

    @property
    def offline(self) -> bool:
        """True when this client reads a snapshot rather than a server."""
        return not isinstance(self._backend, _Neo4jBackend)

    # -- lifecycle -----------------------------------------------------------------------

    def close(self) -> None:
        close = getattr(self._backend, "close", None)
        if close:
            close()

    def __enter__(self) -> "SoeGraph":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def describe(self) -> str:
        if self.offline:
            return f"snapshot {self._backend.path}"
        return self._backend.describe()

    def __repr__(self) -> str:
        return f"<SoeGraph: {self.describe()}>"

    def _repr_html_(self) -> str:
        try:
            counts = self._backend.stats()
        except SoegraphError as exc:
            return f"<div><b>SoeGraph</b> {html.escape(self.describe())}: {html.escape(str(exc))}</div>"
        cells = "".join(f"<tr><td>{html.escape(str(r['kind']))}</td><td>{html.escape(str(r['name']))}</td>"
                        f"<td style='text-align:right'>{int(r['n'])}</td></tr>" for r in counts)
        return (f"<div><b>SoeGraph</b> {html.escape(self.describe())}<table><tr><th>kind</th><th>name</th><th>count</th></tr>"
                f"{cells}</table></div>")

    # -- shaping helpers -------------------------------------------------------------------

    def _documents_for(self, source_lists: Iterable[Iterable[str] | None]) -> dict[str, dict]:
        ids = {s for sources in source_lists for s in (sources or [])}
        return self._backend.document_rows(ids) if ids else {}

    def _with_source_urls(self, df: pd.DataFrame, column: str = "sources") -> pd.DataFrame:
        docs = self._documents_for(df[column]) if len(df) else {}
        df["source_urls"] = [[docs[s]["url"] for s in (sources or []) if s in docs and docs[s].get("url")]
                             for sources in df[column]] if len(df) else pd.Series(dtype=object)
        return df

    def _name(self, graph: nx.Graph, node: str, key: str = "name") -> Any:
        return graph.nodes[node].get(key) if node in graph else None

    # -- lookups ------------------------------------------------------------------------

    @_friendly
    def entity(self, id_or_name: str) -> Entity:
        """One entity by id (``org:sasac``) or any name: English, Chinese, alias or pinyin.

        Raises NotFound listing close matches when nothing has that name.
        """
        data = self._backend.entity(id_or_name)
        return Entity(data, self._documents_for([data.get("sources")]))

    def search(self, text: str, limit: int = 20) -> pd.DataFrame:
        """Entities whose names match ``text`` (English, Chinese, alias or pinyin), best first."""
        rows = self._backend.search(text, limit=limit)
        return _frame(rows, ["id", "type", "name", "name_zh", "sector", "aliases", "score"])

    @_friendly
    def relations(self, entity: str) -> pd.DataFrame:
        """Every fact about one entity, both directions, with the other end and the fact's sources."""
        rows = []
        for r in self._backend.relations(entity):
            props = r["props"]
            rows.append({"type": r["type"], "direction": "out" if r["outgoing"] else "in", "other_id": r["other_id"],
                         "other": r["other"], "other_zh": r["other_zh"], "other_type": r["other_type"],
                         "title": props.get("title"), "start": props.get("start"), "end": props.get("end"),
                         "date": props.get("date"), "status": props.get("status"), "sources": props.get("sources")})
        df = _frame(rows, ["type", "direction", "other_id", "other", "other_zh", "other_type", "title", "start", "end",
                           "date", "status", "sources"])
        return self._with_source_urls(df)

    # -- graphs ---------------------------------------------------------------------------

    @_friendly
    def neighbors(self, entity: str, depth: int = 1, *, types: Iterable[str] | None = None,
                  rel_types: Iterable[str] | None = None, as_of: str | None = None,
                  sectors: Iterable[str] | None = None, limit: int = 500) -> nx.MultiDiGraph:
        """The entities within ``depth`` hops (1 to 3) of ``entity`` and the facts between them.

        ``types`` keeps entities of those types, ``rel_types`` facts of those types, ``as_of``
        facts valid on that ISO date. At most ``limit`` entities, closest first; the graph's
        attributes say ``center``, ``total_nodes`` (in reach) and ``truncated``.
        """
        sub = self._backend.neighbourhood(entity, depth=depth, types=types, rel_types=rel_types, sectors=sectors,
                                          as_of=as_of, limit=limit)
        g = analysis.graph_from_records(sub.nodes.values(), sub.relationships)
        g.graph.update(center=sub.center, total_nodes=sub.total_nodes, truncated=sub.truncated)
        return g

    @_friendly
    def path(self, a: str, b: str, *, limit: int = 10, as_graph: bool = False) -> pd.DataFrame | nx.MultiDiGraph:
        """Shortest paths (up to 6 hops) between two entities through facts.

        A DataFrame with one row per step (``path`` numbers the paths, ``step`` the hops),
        or with ``as_graph=True`` a MultiDiGraph of all the paths together.
        """
        paths = self._backend.shortest_paths(a, b, limit=limit)
        if as_graph:
            nodes = {n["id"]: n for p in paths for n in p["nodes"]}
            rels, seen = [], set()
            for p in paths:
                for r in p["rels"]:
                    key = (r["type"], r["source"], r["target"], r.get("title"))
                    if key not in seen:
                        seen.add(key)
                        rels.append({**r, "key": r.get("title") or ""})
            return analysis.graph_from_records(nodes.values(), rels)
        rows = []
        for i, p in enumerate(paths):
            names = {n["id"]: n for n in p["nodes"]}
            for step, r in enumerate(p["rels"]):
                rows.append({"path": i, "step": step, "source": r["source"], "source_name": names[r["source"]].get("name"),
                             "type": r["type"], "target": r["target"], "target_name": names[r["target"]].get("name"),
                             "title": r.get("title"), "sources": r.get("sources")})
        return _frame(rows, ["path", "step", "source", "source_name", "type", "target", "target_name", "title", "sources"])

    def to_networkx(self, *, documents: bool = False) -> nx.MultiDiGraph:
        """The whole graph: entities and facts (and with ``documents=True`` sources and MENTIONS).

        Nodes are keyed by entity id with the entity's properties; edges carry ``type`` and
        the fact's properties (``title``, ``start``, ``end``, ``sources``, ``evidence``, ...).
        """
        return self._backend.graph(documents=documents)

    # -- governance tables -------------------------------------------------------------------

    @_friendly
    def positions(self, person: str) -> pd.DataFrame:
        """Every post a person holds or held, oldest first, with sources and their links."""
        rows = self._backend.positions(person)
        df = _frame(rows, ["org_id", "org", "org_zh", "title", "title_zh", "start", "end", "status", "sources",
                           "evidence", "first_seen", "last_seen"])
        return self._with_source_urls(df)

    @_friendly
    def leaders(self, org: str, as_of: str | None = None) -> pd.DataFrame:
        """Who holds or held posts at an organization; with ``as_of`` only those in post on that date."""
        rows = self._backend.leaders(org, as_of=as_of)
        df = _frame(rows, ["person_id", "person", "person_zh", "title", "title_zh", "start", "end", "status", "sources"])
        return self._with_source_urls(df)

    @_friendly
    def supervised_by(self, body: str) -> pd.DataFrame:
        """Organizations a body (SASAC, the State Council, ...) supervises, with sources."""
        rows = self._backend.supervised_by(body)
        df = _frame(rows, ["id", "name", "name_zh", "type", "sector", "sources"])
        return self._with_source_urls(df)

    @_friendly
    def evidence(self, a: str, b: str, rel_type: str | None = None) -> pd.DataFrame:
        """The facts between two entities (either direction), one row per supporting source:
        the sentence (``evidence``), the source's title, date and link, and the confidence."""
        rows = self._backend.evidence(a, b, rel_type=rel_type)
        return _frame(rows, ["type", "from", "to", "title", "source", "evidence", "confidence", "doc_title", "url",
                             "date", "path", "kind"])

    def sources(self) -> pd.DataFrame:
        """Every loaded source (documents and registry rows) with what it contributed."""
        return _frame(self._backend.sources(), ["id", "kind", "title", "url", "date", "path", "language", "entities",
                                                "mentions", "facts"])

    def stats(self) -> pd.DataFrame:
        """Counts of entities by type and of relationships by type."""
        return _frame(self._backend.stats(), ["kind", "name", "n"])

    # -- Cypher ---------------------------------------------------------------------------

    def saved_queries(self) -> pd.DataFrame:
        """The saved queries ``query()`` runs by name, with their parameters."""
        rows = [{"name": q["name"], "title": q["title"], "description": q["description"],
                 "params": ", ".join(f"{p['name']}={p['default']!r}" for p in q["params"])} for q in saved_queries()]
        return _frame(rows, ["name", "title", "description", "params"])

    def query(self, cypher_or_saved_name: str, **params: Any) -> pd.DataFrame:
        """Run Cypher, or a saved query by name (see :meth:`saved_queries`), read-only.

        A saved query's parameters default to the values in its header. Anything that would
        write (or act on the server) raises ReadOnlyViolation before it runs. Errors of the
        server pass through as the driver raises them (e.g. ``neo4j.exceptions.CypherSyntaxError``).
        """
        text = cypher_or_saved_name
        if re.fullmatch(r"[\w/\-]+", cypher_or_saved_name.strip()):
            meta = saved_query(cypher_or_saved_name.strip())
            known = {p["name"]: p["default"] for p in meta["params"]}
            unknown = set(params) - set(known)
            if unknown:
                raise ValueError(f"saved query {meta['name']!r} takes {', '.join(known) or 'no parameters'}, "
                                 f"not {', '.join(sorted(unknown))}")
            params = {**known, **params}
            text = meta["text"]
        from neo4j.exceptions import ClientError

        try:
            keys, records = self._backend.query(text, **params)
        except ClientError as exc:
            if "conflicting values for execution mode" in (exc.message or ""):
                raise ValueError("query() cannot PROFILE a statement (it is checked with EXPLAIN first); "
                                 "drop PROFILE, or use EXPLAIN") from None
            raise
        return pd.DataFrame([[_plain(v) for v in r.values()] for r in records], columns=keys)

    # -- analysis ---------------------------------------------------------------------------

    def _graph(self, graph: nx.MultiDiGraph | None) -> nx.MultiDiGraph:
        if graph is not None:
            return graph
        if self.offline:
            if not hasattr(self, "_snapshot_graph"):
                self._snapshot_graph = self._backend.graph()
            return self._snapshot_graph
        return self.to_networkx()

    def centrality(self, method: str = "degree", *, top: int | None = 20, graph: nx.MultiDiGraph | None = None,
                   **options: Any) -> pd.DataFrame:
        """Most central organizations and people (see :func:`soegraph.analysis.centrality`)."""
        g = self._graph(graph)
        scores = analysis.centrality(g, method=method, top=top, **options)
        rows = [{"id": n, "name": self._name(g, n), "name_zh": self._name(g, n, "name_zh"),
                 "type": self._name(g, n, "type"), "score": s} for n, s in scores.items()]
        return _frame(rows, ["id", "name", "name_zh", "type", "score"])

    def interlocks(self, *, graph: nx.MultiDiGraph | None = None, **options: Any) -> pd.DataFrame:
        """People with posts at two or more organizations (see :func:`soegraph.analysis.interlocks`)."""
        g = self._graph(graph)
        rows = [{"person_id": p, "person": self._name(g, p), "person_zh": self._name(g, p, "name_zh"),
                 "n_orgs": len(orgs), "org_ids": orgs, "orgs": [self._name(g, o) for o in orgs]}
                for p, orgs in analysis.interlocks(g, **options).items()]
        return _frame(rows, ["person_id", "person", "person_zh", "n_orgs", "org_ids", "orgs"])

    def interlock_graph(self, *, graph: nx.MultiDiGraph | None = None, **options: Any) -> nx.Graph:
        """Organizations tied by the people they share (see :func:`soegraph.analysis.interlock_graph`)."""
        return analysis.interlock_graph(self._graph(graph), **options)

    def rotations(self, *, graph: nx.MultiDiGraph | None = None, **options: Any) -> pd.DataFrame:
        """Moves between government bodies and SOEs, one row per move (see :func:`soegraph.analysis.rotations`)."""
        g = self._graph(graph)
        rows = []
        for person, r in analysis.rotations(g, **options).items():
            for m in r["moves"]:
                rows.append({"person_id": person, "person": self._name(g, person),
                             "person_zh": self._name(g, person, "name_zh"), "direction": m["direction"],
                             "from_id": m["from"], "from": self._name(g, m["from"]), "from_title": m["from_title"],
                             "to_id": m["to"], "to": self._name(g, m["to"]), "to_title": m["to_title"],
                             "date": m["date"], "sources": m["sources"], "path": r["path"]})
        return _frame(rows, ["person_id", "person", "person_zh", "direction", "from_id", "from", "from_title", "to_id",
                             "to", "to_title", "date", "sources", "path"])

    def communities(self, *, graph: nx.MultiDiGraph | None = None, **options: Any) -> pd.DataFrame:
        """Louvain communities with a fixed seed (see :func:`soegraph.analysis.communities`)."""
        g = self._graph(graph)
        rows = [{"id": n, "name": self._name(g, n), "type": self._name(g, n, "type"), "community": c}
                for n, c in analysis.communities(g, **options).items()]
        return _frame(rows, ["id", "name", "type", "community"])


__all__ = ["Entity", "SoeGraph", "read_only_records", "saved_queries", "saved_query"]
