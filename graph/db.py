"""A thin, routing-safe wrapper over the official driver: named Cypher, read vs write transactions."""

from __future__ import annotations

from typing import Any

from neo4j import Driver, GraphDatabase, READ_ACCESS
from neo4j.exceptions import AuthError, ClientError, ConfigurationError, ServiceUnavailable

from soegraph import cypher
from soegraph.errors import ConnectionFailed, ReadOnlyViolation, SoegraphError
from soegraph.settings import Settings

# Server error codes that mean "this was a write in a read transaction".
_WRITE_REFUSED = ("Neo.ClientError.Statement.AccessMode", "Neo.ClientError.Security.Forbidden")


class Database:
    """One driver and one database name. Every call goes through execute_read/execute_write."""

    def __init__(self, driver: Driver, database: str, uri: str):
        self.driver = driver
        self.database = database
        self.uri = uri

    # -- plumbing -----------------------------------------------------------------

    @staticmethod
    def _is_name(statement: str) -> bool:
        """A statement is either Cypher text or the name of a file in cypher/."""
        return not any(c in statement for c in " \n(")

    def _bound(self, statement: str, params: dict) -> tuple[str, dict]:
        """The project's own queries get their list parameters in one map (see cypher.bind);
        other Cypher (the console's, a user's) runs as written."""
        return cypher.bind(cypher.load(statement), params) if self._is_name(statement) else (statement, params)

    def read(self, statement: str, /, **params: Any) -> list[dict]:
        """Rows as dicts from a read transaction; ``statement`` is Cypher or a file name in cypher/."""
        def work(tx):
            return _rows(tx.run(*self._bound(statement, params)), statement)

        return self._run(self.driver.session(database=self.database, default_access_mode=READ_ACCESS), "execute_read", work)

    def read_tx(self, fn, /):
        """Run ``fn(reader)`` in one read transaction; ``reader.read`` works like :meth:`read`.

        Several dependent queries (a neighbourhood walk runs four or five) then share one
        transaction: one BEGIN and COMMIT instead of one each, and one consistent view.
        """
        def work(tx):
            return fn(_TxReader(tx, self))

        return self._run(self.driver.session(database=self.database, default_access_mode=READ_ACCESS), "execute_read", work)

    def write(self, statement: str, /, **params: Any) -> list[dict]:
        def work(tx):
            return _rows(tx.run(*self._bound(statement, params)), statement)

        return self._run(self.driver.session(database=self.database), "execute_write", work)

    def write_tx(self, fn, *args, **kwargs):
        """Run ``fn(tx, ...)`` in one managed write transaction (retried on transient errors)."""
        return self._run(self.driver.session(database=self.database), "execute_write", fn, *args, **kwargs)

    def _run(self, session, method: str, fn, *args, **kwargs):
        try:
            with session:
                return getattr(session, method)(fn, *args, **kwargs)
        except ServiceUnavailable as exc:
            raise ConnectionFailed(f"cannot reach Neo4j at {self.uri}: {exc.message or exc}") from None
        except AuthError:
            raise ConnectionFailed(f"Neo4j at {self.uri} refused the credentials (check NEO4J_USERNAME/NEO4J_PASSWORD)") from None
        except ClientError as exc:
            if exc.code in _WRITE_REFUSED or "write" in (exc.message or "").lower() and "read" in (exc.message or "").lower():
                raise ReadOnlyViolation(f"refused: this runs read-only, and the query tries to write ({exc.message})") from None
            raise

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class _TxReader:
    """The ``read`` of a :class:`Database`, bound to one open transaction."""

    def __init__(self, tx, db: Database):
        self._tx = tx
        self._db = db

    def read(self, statement: str, /, **params: Any) -> list[dict]:
        return _rows(self._tx.run(*self._db._bound(statement, params)), statement)


def _rows(result, statement: str) -> list[dict]:
    """Records as dicts. The project's own queries (a file name) return plain values only, so
    their records are zipped with the keys: ``Record.data()`` walks every nested value looking
    for nodes to convert, which cost 8 ms of the 15 it took to read 500 entities. Other Cypher
    (the console, a user's) may return nodes and paths, and gets ``data()``."""
    if Database._is_name(statement):
        keys = result.keys()
        return [dict(zip(keys, record)) for record in result]
    return [record.data() for record in result]


def connect(settings: Settings | None = None, *, uri: str | None = None, auth: tuple[str, str] | None = None,
            database: str | None = None, verify: bool = True) -> Database:
    """Open the configured Neo4j (or the local managed one) and check that it answers."""
    settings = settings or Settings()
    uri = uri or settings.uri
    auth = auth or settings.auth
    database = database or settings.neo4j_database
    try:
        driver = GraphDatabase.driver(uri, auth=auth, connection_timeout=5, max_transaction_retry_time=15,
                                      notifications_min_severity="OFF")
    except (ValueError, ConfigurationError) as exc:
        raise ConnectionFailed(f"bad Neo4j URI {uri!r}: {exc}") from None
    if verify:
        try:
            driver.verify_connectivity()
        except AuthError:
            driver.close()
            raise ConnectionFailed(f"Neo4j at {uri} refused the credentials (check NEO4J_USERNAME/NEO4J_PASSWORD)") from None
        except (ServiceUnavailable, OSError):
            driver.close()
            hint = " (start the local server with 'soegraph neo4j start')" if settings.managed and uri == settings.uri else ""
            raise ConnectionFailed(f"cannot reach Neo4j at {uri}{hint}") from None
        except Exception as exc:  # e.g. a routing table failure against a cluster
            driver.close()
            raise ConnectionFailed(f"cannot use Neo4j at {uri}: {exc}") from None
    return Database(driver, database, uri)


__all__ = ["Database", "connect", "SoegraphError"]
