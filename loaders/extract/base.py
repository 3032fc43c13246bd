"""Shared data structures of the extraction stages."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    kind: str  # "P" person, "O" organization, "E" event
    etype: str  # ontology type
    key: str  # registry id ("org:sasac") or a natural key ("p:xu-ping", "o:chinaxdgroup")
    name: str  # canonical name for a new entity (the surface form, or a derived name)
    source: str = "pat"  # "gaz", "pat", "ref" (a later reference to an entity found elsewhere)
    name_zh: str | None = None
    rule: str = ""
    aliases: list[str] = field(default_factory=list)
    extra: dict = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start
