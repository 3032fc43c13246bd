"""Companies a list names by short names no registry holds (loaders/extract/company_lists.py):
the list's head or tail says its items are companies. Made-up names, in both languages."""

from __future__ import annotations

import pytest
from extraction_support import FICTIONAL_GROUPS, run

from soegraph.loaders.extract import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer(FICTIONAL_GROUPS)


def companies(x) -> set[str]:
    return {e.name_zh or e.name for e in x.entities if e.type == "Company"}


@pytest.mark.parametrize("text, names", [
    ("阿尔法集团旗下拥有甲乙电力、丙丁化工和戊己置业等3家上市公司。", {"甲乙电力", "丙丁化工", "戊己置业"}),
    ("参与此次重组的企业包括甲乙电力、丙丁化工和戊己置业。", {"甲乙电力", "丙丁化工", "戊己置业"}),
    ("Its listed companies include: Quanta Power, Ridgeway Chemical and Elmont Holdings.",
     {"Quanta Power", "Ridgeway Chemical", "Elmont Holdings"}),
    ("Subsidiaries such as Quanta Power and Ridgeway Chemical will be merged.", {"Quanta Power", "Ridgeway Chemical"}),
])
def test_every_item_of_a_company_list_is_a_company(gaz, text, names):
    assert names <= companies(run(text, gaz))


@pytest.mark.parametrize("text", [
    "Its listed companies include: Ridgeway Chemical and Quanta Power. China Alpha Group holds a 51 percent stake in Quanta Power.",
    "阿尔法集团旗下拥有甲乙电力、丙丁化工等上市公司。国资委持有甲乙电力51%的股权。",
])
def test_a_listed_company_said_again_is_the_same_company(gaz, text):
    x = run(text, gaz)
    owner = "org:alpha" if text.isascii() else "org:sasac"
    listed = [e.id for e in x.entities if (e.name_zh or e.name) in ("Quanta Power", "甲乙电力")]
    assert len(listed) == 1
    assert ("OWNS", owner, listed[0]) in {(r.type, r.source, r.target) for r in x.relations}


@pytest.mark.parametrize("text", [
    # what a company does is no list of companies
    "该公司是一家从事建筑房地产、军需品进出口和医药制造的综合性企业。",
    # people listed before 等 are people
    "张明华、李建国等同志出席会议。",
    # a count of companies is no company's name
    "阿尔法集团旗下共有8家上市公司。",
    # places in an English list are not companies
    "Its subsidiaries include units in China, Beijing and Shanghai.",
])
def test_what_is_no_company_list(gaz, text):
    assert companies(run(text, gaz)) == set()

