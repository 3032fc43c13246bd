"""Families of English phrasings (sentences written for these tests, with invented people) of
facts a development set showed the extractor missing: each test writes the fact the ways news
commonly does, and sentences that look alike but state no such fact."""

from __future__ import annotations

import pytest

from soegraph.loaders.extract import Gazetteer
from extraction_support import FICTIONAL_GROUPS, rels, run


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_entities(FICTIONAL_GROUPS)


def named(x, etype: str) -> dict[str, str]:
    """name -> id of the entities of a type."""
    return {e.name: e.id for e in x.entities if e.type == etype}


def posts(x) -> set[tuple[str, str]]:
    names = {e.id: e.name for e in x.entities}
    return {(names[s], names[o]) for (_t, s, o) in rels(x, "HOLDS_POSITION")}


# --- a place's Party committee ------------------------------------------------------------------

@pytest.mark.parametrize("text,place,level", [
    ("Zhou Haoran, member of the standing committee of Jiangsu provincial committee of CPC, spoke.", "Jiangsu", "Provincial"),
    ("Zhou Haoran, member of the Standing Committee of the Jiangsu Provincial Committee of the CPC, spoke.", "Jiangsu", "Provincial"),
    ("Zhou Haoran, deputy secretary of the CPC Jiangsu Provincial Committee, spoke.", "Jiangsu", "Provincial"),
    ("Zhou Haoran, deputy secretary of the Jiangsu Provincial Party Committee, spoke.", "Jiangsu", "Provincial"),
    ("Zhou Haoran, deputy secretary of the Jiangsu provincial Party committee, spoke.", "Jiangsu", "Provincial"),
    ("Zhou Haoran, deputy secretary of the Jiangsu Provincial CPC Committee, spoke.", "Jiangsu", "Provincial"),
    ("Zhou Haoran, secretary of the Hubei Party committee, spoke.", "Hubei", "Provincial"),
    ("Zhou Haoran, Party secretary of Kunming municipal committee of CPC, spoke.", "Kunming", "Municipal"),
    ("Zhou Haoran, Party secretary of the Kunming Municipal Committee of the Communist Party of China, spoke.", "Kunming", "Municipal"),
    ("Zhou Haoran, Vice Premier of the State Council and CPC Chongqing Committee Secretary, spoke.", "Chongqing", "Municipal"),
    ("Zhou Haoran, secretary of the CPC Shenzhen Committee, spoke.", "Shenzhen", "Municipal"),
    ("Zhou Haoran, vice secretary of Shanghai municipal Party Committee, spoke.", "Shanghai", "Municipal"),
    ("Zhou Haoran, a member of the Standing Committee of the Inner Mongolia Autonomous Regional Party Committee, spoke.",
     "Inner Mongolia", "Autonomous Regional"),
])
def test_a_place_party_committee_in_its_many_forms_is_one_organ_with_the_post(gaz, text, place, level):
    x = run(text, gaz)
    name = f"CPC {place} {level} Committee"
    assert name in named(x, "PartyOrgan")
    assert ("Zhou Haoran", name) in posts(x)


def test_the_forms_of_one_committee_in_a_document_are_one_organ(gaz):
    x = run("Zhou Haoran, secretary of the CPC Chongqing Municipal Committee, met Qian Lifang. Later Sun Kaiwen, "
            "secretary-general of the Chongqing Municipal Committee of the CPC, and Li Fangyu, deputy secretary of the "
            "Chongqing Municipal Party Committee, spoke. Feng Jiayi, member of the Standing Committee of the Municipal "
            "Party Committee, also spoke.", gaz)
    organs = named(x, "PartyOrgan")
    assert list(organs) == ["CPC Chongqing Municipal Committee"]
    assert {p for p, o in posts(x) if o == "CPC Chongqing Municipal Committee"} >= {"Zhou Haoran", "Li Fangyu", "Feng Jiayi"}


def test_a_committee_names_the_place_whose_bare_name_is_its_government(gaz):
    x = run("Zhou Haoran, member of the standing committee of Jiangsu provincial committee of CPC and vice governor "
            "of Jiangsu, spoke.", gaz)
    assert {o for p, o in posts(x) if "Jiangsu" in o} == {"CPC Jiangsu Provincial Committee", "Jiangsu Provincial Government"}


@pytest.mark.parametrize("text", [
    "Zhou Haoran, secretary of the Alpha Group Party committee, spoke.",          # a company's
    "Zhou Haoran, secretary of the Party committee of China Alpha Group, spoke.",
    "Zhou Haoran, vice chairman of the Jiangsu Provincial Committee of the CPPCC, spoke.",  # the advisory body's
    "Zhou Haoran, secretary of the Jiangsu provincial committee of the Communist Youth League, spoke.",
    "Zhou Haoran, member of the Standing Committee of the Kunming Municipal People's Congress, spoke.",
    "Zhou Haoran, member of the CPC Central Committee, spoke.",
    "The Beijing Organizing Committee met on Monday.",
])
def test_committees_that_are_no_place_party_committee(gaz, text):
    x = run(text, gaz)
    assert not [n for n in named(x, "PartyOrgan") if n.startswith("CPC ") and n != "CPC Central Committee"]


# --- a title word before a name -----------------------------------------------------------------

@pytest.mark.parametrize("text,person", [
    ("Mayor Zhou Haoran, Qian Lifang and Sun Kaiwen attended the signing ceremony.", "Zhou Haoran"),
    ("Vice Mayor Zhou Haoran attended the ceremony.", "Zhou Haoran"),
    ("The talks were chaired by Premier Huang Mingde.", "Huang Mingde"),
    ("Judge Zhao Lifang heard the case.", "Zhao Lifang"),
    ("Bo Jianguo, secretary of the CPC Dalian Municipal Committee, spoke.", "Bo Jianguo"),   # (family names 薄, 别)
    ("Bie Haiyang, deputy mayor of Xiangyang, spoke.", "Bie Haiyang"),
])
def test_a_person_after_a_short_capitalised_word_or_of_a_rarer_family(gaz, text, person):
    assert person in {e.name for e in run(text, gaz).entities if e.type == "Person"}


def test_a_byline_is_no_person_of_the_story(gaz):
    x = run("Updated: Jul 17, 2021 By Zhong Nan chinadaily.com.cn\nChina Alpha Group will merge with China Beta Corporation.", gaz)
    assert not [e for e in x.entities if e.type == "Person"]


# --- a place named by the post held there -------------------------------------------------------

@pytest.mark.parametrize("text,gov", [
    ("Huang Haiyang, mayor of Chongqing, spoke.", "Chongqing Municipal Government"),
    ("Huang Haiyang, the mayor of Kunming, spoke.", "Kunming Municipal Government"),
    ("Kunming mayor Huang Haiyang spoke.", "Kunming Municipal Government"),
    ("Huang Haiyang, vice governor of Jiangsu, spoke.", "Jiangsu Provincial Government"),
    ("Huang Haiyang, the governor of Hubei province, spoke.", "Hubei Provincial Government"),
    ("Hubei Governor Huang Haiyang spoke.", "Hubei Provincial Government"),
    ("Huang Haiyang, Party secretary of Guangdong, spoke.", "Guangdong Provincial Government"),
    ("Guangdong's Party chief Huang Haiyang spoke.", "Guangdong Provincial Government"),
    ("Mayor of Kunming Li Haiyang spoke to Huang Haiyang.", "Kunming Municipal Government"),
])
def test_a_mayor_governor_or_party_chief_of_a_place_holds_a_post_at_its_government(gaz, text, gov):
    x = run(text, gaz)
    assert gov in named(x, "GovernmentBody")
    assert any(o == gov for _p, o in posts(x))


def test_one_government_for_its_written_name_and_the_post_of_its_place(gaz):
    x = run("Huang Haiyang, governor of Shandong, met Qian Lifang. The Shandong Provincial People's Government "
            "signed a deal with China Alpha Group.", gaz)
    assert [n for n in named(x, "GovernmentBody") if "Shandong" in n] == ["Shandong Provincial People's Government"]


@pytest.mark.parametrize("text", [
    "Huang Haiyang, Party secretary of Shougang, spoke.",        # a company's Party chief, a pinyin name
    "Huang Haiyang, Party chief of Alpha Group, spoke.",
    "Zhou Haoran, governor of the People's Bank of China, spoke.",
    "Huang Haiyang, mayor of London, spoke.",
])
def test_posts_of_no_chinese_place_government(gaz, text):
    x = run(text, gaz)
    assert not [n for n in named(x, "GovernmentBody") if n.endswith(("Municipal Government", "Provincial Government"))]


# --- becoming another company's subsidiary in a restructuring -------------------------------------

@pytest.mark.parametrize("text", [
    "After the restructuring, China Beta Corporation will become a wholly subsidiary of China Alpha Group.",
    "SASAC said China Beta Corporation has become a wholly-subsidiary of China Alpha Group after the merger.",
    "China Beta Corporation, the country's third largest cable maker, will become a wholly owned subsidiary of "
    "China Alpha Group (CAG), in a merger announced on Monday.",
    "In the reorganization, China Beta Corporation becomes a wholly-owned subsidiary of China Alpha Group.",
])
def test_a_company_that_becomes_a_subsidiary_in_a_restructuring_is_merged_into_and_owned(gaz, text):
    x = run(text, gaz)
    assert ("MERGED_INTO", "org:beta", "org:alpha") in rels(x)
    assert ("OWNS", "org:alpha", "org:beta") in rels(x)


def test_a_subsidiary_in_no_story_of_mergers_is_only_owned(gaz):
    x = run("China Beta Corporation became a wholly owned subsidiary of China Alpha Group in 2001.", gaz)
    assert ("OWNS", "org:alpha", "org:beta") in rels(x)
    assert not rels(x, "MERGED_INTO")


def test_a_one_word_name_said_again_without_its_corporation(gaz):
    x = run("SASAC announced the restructuring of Northwind Corporation and China Alpha Group. "
            "Northwind will become a wholly subsidiary of China Alpha Group.", gaz)
    nw = next(e.id for e in x.entities if e.name == "Northwind Corporation")
    assert ("MERGED_INTO", nw, "org:alpha") in rels(x)


def test_no_one_word_name_when_the_word_is_an_english_one(gaz):
    x = run("Development Corporation said development slowed. Development will go on.", gaz)
    assert all(len(e.aliases) == 0 or "Development" not in e.aliases for e in x.entities)


# --- meetings with titled people; two titles of one organization --------------------------------

@pytest.mark.parametrize("text", [
    "After the ceremony, Zhou Haoran, vice governor of Hubei, met with China Alpha Group Chairman Qian Lifang and President Sun Kaiwen.",
    "Zhou Haoran met with visiting China Alpha Group chairman Qian Lifang and general manager Sun Kaiwen on Monday.",
    "Zhou Haoran held talks with Chairman Qian Lifang and President Sun Kaiwen of China Alpha Group.",
])
def test_a_meeting_with_people_named_after_their_titles(gaz, text):
    x = run(text, gaz)
    ev = [e.id for e in x.entities if e.type == "Event"]
    assert len(ev) == 1
    who = {s for (_t, s, o) in rels(x, "PARTICIPATED_IN") if o == ev[0]}
    assert {e.id for e in x.entities if e.name in ("Zhou Haoran", "Qian Lifang", "Sun Kaiwen")} <= who


@pytest.mark.parametrize("text", [
    "China Alpha Group Chairman Qian Lifang and President Sun Kaiwen visited Wuhan.",
    "China Alpha Group chairman Qian Lifang and general manager Sun Kaiwen visited Wuhan.",
])
def test_a_second_title_after_and_is_at_the_same_organization(gaz, text):
    x = run(text, gaz)
    assert {("Qian Lifang", "China Alpha Group"), ("Sun Kaiwen", "China Alpha Group")} <= posts(x)


@pytest.mark.parametrize("text", [
    "SASAC Director Qian Lifang and Vice Premier Sun Kaiwen visited Wuhan.",
    "China Alpha Group chairman Qian Lifang and Mayor Sun Kaiwen visited Wuhan.",
])
def test_a_state_or_place_title_after_and_is_no_post_at_the_organization(gaz, text):
    x = run(text, gaz)
    assert not [o for p, o in posts(x) if p == "Sun Kaiwen" and o in ("China Alpha Group",) or
                (p == "Sun Kaiwen" and "State-owned Assets" in o)]


def test_people_at_a_ceremony_after_a_meeting_of_two_attended_the_ceremony(gaz):
    x = run("China Alpha Group signed an agreement with the Hubei provincial government on May 9. After the signing "
            "ceremony, Zhou Haoran met with China Alpha Group Chairman Qian Lifang. Governor Sun Kaiwen and Qian "
            "Lifang attended the signing ceremony.", gaz, date="2012-05-09")
    names = {e.id: e.name for e in x.entities}
    ceremonies = [i for i, n in names.items() if "eremony" in n or "igning" in n]
    assert ceremonies
    assert any(names[s] == "Sun Kaiwen" for (_t, s, o) in rels(x, "PARTICIPATED_IN") if o in ceremonies)


# --- a post to be taken up, after the post held before -------------------------------------------

@pytest.mark.parametrize("text", [
    "Qian Lifang, former chairman and party chief of China Beta Corporation, will become chairman and party chief in China Alpha Group.",
    "Qian Lifang, currently president of China Beta Corporation, is set to become chairman of China Alpha Group.",
    "Sun Kaiwen was named. Qian Lifang, former chairman of China Beta Corporation, will replace Sun Kaiwen to become chairman for China Alpha Group.",
    "Qian Lifang is expected to become general manager at China Alpha Group.",
])
def test_a_post_to_become_after_a_former_post(gaz, text):
    x = run(text, gaz)
    assert ("Qian Lifang", "China Alpha Group") in posts(x)


def test_a_post_held_before_is_not_the_post_to_become(gaz):
    x = run("Qian Lifang, who chaired China Beta Corporation for years, spoke about China Alpha Group.", gaz)
    assert ("Qian Lifang", "China Alpha Group") not in posts(x)


# --- events: gatherings and seminars of their own hosts; the Party's congresses ------------------

def _events(x) -> list[str]:
    return [e.name for e in x.entities if e.type == "Event"]


@pytest.mark.parametrize("text", [
    "Zhou Haoran attended the social gathering of the Hubei provincial government, as well as the seminar of China Beta Corporation.",
    "Zhou Haoran attended a reception hosted by China Beta Corporation and a seminar of China Gamma Group.",
])
def test_two_events_one_person_attended(gaz, text):
    x = run("China Alpha Group held a cadres meeting on May 3. " + text, gaz, date="2024-05-03")
    evs = {e.id: e.name for e in x.entities if e.type == "Event"}
    attended = {evs[o] for (_t, s, o) in rels(x, "PARTICIPATED_IN") if o in evs and s == next(
        e.id for e in x.entities if e.name == "Zhou Haoran")}
    assert len(attended) == 2 and not any("adres" in n for n in attended)


def test_the_meeting_of_the_event_in_view_is_that_event(gaz):
    x = run("China Alpha Group held a training program for managers on May 3. Zhou Haoran attended the opening ceremony. "
            "Qian Lifang attended the meeting.", gaz, date="2024-05-03")
    assert len(_events(x)) == 1


@pytest.mark.parametrize("text,name", [
    ("From Nov. 8 to 16, when the 18th CPC National Congress was held in Beijing, China Alpha Group staff met officials.",
     "18th CPC National Congress"),
    ("Ahead of the 19th Party Congress, China Alpha Group named a new chairman.", "19th CPC National Congress"),
    ("After the Nineteenth National Congress of the Communist Party of China, China Alpha Group reorganized.",
     "Nineteenth CPC National Congress"),
    ("The Third Plenary Session of the 18th CPC Central Committee called for reform of China Alpha Group.",
     "Third Plenary Session of the 18th CPC Central Committee"),
])
def test_the_party_congresses_and_plenary_sessions_are_events(gaz, text, name):
    assert name in _events(run(text, gaz))


@pytest.mark.parametrize("text", [
    "The 12th National People's Congress approved the plan.",
    "The Congress of the United States passed a bill on China Alpha Group.",
    "The 3rd National Congress of the All-China Federation of Trade Unions opened.",
])
def test_other_congresses_are_no_party_congress(gaz, text):
    assert not [n for n in _events(run(text, gaz)) if "CPC" in n]


def test_one_congress_named_twice_is_one_event(gaz):
    x = run("Staff met officials during the 18th CPC National Congress. When the 18th CPC National Congress was held, "
            "Zhou Haoran spoke.", gaz)
    assert _events(x).count("18th CPC National Congress") == 1


# --- appointments announced as a decision of the Party and the State Council ----------------------

@pytest.mark.parametrize("text", [
    "Zhou Haoran was appointed chairman of the board of directors of China Alpha Group.",
    "Zhou Haoran is appointed the Chairman of the BOD of China Alpha Group.",
    "Zhou Haoran was named chairman of the board of supervisors of China Alpha Group.",
    "Zhou Haoran is the nominated candidate of General Manager of China Alpha Group.",
])
def test_board_titles_and_nominations_are_posts(gaz, text):
    assert ("Zhou Haoran", "China Alpha Group") in posts(run(text, gaz))


def test_two_appointments_in_one_sentence(gaz):
    x = run("Zhou Haoran is appointed the Chairman of China Alpha Group and Qian Lifang is appointed general manager "
            "of China Beta Corporation.", gaz)
    assert {("Zhou Haoran", "China Alpha Group"), ("Qian Lifang", "China Beta Corporation")} <= posts(x)


@pytest.mark.parametrize("text,bodies", [
    ("At the meeting, Sun Kaiwen announced the decision of the Party Central Committee and the State Council on the "
     "leadership of China Alpha Group: Zhou Haoran is appointed the Chairman of the BOD of China Alpha Group.",
     {"org:cpc-central-committee", "org:state-council"}),
    ("According to a decision of the State Council, Zhou Haoran was appointed general manager of China Alpha Group.",
     {"org:state-council"}),
    ("Sun Kaiwen read out the decision of the CPC Central Committee: Zhou Haoran was appointed Party secretary of "
     "China Alpha Group.", {"org:cpc-central-committee"}),
])
def test_the_bodies_whose_decision_is_announced_appoint(text, bodies):
    x = run(text, Gazetteer.default())
    zhou = next(e.id for e in x.entities if e.name == "Zhou Haoran")
    assert {s for (_t, s, o) in rels(x, "APPOINTS") if o == zhou} == bodies


def test_a_company_decision_appoints_no_one_by_a_state_body(gaz):
    x = run("Sun Kaiwen announced the decision of China Beta Corporation: Zhou Haoran is appointed general manager "
            "of China Alpha Group.", gaz)
    assert not rels(x, "APPOINTS")


@pytest.mark.parametrize("text", [
    "Because of the age limit, Sun Kaiwen is relieved of her post of Chairwoman of the BOD of China Alpha Group.",
    "Sun Kaiwen was removed from the post of general manager of China Alpha Group.",
    "Sun Kaiwen will be dismissed from his posts as chairman of China Alpha Group.",
    "Sun Kaiwen has been relieved of his duties as president of China Alpha Group.",
])
def test_a_post_left_is_a_former_post(gaz, text):
    x = run(text, gaz)
    assert [r.properties.get("status") for r in x.relations if r.type == "HOLDS_POSITION"] == ["former"]
