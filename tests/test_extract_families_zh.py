"""Families of Chinese constructions that say one fact in several ways (relation and entity recall).

Every sentence here is made up for the test (invented names, public bodies and central SOEs in
ordinary constructions); each test checks several variants of one family, not one sentence.
"""

from __future__ import annotations

import pytest

from soegraph.loaders.extract import Gazetteer
from extraction_support import people, rels, run


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


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


# --- companies: 集团控股有限公司 names; one company with and without 省, its legal form, 集团 -------

def orgs(x) -> dict[str, str]:
    return {(e.name_zh or e.name): e.id for e in x.entities if e.type in ("Company", "CentralSOE")}


@pytest.mark.parametrize("text", [
    "据悉，江南华信集团控股有限公司将引入战略投资者。",
    "江南华信集团控股股份有限公司发布公告称，将引入战略投资者。",
    "本次划转后，江南华信投资控股有限公司成为控股股东。",
])
def test_a_group_holding_company_is_one_name(gaz, text):
    x = run(text, gaz)
    names = list(orgs(x))
    assert any(n.startswith("江南华信") and n.endswith("公司") for n in names), names
    assert "江南华信集团" not in names


@pytest.mark.parametrize("a, b", [
    ("江南省华信集团公司", "江南华信集团"),
    ("江南华信集团控股有限公司", "江南华信控股有限公司"),
    ("江南省华信集团有限公司", "江南华信集团"),
])
def test_one_company_named_with_and_without_its_province_and_legal_form(gaz, a, b):
    x = run(f"{a}发布公告。此后，{b}又与多家银行签署协议。", gaz)
    ids = {e.id for e in x.entities if e.type in ("Company", "CentralSOE")}
    assert len(ids) == 1, orgs(x)


def test_a_listed_arm_stays_apart_from_its_group(gaz):
    x = run("江南华信股份有限公司发布公告称，江南华信集团有限公司拟增持。", gaz)
    assert len({e.id for e in x.entities if e.type in ("Company", "CentralSOE")}) == 2, orgs(x)


# --- stakes, founders, mergers said in other word orders ------------------------------------------

@pytest.mark.parametrize("text", [
    "持有江南华信股份有限公司22.67%股权（合8000万股）的江南华信控股有限公司是省属企业。",
    "持有江南华信股份有限公司股份的江南华信控股有限公司表示支持。",
    "江南华信股份有限公司的第一大股东为江南华信控股有限公司。",
    "江南华信控股有限公司是江南华信股份有限公司的第一大股东。",
])
def test_a_holder_described_by_its_stake_owns(gaz, text):
    x = run(text, gaz)
    o = orgs(x)
    assert ("OWNS", o["江南华信控股有限公司"], o["江南华信股份有限公司"]) in rels(x, "OWNS"), rels(x)


@pytest.mark.parametrize("text", [
    "江南华信控股有限公司是浙江省人民政府组建的省级国有资本运营公司之一。",
    "江南华信控股有限公司系由浙江省人民政府出资设立的国有独资公司。",
    "浙江省人民政府出资组建的江南华信控股有限公司于当年挂牌。",
])
def test_a_founder_before_de_established(gaz, text):
    x = run(text, gaz)
    est = [(a, b) for t, a, b in rels(x, "ESTABLISHED")]
    assert any(b == orgs(x)["江南华信控股有限公司"] for a, b in est), rels(x)


@pytest.mark.parametrize("text", [
    "江南华信控股有限公司是省属企业。今年4月，曾和江南荣达控股有限公司、江南东昌集团有限公司重组为一家大型省属国有独资公司——江南大荣昌集团有限公司。",
    "江南华信控股有限公司是省属企业。去年，该公司与江南荣达控股有限公司和江南东昌集团有限公司合并组建为新的江南大荣昌集团有限公司。",
])
def test_a_clause_without_a_subject_merges_the_topic_too(gaz, text):
    x = run(text, gaz)
    o = orgs(x)
    got = rels(x, "MERGED_INTO")
    new = o["江南大荣昌集团有限公司"]
    for name in ("江南华信控股有限公司", "江南荣达控股有限公司", "江南东昌集团有限公司"):
        assert ("MERGED_INTO", o[name], new) in got, (name, got)


def test_a_merging_clause_with_its_own_subject_leaves_the_topic_alone(gaz):
    x = run("江南华信控股有限公司是省属企业。江南荣达控股有限公司与江南东昌集团有限公司重组为江南大荣昌集团有限公司。", gaz)
    o = orgs(x)
    assert not any(s == o["江南华信控股有限公司"] for _, s, _ in rels(x, "MERGED_INTO"))


# --- units of an organ: inspection teams, their office and leading group, numbered bureaus ---------

def ent(x, name: str):
    return next((e for e in x.entities if name in (e.name, e.name_zh)), None)


@pytest.mark.parametrize("text, unit, parent", [
    ("根据部署，国资委第三巡视组进驻中国华能集团有限公司开展巡视。", "国资委第三巡视组", "org:sasac"),
    ("按照国资委巡视工作领导小组的部署，巡视工作全面展开。", "国资委巡视工作领导小组", "org:sasac"),
    ("国资委巡视办有关负责同志陪同进驻。", "国资委巡视办", "org:sasac"),
    ("中组部干部一局局长孙立平出席会议。", "中组部干部一局", "org:central-organization-department"),
])
def test_a_unit_named_after_its_organ_is_part_of_it(gaz, text, unit, parent):
    x = run(text, gaz)
    u = ent(x, unit)
    assert u is not None and u.type == "PartyOrgan", [(e.type, e.name) for e in x.entities]
    assert ("PART_OF", u.id, parent) in rels(x)
    assert any(e.id == parent for e in x.entities)  # the organ stays an entity of the text


def test_a_numbered_team_supervises_what_it_goes_into_and_bare_mentions_are_it(gaz):
    x = run("2023年3月7日，国资委第三巡视组进驻中国华能集团有限公司开展巡视工作。巡视组在进驻当天召开了动员大会，"
            "第三巡视组组长孙立平作了动员讲话。", gaz)
    team = ent(x, "国资委第三巡视组").id
    assert ("SUPERVISES", team, "org:china-huaneng") in rels(x)
    assert ("HOLDS_POSITION", pid(x, "孙立平"), team) in rels(x)
    assert any(t == "ORGANIZED" and s == team for t, s, _ in rels(x))
    assert any(t == "ORGANIZED" and s == "org:sasac" for t, s, _ in rels(x))  # the organ's tour


def test_a_range_of_teams_supervises_nothing_in_particular(gaz):
    x = run("国资委第一至第三巡视组已分别进驻中国华能集团有限公司、中国大唐集团有限公司、中国华电集团有限公司。", gaz)
    assert not rels(x, "SUPERVISES") - {("SUPERVISES", "org:sasac", o) for o in ("org:china-huaneng", "org:china-datang", "org:china-huadian")}
    assert any(t == "ORGANIZED" and s == "org:sasac" for t, s, _ in rels(x))


def test_bare_team_with_two_teams_named_is_nobody(gaz):
    x = run("国资委第一巡视组进驻中国华能集团有限公司，国资委第二巡视组进驻中国大唐集团有限公司。巡视组组长孙立平作了讲话。", gaz)
    assert not [r for r in x.relations if r.type == "HOLDS_POSITION" and "xun-shi" in r.target]


# --- speakers in turn; 会上 refers to the meeting however far back it was told ------------------

_FILLER = "".join(f"{n}是做好第{n}项工作。" for n in "一二三四五六七八九十")


@pytest.mark.parametrize("tail", [
    "会上，新任总经理孙立平同志和董事长赵海峰同志分别表态发言。",
    "会上，孙立平、赵海峰先后作交流发言。",
    "会议上，孙立平和赵海峰相继致辞。",
    "会上，孙立平同志、赵海峰同志依次作了表态发言。",
])
def test_speakers_in_turn_at_the_meeting_told_long_before(gaz, tail):
    x = run("5月15日，中国华能集团有限公司召开干部大会。钱卫东主持会议。" + _FILLER + tail, gaz)
    ev = [e for e in x.entities if e.type == "Event"]
    assert len(ev) == 1, ev
    got = {r.source for r in x.relations if r.type == "PARTICIPATED_IN" and r.target == ev[0].id}
    assert {pid(x, "孙立平"), pid(x, "赵海峰")} <= got, got


# --- a post told with an adverbial, the post before 由, an apposition of the owner ---------------

def holds(x, name: str, org: str) -> list:
    return [r for r in x.relations if r.type == "HOLDS_POSITION" and r.source == pid(x, name) and r.target == org]


@pytest.mark.parametrize("text", [
    "孙立平已于近日出任中国华能集团有限公司总经理。",
    "孙立平日前正式出任中国华能集团有限公司总经理一职。",
    "孙立平将于下月起担任中国华能集团有限公司总经理。",
    "中国华能集团有限公司总经理由孙立平担任。",
    "中国华能集团有限公司总经理一职由孙立平同志接任。",
    "经研究决定，由孙立平担任中国华能集团有限公司总经理。",
])
def test_a_new_post_told_in_other_word_orders(gaz, text):
    x = run(text, gaz)
    hp = holds(x, "孙立平", "org:china-huaneng")
    assert hp and hp[0].properties.get("status") == "current", rels(x)


@pytest.mark.parametrize("text", [
    "孙立平因年龄原因辞去中国华能集团有限公司董事长职务。",
    "孙立平已于近日卸任中国华能集团有限公司董事长。",
])
def test_leaving_a_post_with_an_adverbial(gaz, text):
    x = run(text, gaz)
    hp = holds(x, "孙立平", "org:china-huaneng")
    assert hp and hp[0].properties.get("status") == "former", rels(x)


def test_an_adverbial_name_needs_a_title_ahead(gaz):
    x = run("孙立平已于近日出任新职。", gaz)
    assert not people(x)


@pytest.mark.parametrize("text", [
    "华能国际电力股份有限公司的控股股东中国华能集团有限公司表示支持。",
    "华能国际电力股份有限公司第一大股东中国华能集团有限公司表示支持。",
])
def test_the_controlling_shareholder_in_apposition_owns(gaz, text):
    x = run(text, gaz)
    assert ("OWNS", "org:china-huaneng", "org:huaneng-power-international") in rels(x, "OWNS")


def test_titles_after_a_listed_person_keep_the_organization(gaz):
    x = run("出席会议的有中国华能集团有限公司董事长孙立平、总经理赵海峰。", gaz)
    assert holds(x, "赵海峰", "org:china-huaneng")


# --- who attended: named after 出席会议的有; a name opening a clause before 出席/主持 ---------------

@pytest.mark.parametrize("tail, names", [
    ("出席会议的有中国华能集团有限公司董事长孙立平、总经理赵海峰。", {"孙立平", "赵海峰"}),
    ("参加会议的还有钱卫东、郑光明等。", {"钱卫东", "郑光明"}),
    ("出席会议的有：钱卫东、郑光明。", {"钱卫东", "郑光明"}),
    ("孙立平出席会议并讲话，赵海峰主持会议。", {"孙立平", "赵海峰"}),
])
def test_attendees_of_the_meeting_in_view(gaz, tail, names):
    x = run("10月8日，中国华能集团有限公司召开2024年工作会议。" + tail, gaz)
    ev = [e for e in x.entities if e.type == "Event"]
    assert len(ev) == 1
    got = {r.source for r in x.relations if r.type == "PARTICIPATED_IN" and r.target == ev[0].id}
    assert {pid(x, n) for n in names} <= got, got


@pytest.mark.parametrize("text", [
    "会议期间，华信出席了论坛。",
    "本次会议，全体出席会议。",
])
def test_two_characters_before_a_verb_of_attending_are_no_name(gaz, text):
    assert not people(run(text, gaz))


# --- cooperation, transfers and purchases in other word orders ---------------------------------

@pytest.mark.parametrize("text", [
    "中国华能集团有限公司、中国大唐集团有限公司、中国华电集团有限公司三方签署合作协议。",
    "中国华能集团有限公司、中国大唐集团有限公司和中国华电集团有限公司各方共同签订框架协议。",
])
def test_parties_counted_after_their_list_cooperate_pairwise(gaz, text):
    got = rels(run(text, gaz), "COOPERATES_WITH")
    pairs = {frozenset((a, b)) for _, a, b in got}
    ids = ("org:china-huaneng", "org:china-datang", "org:china-huadian")
    assert {frozenset((a, b)) for i, a in enumerate(ids) for b in ids[i + 1:]} <= pairs, got


@pytest.mark.parametrize("text", [
    "中国华能集团有限公司分别与中国大唐集团有限公司、中国华电集团有限公司签署战略合作协议。",
    "中国华能集团有限公司还分别同中国大唐集团有限公司和中国华电集团有限公司签约。",
])
def test_one_party_respectively_with_several(gaz, text):
    pairs = {frozenset((a, b)) for _, a, b in rels(run(text, gaz), "COOPERATES_WITH")}
    assert frozenset(("org:china-huaneng", "org:china-datang")) in pairs
    assert frozenset(("org:china-huaneng", "org:china-huadian")) in pairs
    assert frozenset(("org:china-datang", "org:china-huadian")) not in pairs


def test_a_signing_of_two_is_cooperation(gaz):
    x = run("华能国际电力股份有限公司与中国大唐集团有限公司在京签约。", gaz)
    assert {frozenset((a, b)) for _, a, b in rels(x, "COOPERATES_WITH")} == {
        frozenset(("org:huaneng-power-international", "org:china-datang"))}


@pytest.mark.parametrize("text", [
    "中国华电集团有限公司整体无偿划入中国华能集团有限公司。",
    "中国华电集团有限公司无偿并入中国华能集团有限公司。",
])
def test_free_transfer_into_another_group_merges(gaz, text):
    assert ("MERGED_INTO", "org:china-huadian", "org:china-huaneng") in rels(run(text, gaz), "MERGED_INTO")


@pytest.mark.parametrize("text", [
    "中国华能集团有限公司以现金方式收购华电国际电力股份有限公司51%股权。",
    "中国华能集团有限公司拟以12亿元受让华电国际电力股份有限公司30%股份。",
])
def test_a_stake_bought_with_the_means_told(gaz, text):
    x = run(text, gaz)
    assert ("OWNS", "org:china-huaneng", orgs(x)["华电国际电力股份有限公司"]) in rels(x, "OWNS")


# --- 该公司/其 before a title; 履新/就任/同志为; the post after the move; the clause before's company ---

@pytest.mark.parametrize("text", [
    "中国华能集团有限公司近日召开干部大会。该公司董事长孙立平表示，将全力推进改革。",
    "中国华能集团有限公司近日发布公告。其董事长孙立平表示，将全力推进改革。",
    "中国华能集团有限公司近日发布公告，该集团总经理孙立平表示，将全力推进改革。",
])
def test_a_title_after_gai_gongsi_or_qi_is_at_the_company_before(gaz, text):
    assert holds(run(text, gaz), "孙立平", "org:china-huaneng")


def test_gai_gongsi_after_another_kind_of_organization_is_nobody(gaz):
    x = run("国务院国资委近日发布通知。该公司董事长孙立平表示支持。", gaz)
    assert not [r for r in x.relations if r.type == "HOLDS_POSITION"]


@pytest.mark.parametrize("text", [
    "孙立平履新中国华能集团有限公司董事长。",
    "孙立平就任中国华能集团有限公司董事长。",
    "孙立平同志为中国华能集团有限公司党组书记。",
    "孙立平调任中国华能集团有限公司任董事长。",
])
def test_more_verbs_of_a_new_post(gaz, text):
    hp = holds(run(text, gaz), "孙立平", "org:china-huaneng")
    assert hp and hp[0].properties.get("status") == "current"


@pytest.mark.parametrize("text", [
    "孙立平出任中国华能集团有限公司董事长，赵海峰出任总经理。",
    "孙立平同志任中国华能集团有限公司董事长；赵海峰同志任总经理。",
])
def test_a_second_appointment_without_its_company_is_at_the_first_ones(gaz, text):
    assert holds(run(text, gaz), "赵海峰", "org:china-huaneng")


def test_a_governors_title_after_a_party_secretary_is_not_at_the_party_committee(gaz):
    x = run("四川省委书记孙立平、省长赵海峰会见了客人。", gaz)
    assert not [r for r in x.relations if r.type == "HOLDS_POSITION" and r.source == pid(x, "赵海峰")
                and "wei" in r.target]


@pytest.mark.parametrize("tail, names", [
    ("孙立平、赵海峰等出席会议。", {"孙立平", "赵海峰"}),
    ("孙立平和赵海峰等领导同志出席会议。", {"孙立平", "赵海峰"}),
    ("孙立平等出席会议。", {"孙立平"}),
])
def test_a_list_of_names_ending_in_deng_attends(gaz, tail, names):
    x = run("11月5日，国务院国资委在京召开中央企业改革推进会。" + tail, gaz)
    ev = [e for e in x.entities if e.type == "Event"]
    got = {r.source for r in x.relations if r.type == "PARTICIPATED_IN" and r.target == ev[0].id}
    assert {pid(x, n) for n in names} <= got, got


def test_two_characters_before_deng_are_no_name(gaz):
    assert not people(run("11月5日，国务院国资委召开会议。华信等出席会议。", gaz))


@pytest.mark.parametrize("text", [
    "经国务院国资委研究决定，提名孙立平、赵海峰为中国华能集团有限公司董事人选。",
    "国务院国资委党委决定，任命孙立平同志、赵海峰同志为中国华能集团有限公司副总经理。",
    "国务院国资委党委决定，任命孙立平、赵海峰和钱卫东为中国华能集团有限公司副总经理。",
])
def test_a_list_of_objects_of_an_appointment(gaz, text):
    x = run(text, gaz)
    for name in ("孙立平", "赵海峰"):
        assert holds(x, name, "org:china-huaneng"), name
        assert ("APPOINTS", "org:sasac", pid(x, name)) in rels(x, "APPOINTS")


# --- 双方 / 两家企业: the pair of the sentence before ----------------------------------------------

@pytest.mark.parametrize("text", [
    "四川省人民政府与中国华能集团有限公司举行工作会谈。会后，双方签署了战略合作协议。",
    "中国华能集团有限公司和中国大唐集团有限公司高层举行会谈。两家企业将在新能源领域加强合作。",
    "中国华能集团有限公司同中国大唐集团有限公司负责人座谈。双方表示，将深化各领域合作。孙立平出席。",
])
def test_both_sides_are_the_pair_just_named(gaz, text):
    pairs = {frozenset((a, b)) for _, a, b in rels(run(text, gaz), "COOPERATES_WITH")}
    assert len(pairs) == 1, pairs


def test_both_sides_without_cooperation_or_far_away_is_nothing(gaz):
    x = run("四川省人民政府与中国华能集团有限公司举行工作会谈。双方交换了意见。", gaz)
    assert not rels(x, "COOPERATES_WITH")
    x = run("四川省人民政府与中国华能集团有限公司举行工作会谈。会议强调了安全。会议部署了工作。会议要求落实责任。双方签署了合作协议。", gaz)
    assert not rels(x, "COOPERATES_WITH")


def test_both_sides_after_a_meeting_of_two_leaders_are_their_organizations(gaz):
    x = run("四川省省长孙立平会见了中国华能集团有限公司董事长赵海峰一行。双方就深化合作进行了深入交流，并签署战略合作协议。", gaz)
    pairs = {frozenset((a, b)) for _, a, b in rels(x, "COOPERATES_WITH")}
    assert any("org:china-huaneng" in p for p in pairs) and len(pairs) == 1, pairs
