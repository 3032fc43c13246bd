"""CLI commands for documents: ``soegraph extract``, ``soegraph eval`` and ``soegraph ingest``.

Plain functions with typer annotations; ``register(app)`` adds them to the main CLI.
"""

from __future__ import annotations

import json
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from functools import partial
from typing import Annotated, Optional

import typer

__all__ = ["register", "extract_cmd", "eval_cmd", "ingest_cmd", "find_document", "default_gold_paths"]

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
SHARED = REPO.parent / "shared"


def _err(msg: str) -> None:
    print(msg, file=sys.stderr)


@lru_cache(maxsize=1)
def _gazetteer():
    """The registries' gazetteer, built once per process."""
    from soegraph.loaders.extract import Gazetteer

    return Gazetteer.default()


def _skip_note(msg: str) -> None:
    _err(f"note: {msg}")


# --------------------------------------------------------------------------- extract

JOBS_HELP = "Worker processes that extract (0: one per core). Output and its order are the same for any number."


def _extracted(item, as_json: bool = False):
    """``(extraction, None)`` or ``(None, error line)`` for one item of ``iter_documents``; with
    ``as_json`` the extraction as its JSON line. Module-level: ``--jobs`` runs it in workers."""
    from soegraph.errors import DocumentError
    from soegraph.loaders.extract import extract

    if isinstance(item, DocumentError):
        return None, str(item)
    try:
        x = extract(item, _gazetteer())
    except DocumentError as exc:
        return None, str(exc)
    except Exception as exc:  # a bug on one document must not stop the rest
        return None, f"{item.path}: extraction failed ({type(exc).__name__}: {exc})"
    if as_json:  # (a line of text crosses from a worker far faster than the models)
        return json.dumps(x.to_json_dict(), ensure_ascii=False), None
    return x, None


def _extractions(paths: list[Path], jobs: int, as_json: bool = False):
    """``(item, (extraction, error))`` for every document under ``paths``, in reading order."""
    from soegraph.errors import DocumentError
    from soegraph.loaders.parallel import job_count, ordered_map
    from soegraph.loaders.readers import iter_documents

    items = iter_documents([str(p) for p in paths], on_skip=_skip_note)
    return ordered_map(partial(_extracted, as_json=as_json), items, jobs=job_count(jobs),
                       remote=lambda item: not isinstance(item, DocumentError), prepare=_gazetteer)


def extract_cmd(
    paths: list[Path] = typer.Argument(..., help="Files or folders to read (.txt, .md, .html, .htm, .pdf; folders recursively)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object per document (JSON Lines), the contract in ontology.md."),
    jobs: Annotated[int, typer.Option("--jobs", "-j", help=JOBS_HELP)] = 1,
) -> None:
    """Extract entities and relations from documents, offline. Exit code 1 if any file failed."""
    from rich.console import Console
    from rich.table import Table

    failed: list[str] = []
    rows = []
    for item, (x, error) in _extractions(paths, jobs, as_json):
        if error is not None:
            failed.append(error)
            _err(f"error: {error}")
            continue
        if as_json:
            sys.stdout.write(x + "\n")
            sys.stdout.flush()
        else:
            types: dict[str, int] = {}
            for r in x.relations:
                types[r.type] = types.get(r.type, 0) + 1
            rows.append((item.path or "", item.document.language or "", len(x.entities), len(x.relations),
                         ", ".join(f"{k} {v}" for k, v in sorted(types.items()))))
    if not as_json:
        table = Table(title="soegraph extract")
        for col in ("document", "lang", "entities", "relations", "relation types"):
            table.add_column(col, overflow="fold")
        for path, lang, ne, nr, types_s in rows:
            table.add_row(path, lang, str(ne), str(nr), types_s)
        Console(highlight=False).print(table)
        print(f"{len(rows)} documents extracted, {len(failed)} failed")
    if failed:
        raise typer.Exit(1)


# --------------------------------------------------------------------------- eval

def default_gold_paths() -> list[Path]:
    """The project's samples, and ../shared/eval when it is there."""
    out = sorted((SAMPLES / "eval").glob("*.gold.json"))
    if (SHARED / "eval").is_dir():
        out += sorted((SHARED / "eval").glob("*.gold.json"))
    return out


def find_document(gold_path: Path, name: str, corpus: Optional[Path]) -> Path | None:
    """Where a gold file's document is: --corpus, ../corpus beside the gold folder, ../shared/corpus, samples/corpus."""
    cands = []
    if corpus is not None:
        cands.append(corpus)
    cands += [gold_path.resolve().parent.parent / "corpus", SHARED / "corpus", SAMPLES / "corpus"]
    for c in cands:
        p = c / name
        if p.exists():
            return p
    return None


def _gold_files(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out += sorted(p.glob("*.gold.json"))
        else:
            out.append(p)
    return out


def eval_cmd(
    gold: Optional[list[Path]] = typer.Argument(None, help="Gold files or folders of *.gold.json (default: samples/eval and ../shared/eval)."),
    corpus: Optional[Path] = typer.Option(None, "--corpus", help="Folder holding the documents the gold files name (default: ../corpus beside each gold folder, ../shared/corpus, samples/corpus)."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as one JSON object."),
    details: bool = typer.Option(False, "--details", help="List missed and spurious entities and relations per document."),
) -> None:
    """Score extraction against gold annotations: P/R/F1 for entities and relations, micro-averaged."""
    from rich.console import Console
    from rich.table import Table

    from soegraph.errors import DocumentError
    from soegraph.loaders.evaluate import evaluate, load_gold
    from soegraph.loaders.extract import extract
    from soegraph.loaders.readers import read_document

    files = _gold_files(gold or default_gold_paths())
    if not files:
        _err("error: no gold files found")
        raise typer.Exit(1)
    gaz = _gazetteer()
    preds = {}
    problems = []
    for gp in files:
        try:
            name = load_gold(gp)["document"]
        except (OSError, ValueError) as exc:
            problems.append(f"{gp}: {exc}")
            continue
        doc_path = find_document(gp, name, corpus)
        if doc_path is None:
            problems.append(f"{gp}: document {name} not found")
            continue
        try:
            preds[name] = extract(read_document(doc_path), gaz)
        except DocumentError as exc:
            problems.append(str(exc))
    files = [f for f in files if not any(str(f) in p for p in problems if p.startswith(str(f)))]
    report = evaluate(preds, files)
    if as_json:
        print(json.dumps({**report.as_dict(), "problems": problems}, ensure_ascii=False))
    else:
        con = Console(highlight=False)
        table = Table(title="soegraph eval")
        for col in ("document", "ent P", "ent R", "ent F1", "rel P", "rel R", "rel F1"):
            table.add_column(col, overflow="fold")
        for d in report.documents:
            e, r = d.entities, d.relations
            table.add_row(d.document, f"{e.precision:.2f}", f"{e.recall:.2f}", f"{e.f1:.2f}",
                          f"{r.precision:.2f}", f"{r.recall:.2f}", f"{r.f1:.2f}")
        e, r = report.entities, report.relations
        table.add_row("micro-average", f"{e.precision:.3f}", f"{e.recall:.3f}", f"{e.f1:.3f}",
                      f"{r.precision:.3f}", f"{r.recall:.3f}", f"{r.f1:.3f}", style="bold")
        con.print(table)
        if details:
            for d in report.documents:
                lines = ([f"  missed entity: {x}" for x in d.missed_entities]
                         + [f"  spurious entity: {x}" for x in d.spurious_entities]
                         + [f"  missed relation: {x}" for x in d.missed_relations]
                         + [f"  spurious relation: {x}" for x in d.spurious_relations])
                if lines:
                    print(d.document)
                    print("\n".join(lines))
        print(f"entities: P {e.precision:.3f} R {e.recall:.3f} F1 {e.f1:.3f}; "
              f"relations: P {r.precision:.3f} R {r.recall:.3f} F1 {r.f1:.3f} ({len(report.documents)} documents)")
    for p in problems:
        _err(f"error: {p}")
    if problems:
        raise typer.Exit(1)


# --------------------------------------------------------------------------- ingest

# Documents written per call to the writer: one round trip per document would make the
# database, not extraction, the limit; the writer still keeps every document whole.
INGEST_GROUP = 200


@dataclass
class IngestCounts:
    documents: int = 0
    unchanged: int = 0
    updated: int = 0
    new_entities: int = 0
    updated_entities: int = 0
    facts: int = 0


def _write_documents(writer, pending: list[tuple[str, "SourcedBatch"]], counts: IngestCounts) -> list[str]:
    """Write extracted documents (whole, in as few transactions as fit); count them; return errors by file."""
    if not pending:
        return []
    from neo4j.exceptions import Neo4jError

    from soegraph.errors import ConnectionFailed, SoegraphError

    existing = writer.existing_ids({e.id for _, batch in pending for e in batch.entities})
    try:
        stats = writer.write_many([batch for _, batch in pending], reorder=False)
    except ConnectionFailed:
        raise
    except (SoegraphError, Neo4jError) as exc:
        return [f"{path}: not written: {exc}" for path, _ in pending]
    rejected = {e.split(": ", 1)[0]: e.split(": ", 1)[1] for e in stats.errors}
    skipped = set(stats.skipped_ids)
    errors = []
    for path, batch in pending:  # in input order, so an entity new to this group counts as new once
        sid = batch.source.id
        if sid in rejected:
            errors.append(f"{path}: {rejected[sid]}")
            continue
        counts.documents += 1
        if sid in skipped:
            counts.unchanged += 1
            continue
        ids = {e.id for e in batch.entities}
        counts.new_entities += len(ids - existing)
        counts.updated_entities += len(ids & existing)
        existing |= ids
    counts.updated += stats.sources_replaced
    counts.facts += stats.relationships
    return errors

def ingest_cmd(
    paths: list[Path] = typer.Argument(..., help="Files or folders to read, extract and load into Neo4j."),
    no_registries: bool = typer.Option(False, "--no-registries", help="Do not load the curated registries, even if the graph lacks them."),
    jobs: Annotated[int, typer.Option("--jobs", "-j", help=JOBS_HELP)] = 1,
) -> None:
    """Extract documents and load them into Neo4j, whole documents per transaction. Exit code 1 if any file failed."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from soegraph.db import connect
    from soegraph.models import SourcedBatch
    from soegraph.writer import GraphWriter

    errors: list[str] = []
    counts = IngestCounts()
    with connect() as db:
        writer = GraphWriter(db)
        writer.ensure_schema()
        if not no_registries and not writer.existing_ids(["org:sasac"]):
            from soegraph.loaders.registry import load_registries

            load = load_registries()
            stats = writer.write_many(load.batches)
            print(f"registries loaded: {stats.sources_written} rows, {stats.entities} entity and "
                  f"{stats.relationships} fact statements")
            errors += [f"registry: {e}" for e in (load.errors + stats.errors)]
        progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                            transient=False, disable=not sys.stderr.isatty())
        pending: list[tuple[str, SourcedBatch]] = []
        # A group is written in a thread while this one reads and extracts the next: the
        # writing thread mostly waits on Neo4j, so extraction and the database overlap.
        # One group at a time, in input order.
        pool = ThreadPoolExecutor(max_workers=1)
        writing: Future | None = None

        def write_next(group: list[tuple[str, SourcedBatch]]) -> None:
            nonlocal writing
            if writing is not None:
                errors.extend(writing.result())
            writing = pool.submit(_write_documents, writer, group, counts) if group else None

        with progress, pool:
            task = progress.add_task("ingest", total=None)
            for item, (x, error) in _extractions(paths, jobs):
                progress.advance(task)
                if error is not None:
                    errors.append(error)
                    continue
                try:
                    pending.append((str(item.path), SourcedBatch(source=x.document, entities=x.entities,
                                                                 relations=x.relations)))
                except Exception as exc:  # one bad document must not stop the rest
                    errors.append(f"{item.path}: {type(exc).__name__}: {exc}")
                if len(pending) >= INGEST_GROUP:
                    write_next(pending)
                    pending = []
            write_next(pending)
            write_next([])
        docs, unchanged, updated = counts.documents, counts.unchanged, counts.updated
        new_ents, upd_ents, facts = counts.new_entities, counts.updated_entities, counts.facts
    print(f"documents: {docs} loaded ({unchanged} unchanged, {updated} updated), {len(errors)} failed")
    print(f"entities: {new_ents} new, {upd_ents} updated; facts: {facts} statements")
    for e in errors:
        _err(f"error: {e}")
    if errors:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add ``extract``, ``eval`` and ``ingest`` to the soegraph CLI."""
    app.command("extract")(extract_cmd)
    app.command("eval")(eval_cmd)
    app.command("ingest")(ingest_cmd)
