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


# --- a city whose name ends with a stop character (成都, 京都) ------------------------------------

@pytest.mark.parametrize("text, name", [
    ("7日，成都市政府与中国华电集团有限公司签署战略合作协议。", "成都市人民政府"),
    ("成都市人民政府副市长王立新出席。", "成都市人民政府"),
    ("中共成都市委书记王立新会见了客人。", "中共成都市委"),
])
def test_a_city_ending_in_a_stop_character_names_its_organs(gaz, text, name):
    x = run(text, gaz)
    assert ent(x, name) is not None, [(e.type, e.name) for e in x.entities]


@pytest.mark.parametrize("text", ["各地都市政府部门加强管理。", "首都市民踊跃参加活动。"])
def test_du_meaning_all_stays_a_stop(gaz, text):
    x = run(text, gaz)
    assert not any(e.type in ("GovernmentBody", "PartyOrgan") for e in x.entities), [(e.type, e.name) for e in x.entities]
