"""Start-up time and memory of the managed local Neo4j (median of N cold starts).

    python bench/server.py [--runs 3]

Each run starts the server in a fresh data dir, waits until Bolt answers with auth, reads
the JVM's resident memory, then stops it. Baseline in the same run: a restart on an existing
store (warm start). The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import shutil
import socket
import statistics
import tempfile
import time
from pathlib import Path

import psutil

from soegraph import server
from soegraph.settings import Settings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def one_start(data_dir: Path, port: int) -> tuple[float, float, float]:
    settings = Settings(neo4j_uri=None, soegraph_data_dir=data_dir)
    t = time.perf_counter()
    server.start(settings, port=port, data_dir=data_dir, log=lambda m: None)
    elapsed = time.perf_counter() - t
    pid = server.running_pid(data_dir)
    rss = psutil.Process(pid).memory_info().rss / 1e6
    t = time.perf_counter()
    server.stop(settings, data_dir=data_dir)
    return elapsed, rss, time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="cold starts to take the median of")
    args = parser.parse_args()
    server.build_launcher(Settings())  # building the launcher is a one-off, not start-up
    cold, rss, stops, warm = [], [], [], []
    for i in range(args.runs):
        data_dir = Path(tempfile.mkdtemp(prefix="soegraph-bench-server-")) / "neo4j"
        port = free_port()
        s, r, st = one_start(data_dir, port)
        cold.append(s), rss.append(r), stops.append(st)
        w, _, _ = one_start(data_dir, port)
        warm.append(w)
        shutil.rmtree(data_dir.parent, ignore_errors=True)
        print(f"run {i + 1}: cold start {s:.1f}s, warm start {w:.1f}s, RSS {r:.0f} MB, stop {st:.1f}s")
    result = {
        "runs": args.runs,
        "cold_start_s_median": round(statistics.median(cold), 2),
        "warm_start_s_median": round(statistics.median(warm), 2),
        "rss_mb_median": round(statistics.median(rss), 1),
        "stop_s_median": round(statistics.median(stops), 2),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
