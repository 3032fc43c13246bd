"""Docs checked by tests, so they cannot drift from the code."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from soegraph import cypher
from soegraph.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def _commands_in(text: str) -> set[tuple[str, ...]]:
    found = set()
    code_lines, in_code = [], False
    for line in text.splitlines():
        if line.startswith("```"):
            in_code = not in_code
        elif in_code:
            code_lines.append(line)
    code = "\n".join(code_lines)
    for match in re.finditer(r"^\s*(?:\$ )?soegraph ([a-z][a-z0-9-]*)(?: ([a-z][a-z0-9-]*))?", code, re.M):
        found.add(tuple(p for p in match.groups() if p))
    return found


def test_every_command_in_the_readme_exists_and_has_help():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = _commands_in(readme)
    assert len(commands) >= 8
    for cmd in sorted(commands):
        result = runner.invoke(app, [*cmd, "--help"])
        if result.exit_code != 0 and len(cmd) == 2:  # second word was an argument, not a subcommand
            result = runner.invoke(app, [cmd[0], "--help"])
        print(cmd, result.output[:200])
        assert result.exit_code == 0, cmd


def test_every_option_has_help_text():
    import typer.main

    click_app = typer.main.get_command(app)

    def walk(command, path):
        for param in command.params:
            if param.param_type_name == "option" and "--help" not in param.opts:
                assert param.help, f"{' '.join(path)} {param.opts[0]} has no help="
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, path + [name])

    walk(click_app, ["soegraph"])


def test_the_readme_names_the_two_commands_and_the_prerequisites():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make run" in readme and "make test" in readme
    for prerequisite in ("Python 3.11", "Java 17", "Maven"):
        assert prerequisite in readme


def test_ontology_doc_names_properties_the_code_writes():
    doc = (ROOT / "docs" / "ontology.md").read_text(encoding="utf-8")
    code = "\n".join(cypher.load(n) for n in ("write_entities", "merge_relationships", "create_relationships", "write_documents", "forget_source"))
    code += (ROOT / "graph" / "writer.py").read_text(encoding="utf-8")
    for prop in ("keys", "sources", "evidence", "confidences", "source_dates", "confidence", "first_seen",
                 "last_seen", "key", "digest", "entities"):
        assert f"`{prop}`" in doc
        assert prop in code, prop


def test_every_cypher_file_is_usable_as_is():
    """Named queries load, and saved queries carry a title and a description."""
    for name in cypher.names():
        text = cypher.load(name)
        assert text.strip()
        assert "{{" not in text and "%s" not in text  # no string templating
        if name.startswith("queries/"):
            assert re.search(r"^// title: .+", text, re.M), name
            assert re.search(r"^// description: .+", text, re.M), name
