"""The writer: sourced batches into Neo4j with ``UNWIND $rows`` + MERGE on stable ids.

Each transaction carries whole sources, so a failed or interrupted load never leaves a
source half-written. A source already in the graph with the same content digest is
skipped; with a different digest it is retracted first and written again. That makes a
second load a no-op and a rerun after a crash converge on the clean-load graph.
"""

from __future__ import annotations

import hashlib
import json
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator

from soegraph import cypher
from soegraph.db import Database
from soegraph.models import REL_TYPES, SYMMETRIC_RELS, Entity, Relation, SourcedBatch
from soegraph.names import normalize_name

# Relationship types whose identity includes the title: one person can hold several posts
# at one organization (general manager, then chairman).
_KEYED_BY_TITLE = frozenset({"HOLDS_POSITION", "APPOINTS"})
# Bigger transactions fold more restatements of one fact into one update (+14% at 60k vs 20k
# rows on the synthetic graph); ~50k rows keep the transaction state well under a 1 GB heap.
DEFAULT_TX_ROWS = 50_000


@dataclass
class WriteStats:
    sources_written: int = 0
    sources_skipped: int = 0
    sources_replaced: int = 0
    entities: int = 0
    relationships: int = 0
    mentions: int = 0
    skipped_ids: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def add(self, other: "WriteStats") -> None:
        for name in ("sources_written", "sources_skipped", "sources_replaced", "entities", "relationships", "mentions"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.skipped_ids.extend(other.skipped_ids)
        self.errors.extend(other.errors)


def batch_digest(batch: SourcedBatch) -> str:
    payload = batch.model_dump(mode="json", exclude_none=True)
    return "sha256:" + hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def relation_key(rel: Relation) -> str:
    if rel.type in _KEYED_BY_TITLE:
        title = rel.properties.get("title") or rel.properties.get("title_zh") or ""
        return normalize_name(str(title))
    return ""


def _entity_row(entity: Entity, src: str, authoritative: bool) -> dict:
    names = [entity.name, *( [entity.name_zh] if entity.name_zh else [] ), *entity.aliases]
    props = {k: v for k, v in entity.properties.items() if v is not None}
    return {
        "id": entity.id,
        "labels": entity.labels[1:],
        "type": entity.type,
        "name": entity.name,
        "name_zh": entity.name_zh,
        "aliases": [a for a in dict.fromkeys(entity.aliases) if a != entity.name],
        "keys": list(dict.fromkeys(k for k in (normalize_name(n) for n in names) if k)),
        "props": props,
        "src": src,
        "authoritative": authoritative,
    }


def _fact_statements(batch: SourcedBatch) -> dict[tuple, dict]:
    """One statement per distinct fact in a source (the best-supported one wins; props merge)."""
    src = batch.source.id
    best: dict[tuple, dict] = {}
    for rel in batch.relations:
        source, target = rel.source, rel.target
        if rel.type in SYMMETRIC_RELS and target < source:
            source, target = target, source
        key = (source, rel.type, relation_key(rel), target)
        stmt = {
            "props": {k: v for k, v in rel.properties.items() if v is not None} if rel.properties else {},
            "src": src,
            "evidence": rel.evidence.text if rel.evidence else "",
            "confidence": float(rel.confidence),
            "date": batch.source.date or "",
        }
        old = best.get(key)
        if old is None:
            best[key] = stmt
        elif stmt["confidence"] > old["confidence"]:
            stmt["props"] = {**old["props"], **stmt["props"]}
            best[key] = stmt
        else:
            old["props"] = {**stmt["props"], **old["props"]}
    return best


_COLUMNS = ("fact_id", "source", "target", "key", "props", "sources", "evidence", "confidences", "dates", "confidence",
            "first", "last")


def relation_columns(batches: Iterable[SourcedBatch]) -> dict[str, dict[str, list]]:
    """Parameters for merge_/create_relationships.cypher, per relationship type: one entry per distinct
    fact across these sources, in input order, each with this write's sources of it."""
    facts: dict[tuple, dict] = {}
    for batch in batches:
        for fact, stmt in _fact_statements(batch).items():
            row = facts.get(fact)
            if row is None:
                row = facts[fact] = {"props": {}, "sources": [], "evidence": [], "confidences": [], "dates": []}
            row["props"].update(stmt["props"])
            row["sources"].append(stmt["src"])
            row["evidence"].append(stmt["evidence"])
            row["confidences"].append(stmt["confidence"])
            row["dates"].append(stmt["date"])
    out: dict[str, dict[str, list]] = {}
    for (source, rtype, key, target), row in facts.items():
        cols = out.get(rtype)
        if cols is None:
            cols = out[rtype] = {name: [] for name in _COLUMNS}
        dates = [d for d in row["dates"] if d]
        for name, value in (("fact_id", fact_id(source, rtype, key, target)), ("source", source), ("target", target),
                            ("key", key), ("props", row["props"]), ("sources", row["sources"]), ("evidence", row["evidence"]),
                            ("confidences", row["confidences"]), ("dates", row["dates"]),
                            ("confidence", max(row["confidences"])), ("first", min(dates) if dates else None),
                            ("last", max(dates) if dates else None)):
            cols[name].append(value)
    return out


def statements_in(columns: dict[str, dict[str, list]]) -> int:
    """How many sourced statements these columns carry (a fact stated by three sources counts three)."""
    return sum(len(sources) for cols in columns.values() for sources in cols["sources"])


def fact_id(source: str, rtype: str, key: str, target: str) -> str:
    """A fact's natural key as one string (ids hold no '|'); the Cypher backfill in schema.cypher builds the same."""
    return f"{source}|{rtype}|{key}|{target}"


@lru_cache(maxsize=None)
def relationship_statement(name: str, rtype: str) -> str:
    """merge_relationships / create_relationships with the type written into the pattern, so
    the planner can seek the type's fact_id index (an index seek is planned even on an empty
    store, so cached plans stay good as it grows)."""
    if rtype not in REL_TYPES:
        raise ValueError(f"unknown relationship type {rtype!r}")
    return cypher.load(name).replace("$($type)", rtype)


def write_facts(tx, rtype: str, columns: dict[str, list]) -> None:
    """Merge provenance into the facts of this type that exist, create the others (one transaction)."""
    merge_statement = relationship_statement("merge_relationships", rtype)  # checks the type, too
    merge = {name: columns[name] for name in ("fact_id", "props", "sources", "evidence", "confidences", "dates")}
    found = set(tx.run(*cypher.bind(merge_statement, merge)).single()["found"])
    if len(found) == len(columns["fact_id"]):
        return
    if found:
        keep = [i for i in range(len(columns["fact_id"])) if i not in found]
        columns = {name: [values[i] for i in keep] for name, values in columns.items()}
    # CREATE takes its type as a parameter: one plan for every type (planning a statement costs
    # ~0.25 s on a fresh server), where MATCH needs the type written in to seek the index.
    tx.run(*cypher.bind(cypher.load("create_relationships"), {**columns, "type": rtype})).consume()


def _forget(tx, source_id: str) -> None:
    for statement in cypher.statements("forget_source"):
        tx.run(statement, source=source_id).consume()


@dataclass
class _Prepared:
    """One transaction's worth of rows, built from whole sources."""

    batches: list[SourcedBatch]
    digests: dict[str, str]
    doc_rows: list[dict]
    ent_rows: list[dict]
    rel_columns: dict[str, dict[str, list]]
    men_rows: list[dict]

    @classmethod
    def build(cls, batches: list[SourcedBatch], digests: dict[str, str]) -> "_Prepared":
        doc_rows, ent_rows, men_rows = [], [], []
        for batch in batches:
            src = batch.source
            authoritative = src.kind == "registry"
            touched = {e.id for e in batch.entities}
            for rel in batch.relations:
                touched.update((rel.source, rel.target))
            props = src.model_dump(exclude_none=True, exclude={"id"})
            doc_rows.append({"id": src.id, "props": props, "digest": digests[src.id], "entities": sorted(touched)})
            mentions: dict[str, int] = {}
            for entity in batch.entities:
                ent_rows.append(_entity_row(entity, src.id, authoritative))
                if entity.mentions and not authoritative:
                    mentions[entity.id] = mentions.get(entity.id, 0) + len(entity.mentions)
            men_rows.extend({"doc": src.id, "entity": eid, "count": n} for eid, n in mentions.items())
        return cls(batches, digests, doc_rows, ent_rows, relation_columns(batches), men_rows)


@dataclass
class _Group:
    """One transaction's sources, their digests, and rows for those not already loaded as they are."""

    batches: list[SourcedBatch]
    digests: dict[str, str]
    prepared: _Prepared | None
    missing: set[str]  # referred-to ids that no entity had when the rows were built


class GraphWriter:
    """Writes :class:`SourcedBatch` objects; see the module docstring for the guarantees."""

    def __init__(self, db: Database, tx_rows: int = DEFAULT_TX_ROWS):
        self.db = db
        self.tx_rows = tx_rows
        self._schema_done = False

    def ensure_schema(self) -> None:
        if self._schema_done:
            return
        # A graph without the fact_id indexes was written before facts had ids: give them
        # theirs once, rather than scanning every relationship on every load.
        old_graph = not self.db.read("SHOW INDEXES YIELD name WHERE name = 'fact_id_supervises' RETURN name")
        for statement in cypher.statements("schema"):
            self.db.write(statement)
        self.db.write("CALL db.awaitIndexes(300)")
        if old_graph:
            self.db.write("backfill_fact_ids")
        self._schema_done = True

    def write(self, batch: SourcedBatch, *, force: bool = False) -> WriteStats:
        """Write one source in one transaction."""
        return self.write_many([batch], force=force)

    def write_many(self, batches: Iterable[SourcedBatch], *, force: bool = False, reorder: bool = True) -> WriteStats:
        """Write many sources, grouped into transactions of about ``tx_rows`` rows each.

        Sources are reordered so that a source comes after those defining the entities it
        refers to; a source referring to an entity that neither the graph nor the input has
        is rejected whole (``stats.errors``) and the rest goes on. With ``reorder=False`` the
        input is streamed as given (flat memory), and each group checks its references.
        """
        self.ensure_schema()
        total = WriteStats()
        ordered = self._in_dependency_order(list(batches), total) if reorder else batches
        # A group is written in a thread while this one makes the input (parsing, extraction)
        # and the rows of the next group: the thread mostly waits on Neo4j without the GIL, so
        # the client's work and the database's overlap. One write at a time, in input order.
        with ThreadPoolExecutor(max_workers=1) as pool:
            writing = None
            for group in self._groups(ordered):
                prepared = self._prepare(group, force)
                if writing is not None:
                    total.add(writing.result())
                writing = pool.submit(self._write_group, prepared, force=force)
            if writing is not None:
                total.add(writing.result())
        return total

    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        """The ids among these that an entity in the graph has."""
        ids = set(ids)
        return ids - self.missing_ids(ids)

    def missing_ids(self, ids: Iterable[str]) -> set[str]:
        """The ids among these that no entity in the graph has."""
        ids = sorted(set(ids))
        missing: set[str] = set()
        for i in range(0, len(ids), 100_000):
            missing.update(self.db.read("missing_entities", ids=ids[i:i + 100_000])[0]["missing"])
        return missing

    def _in_dependency_order(self, batches: list[SourcedBatch], stats: WriteStats) -> list[SourcedBatch]:
        refs = {ref for b in batches for ref in b.external_refs}
        if not refs:
            return batches
        defined = refs - self.missing_ids(refs)
        ordered: list[SourcedBatch] = []
        pending = batches
        while pending:
            waiting = []
            for batch in pending:
                if all(ref in defined for ref in batch.external_refs):
                    ordered.append(batch)
                    defined.update(e.id for e in batch.entities)
                else:
                    waiting.append(batch)
            if len(waiting) == len(pending):
                for batch in waiting:
                    missing = sorted(set(batch.external_refs) - defined)
                    stats.errors.append(f"{batch.source.id}: refers to entities that do not exist: {', '.join(missing)}")
                break
            pending = waiting
        return ordered

    def _groups(self, batches: Iterable[SourcedBatch]) -> Iterator[list[SourcedBatch]]:
        group: list[SourcedBatch] = []
        rows = 0
        for batch in batches:
            size = 1 + len(batch.entities) + len(batch.relations)
            if group and rows + size > self.tx_rows:
                yield group
                group, rows = [], 0
            group.append(batch)
            rows += size
        if group:
            yield group

    def _prepare(self, batches: list[SourcedBatch], force: bool) -> _Group:
        """Digests, and rows only for the sources not loaded with the same digest: a reload
        of unchanged documents builds nothing."""
        digests = {b.source.id: batch_digest(b) for b in batches}
        loaded = {} if force else self._loaded(list(digests))
        todo = [b for b in batches if force or loaded.get(b.source.id) != digests[b.source.id]]
        here = {e.id for b in batches for e in b.entities}
        missing = self.missing_ids({ref for b in batches for ref in b.external_refs} - here)
        return _Group(batches, digests, _Prepared.build(todo, digests) if todo else None, missing)

    def _loaded(self, ids: list[str]) -> dict[str, str]:
        return {r["id"]: r["digest"] for r in self.db.read("loaded_sources", ids=ids)}

    def _write_group(self, group: _Group, *, force: bool) -> WriteStats:
        stats = WriteStats()
        # Asked again here: the group written just before may have loaded some of these sources.
        loaded = self._loaded(list(group.digests))
        replace: list[str] = []
        keep: list[SourcedBatch] = []
        for batch in group.batches:
            sid = batch.source.id
            if sid in loaded and loaded[sid] == group.digests[sid] and not force:
                stats.sources_skipped += 1
                stats.skipped_ids.append(sid)
                continue
            if sid in loaded:  # changed (or forced): retract first, so nothing is merged twice
                replace.append(sid)
            keep.append(batch)
        keep = self._drop_dangling(keep, stats, group.missing)
        if not keep:
            return stats
        prepared = group.prepared
        if prepared is None or [b.source.id for b in keep] != [b.source.id for b in prepared.batches]:
            prepared = _Prepared.build(keep, group.digests)

        def work(tx):
            for sid in replace:
                _forget(tx, sid)
            tx.run(*cypher.bind(cypher.load("write_documents"), {"rows": prepared.doc_rows})).consume()
            if prepared.ent_rows:
                tx.run(*cypher.bind(cypher.load("write_entities"), {"rows": prepared.ent_rows})).consume()
            for rtype, columns in prepared.rel_columns.items():
                write_facts(tx, rtype, columns)
            if prepared.men_rows:
                tx.run(*cypher.bind(cypher.load("write_mentions"), {"rows": prepared.men_rows})).consume()

        self.db.write_tx(work)
        stats.sources_written += len(keep)
        stats.sources_replaced += len(replace)
        stats.entities += len(prepared.ent_rows)
        stats.relationships += statements_in(prepared.rel_columns)
        stats.mentions += len(prepared.men_rows)
        return stats

    def _drop_dangling(self, todo: list[SourcedBatch], stats: WriteStats, suspects: set[str]) -> list[SourcedBatch]:
        """Reject whole sources that refer to entities neither the graph nor this group has.

        Only ``suspects`` (ids missing when the group was prepared) are asked again: the group
        written meanwhile may have made some of them."""
        here = {e.id for b in todo for e in b.entities}
        refs = {ref for b in todo for ref in b.external_refs} & suspects - here
        if not refs:
            return todo
        missing = self.missing_ids(refs)
        if not missing:
            return todo
        kept = []
        for batch in todo:
            absent = sorted(set(batch.external_refs) & missing)
            if absent:
                stats.errors.append(f"{batch.source.id}: refers to entities that do not exist: {', '.join(absent)}")
            else:
                kept.append(batch)
        return kept

    def retire_registry_rows(self, file_stem: str, current_ids: Iterable[str]) -> list[str]:
        """Forget the rows of a registry file that the file no longer has; return their ids."""
        current = set(current_ids)
        stale = [r["id"] for r in self.db.read("registry_sources", prefix=f"registry:{file_stem}#") if r["id"] not in current]
        for source_id in stale:
            self.db.write_tx(_forget, source_id)
        return stale

    def forget(self, source_id: str) -> dict:
        """Remove a source from every fact; facts and entities nothing supports any more disappear."""
        exists = self.db.read("MATCH (d:Document {id: $id}) RETURN count(d) AS n", id=source_id)[0]["n"]
        if not exists:
            from soegraph.errors import NotFound

            near = self.db.read(
                "MATCH (d:Document) WHERE d.id STARTS WITH $prefix RETURN d.id AS id ORDER BY id LIMIT 5",
                prefix=source_id.split("#")[0][:20],
            )
            raise NotFound(f"no source {source_id!r} in the graph", suggestions=[r["id"] for r in near])
        before = self._counts()
        self.db.write_tx(_forget, source_id)
        after = self._counts()
        return {k: before[k] - after[k] for k in before}

    def _counts(self) -> dict:
        row = self.db.read(
            "MATCH (n) WITH count(n) AS nodes "
            "OPTIONAL MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' RETURN nodes, count(r) AS facts"
        )[0]
        return {"nodes": row["nodes"], "facts": row["facts"]}
