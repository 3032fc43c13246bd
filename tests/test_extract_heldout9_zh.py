"""Families of Chinese constructions seen missed on a development set, each tested with made-up
sentences in several phrasings (invented people; real bodies and groups), and with negatives.

A rule here states how news and official notices generally write a fact, not any document's wording.
"""

from __future__ import annotations

import pytest

from soegraph.loaders.extract import Gazetteer
from extraction_support import rels, run


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def ent(x, name: str, etype: str | None = None):
    """The entity one of whose names is ``name`` (None if none)."""
    for e in x.entities:
        if (etype is None or e.type == etype) and name in (e.name, e.name_zh, *e.aliases):
            return e
    return None


def eid(x, name: str, etype: str | None = None) -> str:
    e = ent(x, name, etype)
    assert e is not None, (name, [(e.type, e.name, e.name_zh) for e in x.entities])
    return e.id


# --- a region's committee is its 党委 (宁夏回族自治区党委) ----------------------------------------

@pytest.mark.parametrize("text, name", [
    ("广西壮族自治区党委书记王立新会见了客人。", "广西壮族自治区党委"),
    ("2019年，李文博调任宁夏回族自治区党委常委、组织部部长。", "宁夏回族自治区党委"),
    ("新疆维吾尔自治区党委副书记王立新出席会议。", "新疆维吾尔自治区党委"),
    ("内蒙古自治区党委常委赵海涛出席。", "内蒙古自治区党委"),
])
def test_region_party_committee(gaz, text, name):
    x = run(text, gaz)
    assert ent(x, name, "PartyOrgan") is not None


@pytest.mark.parametrize("text", [
    "社区党委书记王立新出席。",
    "园区党委副书记王立新主持会议。",
])
def test_no_place_committee_from_a_community_party_committee(gaz, text):
    x = run(text, gaz)
    assert not [e for e in x.entities if e.type == "PartyOrgan"]


def test_region_committee_post_held(gaz):
    x = run("新疆维吾尔自治区党委副书记王立新出席会议。", gaz)
    assert ("HOLDS_POSITION", eid(x, "王立新", "Person"), eid(x, "新疆维吾尔自治区党委")) in rels(x)
