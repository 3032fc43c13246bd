"""English phrasings of real news and notices whose relations the rules missed (sentences written
for these tests, with invented names): career lists, announced promotions, signers and witnesses
of agreements, mergers stated by "their merger", and the like."""

from __future__ import annotations

import pytest

from soegraph.loaders.extract import Gazetteer
from extraction_support import FICTIONAL_GROUPS, pairs, rel, rels, run


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_entities(FICTIONAL_GROUPS)


def ent_id(x, name: str) -> str:
    return next(e.id for e in x.entities if e.name == name or name in e.aliases)


# --- people and appointments --------------------------------------------------------------------

def test_a_person_opening_the_line_after_a_heading_is_a_person(gaz):
    x = run("Board changes\nNorth Harbour Logistics Group\nQiao Mingyuan, former Chairman of Alpha Group, "
            "was appointed Director of North Harbour Logistics Group.", gaz)
    assert ("HOLDS_POSITION", "person:qiao-mingyuan", "org:alpha") in rels(x)
    assert rel(x, "HOLDS_POSITION", "person:qiao-mingyuan", "org:alpha").properties["status"] == "former"


def test_announced_several_key_appointments_names_the_appointer(gaz):
    x = run("The State-owned Assets Supervision and Administration Commission (SASAC) announced several key "
            "appointments on Monday. Qiao Mingyuan was appointed as Director of Alpha Group.", gaz)
    assert ("APPOINTS", "org:sasac", "person:qiao-mingyuan") in rels(x)
    assert ("HOLDS_POSITION", "person:qiao-mingyuan", "org:alpha") in rels(x)


# --- events: who was at a signing ---------------------------------------------------------------

def test_an_honorific_does_not_end_the_sentence(gaz):
    x = run("Alpha Group and Beta Corp signed an agreement on Monday. Zhou Mingde, general manager of Alpha Group, "
            "and Mr. Qiao Mingyuan, general manager of Beta Corp, attended the signing ceremony.", gaz)
    ev = [e.id for e in x.entities if e.type == "Event"]
    assert len(ev) == 1
    assert {("PARTICIPATED_IN", "person:zhou-mingde", ev[0]), ("PARTICIPATED_IN", "person:qiao-mingyuan", ev[0])} <= rels(x)


def test_present_at_a_ceremony_is_taking_part(gaz):
    x = run("Alpha Group President Zhou Mingde and Beta Corp President Qiao Mingyuan were present at the signing "
            "ceremony and delivered speeches.", gaz)
    ev = [e.id for e in x.entities if e.type == "Event"]
    assert len(ev) == 1
    assert {("PARTICIPATED_IN", "person:zhou-mingde", ev[0]), ("PARTICIPATED_IN", "person:qiao-mingyuan", ev[0])} <= rels(x)


def test_signers_of_the_agreement_take_part_in_the_signing(gaz):
    x = run("Alpha Group held a signing ceremony with Beta Corp in Beijing on Monday. "
            "Zhou Mingde and Qiao Mingyuan signed the cooperation agreement on behalf of both sides.", gaz)
    ev = [e.id for e in x.entities if e.type == "Event"]
    assert len(ev) == 1
    assert {("PARTICIPATED_IN", "person:zhou-mingde", ev[0]), ("PARTICIPATED_IN", "person:qiao-mingyuan", ev[0])} <= rels(x)


def test_signers_without_an_event_in_view_take_part_in_nothing(gaz):
    x = run("Zhou Mingde and Qiao Mingyuan signed the cooperation agreement in 2019.", gaz)
    assert not rels(x, "PARTICIPATED_IN")


# --- cooperation ----------------------------------------------------------------------------------

def test_reaching_an_agreement_is_cooperation(gaz):
    x = run("On Tuesday, China Alpha Group and China Beta Corporation reached formally a strategic cooperative framework agreement.", gaz)
    assert frozenset(("org:alpha", "org:beta")) in pairs(x, "COOPERATES_WITH")
    x = run("China Gamma Group and China Alpha Group have concluded a long-term supply contract.", gaz)
    assert frozenset(("org:alpha", "org:gamma")) in pairs(x, "COOPERATES_WITH")


def test_reaching_a_view_is_no_cooperation(gaz):
    x = run("Alpha Group and Beta Corp reached record profits, and both reported an agreement with regulators was near.", gaz)
    assert not pairs(x, "COOPERATES_WITH")


# --- posts -----------------------------------------------------------------------------------------

def test_previously_in_an_apposition_is_a_former_post(gaz):
    x = run("Zhou Mingde, previously Chairman of China Beta Corporation, took up roles as Party Committee Deputy "
            "Secretary and Director at China Alpha Group, with nomination as General Manager.", gaz)
    assert rel(x, "HOLDS_POSITION", "person:zhou-mingde", "org:beta").properties["status"] == "former"
    r = rel(x, "HOLDS_POSITION", "person:zhou-mingde", "org:alpha")
    assert r.properties["status"] == "current" and "Director" in r.properties["title"]


def test_assumed_the_post_and_took_office(gaz):
    x = run("Qiao Mingyuan assumed the post of president of China Gamma Group in March.", gaz)
    assert ("HOLDS_POSITION", "person:qiao-mingyuan", "org:gamma") in rels(x)
    x = run("Qiao Mingyuan took office as chairman of China Gamma Group last week.", gaz)
    assert ("HOLDS_POSITION", "person:qiao-mingyuan", "org:gamma") in rels(x)


def test_took_up_without_a_post_is_no_post(gaz):
    x = run("Qiao Mingyuan took up the challenge of reforming China Gamma Group.", gaz)
    assert not rels(x, "HOLDS_POSITION")


def test_announced_promotion_is_a_post_at_the_announcer(gaz):
    x = run("On June 3, China Alpha Group announced Zhou Mingde's promotion to Vice President and Party "
            "Leadership Group Member.", gaz)
    r = rel(x, "HOLDS_POSITION", "person:zhou-mingde", "org:alpha")
    assert r.properties["title"] == "Vice President and Party Leadership Group Member"


def test_a_state_organ_announcing_a_promotion_appoints(gaz):
    x = run("SASAC announced Zhou Mingde's appointment as chairman of China Beta Corporation.", gaz)
    assert ("APPOINTS", "org:sasac", "person:zhou-mingde") in rels(x)
    assert ("HOLDS_POSITION", "person:zhou-mingde", "org:beta") in rels(x)
    assert ("HOLDS_POSITION", "person:zhou-mingde", "org:sasac") not in rels(x)


def test_a_bulleted_career_list_under_served_as(gaz):
    x = run("China Alpha Group named Zhou Mingde its vice president on Monday.\n"
            "The veteran manager brings long experience, having previously served as:\n"
            "- Deputy General Manager of Eastern Harbour Power Company\n"
            "- Chairman of China Beta Corporation\n"
            "Zhou said the grid faced record loads.", gaz)
    harbour = ent_id(x, "Eastern Harbour Power Company")
    for o, t in ((harbour, "Deputy General Manager"), ("org:beta", "Chairman")):
        r = rel(x, "HOLDS_POSITION", "person:zhou-mingde", o)
        assert r.properties["title"] == t and r.properties["status"] == "former"


def test_a_bulleted_list_without_a_career_line_gives_no_post(gaz):
    x = run("Zhou Mingde spoke at the forum. The forum's organizers were:\n"
            "- Chairman of China Beta Corporation\n- China Gamma Group\n", gaz)
    assert not rels(x, "HOLDS_POSITION")


def test_title_of_the_company_is_a_post_at_the_company_in_view(gaz):
    x = run("China Gamma Group is optimistic about the province's future, said Qiao Mingyuan, board chairman of the company.", gaz)
    assert ("HOLDS_POSITION", "person:qiao-mingyuan", "org:gamma") in rels(x)
    x = run("China Gamma Group opened a plant in Fujian. The plant will employ 300 people, said Qiao Mingyuan, "
            "general manager of the group.", gaz)
    assert ("HOLDS_POSITION", "person:qiao-mingyuan", "org:gamma") in rels(x)


def test_title_of_the_company_among_two_companies_is_nobody_s(gaz):
    x = run("Prices rose at China Gamma Group and China Beta Corporation, said Qiao Mingyuan, chairman of the company.", gaz)
    assert not rels(x, "HOLDS_POSITION")


# --- mergers ---------------------------------------------------------------------------------------

def test_their_merger_into_a_new_company(gaz):
    x = run("China Alpha Group and China Beta Corporation announced that SASAC has approved in principle their "
            "merger into a new company named Delta Rail Corporation.", gaz)
    delta = ent_id(x, "Delta Rail Corporation")
    assert {("MERGED_INTO", "org:alpha", delta), ("MERGED_INTO", "org:beta", delta)} <= rels(x)


def test_their_merger_needs_two_parties(gaz):
    x = run("China Alpha Group said their merger into China Gamma Group was rumoured.", gaz)
    assert not rels(x, "MERGED_INTO")


def test_a_merger_pair_then_a_subsidiary_says_which_merges_into_which(gaz):
    x = run("The regulator approved the proposed merger of China Alpha Group, the largest developer, and China Beta "
            "Corporation, which builds plants. China Beta Corporation will become a subsidiary company of China "
            "Alpha Group.", gaz)
    assert ("MERGED_INTO", "org:beta", "org:alpha") in rels(x)
    assert ("MERGED_INTO", "org:alpha", "org:beta") not in rels(x)
    assert ("OWNS", "org:alpha", "org:beta") in rels(x)


def test_a_description_before_a_party_of_a_merger(gaz):
    x = run("Last year the regulator approved the merger of electricity producer China Alpha Group and China Gamma "
            "Group, the top coal miner, to create the largest utility.", gaz)
    assert pairs(x, "MERGED_INTO") == {frozenset(("org:alpha", "org:gamma"))}


# --- stakes ----------------------------------------------------------------------------------------

def test_a_name_in_curly_quotes_is_a_name(gaz):
    x = run("The new \u2018Eastern Oil and Gas Pipeline Network Corporation\u2019 will run most trunk lines.", gaz)
    assert [e.name for e in x.entities if e.type == "Company"] == ["Eastern Oil and Gas Pipeline Network Corporation"]


def test_shares_listed_after_a_stake(gaz):
    x = run("SASAC will have a 40 per cent share in Eastern Pipeline Network Corporation while China Alpha Group will "
            "hold 30 per cent, China Beta Corporation 20 per cent and China Gamma Group 10 per cent.", gaz)
    net = ent_id(x, "Eastern Pipeline Network Corporation")
    shares = {r.source: r.properties.get("share") for r in x.relations if r.type == "OWNS" and r.target == net}
    assert shares == {"org:sasac": 40.0, "org:alpha": 30.0, "org:beta": 20.0, "org:gamma": 10.0}


def test_a_share_of_a_country_s_assets_is_no_stake(gaz):
    x = run("China Alpha Group had 63 per cent of China Beta Corporation's pipelines, while China Gamma Group held 31 per cent.", gaz)
    assert not rels(x, "OWNS")


def test_the_new_entity_is_the_new_company_named_before(gaz):
    x = run("The new \u2018Eastern Pipeline Network Corporation\u2019 is expected to run most trunk lines. "
            "SASAC will have a 40 per cent share in the new entity while China Alpha Group will hold 60 per cent.", gaz)
    net = ent_id(x, "Eastern Pipeline Network Corporation")
    assert {("OWNS", "org:sasac", net), ("OWNS", "org:alpha", net)} <= rels(x)


# --- posts stated as what someone is, heads, leads -------------------------------------------------

@pytest.mark.parametrize("text, status", [
    ("Zhou Mingde is chairman of China Alpha Group.", "current"),
    ("Zhou Mingde, 55, is the general manager of China Alpha Group.", "current"),
    ("Zhou Mingde has been chairman of China Alpha Group since 2020.", "current"),
    ("Zhou Mingde was chairman of China Alpha Group from 2015 to 2019.", "former"),
    ("Zhou Mingde was previously China Alpha Group's deputy head, and later ran a bank.", "former"),
    ("Zhou Mingde heads China Alpha Group.", "current"),
    ("Zhou Mingde, who headed China Alpha Group for a decade, retired.", "former"),
    ("Zhou Mingde was appointed to head China Alpha Group in 2019.", "current"),
    ("China Alpha Group's new chairman, Zhou Mingde, said profits rose.", "current"),
    ("Zhou Mingde, 56, chairman of China Alpha Group, said profits rose.", "current"),
    ("Zhou Mingde will serve as chairman of China Alpha Group.", "current"),
    ("Zhou Mingde was tapped as chairman of China Alpha Group.", "current"),
    ("Zhou Mingde has been appointed as the new chairman of the board of China Alpha Group.", "current"),
])
def test_a_post_stated_plainly(gaz, text, status):
    x = run(text, gaz)
    assert rel(x, "HOLDS_POSITION", "person:zhou-mingde", "org:alpha").properties["status"] == status


@pytest.mark.parametrize("text", [
    "Zhou Mingde led China Alpha Group's delegation to the fair.",
    "Zhou Mingde led the China Alpha Group delegation to the fair.",
    "Zhou Mingde is chairman of a fund that invests in China Alpha Group.",
    "Zhou Mingde was at China Alpha Group for talks.",
    "Zhou Mingde is a critic of China Alpha Group's chairman.",
])
def test_no_post_where_none_is_stated(gaz, text):
    assert not rels(run(text, gaz), "HOLDS_POSITION")


def test_a_state_organ_naming_someone_to_a_post_appoints_him(gaz):
    x = run("SASAC also named Zhou Mingde a board director and deputy party secretary at the energy giant, it said.", gaz)
    assert ("APPOINTS", "org:sasac", "person:zhou-mingde") in rels(x)
    x = run("China Alpha Group also named Zhou Mingde a board director.", gaz)
    assert not rels(x, "APPOINTS")


# --- cooperation, parents and absorptions stated in common words --------------------------------------

@pytest.mark.parametrize("text", [
    "China Alpha Group and China Beta Corporation will cooperate in hydrogen energy.",
    "China Alpha Group and China Beta Corporation have agreed to jointly collaborate on research.",
    "China Alpha Group inked a deal with China Beta Corporation to develop wind farms.",
    "China Alpha Group teamed up with China Beta Corporation to develop chips.",
    "China Alpha Group will join hands with China Beta Corporation in Africa.",
    "China Alpha Group and China Beta Corporation formed a joint venture.",
    "China Alpha Group formed a joint venture with China Beta Corporation.",
    "China Alpha Group and China Beta Corporation entered into a strategic partnership.",
])
def test_cooperation_in_common_words(gaz, text):
    assert pairs(run(text, gaz), "COOPERATES_WITH") == {frozenset(("org:alpha", "org:beta"))}


@pytest.mark.parametrize("text", [
    "China Alpha Group and China Beta Corporation will compete in hydrogen energy.",
    "China Alpha Group and China Beta Corporation established the industry standard.",
    "China Alpha Group said it will work with China Beta Corporation's customers.",
])
def test_no_cooperation_where_none_is_stated(gaz, text):
    assert not pairs(run(text, gaz), "COOPERATES_WITH")


@pytest.mark.parametrize("text", [
    "China Alpha Group is controlled by China Beta Corporation.",
    "China Beta Corporation acquired China Alpha Group in 2019.",
    "China Alpha Group was acquired by China Beta Corporation last year.",
    "China Beta Corporation, the parent company of China Alpha Group, said profits rose.",
    "China Alpha Group's parent company, China Beta Corporation, said profits rose.",
])
def test_a_parent_stated_in_common_words(gaz, text):
    assert rels(run(text, gaz), "OWNS") == {("OWNS", "org:beta", "org:alpha")}


@pytest.mark.parametrize("text", [
    "China Alpha Group is controlled by SASAC.",
    "China Beta Corporation acquired China Alpha Group's coal assets.",
])
def test_no_parent_where_none_is_stated(gaz, text):
    assert not rels(run(text, gaz), "OWNS")


@pytest.mark.parametrize("text", [
    "China Alpha Group was absorbed by China Beta Corporation.",
    "China Beta Corporation absorbed China Alpha Group in 2017.",
    "China Alpha Group was incorporated into China Beta Corporation.",
])
def test_absorbed_is_merged_into(gaz, text):
    assert rels(run(text, gaz), "MERGED_INTO") == {("MERGED_INTO", "org:alpha", "org:beta")}


def _event(x) -> str:
    (ev,) = [e.id for e in x.entities if e.type == "Event"]
    return ev


def test_witnesses_of_a_signing_take_part_in_it(gaz):
    x = run("Zhou Mingde and Qiao Mingyuan witnessed the signing of the agreement between China Alpha Group and "
            "China Beta Corporation.", gaz)
    ev = _event(x)
    assert {("PARTICIPATED_IN", "person:zhou-mingde", ev), ("PARTICIPATED_IN", "person:qiao-mingyuan", ev)} <= rels(x)


def test_witnessed_by_is_taking_part_in_the_event_in_view(gaz):
    x = run("China Alpha Group hosted a forum on hydrogen energy on Monday. The signing of the framework agreement "
            "between China Alpha Group and China Beta Corporation was witnessed by Zhou Mingde, chairman of China "
            "Beta Corporation, and other guests.", gaz)
    assert ("PARTICIPATED_IN", "person:zhou-mingde", _event(x)) in rels(x)


def test_attended_without_an_object_right_after_the_event(gaz):
    x = run("SASAC held a meeting on reform in Beijing on Monday. Zhou Mingde attended and delivered a speech.", gaz)
    assert ("PARTICIPATED_IN", "person:zhou-mingde", _event(x)) in rels(x)
    x = run("SASAC held a meeting on reform in Beijing on Monday. Profits rose. Output rose. "
            "Zhou Mingde attended and delivered a speech.", gaz)
    assert not rels(x, "PARTICIPATED_IN")


def test_also_present_at_the_meeting(gaz):
    x = run("Zhou Mingde was also present at the meeting held by SASAC.", gaz)
    assert ("PARTICIPATED_IN", "person:zhou-mingde", _event(x)) in rels(x)


# --- references: an acronym's long form, "the two companies" ---------------------------------------

def test_a_long_form_defined_by_a_known_acronym_is_that_entity(gaz):
    x = run("Both are supervised by the China State-Owned Assets Supervision and Administration Commission (SASAC).", gaz)
    assert [e.id for e in x.entities if e.type == "GovernmentBody"] == ["org:sasac"]


def test_an_acronym_that_does_not_fit_the_name_defines_nothing(gaz):
    x = run("The Eastern Energy Supervision Commission (SASAC) met on Monday.", gaz)
    assert len([e for e in x.entities if e.type == "GovernmentBody"]) == 2


def test_the_two_companies_are_the_two_named_before(gaz):
    x = run("The regulator approved the merger of China Alpha Group and China Beta Corporation. The two companies have "
            "been under direct supervision by SASAC.", gaz)
    assert {("SUPERVISES", "org:sasac", "org:alpha"), ("SUPERVISES", "org:sasac", "org:beta")} <= rels(x)


def test_the_two_companies_after_three_companies_are_nobody(gaz):
    x = run("China Alpha Group, China Beta Corporation and China Gamma Group reported profits. The two companies have "
            "been under direct supervision by SASAC.", gaz)
    assert not rels(x, "SUPERVISES")


def test_capitals_of_a_company_name_are_its_short_name(gaz):
    x = run("China QRX Corp. Ltd and China ZTV Corp. Ltd agreed to merge. Shares of ZTV rose. "
            "The deal will take the form of QRX to be merged into ZTV.", gaz)
    qrx, ztv = ent_id(x, "China QRX Corp. Ltd"), ent_id(x, "China ZTV Corp. Ltd")
    assert ("MERGED_INTO", qrx, ztv) in rels(x)
    assert len([e for e in x.entities if e.type == "Company"]) == 2


def test_capitals_of_a_name_that_are_a_known_name_stay_that_name(gaz):
    x = run("SASAC Holdings Ltd was listed. SASAC approved it.", gaz)
    assert "org:sasac" in {e.id for e in x.entities}


def test_a_short_form_later_holds_the_place_it_starts_with(gaz):
    x = run("The China Northern Shipping (Group) Company (China Northern Shipping) reported losses. China Northern "
            "Shipping has more than 500 ships, said Zhou Mingde, general manager of China Northern Shipping.", gaz)
    ship = ent_id(x, "China Northern Shipping")
    assert ("HOLDS_POSITION", "person:zhou-mingde", ship) in rels(x)
    assert not [e for e in x.entities if e.type == "GovernmentBody"]


# --- names of companies and provincial organs in their short forms ------------------------------------

def test_a_company_name_without_its_legal_form_holds_the_country_it_starts_with(gaz):
    x = run("On Monday, China Northern Railway Corporation Limited signed an agreement. Zhou Mingde, Chairman of "
            "China Northern Railway, attended.", gaz)
    rail = ent_id(x, "China Northern Railway Corporation Limited")
    assert ("HOLDS_POSITION", "person:zhou-mingde", rail) in rels(x)
    assert not [e for e in x.entities if e.type == "GovernmentBody"]


def test_the_cpc_is_no_place_of_a_provincial_committee(gaz):
    x = run("Fujian Provincial government and China Alpha Group signed an agreement. Zhou Mingde, secretary of CPC "
            "Provincial Committee, attended.", gaz)
    names = {e.name for e in x.entities}
    assert "Fujian Provincial Government" in names
    assert not any(n.startswith("CPC Provincial") for n in names)
    committee = next(e for e in x.entities if e.type == "PartyOrgan")
    assert "CPC Provincial Committee" in committee.aliases
    assert ("HOLDS_POSITION", "person:zhou-mingde", committee.id) in rels(x)


def test_a_bare_provincial_government_is_the_one_named_with_its_place(gaz):
    x = run("Fujian Provincial government and China Alpha Group signed an agreement. On Monday, fujian Provincial "
            "People's Government and China Alpha Group signed a second agreement.", gaz)
    assert len([e for e in x.entities if e.type == "GovernmentBody"]) == 1


def test_governor_after_a_party_post_is_at_the_province_s_government(gaz):
    x = run("Fujian Provincial government and China Alpha Group signed an agreement, and Zhou Mingde, Deputy Secretary "
            "of CPC Provincial Committee and Governor, and Vice Governor Ling Wen attended.", gaz)
    gov = next(e.id for e in x.entities if e.type == "GovernmentBody")
    assert rel(x, "HOLDS_POSITION", "person:zhou-mingde", gov).properties["title"] == "Governor"
    assert rel(x, "HOLDS_POSITION", "person:ling-wen", gov).properties["title"] == "Vice Governor"


def test_chief_financial_officer_is_a_title(gaz):
    x = run("Zhou Mingde served as senior vice-president and chief financial officer of Hong Kong-listed unit "
            "China Beta Corporation.", gaz)
    assert rel(x, "HOLDS_POSITION", "person:zhou-mingde", "org:beta").properties["title"] == \
        "senior vice-president and chief financial officer"


def test_integrated_as_a_subsidiary_after_a_long_description(gaz):
    x = run("China Beta Corporation, a telecoms equipment maker, was integrated into China Alpha Group, a major player "
            "in the internet and information technology industry, in late June as a wholly-owned subsidiary.", gaz)
    assert {("MERGED_INTO", "org:beta", "org:alpha"), ("OWNS", "org:alpha", "org:beta")} <= rels(x)


@pytest.mark.parametrize("text", [
    "Zhou Mingde, the newly appointed chairman of China Alpha Group, said profits rose.",
    "Zhou Mingde, now chairman of China Alpha Group, said profits rose.",
    "Zhou Mingde, currently the general manager of China Alpha Group, said profits rose.",
    "Zhou Mingde, who is also chairman of China Alpha Group, said profits rose.",
    "Zhou Mingde, who took over as chairman of China Alpha Group in 2020, said profits rose.",
    "The appointment of Zhou Mingde as general manager of China Alpha Group was announced on Monday.",
    "China Alpha Group has a new chairman, Zhou Mingde.",
    "Zhou Mingde joined China Alpha Group as chief engineer in 2010.",
    "Qiao Mingyuan, president of China Beta Corporation, and Zhou Mingde, chairman of China Alpha Group, met.",
])
def test_more_ways_to_state_a_post(gaz, text):
    assert ("HOLDS_POSITION", "person:zhou-mingde", "org:alpha") in rels(run(text, gaz))


def test_its_title_is_a_post_at_the_organization_named_last(gaz):
    x = run("Qiao Mingyuan, president of China Alpha Group, and Zhou Mingde, its general manager, attended.", gaz)
    assert rel(x, "HOLDS_POSITION", "person:zhou-mingde", "org:alpha").properties["title"] == "general manager"


def test_an_organ_approving_an_appointment_appoints(gaz):
    x = run("SASAC approved the appointment of Zhou Mingde as chairman of China Alpha Group.", gaz)
    assert {("APPOINTS", "org:sasac", "person:zhou-mingde"), ("HOLDS_POSITION", "person:zhou-mingde", "org:alpha")} <= rels(x)


def test_joined_without_a_title_is_no_post(gaz):
    x = run("Zhou Mingde joined China Alpha Group as a young graduate and moved to China Beta Corporation in 2010.", gaz)
    assert not rels(x, "HOLDS_POSITION")


def test_supervision_and_founding_in_more_words(gaz):
    x = run("China Alpha Group is administered by SASAC.", gaz)
    assert rels(x, "SUPERVISES") == {("SUPERVISES", "org:sasac", "org:alpha")}
    x = run("SASAC, which oversees China Alpha Group and China Beta Corporation, said on Monday.", gaz)
    assert rels(x, "SUPERVISES") == {("SUPERVISES", "org:sasac", "org:alpha"), ("SUPERVISES", "org:sasac", "org:beta")}
    x = run("China Gamma Group, established in 2021 by SASAC, is based in Shanghai.", gaz)
    assert rels(x, "ESTABLISHED") == {("ESTABLISHED", "org:sasac", "org:gamma")}


def test_a_company_managed_by_a_company_is_no_supervision(gaz):
    x = run("China Alpha Group is managed by China Beta Corporation under a trust deal.", gaz)
    assert not rels(x, "SUPERVISES")


@pytest.mark.parametrize("text", [
    "Chairman Zhou Mingde of China Alpha Group said profits rose.",
    "Zhou Mingde (chairman of China Alpha Group) said profits rose.",
    "Zhou Mingde, China Alpha Group chairman, said profits rose.",
    "China Alpha Group reported profits. Zhou Mingde, the group's chairman, said so.",
])
def test_titles_around_names(gaz, text):
    assert ("HOLDS_POSITION", "person:zhou-mingde", "org:alpha") in rels(run(text, gaz))


def test_a_head_of_state_of_a_country_is_no_post_there(gaz):
    x = run("President Zhou Mingde of China met the delegation.", gaz)
    assert not rels(x, "HOLDS_POSITION")


def test_an_organization_before_a_word_that_is_no_title_end(gaz):
    x = run("Zhou Mingde, China Alpha Group board meeting chair, spoke.", gaz)
    assert not rels(x, "HOLDS_POSITION")


def test_agreements_in_the_plural_and_headline_verbs(gaz):
    x = run("China Alpha Group has signed strategic cooperation agreements with China Beta Corporation and China Gamma Group.", gaz)
    assert pairs(x, "COOPERATES_WITH") == {frozenset(("org:alpha", "org:beta")), frozenset(("org:alpha", "org:gamma"))}
    x = run("China Alpha Group, China Beta Corporation ink cooperation pact", gaz)
    assert pairs(x, "COOPERATES_WITH") == {frozenset(("org:alpha", "org:beta"))}
    x = run("China Alpha Group and China Beta Corporation agreed to set up a joint venture.", gaz)
    assert pairs(x, "COOPERATES_WITH") == {frozenset(("org:alpha", "org:beta"))}


def test_merge_with_is_a_merger_of_the_two(gaz):
    x = run("China Alpha Group will merge with China Beta Corporation, the companies said.", gaz)
    assert pairs(x, "MERGED_INTO") == {frozenset(("org:alpha", "org:beta"))}
    x = run("China Alpha Group will merge with China Beta Corporation to form China Gamma Group.", gaz)
    assert frozenset(("org:alpha", "org:beta")) not in pairs(x, "MERGED_INTO")


def test_a_subsidiary_by_possessive_and_a_stake_transferred(gaz):
    x = run("China Alpha Group is China Beta Corporation's wholly-owned subsidiary.", gaz)
    assert rels(x, "OWNS") == {("OWNS", "org:beta", "org:alpha")}
    x = run("SASAC transferred its 51 percent stake in China Alpha Group to China Gamma Group.", gaz)
    r = rel(x, "OWNS", "org:gamma", "org:alpha")
    assert r.properties["share"] == 51.0
    assert ("OWNS", "org:sasac", "org:alpha") not in rels(x)


@pytest.mark.parametrize("second", [
    "Present at the forum were Zhou Mingde and Qiao Mingyuan.",
    "Attending the forum were Zhou Mingde, chairman of China Alpha Group, and Qiao Mingyuan.",
    "Also present were Zhou Mingde and Qiao Mingyuan.",
])
def test_who_was_present_named_after_the_verb(gaz, second):
    x = run("SASAC held a forum on reform in Beijing on Monday. " + second, gaz)
    ev = _event(x)
    assert {("PARTICIPATED_IN", "person:zhou-mingde", ev), ("PARTICIPATED_IN", "person:qiao-mingyuan", ev)} <= rels(x)


def test_a_keynote_speech_right_after_the_event(gaz):
    x = run("SASAC held a forum on reform in Beijing on Monday. Zhou Mingde delivered a keynote speech.", gaz)
    assert rel(x, "PARTICIPATED_IN", "person:zhou-mingde", _event(x)).properties["role"] == "spoke"
    x = run("Zhou Mingde delivered a keynote speech at the opening ceremony of the expo.", gaz)
    assert rel(x, "PARTICIPATED_IN", "person:zhou-mingde", _event(x)).properties["role"] == "spoke"


def test_the_province_a_text_names_gives_its_bare_organs_a_place(gaz):
    x = run("The forum saw the provincial government and China Alpha Group signing a cooperation framework agreement. "
            "The event was attended by Provincial Party Committee Secretary Zhou Mingde and Deputy Secretary of the "
            "Provincial Party Committee and Governor Qiao Mingyuan. Guests toured Hainan Province.", gaz)
    gov, party = ent_id(x, "Hainan Provincial Government"), ent_id(x, "Hainan Provincial Party Committee")
    assert frozenset((gov, "org:alpha")) in pairs(x, "COOPERATES_WITH")
    assert {("HOLDS_POSITION", "person:zhou-mingde", party), ("HOLDS_POSITION", "person:qiao-mingyuan", party),
            ("HOLDS_POSITION", "person:qiao-mingyuan", gov)} <= rels(x)


def test_the_provincial_government_of_two_provinces_is_none(gaz):
    x = run("The provincial government signed with China Alpha Group. Guests toured Hainan Province and Hunan Province.", gaz)
    assert not [e for e in x.entities if e.type == "GovernmentBody"]


def test_a_governor_is_not_at_a_province_the_text_does_not_single_out(gaz):
    x = run("Governor Zhou Mingde spoke. Guests toured Hainan Province and Hunan Province.", gaz)
    assert not rels(x, "HOLDS_POSITION")


def test_a_verb_of_cooperation_alone_needs_a_and_b(gaz):
    x = run("Besides China Alpha Group, China Beta Corporation will also cooperate with local firms.", gaz)
    assert not pairs(x, "COOPERATES_WITH")
