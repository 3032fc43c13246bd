"""Extraction on the issue's example sentences and on one sentence per relation type."""

from __future__ import annotations

import json

import pytest

from soegraph.loaders.extract import Gazetteer, extract
from soegraph.loaders.readers import ReadDoc, to_simplified
from soegraph.loaders.resolve import org_id, person_id
from soegraph.models import Document, Entity


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


@pytest.fixture(scope="module")
def small_gaz() -> Gazetteer:
    """A gazetteer from a hand-made list: extraction does not care where entities come from."""
    return Gazetteer.from_entities([
        Entity(id="org:cssc", type="CentralSOE", name="China State Shipbuilding Corporation Limited",
               name_zh="中国船舶集团有限公司", aliases=["CSSC", "中国船舶"]),
        Entity(id="org:test-holdings", type="CentralSOE", name="Test Holdings Group", aliases=["Test Holdings"]),
    ])


def run(text: str, gaz: Gazetteer, date: str | None = "2024-10-25"):
    doc = ReadDoc(document=Document(id="sha256:" + "0" * 64, date=date), text=text)
    return extract(doc, gaz)


def rels(x) -> set[tuple[str, str, str]]:
    return {(r.type, r.source, r.target) for r in x.relations}


def ent(x, eid):
    return next(e for e in x.entities if e.id == eid)


# --- the examples ----------------------------------------------------------------

def test_en_person_with_title_and_chinese_name(gaz):
    x = run("Zhang Yuzhuo (张玉卓), Party Secretary and Director of SASAC, attended the meeting.", gaz)
    hp = [r for r in x.relations if r.type == "HOLDS_POSITION"]
    assert [(r.source, r.target) for r in hp] == [("person:zhang-yuzhuo", "org:sasac")]
    assert hp[0].properties["title"] == "Party Secretary and Director"
    assert hp[0].rule and 0 < hp[0].confidence <= 1
    assert hp[0].evidence.text.startswith("Zhang Yuzhuo (张玉卓)")
    z = ent(x, "person:zhang-yuzhuo")
    assert z.name_zh == "张玉卓" and {m.text for m in z.mentions} == {"Zhang Yuzhuo", "张玉卓"}


def test_former_chairman(small_gaz):
    x = run("Former CSSC chairman Lei Fanpei was placed under investigation.", small_gaz)
    (r,) = [r for r in x.relations if r.type == "HOLDS_POSITION"]
    assert (r.source, r.target) == ("person:lei-fanpei", "org:cssc")
    assert r.properties == {"title": "chairman", "status": "former"}


def test_zh_officialese_title_chain(gaz):
    x = run("国务院国资委党委书记、主任张玉卓出席会议并讲话。", gaz)
    (r,) = [r for r in x.relations if r.type == "HOLDS_POSITION"]
    assert (r.source, r.target) == ("person:zhang-yuzhuo", "org:sasac")
    assert r.properties["title_zh"] == "党委书记、主任"


def test_zh_appointment_by_the_centre(gaz):
    x = run("经中央批准，李明同志任中国测试装备集团有限公司董事长、党组书记。", gaz)
    org = org_id(None, "中国测试装备集团有限公司")
    assert ("HOLDS_POSITION", "person:li-ming", org) in rels(x)
    assert ("APPOINTS", "org:cpc-central-committee", "person:li-ming") in rels(x)
    assert ent(x, org).type == "Company"


def test_zh_removal_is_former(gaz):
    x = run("王强同志任中国测试装备集团有限公司总经理，免去其中国测试材料集团有限公司董事职务。", gaz)
    by_target = {r.target: r.properties for r in x.relations if r.type == "HOLDS_POSITION"}
    assert by_target[org_id(None, "中国测试材料集团有限公司")]["status"] == "former"
    assert by_target[org_id(None, "中国测试装备集团有限公司")]["status"] == "current"


def test_organizations_by_suffix(gaz):
    x = run("The Beijing Institute for Quantum Testing and Harbin Valve Group Corp. signed a cooperation agreement "
            "with Tsinghua University. 北京测试研究院与上海测试大学签署合作协议。", gaz)
    types = {e.name: e.type for e in x.entities}
    assert types["Beijing Institute for Quantum Testing"] == "Institution"
    assert types["Harbin Valve Group Corp."] == "Company"
    assert types["Tsinghua University"] == "Institution"
    assert types["北京测试研究院"] == "Institution" and types["上海测试大学"] == "Institution"
    assert sum(r.type == "COOPERATES_WITH" for r in x.relations) >= 3


def test_acronym_defined_in_text(small_gaz):
    x = run("The Harbin Valve Corporation (HVC) makes valves. HVC is based in Harbin.", small_gaz)
    (e,) = [e for e in x.entities if e.type == "Company"]
    assert "HVC" in e.aliases and len(e.mentions) == 3


def test_bilingual_pair(gaz):
    x = run("Zhu Songchun (朱松纯), President of the Beijing Institute for General Artificial Intelligence "
            "(北京通用人工智能研究院), was invited to lecture.", gaz)
    inst = next(e for e in x.entities if e.type == "Institution")
    assert inst.name_zh == "北京通用人工智能研究院"
    assert ("HOLDS_POSITION", "person:zhu-songchun", inst.id) in rels(x)


# --- one sentence per relation type -------------------------------------------------------

def test_appointed_as_gives_appoints_and_holds_position(gaz):
    x = run("The State Council announced the appointment of several officials. "
            "Wang Hongzhi was appointed vice chairman of SASAC, replacing Weng Jieming.", gaz)
    r = rels(x)
    assert ("APPOINTS", "org:state-council", "person:wang-hongzhi") in r
    assert ("HOLDS_POSITION", "person:wang-hongzhi", "org:sasac") in r
    former = [x_ for x_ in x.relations if x_.source == "person:weng-jieming"]
    assert former and former[0].properties["status"] == "former"


def test_event_roles(gaz):
    x = run("On October 24, SASAC launched an AI training program for central SOEs. "
            "The opening ceremony was chaired by Tan Zuojun and attended by representatives from the Central "
            "Organization Department's Talent Bureau. Zhu Songchun was invited to lecture at the ceremony. "
            "Executives from China Telecom and China Mobile shared insights during the session.", gaz)
    ev = next(e for e in x.entities if e.type == "Event")
    assert ev.properties["date"] == "2024-10-24" and "training" in ev.name.lower()
    roles = {(r.source, r.properties.get("role")) for r in x.relations if r.type == "PARTICIPATED_IN"}
    assert ("person:tan-zuojun", "chaired") in roles
    assert ("person:zhu-songchun", "lectured") in roles
    assert ("org:china-telecom", "spoke") in roles
    assert ("ORGANIZED", "org:sasac", ev.id) in rels(x)
    bureau = next(e for e in x.entities if "Talent Bureau" in e.name)
    assert ("PART_OF", bureau.id, "org:central-organization-department") in rels(x)
    assert (bureau.id, "attended") in roles


def test_supervision_and_part_of(gaz):
    x = run("SASAC is a ministerial-level body directly under the State Council. "
            "China Mobile operates under the supervision of SASAC. The Talent Bureau reports to the "
            "Central Organization Department.", gaz)
    r = rels(x)
    assert ("PART_OF", "org:sasac", "org:state-council") in r
    assert ("SUPERVISES", "org:sasac", "org:china-mobile") in r
    assert any(t == "SUPERVISES" and s == "org:central-organization-department" for t, s, _ in r)


def test_stake_gives_owns_with_share(gaz):
    x = run("China Mobile holds a 20.5% stake in Harbin Valve Co., Ltd. "
            "中国物流集团股权结构为：国务院国资委和中国诚通控股集团有限公司持股比例相同，为38.91%。", gaz)
    owns = {(r.source, r.target): r.properties.get("share") for r in x.relations if r.type == "OWNS"}
    assert owns[("org:china-mobile", org_id("Harbin Valve Co., Ltd."))] == 20.5
    assert owns[("org:sasac", "org:china-logistics")] == 38.91
    assert owns[("org:chengtong", "org:china-logistics")] == 38.91


def test_merger(gaz):
    x = run("China Guodian Corp. and Shenhua Group Corp. have merged and reorganized as China Energy Investment "
            "Corporation. 宝钢集团有限公司与武汉钢铁（集团）公司联合重组为中国宝武钢铁集团有限公司。", gaz)
    r = rels(x)
    assert ("MERGED_INTO", "org:guodian", "org:china-energy") in r
    assert ("MERGED_INTO", "org:shenhua", "org:china-energy") in r
    assert sum(t == "MERGED_INTO" and o == "org:china-baowu" for t, _, o in r) == 2


def test_established(gaz):
    x = run("SASAC established the Harbin Testing Institute in 2003. "
            "经国务院批准，中国测试物流集团有限公司正式成立。", gaz)
    r = rels(x)
    assert ("ESTABLISHED", "org:sasac", org_id("Harbin Testing Institute")) in r
    assert ("ESTABLISHED", "org:state-council", org_id(None, "中国测试物流集团有限公司")) in r


def test_cooperation_is_symmetric_and_lists(gaz):
    x = run("SASAC frequently collaborates with other departments, such as the Ministry of Finance, the National "
            "Development and Reform Commission, and the Ministry of Industry and Information Technology.", gaz)
    pairs = {frozenset((r.source, r.target)) for r in x.relations if r.type == "COOPERATES_WITH"}
    assert pairs == {frozenset(("org:sasac", o)) for o in ("org:mof", "org:ndrc", "org:miit")}


def test_zh_meeting_participants(gaz):
    x = run("4月9日，国务院国资委主任张毅会见了重庆市委书记孙政才。国务院国资委副主任孟建民参加会见。", gaz, date="2015-04-10")
    ev = next(e for e in x.entities if e.type == "Event")
    assert "会见" in ev.name_zh and "meets" in ev.name and ev.properties.get("date") == "2015-04-09"
    assert ev.id == "event:2015-04-09-zhang-yi-meets-sun-zhengcai"
    people = {r.source for r in x.relations if r.type == "PARTICIPATED_IN"}
    assert {"person:zhang-yi", "person:sun-zhengcai", "person:meng-jianmin"} <= people


# --- resolution -------------------------------------------------------------------------------

def test_chinese_and_pinyin_give_the_same_id():
    assert person_id("徐平") == person_id("Xu Ping") == "person:xu-ping"
    assert person_id("欧阳明高") == "person:ouyang-minggao"


def test_name_variants_are_one_entity(gaz):
    x = run("Bai Zhongquan, China Testing Group Corp's chairman, spoke. China Testing Group announced results.", gaz)
    companies = [e for e in x.entities if e.type == "Company"]
    assert len(companies) == 1 and len(companies[0].mentions) == 2


def test_same_entity_same_id_across_documents(gaz):
    a = run("徐平同志任中国测试装备集团有限公司董事长。", gaz)
    b = run("Xu Ping met reporters.", gaz)
    assert "person:xu-ping" in {e.id for e in a.entities} & {e.id for e in b.entities}


def test_traditional_chinese_offsets(gaz):
    text = "國務院國資委主任張毅會見了重慶市委書記孫政才。"
    doc = ReadDoc(document=Document(id="sha256:" + "1" * 64), text=text)
    assert len(doc.match_text) == len(text) and doc.match_text == to_simplified(text)
    x = extract(doc, gaz)
    for e in x.entities:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text
    assert "person:zhang-yi" in {e.id for e in x.entities}
    assert ("HOLDS_POSITION", "person:zhang-yi", "org:sasac") in rels(x)


# --- the contract -----------------------------------------------------------------------------

def test_json_contract_and_determinism(gaz):
    text = "Zhang Yuzhuo (张玉卓), Party Secretary and Director of SASAC, attended the opening ceremony."
    a = run(text, gaz).to_json_dict()
    b = run(text, gaz).to_json_dict()
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
    assert set(a) == {"document", "entities", "relations"}
    for e in a["entities"]:
        assert {"id", "type", "name", "aliases", "mentions"} <= set(e)
        for m in e["mentions"]:
            assert set(m) == {"text", "start", "end"} and text[m["start"]:m["end"]] == m["text"]
    for r in a["relations"]:
        assert set(r) == {"type", "source", "target", "properties", "evidence", "confidence", "rule"}
        assert text[r["evidence"]["start"]:r["evidence"]["end"]] == r["evidence"]["text"]


def test_no_false_people_or_orgs(gaz):
    x = run("Hong Kong companies and the Group's reform were discussed. He said central SOEs should lead. "
            "两大汽车集团将开会。有关负责同志参加会议。", gaz)
    assert not [e for e in x.entities if e.type == "Person"]
    assert not [e for e in x.entities if e.type == "Company"]


def test_more_general_forms(gaz):
    x = run("Dai Houliang has been appointed chairman of China National Petroleum Corporation (CNPC), "
            "replacing Wang Yilin. Li Qiang, premier of the State Council, presided over an executive meeting.", gaz)
    hp = {(r.source, r.target): r.properties["status"] for r in x.relations if r.type == "HOLDS_POSITION"}
    assert hp[("person:dai-houliang", "org:cnpc")] == "current"
    assert hp[("person:wang-yilin", "org:cnpc")] == "former"
    assert hp[("person:li-qiang", "org:state-council")] == "current"
    assert any(r.type == "PARTICIPATED_IN" and r.properties["role"] == "chaired" for r in x.relations)
    y = run("中国船舶工业集团有限公司与中国船舶重工集团有限公司实施联合重组，新设中国船舶集团有限公司。"
            "中国铝业集团有限公司持有云南测试集团股份有限公司51%股权。", gaz)
    assert sum(r.type == "MERGED_INTO" and r.target == "org:cssc" for r in y.relations) == 2
    assert [r.properties.get("share") for r in y.relations if r.type == "OWNS"] == [51.0]


# --- fresh sentences, in forms the shared corpus does not use ---------------------------------

def test_coordinated_orgs_split_and_signing_event(gaz):
    x = run("Wang Hongzhi, Deputy Director of SASAC, attended the signing ceremony in Beijing on March 3, 2025, where "
            "China Mobile and China Electronics Technology Group Corporation (CETC) signed a strategic cooperation "
            "agreement. Former Sinopec chairman Ma Yongsheng also spoke at the event.", gaz)
    orgs = {e.id for e in x.entities if e.type not in ("Person", "Event")}
    assert {"org:china-mobile", "org:cetc"} <= orgs
    assert not any(" and China" in m.text for e in x.entities for m in e.mentions)
    r = rels(x)
    assert ("COOPERATES_WITH", "org:cetc", "org:china-mobile") in r
    (ev,) = [e for e in x.entities if e.type == "Event"]
    assert ev.properties["date"] == "2025-03-03" and ev.id.startswith("event:2025-03-03-signing-ceremony")
    roles = {r.source: r.properties["role"] for r in x.relations if r.type == "PARTICIPATED_IN"}
    assert roles == {"person:wang-hongzhi": "attended", "person:ma-yongsheng": "spoke"}


def test_zh_meeting_event_name_and_specific_id(gaz):
    x = run("3月5日，国务院国资委党委书记、主任张玉卓在京会见中国华能集团有限公司董事长、党组书记温枢刚一行。"
            "经中央批准，李明同志任中国大唐集团有限公司董事长、党组书记。", gaz, date="2025-03-06")
    (ev,) = [e for e in x.entities if e.type == "Event"]
    assert ev.name == "Zhang Yuzhuo meets Wen Shugang" and ev.name_zh == "张玉卓会见温枢刚"
    assert ev.id == "event:2025-03-05-zhang-yuzhuo-meets-wen-shugang"
    li = ent(x, "person:li-ming")
    assert (li.name, li.name_zh) == ("Li Ming", "李明")


def test_undated_generic_events_of_two_documents_differ(gaz):
    def one(doc_id):
        doc = ReadDoc(document=Document(id="sha256:" + doc_id * 64), text="张玉卓会见了李明。")
        return next(e.id for e in extract(doc, gaz).entities if e.type == "Event")
    assert one("a") != one("b") and one("a") == one("a")


FRESH = [
    ("On June 2, 2024, Chen Jianhua was appointed as president of China Huadian Corporation by the State Council.",
     {("APPOINTS", "org:state-council", "person:chen-jianhua"),
      ("HOLDS_POSITION", "person:chen-jianhua", "org:china-huadian")}),
    ("China Test Logistics Group Co., Ltd. operates under the supervision of SASAC.",
     {("SUPERVISES", "org:sasac", "org:china-test-logistics-group")}),
    ("The Hubei Provincial SASAC reports to the Hubei Provincial People's Government.",
     {("SUPERVISES", "org:hubei-provincial-peoples-government", "org:hubei-provincial-sasac")}),
    ("China Merchants Group holds a 51% stake in Liaoning Port Group Co., Ltd.",
     {("OWNS", "org:china-merchants", "org:liaoning-port-group")}),
    ("In 2016 China Test Metals Corporation merged into China Minmetals Corporation.",
     {("MERGED_INTO", "org:china-test-metals", "org:minmetals")}),
    ("China Test Rare Earth Group was established in Ganzhou in December 2021 by SASAC.",
     {("ESTABLISHED", "org:sasac", "org:china-test-rare-earth-group")}),
    ("China Southern Power Grid signed a strategic cooperation agreement with Tsinghua University on Friday.",
     {("COOPERATES_WITH", "org:tsinghua-university", "org:csg")}),
    ("The Development Research Center is a think tank directly under the State Council.",
     {("PART_OF", "org:development-research-center", "org:state-council")}),
    ("经国务院批准，任命刘强为中国测试能源集团有限公司总经理，免去王伟的中国测试能源集团有限公司副总经理职务。",
     {("APPOINTS", "org:state-council", "person:liu-qiang"),
      ("HOLDS_POSITION", "person:liu-qiang", org_id(None, "中国测试能源集团有限公司")),
      ("HOLDS_POSITION", "person:wang-wei", org_id(None, "中国测试能源集团有限公司"))}),
    ("中国测试物流集团有限公司由国务院国资委履行出资人职责。",
     {("SUPERVISES", "org:sasac", org_id(None, "中国测试物流集团有限公司"))}),
    ("中国测试控股集团有限公司持有北方测试科技股份有限公司51%的股份。",
     {("OWNS", org_id(None, "中国测试控股集团有限公司"), org_id(None, "北方测试科技股份有限公司"))}),
    ("中国测试建材集团有限公司与中国测试材料集团有限公司实施联合重组。",
     {("MERGED_INTO", org_id(None, "中国测试建材集团有限公司"), org_id(None, "中国测试材料集团有限公司"))}),
    ("国务院国资委牵头组建中国测试数据集团有限公司。",
     {("ESTABLISHED", "org:sasac", org_id(None, "中国测试数据集团有限公司"))}),
    ("中国测试电信集团有限公司与清华大学签署战略合作协议。",
     {("COOPERATES_WITH", org_id(None, "中国测试电信集团有限公司"), org_id(None, "清华大学"))}),
    ("国务院发展研究中心是国务院直属事业单位。",
     {("PART_OF", org_id(None, "国务院发展研究中心"), "org:state-council")}),
    ("SASAC named Li Wei general manager of China Test Shipping Group.",
     {("APPOINTS", "org:sasac", "person:li-wei"), ("HOLDS_POSITION", "person:li-wei", "org:china-test-shipping-group")}),
    ("China Test Power Corporation, a central enterprise supervised by SASAC, reported higher profits.",
     {("SUPERVISES", "org:sasac", "org:china-test-power")}),
    ("China Test Steel Group and China Test Mining Group have been merged to form China Test Metals Group.",
     {("MERGED_INTO", "org:china-test-steel-group", "org:china-test-metals-group"),
      ("MERGED_INTO", "org:china-test-mining-group", "org:china-test-metals-group")}),
    ("China Test Holdings Group owns 30 percent of China Test Securities Co., Ltd.",
     {("OWNS", "org:china-test-holdings-group", "org:china-test-securities")}),
    ("SASAC and the Ministry of Finance jointly established China Test Investment Corporation in 2019.",
     {("ESTABLISHED", "org:sasac", "org:china-test-investment"), ("ESTABLISHED", "org:mof", "org:china-test-investment")}),
    ("China Test Telecom Group signed a memorandum of understanding with Peking University on 5G research.",
     {("COOPERATES_WITH", "org:china-test-telecom-group", "org:peking-university")}),
    ("The Central Test Bureau is an agency directly under the CPC Central Committee.",
     {("PART_OF", "org:central-test-bureau", "org:cpc-central-committee")}),
    ("国务院国资委持有中国测试投资有限责任公司100%股权。",
     {("OWNS", "org:sasac", org_id(None, "中国测试投资有限责任公司"))}),
    ("中国测试钢铁集团有限公司整体并入中国宝武钢铁集团有限公司。",
     {("MERGED_INTO", org_id(None, "中国测试钢铁集团有限公司"), "org:china-baowu")}),
    ("中国测试研究院隶属于国务院国资委。", {("PART_OF", org_id(None, "中国测试研究院"), "org:sasac")}),
    ("经国务院国资委研究决定，聘任赵东明为中国测试能源集团有限公司副总经理。",
     {("APPOINTS", "org:sasac", "person:zhao-dongming"),
      ("HOLDS_POSITION", "person:zhao-dongming", org_id(None, "中国测试能源集团有限公司"))}),
    ("中国测试港口集团有限公司是中国测试物流集团有限公司的全资子公司。",
     {("OWNS", org_id(None, "中国测试物流集团有限公司"), org_id(None, "中国测试港口集团有限公司"))}),
    ("China Test Group Corporation is one of the central enterprises under SASAC.",
     {("SUPERVISES", "org:sasac", "org:china-test-group")}),
    ("中国测试集团有限公司为国务院国资委监管的中央企业。", {("SUPERVISES", "org:sasac", org_id(None, "中国测试集团有限公司"))}),
    ("The board of China Test Group Corporation appointed Wang Fang as its president.",
     {("APPOINTS", "org:china-test-group", "person:wang-fang"), ("HOLDS_POSITION", "person:wang-fang", "org:china-test-group")}),
    ("Dai Houliang, former chairman of Sinopec, was appointed chairman of CNPC.",
     {("HOLDS_POSITION", "person:dai-houliang", "org:sinopec"), ("HOLDS_POSITION", "person:dai-houliang", "org:cnpc")}),
]


def test_zh_clause_opening_name_appointed_and_removed(gaz):
    x = run("陈立新任中国测试集团有限公司党委书记、董事长，刘卫国不再担任中国测试集团有限公司董事长职务。"
            "要全面任务落实，董事长要负责。", gaz)
    org = org_id(None, "中国测试集团有限公司")
    st = {r.source: r.properties["status"] for r in x.relations if r.type == "HOLDS_POSITION" and r.target == org}
    assert st == {"person:chen-lixin": "current", "person:liu-weiguo": "former"}
    assert not any(e.name_zh == "全面" for e in x.entities)


def test_generic_company_words_are_no_entities(gaz):
    x = run("中国测试港口集团有限公司是中国测试物流集团有限公司的全资子公司。"
            "China Test Holdings Group owns 30 percent of China Test Securities Co., Ltd.", gaz)
    names = {e.name for e in x.entities} | {e.name_zh for e in x.entities}
    assert "全资子公司" not in names and "org:central-huijin" not in {e.id for e in x.entities}
    assert "China Test Securities Co., Ltd." in names


def test_zh_meeting_chaired_passive(gaz):
    x = run("3月8日，国务院国资委召开中央企业负责人会议。党委书记、主任张玉卓出席会议并讲话，会议由党委副书记、副主任王宏志主持。", gaz)
    roles = {r.source: r.properties["role"] for r in x.relations if r.type == "PARTICIPATED_IN"}
    assert roles == {"person:zhang-yuzhuo": "attended", "person:wang-hongzhi": "chaired"}


def test_en_forum_presided_and_keynote(gaz):
    x = run("China Test Shipbuilding Group hosted a forum on green shipping in Shanghai on April 8, 2024. The forum was "
            "presided over by Hu Wenming. Wen Gang delivered a keynote speech at the forum.", gaz)
    (ev,) = [e for e in x.entities if e.type == "Event"]
    assert ev.properties["date"] == "2024-04-08" and "forum" in ev.name.lower()
    roles = {r.source: r.properties["role"] for r in x.relations if r.type == "PARTICIPATED_IN"}
    assert roles == {"person:hu-wenming": "chaired", "person:wen-gang": "spoke"}


@pytest.mark.parametrize("text,expected", FRESH, ids=[f"fresh-{i}" for i in range(len(FRESH))])
def test_fresh_sentences(gaz, text, expected):
    assert expected <= rels(run(text, gaz, date="2024-06-10"))


def test_fresh_training_program_en(gaz):
    x = run("SASAC launched a training program on digital transformation for executives of central SOEs on May 20, "
            "2024. The program was chaired by Zhao Shiyong. Professor Li Hongwei of Peking University lectured on AI "
            "governance.", gaz)
    (ev,) = [e for e in x.entities if e.type == "Event"]
    assert ev.properties["date"] == "2024-05-20" and not ev.name.endswith(" for")
    assert ("ORGANIZED", "org:sasac", ev.id) in rels(x)
    roles = {r.source: r.properties["role"] for r in x.relations if r.type == "PARTICIPATED_IN"}
    assert roles == {"person:zhao-shiyong": "chaired", "person:li-hongwei": "lectured"}


def test_fresh_training_program_zh(gaz):
    x = run("5月20日，国务院国资委在北京举办中央企业数字化转型专题培训班。国务院国资委副主任王宏志出席开班式并讲话，"
            "清华大学教授张华作专题授课。", gaz)
    (ev,) = [e for e in x.entities if e.type == "Event"]
    assert ev.name_zh.endswith("培训班") and ev.name == "SASAC training program" and ev.properties["date"] == "2024-05-20"
    assert ("ORGANIZED", "org:sasac", ev.id) in rels(x)
    roles = {r.source: r.properties["role"] for r in x.relations if r.type == "PARTICIPATED_IN"}
    assert roles == {"person:wang-hongzhi": "attended", "person:zhang-hua": "lectured"}
    assert ("HOLDS_POSITION", "person:zhang-hua", org_id(None, "清华大学")) in rels(x)


@pytest.mark.parametrize("text", ["中国移动、中国电信和中国联通签署战略合作协议。",
                                  "China Telecom, China Unicom and China Mobile signed a cooperation agreement."])
def test_every_pair_of_signatories_cooperates(gaz, text):
    coop = {frozenset((r.source, r.target)) for r in run(text, gaz).relations if r.type == "COOPERATES_WITH"}
    assert coop == {frozenset(p) for p in (("org:china-mobile", "org:china-telecom"),
                                           ("org:china-mobile", "org:china-unicom"),
                                           ("org:china-telecom", "org:china-unicom"))}


def test_same_meeting_same_id_in_both_languages(gaz):
    zh = run("3月5日，国务院国资委主任张玉卓会见了中国华能集团有限公司董事长温枢刚。", gaz, date="2025-03-06")
    en = run("On March 5, SASAC chairman Zhang Yuzhuo met with Wen Shugang, chairman of China Huaneng.", gaz,
             date="2025-03-06")
    ids = [next(e.id for e in x.entities if e.type == "Event") for x in (zh, en)]
    assert ids[0] == ids[1] == "event:2025-03-05-zhang-yuzhuo-meets-wen-shugang"


def test_event_organized_by_passive_with_attendees(gaz):
    x = run("The symposium on state capital reform, hosted by SASAC on July 1, 2024, was attended by Wang Hongzhi and "
            "Zhao Shiyong.", gaz)
    (ev,) = [e for e in x.entities if e.type == "Event"]
    assert ev.name == "Symposium on state capital reform" and ev.properties["date"] == "2024-07-01"
    assert ("ORGANIZED", "org:sasac", ev.id) in rels(x)
    assert {r.source for r in x.relations if r.type == "PARTICIPATED_IN"} == {"person:wang-hongzhi", "person:zhao-shiyong"}


def test_workshop_organized_by_then_lecture(gaz):
    x = run("A workshop on corporate governance organized by China Test Group Corporation opened in Beijing on May 9, "
            "2024. Li Ming gave a lecture on board reform.", gaz)
    (ev,) = [e for e in x.entities if e.type == "Event"]
    assert ("ORGANIZED", "org:china-test-group", ev.id) in rels(x)
    assert ("PARTICIPATED_IN", "person:li-ming", ev.id) in rels(x)


def test_centre_opening_a_clause_has_its_offsets(gaz):
    """"，中央决定" names the Party Central Committee with the offsets of 中央 (once -1, -1)."""
    text = "会议指出，中央决定李明同志任中国测试装备集团有限公司董事长。经中央批准，王刚同志任总经理。"
    x = run(text, gaz)
    cc = ent(x, "org:cpc-central-committee")
    spans = [(m.start, m.end) for m in cc.mentions]
    assert spans == [(5, 7), (text.index("经中央") + 1, text.index("经中央") + 3)]
    assert all(m.text == "中央" for m in cc.mentions)


def test_gazetteer_finds_a_chinese_name_inside_a_longer_names_start():
    """国网 in 中國網絡: a name that starts inside a partial match of a longer one is still found
    (pyahocorasick's iter_long missed it at the end of a text or before 絡)."""
    g = Gazetteer.from_entities([
        Entity(id="org:cnc-test", type="CentralSOE", name="China Netcom Test", name_zh="中國網絡通信集團"),
        Entity(id="org:grid-test", type="CentralSOE", name="Grid Test", name_zh="國網"),
    ], include_core=False)
    from soegraph.loaders.extract.gazetteer import fold

    for text, start in (("和中國網", 2), ("中國網絡", 1), ("中國網，", 1)):
        assert [(m.start, m.end, m.entity_id) for m in g.scan(fold(text), text)] == [
            (start, start + 2, "org:grid-test")], text
    text = "中國網絡通信集團"
    assert [(m.start, m.end, m.entity_id) for m in g.scan(fold(text), text)] == [(0, 8, "org:cnc-test")]


def test_chinese_name_list_at_the_end_of_a_text(gaz):
    """A text that ends with a listed name and 、 is extracted (name_at once read past the end)."""
    x = run("国务院国资委主任王明、", gaz)
    assert any(e.name_zh == "王明" for e in x.entities)


@pytest.mark.parametrize("text", [
    "Mr. Li met Dr. Wang. He said so. A. B. -- C -- d.",
    "China XD Group Corp. The firm grew. Co., Ltd. said. U.S. China Corp. and X. Ltd.\nNew line",
    "  \n . . .  -- --\n--",
    "Corp.   The end Ltd.\n\nNext Inc. co. Jan. 5 and Feb.[1]",
    "会议指出，要加快改革。张伟主持会议；李明出席！问题？\n\n第二段。",
])
def test_sentences_found_on_demand_are_the_full_split(text):
    """_Sentences.at(p) is the sentence of sentences(text) holding p, asked in any order."""
    from soegraph.loaders.extract.pipeline import _Sentences, sentences

    full = sentences(text)
    lazy = _Sentences(text)
    positions = list(range(len(text) + 1))
    for p in positions + positions[::-1]:
        want = next(((s, e) for s, e in full if s <= p < e), None)
        assert lazy.at(p) == want, (text, p)
    starts = [s for s, _ in full]
    for i, a in enumerate(starts):
        for b in starts[i:]:
            assert lazy.count(a, b, 99) == sum(1 for s in starts if a <= s < b)


def test_sentences_found_on_demand_on_random_punctuation():
    import random

    from soegraph.loaders.extract.pipeline import _Sentences, sentences

    rng = random.Random(5)
    atoms = ["Corp", "Co", "Ltd", "Inc", "Mr", "No", "Sept", "vs", "A", "b", "x", " ", "  ", ".", ". ", ".\n", "--", " -- ",
             "-", "\n", "。", "；", ";", "!", "?", "The", "It", ",", "[", "\u3000", "\t", "年"]
    for _ in range(300):
        text = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 30)))
        full = sentences(text)
        lazy = _Sentences(text)
        order = list(range(len(text) + 1))
        rng.shuffle(order)
        for p in order:
            assert lazy.at(p) == next(((s, e) for s, e in full if s <= p < e), None), (text, p)
