"""Chinese constructions of news and notices that the rules once missed (relation recall).

Every sentence here is made up for the test (invented names and companies, or public bodies
in ordinary constructions); each test stands for a family of sentences with other names.
"""

from __future__ import annotations

import pytest

from soegraph.loaders.extract import Gazetteer
from extraction_support import rels, run


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def events(x) -> list:
    return [e for e in x.entities if e.type == "Event"]


def participants(x) -> set[str]:
    return {r.source for r in x.relations if r.type == "PARTICIPATED_IN"}


# --- signers -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # the signature's place between 代表双方 and the verb
    "10月8日，浙江省人民政府与中国华能集团有限公司在杭州签署战略合作协议。"
    "副省长周立明与中国华能集团有限公司副总经理陈建华分别代表双方在合作文本上签字。",
    # the two signers in clauses of their own, 代表双方 after the second
    "10月8日，浙江省人民政府与中国华能集团有限公司在杭州签署战略合作协议。"
    "浙江省人民政府副省长周立明，中国华能集团有限公司副总经理陈建华代表双方签署协议。",
])
def test_zh_both_signers_take_part(gaz, text):
    x = run(text, gaz)
    assert len(events(x)) == 1
    assert {"person:zhou-liming", "person:chen-jianhua"} <= participants(x)


# --- who else attended --------------------------------------------------------------------------

def test_zh_sentence_ending_in_attended_adds_participants(gaz):
    # "……乙，丙参加。": 参加 with no object is the meeting just told
    x = run("5月6日，国务院国资委党委委员、副主任李华会见中国华能集团有限公司董事长王建国一行。"
            "国务院国资委秘书长赵明，中国华能集团有限公司副总经理孙立参加。", gaz)
    assert len(events(x)) == 1
    assert {"person:li-hua", "person:wang-jianguo", "person:zhao-ming", "person:sun-li"} <= participants(x)


def test_zh_attended_with_no_event_in_view_adds_nothing(gaz):
    x = run("中国华能集团有限公司副总经理孙立参加。", gaz)
    assert participants(x) == set()


def test_zh_headline_meeting_and_dated_body_are_one_event(gaz):
    x = run("国务院国资委副主任李华会见中国华能集团有限公司董事长王建国\n\n"
            "5月6日，国务院国资委副主任李华会见中国华能集团有限公司董事长王建国一行，双方进行座谈。", gaz)
    evs = events(x)
    assert len(evs) == 1 and evs[0].id.startswith("event:2024-05-06-")


# --- doing something together -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "财政部、国务院国资委近日联合印发《关于加强中央企业财务管理的通知》。",
    "国务院国资委和财政部近日联合出台指导意见，规范有关工作。",
])
def test_zh_bodies_acting_jointly_cooperate(gaz, text):
    got = {frozenset((s, t)) for _, s, t in rels(run(text, gaz), "COOPERATES_WITH")}
    assert frozenset(("org:sasac", "org:mof")) in got


def test_zh_joint_restructuring_is_no_cooperation(gaz):
    x = run("中国华能集团有限公司与中国华电集团有限公司联合重组。", gaz)
    assert rels(x, "COOPERATES_WITH") == set()


# --- people named in news of a change at the top ------------------------------------------------

def test_zh_removed_from_a_title_names_the_person(gaz):
    # 免去 + name + title (no 的, no 同志); 卸任…的 + name: a post held before
    x = run("会议宣读了任免通知，免去傅建华董事长职务。"
            "卸任中国华能集团有限公司董事长的傅建华表示，将全力支持新班子的工作。", gaz)
    assert "person:fu-jianhua" in {e.id for e in x.entities}
    got = [r for r in x.relations if r.type == "HOLDS_POSITION" and r.source == "person:fu-jianhua"]
    assert [(r.target, r.properties.get("status")) for r in got] == [("org:china-huaneng", "former")]


def test_zh_name_before_yin(gaz):
    # 因 (because) after a two-character name is the next word
    x = run("中国华能集团有限公司董事长宋建因病请假。", gaz)
    assert ("HOLDS_POSITION", "person:song-jian", "org:china-huaneng") in rels(x)


# --- listed companies and their officers ----------------------------------------------------------

def test_zh_stock_code_makes_a_listed_company(gaz):
    # a name before its stock code is a company; the code does not cut the title chain, and the
    # name said again without the code is the same company
    x = run("长江电气（600999.SH）公告称，原副总裁唐志勇被调任至长江置业(1234.HK)总裁。"
            "董事会同意由副总裁李建新接手出任长江电气董事长。", gaz)
    names = {e.name_zh or e.name: e.id for e in x.entities if e.type == "Company"}
    assert "长江置业" in names and "长江电气" in names
    assert ("HOLDS_POSITION", "person:tang-zhiyong", names["长江置业"]) in rels(x)
    assert ("HOLDS_POSITION", "person:li-jianxin", names["长江电气"]) in rels(x)
    assert "person:you-shi" not in {e.id for e in x.entities}  # 由时任: no 由时


def test_zh_trade_word_before_company_is_no_name(gaz):
    x = run("中国华能集团有限公司旗下能源公司华能新能(1234.HK)发布公告。", gaz)
    assert not any(e.name_zh == "能源公司" or e.name == "能源公司" for e in x.entities)
    assert any(t == "OWNS" and s == "org:china-huaneng" for t, s, _ in rels(x))


def test_zh_name_after_ascii_comma_before_appointment(gaz):
    # web copies of Chinese news often have ASCII punctuation
    x = run("今年3月,周国平被任命为中国华能集团有限公司总经理。", gaz)
    assert ("HOLDS_POSITION", "person:zhou-guoping", "org:china-huaneng") in rels(x)


def test_zh_resume_in_a_clause_of_its_own(gaz):
    x = run("王建平同志在中国华电集团有限公司系统工作多年，历任中国华电集团有限公司董事、总经理，中国大唐集团有限公司副总经理。", gaz)
    got = {(r.target, r.properties.get("status")) for r in x.relations
           if r.type == "HOLDS_POSITION" and r.source == "person:wang-jianping"}
    assert got == {("org:china-huadian", "former"), ("org:china-datang", "former")}


# --- short names ----------------------------------------------------------------------------------

def test_zh_zhong_abbreviation_is_the_full_name(gaz):
    # 中 + two characters of the full name + 集团: the company the text names in full
    x = run("中国远洋航运集团公司成立于1993年。"
            "2016年，中国华运集团有限公司（中远航集团和中国海运物流有限公司重组组建）正式成立。", gaz)
    ids = {e.name_zh or e.name: e.id for e in x.entities}
    assert not any(e.name_zh == "中远航集团" or e.name == "中远航集团" for e in x.entities)
    merged = {s for t, s, _ in rels(x, "MERGED_INTO")}
    assert ids["中国远洋航运集团公司"] in merged and ids["中国海运物流有限公司"] in merged


@pytest.mark.parametrize("text", ["其中两大集团签署协议。", "会议集中集团力量。", "中央企业集团化管控。"])
def test_zh_words_with_zhong_are_no_abbreviation(gaz, text):
    assert not [e for e in run(text, gaz).entities if e.type in ("Company", "CentralSOE")]


# --- a company's own news -------------------------------------------------------------------------

def test_zh_bare_company_word_is_the_company_the_news_opens_with(gaz):
    x = run("中国华能与中国大唐签署战略合作协议\n\n"
            "3月2日，中国华能集团有限公司与中国大唐集团有限公司在北京签署战略合作协议。"
            "公司副总经理马立新出席签约仪式，中国大唐集团有限公司副总经理林海代表双方致辞。", gaz)
    assert ("HOLDS_POSITION", "person:ma-lixin", "org:china-huaneng") in rels(x)
    assert ("HOLDS_POSITION", "person:lin-hai", "org:china-datang") in rels(x)
    assert ("HOLDS_POSITION", "person:ma-lixin", "org:china-datang") not in rels(x)


def test_zh_subsidiary_word_is_no_bare_company(gaz):
    x = run("中国华能集团有限公司召开会议。该子公司董事长马立新出席。", gaz)
    assert ("HOLDS_POSITION", "person:ma-lixin", "org:china-huaneng") not in rels(x)


# --- ownership --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "中国华能集团有限公司全资子公司华能测试新能源股份有限公司发布年报。",
    "华能测试新能源股份有限公司是中国华能集团有限公司控股的上市公司。",
    "华能测试新能源股份有限公司由中国华能集团有限公司100%控股。",
])
def test_zh_subsidiary_phrasings(gaz, text):
    x = run(text, gaz)
    sub = [e.id for e in x.entities if (e.name_zh or e.name) == "华能测试新能源股份有限公司"]
    assert sub and ("OWNS", "org:china-huaneng", sub[0]) in rels(x)


# --- résumés --------------------------------------------------------------------------------------

def test_zh_resume_name_and_current_post(gaz):
    x = run("赵德明，男，汉族，1966年10月生，现任中国华能集团有限公司董事、总经理。", gaz)
    got = [r for r in x.relations if r.type == "HOLDS_POSITION" and r.source == "person:zhao-deming"]
    assert [(r.target, r.properties.get("status")) for r in got] == [("org:china-huaneng", "current")]


def test_zh_current_title_of_someone_else_is_not_the_subjects(gaz):
    # 现任«O»董事长«P»: the title belongs to the name after it
    x = run("赵德明，男，1966年生，与现任中国华能集团有限公司董事长钱立群是同学。", gaz)
    assert ("HOLDS_POSITION", "person:zhao-deming", "org:china-huaneng") not in rels(x)
    assert ("HOLDS_POSITION", "person:qian-liqun", "org:china-huaneng") in rels(x)


@pytest.mark.parametrize("text,status", [
    ("孙卫东现任中国华能集团有限公司副总经理。", "current"),
    ("孙卫东曾在中国华能集团有限公司担任副总经理。", "former"),
    ("孙卫东曾任中国华能集团有限公司副总经理。", "former"),
])
def test_zh_name_opening_a_resume_sentence(gaz, text, status):
    got = [r for r in run(text, gaz).relations if r.type == "HOLDS_POSITION" and r.source == "person:sun-weidong"]
    assert [(r.target, r.properties.get("status")) for r in got] == [("org:china-huaneng", status)]


# --- titles without their organization ------------------------------------------------------------

def test_zh_bare_company_title_in_a_one_company_sentence(gaz):
    x = run("3月5日，中国华能集团有限公司召开年度工作会议，董事长王建国出席会议并讲话，总经理李平主持会议。", gaz)
    assert ("HOLDS_POSITION", "person:li-ping", "org:china-huaneng") in rels(x)


def test_zh_bare_title_with_two_companies_is_left_alone(gaz):
    x = run("3月5日，中国华能集团有限公司与中国大唐集团有限公司签署协议，总经理李平出席。", gaz)
    assert not [r for r in x.relations if r.type == "HOLDS_POSITION" and r.source == "person:li-ping"]


def test_zh_bare_state_title_is_no_company_post(gaz):
    x = run("中国华能集团有限公司召开会议，传达学习总书记习近平的重要讲话精神。", gaz)
    assert not [r for r in x.relations if r.type == "HOLDS_POSITION" and r.target == "org:china-huaneng"]


def test_zh_name_before_meeting_verb(gaz):
    x = run("10月12日，中国华能集团有限公司董事长王建国在昆明与云南省委副书记、省长王予波举行会谈。", gaz)
    assert "person:wang-yubo" in participants(x)


def test_zh_name_after_a_verb_of_studying(gaz):
    x = run("公司党委深入学习贯彻落实王立新同志重要讲话精神。会议传达学习王立新总书记重要指示。", gaz)
    assert "person:wang-lixin" in {e.id for e in x.entities}
    x = run("全省上下认真落实赵国华总书记的部署。", gaz)
    assert "person:zhao-guohua" in {e.id for e in x.entities}


@pytest.mark.parametrize("text,name", [
    ("全球最大的光伏组件供应商东海光能有限公司发布年报。", "东海光能有限公司"),
    ("当年成立的全国首家混合所有制航运公司——东海航运有限公司如今已上市。", "东海航运有限公司"),
])
def test_zh_description_before_a_name_is_no_part_of_it(gaz, text, name):
    got = {e.name_zh or e.name for e in run(text, gaz).entities if e.type in ("Company", "CentralSOE")}
    assert got == {name}


def test_zh_superlative_before_a_full_name_keeps_it(gaz):
    got = {e.name_zh or e.name for e in run("作为全国最大的东海风能有限公司，公司持续加大投入。", gaz).entities}
    assert "东海风能有限公司" in got


# --- founding -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "中国华能集团有限公司1990年创办了华能测试研究有限公司。",
    "华能测试研究有限公司是由中国华能集团有限公司创办的。",
    "中国华能集团有限公司深耕能源行业多年，并先后创办了华能测试研究有限公司和行业技术服务平台——东海测试工程有限公司等企业。",
])
def test_zh_founded_by(gaz, text):
    x = run(text, gaz)
    made = {t for k, s, t in rels(x, "ESTABLISHED") if s == "org:china-huaneng"}
    ids = {e.name_zh or e.name: e.id for e in x.entities}
    assert ids["华能测试研究有限公司"] in made
    if "东海测试工程有限公司" in text:
        assert ids["东海测试工程有限公司"] in made


def test_zh_people_of_a_company_founding_something_is_no_founding(gaz):
    x = run("中国华能集团有限公司的员工创办了华能测试研究有限公司。", gaz)
    assert not rels(x, "ESTABLISHED")


# --- inspection tours -----------------------------------------------------------------------------

def test_zh_inspection_teams_moving_in_is_an_inspection_tour(gaz):
    x = run("中央企业第三轮巡视启动\n\n"
            "3月6日，国务院国资委党委第二巡视组进驻中国华能集团有限公司，中国大唐集团有限公司也迎来第三巡视组，"
            "本轮巡视工作全面展开。", gaz)
    evs = events(x)
    assert len(evs) == 1 and "巡视" in (evs[0].name_zh or "")
    assert ("ORGANIZED", "org:sasac", evs[0].id) in rels(x)


def test_zh_inspection_team_mentioned_without_moving_in_is_no_event(gaz):
    x = run("国务院国资委巡视组将严格履行监督责任。", gaz)
    assert events(x) == []


def test_zh_companies_listed_as_central_soes_are_central_soes(gaz):
    x = run("国资委调研组走访了东海测试集团有限公司、南海测试工程有限公司等2户中央企业。", gaz)
    types = {e.name_zh or e.name: e.type for e in x.entities}
    assert types["东海测试集团有限公司"] == "CentralSOE" and types["南海测试工程有限公司"] == "CentralSOE"
    x = run("东海测试集团有限公司与多家中央企业开展合作。", gaz)
    assert {e.type for e in x.entities if (e.name_zh or e.name) == "东海测试集团有限公司"} == {"Company"}


# --- notices and company news, more ---------------------------------------------------------------

def test_zh_comrade_after_pinren_is_a_two_character_name(gaz):
    x = run("经研究，决定聘任李建同志为中国华能集团有限公司总会计师。", gaz)
    assert {e.name_zh for e in x.entities if e.type == "Person"} == {"李建"}
    assert ("HOLDS_POSITION", "person:li-jian", "org:china-huaneng") in rels(x)


def test_zh_board_appoints_its_own_officer(gaz):
    x = run("近日，中国华能集团有限公司董事会聘任李建为公司总经理。", gaz)
    assert ("HOLDS_POSITION", "person:li-jian", "org:china-huaneng") in rels(x)


def test_zh_post_in_brackets_after_the_name(gaz):
    x = run("王建军（中国华能集团有限公司董事长）表示，将进一步深化合作。", gaz)
    assert ("HOLDS_POSITION", "person:wang-jianjun", "org:china-huaneng") in rels(x)


@pytest.mark.parametrize("text", [
    "中国华能集团有限公司以12亿元收购华能测试电力有限公司。",
    "中国华能集团有限公司成为华能测试电力有限公司的控股股东。",
    "华能测试电力有限公司控股股东变更为中国华能集团有限公司。",
    "中国大唐集团有限公司将所持华能测试电力有限公司51%股权无偿划转至中国华能集团有限公司。",
])
def test_zh_control_passes(gaz, text):
    x = run(text, gaz)
    ids = {e.name_zh or e.name: e.id for e in x.entities}
    assert "华能测试电力有限公司" in ids  # (not 所持华能…)
    assert ("OWNS", "org:china-huaneng", ids["华能测试电力有限公司"]) in rels(x)


def test_zh_acquiring_a_stake_is_not_buying_the_whole(gaz):
    x = run("中国华能集团有限公司收购了华能测试电力有限公司的部分资产。", gaz)
    assert rels(x, "OWNS") == set()


def test_zh_building_something_together_is_cooperation(gaz):
    x = run("中国华能集团有限公司与华北电力大学共建新能源研究院。", gaz)
    got = {frozenset((s, t)) for _, s, t in rels(x, "COOPERATES_WITH")}
    ids = {e.name_zh or e.name: e.id for e in x.entities}
    assert frozenset(("org:china-huaneng", ids["华北电力大学"])) in got
    assert "共建新能源研究院" not in ids


def test_zh_top_leader_and_a_known_name_after_a_title(gaz):
    # 一把手 (the top leader) is a title; a name found elsewhere is a mention after a title
    # whatever follows it
    x = run("免去傅建华董事长职务。曾任中国华能集团有限公司一把手傅建华坦言，改革不易。", gaz)
    got = [r for r in x.relations if r.type == "HOLDS_POSITION" and r.source == "person:fu-jianhua"]
    assert [(r.target, r.properties.get("status")) for r in got] == [("org:china-huaneng", "former")]


# --- successions and investigations ---------------------------------------------------------------

@pytest.mark.parametrize("text,status", [
    ("中国华能集团有限公司原董事长王建军接受审查调查。", "former"),
    ("中国华能集团有限公司原党组书记、董事长王建军涉嫌严重违纪违法，目前正接受纪律审查和监察调查。", "former"),
    ("中国华能集团有限公司新任董事长王建军表示，将继续推进改革。", "current"),
])
def test_zh_status_word_between_organization_and_title(gaz, text, status):
    got = [r for r in run(text, gaz).relations if r.type == "HOLDS_POSITION" and r.source == "person:wang-jianjun"]
    assert [(r.target, r.properties.get("status")) for r in got] == [("org:china-huaneng", status)]


@pytest.mark.parametrize("text,status", [
    ("李建新接替王建军担任中国华能集团有限公司董事长。", "current"),
    ("李建新此前担任中国华能集团有限公司总经理。", "former"),
])
def test_zh_succession_and_earlier_post(gaz, text, status):
    got = [r for r in run(text, gaz).relations if r.type == "HOLDS_POSITION" and r.source == "person:li-jianxin"]
    assert [(r.target, r.properties.get("status")) for r in got] == [("org:china-huaneng", status)]


@pytest.mark.parametrize("text,rel", [
    ("重组后，中国大唐集团有限公司成为中国华能集团有限公司的全资子企业。", ("OWNS", "org:china-huaneng", "org:china-datang")),
    ("中国华能集团有限公司吸收合并中国大唐集团有限公司。", ("MERGED_INTO", "org:china-datang", "org:china-huaneng")),
    ("中国大唐集团有限公司系中国华能集团有限公司二级子公司。", ("OWNS", "org:china-huaneng", "org:china-datang")),
])
def test_zh_restructuring_phrasings(gaz, text, rel):
    assert rel in rels(run(text, gaz))


def test_zh_headline_names_run_together_and_a_signing_after_a_headline_meeting(gaz):
    text = ("云南省人民政府与中国华能集团有限公司签署战略合作协议\n\n王宁王予波会见王建国一行\n\n"
            "10月12日，云南省人民政府与中国华能集团有限公司在昆明签署战略合作协议。"
            "签约前，省委书记王宁，省委副书记、省长王予波会见了中国华能集团有限公司党组书记、董事长王建国一行。"
            "副省长张国华，中国华能集团有限公司总经理李平代表双方签约。")
    x = run(text, gaz)
    signing = [e.id for e in x.entities if e.type == "Event" and "签约" in (e.name_zh or "")]
    assert len(signing) == 1
    assert ("PARTICIPATED_IN", "person:li-ping", signing[0]) in rels(x)
    heads = [e for e in x.entities if e.type == "Event" and "会见" in (e.name_zh or "")]
    assert heads and all(("PARTICIPATED_IN", "person:wang-ning", e.id) in rels(x) for e in heads)


@pytest.mark.parametrize("text", [
    "中央组织部有关负责同志宣布了中央决定：李建新同志任中国华能集团有限公司董事长、党组书记。",
    "中央组织部副部长赵明出席会议并宣布中央决定：李建新同志任中国华能集团有限公司董事长。",
])
def test_zh_announced_central_decision_appoints(gaz, text):
    x = run(text, gaz)
    assert ("APPOINTS", "org:cpc-central-committee", "person:li-jianxin") in rels(x)


def test_zh_age_after_a_name_and_a_move_then_a_post(gaz):
    x = run("李建新同志任中国华能集团有限公司董事长。公开资料显示，李建新今年58岁，长期在电力系统工作，曾任国家电网有限公司副总经理。"
            "2021年，李建新调任中国大唐集团有限公司，出任总经理、党组副书记。", gaz)
    assert ("HOLDS_POSITION", "person:li-jianxin", "org:state-grid") in rels(x)
    assert ("HOLDS_POSITION", "person:li-jianxin", "org:china-datang") in rels(x)


def test_zh_headline_meeting_told_again_is_one_event_and_a_deputy_after_his_head(gaz):
    x = run("国资委召开中央企业科技创新工作推进会\n\n"
            "6月18日，国务院国资委在京召开中央企业科技创新工作推进会。"
            "国资委党委书记、主任张玉卓出席会议并讲话，党委副书记、副主任赵明主持会议。", gaz)
    evs = events(x)
    assert len(evs) == 1 and evs[0].id.startswith("event:2024-06-18-")
    assert ("HOLDS_POSITION", "person:zhao-ming", "org:sasac") in rels(x)


def test_zh_two_companies_meetings_of_one_name_stay_two(gaz):
    x = run("2月1日，中国华能集团有限公司召开中层以上管理人员大会。王建军同志任中国华能集团有限公司董事长。"
            "同日，中国大唐集团有限公司召开中层以上管理人员大会。李建新同志任中国大唐集团有限公司董事长。", gaz)
    assert len(events(x)) == 2


def test_zh_deputy_after_his_head_needs_one_organization(gaz):
    x = run("国资委主任张玉卓会见了中国华能集团有限公司董事长王建军一行，副主任赵明参加。", gaz)
    assert not [r for r in x.relations if r.type == "HOLDS_POSITION" and r.source == "person:zhao-ming"]


def test_zh_partner_before_a_list_of_central_soes_keeps_its_type(gaz):
    x = run("东海测试集团有限公司与中国华能集团有限公司等中央企业开展合作。", gaz)
    assert {e.type for e in x.entities if (e.name_zh or e.name) == "东海测试集团有限公司"} == {"Company"}


# --- banks ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("中国测试银行与中国华能集团有限公司签署合作协议。", "中国测试银行"),
    ("东海银行股份有限公司与中国华能集团有限公司签署合作协议。", "东海银行股份有限公司"),
    ("北京农村商业银行与中国华能集团有限公司签署合作协议。", "北京农村商业银行"),
])
def test_zh_a_bank_is_a_company(gaz, text, name):
    x = run(text, gaz)
    ids = {e.name_zh or e.name: e.id for e in x.entities if e.type == "Company"}
    assert name in ids
    assert any(r.type == "COOPERATES_WITH" and ids[name] in (r.source, r.target) for r in x.relations)


@pytest.mark.parametrize("text", [
    "多家商业银行和政策性银行参与，各商业银行积极响应，国有大型商业银行带头。",
    "中国测试银行业协会发布报告。",
    "该银行表示，银行间市场运行平稳。",
])
def test_zh_kinds_of_bank_are_no_banks(gaz, text):
    assert not [e for e in run(text, gaz).entities if e.type == "Company"]


# --- who hosts an event ---------------------------------------------------------------------------

def test_zh_hosted_and_organized_by_before_the_event(gaz):
    x = run("5月20日，由国务院国资委主办、中国华能集团有限公司承办的2024中央企业能源论坛在京开幕。", gaz)
    evs = events(x)
    assert len(evs) == 1 and evs[0].name_zh == "2024中央企业能源论坛"
    assert {("ORGANIZED", "org:sasac", evs[0].id), ("ORGANIZED", "org:china-huaneng", evs[0].id)} <= rels(x)


def test_zh_hosted_by_after_the_event(gaz):
    x = run("5月20日，2024中央企业能源论坛在京开幕。论坛由国务院国资委主办，中国华能集团有限公司承办。", gaz)
    evs = events(x)
    assert len(evs) == 1
    assert {("ORGANIZED", "org:sasac", evs[0].id), ("ORGANIZED", "org:china-huaneng", evs[0].id)} <= rels(x)


def test_zh_bare_city_sasac_after_a_function_word_supervises(gaz):
    x = run("4月9日，重庆市国资委党委书记、主任李明会见了客人。他说，东海测试能源集团有限公司是市国资委监管的重点企业。", gaz)
    ids = {e.name_zh or e.name: e.id for e in x.entities}
    sup = [(s, t) for k, s, t in rels(x, "SUPERVISES")]
    assert sup and sup[0][1] == ids["东海测试能源集团有限公司"] and "guo-you-zi-chan" in sup[0][0]


def test_zh_a_list_of_people_appointed_together(gaz):
    x = run("经研究决定，王建军、李建新同志任中国华能集团有限公司副总经理。", gaz)
    assert {("HOLDS_POSITION", "person:wang-jianjun", "org:china-huaneng"),
            ("HOLDS_POSITION", "person:li-jianxin", "org:china-huaneng")} <= rels(x)


def test_zh_resume_sentences_that_open_with_their_verb(gaz):
    x = run("王建军，男，汉族，1965年10月生，河北保定人，研究生学历，正高级工程师。"
            "现任中国华能集团有限公司董事长、党组书记。曾任中国大唐集团有限公司副总经理、国家电网有限公司总会计师。", gaz)
    got = {(r.target, r.properties.get("status")) for r in x.relations
           if r.type == "HOLDS_POSITION" and r.source == "person:wang-jianjun"}
    assert got == {("org:china-huaneng", "current"), ("org:china-datang", "former"), ("org:state-grid", "former")}


def test_zh_resume_verb_far_from_any_person_is_left_alone(gaz):
    x = run("王建军出席会议。会议强调要抓好落实。各单位要高度重视。现任中国华能集团有限公司董事长的讲话引起关注。", gaz)
    assert not [r for r in x.relations if r.type == "HOLDS_POSITION" and r.source == "person:wang-jianjun"]


def test_zh_appointed_to_the_company_of_the_notice(gaz):
    x = run("中国华能集团有限公司召开干部大会。集团公司党组研究决定：王建军同志任集团公司副总经理，李建新同志任公司总会计师。", gaz)
    assert {("HOLDS_POSITION", "person:wang-jianjun", "org:china-huaneng"),
            ("HOLDS_POSITION", "person:li-jianxin", "org:china-huaneng")} <= rels(x)


# --- a place's government -------------------------------------------------------------------------

@pytest.mark.parametrize("text,gov", [
    ("云南省副省长王建军出席签约仪式。", "云南省人民政府"),
    ("重庆市常务副市长王建军出席签约仪式。", "重庆市人民政府"),
    ("会议决定，任命王建军为云南省副省长。", "云南省人民政府"),
])
def test_zh_place_before_a_governors_title_is_its_government(gaz, text, gov):
    x = run(text, gaz)
    ids = {e.name_zh or e.name: e.id for e in x.entities if e.type == "GovernmentBody"}
    assert gov in ids and ("HOLDS_POSITION", "person:wang-jianjun", ids[gov]) in rels(x)


def test_zh_words_with_zhang_are_no_governments(gaz):
    assert not run("城市长期发展需要规划，全省长远目标明确。", gaz).entities
