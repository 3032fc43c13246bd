"""Query benchmark: p50/p95 of neighbourhood and search queries on the loaded synthetic graph.

    python bench/query.py [--relationships 1000000] [--runs 200]

Reuses the graph bench/load.py left in the bench server if it has at least that many facts,
otherwise loads one. Baseline in the same run: a plain variable-length Cypher pattern for the
2-hop neighbourhood (no label, no cap during the walk, no facts). Centres are random
organizations (most are small subsidiaries whose parent group puts 500 entities within two hops)
and, separately, central SOEs. The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _server import bench_database  # noqa: E402

from soegraph import read, synthetic  # noqa: E402
from soegraph.writer import GraphWriter  # noqa: E402

# sourced statements in the graph (a fact restated by three documents counts three), as bench/load.py counts them
STATEMENTS = "MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' RETURN sum(size(r.sources)) AS n"
NAIVE_2HOP = """
MATCH (c:Entity {id: $id})-[*1..2]-(n)
RETURN DISTINCT n.id AS id LIMIT 500
"""


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return round(values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] * 1000, 2)


def timed(fn, args_list) -> list[float]:
    out = []
    for args in args_list:
        t = time.perf_counter()
        fn(*args)
        out.append(time.perf_counter() - t)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--relationships", type=int, default=1_000_000, help="size of the graph to query")
    parser.add_argument("--runs", type=int, default=200, help="queries of each kind")
    parser.add_argument("--uri", help="query this Neo4j instead of the bench server")
    args = parser.parse_args()

    db, _ = bench_database(args.uri)
    have = db.read(STATEMENTS)[0]["n"]
    if have < args.relationships * 0.9:
        db.close()
        db, _ = bench_database(args.uri, fresh=not args.uri)
        writer = GraphWriter(db)
        writer.write_many(synthetic.registry_batches(args.relationships))
        writer.write_many(synthetic.document_batches(args.relationships), reorder=False)
        have = db.read(STATEMENTS)[0]["n"]
    orgs, people, _ = synthetic.sizes(args.relationships)
    rng = random.Random(1)
    centres = [(f"org:synthetic-{rng.randrange(orgs)}",) for _ in range(args.runs)]
    # the hubs a policy watcher starts from: central SOEs (about a hundred, thousands of facts each)
    hubs = [(f"org:synthetic-{rng.randrange(synthetic.BODIES, synthetic.BODIES + synthetic.CENTRAL_SOES)}",)
            for _ in range(args.runs)]
    names = [(f"Synthetic Organization {rng.randrange(orgs)}",) for _ in range(args.runs // 2)] + \
            [(f"合成机构{rng.randrange(orgs)}",) for _ in range(args.runs // 2)]

    # warm-up: plans and page cache
    for c in centres[:20]:
        read.neighbourhood(db, c[0], depth=2, limit=500)
        db.read(NAIVE_2HOP, id=c[0])
    for n in names[:20]:
        read.search(db, n[0], limit=10)

    sizes, facts = [], []

    def hood(cid):
        graph = read.neighbourhood(db, cid, depth=2, limit=500)
        sizes.append(len(graph.nodes))
        facts.append(len(graph.relationships))

    hood_t = timed(hood, centres)
    hub_t = timed(lambda cid: read.neighbourhood(db, cid, depth=2, limit=500), hubs)
    naive_t = timed(lambda cid: db.read(NAIVE_2HOP, id=cid), centres)
    search_t = timed(lambda q: read.search(db, q, limit=10), names)
    entity_t = timed(lambda q: read.entity(db, q), names)

    result = {
        "statements_in_graph": have,
        "facts_in_graph": db.read("MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' RETURN count(r) AS n")[0]["n"],
        "runs": args.runs,
        "neighbourhood_2hop_nodes_median": statistics.median(sizes),
        "neighbourhood_2hop_p50_ms": pct(hood_t, 50),
        "neighbourhood_2hop_p95_ms": pct(hood_t, 95),
        "neighbourhood_2hop_facts_median": statistics.median(facts),
        "neighbourhood_2hop_from_central_soe_p50_ms": pct(hub_t, 50),
        "neighbourhood_2hop_from_central_soe_p95_ms": pct(hub_t, 95),
        "naive_2hop_p50_ms": pct(naive_t, 50),
        "naive_2hop_p95_ms": pct(naive_t, 95),
        "search_p50_ms": pct(search_t, 50),
        "search_p95_ms": pct(search_t, 95),
        "entity_by_name_p50_ms": pct(entity_t, 50),
        "entity_by_name_p95_ms": pct(entity_t, 95),
    }
    for key, value in result.items():
        print(f"{key:>34}: {value}")
    db.close()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
