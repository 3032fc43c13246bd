"""Ingest benchmark: ``soegraph ingest`` end to end (read, extract, write) into a local Neo4j.

    python bench/ingest.py [--docs 2000]

Generates news-like documents with bench/extract.py's generator, then ingests them twice into
an empty bench server: as soegraph does (documents written many per transaction), and, as the
baseline in the same run, one transaction per document. Prints docs/s and MB/s of each; the
last line is one JSON object.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
import time
from contextlib import redirect_stdout
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _server import BENCH_DATA_DIR, bench_database  # noqa: E402
from extract import generate  # noqa: E402


def ingest(folder: Path, group: int) -> tuple[float, str]:
    """Seconds to ingest ``folder`` into a fresh bench store with ``group`` documents per write."""
    import typer

    from soegraph.loaders import commands

    db, _ = bench_database(fresh=True)
    os.environ.update(NEO4J_URI=db.uri, NEO4J_USERNAME="neo4j", NEO4J_DATABASE="neo4j",
                      NEO4J_PASSWORD=(BENCH_DATA_DIR / "password").read_text().strip())
    db.close()
    commands.INGEST_GROUP = group
    out = io.StringIO()
    t = time.perf_counter()
    with redirect_stdout(out):
        try:
            commands.ingest_cmd([folder], no_registries=False)
        except typer.Exit:
            pass  # the summary says what failed
    return time.perf_counter() - t, out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=2_000, help="documents to generate and ingest")
    parser.add_argument("--seed", type=int, default=7, help="random seed of the generator")
    args = parser.parse_args()

    from soegraph.loaders import commands
    from soegraph.loaders.extract import Gazetteer

    folder = Path(tempfile.mkdtemp(prefix="soegraph-bench-ingest-"))
    total_bytes = generate(folder, args.docs, args.seed, Gazetteer.default())
    mb = total_bytes / 1048576
    default_group = commands.INGEST_GROUP
    grouped_s, summary = ingest(folder, default_group)
    print("\n".join(summary.strip().splitlines()[-2:]))
    print(f"ingest ({default_group} documents per write): {args.docs} docs, {mb:.1f} MB in {grouped_s:.1f} s "
          f"= {args.docs / grouped_s:.0f} docs/s, {mb / grouped_s:.2f} MB/s")
    single_s, _ = ingest(folder, 1)
    print(f"baseline, one transaction per document: {single_s:.1f} s = {args.docs / single_s:.0f} docs/s")
    print(json.dumps({"docs": args.docs, "mb": round(mb, 1), "ingest_docs_per_s": round(args.docs / grouped_s, 1),
                      "ingest_mb_per_s": round(mb / grouped_s, 2),
                      "per_document_tx_docs_per_s": round(args.docs / single_s, 1),
                      "speedup_vs_per_document": round(single_s / grouped_s, 1)}))


if __name__ == "__main__":
    main()
