"""Families of Chinese constructions that say one fact in several ways (relation and entity recall).

Every sentence here is made up for the test (invented names, public bodies and central SOEs in
ordinary constructions); each test checks several variants of one family, not one sentence.
"""

from __future__ import annotations

import pytest

from soegraph.loaders.extract import Gazetteer, extract
from soegraph.loaders.readers import ReadDoc
from soegraph.models import Document


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def run(text: str, gaz: Gazetteer, date: str | None = "2024-10-25"):
    doc = ReadDoc(document=Document(id="sha256:" + "0" * 64, date=date), text=text)
    return extract(doc, gaz)


def rels(x, rtype: str | None = None) -> set[tuple[str, str, str]]:
    return {(r.type, r.source, r.target) for r in x.relations if rtype is None or r.type == rtype}


def people(x) -> set[str]:
    return {e.name_zh or e.name for e in x.entities if e.type == "Person"}


def pid(x, name: str) -> str:
    return next(e.id for e in x.entities if e.type == "Person" and name in (e.name, e.name_zh))


# --- 分别: the i-th person holds the i-th post -------------------------------------------------

@pytest.mark.parametrize("text", [
    "会上宣布了党中央、国务院的决定。孙立平、赵海峰、钱卫东和郑光明分别担任中国华能集团有限公司、中国大唐集团有限公司、中国华电集团有限公司和国家电力投资集团有限公司的董事长、党组书记。",
    "会上宣布了党中央、国务院的决定。孙立平、赵海峰、钱卫东及郑光明分别出任中国华能集团有限公司、中国大唐集团有限公司、中国华电集团有限公司、国家电力投资集团有限公司董事长、党组书记。",
    "会上宣布了党中央、国务院的决定。孙立平同志、赵海峰同志、钱卫东同志和郑光明同志分别任中国华能集团有限公司董事长、中国大唐集团有限公司董事长、中国华电集团有限公司董事长、国家电力投资集团有限公司董事长。",
    "会上宣布了党中央、国务院的决定。中国华能集团有限公司、中国大唐集团有限公司、中国华电集团有限公司和国家电力投资集团有限公司的董事长分别由孙立平、赵海峰、钱卫东和郑光明担任。",
])
def test_a_list_of_people_respectively_takes_a_list_of_posts(gaz, text):
    x = run(text, gaz)
    got = rels(x, "HOLDS_POSITION")
    pairs = [("孙立平", "org:china-huaneng"), ("赵海峰", "org:china-datang"), ("钱卫东", "org:china-huadian"),
             ("郑光明", "org:spic")]
    for name, org in pairs:
        assert ("HOLDS_POSITION", pid(x, name), org) in got, (name, org, got)
    # the i-th person at the i-th company only
    assert ("HOLDS_POSITION", pid(x, "孙立平"), "org:china-datang") not in got
    for name, _ in pairs:
        assert ("APPOINTS", "org:cpc-central-committee", pid(x, name)) in rels(x, "APPOINTS")
        assert ("APPOINTS", "org:state-council", pid(x, name)) in rels(x, "APPOINTS")


@pytest.mark.parametrize("text", [
    "孙立平、赵海峰分别担任中国华能集团有限公司董事长、总经理。",
    "孙立平和赵海峰分别为中国华能集团有限公司董事长和总经理。",
    "孙立平同志、赵海峰同志分别出任中国华能集团有限公司董事长、总经理。",
])
def test_two_people_respectively_take_two_titles_of_one_company(gaz, text):
    x = run(text, gaz)
    got = {(r.source, r.properties.get("title_zh")) for r in x.relations
           if r.type == "HOLDS_POSITION" and r.target == "org:china-huaneng"}
    assert (pid(x, "孙立平"), "董事长") in got and (pid(x, "赵海峰"), "总经理") in got, got


def test_respectively_with_lists_of_unequal_length_pairs_nobody(gaz):
    x = run("孙立平、赵海峰和钱卫东分别担任中国华能集团有限公司和中国大唐集团有限公司的董事长。", gaz)
    assert not [r for r in x.relations if r.rule == "zh.respectively"]


# --- removals: 被免去…职务 ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "年满六十三岁的孙立平被免去中国华能集团有限公司董事长、党组书记职务。",
    "孙立平被免去中国华能集团有限公司董事长职务。",
    "会上宣布，孙立平同志已被免去其中国华能集团有限公司董事长职务。",
    "即将退休的孙立平被正式免去中国华能集团有限公司董事长之职。",
])
def test_a_person_removed_from_a_post_held_it_before(gaz, text):
    x = run(text, gaz)
    assert "孙立平" in people(x)
    hp = [r for r in x.relations if r.type == "HOLDS_POSITION" and r.target == "org:china-huaneng"]
    assert hp and all(r.properties.get("status") == "former" for r in hp), hp


def test_removal_without_bei_does_not_make_a_name(gaz):
    x = run("会议决定免去中国华能集团有限公司董事长职务。", gaz)
    assert not people(x)


# --- people: a name after its title confirmed by its repetition; the last of a list after 和 ------

@pytest.mark.parametrize("text", [
    "对国务院国资委副主任孙立平而言，这一周并不轻松。孙立平分别出席了三场会议。",
    "国务院国资委副主任孙立平坦言，改革任务很重。随后孙立平又前往企业调研。",
    "据国务院国资委副主任孙立平透露，方案已经上报。孙立平的讲话引起关注。",
])
def test_a_name_after_a_title_is_confirmed_where_it_recurs(gaz, text):
    x = run(text, gaz)
    assert "孙立平" in people(x)
    assert ("HOLDS_POSITION", pid(x, "孙立平"), "org:sasac") in rels(x)


def test_a_word_after_a_title_that_does_not_recur_is_no_name(gaz):
    x = run("对国务院国资委副主任而言，这一周并不轻松。副主任王者之风而言。", gaz)
    assert "王者之" not in people(x)


@pytest.mark.parametrize("text", [
    "孙立平、赵海峰和钱卫东分别担任中国华能集团有限公司、中国大唐集团有限公司和中国华电集团有限公司董事长。",
    "孙立平、赵海峰及钱卫东分别担任中国华能集团有限公司、中国大唐集团有限公司和中国华电集团有限公司董事长。",
    "孙立平、赵海峰与钱卫东出席会议。",
])
def test_the_last_of_a_list_of_names_after_he_ji_yu(gaz, text):
    x = run(text, gaz)
    assert {"孙立平", "赵海峰", "钱卫东"} <= people(x)


# --- a group announces its decision on its subsidiaries' leaders --------------------------------

@pytest.mark.parametrize("text", [
    "会议宣布了中国华能集团有限公司党组、中国华能集团有限公司关于华能国际电力股份有限公司主要领导任职的决定：孙立平同志任华能国际电力股份有限公司董事长。",
    "会上宣布中国华能集团有限公司关于华能国际电力股份有限公司领导班子调整的决定：孙立平同志任华能国际电力股份有限公司董事长。",
    "会上宣读了中国华能集团有限公司党组关于华能国际电力股份有限公司主要领导任免的决定，孙立平同志任华能国际电力股份有限公司董事长。",
])
def test_a_group_announcing_its_decision_appoints(gaz, text):
    x = run(text, gaz)
    assert ("APPOINTS", "org:china-huaneng", pid(x, "孙立平")) in rels(x, "APPOINTS"), rels(x)
