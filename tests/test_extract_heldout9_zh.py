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


# --- a bare 省委 / 省政府 / 省国资委 in a text that names its province only as a place -------------

@pytest.mark.parametrize("text, name", [
    ("央企助力陕西发展大会在西安召开。省委书记王立新出席并讲话。", "中共陕西省委"),
    ("中国中铁与恒健控股签署协议，双方将在广东省基础设施领域合作。省政府有关领导、省国资委副主任李文博出席。",
     "广东省人民政府国有资产监督管理委员会"),
    ("四川省某某集团召开会议，传达了省委有关精神。副省长赵海涛出席。省委常委、秘书长王立新主持。", "中共四川省委"),
])
def test_bare_provincial_organ_from_a_named_province(gaz, text, name):
    x = run(text, gaz)
    assert ent(x, name) is not None, [(e.type, e.name_zh) for e in x.entities]


def test_bare_provincial_government_from_a_named_province(gaz):
    x = run("中国电建与山东交通企业合作。省政府秘书长王立新出席。", gaz)
    assert ent(x, "山东省人民政府", "GovernmentBody") is not None


@pytest.mark.parametrize("text", [
    "陕西和甘肃两地企业签约。省委书记王立新出席。",  # two provinces: which one is not said
    "省委书记王立新出席。",                          # none
])
def test_bare_provincial_organ_not_guessed(gaz, text):
    x = run(text, gaz)
    assert not [e for e in x.entities if e.type == "PartyOrgan"], [(e.type, e.name_zh) for e in x.entities]


# --- a named event with no organizer told twice (headline or lede, then the body) is one event -----

@pytest.mark.parametrize("text", [
    "9月6日，央企助力西部发展推进大会在兰州召开。\n\n9月6日，央企助力西部发展推进大会在兰州召开。省长王立新主持会议。",
    "央企助力西部发展推进大会在兰州举行\n\n本报讯 9月6日，央企助力西部发展推进大会在兰州举行。副省长李文博出席。",
])
def test_named_event_told_twice_is_one(gaz, text):
    x = run(text, gaz)
    evs = [e for e in x.entities if e.type == "Event"]
    assert len(evs) == 1, [(e.id, e.name_zh) for e in evs]


def test_two_dates_two_events(gaz):
    x = run("9月6日，央企助力西部发展推进大会在兰州召开。省长王立新主持会议。\n\n"
            "10月8日，央企助力西部发展推进大会在兰州召开。副省长李文博主持会议。", gaz)
    assert len([e for e in x.entities if e.type == "Event"]) == 2


# --- attendees listed "title name, title name" before one verb (出席并讲话, 主持) ------------------

def _event_people(x):
    return {e.name_zh for e in x.entities if e.type == "Person"
            if any(r.type == "PARTICIPATED_IN" and r.source == e.id for r in x.relations)}


@pytest.mark.parametrize("text, who", [
    ("9月6日，推进大会在兰州召开。国务院国资委党委书记、主任王立新，省委书记李文博出席并讲话。",
     {"王立新", "李文博"}),
    ("3月2日，工作会议在北京召开。集团党委书记、董事长王立新,总经理李文博,监事会主席赵海涛出席会议并讲话。",
     {"王立新", "李文博", "赵海涛"}),
    ("5月8日，国企改革座谈会在成都举行。省国资委主任王立新，集团董事长李文博出席并致辞。", {"王立新", "李文博"}),
])
def test_titled_attendee_list_before_the_verb(gaz, text, who):
    x = run(text, gaz)
    assert who <= _event_people(x), _event_people(x)


@pytest.mark.parametrize("text, not_who", [
    # a clause of its own that ends with a name: not an item of the list
    ("9月6日，推进大会在兰州召开。会前王立新会见了李文博，赵海涛出席并讲话。", {"李文博"}),
    ("9月6日，推进大会在兰州召开。据李文博介绍，赵海涛出席并讲话。", {"李文博"}),
])
def test_titled_attendee_list_not_a_clause(gaz, text, not_who):
    x = run(text, gaz)
    assert not (not_who & _event_people(x)), _event_people(x)


# --- a local company said again without its place (四川某某集团 ... 某某集团) ------------------------

@pytest.mark.parametrize("text, full, short", [
    ("四川宏远集团召开会议。宏远集团党委书记王立新主持会议。", "四川宏远集团", "宏远集团"),
    ("湖南省宏远集团有限公司召开年度工作会议。宏远集团董事长王立新出席。", "湖南省宏远集团有限公司", "宏远集团"),
    # a registry alias (长江集团 of 长江三峡集团) yields to the local company the text named in full
    ("四川省长江集团有限公司召开会议。长江集团党委书记、董事长王立新主持会议。", "四川省长江集团有限公司", "长江集团"),
])
def test_placeless_short_name_is_the_local_company(gaz, text, full, short):
    x = run(text, gaz)
    org = eid(x, full)
    assert ("HOLDS_POSITION", eid(x, "王立新", "Person"), org) in rels(x)
    assert not [e for e in x.entities if e.type in ("Company", "CentralSOE") and e.id != org], \
        [(e.type, e.name_zh) for e in x.entities]


def test_registry_alias_kept_without_a_local_full_name(gaz):
    x = run("长江集团党委书记、董事长王立新主持会议。", gaz)
    assert "org:china-three-gorges" in {e.id for e in x.entities}


def test_two_places_same_short_name_not_guessed(gaz):
    x = run("四川宏远集团与湖南宏远集团签署协议。宏远集团董事长王立新出席。", gaz)
    assert eid(x, "四川宏远集团") != eid(x, "湖南宏远集团")
    assert ent(x, "宏远集团") is None or eid(x, "宏远集团") not in (eid(x, "四川宏远集团"), eid(x, "湖南宏远集团"))


# --- a company's Party committee that acts, its inspection teams, and what they inspect ------------

@pytest.mark.parametrize("text", [
    "3月2日，宏远集团党委召开2023年第一轮巡察工作动员部署会。",
    "宏远集团党委召开巡察工作领导小组会议，部署新一轮巡察。",
    "宏远集团党委第三巡察组组长王立新作动员讲话。",
])
def test_company_committee_that_acts(gaz, text):
    x = run(text, gaz)
    assert ent(x, "宏远集团党委", "PartyOrgan") is not None, [(e.type, e.name_zh) for e in x.entities]


def test_company_committee_post_stays_with_the_company(gaz):
    x = run("宏远集团党委书记、董事长王立新主持会议。", gaz)
    assert not [e for e in x.entities if e.type == "PartyOrgan"]
    assert ("HOLDS_POSITION", eid(x, "王立新", "Person"), eid(x, "宏远集团")) in rels(x)


@pytest.mark.parametrize("text", [
    "4月1日，宏远集团党委第二巡察组巡察湖南宏达集团有限公司工作动员会召开。组长王立新作动员讲话。",
    "宏远集团党委第一巡察组巡视了湖南宏达集团有限公司。",
])
def test_team_inspects_the_company_after_the_verb(gaz, text):
    x = run(text, gaz)
    team = next(e.id for e in x.entities if e.type == "PartyOrgan" and (e.name_zh or "").endswith("巡察组"))
    target = eid(x, "湖南宏达集团有限公司")
    assert ("SUPERVISES", team, target) in rels(x)
    assert ("PART_OF", team, eid(x, "宏远集团党委")) in rels(x)
    assert not [r for r in x.relations if r.type == "ORGANIZED" and r.source == target]


def test_place_prefixed_team_in_headline_is_the_same_team(gaz):
    x = run("四川宏远集团党委第二巡察组巡察湖南宏达集团有限公司\n\n"
            "4月1日，宏远集团党委第二巡察组巡察湖南宏达集团有限公司工作动员会召开。组长王立新作动员讲话。", gaz)
    teams = [e for e in x.entities if e.type == "PartyOrgan" and (e.name_zh or "").endswith("巡察组")]
    assert len(teams) == 1, [(e.id, e.name_zh) for e in teams]


# --- witnesses named in the clause before the signers (在甲、乙共同见证下，丙、丁代表双方签约) ------

@pytest.mark.parametrize("tail", [
    "在王立新、李文博共同见证下，赵海涛、陈志强代表双方签订协议。",
    "在王立新、李文博的见证下，赵海涛、陈志强分别代表双方签约。",
])
def test_witnesses_before_the_signers(gaz, tail):
    text = ("4月12日，中国电建与浙江省政府签署战略合作框架协议。浙江省省长王立新，中国电建董事长李文博，"
            "浙江省副省长赵海涛，中国电建副总经理陈志强出席。" + tail)
    x = run(text, gaz)
    assert {"王立新", "李文博", "赵海涛", "陈志强"} <= _event_people(x), _event_people(x)


def test_no_witness_clause_no_extra_people(gaz):
    text = ("4月12日，中国电建与浙江省政府签署战略合作框架协议。浙江省省长王立新会见了中国电建董事长李文博。"
            "浙江省副省长赵海涛，中国电建副总经理陈志强代表双方签约。")
    x = run(text, gaz)
    witnessed = {r.source for r in x.relations if r.type == "PARTICIPATED_IN" and r.rule == "zh.witnessed"}
    assert eid(x, "王立新", "Person") not in witnessed
