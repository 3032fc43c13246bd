"""Pydantic models of the ontology (../shared/design/ontology.md, docs/ontology.md).

They sit between pipeline stages: readers -> extraction -> resolution -> writer.
``extra="forbid"`` everywhere so a misspelt field fails loudly instead of vanishing.
"""

from __future__ import annotations

import re
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

ORGANIZATION_TYPES = frozenset({"GovernmentBody", "PartyOrgan", "CentralSOE", "Company", "Institution"})

# MENTIONS is written by the loader from entity mentions, never given as a relation.
SYMMETRIC_RELS = frozenset({"COOPERATES_WITH"})
DATED_REL_PROPS = ("date", "start", "end")

EntityType = Literal["Person", "GovernmentBody", "PartyOrgan", "CentralSOE", "Company", "Institution", "Event"]
RelType = Literal[
    "SUPERVISES",
    "APPOINTS",
    "TRAINS",
    "COOPERATES_WITH",
    "HOLDS_POSITION",
    "PART_OF",
    "OWNS",
    "ESTABLISHED",
    "MERGED_INTO",
    "ORGANIZED",
    "PARTICIPATED_IN",
]
ENTITY_TYPES: tuple[str, ...] = get_args(EntityType)
REL_TYPES: tuple[str, ...] = get_args(RelType)

_ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_ID = re.compile(r"^[a-z]+:[^\s]+$")

# Properties each entity type may carry beyond the common ones.
ENTITY_PROPS: dict[str, frozenset[str]] = {
    "Person": frozenset({"gender", "born"}),
    "Event": frozenset({"date", "place"}),
}
_ORG_PROPS = frozenset({"sector", "admin_rank", "founded", "name_en_short", "website", "dissolved"})
for _t in ORGANIZATION_TYPES:
    ENTITY_PROPS[_t] = _ORG_PROPS

REL_PROPS: dict[str, frozenset[str]] = {
    "SUPERVISES": frozenset(),
    "APPOINTS": frozenset({"title", "title_zh", "date"}),
    "TRAINS": frozenset({"event", "date"}),
    "COOPERATES_WITH": frozenset({"date"}),
    "HOLDS_POSITION": frozenset({"title", "title_zh", "start", "end", "status"}),
    "PART_OF": frozenset(),
    "OWNS": frozenset({"share", "date"}),
    "ESTABLISHED": frozenset({"date"}),
    "MERGED_INTO": frozenset({"date"}),
    "ORGANIZED": frozenset({"date"}),
    "PARTICIPATED_IN": frozenset({"role"}),
}
PARTICIPATION_ROLES = frozenset({"attended", "chaired", "spoke", "lectured", "presented"})
POSITION_STATUS = frozenset({"current", "former", "unknown"})


def is_iso_date(value: str) -> bool:
    """True for ISO 8601 dates as precise as a source allows: ``2024``, ``2024-10``, ``2024-10-24``."""
    return bool(_ISO_DATE.match(value))


def check_date(value: str | None) -> str | None:
    if value is not None and not is_iso_date(value):
        raise ValueError(f"date {value!r} is not ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(Strict):
    """Character offsets into the document's extracted plain text."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Entity(Strict):
    id: str
    type: EntityType
    name: str = Field(min_length=1)
    name_zh: str | None = None
    aliases: list[str] = Field(default_factory=list)
    properties: dict[str, Any] = Field(default_factory=dict)
    mentions: list[Span] = Field(default_factory=list)

    @field_validator("id")
    @classmethod
    def _id_shape(cls, v: str) -> str:
        if not _ID.match(v):
            raise ValueError(f"id {v!r} must look like 'prefix:slug' (e.g. org:sasac)")
        return v

    @model_validator(mode="after")
    def _props(self) -> "Entity":
        allowed = ENTITY_PROPS[self.type]
        unknown = set(self.properties) - allowed
        if unknown:
            raise ValueError(f"{self.type} has no propert{'y' if len(unknown) == 1 else 'ies'} {', '.join(sorted(unknown))}")
        for key in ("founded", "date", "born", "dissolved"):
            if isinstance(self.properties.get(key), str):
                check_date(self.properties[key])
        return self

    @property
    def labels(self) -> list[str]:
        labels = ["Entity", self.type]
        if self.type in ORGANIZATION_TYPES:
            labels.append("Organization")
        return labels


class Relation(Strict):
    type: RelType
    source: str
    target: str
    properties: dict[str, Any] = Field(default_factory=dict)
    evidence: Span | None = None
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    rule: str | None = None

    @model_validator(mode="after")
    def _props(self) -> "Relation":
        unknown = set(self.properties) - REL_PROPS[self.type]
        if unknown:
            raise ValueError(f"{self.type} has no propert{'y' if len(unknown) == 1 else 'ies'} {', '.join(sorted(unknown))}")
        for key in DATED_REL_PROPS:
            if isinstance(self.properties.get(key), str):
                check_date(self.properties[key])
        role = self.properties.get("role")
        if role is not None and role not in PARTICIPATION_ROLES:
            raise ValueError(f"role {role!r} is not one of {', '.join(sorted(PARTICIPATION_ROLES))}")
        status = self.properties.get("status")
        if status is not None and status not in POSITION_STATUS:
            raise ValueError(f"status {status!r} is not one of {', '.join(sorted(POSITION_STATUS))}")
        return self


class Document(Strict):
    """A source. Documents get ``sha256:`` ids; registry rows get ``registry:<file>#<row>`` ids."""

    id: str
    path: str | None = None
    title: str | None = None
    url: str | None = None
    date: str | None = None
    language: str | None = None
    kind: Literal["document", "registry"] = "document"

    @field_validator("date")
    @classmethod
    def _date(cls, v: str | None) -> str | None:
        return check_date(v)


class Extraction(Strict):
    """One document's worth of extraction: the JSON line ``soegraph extract --json`` prints."""

    document: Document
    entities: list[Entity] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)

    def to_json_dict(self) -> dict[str, Any]:
        doc = self.document.model_dump(exclude_none=True, exclude={"kind"})
        ents = []
        for e in self.entities:
            d: dict[str, Any] = {"id": e.id, "type": e.type, "name": e.name}
            if e.name_zh:
                d["name_zh"] = e.name_zh
            d["aliases"] = e.aliases
            d.update(e.properties)
            d["mentions"] = [m.model_dump() for m in e.mentions]
            ents.append(d)
        rels = [r.model_dump(exclude_none=True) for r in self.relations]
        return {"document": doc, "entities": ents, "relations": rels}


class SourcedBatch(Strict):
    """What a loader hands the writer: entities and relations that one source supports.

    Registry loaders emit one batch per registry row; document ingestion one per document.
    """

    source: Document
    entities: list[Entity] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    # Entity ids referenced by relations that are expected to already exist in the graph.
    external_refs: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _refs(self) -> "SourcedBatch":
        known = {e.id for e in self.entities} | set(self.external_refs)
        for i, r in enumerate(self.relations):
            for end in (r.source, r.target):
                if end not in known:
                    raise ValueError(f"relation {i} ({r.type}) points to missing entity {end!r}")
        return self
