"""Chinese ownership and restructuring phrasing, and local SASACs (invented sentences, real constructions)."""

from __future__ import annotations

import pytest

from soegraph.loaders.extract import Gazetteer, extract
from soegraph.loaders.readers import ReadDoc
from soegraph.models import Document


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def facts(text: str, gaz: Gazetteer) -> tuple[set, set]:
    x = extract(ReadDoc(document=Document(id="sha256:test", date="2024-01-01", language="zh"), text=text), gaz)
    name = {e.id: e.name_zh or e.name for e in x.entities}
    return set(name.values()), {(r.type, name[r.source], name[r.target], r.properties.get("share")) for r in x.relations}


def test_merged_into_as_wholly_owned_subsidiaries(gaz):
    _, rels = facts("经国务院批准，北方矿冶研究院和华东冶金矿业集团有限公司并入中国五矿集团有限公司，成为其全资子企业。", gaz)
    for child in ("北方矿冶研究院", "华东冶金矿业集团有限公司"):
        assert ("MERGED_INTO", child, "中国五矿集团有限公司", None) in rels
        assert ("OWNS", "中国五矿集团有限公司", child, None) in rels


def test_stake_handed_over_free_of_charge(gaz):
    names, rels = facts("根据通知，由山东省国资委向华能集团有限公司无偿划转鲁西能源集团有限公司45%股权。", gaz)
    assert ("OWNS", "中国华能集团有限公司", "鲁西能源集团有限公司", 45.0) in rels
    assert ("OWNS", "山东省人民政府国有资产监督管理委员会", "鲁西能源集团有限公司", None) in rels  # it held the stake
    assert "鲁西能源集团有限公司" in names  # the verb before the name is not part of it


def test_shares_transferred_to_a_group(gaz):
    names, rels = facts("东方交通投资有限公司拟将其持有的北方钢铁股份有限公司1.2亿股股份无偿划转给华北钢铁集团有限公司。", gaz)
    assert ("OWNS", "华北钢铁集团有限公司", "北方钢铁股份有限公司", None) in rels
    assert not any(n.startswith("给") for n in names)


def test_stake_bought(gaz):
    _, rels = facts("中国建材集团有限公司受让西部水泥集团有限公司30%股权。", gaz)
    assert ("OWNS", "中国建材集团有限公司", "西部水泥集团有限公司", 30.0) in rels


def test_one_group_restructures_another(gaz):
    _, rels = facts("通知同意中国宝武钢铁集团有限公司对马钢集团控股有限公司实施联合重组。", gaz)
    assert ("MERGED_INTO", "马钢集团控股有限公司", "中国宝武钢铁集团有限公司", None) in rels


@pytest.mark.parametrize("text, local", [
    ("重庆市国资委党委书记、主任王强会见了来访客人。", "重庆市人民政府国有资产监督管理委员会"),
    ("上海国资委与中国宝武签署合作协议。", "上海市人民政府国有资产监督管理委员会"),
    ("辽宁省人民政府国资委发布通知。", "辽宁省人民政府国有资产监督管理委员会"),
])
def test_a_place_before_guoziwei_is_that_place_s_sasac_not_the_state_council_s(gaz, text, local):
    names, rels = facts(text, gaz)
    assert local in names
    assert "国务院国有资产监督管理委员会" not in names
    assert all("国务院国有资产监督管理委员会" not in (s, t) for _, s, t, _ in rels)


def test_a_provincial_people_s_congress_in_a_title_chain_that_names_the_province_once(gaz):
    _, rels = facts("吉林省委书记、省人大常委会主任景俊海会见了客人。", gaz)
    assert ("HOLDS_POSITION", "景俊海", "吉林省人民代表大会常务委员会", None) in rels
    assert ("HOLDS_POSITION", "景俊海", "中共吉林省委", None) in rels


def test_bare_guoziwei_is_still_the_state_council_s(gaz):
    names, _ = facts("国资委召开中央企业负责人会议。全市国资委系统干部参加。", gaz)
    assert "国务院国有资产监督管理委员会" in names
    assert not any("全市" in n for n in names)


def test_a_group_registered_with_its_group_in_brackets_is_found_by_its_short_name(gaz):
    names, _ = facts("中国通用技术集团与华润集团签署战略合作协议。", gaz)
    assert {"中国通用技术（集团）控股有限责任公司", "华润（集团）有限公司"} <= names


def test_a_company_first_named_with_its_legal_form_is_found_by_the_rest_later(gaz):
    names, rels = facts("本钢集团有限公司发布通知。辽宁交通投资有限责任公司拟将其持有的本钢板材股份有限公司1000万股无偿划转给本钢集团。", gaz)
    assert ("OWNS", "本钢集团有限公司", "本钢板材股份有限公司", None) in rels  # 本钢集团 = 本钢集团有限公司
    assert ("OWNS", "辽宁交通投资有限责任公司", "本钢板材股份有限公司", None) in rels  # 其持有的: it holds them
    assert "本钢集团" not in names


@pytest.mark.parametrize("text, name", [
    ("本钢板材股份有限公司发布公告。", "本钢板材股份有限公司"),  # 本 starts a name here
    ("三一重工股份有限公司发布公告。", "三一重工股份有限公司"),
    ("公司收到控股股东本钢集团有限公司的通知。", "本钢集团有限公司"),  # 股东 is no part of the name
])
def test_names_that_start_with_a_numeral_or_determiner_character(gaz, text, name):
    assert name in facts(text, gaz)[0]


@pytest.mark.parametrize("text", ["本公司董事会审议通过。", "两大汽车集团合并。", "各子公司负责人参加。", "该行股份有限公司"])
def test_this_company_or_two_groups_are_no_names(gaz, text):
    names, _ = facts(text, gaz)
    assert not names


def test_a_list_of_officials_keeps_the_organization_until_another_is_named(gaz):
    _, rels = facts("国务院国资委党委书记、主任张玉卓，党委委员、副主任王宏志出席会议。", gaz)
    assert ("HOLDS_POSITION", "王宏志", "国务院国有资产监督管理委员会", None) in rels
    names, rels = facts("青海省委书记陈刚，省委副书记、省长吴晓军共同见证。", gaz)
    assert ("HOLDS_POSITION", "吴晓军", "中共青海省委", None) in rels  # 共同见证 follows a name
    names, _ = facts("中国五矿董事长翁祖亮与青海省委书记陈刚共同见证。", gaz)
    assert "陈刚" in names and "陈刚共" not in names


def test_names_sharing_titles_and_a_governor_s_government(gaz):
    _, rels = facts("国务院国资委党委委员、副主任谭作钧、袁野参加会见。", gaz)
    assert ("HOLDS_POSITION", "袁野", "国务院国有资产监督管理委员会", None) in rels
    names, rels = facts("辽宁省委书记、省人大常委会主任郝鹏，省委副书记、省长李乐成，省委秘书长姜有为，副省长王利波参加。"
                        "辽宁省人民政府发布通知。", gaz)
    assert ("HOLDS_POSITION", "李乐成", "辽宁省人民政府", None) in rels  # not the people's congress
    assert ("HOLDS_POSITION", "王利波", "辽宁省人民政府", None) in rels
    assert "姜有为" in names  # 为 before a comma is no verb


def test_groups_named_with_their_group_in_brackets_merge_into_a_new_one(gaz):
    names, rels = facts("经国务院批准，中国远洋运输（集团）总公司与中国海运（集团）总公司实施重组，组建中国远洋海运集团有限公司。", gaz)
    assert {"中国远洋运输（集团）总公司", "中国海运（集团）总公司"} <= names
    assert ("MERGED_INTO", "中国海运（集团）总公司", "中国远洋海运集团有限公司", None) in rels


def test_the_investor_s_role_on_behalf_of_the_state_council(gaz):
    _, rels = facts("国家管网集团由国务院国资委代表国务院履行出资人职责。", gaz)
    assert ("SUPERVISES", "国务院国有资产监督管理委员会", "国家石油天然气管网集团有限公司", None) in rels


def test_a_resume_of_former_posts_and_union_and_finance_titles(gaz):
    _, rels = facts("大唐集团总经理刘明胜出席会议。刘明胜曾任北方能源有限公司董事长、华北煤业股份有限公司董事长等职务。", gaz)
    assert ("HOLDS_POSITION", "刘明胜", "北方能源有限公司", None) in rels
    assert ("HOLDS_POSITION", "刘明胜", "华北煤业股份有限公司", None) in rels
    _, rels = facts("西南市政总院党委副书记、纪委书记、工会主席刘克臻，党委常委、副总经理谢秩明参加。", gaz)
    assert ("HOLDS_POSITION", "刘克臻", "西南市政总院", None) in rels
    assert ("HOLDS_POSITION", "谢秩明", "西南市政总院", None) in rels


def test_what_a_group_was_formed_from_in_brackets(gaz):
    _, rels = facts("此后诞生了国家能源投资集团(国电集团和神华集团重组组建)。", gaz)
    assert {s for t, s, o, _ in rels if t == "MERGED_INTO" and o == "国家能源投资集团有限责任公司"} == {"中国国电集团公司", "神华集团有限责任公司"}


def test_a_signing_with_its_signers_witnesses_and_host(gaz):
    x = extract(ReadDoc(document=Document(id="sha256:test", date="2024-05-06", language="zh"),
                        text="5月6日，中国五矿与青海省人民政府在京签署战略合作框架协议。中国五矿董事长翁祖亮与青海省委书记陈刚共同见证。"
                             "中国五矿副总经理朱可炳与青海省副省长刘超分别代表双方签署协议。中国五矿副总经理王兴权主持签约仪式。"), gaz)
    events = [e for e in x.entities if e.type == "Event"]
    assert len(events) == 1 and "签约" in events[0].name_zh
    name = {e.id: e.name_zh or e.name for e in x.entities}
    roles = {(name[r.source], r.properties.get("role")) for r in x.relations if r.type == "PARTICIPATED_IN"}
    assert roles == {("翁祖亮", "attended"), ("陈刚", "attended"), ("朱可炳", "attended"), ("刘超", "attended"), ("王兴权", "chaired")}


def test_a_headline_signing_is_left_to_the_body(gaz):
    x = extract(ReadDoc(document=Document(id="sha256:test", date="2020-12-02", language="zh"),
                        text="吉林省政府与国家开发投资集团签署合作框架协议\n\n12月2日，省委书记景俊海在长春会见国家开发投资集团董事长白涛一行，"
                             "并见证省政府与国家开发投资集团签署合作框架协议。"), gaz)
    assert len([e for e in x.entities if e.type == "Event"]) == 1  # the meeting: the occasion of the signing


def test_everyone_named_before_jointly_witnessed_took_part(gaz):
    x = extract(ReadDoc(document=Document(id="sha256:test", date="2024-05-06", language="zh"),
                        text="5月6日，中国五矿与青海省人民政府在京签署战略合作框架协议。中国五矿党组书记、董事长翁祖亮,党组副书记、董事王杰之"
                             "与青海省委书记陈刚,省委副书记、省长吴晓军共同见证。"), gaz)
    name = {e.id: e.name_zh or e.name for e in x.entities}
    assert {name[r.source] for r in x.relations if r.type == "PARTICIPATED_IN"} == {"翁祖亮", "王杰之", "陈刚", "吴晓军"}


@pytest.mark.parametrize("text, status", [
    ("李明当选为中国华能集团有限公司董事长。", "current"),
    ("李明兼任中国华能集团有限公司总经理。", "current"),
    ("李明不再兼任中国华能集团有限公司总经理职务。", "former"),
    ("李明辞去中国华能集团有限公司董事长职务。", "former"),
])
def test_elected_concurrently_no_longer_resigned(gaz, text, status):
    x = extract(ReadDoc(document=Document(id="sha256:test", date="2024-01-01", language="zh"), text=text), gaz)
    name = {e.id: e.name_zh or e.name for e in x.entities}
    assert [(name[r.source], name[r.target], r.properties["status"]) for r in x.relations] == \
        [("李明", "中国华能集团有限公司", status)]


def test_a_two_character_group_and_its_controlling_shareholder(gaz):
    names, rels = facts("马钢集团的控股股东为中国宝武钢铁集团有限公司。", gaz)
    assert ("OWNS", "中国宝武钢铁集团有限公司", "马钢集团", None) in rels
    _, rels = facts("中国宝武持有马钢集团51%的股权。", gaz)
    assert ("OWNS", "中国宝武钢铁集团有限公司", "马钢集团", 51.0) in rels
    for text in ("两大汽车集团合并。", "多个大型集团参加。", "国内钢铁集团纷纷表态。"):
        assert not facts(text, gaz)[0], text
