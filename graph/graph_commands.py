"""CLI commands over the graph itself: init, registry load, forget, export, import, stats."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    registry_app = typer.Typer(help="The curated registries: SASAC, the bodies around it, central SOEs, leaders.",
                               no_args_is_help=True)
    app.add_typer(registry_app, name="registry")

    @app.command()
    def init() -> None:
        """Apply the schema (constraints, indexes, full-text index) to the configured Neo4j. Idempotent."""
        from soegraph.db import connect
        from soegraph.writer import GraphWriter

        with connect() as db:
            GraphWriter(db).ensure_schema()
            print(f"schema applied to {db.uri} (database {db.database})")

    @registry_app.command("load")
    def registry_load(
        paths: Optional[list[Path]] = typer.Argument(None, help="Registry files or folders (default: the shipped registries)."),
        check: bool = typer.Option(False, "--check", help="Validate only; write nothing."),
    ) -> None:
        """Validate the registries and load them with provenance registry:<file>#<row>. Loading twice changes nothing."""
        from soegraph.loaders.registry import load_registries

        load = load_registries(paths or None)
        for warning in load.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        for error in load.errors:
            print(f"error: {error}", file=sys.stderr)
        for name, n in load.counts.items():
            status = "FAILED" if name in load.failed_files else "ok"
            print(f"{name}: {n} rows {status}")
        if not check:
            from soegraph.db import connect
            from soegraph.writer import GraphWriter

            with connect() as db:
                writer = GraphWriter(db)
                stats = writer.write_many(load.batches)
                # Rows deleted from a file that loaded cleanly are retracted, with what only they supported.
                by_file: dict[str, set[str]] = {}
                for batch in load.batches:
                    stem = batch.source.id.split(":", 1)[1].split("#", 1)[0]
                    by_file.setdefault(stem, set()).add(batch.source.id)
                retired = [sid for stem, ids in sorted(by_file.items()) for sid in writer.retire_registry_rows(stem, ids)]
            for sid in retired:
                print(f"retracted {sid} (no longer in its file)")
            for error in stats.errors:
                print(f"error: {error}", file=sys.stderr)
            print(f"loaded {stats.sources_written} rows ({stats.sources_skipped} unchanged, "
                  f"{stats.sources_replaced} updated): {stats.entities} entity and {stats.relationships} fact statements")
            if stats.errors:
                raise typer.Exit(1)
        if load.errors:
            raise typer.Exit(1)

    @app.command()
    def forget(
        source_id: str = typer.Argument(..., help="A source id: sha256:... for a document, registry:<file>#<row> for a registry row."),
    ) -> None:
        """Remove a source from every fact; facts and entities nothing else supports disappear."""
        from soegraph.db import connect
        from soegraph.errors import NotFound
        from soegraph.writer import GraphWriter

        with connect() as db:
            try:
                removed = GraphWriter(db).forget(source_id)
            except NotFound as exc:
                hint = f" (did you mean: {', '.join(exc.suggestions)})" if exc.suggestions else ""
                raise NotFound(f"{exc}{hint}") from None
        print(f"forgot {source_id}: {removed['facts']} facts and {removed['nodes'] - 1} entities removed")

    @app.command("export")
    def export_cmd(
        fmt: str = typer.Option("json", "--format", "-f", help="json (re-importable snapshot), graphml, gexf (Gephi) or csv (neo4j-admin import; PATH is a folder)."),
        output: Path = typer.Option(..., "--output", "-o", help="File to write (a folder for csv)."),
    ) -> None:
        """Export the whole graph."""
        from soegraph import export
        from soegraph.db import connect

        with connect() as db:
            counts = export.write(db, fmt, output)
        print(f"wrote {counts['nodes']} nodes and {counts['relationships']} relationships to {output} ({fmt})")

    @app.command("import")
    def import_cmd(path: Path = typer.Argument(..., help="A JSON snapshot written by 'soegraph export --format json'.")) -> None:
        """Load a JSON snapshot into the configured Neo4j (merging by id: importing twice changes nothing)."""
        from soegraph import export
        from soegraph.db import connect

        with connect() as db:
            counts = export.import_snapshot(db, path)
        print(f"imported {counts['nodes']} nodes and {counts['relationships']} relationships from {path}")

    @app.command()
    def stats() -> None:
        """Count entities by type and relationships by type."""
        from soegraph import read
        from soegraph.db import connect

        with connect() as db:
            rows = read.stats(db)
        for row in rows:
            print(f"{row['kind']:<13} {row['name']:<18} {row['n']:>9}")
