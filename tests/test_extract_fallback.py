"""Last-resort relations (loaders/extract/fallback.py): what a sentence states by its trigger
words and the kinds of things it names, where no rule reads its construction, and what they
must not read. Every sentence is made up for the test (invented people, real group names).
"""

from __future__ import annotations

import pytest

from soegraph.loaders.extract import Gazetteer, extract
from soegraph.loaders.readers import ReadDoc
from soegraph.models import Document


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def run(text: str, gaz: Gazetteer):
    return extract(ReadDoc(document=Document(id="sha256:" + "0" * 64, date="2024-10-25"), text=text), gaz)


def facts(x) -> dict[tuple[str, str, str], dict]:
    return {(r.type, r.source, r.target): {"rule": r.rule, **r.properties} for r in x.relations}


def person(x, name: str) -> str:
    return next(e.id for e in x.entities if e.type == "Person" and name in (e.name, e.name_zh))


def test_two_groups_that_join_hands_cooperate(gaz):
    x = run("State Grid Corporation of China and China Huaneng Group pledged to join hands in building "
            "new energy bases.", gaz)
    fact = facts(x)[("COOPERATES_WITH", "org:china-huaneng", "org:state-grid")]
    assert fact["rule"] == "fallback.cooperation"


@pytest.mark.parametrize("text", [
    # a restructuring or a stake is no cooperation, whatever the agreement says
    "国家电网有限公司与中国华能集团有限公司签署协议，推进相关资产重组。",
    "China Huaneng Group signed an agreement to buy a stake held by State Grid Corporation of China.",
    # three organizations: who cooperates with whom is not for the words to say
    "在国务院国资委的见证下，国家电网有限公司与中国华能集团有限公司、中国大唐集团有限公司开展合作。",
])
def test_no_cooperation_where_the_sentence_is_about_something_else(gaz, text):
    rules = {f["rule"] for f in facts(run(text, gaz)).values()}
    assert "fallback.cooperation" not in rules


def test_a_long_title_between_the_group_and_the_name_is_a_post(gaz):
    x = run("会上，中国华能集团有限公司党委常委、总会计师兼董事会秘书王建华同志作了发言。", gaz)
    fact = facts(x)[("HOLDS_POSITION", person(x, "王建华"), "org:china-huaneng")]
    # (兼 joins posts in the title chain of the main rule too: either rule may find it)
    assert fact["rule"] in ("fallback.post", "zh.org_title_person") and fact["title_zh"].startswith("党委常委、总会计师")
    assert fact["status"] == "current"


@pytest.mark.parametrize("described", ["for years the", "long-time", "in charge as"])
def test_a_name_then_a_described_title_at_the_group_is_a_post(gaz, described):
    x = run(f"Zhao Ming, {described} deputy general manager at China Huaneng Group, said the plan would go ahead.", gaz)
    fact = facts(x)[("HOLDS_POSITION", person(x, "Zhao Ming"), "org:china-huaneng")]
    assert fact["rule"] == "fallback.post" and fact["title"] == "deputy general manager"


@pytest.mark.parametrize("text", [
    "Zhao Ming met with the chairman of China Huaneng Group in Beijing on Monday.",
    "王建华会见了中国华能集团有限公司董事长一行。",
    "中国华能集团有限公司负责人表示，王建华提出的建议很有价值。",
])
def test_a_person_near_a_group_and_a_title_is_not_always_its_officer(gaz, text):
    x = run(text, gaz)
    assert not [f for f in facts(x).values() if f["rule"] == "fallback.post"]
