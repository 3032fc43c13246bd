"""A group's name with 股份 after it is the group's listed arm, where the registry holds that
company under the group's name with 股份有限公司 for its group form (中国石化股份 is Sinopec Corp,
not the Sinopec Group). Made-up sentences, real registry names."""

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
