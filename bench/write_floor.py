"""Write floor: how fast can this machine's Neo4j write relationships at all, whatever the writer?

    python bench/write_floor.py [--relationships 1000000] [--workers 1 2]

The load benchmark (bench/load.py) measures soegraph's writer, which keeps provenance on every
fact (sources, evidence, confidences, dates, first/last seen). This script measures what no
writer over Bolt can beat on the same machine and the same synthetic statements (the same
entities, pairs and batch size as the writer), with the simplest statements Cypher has:

- ``merge``: ``MATCH`` both ends by id, ``MERGE`` a relationship with no property at all, on a
  fresh store (the first statement of a fact creates it, restatements find it);
- ``create``: the same with ``CREATE`` (no merge semantics: restatements duplicate), fresh store.

Each runs with one writer and with concurrent writers (transactions of different relationship
types in parallel). If these are below a target, the target is out of reach on this machine
for any writer with merge semantics and provenance. The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _server import bench_database  # noqa: E402

from soegraph import synthetic  # noqa: E402
from soegraph.models import REL_TYPES  # noqa: E402
from soegraph.writer import DEFAULT_TX_ROWS, GraphWriter  # noqa: E402

STATEMENTS = {
    "merge": "UNWIND $rows AS row MATCH (a:Entity {id: row[0]}) MATCH (b:Entity {id: row[1]}) MERGE (a)-[:{T}]->(b)",
    "create": "UNWIND $rows AS row MATCH (a:Entity {id: row[0]}) MATCH (b:Entity {id: row[1]}) CREATE (a)-[:{T}]->(b)",
}


def chunks_of(n: int, size: int) -> list[tuple[str, list[list[str]]]]:
    """The synthetic documents' statements as (type, [[source id, target id], ...]) chunks."""
    by_type: dict[str, list[list[str]]] = {}
    for batch in synthetic.document_batches(n):
        for rel in batch.relations:
            by_type.setdefault(rel.type, []).append([rel.source, rel.target])
    return [(t, rows[i:i + size]) for t, rows in by_type.items() for i in range(0, len(rows), size)]


def measure(n: int, kind: str, workers: int, size: int) -> float:
    """Statements per second of ``kind`` with ``workers`` writers, on a fresh store with the entities loaded."""
    db, _ = bench_database(None, fresh=True)
    try:
        writer = GraphWriter(db)
        writer.ensure_schema()
        writer.write_many(synthetic.registry_batches(n))
        chunks = chunks_of(n, size)
        total = sum(len(rows) for _, rows in chunks)

        def write(chunk):
            rtype, rows = chunk
            if rtype not in REL_TYPES:
                raise ValueError(rtype)
            statement = STATEMENTS[kind].replace("{T}", rtype)  # the type from the closed ontology
            db.write_tx(lambda tx: tx.run(statement, rows=rows).consume())

        t = time.perf_counter()
        with ThreadPoolExecutor(max_workers=workers) as pool:
            list(pool.map(write, chunks))
        return total / (time.perf_counter() - t)
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--relationships", type=int, default=1_000_000, help="statements to write (as bench/load.py)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="numbers of concurrent writers to try")
    parser.add_argument("--tx-rows", type=int, default=DEFAULT_TX_ROWS, help="rows per transaction (the writer's default)")
    args = parser.parse_args()
    result: dict = {"relationships": args.relationships, "cores": os.cpu_count(), "tx_rows": args.tx_rows}
    for kind in STATEMENTS:
        for workers in args.workers:
            rate = measure(args.relationships, kind, workers, args.tx_rows)
            print(f"{kind:>6}, no properties, {workers} writer(s): {rate:,.0f} statements/s", flush=True)
            result[f"{kind}_no_props_x{workers}_per_s"] = round(rate)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
