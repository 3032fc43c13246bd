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
