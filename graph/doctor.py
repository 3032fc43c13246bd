"""Checks behind ``soegraph doctor``: can we reach, log in to and write to the configured Neo4j?"""

from __future__ import annotations

from typing import Iterator

from soegraph.errors import SoegraphError
from soegraph.settings import Settings


def run_checks(settings: Settings) -> Iterator[tuple[str, bool, str]]:
    from soegraph.db import connect

    try:
        db = connect(settings)
    except SoegraphError as exc:
        yield "connect", False, str(exc)
        return
    with db:
        yield "connect", True, f"Bolt answered at {db.uri}, credentials accepted"
        try:
            rec = db.read("CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition")[0]
            yield "server", True, f"Neo4j {rec['version']} {rec['edition']}"
        except Exception as exc:  # noqa: BLE001 - doctor reports, never crashes
            yield "server", False, f"could not read the version: {exc}"
        try:
            auth = db.read("SHOW CURRENT USER YIELD user RETURN user")
            yield "auth", True, f"authentication enabled, logged in as {auth[0]['user']}"
        except Exception as exc:  # noqa: BLE001
            yield "auth", False, f"SHOW CURRENT USER failed ({exc}); is auth disabled?"
        try:
            _rolled_back_write(db)
            yield "write", True, f"a write in database '{db.database}' succeeded and was rolled back"
        except Exception as exc:  # noqa: BLE001
            yield "write", False, f"cannot write to database '{db.database}': {exc}"


def _rolled_back_write(db) -> None:
    with db.driver.session(database=db.database) as session:
        tx = session.begin_transaction()
        try:
            tx.run("CREATE (n:SoegraphDoctorProbe {at: datetime()}) RETURN n").consume()
        finally:
            tx.rollback()
