"""Governance analytics over the soegraph graph, with networkx.

Every function takes the graph first (a :class:`networkx.MultiDiGraph` as returned by
``SoeGraph.to_networkx()`` or :func:`graph_from_records`), takes its options as keywords
and returns plain dicts keyed by entity id, so results join back to the graph and to
DataFrames without translation.

The graph's nodes carry the entity properties (``type``, ``name``, ``name_zh``, ...);
its edges carry ``type`` (``HOLDS_POSITION``, ``SUPERVISES``, ...) and the fact's
properties (``title``, ``start``, ``end``, ``sources``, ...). ``MENTIONS`` edges and
``Document`` nodes, when present, are provenance and never count as structure.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable, Mapping

import networkx as nx

from soegraph.models import ORGANIZATION_TYPES

PERSON = "Person"
GOVERNMENT_TYPES = ("GovernmentBody", "PartyOrgan")
SOE_TYPES = ("CentralSOE", "Company")
ORG_AND_PERSON_TYPES = tuple(sorted(ORGANIZATION_TYPES)) + (PERSON,)
CENTRALITY_METHODS = ("degree", "betweenness", "pagerank", "closeness")
_PROVENANCE = "MENTIONS"
# Node attributes of the store that are bookkeeping, not information.
_HIDDEN_NODE_PROPS = frozenset({"keys", "digest"})


# ---------------------------------------------------------------- building and filtering


def edge_key(rel: Mapping[str, Any]) -> str:
    """The key of a fact in the MultiDiGraph: its type, plus its own key (a post's title) if any.

    >>> edge_key({"type": "HOLDS_POSITION", "key": "director"})
    'HOLDS_POSITION:director'
    >>> edge_key({"type": "SUPERVISES", "key": ""})
    'SUPERVISES'
    """
    key = rel.get("key") or ""
    return f"{rel['type']}:{key}" if key else str(rel["type"])


def sorted_labels(labels: Iterable[str]) -> list[str]:
    """Labels in a stable order: ``Entity`` or ``Document`` first, then the rest alphabetically.

    >>> sorted_labels(["Entity", "Organization", "GovernmentBody"])
    ['Entity', 'GovernmentBody', 'Organization']
    """
    return sorted(labels, key=lambda label: (label not in ("Entity", "Document"), label))


def graph_from_records(nodes: Iterable[Mapping[str, Any]], relationships: Iterable[Mapping[str, Any]]) -> nx.MultiDiGraph:
    """Build the analysis graph from entity dicts and relationship dicts.

    Parameters
    ----------
    nodes : iterable of dict
        Entity properties; each needs ``id`` and should have ``type`` and ``name``.
    relationships : iterable of dict
        Facts as ``{"type": ..., "source": id, "target": id, **properties}``.
        A relationship whose ends are not among ``nodes`` is skipped.

    Returns
    -------
    networkx.MultiDiGraph
        Nodes keyed by entity id with their properties as attributes; edges keyed by
        :func:`edge_key` with ``type`` and the fact's properties as attributes.

    Examples
    --------
    >>> g = graph_from_records(
    ...     [{"id": "org:sasac", "type": "GovernmentBody", "name": "SASAC"},
    ...      {"id": "org:x", "type": "CentralSOE", "name": "X Group"}],
    ...     [{"type": "SUPERVISES", "source": "org:sasac", "target": "org:x", "sources": ["registry:a#1"]}])
    >>> g.nodes["org:x"]["name"]
    'X Group'
    >>> list(g.edges(keys=True, data="type"))
    [('org:sasac', 'org:x', 'SUPERVISES', 'SUPERVISES')]
    """
    graph = nx.MultiDiGraph()
    for node in nodes:
        attrs = {k: v for k, v in node.items() if k not in _HIDDEN_NODE_PROPS}
        if attrs.get("labels"):
            attrs["labels"] = sorted_labels(attrs["labels"])
        graph.add_node(node["id"], **attrs)
    for rel in relationships:
        source, target = rel["source"], rel["target"]
        if source not in graph or target not in graph:
            continue
        attrs = {k: v for k, v in rel.items() if k not in ("source", "target", "key")}
        graph.add_edge(source, target, key=edge_key(rel), **attrs)
    return graph


def valid_on(props: Mapping[str, Any], as_of: str | None) -> bool:
    """True if a fact holds on ``as_of`` (an ISO date of any precision), or if ``as_of`` is None.

    Dates compare at the precision of the fact's own date, so a post that started in
    ``2022-12`` is valid on ``2022-12-01``. A ``former`` post with no end date is taken
    to have ended by the date of its last source.

    >>> valid_on({"start": "2020-01", "end": "2021-07"}, "2021-07-15")
    True
    >>> valid_on({"start": "2020-01", "end": "2021-07"}, "2022")
    False
    >>> valid_on({"status": "former", "last_seen": "2021-08-02"}, "2024-01-01")
    False
    """
    if as_of is None:
        return True
    start, end, date = props.get("start"), props.get("end"), props.get("date")
    if start and start > as_of[: len(start)]:
        return False
    if end and end < as_of[: len(end)]:
        return False
    if date and date > as_of[: len(date)]:
        return False
    last_seen = props.get("last_seen")
    if props.get("status") == "former" and not end and last_seen and last_seen <= as_of:
        return False
    return True


def _node_type(graph: nx.Graph, node: str) -> str | None:
    return graph.nodes[node].get("type")


def _is_entity(graph: nx.Graph, node: str) -> bool:
    data = graph.nodes[node]
    return "Document" not in (data.get("labels") or ()) and data.get("type") is not None


def fact_graph(graph: nx.MultiDiGraph, *, types: Iterable[str] | None = None, rel_types: Iterable[str] | None = None,
               as_of: str | None = None) -> nx.Graph:
    """Collapse the facts into an undirected simple graph weighted by the number of facts.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The soegraph graph.
    types : iterable of str, optional
        Keep only entities of these types (default: every entity).
    rel_types : iterable of str, optional
        Keep only facts of these types (default: every fact; never ``MENTIONS``).
    as_of : str, optional
        Keep only facts valid on this ISO date (see :func:`valid_on`).

    Returns
    -------
    networkx.Graph
        Entities with their attributes; an edge per connected pair with ``weight``
        (number of facts) and ``types`` (their relationship types, sorted).

    Examples
    --------
    >>> g = graph_from_records(
    ...     [{"id": "person:a", "type": "Person", "name": "A"},
    ...      {"id": "org:x", "type": "CentralSOE", "name": "X"}],
    ...     [{"type": "HOLDS_POSITION", "key": "chairman", "source": "person:a", "target": "org:x"},
    ...      {"type": "HOLDS_POSITION", "key": "gm", "source": "person:a", "target": "org:x"}])
    >>> h = fact_graph(g)
    >>> h["person:a"]["org:x"]["weight"], h["person:a"]["org:x"]["types"]
    (2, ['HOLDS_POSITION'])
    """
    keep_types = set(types) if types else None
    keep_rels = set(rel_types) if rel_types else None
    simple = nx.Graph()
    for node, data in graph.nodes(data=True):
        if _is_entity(graph, node) and (keep_types is None or data.get("type") in keep_types):
            simple.add_node(node, **data)
    for u, v, data in graph.edges(data=True):
        rtype = data.get("type")
        if rtype == _PROVENANCE or u == v or u not in simple or v not in simple:
            continue
        if keep_rels is not None and rtype not in keep_rels:
            continue
        if not valid_on(data, as_of):
            continue
        if simple.has_edge(u, v):
            edge = simple[u][v]
            edge["weight"] += 1
            if rtype not in edge["types"]:
                edge["types"] = sorted(edge["types"] + [rtype])
        else:
            simple.add_edge(u, v, weight=1, types=[rtype])
    return simple


def _ranked(scores: Mapping[str, float]) -> dict[str, float]:
    """Highest score first, ties by id, so results are stable across runs."""
    return dict(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))


def _pagerank(graph: nx.Graph, alpha: float = 0.85, weight: str | None = None, tol: float = 1e-10,
              max_iter: int = 1000) -> dict[str, float]:
    """PageRank by power iteration (pure Python, so scipy is not needed)."""
    nodes = list(graph)
    n = len(nodes)
    if n == 0:
        return {}

    def w(data: dict) -> float:
        return float(data.get(weight, 1)) if weight else 1.0

    strength = {v: sum(w(d) for _, _, d in graph.edges(v, data=True)) for v in nodes}
    x = {v: 1.0 / n for v in nodes}
    for _ in range(max_iter):
        dangling = alpha * sum(x[v] for v in nodes if not strength[v]) / n
        new = {v: (1.0 - alpha) / n + dangling for v in nodes}
        for v in nodes:
            if strength[v]:
                share = alpha * x[v] / strength[v]
                for _, u, d in graph.edges(v, data=True):
                    new[u] += share * w(d)
        err = sum(abs(new[v] - x[v]) for v in nodes)
        x = new
        if err < n * tol:
            break
    return x


# ---------------------------------------------------------------- centrality


def centrality(graph: nx.MultiDiGraph, *, method: str = "degree", types: Iterable[str] | None = ORG_AND_PERSON_TYPES,
               rel_types: Iterable[str] | None = None, as_of: str | None = None, weighted: bool = False,
               top: int | None = None) -> dict[str, float]:
    """Centrality of organizations and people in the graph of facts.

    The score is computed on the whole undirected fact graph (every entity, so the
    structure around a node counts), then reported for the entities of ``types``.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The soegraph graph.
    method : {'degree', 'betweenness', 'pagerank', 'closeness'}
        ``degree``: share of other entities an entity is directly tied to;
        ``betweenness``: share of shortest paths passing through it (brokers);
        ``pagerank``: ties to well-tied entities count more;
        ``closeness``: inverse mean distance to the entities it can reach.
    types : iterable of str, optional
        Entity types to report (default: organizations and people). ``None`` for all.
    rel_types : iterable of str, optional
        Facts to count (default: all). E.g. ``["HOLDS_POSITION"]`` for the network of posts.
    as_of : str, optional
        Count only facts valid on this ISO date.
    weighted : bool
        Weight ties by their number of facts (pagerank and degree only).
    top : int, optional
        Return only the ``top`` highest scores.

    Returns
    -------
    dict
        ``{entity_id: score}``, highest first (ties by id).

    Examples
    --------
    SASAC supervises two SOEs; one person has posts at SASAC and at one SOE:

    >>> g = graph_from_records(
    ...     [{"id": "org:sasac", "type": "GovernmentBody", "name": "SASAC"},
    ...      {"id": "org:x", "type": "CentralSOE", "name": "X"},
    ...      {"id": "org:y", "type": "CentralSOE", "name": "Y"},
    ...      {"id": "person:a", "type": "Person", "name": "A"}],
    ...     [{"type": "SUPERVISES", "source": "org:sasac", "target": "org:x"},
    ...      {"type": "SUPERVISES", "source": "org:sasac", "target": "org:y"},
    ...      {"type": "HOLDS_POSITION", "source": "person:a", "target": "org:sasac"},
    ...      {"type": "HOLDS_POSITION", "source": "person:a", "target": "org:x"}])
    >>> centrality(g)
    {'org:sasac': 1.0, 'org:x': 0.6666666666666666, 'person:a': 0.6666666666666666, 'org:y': 0.3333333333333333}
    >>> {k: round(v, 3) for k, v in centrality(g, method="betweenness").items()}
    {'org:sasac': 0.667, 'org:x': 0.0, 'org:y': 0.0, 'person:a': 0.0}
    >>> next(iter(centrality(g, method="pagerank", types=["CentralSOE"])))
    'org:x'
    """
    if method not in CENTRALITY_METHODS:
        raise ValueError(f"method must be one of {', '.join(CENTRALITY_METHODS)}, not {method!r}")
    simple = fact_graph(graph, rel_types=rel_types, as_of=as_of)
    weight = "weight" if weighted else None
    if simple.number_of_nodes() == 0:
        scores: dict[str, float] = {}
    elif method == "degree":
        if weighted:
            denom = max(simple.number_of_nodes() - 1, 1)
            scores = {n: d / denom for n, d in simple.degree(weight="weight")}
        else:
            scores = nx.degree_centrality(simple)
    elif method == "betweenness":
        scores = nx.betweenness_centrality(simple, normalized=True)
    elif method == "closeness":
        scores = nx.closeness_centrality(simple)
    else:
        scores = _pagerank(simple, weight=weight)
    keep = set(types) if types is not None else None
    scores = {n: s for n, s in scores.items() if keep is None or simple.nodes[n].get("type") in keep}
    ranked = _ranked(scores)
    return dict(list(ranked.items())[:top]) if top is not None else ranked


# ---------------------------------------------------------------- posts, interlocks, rotations


def _posts(graph: nx.MultiDiGraph, *, org_types: Iterable[str] | None = None, as_of: str | None = None) -> dict[str, list[dict]]:
    """Each person's HOLDS_POSITION facts as dicts (org, title, dates), by person id."""
    keep = set(org_types) if org_types else set(ORGANIZATION_TYPES)
    posts: dict[str, list[dict]] = defaultdict(list)
    for person, org, data in graph.edges(data=True):
        if data.get("type") != "HOLDS_POSITION" or org not in graph or _node_type(graph, person) != PERSON:
            continue
        org_type = _node_type(graph, org)
        if org_type not in keep or not valid_on(data, as_of):
            continue
        posts[person].append({"org": org, "org_type": org_type, "title": data.get("title"),
                              "start": data.get("start"), "end": data.get("end"), "status": data.get("status"),
                              "first_seen": data.get("first_seen"), "sources": list(data.get("sources") or [])})
    return posts


def _when(post: Mapping[str, Any]) -> str | None:
    """The date a post is placed at in a career: its start, else its end, else its earliest source's date."""
    return post.get("start") or post.get("end") or post.get("first_seen")


def interlocks(graph: nx.MultiDiGraph, *, min_orgs: int = 2, org_types: Iterable[str] | None = None,
               as_of: str | None = None) -> dict[str, list[str]]:
    """People who held posts at two or more organizations (interlocking directorates).

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The soegraph graph.
    min_orgs : int
        Least number of distinct organizations (default 2).
    org_types : iterable of str, optional
        Count only posts at organizations of these types (default: all organizations).
    as_of : str, optional
        Count only posts held on this ISO date (concurrent posts).

    Returns
    -------
    dict
        ``{person_id: [org_id, ...]}``, organizations in career order (by start date,
        undated last); people with most organizations first, ties by id.

    Examples
    --------
    >>> g = graph_from_records(
    ...     [{"id": "person:a", "type": "Person", "name": "A"},
    ...      {"id": "person:b", "type": "Person", "name": "B"},
    ...      {"id": "org:sasac", "type": "GovernmentBody", "name": "SASAC"},
    ...      {"id": "org:x", "type": "CentralSOE", "name": "X"}],
    ...     [{"type": "HOLDS_POSITION", "source": "person:a", "target": "org:x", "start": "2015", "end": "2019"},
    ...      {"type": "HOLDS_POSITION", "source": "person:a", "target": "org:sasac", "start": "2019"},
    ...      {"type": "HOLDS_POSITION", "source": "person:b", "target": "org:x", "start": "2020"}])
    >>> interlocks(g)
    {'person:a': ['org:x', 'org:sasac']}
    >>> interlocks(g, as_of="2021")
    {}
    """
    result: dict[str, list[str]] = {}
    for person, posts in _posts(graph, org_types=org_types, as_of=as_of).items():
        order: dict[str, str] = {}
        for post in posts:
            when = _when(post) or "9999"
            if post["org"] not in order or when < order[post["org"]]:
                order[post["org"]] = when
        if len(order) >= min_orgs:
            result[person] = sorted(order, key=lambda o: (order[o], o))
    return dict(sorted(result.items(), key=lambda kv: (-len(kv[1]), kv[0])))


def interlock_graph(graph: nx.MultiDiGraph, *, min_orgs: int = 2, org_types: Iterable[str] | None = None,
                    as_of: str | None = None) -> nx.Graph:
    """The organization projection of interlocks: organizations tied by the people they share.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The soegraph graph.
    min_orgs, org_types, as_of
        As in :func:`interlocks`.

    Returns
    -------
    networkx.Graph
        Organizations (with their attributes) as nodes; an edge between two
        organizations for every pair a person held posts at, with ``people`` (sorted ids)
        and ``weight`` (their number).

    Examples
    --------
    >>> g = graph_from_records(
    ...     [{"id": "person:a", "type": "Person", "name": "A"},
    ...      {"id": "org:sasac", "type": "GovernmentBody", "name": "SASAC"},
    ...      {"id": "org:x", "type": "CentralSOE", "name": "X"},
    ...      {"id": "org:y", "type": "CentralSOE", "name": "Y"}],
    ...     [{"type": "HOLDS_POSITION", "source": "person:a", "target": "org:x", "start": "2010"},
    ...      {"type": "HOLDS_POSITION", "source": "person:a", "target": "org:y", "start": "2015"},
    ...      {"type": "HOLDS_POSITION", "source": "person:a", "target": "org:sasac", "start": "2019"}])
    >>> p = interlock_graph(g)
    >>> p.number_of_edges(), p["org:x"]["org:sasac"]
    (3, {'people': ['person:a'], 'weight': 1})
    """
    projection = nx.Graph()
    for person, orgs in interlocks(graph, min_orgs=min_orgs, org_types=org_types, as_of=as_of).items():
        for org in orgs:
            projection.add_node(org, **graph.nodes[org])
        for i, a in enumerate(orgs):
            for b in orgs[i + 1:]:
                if projection.has_edge(a, b):
                    edge = projection[a][b]
                    edge["people"] = sorted(set(edge["people"]) | {person})
                    edge["weight"] = len(edge["people"])
                else:
                    projection.add_edge(a, b, people=[person], weight=1)
    return projection


def rotations(graph: nx.MultiDiGraph, *, government_types: Iterable[str] = GOVERNMENT_TYPES,
              soe_types: Iterable[str] = SOE_TYPES, direction: str = "both",
              people: Iterable[str] | None = None) -> dict[str, dict]:
    """Rotation paths: people who moved between government bodies and SOEs.

    Each person's posts (HOLDS_POSITION) are put in career order by start date (failing
    that, end date, failing that the date of the earliest source); posts in a row at one
    organization are one stay. A move is a stay at a government body or party organ
    followed by one at an SOE, or the other way round.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The soegraph graph.
    government_types : iterable of str
        Types counted as government (default: GovernmentBody, PartyOrgan).
    soe_types : iterable of str
        Types counted as SOEs (default: CentralSOE, Company).
    direction : {'both', 'government_to_soe', 'soe_to_government'}
        Which moves to report.
    people : iterable of str, optional
        Only these person ids.

    Returns
    -------
    dict
        ``{person_id: {"path": [org_id, ...], "moves": [move, ...]}}`` for people with at
        least one move, most moves first. ``path`` is the whole career in order (every
        organization type). Each move is a dict with ``from``, ``to``, ``from_type``,
        ``to_type``, ``direction``, ``from_title``, ``to_title``, ``date`` (when the new
        post is placed) and ``sources`` (of both posts).

    Examples
    --------
    >>> g = graph_from_records(
    ...     [{"id": "person:a", "type": "Person", "name": "A"},
    ...      {"id": "org:sasac", "type": "GovernmentBody", "name": "SASAC"},
    ...      {"id": "org:x", "type": "CentralSOE", "name": "X"}],
    ...     [{"type": "HOLDS_POSITION", "source": "person:a", "target": "org:x", "title": "Chairman",
    ...       "start": "2020-01", "end": "2021-07", "sources": ["s1"]},
    ...      {"type": "HOLDS_POSITION", "source": "person:a", "target": "org:sasac", "title": "Director",
    ...       "start": "2022-12", "sources": ["s2"]}])
    >>> r = rotations(g)
    >>> r["person:a"]["path"]
    ['org:x', 'org:sasac']
    >>> move = r["person:a"]["moves"][0]
    >>> move["direction"], move["from_title"], move["to_title"], move["date"]
    ('soe_to_government', 'Chairman', 'Director', '2022-12')
    >>> rotations(g, direction="government_to_soe")
    {}
    """
    if direction not in ("both", "government_to_soe", "soe_to_government"):
        raise ValueError("direction must be 'both', 'government_to_soe' or 'soe_to_government'")
    gov, soe = set(government_types), set(soe_types)
    only = set(people) if people is not None else None
    result: dict[str, dict] = {}
    for person, posts in _posts(graph).items():
        if only is not None and person not in only:
            continue
        dated = sorted((p for p in posts if _when(p)),
                       key=lambda p: (_when(p), p.get("end") or "9999", p["org"], p.get("title") or ""))
        stays: list[dict] = []
        for post in dated:
            if stays and stays[-1]["org"] == post["org"]:
                stays[-1]["sources"] = sorted(set(stays[-1]["sources"]) | set(post["sources"]))
                continue
            stays.append(dict(post))
        moves = []
        for a, b in zip(stays, stays[1:]):
            if a["org_type"] in gov and b["org_type"] in soe:
                kind = "government_to_soe"
            elif a["org_type"] in soe and b["org_type"] in gov:
                kind = "soe_to_government"
            else:
                continue
            if direction not in ("both", kind):
                continue
            moves.append({"from": a["org"], "to": b["org"], "from_type": a["org_type"], "to_type": b["org_type"],
                          "direction": kind, "from_title": a.get("title"), "to_title": b.get("title"),
                          "date": _when(b), "sources": sorted(set(a["sources"]) | set(b["sources"]))})
        if moves:
            result[person] = {"path": [s["org"] for s in stays], "moves": moves}
    return dict(sorted(result.items(), key=lambda kv: (-len(kv[1]["moves"]), kv[0])))


# ---------------------------------------------------------------- communities


def communities(graph: nx.MultiDiGraph, *, seed: int = 42, resolution: float = 1.0, types: Iterable[str] | None = None,
                rel_types: Iterable[str] | None = None, as_of: str | None = None, weighted: bool = True,
                min_size: int = 1) -> dict[str, int]:
    """Communities of the fact graph by Louvain modularity (networkx), reproducible with ``seed``.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The soegraph graph.
    seed : int
        Random seed of Louvain (the same seed gives the same communities).
    resolution : float
        Above 1 favours smaller communities, below 1 larger ones.
    types, rel_types, as_of
        Restrict the graph first, as in :func:`fact_graph`.
    weighted : bool
        Weight ties by their number of facts.
    min_size : int
        Leave out communities smaller than this (isolated entities are communities of one).

    Returns
    -------
    dict
        ``{entity_id: community}``; communities are numbered 0, 1, ... from the largest
        (ties by their smallest id), entities sorted by community then id.

    Examples
    --------
    Two groups joined by one tie:

    >>> g = graph_from_records(
    ...     [{"id": f"org:{c}", "type": "CentralSOE", "name": c} for c in "abcdef"],
    ...     [{"type": "COOPERATES_WITH", "source": f"org:{s}", "target": f"org:{t}"}
    ...      for s, t in ["ab", "bc", "ac", "de", "ef", "df", "cd"]])
    >>> communities(g)
    {'org:a': 0, 'org:b': 0, 'org:c': 0, 'org:d': 1, 'org:e': 1, 'org:f': 1}
    """
    simple = fact_graph(graph, types=types, rel_types=rel_types, as_of=as_of)
    if simple.number_of_nodes() == 0:
        return {}
    found = nx.community.louvain_communities(simple, weight="weight" if weighted else None,
                                             resolution=resolution, seed=seed)
    groups = sorted((sorted(c) for c in found if len(c) >= min_size), key=lambda c: (-len(c), c[0]))
    labels = {node: i for i, group in enumerate(groups) for node in group}
    return dict(sorted(labels.items(), key=lambda kv: (kv[1], kv[0])))


__all__ = [
    "CENTRALITY_METHODS", "GOVERNMENT_TYPES", "SOE_TYPES", "centrality", "communities", "edge_key", "fact_graph",
    "graph_from_records", "interlock_graph", "interlocks", "rotations", "valid_on",
]
