"""The managed local Neo4j: start, status, stop, errors. Real JVMs, real ports."""

from __future__ import annotations

import os
import re
import socket
import subprocess

import pytest
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError
from typer.testing import CliRunner

from soegraph.cli import app

runner = CliRunner()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _invoke(*args, env=None):
    result = runner.invoke(app, list(args), env=env)
    print(result.output)
    return result


@pytest.fixture
def own_server(tmp_path):
    """A second server of our own: its lifecycle is what these tests are about."""
    data_dir = tmp_path / "neo4j"
    port = _free_port()
    yield data_dir, port
    _invoke("neo4j", "stop", "--data-dir", str(data_dir))


def test_lifecycle_start_status_second_start_stop(own_server):
    data_dir, port = own_server
    started = _invoke("neo4j", "start", "--data-dir", str(data_dir), "--port", str(port), "--heap", "512m", "--pagecache", "64m")
    assert started.exit_code == 0
    assert f"bolt://127.0.0.1:{port}" in started.output

    status = _invoke("neo4j", "status", "--data-dir", str(data_dir))
    assert status.exit_code == 0
    assert "running" in status.output and "5.26" in status.output and "community" in status.output

    again = _invoke("neo4j", "start", "--data-dir", str(data_dir), "--port", str(port))
    assert again.exit_code == 0
    assert "already running" in again.output

    # the password file is private, and the password works over Bolt
    pw_file = data_dir / "password"
    assert oct(pw_file.stat().st_mode & 0o777) == "0o600"
    password = _invoke("neo4j", "password", "--data-dir", str(data_dir)).output.strip()
    assert len(password) >= 16
    with GraphDatabase.driver(f"bolt://127.0.0.1:{port}", auth=("neo4j", password)) as driver:
        driver.verify_connectivity()
        # a wrong password is rejected: auth is on
        with GraphDatabase.driver(f"bolt://127.0.0.1:{port}", auth=("neo4j", "not-the-password")) as bad:
            with pytest.raises(AuthError):
                bad.verify_connectivity()

    pid = int(status.output.split("pid:")[1].split()[0])
    # bound to loopback only: every listening socket of the JVM is on 127.0.0.1
    listening = subprocess.run(["ss", "-ltnpH"], capture_output=True, text=True).stdout
    ours = [line for line in listening.splitlines() if f"pid={pid}," in line]
    assert ours, listening
    assert all(re.search(r"\s\[?(::ffff:)?127\.0\.0\.1\]?:\d+\s", line) for line in ours), ours

    stopped = _invoke("neo4j", "stop", "--data-dir", str(data_dir))
    assert stopped.exit_code == 0 and "stopped" in stopped.output
    assert not os.path.exists(f"/proc/{pid}") or "Z" in open(f"/proc/{pid}/stat").read().split(")")[-1].split()[0]
    after = _invoke("neo4j", "status", "--data-dir", str(data_dir))
    assert after.exit_code == 3 and "not running" in after.output

    # data persists across restarts
    restarted = _invoke("neo4j", "start", "--data-dir", str(data_dir), "--port", str(port), "--heap", "512m", "--pagecache", "64m")
    assert restarted.exit_code == 0


def test_port_in_use_is_a_one_line_error(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = _invoke("neo4j", "start", "--data-dir", str(tmp_path / "d"), "--port", str(port))
    assert result.exit_code == 1
    assert f"port {port}" in result.output and "in use" in result.output
    assert "Traceback" not in result.output


def test_unwritable_data_dir_is_a_one_line_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    result = _invoke("neo4j", "start", "--data-dir", str(blocker / "neo4j"), "--port", str(_free_port()))
    assert result.exit_code == 1
    assert "not writable" in result.output and str(blocker) in result.output
    assert "Traceback" not in result.output


def test_stale_pid_file_is_cleared(tmp_path):
    data_dir = tmp_path / "d"
    data_dir.mkdir()
    (data_dir / "server.json").write_text('{"pid": 999999, "port": 1}')
    status = _invoke("neo4j", "status", "--data-dir", str(data_dir))
    assert status.exit_code == 3 and "not running" in status.output
    stop = _invoke("neo4j", "stop", "--data-dir", str(data_dir))
    assert stop.exit_code == 0 and "was not running" in stop.output
    assert not (data_dir / "server.json").exists()


def test_java_missing_is_explained(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no java, no mvn on PATH
    result = _invoke("neo4j", "start", "--data-dir", str(tmp_path / "d"), "--port", str(_free_port()))
    assert result.exit_code == 1
    assert "Java 17+" in result.output and "Traceback" not in result.output


def test_doctor_reports_version_edition_auth_and_write(neo4j_env):
    result = _invoke("doctor")
    assert result.exit_code == 0
    assert "5.26" in result.output and "community" in result.output
    assert "authentication enabled" in result.output and "rolled back" in result.output
    assert neo4j_env["NEO4J_PASSWORD"] not in result.output


def test_doctor_fails_clearly_on_wrong_password(neo4j_env):
    env = {**neo4j_env, "NEO4J_PASSWORD": "definitely-wrong"}
    result = _invoke("doctor", env=env)
    assert result.exit_code == 1
    assert "refused the credentials" in result.output
    assert "definitely-wrong" not in result.output
