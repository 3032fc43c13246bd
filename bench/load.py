"""Load benchmark: the batched writer against one transaction per row, and against py2neo.

    python bench/load.py --relationships 1000000

Generates a synthetic governance graph (graph/synthetic.py), loads it into a dedicated
local Neo4j, and measures on the same data in the same run:
- the writer (UNWIND batches + MERGE with provenance merging), streamed;
- one transaction per relationship row (same Cypher, rows of one), on a sample, extrapolated;
- py2neo's bulk ``merge_relationships`` (if py2neo can be installed; it is end-of-life and
  only a baseline here), on a sample.
Prints figures; the last line is one JSON object.
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _server import bench_database, bench_password, rss_mb, wipe  # noqa: E402

from soegraph import cypher, synthetic  # noqa: E402
from soegraph.writer import DEFAULT_TX_ROWS, GraphWriter, relation_columns, write_facts  # noqa: E402


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def time_generation(n: int, shape: str) -> float:
    t = time.perf_counter()
    for _ in synthetic.document_batches(n, shape=shape):
        pass
    return time.perf_counter() - t


def per_row_baseline(db, n: int, sample: int, shape: str) -> float:
    """One write transaction per fact, the writer's Cypher with columns of one, on a sample of
    new documents stating facts of the same world (so most facts exist and get merged)."""
    rows = []
    for batch in synthetic.document_batches(n, seed=99, shape=shape):
        for rtype, cols in relation_columns([batch]).items():
            rows.extend((rtype, {name: [values[i]] for name, values in cols.items()}) for i in range(len(cols["source"])))
        if len(rows) >= sample:
            break
    rows = rows[:sample]
    t = time.perf_counter()
    for rtype, cols in rows:
        db.write_tx(write_facts, rtype, cols)
    return len(rows) / (time.perf_counter() - t)


def py2neo_baseline(uri: str, password: str, n: int, sample: int, shape: str) -> tuple[float | None, str]:
    """py2neo's bulk merge, if it installs and can talk to Neo4j 5; else (None, reason)."""
    target = Path(tempfile.gettempdir()) / "soegraph-bench-py2neo"
    if not (target / "py2neo").is_dir():
        proc = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--target", str(target), "py2neo"],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            return None, "py2neo could not be installed: " + proc.stderr.strip().splitlines()[-1][:200]
    code = f"""
import sys, time, json
sys.path.insert(0, {str(target)!r})
from py2neo import Graph
from py2neo.bulk import merge_relationships
sys.path.insert(0, {str(Path(__file__).resolve().parents[1])!r})
from soegraph import synthetic
g = Graph({uri!r}, auth=("neo4j", {password!r}))
data = {{}}
n = 0
for b in synthetic.document_batches({n}, seed=5, shape={shape!r}):
    for r in b.relations:
        data.setdefault(r.type, []).append((r.source, {{"sources": [b.source.id], "evidence": [r.evidence.text], "confidence": r.confidence}}, r.target))
        n += 1
    if n >= {sample}:
        break
t = time.perf_counter()
for rtype, rows in data.items():
    for i in range(0, len(rows), 5000):
        tx = g.begin()
        merge_relationships(tx, rows[i:i + 5000], rtype, start_node_key=("Entity", "id"), end_node_key=("Entity", "id"))
        g.commit(tx)
print(json.dumps({{"rate": n / (time.perf_counter() - t)}}))
"""
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=1800)
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["unknown error"])[-1]
        return None, f"py2neo failed against Neo4j 5: {last[:200]}"
    return json.loads(proc.stdout.strip().splitlines()[-1])["rate"], "ok"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--relationships", type=int, default=100_000, help="facts to load (up to 1M)")
    parser.add_argument("--per-row-sample", type=int, default=2_000, help="rows for the per-row baseline")
    parser.add_argument("--py2neo-sample", type=int, default=100_000, help="rows for the py2neo baseline")
    parser.add_argument("--tx-rows", type=int, default=DEFAULT_TX_ROWS, help="rows per writer transaction")
    parser.add_argument("--shape", choices=("governance", "uniform"), default="governance",
                        help="governance: the real graph's shape, facts restated across documents; "
                             "uniform: every fact a new random pair (denser, nothing merges)")
    parser.add_argument("--no-py2neo", action="store_true", help="skip the py2neo baseline")
    parser.add_argument("--uri", help="use this Neo4j instead of a dedicated local one (it is wiped!)")
    args = parser.parse_args()
    n = args.relationships

    db, pid = bench_database(args.uri, fresh=not args.uri)
    password = bench_password(args.uri)
    if args.uri:
        wipe(db)
    writer = GraphWriter(db, tx_rows=args.tx_rows)
    writer.ensure_schema()

    gen_s = time_generation(n, args.shape)
    print(f"generating {n:,} facts as pydantic batches alone: {gen_s:.1f}s (subtracted below)")

    t = time.perf_counter()
    ent_stats = writer.write_many(synthetic.registry_batches(n))
    ent_s = time.perf_counter() - t
    print(f"entities: {ent_stats.entities:,} in {ent_s:.1f}s")

    t = time.perf_counter()
    stats = writer.write_many(synthetic.document_batches(n, shape=args.shape), reorder=False)
    total_s = time.perf_counter() - t
    write_s = max(total_s - gen_s, 1e-9)
    assert not stats.errors, stats.errors[:3]
    writer_rate = stats.relationships / write_s
    print(f"writer: {stats.relationships:,} facts from {stats.sources_written:,} documents in {total_s:.1f}s "
          f"({write_s:.1f}s writing): {writer_rate:,.0f} facts/s")

    t = time.perf_counter()
    again = writer.write_many(synthetic.document_batches(n, shape=args.shape), reorder=False)
    reload_s = time.perf_counter() - t
    print(f"reload of the same documents (all skipped): {again.sources_skipped:,} in {reload_s:.1f}s")

    per_row = per_row_baseline(db, n, args.per_row_sample, args.shape)
    print(f"one transaction per row ({args.per_row_sample:,} rows): {per_row:,.0f} facts/s")

    py2neo_rate, note = (None, "skipped") if args.no_py2neo else py2neo_baseline(db.uri, password, n, args.py2neo_sample, args.shape)
    print(f"py2neo bulk merge: {py2neo_rate and f'{py2neo_rate:,.0f} facts/s'} ({note})")

    counts = db.read("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]
    result = {
        "relationships": n,
        "shape": args.shape,
        "relationships_in_graph": counts,
        "writer_rels_per_s": round(writer_rate),
        "per_row_rels_per_s": round(per_row),
        "speedup_vs_per_row": round(writer_rate / per_row, 1),
        "py2neo_rels_per_s": round(py2neo_rate) if py2neo_rate else None,
        "speedup_vs_py2neo": round(writer_rate / py2neo_rate, 2) if py2neo_rate else None,
        "reload_s": round(reload_s, 1),
        "entities_s": round(ent_s, 1),
        "peak_rss_mb": peak_rss_mb(),
        "neo4j_rss_mb": rss_mb(pid),
    }
    db.close()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
