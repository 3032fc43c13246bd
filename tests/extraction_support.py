"""What the extraction tests share: a document from a sentence, the made-up groups their
sentences name, and views of an extraction (its facts as tuples, its people)."""

from __future__ import annotations

from soegraph.loaders.extract import Gazetteer, extract
from soegraph.loaders.readers import ReadDoc
from soegraph.models import Document, Entity

# Groups that exist only in the tests: a rule that reads them reads a construction, not a name.
FICTIONAL_GROUPS = [
    Entity(id="org:sasac", type="GovernmentBody", name="State-owned Assets Supervision and Administration Commission of the State Council",
           name_zh="国务院国有资产监督管理委员会", aliases=["SASAC", "国资委", "State-owned Assets Supervision and Administration Commission"]),
    Entity(id="org:alpha", type="CentralSOE", name="China Alpha Group", aliases=["Alpha Group"]),
    Entity(id="org:beta", type="CentralSOE", name="China Beta Corporation", aliases=["Beta Corp"]),
    Entity(id="org:gamma", type="CentralSOE", name="China Gamma Group", aliases=["Gamma Group"]),
]


def run(text: str, gaz: Gazetteer, date: str | None = "2024-10-25"):
    """The extraction of one made-up document holding ``text``."""
    return extract(ReadDoc(document=Document(id="sha256:" + "0" * 64, date=date), text=text), gaz)


def rels(x, rtype: str | None = None) -> set[tuple[str, str, str]]:
    return {(r.type, r.source, r.target) for r in x.relations if rtype is None or r.type == rtype}


def pairs(x, rtype: str) -> set[frozenset]:
    """Unordered ends of the relations of a symmetric type."""
    return {frozenset((r.source, r.target)) for r in x.relations if r.type == rtype}


def rel(x, rtype: str, src: str, tgt: str):
    return next(r for r in x.relations if (r.type, r.source, r.target) == (rtype, src, tgt))


def people(x) -> set[str]:
    return {e.name_zh or e.name for e in x.entities if e.type == "Person"}


def ids(x, etype: str | None = None) -> set[str]:
    return {e.id for e in x.entities if etype is None or e.type == etype}


def ent(x, name: str, etype: str | None = None):
    """The entity one of whose names or aliases is ``name`` (None if none)."""
    for e in x.entities:
        if (etype is None or e.type == etype) and name in (e.name, e.name_zh, *e.aliases):
            return e
    return None


def eid(x, name: str, etype: str | None = None) -> str:
    e = ent(x, name, etype)
    assert e is not None, (name, [(e.type, e.name, e.name_zh) for e in x.entities])
    return e.id
