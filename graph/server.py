"""The local Neo4j Community 5.26 that soegraph manages: build, start, status, stop.

Neo4j's jars come from Maven Central through ``server/pom.xml``; Maven also compiles the
small launcher (``server/src/.../Server.java``) into a cache dir, so an installed package
stays read-only. The server runs as a background JVM bound to 127.0.0.1 with auth on.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from soegraph.errors import ConfigError, ServerError
from soegraph.settings import Settings

MIN_JAVA = 17
JVM_FLAGS = [
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
]
START_TIMEOUT_S = 180
STOP_TIMEOUT_S = 90


@dataclass
class Status:
    running: bool
    pid: int | None
    uri: str
    data_dir: Path
    store_bytes: int
    version: str | None = None
    edition: str | None = None


def _server_source() -> Path:
    return Path(str(resources.files("soegraph").joinpath("server")))


# ---------------------------------------------------------------- prerequisites


def java_version(java: str = "java") -> int:
    exe = shutil.which(java)
    if not exe:
        raise ConfigError(f"Java {MIN_JAVA}+ is required but 'java' is not on PATH (install OpenJDK {MIN_JAVA} or newer)")
    out = subprocess.run([exe, "-version"], capture_output=True, text=True).stderr
    match = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    if not match:
        raise ConfigError(f"could not tell the Java version from 'java -version': {out.strip()[:120]}")
    major = int(match.group(1))
    if major == 1 and match.group(2):  # "1.8" style
        major = int(match.group(2))
    if major < MIN_JAVA:
        raise ConfigError(f"Java {MIN_JAVA}+ is required for Neo4j 5, found Java {major} ({exe})")
    return major


def _launcher_dir(settings: Settings) -> Path:
    src = _server_source()
    digest = hashlib.sha256()
    for path in sorted(src.rglob("*")):
        if path.is_file() and "target" not in path.parts:
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return settings.soegraph_cache_dir / f"launcher-{digest.hexdigest()[:12]}"


def build_launcher(settings: Settings, quiet: bool = True) -> Path:
    """Resolve Neo4j's jars and compile the launcher once; return its build dir."""
    build = _launcher_dir(settings)
    if (build / "classpath.txt").is_file() and (build / "classes" / "soegraph" / "Server.class").is_file():
        return build
    mvn = shutil.which("mvn")
    if not mvn:
        raise ConfigError("Maven is required to fetch Neo4j from Maven Central, but 'mvn' is not on PATH (install Maven 3.6+)")
    build.parent.mkdir(parents=True, exist_ok=True)
    cmd = [mvn, "-B", "compile", "-f", str(_server_source() / "pom.xml"), f"-Dsoegraph.build={build}"]
    if quiet:
        cmd.insert(1, "-q")
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        out = proc.stdout + proc.stderr
        if re.search(r"(Unknown host|Could not transfer|Network is unreachable|Connection refused|timed out)", out):
            raise ServerError("Maven Central is unreachable: could not download Neo4j's jars (check the network or a proxy in ~/.m2/settings.xml)")
        last = next((ln for ln in reversed(out.splitlines()) if "[ERROR]" in ln and ln.strip() != "[ERROR]"), out.strip()[-200:])
        raise ServerError(f"Maven could not build the Neo4j launcher: {last.strip()}")
    return build


# ---------------------------------------------------------------- state files


def _pid_file(data_dir: Path) -> Path:
    return data_dir / "server.json"


def _read_state(data_dir: Path) -> dict:
    try:
        return json.loads(_pid_file(data_dir).read_text())
    except (OSError, ValueError):
        return {}


def _alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie is not alive
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return True


def _is_our_server(pid: int) -> bool:
    try:
        return b"soegraph.Server" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return _alive(pid)


def running_pid(data_dir: Path) -> int | None:
    pid = _read_state(data_dir).get("pid")
    return pid if pid and _alive(pid) and _is_our_server(pid) else None


def _check_writable(data_dir: Path) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        probe = data_dir / ".write-test"
        probe.write_text("ok")
        probe.unlink()
    except OSError as exc:
        raise ConfigError(f"data dir {data_dir} is not writable: {exc.strerror or exc}") from None


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError as exc:
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                return False
            raise
    return True


def password_for(data_dir: Path, settings: Settings) -> str:
    """The server's password: kept in a 0600 file; first start takes NEO4J_PASSWORD or makes a strong one."""
    path = data_dir / "password"
    if path.is_file():
        return path.read_text().strip()
    given = settings.neo4j_password.get_secret_value() if settings.neo4j_password else None
    if given is not None and len(given) < 8:
        raise ConfigError("NEO4J_PASSWORD must be at least 8 characters for Neo4j 5")
    password = given or secrets.token_urlsafe(24)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(password)
    return password


def _parse_size_mb(text: str) -> int:
    match = re.fullmatch(r"\s*(\d+)\s*([kmgKMG]?)[bB]?\s*", text)
    if not match:
        raise ConfigError(f"size {text!r} is not like 512m or 2g")
    value, unit = int(match.group(1)), match.group(2).lower()
    return {"k": max(1, value // 1024), "m": value, "g": value * 1024, "": max(1, value // (1024 * 1024))}[unit]


# ---------------------------------------------------------------- commands


def start(settings: Settings, *, port: int | None = None, data_dir: Path | None = None,
          heap: str | None = None, pagecache: str | None = None, log=print) -> tuple[str, bool]:
    """Start the local server; return (uri, started_now). Waits until Bolt answers with auth."""
    data_dir = Path(data_dir or settings.soegraph_data_dir).expanduser().resolve()
    port = port or settings.soegraph_neo4j_port
    state = _read_state(data_dir)
    pid = running_pid(data_dir)
    if pid:
        return f"bolt://127.0.0.1:{state.get('port', port)}", False
    if state:
        log(f"note: removed a stale pid file for process {state.get('pid')} in {data_dir}")
        _pid_file(data_dir).unlink(missing_ok=True)
    java_version()
    _check_writable(data_dir)
    if not _port_free(port):
        raise ServerError(f"port {port} on 127.0.0.1 is already in use (another Neo4j?); pick another with --port")
    build = build_launcher(settings)
    password = password_for(data_dir, settings)
    heap_mb = _parse_size_mb(heap or settings.soegraph_neo4j_heap)
    pagecache_mb = _parse_size_mb(pagecache or settings.soegraph_neo4j_pagecache)

    classpath = f"{build / 'classes'}{os.pathsep}{(build / 'classpath.txt').read_text().strip()}"
    cmd = ["java", f"-Xmx{heap_mb}m", f"-Xms{min(heap_mb, 256)}m", *JVM_FLAGS, "-cp", classpath,
           "soegraph.Server", str(data_dir / "home"), str(port), str(data_dir / "password"), str(pagecache_mb),
           str(data_dir / "ready")]
    (data_dir / "ready").unlink(missing_ok=True)
    log_path = data_dir / "neo4j.log"
    with open(log_path, "ab") as logfh:
        proc = subprocess.Popen(cmd, stdout=logfh, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True, cwd=data_dir)
    _pid_file(data_dir).write_text(json.dumps({"pid": proc.pid, "port": port, "started": time.time()}))
    uri = f"bolt://127.0.0.1:{port}"
    _wait_ready(proc, uri, password, data_dir / "ready", log_path)
    return uri, True


def _wait_ready(proc: subprocess.Popen, uri: str, password: str, ready: Path, log_path: Path) -> None:
    from neo4j import GraphDatabase
    from neo4j.exceptions import Neo4jError, ServiceUnavailable

    deadline = time.monotonic() + START_TIMEOUT_S
    # The launcher writes `ready` after setting the password: logging in earlier would
    # fail and trip Neo4j's rate limit on failed logins.
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ServerError(f"Neo4j exited during start-up (code {proc.returncode}): {_last_error(log_path)}")
        if ready.is_file():
            break
        time.sleep(0.2)
    while time.monotonic() < deadline:
        try:
            with GraphDatabase.driver(uri, auth=("neo4j", password), connection_timeout=2) as driver:
                driver.verify_connectivity()
                return
        except Neo4jError as exc:
            raise ServerError(f"Neo4j started but refused the password in {ready.parent / 'password'}: {exc.message}") from None
        except (ServiceUnavailable, OSError):
            time.sleep(0.3)
    raise ServerError(f"Neo4j did not answer on {uri} within {START_TIMEOUT_S}s; see {log_path}")


def _last_error(log_path: Path) -> str:
    try:
        lines = [ln.strip() for ln in log_path.read_text(errors="replace").splitlines() if ln.strip()]
    except OSError:
        return "no log"
    for line in reversed(lines):
        if any(word in line for word in ("Exception", "ERROR", "Error", "error")):
            return line[:300]
    return lines[-1][:300] if lines else "no output"


def stop(settings: Settings, *, data_dir: Path | None = None) -> bool:
    """Stop the local server cleanly; return False if it was not running."""
    data_dir = Path(data_dir or settings.soegraph_data_dir).expanduser().resolve()
    pid = running_pid(data_dir)
    if not pid:
        _pid_file(data_dir).unlink(missing_ok=True)
        return False
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_TIMEOUT_S
    while time.monotonic() < deadline and _alive(pid):
        _reap(pid)
        time.sleep(0.2)
    if _alive(pid):
        os.kill(pid, signal.SIGKILL)
        time.sleep(0.5)
        _reap(pid)
    _pid_file(data_dir).unlink(missing_ok=True)
    return True


def _reap(pid: int) -> None:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass


def store_size(data_dir: Path) -> int:
    root = data_dir / "home" / "data"
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) if root.is_dir() else 0


def status(settings: Settings, *, data_dir: Path | None = None) -> Status:
    data_dir = Path(data_dir or settings.soegraph_data_dir).expanduser().resolve()
    state = _read_state(data_dir)
    pid = running_pid(data_dir)
    uri = f"bolt://127.0.0.1:{state.get('port', settings.soegraph_neo4j_port)}"
    result = Status(running=bool(pid), pid=pid, uri=uri, data_dir=data_dir, store_bytes=store_size(data_dir))
    if pid:
        try:
            from neo4j import GraphDatabase

            pw = (data_dir / "password").read_text().strip()
            with GraphDatabase.driver(uri, auth=("neo4j", pw), connection_timeout=3) as driver:
                rec = driver.execute_query("CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition").records[0]
                result.version, result.edition = rec["v"], rec["edition"]
        except Exception:  # status must never fail because the server is busy
            pass
    return result


def log_tail(settings: Settings, *, data_dir: Path | None = None, lines: int = 50, debug: bool = False) -> str:
    data_dir = Path(data_dir or settings.soegraph_data_dir).expanduser().resolve()
    path = data_dir / ("home/logs/debug.log" if debug else "neo4j.log")
    if not path.is_file():
        raise ServerError(f"no log at {path} (has the server been started with this --data-dir?)")
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


def read_password(settings: Settings, *, data_dir: Path | None = None) -> str:
    data_dir = Path(data_dir or settings.soegraph_data_dir).expanduser().resolve()
    path = data_dir / "password"
    if not path.is_file():
        raise ServerError(f"no password file in {data_dir}; run 'soegraph neo4j start' first")
    return path.read_text().strip()


if __name__ == "__main__":  # pragma: no cover - debugging aid
    print(status(Settings()), file=sys.stderr)
