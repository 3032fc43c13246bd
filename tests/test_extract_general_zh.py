"""Chinese constructions the rules must read in documents they were not written for.

Every sentence here is made up for the test (invented names, or public office holders in
ordinary constructions); each test stands for a family of sentences with other names.
"""

from __future__ import annotations

import pytest

from soegraph.loaders.extract import Gazetteer
from extraction_support import ids, people, rels, run


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


# --- common words are no names ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "中组部有关负责同志宣布了关于该集团董事长、党组书记任职的决定。",
    "两家公司公布董事长任命，引起关注。",
    "集团公司召开领导班子会议，研究有关工作。",
    "中共中央总书记强调，要做好国有企业改革工作。",
])
def test_zh_word_after_title_is_no_name(gaz, text):
    assert people(run(text, gaz)) == set()


def test_zh_comrade_then_appointment_verb_is_no_name(gaz):
    # 同志任中国… : 任 is the verb, 中国… opens the company's name
    x = run("会议宣布：王晓东同志任中国华能董事、总经理。", gaz)
    assert people(x) == {"王晓东"}
    assert ("HOLDS_POSITION", "person:wang-xiaodong", "org:china-huaneng") in rels(x)


def test_zh_two_character_name_before_a_verb(gaz):
    x = run("国务院总理李强作出批示。", gaz)
    assert people(x) == {"李强"}
    assert ("HOLDS_POSITION", "person:li-qiang", "org:state-council") in rels(x)


def test_zh_two_character_name_before_a_title(gaz):
    x = run("国务院国资委主任王明副主任李华出席会议。", gaz)
    assert people(x) == {"王明", "李华"}


# --- names next to titles and time words ------------------------------------------------------

def test_zh_name_then_time_word_and_title(gaz):
    x = run("中共中央总书记、国家主席、中央军委主席习近平近日作出重要指示。\n"
            "会议传达了习近平重要指示精神。", gaz)
    assert people(x) == {"习近平"}
    r = rels(x)
    assert ("HOLDS_POSITION", "person:xi-jinping", "org:cpc-central-committee") in r
    assert ("HOLDS_POSITION", "person:xi-jinping", "org:central-military-commission") in r
    assert len([e for e in x.entities if e.type == "Person"][0].mentions) == 2


def test_zh_three_character_name_before_its_title(gaz):
    x = run("会上，张国清副总理讲话。随后，省国资委赵玉山巡视员发言。", gaz)
    assert {"张国清", "赵玉山"} <= people(x)


def test_zh_assistant_titles(gaz):
    x = run("财政部部长助理许明才出席会议。", gaz)
    assert ("HOLDS_POSITION", "person:xu-mingcai", "org:mof") in rels(x)


# --- bare 中央 ------------------------------------------------------------------------------------

def test_zh_centre_decision_about_appointment(gaz):
    x = run("集团公司召开干部大会。中组部有关负责同志宣布了中央关于中国华能集团有限公司董事长任职的决定："
            "王晓东同志任中国华能集团有限公司董事长、党组书记。", gaz)
    r = rels(x)
    assert ("APPOINTS", "org:cpc-central-committee", "person:wang-xiaodong") in r
    assert ("HOLDS_POSITION", "person:wang-xiaodong", "org:china-huaneng") in r


# --- events ----------------------------------------------------------------------------------

def _event(x):
    (ev,) = [e for e in x.entities if e.type == "Event"]
    return ev.id


def test_zh_joint_organizers_long_event_name_and_speakers(gaz):
    x = run("国务院国资委、财政部于5月10日在北京举办了中央企业深化改革和推进高质量发展有关重点任务专题培训。"
            "专项工作组组长、国务院国资委副主任王明，财政部部长助理李华分别就有关工作做了重要讲话。"
            "中国华能、中国大唐等单位做了交流发言。", gaz)
    ev = _event(x)
    r = rels(x)
    assert {("ORGANIZED", "org:sasac", ev), ("ORGANIZED", "org:mof", ev)} <= r
    assert ("COOPERATES_WITH", "org:mof", "org:sasac") in r or ("COOPERATES_WITH", "org:sasac", "org:mof") in r
    for who in ("person:wang-ming", "person:li-hua", "org:china-huaneng", "org:china-datang"):
        assert ("PARTICIPATED_IN", who, ev) in r
    roles = {r.source: r.properties.get("role") for r in x.relations if r.type == "PARTICIPATED_IN"}
    assert roles["person:wang-ming"] == "spoke"


def test_zh_event_named_before_its_verb(gaz):
    x = run("中国绿色能源集团有限公司成立大会10日上午在北京举行。国务院副总理张国清在会上讲话。", gaz)
    ev = [e for e in x.entities if e.type == "Event"]
    assert len(ev) == 1 and "成立大会" in ev[0].name_zh
    r = rels(x)
    assert ("PARTICIPATED_IN", "person:zhang-guoqing", ev[0].id) in r
    assert any(t == "ORGANIZED" and tgt == ev[0].id for t, _, tgt in r)


def test_zh_no_event_from_a_verb_inside_a_clause(gaz):
    # 举行 followed by more words is the active form (_Z_HOLD), not "event + 举行"
    x = run("国务院国资委主任王明表示，会议精神要认真贯彻，举行的活动要务实。", gaz)
    assert [e for e in x.entities if e.type == "Event"] == []


def test_zh_signers_for_both_sides_take_part(gaz):
    x = run("3月2日，省委书记王明在长春会见中国华能董事长李华一行。\n"
            "王明表示，双方合作基础扎实。\n"
            "副省长赵强与中国华能副总经理孙伟分别代表双方签署战略合作协议。", gaz)
    ev = _event(x)
    r = rels(x)
    assert ("PARTICIPATED_IN", "person:zhao-qiang", ev) in r
    assert ("PARTICIPATED_IN", "person:sun-wei", ev) in r


# --- local organs ----------------------------------------------------------------------------

def _names(x, etype):
    return {e.name_zh or e.name for e in x.entities if e.type == etype}


def test_zh_local_sasac_is_not_the_state_councils(gaz):
    x = run("重庆市国资委主任王明出席会议。", gaz)
    assert "org:sasac" not in ids(x)
    (sasac,) = [e for e in x.entities if e.type == "GovernmentBody"]
    assert sasac.name == "重庆市人民政府国有资产监督管理委员会" and "重庆市国资委" in sasac.aliases
    assert ("HOLDS_POSITION", "person:wang-ming", sasac.id) in rels(x)


def test_zh_shared_head_over_a_list_of_provinces(gaz):
    x = run("河南省、江西省、陕西省国资委和黑龙江省财政厅参加会议。", gaz)
    assert _names(x, "GovernmentBody") == {
        "河南省人民政府国有资产监督管理委员会", "江西省人民政府国有资产监督管理委员会",
        "陕西省人民政府国有资产监督管理委员会", "黑龙江省财政厅"}


def test_zh_general_offices(gaz):
    x = run("中共中央办公厅、国务院办公厅印发通知。", gaz)
    assert _names(x, "PartyOrgan") == {"中共中央办公厅"}
    assert _names(x, "GovernmentBody") == {"国务院办公厅"}


def test_zh_bare_provincial_organs_are_the_documents_province(gaz):
    x = run("吉林省政府与中国华能签署合作协议。\n"
            "省委书记王明会见李华一行，并见证省政府与中国华能签署协议。\n"
            "副省长赵强出席。省委常委、省委秘书长孙伟参加活动。", gaz)
    assert _names(x, "GovernmentBody") == {"吉林省人民政府"}
    assert _names(x, "PartyOrgan") == {"中共吉林省委"}
    gov = next(e.id for e in x.entities if e.type == "GovernmentBody")
    party = next(e.id for e in x.entities if e.type == "PartyOrgan")
    r = rels(x)
    assert {("HOLDS_POSITION", "person:wang-ming", party), ("HOLDS_POSITION", "person:sun-wei", party),
            ("HOLDS_POSITION", "person:zhao-qiang", gov)} <= r
    assert ("COOPERATES_WITH", gov, "org:china-huaneng") in r or ("COOPERATES_WITH", "org:china-huaneng", gov) in r


def test_zh_bare_provincial_organ_with_two_provinces_stays_unresolved(gaz):
    x = run("河南省国资委与江西省国资委交流。省国资委副主任王明参加。", gaz)
    assert "person:wang-ming" in ids(x)
    assert not [r for r in x.relations if r.type == "HOLDS_POSITION"]


# --- organization names and their short forms ---------------------------------------------------

def test_zh_place_ending_in_yuan_is_inside_the_name(gaz):
    x = run("甲公司将太原重型机械(集团)有限公司的股权划转。由原宝钢集团有限公司重组而成。", gaz)
    names = _names(x, "Company") | _names(x, "CentralSOE")
    assert "太原重型机械(集团)有限公司" in names
    assert not any(n.startswith("原") for n in names)


def test_zh_short_name_declared_in_parentheses(gaz):
    x = run("山西省国有资本运营有限公司(以下简称山西国资运营公司)与中国华能签署协议。"
            "山西国资运营公司将山西焦煤集团有限责任公司(以下简称焦煤集团)30%股权无偿划转给中国华能。"
            "焦煤集团是全国重要的炼焦煤生产企业。", gaz)
    cos = [e for e in x.entities if e.type == "Company"]
    by_name = {e.name: e for e in cos}
    assert set(by_name) == {"山西省国有资本运营有限公司", "山西焦煤集团有限责任公司"}
    coking = by_name["山西焦煤集团有限责任公司"]
    assert "焦煤集团" in coking.aliases and len(coking.mentions) == 3
    r = rels(x)
    assert ("OWNS", "org:china-huaneng", coking.id) in r
    assert ("OWNS", by_name["山西省国有资本运营有限公司"].id, coking.id) in r
    share = next(r.properties.get("share") for r in x.relations if r.type == "OWNS" and r.source == "org:china-huaneng")
    assert share == 30.0


def test_zh_descriptions_are_no_companies(gaz):
    x = run("中国华能是国有资本投资公司试点公司。某钢铁集团是特大型钢铁联合公司，也是全球不锈钢行业领军公司。", gaz)
    assert {e.type for e in x.entities} <= {"CentralSOE"}


def test_zh_two_character_short_name_of_a_central_soe(gaz):
    x = run("王晓东同志任中国华能集团有限公司总经理，免去其东电集团董事、总经理职务。", gaz)
    assert ("HOLDS_POSITION", "person:wang-xiaodong", "org:dongfang-electric") in rels(x)


def test_zh_place_before_its_title_is_no_name(gaz):
    x = run("会上，吉林省省长王明、成都市市长李华出席。有关负责同志应邀出席大会。", gaz)
    assert people(x) == {"王明", "李华"}


def test_zh_group_company_with_bracketed_group(gaz):
    x = run("会议宣布：任命李亚东同志为中国仪器进出口(集团)公司董事长；免去周迈同志中国仪器进出口(集团)公司总经理职务。", gaz)
    (co,) = [e for e in x.entities if e.type == "Company"]
    assert co.name == "中国仪器进出口(集团)公司"
    r = rels(x)
    assert {("HOLDS_POSITION", "person:li-yadong", co.id), ("HOLDS_POSITION", "person:zhou-mai", co.id)} <= r


def test_zh_local_commission_is_not_the_national_one(gaz):
    x = run("省发改委、市发改委负责同志参加。国家发改委副主任王明出席。", gaz)
    assert [e.id for e in x.entities if e.type == "GovernmentBody"] == ["org:ndrc"]
    assert len(next(e for e in x.entities if e.id == "org:ndrc").mentions) == 1


def test_zh_agreement_title_holds_two_names(gaz):
    x = run("双方签署《长春市人民政府凯盛科技集团公司战略合作协议》。张伟代表集团公司与招远市政府签约。", gaz)
    names = {e.name for e in x.entities if e.type in ("Company", "CentralSOE")}
    assert names == {"凯盛科技集团公司"}


def test_zh_speakers_of_fenbie_jianghua(gaz):
    x = run("中国电气装备集团有限公司成立大会在上海举行。国务院国资委主任王明、上海市市长李华分别讲话。", gaz)
    ev = _event(x)
    roles = {r.source: r.properties.get("role") for r in x.relations if r.type == "PARTICIPATED_IN" and r.target == ev}
    assert roles == {"person:wang-ming": "spoke", "person:li-hua": "spoke"}


def test_zh_qi_is_the_person_just_appointed(gaz):
    x = run("据省委组织部副部长王明介绍，经研究决定，免去其东电集团董事长职务。", gaz)
    assert not [r for r in x.relations if r.type == "HOLDS_POSITION"]
    x = run("李华同志任中国华能集团有限公司总经理，免去其东电集团董事、总经理职务。", gaz)
    r = {(r.source, r.target, r.properties.get("status")) for r in x.relations if r.type == "HOLDS_POSITION"}
    assert ("person:li-hua", "org:dongfang-electric", "former") in r


def test_zh_event_name_after_de(gaz):
    x = run("中国华能集团有限公司在随后召开的董事会会议上选举王明为董事长。", gaz)
    (ev,) = [e for e in x.entities if e.type == "Event"]
    assert ev.name_zh == "董事会会议"


def test_zh_short_group_name_of_a_company_in_the_document(gaz):
    x = run("5月15日，中国轻工集团有限公司召开干部大会。会议宣布：张万顺同志任中轻集团党委书记、总经理。"
            "中轻集团董事长陈鄂生主持会议。", gaz)
    (co,) = [e for e in x.entities if e.type == "Company"]
    assert co.name == "中国轻工集团有限公司" and len(co.mentions) == 3
    r = rels(x)
    assert {("HOLDS_POSITION", "person:zhang-wanshun", co.id), ("HOLDS_POSITION", "person:chen-esheng", co.id)} <= r


def test_zh_event_of_a_sentence_that_names_nothing(gaz):
    x = run("7月27日，两大集团公司在人民大会堂举行了成立大会。国务院副总理王明出席大会并作了重要讲话。", gaz)
    (ev,) = [e for e in x.entities if e.type == "Event"]
    assert ev.name_zh == "成立大会"
    assert ("PARTICIPATED_IN", "person:wang-ming", ev.id) in rels(x)
    # a bare 会议 in such a sentence is no event
    x = run("7月27日，有关方面召开了会议。国务院副总理王明出席。", gaz)
    assert [e for e in x.entities if e.type == "Event"] == []


def test_zh_list_merged_into_a_group_as_subsidiaries(gaz):
    x = run("经报国务院批准，长沙矿冶研究院和鲁中冶金矿业集团公司并入中国五矿集团公司，成为其全资子企业。", gaz)
    inst = next(e.id for e in x.entities if e.name == "长沙矿冶研究院")
    co = next(e.id for e in x.entities if e.name == "鲁中冶金矿业集团公司")
    r = rels(x)
    assert {("MERGED_INTO", inst, "org:minmetals"), ("MERGED_INTO", co, "org:minmetals"),
            ("OWNS", "org:minmetals", inst), ("OWNS", "org:minmetals", co)} <= r


def test_zh_short_name_in_parentheses_and_transfer_into(gaz):
    x = run("经报国务院批准，中国保利集团有限公司(保利集团)与中国中丝集团有限公司(中丝集团)实施重组，"
            "中丝集团整体无偿划转进入保利集团。", gaz)
    silk = next(e for e in x.entities if e.name == "中国中丝集团有限公司")
    assert "中丝集团" in silk.aliases and len(silk.mentions) == 3
    assert ("MERGED_INTO", silk.id, "org:poly") in rels(x)


def test_zh_investor_on_behalf_of_the_state_council(gaz):
    x = run("新组建的中国航空工业集团公司由国资委代表国务院履行出资人职责。", gaz)
    assert ("SUPERVISES", "org:sasac", "org:avic") in rels(x)


def test_zh_institute_suffixes(gaz):
    x = run("中国海诚国际工程投资总院、中国建筑设计院参加。", gaz)
    assert _names(x, "Institution") == {"中国海诚国际工程投资总院", "中国建筑设计院"}


def test_zh_training_class_opened_at_a_university(gaz):
    x = run("12月4日，集团优秀年轻干部能力提升培训班在清华大学顺利开班。集团党委书记、董事长王明作开班动员讲话，"
            "清华大学副校长李华致辞。集团党委副书记赵强出席开班仪式。", gaz)
    (ev,) = [e for e in x.entities if e.type == "Event"]
    assert ev.name_zh == "集团优秀年轻干部能力提升培训班"
    roles = {r.source: r.properties.get("role") for r in x.relations if r.type == "PARTICIPATED_IN"}
    assert roles == {"person:wang-ming": "spoke", "person:li-hua": "spoke", "person:zhao-qiang": "attended"}


def test_zh_danwei_is_no_name(gaz):
    x = run("会议选举国家电网公司为首届理事长单位，23家中央企业智库单位代表参加会议。", gaz)
    assert people(x) == set()


def test_zh_appointers_state_council_and_party_committee(gaz):
    x = run("国务院任免国家工作人员。任命王明为国务院国有资产监督管理委员会副主任。", gaz)
    assert ("APPOINTS", "org:state-council", "person:wang-ming") in rels(x)
    x = run("近日，经国务院国资委党委研究决定，李华同志任中国建筑集团有限公司副总经理。", gaz)
    assert ("APPOINTS", "org:sasac", "person:li-hua") in rels(x)


def test_zh_unit_named_with_and_without_state_council(gaz):
    x = run("国务院国资委研究中心主任王明出席。国资委研究中心副主任李华主持。", gaz)
    (inst,) = [e for e in x.entities if e.type == "Institution"]
    assert len(inst.mentions) == 2


def test_zh_given_name_starting_with_zhi(gaz):
    x = run("省委书记王明会见了中国华能集团有限公司副总经理杨志强一行。经中央批准，杨志强同志任中国华能集团有限公司总经理。", gaz)
    assert people(x) == {"王明", "杨志强"}
    assert ("APPOINTS", "org:cpc-central-committee", "person:yang-zhiqiang") in rels(x)
