"""Snapshots out of and back into Neo4j: JSON (re-importable), GraphML and GEXF (Gephi), CSV (neo4j-admin import).

The JSON snapshot is also what ``SoeGraph.from_snapshot`` reads offline::

    {"format": "soegraph-snapshot", "version": 1,
     "nodes": [{"id", "labels", "properties"}],            # sorted by id
     "relationships": [{"type", "source", "target", "properties"}]}   # sorted by type, source, target, key
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import networkx as nx

from soegraph.db import Database
from soegraph.errors import ValidationFailed
from soegraph.read import public_properties

FORMAT = "soegraph-snapshot"
VERSION = 1
FORMATS = ("json", "graphml", "gexf", "csv")
_LABEL_ORDER = ("Entity", "Document")


def _sorted_labels(labels: list[str]) -> list[str]:
    """Primary label first (Entity or Document), then the rest alphabetically: stable exports."""
    first = [lab for lab in _LABEL_ORDER if lab in labels]
    return first + sorted(lab for lab in labels if lab not in _LABEL_ORDER)


def snapshot(db: Database) -> dict:
    nodes = [{"id": r["id"], "labels": _sorted_labels(r["labels"]), "properties": dict(sorted(r["properties"].items()))}
             for r in db.read("export_nodes")]
    rels = [{"type": r["type"], "source": r["source"], "target": r["target"],
             "properties": public_properties(r["properties"])} for r in db.read("export_relationships")]
    return {"format": FORMAT, "version": VERSION, "nodes": nodes, "relationships": rels}


def snapshot_to_networkx(snap: dict) -> nx.MultiDiGraph:
    """A MultiDiGraph keyed by node id; edges keyed by relationship type, attributes as stored."""
    graph = nx.MultiDiGraph()
    for node in snap["nodes"]:
        graph.add_node(node["id"], labels=node["labels"], **node["properties"])
    for rel in snap["relationships"]:
        props = dict(rel["properties"])
        rel_key = props.pop("key", "") or ""
        key = f"{rel['type']}:{rel_key}" if rel_key else rel["type"]
        graph.add_edge(rel["source"], rel["target"], key=key, type=rel["type"], rel_key=rel_key, **props)
    return graph


def to_networkx(db: Database) -> nx.MultiDiGraph:
    return snapshot_to_networkx(snapshot(db))


def _flat(value: Any) -> Any:
    """GraphML/GEXF hold scalars only: lists become ' | '-joined strings, None is dropped."""
    if isinstance(value, (list, tuple)):
        return " | ".join("" if v is None else str(v) for v in value)
    return value


def _flat_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    flat = nx.MultiDiGraph()
    for nid, data in graph.nodes(data=True):
        attrs = {k: _flat(v) for k, v in data.items() if v is not None and k != "id"}
        attrs["label"] = data.get("name") or data.get("title") or nid
        flat.add_node(nid, **attrs)
    for s, t, k, data in graph.edges(keys=True, data=True):
        flat.add_edge(s, t, key=k, **{a: _flat(v) for a, v in data.items() if v is not None and a != "id"})
    return flat


def write(db: Database, fmt: str, path: Path) -> dict:
    """Export the whole graph; returns counts."""
    if fmt not in FORMATS:
        raise ValidationFailed(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    snap = snapshot(db)
    path = Path(path)
    if fmt == "json":
        path.write_text(json.dumps(snap, ensure_ascii=False, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    elif fmt == "graphml":
        nx.write_graphml(_flat_graph(snapshot_to_networkx(snap)), path)
    elif fmt == "gexf":
        nx.write_gexf(_flat_graph(snapshot_to_networkx(snap)), path)
    else:
        write_csv(snap, path)
    return {"nodes": len(snap["nodes"]), "relationships": len(snap["relationships"])}


# ------------------------------------------------------------------ CSV for neo4j-admin import

_ARRAY_DELIM = ";"


def _csv_type(values: list[Any]) -> str:
    sample = next((v for v in values if v is not None), None)
    if isinstance(sample, bool):
        return "boolean"
    if isinstance(sample, int):
        return "long"
    if isinstance(sample, float):
        return "double"
    if isinstance(sample, list):
        inner = next((x for v in values if isinstance(v, list) for x in v if x is not None), "")
        return ("double[]" if isinstance(inner, float) else "long[]" if isinstance(inner, int) and not isinstance(inner, bool) else "string[]")
    return "string"


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return _ARRAY_DELIM.join("" if v is None else str(v).replace(_ARRAY_DELIM, ",") for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def write_csv(snap: dict, directory: Path) -> None:
    """``nodes.csv`` and ``relationships.csv`` with neo4j-admin import headers (array delimiter ';').

    Load with: ``neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv --array-delimiter=';'``
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    node_keys = sorted({k for n in snap["nodes"] for k in n["properties"] if k != "id"})
    node_types = {k: _csv_type([n["properties"].get(k) for n in snap["nodes"]]) for k in node_keys}
    with open(directory / "nodes.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id:ID", ":LABEL", *[f"{k}:{node_types[k]}" for k in node_keys]])
        for n in snap["nodes"]:
            w.writerow([n["id"], _ARRAY_DELIM.join(n["labels"]), *[_csv_value(n["properties"].get(k)) for k in node_keys]])
    rel_keys = sorted({k for r in snap["relationships"] for k in r["properties"]})
    rel_types = {k: _csv_type([r["properties"].get(k) for r in snap["relationships"]]) for k in rel_keys}
    with open(directory / "relationships.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow([":START_ID", ":END_ID", ":TYPE", *[f"{k}:{rel_types[k]}" for k in rel_keys]])
        for r in snap["relationships"]:
            w.writerow([r["source"], r["target"], r["type"], *[_csv_value(r["properties"].get(k)) for k in rel_keys]])


# ------------------------------------------------------------------ import


def read_snapshot(path: Path) -> dict:
    path = Path(path)
    try:
        snap = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationFailed(f"{path}: cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise ValidationFailed(f"{path}: line {exc.lineno}: not JSON ({exc.msg})") from None
    if not isinstance(snap, dict) or snap.get("format") != FORMAT:
        raise ValidationFailed(f"{path}: not a soegraph snapshot (no \"format\": \"{FORMAT}\")")
    if snap.get("version") != VERSION:
        raise ValidationFailed(f"{path}: snapshot version {snap.get('version')} is not supported (expected {VERSION})")
    for i, node in enumerate(snap.get("nodes", [])):
        if not node.get("id") or not node.get("labels"):
            raise ValidationFailed(f"{path}: node {i}: missing id or labels")
    ids = {n["id"] for n in snap["nodes"]}
    for i, rel in enumerate(snap.get("relationships", [])):
        if rel.get("source") not in ids or rel.get("target") not in ids:
            raise ValidationFailed(f"{path}: relationship {i} ({rel.get('type')}): points to a missing node")
    return snap


def import_snapshot(db: Database, path: Path, chunk: int = 10_000) -> dict:
    """Load a JSON snapshot (nodes merged by id, relationships by type and key). Idempotent."""
    from soegraph.writer import GraphWriter

    snap = read_snapshot(path)
    GraphWriter(db).ensure_schema()
    nodes, rels = snap["nodes"], snap["relationships"]
    for i in range(0, len(nodes), chunk):
        db.write("import_nodes", rows=nodes[i:i + chunk])
    for i in range(0, len(rels), chunk):
        db.write("import_relationships", rows=rels[i:i + chunk])
    return {"nodes": len(nodes), "relationships": len(rels)}
