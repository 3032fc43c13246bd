"""Families of English phrasings (sentences written for these tests, with invented people) of
facts a development set showed the extractor missing: each test writes the fact the ways news
commonly does, and sentences that look alike but state no such fact."""

from __future__ import annotations

import pytest

from soegraph.loaders.extract import Gazetteer
from extraction_support import FICTIONAL_GROUPS, ids, rels, run


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_entities(FICTIONAL_GROUPS)


def named(x, etype: str | None = None) -> dict[str, str]:
    """name -> id of the entities (of a type)."""
    return {e.name: e.id for e in x.entities if etype is None or e.type == etype}


# --- the absorbed group "becomes part of" the other ------------------------------------------------

@pytest.mark.parametrize("text", [
    "China Beta Corporation will become part of China Alpha Group in the latest restructuring of state-owned enterprises.",
    "Under the restructuring plan, China Beta Corporation is to become part of China Alpha Group.",
    "China Beta Corporation became a part of China Alpha Group last year after the merger was approved.",
    "China Beta Corporation, a maker of silk, will be folded into China Alpha Group as part of the restructuring.",
    "China Beta Corporation has become an integral part of China Alpha Group following the merger.",
])
def test_becomes_part_of_is_a_merger(gaz, text):
    x = run(text, gaz)
    assert ("MERGED_INTO", "org:beta", "org:alpha") in rels(x)
    assert ("MERGED_INTO", "org:alpha", "org:beta") not in rels(x)


def test_becomes_part_of_turns_a_headline_pair(gaz):
    x = run("Alpha Group to merge with China Beta Corporation\n\n"
            "China Beta Corporation will become part of China Alpha Group in the restructuring of SOEs.", gaz)
    assert rels(x, "MERGED_INTO") == {("MERGED_INTO", "org:beta", "org:alpha")}


@pytest.mark.parametrize("text", [
    # no merger or restructuring spoken of: a membership, a project, a stake
    "China Beta Corporation will become part of China Alpha Group's supplier network next year.",
    "China Beta Corporation became part of China Alpha Group's research alliance.",
    "The plant of China Beta Corporation will become part of the Belt and Road projects.",
])
def test_becomes_part_of_negatives(gaz, text):
    assert not rels(run(text, gaz), "MERGED_INTO")


# --- a class word before a name in headlines ------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("Central SOE Delta Shipping Group to merge with China Alpha Group", "Delta Shipping Group"),
    ("SOE Delta Shipping Group posts record profit", "Delta Shipping Group"),
    ("Steel Giant Delta Steel Group Signs Deal", "Delta Steel Group"),
    ("State-owned Conglomerate Delta Holdings Group cuts debt", "Delta Holdings Group"),
])
def test_class_word_before_a_name_is_dropped(gaz, text, name):
    x = run(text, gaz)
    assert name in named(x)
    assert not any(n.startswith(("Central", "SOE", "Steel Giant", "State-owned")) for n in named(x))


def test_class_word_keeps_names_that_hold_it(gaz):
    x = run("Zhou Haoran visited the Delta Giant Machinery Group and the SOE Reform Research Institute.", gaz)
    assert "Delta Giant Machinery Group" in named(x)


# --- a registry name written without its hyphen ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Zhou Haoran, deputy director of the State owned Assets Supervision and Administration Commission of the State Council, spoke.",
    "Zhou Haoran, deputy director of the State owned Assets Supervision and Administration Commission, spoke.",
    "Zhou Haoran, deputy director of the state owned assets supervision and administration commission, spoke.",
    "Zhou Haoran, deputy director of the State-owned Assets Supervision and Administration Commission, spoke.",
])
def test_hyphen_dropped_from_a_registry_name(gaz, text):
    x = run(text, gaz)
    assert ("HOLDS_POSITION", "person:zhou-haoran", "org:sasac") in rels(x)
    assert not any("Assets" in n for n, i in named(x).items() if i != "org:sasac")


def test_hyphen_drop_needs_the_whole_name(gaz):
    # "State owned" alone, or another commission, is no SASAC
    x = run("Zhou Haoran said State owned firms and the Assets Supervision Office of Hubei must cut debt.", gaz)
    assert "org:sasac" not in ids(x)


# --- "the Party Committee of <place>" ------------------------------------------------------------

@pytest.mark.parametrize("text,place,level", [
    ("Zhou Haoran, Secretary of the Party Committee of the Tibet Autonomous Region, attended the meeting.", "Tibet", "Autonomous Regional"),
    ("Zhou Haoran, deputy secretary of the CPC Committee of Yunnan Province, attended the meeting.", "Yunnan", "Provincial"),
    ("Zhou Haoran, secretary of the Party committee of Shanghai Municipality, attended the meeting.", "Shanghai", "Municipal"),
    ("Zhou Haoran, secretary of the Communist Party Committee of Hubei, attended the meeting.", "Hubei", "Provincial"),
    ("Zhou Haoran, member of the Standing Committee of the Provincial Party Committee of Jiangxi Province, attended.", "Jiangxi", "Provincial"),
])
def test_party_committee_of_a_place(gaz, text, place, level):
    x = run(text, gaz)
    committees = {e.name: e for e in x.entities if e.type == "PartyOrgan"}
    name = f"CPC {place} {level} Committee"
    assert name in committees
    assert ("HOLDS_POSITION", "person:zhou-haoran", committees[name].id) in rels(x)


@pytest.mark.parametrize("text", [
    "Zhou Haoran, secretary of the Party committee of Alpha Group, spoke.",   # a company's committee
    "Zhou Haoran, secretary of the Party Committee of the Company, spoke.",
    "Zhou Haoran, member of the Party Committee of the Beta Institute, spoke.",
    "Zhou Haoran chaired the Party committee of Zhejiang Energy Group.",      # a place's company
])
def test_party_committee_of_a_non_place(gaz, text):
    x = run(text, gaz)
    assert not any(e.type == "PartyOrgan" and e.name.startswith("CPC ") and e.name.endswith(" Committee")
                   and e.id != "org:cpc-central-committee" for e in x.entities)


def test_autonomous_region_government_is_the_regions(gaz):
    x = run("Zhou Haoran, secretary of the Party Committee of the Tibet Autonomous Region, and Wang Lifeng, "
            "President of the Autonomous Region Government, attended the meeting.", gaz)
    govs = {e.id for e in x.entities if e.type == "GovernmentBody"}
    assert len(govs) == 1
    assert ("HOLDS_POSITION", "person:wang-lifeng", govs.pop()) in rels(x)


# --- a Party organ written with the Party's name ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Zhou Haoran, secretary of the CPC Central Commission for Discipline Inspection, spoke.",
    "Zhou Haoran, deputy secretary of the CCP Central Commission for Discipline Inspection, spoke.",
    "Zhou Haoran, deputy secretary of the Central Commission for Discipline Inspection of the CPC, spoke.",
    "Zhou Haoran, deputy secretary of the Central Commission for Discipline Inspection, spoke.",
])
def test_party_name_around_a_party_organ(gaz, text):
    x = run(text, gaz)
    assert ("HOLDS_POSITION", "person:zhou-haoran", "org:ccdi") in rels(x)
    assert {i for n, i in named(x).items() if "Discipline" in n} == {"org:ccdi"}


# --- "(Group)" before "of China" ----------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("The list names Delta Insurance Company (Group) of China Limited and others.", "Delta Insurance Company (Group) of China Limited"),
    ("The list names Delta Reinsurance Corporation (Group) of China and others.", "Delta Reinsurance Corporation (Group) of China"),
    ("The list names Delta Holdings (Group) Co., Ltd. and others.", "Delta Holdings (Group) Co., Ltd."),
])
def test_bracketed_group_inside_a_name(gaz, text, name):
    x = run(text, gaz)
    assert name in named(x)
    assert not any(n.endswith("(Group") or n == "China Limited" for n in named(x))


# --- the country's name as the first word of another name ------------------------------------------

@pytest.mark.parametrize("text", [
    "The Daily Mail-China Daily news exchange item",
    "The China South Signed A Framework Agreement",
    "Reports in China Daily said the plan was approved.",
    "State broadcaster China Central Television said the plan was approved.",
])
def test_china_inside_another_name(gaz, text):
    assert "org:china" not in ids(run(text, gaz))


@pytest.mark.parametrize("text", [
    "China said the plan was approved.",
    "The plan will help China grow.",
    "Firms in China, India and Brazil joined.",
])
def test_china_the_country(gaz, text):
    assert "org:china" in ids(run(text, gaz))


# --- an acronym written as a word ("Sasac", "Cosco") ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Zhou Haoran will head the State-owned Assets Supervision and Administration Commission (Sasac). Wang Lifeng, Sasac’s outgoing chief, spoke.",
    "Zhou Haoran will head the State-owned Assets Supervision and Administration Commission (Sasac). Wang Lifeng, the chief of Sasac, spoke.",
    "Zhou Haoran will head the State-owned Assets Supervision and Administration Commission (Sasac). Sasac chief Wang Lifeng spoke.",
])
def test_title_case_acronym_refers_back(gaz, text):
    assert ("HOLDS_POSITION", "person:wang-lifeng", "org:sasac") in rels(run(text, gaz))


def test_title_case_acronym_needs_the_initials(gaz):
    # "(Tianjin)" after a name is a place, not its acronym
    x = run("Zhou Haoran chairs China Beta Corporation (Tianjin). Wang Lifeng, chief of Tianjin, spoke.", gaz)
    assert ("HOLDS_POSITION", "person:wang-lifeng", "org:beta") not in rels(x)


# --- "<title> of <O>, <P>," opening a second clause, or with a short name in brackets -----------------

@pytest.mark.parametrize("text", [
    "Wang Lifeng was named chairman, while former general manager of Beta Corp, Zhou Haoran, was appointed as the general manager.",
    "Wang Lifeng was named chairman, whereas the general manager of China Beta Corporation, Zhou Haoran, kept his post.",
    "Wang Lifeng chairs Alpha Group; the general manager of China Beta Corporation, Zhou Haoran, said profits rose.",
    "The general manager of China Beta Corporation (CBC), Zhou Haoran, was appointed as the general manager.",
    "The former general manager and deputy party secretary of China Beta Corporation (Beta), Zhou Haoran, was appointed director.",
])
def test_title_of_org_apposition(gaz, text):
    assert ("HOLDS_POSITION", "person:zhou-haoran", "org:beta") in rels(run(text, gaz))


@pytest.mark.parametrize("text", [
    # a list, not an apposition: the name after the comma is no holder of the post
    "Wang Lifeng was named chairman, while the general manager of Beta Corp, Zhou Haoran and Li Ming were not.",
    "Wang Lifeng spoke, but the chairman of Beta Corp, Zhou Haoran said, was absent.",
])
def test_title_of_org_apposition_negatives(gaz, text):
    assert ("HOLDS_POSITION", "person:zhou-haoran", "org:beta") not in rels(run(text, gaz))


# --- a place's post with its level ("the provincial governor of …") ------------------------------------

@pytest.mark.parametrize("text", [
    "Zhou Haoran was the provincial governor of Hubei Province.",
    "Zhou Haoran, provincial vice governor of Hubei, spoke.",
    "Zhou Haoran, the Provincial Governor of Hubei, spoke.",
    "Zhou Haoran, the governor of Hubei, spoke.",
])
def test_level_before_a_place_post(gaz, text):
    assert ("HOLDS_POSITION", "person:zhou-haoran", "org:hubei-provincial-government") in rels(run(text, gaz))


def test_level_word_alone_is_no_post(gaz):
    x = run("Zhou Haoran said the provincial government of Hubei will invest.", gaz)
    assert not rels(x, "HOLDS_POSITION")


# --- the country's possessive is no parent -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "China's National Development and Reform Commission announced the approval.",
    "China’s Ministry of Commerce announced the approval.",
    "China's Assets Supervision and Administration Commission of the State Council announced the approval.",
])
def test_country_possessive_is_no_part_of(gaz, text):
    x = run(text, gaz)
    assert not any(t == "org:china" for (_r, _s, t) in rels(x, "PART_OF"))
    assert not any("People's Republic" in n for n, i in named(x).items() if i != "org:china")


def test_organ_possessive_is_still_a_unit(gaz):
    x = run("SASAC's Enterprise Cadre Bureau announced the approval.", gaz)
    assert any(t == "org:sasac" for (_r, _s, t) in rels(x, "PART_OF"))


# --- names ending in Industries / Factory / Shipyard; two names joined by "and" --------------------

@pytest.mark.parametrize("text,name", [
    ("Zhou Haoran worked for the Lanzhou Delta Instrument Factory in the 1980s.", "Lanzhou Delta Instrument Factory"),
    ("The merger will match Delta Heavy Industries, the largest shipbuilder.", "Delta Heavy Industries"),
    ("Delta Bay Shipyard delivered its first carrier.", "Delta Bay Shipyard"),
])
def test_more_company_heads(gaz, text, name):
    assert name in named(run(text, gaz), "Company")


@pytest.mark.parametrize("text", [
    "Factory output rose in May.",
    "Industries such as steel grew.",
    "The Shipyard Workers Union met.",
    # headlines in Title Case: ordinary words before the head
    "Chinese Industries Rebound In May",
    "Strategic Emerging Industries Grew 10 Percent",
    "China Factory Activity Expands",
    "Heavy Industries Lead Gains",
])
def test_head_word_alone_is_no_company(gaz, text):
    assert not named(run(text, gaz), "Company")


def test_two_names_joined_by_and(gaz):
    x = run("Orders went to Delta Heavy Industries and Epsilon Heavy Industries Co. last year.", gaz)
    assert {"Delta Heavy Industries", "Epsilon Heavy Industries Co."} <= set(named(x))
    y = run("The State-owned Assets Supervision and Administration Commission and the Bank of Delta met.", gaz)
    assert "org:sasac" in ids(y)


# --- "the People's Government of <place>" ---------------------------------------------------------

@pytest.mark.parametrize("text,gov", [
    ("Alpha Group signed an agreement with the People's Government of Chongqing.", "Chongqing Municipal People's Government"),
    ("Alpha Group signed an agreement with the People’s Government of Hubei Province.", "Hubei Provincial People's Government"),
    ("Alpha Group Signed A Framework Agreement With The People's Government Of Chongqing", "Chongqing Municipal People's Government"),
])
def test_peoples_government_of_a_place(gaz, text, gov):
    x = run(text, gaz)
    govs = named(x, "GovernmentBody")
    assert "People's Government" not in govs and "People’s Government" not in govs
    assert gov in govs
    assert ("COOPERATES_WITH", govs[gov], "org:alpha") in rels(x) or ("COOPERATES_WITH", "org:alpha", govs[gov]) in rels(x)


def test_peoples_government_of_a_place_is_one_government(gaz):
    x = run("Alpha Group signed an agreement with the People's Government of Chongqing. "
            "Zhou Haoran, mayor of the Chongqing Municipal People's Government, attended.", gaz)
    assert len(named(x, "GovernmentBody")) == 1


def test_peoples_government_of_a_line_end(gaz):
    # a headline's last word: the place does not run into the next line
    x = run("Alpha Group Signs Deal With The People's Government Of Chongqing\nJan 23, 2018\n", gaz)
    assert "Chongqing Municipal People's Government" in named(x, "GovernmentBody")


# --- "the chairman of the group" in a story naming one company ---------------------------------------

@pytest.mark.parametrize("text", [
    "China Beta Corporation signed an agreement with the city. Wang Lifeng, secretary of the municipal committee, attended. "
    "Zhou Haoran, the chairman of the group and the party secretary, signed on behalf of the group company.",
    "China Beta Corporation signed an agreement with the city. Wang Lifeng, the mayor, attended. "
    "Zhou Haoran, general manager of the company, also attended.",
])
def test_the_group_is_the_only_company(gaz, text):
    assert ("HOLDS_POSITION", "person:zhou-haoran", "org:beta") in rels(run(text, gaz))


def test_the_group_with_two_companies_is_unknown(gaz):
    x = run("China Beta Corporation and China Gamma Group signed an agreement. Wang Lifeng, the mayor, attended. "
            "Zhou Haoran, the chairman of the group, also attended.", gaz)
    assert not {t for (_r, s, t) in rels(x, "HOLDS_POSITION") if s == "person:zhou-haoran"}


# --- "was invited to attend" ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Wang Lifeng attended the conference in Chongqing. Zhou Haoran, the chairman of the group and the party secretary, "
    "was invited to attend the meeting and signed on behalf of the group company.",
    "Wang Lifeng attended the forum in Chongqing. Zhou Haoran was also invited to take part in the forum.",
    "Wang Lifeng chaired the conference in Chongqing. Zhou Haoran and Li Mingyu were invited to participate in the conference.",
])
def test_invited_to_attend_the_event_in_view(gaz, text):
    x = run(text, gaz)
    evs = {s_t[2] for s_t in rels(x, "PARTICIPATED_IN") if s_t[1] == "person:wang-lifeng"}
    assert evs and {("PARTICIPATED_IN", "person:zhou-haoran", e) for e in evs} <= rels(x)


@pytest.mark.parametrize("text", [
    "Zhou Haoran was invited to attend the signing ceremony of Alpha Group.",
    "Zhou Haoran was invited to take part in the forum.",
])
def test_invited_to_attend_a_new_event(gaz, text):
    assert any(s == "person:zhou-haoran" for (_r, s, _t) in rels(run(text, gaz), "PARTICIPATED_IN"))


@pytest.mark.parametrize("text", [
    "Wang Lifeng attended the conference in Chongqing. Zhou Haoran was invited to the meeting but declined.",
    "Wang Lifeng attended the conference in Chongqing. Zhou Haoran invited Alpha Group to join the alliance.",
])
def test_invitation_alone_is_no_attendance(gaz, text):
    assert not any(s == "person:zhou-haoran" for (_r, s, _t) in rels(run(text, gaz), "PARTICIPATED_IN"))


# --- a round of the Party's inspections and the units it inspects ---------------------------------------

def _rounds(x):
    return {e.name for e in x.entities if e.type == "Event" and "nspection" in e.name}


@pytest.mark.parametrize("text", [
    "Twenty central SOEs will be examined in the second round of routine inspection of the CPC Central Committee. "
    "The round will also reinspect the Party committees of three enterprises: China Alpha Group, China Beta Corporation and China Gamma Group.",
    "A new round of inspections by the CPC Central Committee started on Monday. "
    "The teams will inspect China Alpha Group, China Beta Corporation and China Gamma Group.",
    "The third round of disciplinary inspections of the CPC Central Committee will cover 20 units, including China Alpha Group, "
    "China Beta Corporation and China Gamma Group.",
])
def test_inspection_round_and_its_units(gaz, text):
    x = run(text, gaz)
    assert _rounds(x)
    for o in ("org:alpha", "org:beta", "org:gamma"):
        assert ("SUPERVISES", "org:cpc-central-committee", o) in rels(x)


def test_inspection_round_is_no_meeting(gaz):
    x = run("The first round of routine inspection of the CPC Central Committee began. "
            "Zhou Haoran addressed a meeting on the inspection work on Monday. Wang Lifeng attended the meeting.", gaz)
    assert _rounds(x)
    rnd = next(e.id for e in x.entities if e.type == "Event" and "nspection" in e.name)
    assert not any(t == rnd for (_r, _s, t) in rels(x, "PARTICIPATED_IN"))


@pytest.mark.parametrize("text", [
    # no round of the Party's inspections: a quality check, a round of talks
    "China Alpha Group will inspect the quality of China Beta Corporation's products.",
    "The second round of talks between China Alpha Group and China Beta Corporation ended.",
    "Inspectors examined China Beta Corporation's plant: China Alpha Group and China Gamma Group were next.",
])
def test_no_inspection_round(gaz, text):
    x = run(text, gaz)
    assert not rels(x, "SUPERVISES")
    assert not _rounds(x)


# --- a leading group ---------------------------------------------------------------------------------

def _groups(x):
    return {e.id: e for e in x.entities if "group" in e.name.lower() and e.type in ("PartyOrgan", "GovernmentBody")}


@pytest.mark.parametrize("text", [
    "The list was issued by the inspection leadership group of the CPC Central Committee on Monday. "
    "Zhou Haoran, head of the inspection leadership group, spoke.",
    "The list was issued by the central inspection work leading group of the CPC Central Committee. "
    "Zhou Haoran, head of the central inspection work leading group, spoke.",
    "Zhou Haoran, deputy head of the Leading Group for Inspection Work of the CPC Central Committee, spoke.",
])
def test_leading_group_of_an_organ(gaz, text):
    x = run(text, gaz)
    groups = _groups(x)
    assert len(groups) == 1
    (gid, g), = groups.items()
    assert g.type == "PartyOrgan"
    assert ("PART_OF", gid, "org:cpc-central-committee") in rels(x)
    assert ("HOLDS_POSITION", "person:zhou-haoran", gid) in rels(x)


def test_leading_group_of_the_state_council(gaz):
    x = run("Zhou Haoran heads the poverty alleviation leading group of the State Council.", gaz)
    (g,) = _groups(x).values()
    assert g.type == "GovernmentBody"


@pytest.mark.parametrize("text", [
    "Zhou Haoran said the leading group will meet again.",        # which group: not said
    "China Alpha Group is a leading group in the steel industry.",  # "leading" as an adjective of a company
    "Alpha Group has become the leading group of its sector.",
])
def test_no_leading_group(gaz, text):
    assert not _groups(run(text, gaz))


def test_party_leadership_group_is_a_title_part(gaz):
    x = run("Zhou Haoran, Vice President and Party Leadership Group Member of China Alpha Group, spoke.", gaz)
    assert not _groups(x)
    assert ("HOLDS_POSITION", "person:zhou-haoran", "org:alpha") in rels(x)


# --- "the municipal Party committee" in lower case -------------------------------------------------------

@pytest.mark.parametrize("text,committee", [
    ("Chen Mingyu, Secretary of the Chongqing Municipal Committee, spoke. "
     "Wu Cunrong, member of the standing committee of the municipal Party committee, attended.", "CPC Chongqing Municipal Committee"),
    ("Chen Mingyu, Secretary of the CPC Hubei Provincial Committee, spoke. "
     "Wu Cunrong, deputy secretary of the provincial CPC committee, attended.", "CPC Hubei Provincial Committee"),
    ("Chen Mingyu, governor of Hubei Province, spoke. Wu Cunrong, deputy secretary of the provincial Party committee, attended.",
     "CPC Hubei Provincial Committee"),
])
def test_lower_case_level_committee_is_the_places(gaz, text, committee):
    x = run(text, gaz)
    cid = named(x, "PartyOrgan")[committee]
    assert ("HOLDS_POSITION", "person:wu-cunrong", cid) in rels(x)


def test_lower_case_level_committee_needs_one_place(gaz):
    x = run("Chen Mingyu visited Hubei Province and Hunan Province. "
            "Wu Cunrong, deputy secretary of the provincial Party committee, attended.", gaz)
    assert not any(s == "person:wu-cunrong" for (_r, s, _t) in rels(x, "HOLDS_POSITION"))


# --- "he was the <title> of <O>"; the later predicates of a "he" sentence -------------------------------

@pytest.mark.parametrize("text,org", [
    ("Zhou Haoran spoke on Monday. He was the governor of Hubei before 2016.", "org:hubei-provincial-government"),
    ("Zhou Haoran spoke on Monday. She is the chairman of China Beta Corporation.", "org:beta"),
    ("Zhou Haoran spoke on Monday. He worked as a deputy mayor of Wuhan and was the governor of Hubei.", "org:hubei-provincial-government"),
    ("Zhou Haoran spoke on Monday. He worked as a deputy mayor of Wuhan, and before his appointment as secretary at "
     "Alpha Group in 2016, was the provincial governor of Hubei, one of the largest provinces.", "org:hubei-provincial-government"),
])
def test_pronoun_copula_post(gaz, text, org):
    assert ("HOLDS_POSITION", "person:zhou-haoran", org) in rels(run(text, gaz))


@pytest.mark.parametrize("text", [
    "Zhou Haoran spoke on Monday. He said the chairman of China Beta Corporation was absent.",
    "Zhou Haoran spoke on Monday. He met Li Ming, who was the chairman of China Beta Corporation.",
    "Zhou Haoran spoke on Monday. He said China Alpha Group, which is the largest shareholder of China Beta Corporation, grew.",
])
def test_pronoun_copula_post_negatives(gaz, text):
    assert ("HOLDS_POSITION", "person:zhou-haoran", "org:beta") not in rels(run(text, gaz))
