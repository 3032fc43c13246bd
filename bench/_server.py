"""A Neo4j for benchmarks: soegraph's managed server in its own data dir and port, so a
benchmark never touches a user's data. ``--uri`` points a benchmark at another server."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

BENCH_DATA_DIR = Path(os.environ.get("SOEGRAPH_BENCH_DATA_DIR", Path(tempfile.gettempdir()) / "soegraph-bench-neo4j"))
BENCH_PORT = int(os.environ.get("SOEGRAPH_BENCH_PORT", "7696"))


def bench_database(uri: str | None = None, password: str | None = None, heap: str = "2g", pagecache: str = "1g",
                   fresh: bool = False):
    """(Database, server pid or None). Starts the bench server unless a URI is given.

    ``fresh`` starts from an empty store: a store that was just wiped with DETACH DELETE is
    slow to reuse record ids for a while, which would skew a load benchmark.
    """
    from soegraph import server
    from soegraph.db import connect
    from soegraph.settings import Settings

    if uri:
        return connect(uri=uri, auth=("neo4j", password or os.environ.get("NEO4J_PASSWORD", ""))), None
    settings = Settings(neo4j_uri=None, soegraph_data_dir=BENCH_DATA_DIR, soegraph_neo4j_port=BENCH_PORT)
    if fresh:
        import shutil

        server.stop(settings, data_dir=BENCH_DATA_DIR)
        shutil.rmtree(BENCH_DATA_DIR, ignore_errors=True)
    uri, _ = server.start(settings, port=BENCH_PORT, data_dir=BENCH_DATA_DIR, heap=heap, pagecache=pagecache, log=lambda m: None)
    db = connect(uri=uri, auth=("neo4j", server.read_password(settings, data_dir=BENCH_DATA_DIR)))
    return db, server.running_pid(BENCH_DATA_DIR)


def wipe(db) -> None:
    with db.driver.session(database=db.database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS").consume()


def rss_mb(pid: int | None) -> float | None:
    if not pid:
        return None
    import psutil

    try:
        return round(psutil.Process(pid).memory_info().rss / 1e6, 1)
    except psutil.Error:
        return None


def bench_password(uri: str | None = None) -> str:
    if uri:
        return os.environ.get("NEO4J_PASSWORD", "")
    return (BENCH_DATA_DIR / "password").read_text().strip()
