"""``soegraph app``: start the Streamlit viewer against the configured Neo4j."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import typer

MAIN = Path(__file__).resolve().parent / "main.py"

# Offline and private: no usage statistics, no browser opened by the server, no dev toolbar.
STREAMLIT_FLAGS = {
    "server.headless": "true",
    "browser.gatherUsageStats": "false",
    "server.fileWatcherType": "none",
    "client.toolbarMode": "minimal",
    "global.developmentMode": "false",
    "theme.base": "light",
    "theme.primaryColor": "#2a6f97",
}


def streamlit_command(port: int = 8501, host: str = "127.0.0.1") -> list[str]:
    """The ``streamlit run`` command line for the viewer (also used by tests and the benchmark)."""
    cmd = [sys.executable, "-m", "streamlit", "run", str(MAIN), "--server.port", str(port), "--server.address", host]
    for key, value in STREAMLIT_FLAGS.items():
        cmd += [f"--{key}", value]
    return cmd


def streamlit_env(base: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ if base is None else base)
    env["STREAMLIT_BROWSER_GATHER_USAGE_STATS"] = "false"
    env["STREAMLIT_SERVER_HEADLESS"] = "true"
    return env


def _run(cmd: list[str], env: dict[str, str]) -> int:
    """Become streamlit (exec) where we can, so Ctrl-C and kill reach it directly and no
    wrapper process stays behind; elsewhere wait for it as a child."""
    if os.name == "posix":
        sys.stdout.flush()
        sys.stderr.flush()
        os.execve(cmd[0], cmd, env)
    try:
        return subprocess.call(cmd, env=env)
    except KeyboardInterrupt:
        return 0


def register(app: typer.Typer) -> None:
    @app.command("app")
    def run_app(
        port: int = typer.Option(8501, "--port", help="Port for the viewer."),
        host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (127.0.0.1 keeps it on this machine)."),
        check: bool = typer.Option(True, "--check/--no-check", help="Check the Neo4j connection before starting."),
    ) -> None:
        """Start the viewer (Streamlit) on http://HOST:PORT against the configured Neo4j."""
        if check:
            from soegraph.db import connect
            from soegraph.settings import Settings

            settings = Settings()
            print(f"connecting to {settings.describe()}", file=sys.stderr)
            connect(settings).close()  # raises ConnectionFailed with a hint; the CLI prints it
        print(f"soegraph viewer on http://{host}:{port}  (Ctrl-C to stop)", file=sys.stderr)
        raise typer.Exit(_run(streamlit_command(port, host), streamlit_env()))
