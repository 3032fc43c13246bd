"""English constructions of real news that the sentence templates missed (sentences written for
these tests, with invented or public names): counted groups named in a later sentence, local
governments in lower case, appointment phrasing, mergers, founding, supervision and stakes."""

from __future__ import annotations

import pytest

from soegraph.loaders.extract import Gazetteer, extract
from soegraph.loaders.readers import ReadDoc
from soegraph.models import Document, Entity


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_entities([
        Entity(id="org:sasac", type="GovernmentBody", name="State-owned Assets Supervision and Administration Commission of the State Council",
               name_zh="国务院国有资产监督管理委员会", aliases=["SASAC", "国资委"]),
        Entity(id="org:alpha", type="CentralSOE", name="China Alpha Group", aliases=["Alpha Group"]),
        Entity(id="org:beta", type="CentralSOE", name="China Beta Corporation", aliases=["Beta Corp"]),
        Entity(id="org:gamma", type="CentralSOE", name="China Gamma Group", aliases=["Gamma Group"]),
    ])


def run(text: str, gaz: Gazetteer, date: str | None = "2024-10-25"):
    doc = ReadDoc(document=Document(id="sha256:" + "0" * 64, date=date), text=text)
    return extract(doc, gaz)


def rels(x, rtype: str | None = None) -> set[tuple[str, str, str]]:
    return {(r.type, r.source, r.target) for r in x.relations if rtype is None or r.type == rtype}


def pairs(x, rtype: str) -> set[frozenset]:
    """Unordered ends of the relations of a symmetric type."""
    return {frozenset((r.source, r.target)) for r in x.relations if r.type == rtype}


def ent_id(x, name: str) -> str:
    return next(e.id for e in x.entities if e.name == name or name in e.aliases)


# --- counted groups and local governments ---------------------------------------------------

def test_lower_case_provincial_government_is_a_government(gaz):
    x = run("Sichuan provincial government held a meeting on Monday.", gaz)
    (e,) = [e for e in x.entities if e.type == "GovernmentBody"]
    assert e.name == "Sichuan Provincial Government"


def test_place_after_a_government_is_that_government(gaz):
    x = run("Sichuan provincial government held talks. Zhou Ming, governor of Sichuan Province, attended.", gaz)
    gov = ent_id(x, "Sichuan Provincial Government")
    assert ("HOLDS_POSITION", "person:zhou-ming", gov) in rels(x)
    assert len([e for e in x.entities if e.type == "GovernmentBody"]) == 1


def test_the_provincial_government_names_no_place(gaz):
    x = run("The provincial government and the municipal government agreed.", gaz)
    assert not [e for e in x.entities if e.type == "GovernmentBody"]


def test_counted_group_bound_to_the_list_in_the_next_sentence(gaz):
    x = run("Yunnan provincial government signed cooperation agreements with three central enterprises on May 5. "
            "The three central enterprises include China Alpha Group, China Beta Corporation and China Gamma Group.", gaz)
    gov = ent_id(x, "Yunnan Provincial Government")
    assert pairs(x, "COOPERATES_WITH") == {frozenset((gov, o)) for o in ("org:alpha", "org:beta", "org:gamma")}


def test_counted_group_with_a_list_of_another_size_binds_nothing(gaz):
    x = run("Yunnan provincial government signed cooperation agreements with four central enterprises. "
            "The central enterprises include China Alpha Group, China Beta Corporation and China Gamma Group.", gaz)
    assert not rels(x, "COOPERATES_WITH")


def test_counted_group_listed_in_the_same_sentence(gaz):
    x = run("SASAC signed agreements with two companies, including China Alpha Group and China Beta Corporation.", gaz)
    assert pairs(x, "COOPERATES_WITH") == {frozenset(("org:alpha", "org:sasac")), frozenset(("org:beta", "org:sasac"))}
