"""Families of English phrasings of one fact (sentences written for these tests, with invented
names): each test states the fact in several ways news and notices commonly use, so that a rule
covers the family rather than one instance."""

from __future__ import annotations

import pytest

from soegraph.loaders.extract import Gazetteer
from soegraph.models import Entity
from extraction_support import FICTIONAL_GROUPS, rels, run


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_entities([
        *FICTIONAL_GROUPS,
        Entity(id="org:delta", type="Company", name="Delta Power Company Limited", aliases=["Delta Power"]),
        Entity(id="org:acme", type="Institution", name="All-Region Federation of Traders", aliases=["ARFT"]),
    ])


def event_ids(x) -> list[str]:
    return [e.id for e in x.entities if e.type == "Event"]


def ent_id(x, name: str) -> str:
    return next(e.id for e in x.entities if e.name == name or name in e.aliases)


# --- events: organizers, acronyms, attendee lists ------------------------------------------------

@pytest.mark.parametrize("text", [
    "On May 3, the 5th Global Trade Summit (GTS) was jointly held by SASAC, China Alpha Group and China Beta Corporation in Wuhan.",
    "The 2nd National Enterprise Forum, hosted by SASAC, China Alpha Group and China Beta Corporation, opened on May 3.",
    "The Silk Road Investment Conference (SRIC) was co-hosted by SASAC, China Alpha Group, as well as China Beta Corporation.",
])
def test_an_event_held_by_a_list_of_organizers(gaz, text):
    x = run(text, gaz)
    ev = event_ids(x)
    assert len(ev) == 1
    orgs = {s for (t, s, o) in rels(x, "ORGANIZED")}
    assert orgs == {"org:sasac", "org:alpha", "org:beta"}


def test_a_named_event_keeps_the_place_its_name_opens_with(gaz):
    x = run("On May 3, the 4th China Enterprise Summit (CES) was held by SASAC in Jinan.", gaz)
    names = [e.name for e in x.entities if e.type == "Event"]
    assert names and "China Enterprise Summit" in names[0]


@pytest.mark.parametrize("tail", [
    "The 5th GTS was attended by Zhao Minghe, Chairman of China Gamma Group; Qian Lifang, Vice-chairman of ARFT; and Sun Haoran, President of Delta Power.",
    "The GTS was attended by Zhao Minghe, Chairman of China Gamma Group; Qian Lifang, Vice-chairman of ARFT; Sun Haoran, President of Delta Power.",
])
def test_the_acronym_of_an_event_refers_to_it_and_the_attendee_list_runs_over_semicolons(gaz, tail):
    x = run("On May 3, the 5th Global Trade Summit (GTS) was jointly held by SASAC and China Alpha Group in Wuhan. " + tail, gaz)
    ev = event_ids(x)[0]
    people = {s for (t, s, o) in rels(x, "PARTICIPATED_IN") if o == ev}
    assert {ent_id(x, "Zhao Minghe"), ent_id(x, "Qian Lifang"), ent_id(x, "Sun Haoran")} <= people


def test_a_semicolon_alone_continues_no_list(gaz):
    x = run("On May 3, the Global Trade Summit (GTS) was held by SASAC in Wuhan. The GTS was attended by Zhao Minghe, Chairman of China Gamma Group. "
            "Qian Lifang, Vice-chairman of ARFT, said exports grew; Sun Haoran, President of Delta Power, agreed.", gaz)
    people = {s for (t, s, o) in rels(x, "PARTICIPATED_IN")}
    assert ent_id(x, "Zhao Minghe") in people
    assert ent_id(x, "Sun Haoran") not in people


@pytest.mark.parametrize("sent", [
    "Entrusted by Zhao Minghe, Chairman of China Gamma Group, Qian Lifang, Vice-chairman of ARFT, delivered a keynote speech at the forum.",
    "On behalf of Zhao Minghe, Qian Lifang made keynote speeches at the forum.",
    "Commissioned by Zhao Minghe, Qian Lifang presents a keynote speech at the forum.",
])
def test_the_speaker_on_behalf_of_someone_takes_part_the_other_not(gaz, sent):
    x = run("On May 3, the Global Trade Forum was hosted by SASAC in Wuhan. " + sent, gaz)
    people = {s for (t, s, o) in rels(x, "PARTICIPATED_IN")}
    assert ent_id(x, "Qian Lifang") in people
    assert ent_id(x, "Zhao Minghe") not in people


# --- who heads what: verbs, appositions, a second verb ---------------------------------------------

@pytest.mark.parametrize("text,status", [
    ("Zhao Minghe, State Councilor and minister of commerce, headed China Alpha Group.", "former"),
    ("Zhao Minghe, a veteran of the oil industry, previously led the China Alpha Group.", "former"),
    ("Zhao Minghe, 58, who heads China Alpha Group, spoke on Monday.", "current"),
    ("Zhao Minghe ran China Alpha Group for a decade.", "former"),
    ("Zhao Minghe, who helmed China Alpha Group until 2020, retired.", "former"),
    ("Zhao Minghe now runs China Alpha Group.", "current"),
])
def test_a_person_heads_an_organization_in_many_phrasings(gaz, text, status):
    x = run(text, gaz)
    hp = [r for r in x.relations if r.type == "HOLDS_POSITION" and r.target == "org:alpha"]
    assert hp and hp[0].source == ent_id(x, "Zhao Minghe")
    assert hp[0].properties.get("status") == status


@pytest.mark.parametrize("text", [
    "Zhao Minghe, who headed China Beta Corporation, was picked to lead China Alpha Group.",
    "Zhao Minghe, who led China Beta Corporation, was tapped to take the helm of China Alpha Group.",
    "Zhao Minghe, who ran China Beta Corporation, has been chosen to run China Alpha Group.",
])
def test_the_post_before_and_the_post_after(gaz, text):
    x = run(text, gaz)
    p = ent_id(x, "Zhao Minghe")
    assert {("HOLDS_POSITION", p, "org:beta"), ("HOLDS_POSITION", p, "org:alpha")} <= rels(x)


@pytest.mark.parametrize("text", [
    "Qian Lifang, Vice-chairman of ARFT, led the China Alpha Group delegation.",
    "Qian Lifang, Vice-chairman of ARFT, led the China Alpha Group's team in the talks.",
    "Qian Lifang, Vice-chairman of ARFT, and Zhao Minghe headed China Alpha Group.",
])
def test_no_head_where_the_verb_leads_a_delegation_or_another_person_heads(gaz, text):
    x = run(text, gaz)
    assert ("HOLDS_POSITION", ent_id(x, "Qian Lifang"), "org:alpha") not in rels(x)


@pytest.mark.parametrize("text,status", [
    ("Zhao Minghe, new head of ARFT, was switched from his position as the chairman of China Alpha Group.", "former"),
    ("Zhao Minghe gave up his post as president of China Alpha Group last year.", "former"),
    ("Zhao Minghe will keep his current role as chairman of China Alpha Group.", "current"),
])
def test_his_post_as_a_title_of_an_organization(gaz, text, status):
    x = run(text, gaz)
    hp = [r for r in x.relations if r.type == "HOLDS_POSITION" and r.target == "org:alpha"]
    assert hp and hp[0].source == ent_id(x, "Zhao Minghe")
    assert hp[0].properties.get("status") == status


@pytest.mark.parametrize("text", [
    "The appointment of the former head of China Beta Corporation, Zhao Minghe, as chairman of China Alpha Group surprised analysts.",
    "Analysts said the former chairman of China Beta Corporation, Zhao Minghe, was moved.",
    "On Monday the then president of China Beta Corporation, Zhao Minghe, retired.",
])
def test_the_title_of_an_organization_then_the_name_in_apposition(gaz, text):
    x = run(text, gaz)
    p = ent_id(x, "Zhao Minghe")
    hp = {r.target: r for r in x.relations if r.type == "HOLDS_POSITION" and r.source == p}
    assert "org:beta" in hp and hp["org:beta"].properties.get("status") == "former"
    if "as chairman" in text:
        assert "org:alpha" in hp


def test_a_list_of_people_with_titles_is_no_apposition(gaz):
    x = run("Qian Lifang, the chairman of China Beta Corporation, Zhao Minghe, and Sun Haoran attended.", gaz)
    assert ("HOLDS_POSITION", ent_id(x, "Zhao Minghe"), "org:beta") not in rels(x)


# --- take-overs, absorptions, incorporations ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "China Alpha Group will absorb struggling infrastructure and mining construction group China Beta Corporation.",
    "China Alpha Group absorbed its smaller rival China Beta Corporation last year.",
    "China Alpha Group has absorbed the loss-making steel producer China Beta Corporation.",
])
def test_absorbing_a_described_company(gaz, text):
    x = run(text, gaz)
    assert ("MERGED_INTO", "org:beta", "org:alpha") in rels(x)


@pytest.mark.parametrize("text", [
    "China Alpha Group bought Singapore's Delta Power Company Limited in March.",
    "China Alpha Group acquired the Hong Kong-based power producer Delta Power Company Limited.",
    "China Alpha Group has acquired its rival Delta Power Company Limited.",
])
def test_buying_a_described_company(gaz, text):
    x = run(text, gaz)
    assert ("OWNS", "org:alpha", "org:delta") in rels(x)


def test_a_descriptor_of_other_words_is_no_object(gaz):
    x = run("China Alpha Group acquired new technology and hired staff from Delta Power Company Limited.", gaz)
    assert ("OWNS", "org:alpha", "org:delta") not in rels(x)


@pytest.mark.parametrize("text,owns", [
    ("China Beta Corporation (the Beta Corp) is entirely incorporated into and become a wholly-owned subsidiary of China Alpha Group.", True),
    ("China Beta Corporation is fully merged into China Alpha Group.", False),
    ("China Beta Corporation will be incorporated into and become a subsidiary of China Alpha Group.", True),
    ("China Beta Corporation was formally integrated into China Alpha Group.", False),
])
def test_incorporated_into_and_become_a_subsidiary(gaz, text, owns):
    x = run(text, gaz)
    assert ("MERGED_INTO", "org:beta", "org:alpha") in rels(x)
    assert (("OWNS", "org:alpha", "org:beta") in rels(x)) == owns


@pytest.mark.parametrize("name", ["Ferrous Metals Corporation of China", "Rural Savings Bank of China", "Bank of China",
                                  "Nonferrous Trading Corp of China"])
def test_a_company_name_ending_in_of_china(gaz, name):
    x = run(f"Zhao Minghe, who chaired the board, left {name} in May.", gaz)
    assert any(e.name == name for e in x.entities)


# --- meetings with a delegation -------------------------------------------------------------------

@pytest.mark.parametrize("text,word", [
    ("Governor Zhao Minghe held talks with a delegation from the company led by China Alpha Group President Qian Lifang.", "Talks"),
    ("Zhao Minghe met with a business delegation headed by Qian Lifang, chairman of China Alpha Group.", "Meeting"),
    ("On Monday Zhao Minghe received the Alpha Group delegation led by its chairman Qian Lifang.", None),
    ("Zhao Minghe had talks with a high-level delegation of China Alpha Group, which was led by Qian Lifang.", "Talks"),
])
def test_meeting_a_delegation_led_by_someone(gaz, text, word):
    x = run(text, gaz)
    evs = [e for e in x.entities if e.type == "Event"]
    assert len(evs) == 1
    if word:
        assert evs[0].name.startswith(word)
    people = {s for (t, s, o) in rels(x, "PARTICIPATED_IN") if o == evs[0].id}
    assert {ent_id(x, "Zhao Minghe"), ent_id(x, "Qian Lifang")} <= people


def test_a_delegation_led_by_someone_met_by_no_one_named_is_no_meeting(gaz):
    x = run("A delegation led by Qian Lifang arrived in Jinan on Monday.", gaz)
    assert not [e for e in x.entities if e.type == "Event"]


@pytest.mark.parametrize("sent,takes_part", [
    ("Qian Lifang, Director of the Reform Bureau of SASAC, announced SASAC's decision on restructuring China Beta Corporation at the meeting.", True),
    ("At the meeting, Qian Lifang read out the notice of the Party Committee.", True),
    ("Qian Lifang read out the notice of China Alpha Group at the ceremony.", True),
    ("Qian Lifang conveyed the spirit of the central conference during the meeting.", True),
    ("Qian Lifang announced on Friday that China Alpha Group would expand, after the meeting ended.", False),
])
def test_announcing_something_at_the_meeting_is_speaking_there(gaz, sent, takes_part):
    x = run("On May 3, China Alpha Group held a cadre meeting in Beijing. " + sent, gaz)
    people = {s for (t, s, o) in rels(x, "PARTICIPATED_IN")}
    assert (ent_id(x, "Qian Lifang") in people) == takes_part


# --- "the company": the company the document is about ----------------------------------------------

_ABOUT_ALPHA = ("Zhao Minghe has resigned as chairman of China Alpha Group. Alpha Group is the largest builder in the country. "
                "Analysts expect Alpha Group to expand. ")


@pytest.mark.parametrize("sent,rel", [
    ('"He will leave," the company\'s listed arm Delta Power Company Limited said in a statement.', ("OWNS", "org:alpha", "org:delta")),
    ("This March, the company bought Singapore's Delta Power Company Limited.", ("OWNS", "org:alpha", "org:delta")),
    ("Last year the group acquired Delta Power Company Limited.", ("OWNS", "org:alpha", "org:delta")),
    ("The company's subsidiary Delta Power Company Limited posted a loss.", ("OWNS", "org:alpha", "org:delta")),
])
def test_the_company_is_the_one_the_document_is_about(gaz, sent, rel):
    x = run(_ABOUT_ALPHA + sent, gaz)
    assert rel in rels(x)


def test_the_company_is_no_one_where_two_companies_are_as_frequent(gaz):
    x = run("China Alpha Group and China Beta Corporation signed a deal. Alpha Group and Beta Corp will cooperate. "
            "Alpha Group and Beta Corp said so. This March, the company bought Delta Power Company Limited.", gaz)
    assert not [r for r in x.relations if r.type == "OWNS"]


def test_the_company_after_another_company_in_the_sentence_is_not_resolved(gaz):
    x = run(_ABOUT_ALPHA + "China Gamma Group said the company's subsidiary Delta Power Company Limited grew.", gaz)
    assert ("OWNS", "org:alpha", "org:delta") not in rels(x)


@pytest.mark.parametrize("second", ["Northern Ferrous Group Corporation (the NFC Group)", "Northern Ferrous Group Corporation (NFC Group)",
                                    "Northern Ferrous Group Corporation (the NFC)"])
def test_two_names_defined_by_one_short_name_are_one_company(gaz, second):
    x = run(f"China Alpha Group will absorb Ferrous Corp of China (NFC). In a statement, {second} said it agreed.", gaz)
    comps = [e for e in x.entities if e.type in ("Company", "CentralSOE") and e.id != "org:alpha"]
    assert len(comps) == 1


def test_different_short_names_keep_companies_apart(gaz):
    x = run("Ferrous Corp of China (NFC) and Northern Steel Group Corporation (the NSG Group) signed a deal.", gaz)
    comps = [e for e in x.entities if e.type in ("Company", "CentralSOE")]
    assert len(comps) == 2


# --- organs named in a chain of titles ---------------------------------------------------------------

@pytest.mark.parametrize("text,org,title2", [
    ("Zhao Minghe, Secretary of the Hubei Provincial Committee of the CPC and Chairman of the Hubei Provincial People's Congress Standing Committee, attended.",
     "Hubei Provincial Committee of the CPC", "Hubei Provincial People's Congress Standing Committee"),
    ("Zhao Minghe, Secretary of the Hunan Provincial Committee of the CPC and Director of the Hunan People's Congress Standing Committee, spoke.",
     "Hunan Provincial Committee of the CPC", "Hunan People's Congress Standing Committee"),
    ("Zhao Minghe, Secretary of the Hebei Provincial Committee of the CPC and Governor of Hebei, spoke.",
     "Hebei Provincial Committee of the CPC", None),
])
def test_a_title_after_and_ends_the_name_before_it(gaz, text, org, title2):
    x = run(text, gaz)
    # (a place's Party committee has one name for its forms: the form written is an alias)
    names = {n: e.id for e in x.entities for n in (e.name, *e.aliases)}
    assert org in names
    p = ent_id(x, "Zhao Minghe")
    assert ("HOLDS_POSITION", p, names[org]) in rels(x)
    if title2:
        assert title2 in names and ("HOLDS_POSITION", p, names[title2]) in rels(x)


def test_a_title_of_the_previous_person_is_no_apposition_of_the_next(gaz):
    x = run("Entrusted by Zhao Minghe, Secretary of the Party Committee and Chairman of China Alpha Group, Qian Lifang, "
            "Vice-Chairman of China Alpha Group, delivered a speech.", gaz)
    hp = [r for r in x.relations if r.type == "HOLDS_POSITION" and r.source == ent_id(x, "Qian Lifang")]
    assert hp and all("Secretary" not in r.properties.get("title", "") and "Party Committee" not in r.properties.get("title", "") for r in hp)


@pytest.mark.parametrize("name,etype", [("Xinhua News Agency", "Company"), ("Zhongyuan News Agency", "Company"),
                                        ("National Nuclear Safety Agency", "GovernmentBody"), ("Central Reserve Agency", "GovernmentBody")])
def test_an_agency_is_an_organization(gaz, name, etype):
    x = run(f"Qian Lifang, Vice-President of {name}, spoke at the forum.", gaz)
    ent = [e for e in x.entities if e.name == name]
    assert ent and ent[0].type == etype
    assert ("HOLDS_POSITION", ent_id(x, "Qian Lifang"), ent[0].id) in rels(x)


def test_a_bare_agency_is_no_name(gaz):
    x = run("Qian Lifang said the Agency will publish the data.", gaz)
    assert not [e for e in x.entities if "Agency" in e.name]


# --- a signing is an event ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,kind", [
    ("China Alpha Group and China Beta Corporation signed a strategic cooperation agreement on May 3 in Jinan.", "Cooperation agreement"),
    ("China Alpha Group, China Beta Corporation and China Gamma Group have jointly signed a framework agreement.", "Agreement"),
    ("China Alpha Group and Delta Power Company Limited inked a memorandum on power supply.", "Agreement"),
])
def test_two_organizations_signing_an_agreement_is_a_signing(gaz, text, kind):
    x = run(text, gaz)
    evs = [e for e in x.entities if e.type == "Event"]
    assert len(evs) == 1 and evs[0].name == f"{kind} signing"
    assert {"org:alpha"} <= {s for (t, s, o) in rels(x, "PARTICIPATED_IN") if o == evs[0].id}


@pytest.mark.parametrize("text", [
    "China Alpha Group and China Beta Corporation signed a cooperation agreement at a symposium held in Beijing.",
    "China Alpha Group signed a cooperation agreement with Zhao Minghe.",
])
def test_no_signing_event_at_another_event_or_without_two_parties(gaz, text):
    x = run(text, gaz)
    assert not [e for e in x.entities if e.type == "Event" and "signing" in e.name]


# --- taking up a post at a province --------------------------------------------------------------

@pytest.mark.parametrize("text,title", [
    ("Zhao Minghe will take charge as deputy governor of Hebei province, a report said.", "deputy governor"),
    ("Zhao Minghe took office as Governor of Hebei Province on Monday.", "Governor"),
    ("Zhao Minghe stepped in as vice governor of Hebei province after the reshuffle.", "vice governor"),
    ("Zhao Minghe was installed as mayor of Tianjin municipality.", "mayor"),
])
def test_taking_up_a_post_at_a_province_written_in_lower_case(gaz, text, title):
    x = run(text, gaz)
    govs = [e for e in x.entities if e.type == "GovernmentBody"]
    assert len(govs) == 1 and govs[0].name.endswith(("Provincial Government", "Municipal Government"))
    hp = [r for r in x.relations if r.type == "HOLDS_POSITION" and r.target == govs[0].id]
    assert hp and hp[0].source == ent_id(x, "Zhao Minghe") and hp[0].properties["title"].lower() == title.lower()


def test_stepping_in_as_a_chairman_of_a_company(gaz):
    x = run("Qian Lifang stepped in as acting chairman of China Alpha Group.", gaz)
    assert ("HOLDS_POSITION", ent_id(x, "Qian Lifang"), "org:alpha") in rels(x)


@pytest.mark.parametrize("phrase,name", [
    ("minister of public security", "Ministry of Public Security"),
    ("vice minister of human resources and social security", "Ministry of Human Resources and Social Security"),
    ("minister of housing and urban-rural development", "Ministry of Housing and Urban-Rural Development"),
    ("deputy minister of natural resources", "Ministry of Natural Resources"),
    ("minister of commerce and his deputy", "Ministry of Commerce"),
    ("minister of finance", "Ministry of Finance"),
])
def test_a_minister_of_a_domain_of_several_words_names_the_ministry(gaz, phrase, name):
    x = run(f"Zhao Minghe, {phrase}, spoke on Monday.", gaz)
    assert [e.name for e in x.entities if e.name.startswith("Ministry")] == [name]


# --- more ways to say one company goes into another --------------------------------------------------

@pytest.mark.parametrize("text", [
    "China Beta Corporation was taken over by China Alpha Group in 2016.",
    "China Alpha Group completed its takeover of China Beta Corporation.",
    "China Alpha Group's take-over of China Beta Corporation was approved.",
    "China Beta Corporation was restructured into China Alpha Group.",
    "China Beta Corporation has been reorganized into China Alpha Group.",
    "The State Council approved the restructuring of China Beta Corporation into China Alpha Group.",
    "China Alpha Group took over China Beta Corporation.",
])
def test_one_company_goes_into_another(gaz, text):
    x = run(text, gaz)
    assert ("MERGED_INTO", "org:beta", "org:alpha") in rels(x)


@pytest.mark.parametrize("text,merged", [
    ("China Alpha Group will merge with China Beta Corporation, SASAC said.", True),
    ("China Alpha Group will merge with China Beta Corporation, China Gamma Group and others.", False),
])
def test_merge_with_and_a_reporting_body_after_a_comma(gaz, text, merged):
    x = run(text, gaz)
    pairs = {frozenset((r.source, r.target)) for r in x.relations if r.type == "MERGED_INTO"}
    assert (frozenset(("org:alpha", "org:beta")) in pairs) == merged


@pytest.mark.parametrize("verb", ["merging", "combining", "integrating"])
def test_formed_by_merging_two(gaz, verb):
    x = run(f"China Gamma Group was formed by {verb} China Alpha Group and China Beta Corporation.", gaz)
    assert {("MERGED_INTO", "org:alpha", "org:gamma"), ("MERGED_INTO", "org:beta", "org:gamma")} <= rels(x)


@pytest.mark.parametrize("title", ["ex-chairman", "ex-president", "former chairman"])
def test_an_ex_title_is_a_former_post(gaz, title):
    x = run(f"Zhao Minghe, {title} of China Alpha Group, was expelled from the Party.", gaz)
    hp = [r for r in x.relations if r.type == "HOLDS_POSITION" and r.target == "org:alpha"]
    assert hp and hp[0].properties.get("status") == "former"


# --- a new unit; more ways to hold a post -------------------------------------------------------------

@pytest.mark.parametrize("text,owns", [
    ("China Alpha Group established a new subsidiary, Delta Power Company Limited, in Wuhan.", True),
    ("China Alpha Group has set up a wholly-owned subsidiary named Delta Power Company Limited.", True),
    ("China Alpha Group and China Beta Corporation jointly founded a joint venture called Delta Power Company Limited.", False),
    ("Delta Power Company Limited, a newly established subsidiary of China Alpha Group, opened in Wuhan.", True),
])
def test_a_new_unit_set_up_by_a_company(gaz, text, owns):
    x = run(text, gaz)
    assert ("ESTABLISHED", "org:alpha", "org:delta") in rels(x)
    assert (("OWNS", "org:alpha", "org:delta") in rels(x)) == owns


@pytest.mark.parametrize("text,status", [
    ("Zhao Minghe, who chairs China Alpha Group, said demand was strong.", "current"),
    ("Zhao Minghe chaired China Alpha Group from 2010 to 2015.", "former"),
])
def test_chairing_a_company(gaz, text, status):
    x = run(text, gaz)
    hp = [r for r in x.relations if r.type == "HOLDS_POSITION" and r.target == "org:alpha"]
    assert hp and hp[0].properties == {"title": "chairman", "status": status}


def test_chairing_a_meeting_of_a_company_is_no_post(gaz):
    x = run("Zhao Minghe chaired the China Alpha Group board meeting on Monday.", gaz)
    assert not [r for r in x.relations if r.type == "HOLDS_POSITION" and r.target == "org:alpha"]


@pytest.mark.parametrize("verb", ["was promoted to", "has been promoted to", "was promoted as"])
def test_promoted_to_a_title(gaz, verb):
    x = run(f"Zhao Minghe {verb} general manager of China Alpha Group.", gaz)
    assert ("HOLDS_POSITION", ent_id(x, "Zhao Minghe"), "org:alpha") in rels(x)


@pytest.mark.parametrize("text,status", [
    ("Zhao Minghe, now chairman of China Alpha Group, was previously president of China Beta Corporation.", "former"),
    ("Zhao Minghe, a veteran manager, is also vice chairman of China Beta Corporation.", "current"),
])
def test_a_title_after_an_apposition(gaz, text, status):
    x = run(text, gaz)
    hp = [r for r in x.relations if r.type == "HOLDS_POSITION" and r.target == "org:beta"]
    assert hp and hp[0].source == ent_id(x, "Zhao Minghe") and hp[0].properties["status"] == status


def test_a_name_ending_in_of_china_then_and_another_name(gaz):
    x = run("Gamma Holdings was formed by merging Northern Grid Corporation of China and Eastern Equipment Holdings Corporation.", gaz)
    names = {e.name for e in x.entities}
    assert {"Northern Grid Corporation of China", "Eastern Equipment Holdings Corporation"} <= names


@pytest.mark.parametrize("text", [
    "China Alpha Group's president, Zhao Minghe, and its vice president, Qian Lifang, attended.",
    "China Alpha Group said its new chairman Qian Lifang would take office in May.",
    "At China Alpha Group, its general manager, Qian Lifang, oversees exports.",
])
def test_its_title_then_a_name_is_a_post_at_the_one_organization_before(gaz, text):
    x = run(text, gaz)
    assert ("HOLDS_POSITION", ent_id(x, "Qian Lifang"), "org:alpha") in rels(x)


def test_its_title_with_two_organizations_before_is_nobodys(gaz):
    x = run("China Alpha Group and China Beta Corporation met; its president, Qian Lifang, spoke.", gaz)
    assert not [r for r in x.relations if r.type == "HOLDS_POSITION" and r.source == ent_id(x, "Qian Lifang")]
