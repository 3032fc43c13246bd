"""The ``soegraph`` command. The only place that turns exceptions into exit codes."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer
import typer.core

from soegraph.errors import SoegraphError
from soegraph.settings import Settings

class _Group(typer.core.TyperGroup):
    """Turns soegraph's own errors into one line on stderr and exit code 1 (also under CliRunner)."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except SoegraphError as exc:
            print(f"error: {exc}", file=sys.stderr)
            raise typer.Exit(1) from None


app = typer.Typer(cls=_Group, help="soegraph: a sourced knowledge graph of China's SOE governance, in Neo4j.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
neo4j_app = typer.Typer(help="Manage the local Neo4j Community server that soegraph runs for you.",
                        no_args_is_help=True)
app.add_typer(neo4j_app, name="neo4j")


DATA_DIR_HELP = "Data dir of the local server (default: the user's data dir, or SOEGRAPH_DATA_DIR)."


def _settings() -> Settings:
    return Settings()


# ---------------------------------------------------------------- neo4j


@neo4j_app.command("start")
def neo4j_start(
    port: int = typer.Option(None, "--port", help="Bolt port on 127.0.0.1 (default 7687 or SOEGRAPH_NEO4J_PORT)."),
    data_dir: Optional[Path] = typer.Option(None, "--data-dir", help=DATA_DIR_HELP),
    heap: Optional[str] = typer.Option(None, "--heap", help="JVM heap, e.g. 512m or 2g (default 1g)."),
    pagecache: Optional[str] = typer.Option(None, "--pagecache", help="Page cache, e.g. 256m or 1g (default 512m)."),
) -> None:
    """Start Neo4j in the background (bound to 127.0.0.1, auth on) and wait until Bolt answers."""
    from soegraph import server

    uri, started = server.start(_settings(), port=port, data_dir=data_dir, heap=heap, pagecache=pagecache,
                                log=lambda m: print(m, file=sys.stderr))
    if started:
        print(f"Neo4j is up at {uri}")
    else:
        print(f"Neo4j is already running at {uri}")


@neo4j_app.command("stop")
def neo4j_stop(data_dir: Optional[Path] = typer.Option(None, "--data-dir", help=DATA_DIR_HELP)) -> None:
    """Shut the local server down cleanly and wait for it to exit."""
    from soegraph import server

    print("Neo4j stopped" if server.stop(_settings(), data_dir=data_dir) else "Neo4j was not running")


@neo4j_app.command("status")
def neo4j_status(data_dir: Optional[Path] = typer.Option(None, "--data-dir", help=DATA_DIR_HELP)) -> None:
    """Show whether the local server runs, its pid, version, URI, data dir and store size."""
    from soegraph import server

    st = server.status(_settings(), data_dir=data_dir)
    print(f"status:     {'running' if st.running else 'not running'}")
    if st.running:
        print(f"pid:        {st.pid}")
        print(f"version:    Neo4j {st.version or '?'} {st.edition or ''}".rstrip())
        print(f"uri:        {st.uri}")
    print(f"data dir:   {st.data_dir}")
    print(f"store size: {st.store_bytes / 1e6:.1f} MB")
    if not st.running:
        raise typer.Exit(3)


@neo4j_app.command("logs")
def neo4j_logs(
    data_dir: Optional[Path] = typer.Option(None, "--data-dir", help=DATA_DIR_HELP),
    lines: int = typer.Option(50, "--lines", "-n", help="How many lines from the end."),
    debug: bool = typer.Option(False, "--debug", help="Show Neo4j's debug.log instead of the console log."),
) -> None:
    """Print the end of the local server's log."""
    from soegraph import server

    print(server.log_tail(_settings(), data_dir=data_dir, lines=lines, debug=debug))


@neo4j_app.command("password")
def neo4j_password(data_dir: Optional[Path] = typer.Option(None, "--data-dir", help=DATA_DIR_HELP)) -> None:
    """Print the local server's password, for scripts (nothing else prints it)."""
    from soegraph import server

    print(server.read_password(_settings(), data_dir=data_dir))


# ---------------------------------------------------------------- doctor


@app.command()
def doctor() -> None:
    """Say what soegraph would connect to, and check it: version, edition, auth and a rolled-back write."""
    from soegraph.doctor import run_checks

    settings = _settings()
    print(f"connecting to {settings.describe()}")
    ok = True
    for name, passed, detail in run_checks(settings):
        ok &= passed
        print(f"{'ok  ' if passed else 'FAIL'} {name}: {detail}")
    if not ok:
        raise typer.Exit(1)


def _register_plugins() -> None:
    """Commands that live beside the modules they drive."""
    import importlib

    for module in ("soegraph.graph_commands", "soegraph.loaders.commands", "soegraph.app.commands"):
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            continue
        mod.register(app)


_register_plugins()


def main() -> None:
    try:
        app(standalone_mode=True)
    except SoegraphError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        sys.exit(130)


if __name__ == "__main__":
    main()
