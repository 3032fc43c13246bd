"""Shared fixtures: one real Neo4j for the whole test session, a clean database per test.

The server is soegraph's own managed Neo4j, on its own port and data dir, so tests never
touch a user's data. Set SOEGRAPH_TEST_NEO4J_URI (+ _PASSWORD) to test against another server.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TEST_PORT = int(os.environ.get("SOEGRAPH_TEST_PORT", "7697"))
TEST_DATA_DIR = Path(os.environ.get("SOEGRAPH_TEST_DATA_DIR", Path(tempfile.gettempdir()) / "soegraph-test-neo4j"))


@pytest.fixture(scope="session")
def neo4j_server():
    """Start (or reuse) the test server; yields (uri, password). Stops it only if it started it."""
    from soegraph import server
    from soegraph.settings import Settings

    if os.environ.get("SOEGRAPH_TEST_NEO4J_URI"):
        yield os.environ["SOEGRAPH_TEST_NEO4J_URI"], os.environ.get("SOEGRAPH_TEST_NEO4J_PASSWORD", "")
        return
    settings = Settings(neo4j_uri=None, soegraph_data_dir=TEST_DATA_DIR, soegraph_neo4j_port=TEST_PORT)
    uri, started = server.start(settings, port=TEST_PORT, data_dir=TEST_DATA_DIR, heap="1g", pagecache="256m",
                                log=lambda m: None)
    password = server.read_password(settings, data_dir=TEST_DATA_DIR)
    yield uri, password
    if started and not os.environ.get("SOEGRAPH_TEST_KEEP_SERVER"):
        server.stop(settings, data_dir=TEST_DATA_DIR)


@pytest.fixture(scope="session")
def neo4j_env(neo4j_server):
    """Point every soegraph entry point (CLI, client, app) at the test server."""
    uri, password = neo4j_server
    saved = {k: os.environ.get(k) for k in ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE")}
    os.environ.update(NEO4J_URI=uri, NEO4J_USERNAME="neo4j", NEO4J_PASSWORD=password, NEO4J_DATABASE="neo4j")
    yield {"NEO4J_URI": uri, "NEO4J_USERNAME": "neo4j", "NEO4J_PASSWORD": password, "NEO4J_DATABASE": "neo4j"}
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def wipe(database) -> None:
    with database.driver.session(database=database.database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


@pytest.fixture(scope="session")
def _session_db(neo4j_env):
    from soegraph.db import connect

    database = connect()
    yield database
    database.close()


@pytest.fixture
def db(_session_db):
    """A clean database on the real server (schema kept: it is idempotent)."""
    wipe(_session_db)
    yield _session_db


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared/corpus is not present next to the repo")
    return SHARED
