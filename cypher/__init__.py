"""The Cypher library: every query soegraph runs, one ``.cypher`` file each, usable as-is in Neo4j Browser."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from soegraph.errors import NotFound


@lru_cache(maxsize=None)
def load(name: str) -> str:
    """Return the text of ``cypher/<name>.cypher`` (``queries/foo`` for saved queries)."""
    path = resources.files(__name__).joinpath(f"{name}.cypher")
    if not path.is_file():
        raise NotFound(f"no Cypher file named {name!r}", suggestions=names())
    return path.read_text(encoding="utf-8")


LISTS = "lists"


def bind(text: str, params: dict) -> tuple[str, dict]:
    """``(text, params)`` with the list parameters moved into one map parameter, ``$lists``.

    Neo4j plans a statement again each time a list parameter's size reaches another power
    of ten (measured on 5.26: 0.2-0.5 s per plan), so a fresh server re-planned the writer's
    statements for groups of 5, 50 and 500 facts, and a neighbourhood for each size of walk.
    A map parameter carries no size, so one plan serves every size; the plans run as fast
    (measured A/B on the neighbourhood queries and on 300k-statement loads). The files keep
    plain ``$rows`` / ``$ids`` names, so they stay usable as-is in Neo4j Browser.
    """
    names = tuple(sorted(k for k, v in params.items() if isinstance(v, (list, tuple))))
    if not names:
        return text, params
    moved = {k: v for k, v in params.items() if k not in names}
    moved[LISTS] = {k: params[k] for k in names}
    return _lists_in_map(text, names), moved


@lru_cache(maxsize=1024)
def _lists_in_map(text: str, names: tuple[str, ...]) -> str:
    pattern = re.compile(r"\$(" + "|".join(map(re.escape, names)) + r")\b")
    return pattern.sub(lambda m: f"${LISTS}.{m.group(1)}", text)


def statements(name: str) -> list[str]:
    """Split a multi-statement file (e.g. the schema) on semicolons that end a line."""
    text = "\n".join(line for line in load(name).splitlines() if not line.strip().startswith("//"))
    return [s.strip() for s in re.split(r";\s*$", text, flags=re.M) if s.strip()]


def names() -> list[str]:
    root = resources.files(__name__)
    found = [p.name[:-7] for p in root.iterdir() if p.name.endswith(".cypher")]
    queries = root.joinpath("queries")
    if queries.is_dir():
        found += [f"queries/{p.name[:-7]}" for p in queries.iterdir() if p.name.endswith(".cypher")]
    return sorted(found)
