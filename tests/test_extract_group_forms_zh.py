"""Groups in two constructions of Chinese news: a group's name with 股份 after it is its listed
arm (中国石化股份 is Sinopec Corp, the registry's row under the group's name with 股份有限公司),
and one party that signs with each of a list (甲与乙、丙和丁分别签署) cooperates with each.
Made-up sentences, real registry names."""

from __future__ import annotations

import pytest
from extraction_support import run

from soegraph.loaders.extract import Gazetteer

SINOPEC_GROUP = "org:sinopec"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def arm_id(gaz: Gazetteer) -> str:
    return gaz.lookup("中国石油化工股份有限公司")


@pytest.mark.parametrize("text", [
    "中国石化股份董事长王建华出席会议。",
    "中石化股份公司董事长王建华出席会议。",
    "中国石化股份有限公司董事长王建华出席会议。",
])
def test_group_name_with_shares_is_the_listed_arm(gaz, text):
    x = run(text, gaz)
    posts = {r.target for r in x.relations if r.type == "HOLDS_POSITION"}
    assert posts == {arm_id(gaz)}


def test_the_group_holds_its_listed_arm(gaz):
    x = run("中国石化集团持有中国石化股份68%的股权。", gaz)
    owns = {(r.source, r.target) for r in x.relations if r.type == "OWNS"}
    assert owns == {(SINOPEC_GROUP, arm_id(gaz))}


@pytest.mark.parametrize("text", [
    "中国石化集团董事长王建华出席会议。",
    "中国石化股份制改造于2000年完成，中国石化董事长王建华出席会议。",  # the group's shareholding reform
])
def test_the_group_stays_the_group(gaz, text):
    x = run(text, gaz)
    assert arm_id(gaz) not in {e.id for e in x.entities}


# (cooperation: one party with each of a list)
@pytest.mark.parametrize("text", [
    "成都市政府与中国华能、中国大唐和国家电网分别签署战略合作协议。",
    "成都市政府与中国华能、中国大唐、国家电网等三家央企签署战略合作协议。",
    "成都市政府与中国华能和中国大唐分别签订了合作协议。",
])
def test_one_party_signs_with_each_of_a_list(gaz, text):
    x = run(text, gaz)
    pairs = {frozenset((r.source, r.target)) for r in x.relations if r.type == "COOPERATES_WITH"}
    city = next(e.id for e in x.entities if e.type == "GovernmentBody")
    partners = {e.id for e in x.entities if e.type == "CentralSOE"}
    assert pairs == {frozenset((city, p)) for p in partners}
