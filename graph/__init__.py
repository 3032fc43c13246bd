"""soegraph: a sourced knowledge graph of China's state-owned-enterprise governance, in Neo4j.

``from soegraph import SoeGraph`` is the notebook client. It is imported lazily, so
``import soegraph`` stays fast for the CLI and for loaders that never open a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from soegraph.client import SoeGraph

__all__ = ["SoeGraph"]


def __getattr__(name: str) -> Any:
    if name == "SoeGraph":
        from soegraph.client import SoeGraph

        return SoeGraph
    raise AttributeError(f"module 'soegraph' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)
