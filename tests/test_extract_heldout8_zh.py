"""Families of Chinese constructions seen missed on a development set, each tested with made-up
sentences in several phrasings (invented people; real bodies and groups), and with negatives.

A rule here states how news and official notices generally write a fact, not any document's wording.
"""

from __future__ import annotations

import pytest

from soegraph.loaders.extract import Gazetteer
from extraction_support import eid, ent, rels, run


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


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


# --- meetings named by their kind: …会议, …说明会, …动员会, …推介会 ------------------------------------

def events(x) -> list:
    return [e for e in x.entities if e.type == "Event"]


@pytest.mark.parametrize("text, name", [
    ("3日，中共浙江省委召开常委扩大会议，传达有关精神。", "常委扩大会议"),
    ("中国华电集团有限公司日前在北京召开了年度业绩说明会。", "年度业绩说明会"),
    ("中国华电集团有限公司5日召开安全生产工作动员会。", "安全生产工作动员会"),
    ("中国华能集团有限公司在上海举行项目推介会。", "项目推介会"),
    ("国资委昨天召开新闻发布会。", "新闻发布会"),
])
def test_a_meeting_is_named_up_to_its_kind(gaz, text, name):
    x = run(text, gaz)
    assert any(e.name_zh == name for e in events(x)), [(e.name, e.name_zh) for e in events(x)]
    ev = next(e for e in events(x) if e.name_zh == name)
    assert any(r.type == "ORGANIZED" and r.target == ev.id for r in x.relations)


@pytest.mark.parametrize("text", [
    "中国华能集团有限公司召开董事会，审议有关议案。",  # a board, no meeting's name
    "国资委领导举行会谈。",
])
def test_an_organ_or_talks_are_no_named_meeting(gaz, text):
    x = run(text, gaz)
    assert not any((e.name_zh or "").endswith(("董事会", "会谈")) for e in events(x)), [(e.name, e.name_zh) for e in events(x)]


@pytest.mark.parametrize("text, organizer, place", [
    ("国资委第五巡视组近日进驻中国华电集团有限公司开展专项巡视，并于24日召开了巡视工作动员会。", "国资委第五巡视组", "org:china-huadian"),
    ("国资委在中国华能集团有限公司召开中央企业改革工作座谈会。", "org:sasac", "org:china-huaneng"),
])
def test_the_place_before_the_verb_of_holding_is_no_organizer(gaz, text, organizer, place):
    x = run(text, gaz)
    org = organizer if organizer.startswith("org:") else eid(x, organizer)
    got = rels(x, "ORGANIZED")
    assert any(s == org for _, s, _ in got), got
    assert not any(s == place for _, s, _ in got), got


# --- a group merged into another: 并入 / 整体划入 / 划归, with when and how between ------------------

@pytest.mark.parametrize("text, child, parent, owns", [
    ("中国华电集团有限公司近日正式并入中国华能集团有限公司成为其全资子企业。", "org:china-huadian", "org:china-huaneng", True),
    ("中国华电集团有限公司已于今年初整体划入国家电力投资集团有限公司，成为其全资子公司。", "org:china-huadian", "org:spic", True),
    ("中国华电集团有限公司将成建制划归中国华能集团有限公司。", "org:china-huadian", "org:china-huaneng", False),
    ("经国务院批准，中国华电集团有限公司被并入中国华能集团有限公司。", "org:china-huadian", "org:china-huaneng", False),
])
def test_merged_into_with_adverbs(gaz, text, child, parent, owns):
    x = run(text, gaz)
    got = rels(x)
    assert ("MERGED_INTO", child, parent) in got, got
    assert (("OWNS", parent, child) in got) == owns, got


def test_a_whole_group_that_becomes_a_central_soes_subsidiary_is_merged_into_it(gaz):
    x = run("2003年4月，中国远景集团成为中国华能集团有限公司的子公司。", gaz)
    child = eid(x, "中国远景集团")
    assert ("MERGED_INTO", child, "org:china-huaneng") in rels(x)
    assert ("OWNS", "org:china-huaneng", child) in rels(x)


@pytest.mark.parametrize("text", [
    "华能新能源有限公司成为中国华能集团有限公司的全资子公司。",  # a company it set up, not a group
    "国资委将中国华电集团有限公司纳入中央企业名单。",
    "中国远景集团是中国华能集团有限公司的子公司。",  # is, not becomes
])
def test_no_merger_without_a_group_becoming_a_subsidiary(gaz, text):
    x = run(text, gaz)
    assert not rels(x, "MERGED_INTO"), rels(x)


# --- inspection teams: 中央第X巡视组, 中央巡视组 and the units a round lists ------------------------------

@pytest.mark.parametrize("text, team", [
    ("根据中央统一部署，中央第三巡视组近日进驻中国华能集团有限公司开展专项巡视。", "中央第三巡视组"),
    ("中央第十二巡视组日前进驻中国华能集团有限公司。", "中央第十二巡视组"),
])
def test_a_central_team_is_a_unit_of_the_central_committee(gaz, text, team):
    x = run(text, gaz)
    t = eid(x, team, "PartyOrgan")
    got = rels(x)
    assert ("PART_OF", t, "org:cpc-central-committee") in got, got
    assert ("SUPERVISES", t, "org:china-huaneng") in got, got


@pytest.mark.parametrize("text", [
    "经中央批准，今年第二轮巡视将对中国华能集团有限公司、中国大唐集团有限公司、中国华电集团有限公司等3个单位进行专项巡视。近期，中央巡视组将陆续进驻上述单位。",
    "今年第二轮巡视将对中国华能集团有限公司、中国大唐集团有限公司和中国华电集团有限公司开展常规巡视。中央巡视组将进驻上述3家单位并召开动员会。",
])
def test_a_team_that_goes_into_the_units_listed_before_supervises_each(gaz, text):
    x = run(text, gaz)
    t = eid(x, "中央巡视组", "PartyOrgan")
    got = rels(x, "SUPERVISES")
    for org in ("org:china-huaneng", "org:china-datang", "org:china-huadian"):
        assert ("SUPERVISES", t, org) in got, got


def test_a_list_of_units_without_a_team_going_in_supervises_nothing(gaz):
    x = run("今年第二轮巡视将对中国华能集团有限公司、中国大唐集团有限公司等2个单位进行专项巡视。上述单位要积极配合。", gaz)
    assert not rels(x, "SUPERVISES"), rels(x)


def test_units_counted_after_a_list_are_organizations_typed_by_their_names(gaz):
    x = run("巡视将对远景部、华光协会、星河广播电台、南方航空等4个单位进行专项巡视。", gaz)
    assert ent(x, "远景部", "GovernmentBody") is not None
    assert ent(x, "华光协会", "Institution") is not None
    assert ent(x, "星河广播电台", "Company") is not None
    # a central SOE's name without 中国 and its legal form
    assert ent(x, "China Southern Air Holding Company", "CentralSOE") is not None


def test_departments_without_a_count_are_no_units(gaz):
    x = run("财务、人事等单位负责人参加会议。", gaz)
    assert ent(x, "财务") is None and ent(x, "人事") is None


def test_a_meeting_named_again_by_its_kind_is_the_same_meeting(gaz):
    x = run("国资委第五巡视组近日进驻中国华电集团有限公司，并于24日召开了巡视工作动员会。巡视组还将在其他单位召开动员会。", gaz)
    assert len([e for e in x.entities if e.type == "Event" and "动员会" in (e.name_zh or "")]) == 1


# --- a bureau of a ministry or Party organ, and posts in it -------------------------------------------

@pytest.mark.parametrize("text, unit, parent, also", [
    ("国资委改革局局长赵长河介绍说，央企户数继续减少。", "国资委改革局", "org:sasac", None),
    ("财政部预算司司长赵长河出席会议。", "财政部预算司", "org:mof", None),
    ("中组部部务委员兼干部三局局长赵长河宣布了中央决定。", "中组部干部三局", "org:central-organization-department",
     "org:central-organization-department"),
    ("国资委党委委员、产权管理局局长赵长河出席。", "国资委产权管理局", "org:sasac", "org:sasac"),
])
def test_a_bureau_is_part_of_its_organ_and_its_head_holds_a_post_there(gaz, text, unit, parent, also):
    x = run(text, gaz)
    u = eid(x, unit)
    p = eid(x, "赵长河", "Person")
    got = rels(x)
    assert ("PART_OF", u, parent) in got, got
    assert ("HOLDS_POSITION", p, u) in got, got
    if also:
        assert ("HOLDS_POSITION", p, also) in got, got


@pytest.mark.parametrize("text", [
    "国资委副局长赵长河出席。",
    "国资委所属公司和司局级干部参加。",
    "国资委有关局负责同志参加会议。",
    "会上宣布了中央关于招商局集团主要领导调整的决定。",
    "中组部分管干部五局的副部长赵长河出席。",
])
def test_no_bureau_from_a_title_a_rank_or_another_name(gaz, text):
    x = run(text, gaz)
    assert not rels(x, "PART_OF"), rels(x, "PART_OF")


# --- heads named informally or as a group's leaders ----------------------------------------------------

@pytest.mark.parametrize("text, org", [
    ("中国华能集团有限公司掌门人赵长河调任地方。", "org:china-huaneng"),
    ("中国华能集团有限公司掌舵人赵长河表示，将加快转型。", "org:china-huaneng"),
    ("中国华能集团有限公司负责人赵长河介绍了有关情况。", "org:china-huaneng"),
])
def test_an_informal_head_title_is_a_post(gaz, text, org):
    x = run(text, gaz)
    assert ("HOLDS_POSITION", eid(x, "赵长河", "Person"), org) in rels(x), rels(x)


def test_a_groups_leaders_listed_each_hold_a_post_there(gaz):
    x = run("中国华能集团有限公司领导赵长河、钱立波、孙一鸣参加签字仪式。", gaz)
    got = rels(x, "HOLDS_POSITION")
    for name in ("赵长河", "钱立波", "孙一鸣"):
        assert ("HOLDS_POSITION", eid(x, name, "Person"), "org:china-huaneng") in got, got


def test_leadership_without_a_person_is_no_post(gaz):
    x = run("在中国华能集团有限公司领导下，赵长河完成了任务。", gaz)
    assert not rels(x, "HOLDS_POSITION"), rels(x)
