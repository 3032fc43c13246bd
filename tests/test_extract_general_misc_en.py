"""English constructions of news about SOE leaders and their regulator (invented sentences)."""

from __future__ import annotations

import pytest

from soegraph.loaders.extract import Gazetteer, extract
from soegraph.loaders.readers import ReadDoc
from soegraph.models import Document


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def facts(text: str, gaz: Gazetteer) -> set:
    x = extract(ReadDoc(document=Document(id="sha256:test", date="2024-01-01", language="en"), text=text), gaz)
    name = {e.id: e.name for e in x.entities}
    return {(r.type, name[r.source], name[r.target], r.properties.get("status")) for r in x.relations}


CNPC = "China National Petroleum Corporation"
BAOWU = "China Baowu Steel Group Corporation Limited"
MOBILE = "China Mobile Communications Group Co., Ltd."
SINOPEC = "China Petrochemical Corporation"
SASAC = "State-owned Assets Supervision and Administration Commission of the State Council"


def test_a_description_between_a_title_and_its_organization(gaz):
    rels = facts("Wang Wei, chairman of state-owned steelmaker China Baowu Steel Group, spoke at the forum.", gaz)
    assert ("HOLDS_POSITION", "Wang Wei", BAOWU, "current") in rels


@pytest.mark.parametrize("text, status", [
    ("Li Ming was promoted in March, after serving as chairman of energy giant China National Petroleum Corporation.", "former"),
    ("Li Ming has served as general manager of China National Petroleum Corporation since 2019.", "current"),
])
def test_served_as(gaz, text, status):
    assert ("HOLDS_POSITION", "Li Ming", CNPC, status) in facts(text, gaz)


def test_a_regulator_responsible_for_companies_including_some(gaz):
    rels = facts("SASAC is a ministerial-level body run by China's cabinet and is directly responsible for about "
                 "100 state-owned companies, including Sinopec, a big oil refiner, and China Mobile.", gaz)
    assert {("SUPERVISES", SASAC, SINOPEC, None), ("SUPERVISES", SASAC, MOBILE, None)} <= rels
    assert not any(t == "SUPERVISES" and s != SASAC for t, s, _, _ in rels)


def test_a_company_managing_subsidiaries_supervises_nothing(gaz):
    rels = facts("China Mobile manages subsidiaries such as China Mobile Hong Kong.", gaz)
    assert not any(t == "SUPERVISES" for t, *_ in rels)


CETC = "China Electronics Technology Group Corporation"
POTEVIO = "China Potevio Information Industry Group Co., Ltd."
SINOCHEM = "Sinochem Holdings Corporation Ltd."


def test_created_through_the_restructuring_of_a_list_that_ends_with_its_and_item(gaz):
    rels = facts("After Sinochem Holdings Corp Ltd was set up in May, created through the restructuring of the former "
                 "Sinochem Group Co Ltd and previously China National Chemical Corp Ltd, China Potevio Co Ltd, an equipment "
                 "maker, was integrated into China Electronics Technology Group Corp in June as a wholly-owned subsidiary.", gaz)
    assert ("MERGED_INTO", "Sinochem Group Co., Ltd.", SINOCHEM, None) in rels
    assert ("MERGED_INTO", "China National Chemical Corporation", SINOCHEM, None) in rels
    assert ("MERGED_INTO", POTEVIO, CETC, None) in rels
    assert ("OWNS", CETC, POTEVIO, None) in rels
    assert ("MERGED_INTO", POTEVIO, SINOCHEM, None) not in rels
    assert ("MERGED_INTO", "China National Chemical Corporation", CETC, None) not in rels  # "was": one subject


SAFEA = "State Administration of Foreign Experts Affairs"


def test_two_bodies_jointly_launching_a_program_to_train_both_organize_it_and_cooperate(gaz):
    x = extract(ReadDoc(document=Document(id="sha256:test", date="2009-10-12", language="en"),
                        text="SASAC and the State Administration of Foreign Experts Affairs (SAFEA) jointly launched a "
                             "program to train senior managers of central enterprises."), gaz)
    name = {e.id: e.name for e in x.entities}
    events = [e for e in x.entities if e.type == "Event"]
    assert [e.name for e in events] == ["Training program"]
    rels = {(r.type, name[r.source], name[r.target]) for r in x.relations}
    assert {("ORGANIZED", SASAC, "Training program"), ("ORGANIZED", SAFEA, "Training program")} <= rels
    assert {("COOPERATES_WITH", SASAC, SAFEA), ("COOPERATES_WITH", SAFEA, SASAC)} & rels


def test_a_bureau_under_a_commission_is_part_of_it(gaz):
    rels = facts("Li Ming, head of the Public Work Bureau under the SASAC, said the program would help.", gaz)
    assert ("PART_OF", "Public Work Bureau", SASAC, None) in rels
    assert not any(t == "PART_OF" for t, *_ in facts("China Mobile under the SASAC reported profits.", gaz))


def test_seen_signing_an_agreement(gaz):
    rels = facts("The forum saw China Mobile and China National Building Materials Group signing a cooperation agreement.", gaz)
    assert any(t == "COOPERATES_WITH" and MOBILE in (s, o) for t, s, o, _ in rels)


@pytest.mark.parametrize("text, status", [
    ("Wang Jun, who is chairman of China Mobile, spoke at the event.", "current"),
    ("Wang Jun, who was chairman of China Mobile until 2019, retired.", "former"),
    ("Wang Jun took over as chairman of China Mobile in March.", "current"),
    ("Wang Jun became general manager of China Mobile in 2020.", "current"),
])
def test_who_is_took_over_as_became(gaz, text, status):
    assert any(t == "HOLDS_POSITION" and p == "Wang Jun" and o == MOBILE and st == status
               for t, p, o, st in facts(text, gaz))


def test_succeeds_as(gaz):
    rels = facts("Li Hua succeeds Zhang Wei as chairman of China Mobile.", gaz)
    assert ("HOLDS_POSITION", "Li Hua", MOBILE, "current") in rels
    assert ("HOLDS_POSITION", "Zhang Wei", MOBILE, "former") in rels


def test_merge_to_form(gaz):
    rels = facts("China Ocean Shipping Company and China Shipping Group will merge to form China COSCO Shipping Corporation.", gaz)
    assert {t for t, *_ in rels} == {"MERGED_INTO"} and len(rels) == 2


def test_a_vice_governor_of_a_province_is_at_its_government(gaz):
    rels = facts("Zhang Wei, Vice Governor of Shandong Province, and Li Hua, chairman of China Mobile, signed the agreement.", gaz)
    assert ("HOLDS_POSITION", "Zhang Wei", "Shandong Provincial Government", "current") in rels


def test_group_in_brackets_a_short_form_and_a_pair_to_be_restructured(gaz):
    x = extract(ReadDoc(document=Document(id="sha256:test", date="2015-08-10", language="en"),
                        text="With the approval of the State Council, the China Ocean Shipping (Group) Company and the "
                             "China Shipping (Group) Company (China Shipping) will be restructured, SASAC said."), gaz)
    names = {e.name for e in x.entities}
    assert {"China Ocean Shipping (Group) Company", "China Shipping (Group) Company"} <= names
    assert "People's Republic of China" not in names  # "China" inside "(China Shipping)"
    assert [r.type for r in x.relations] == ["MERGED_INTO"]


def test_a_description_before_a_listed_company_is_not_its_name(gaz):
    x = extract(ReadDoc(document=Document(id="sha256:test", language="en"),
                        text="Its listed arms are Shenzhen-listed SUFA Technology Industry Co. and Shanghai-listed "
                             "China National Nuclear Power Co."), gaz)
    assert {e.name for e in x.entities} == {"SUFA Technology Industry Co.", "China National Nuclear Power Co."}


def test_a_company_naming_its_own_officer_and_a_year_before_of(gaz):
    rels = facts("China Mobile, one of the world's biggest carriers, named Li Hua as general manager on Monday.", gaz)
    assert ("HOLDS_POSITION", "Li Hua", MOBILE, "current") in rels
    rels = facts("Li Hua was appointed vice-president in 1997 of China Mobile.", gaz)
    assert ("HOLDS_POSITION", "Li Hua", MOBILE, "current") in rels
    rels = facts("Li Hua served as vice-president of Hong Kong-listed unit China Mobile.", gaz)
    assert ("HOLDS_POSITION", "Li Hua", MOBILE, "former") in rels


def test_merger_of_described_companies_take_over_and_supervision_by(gaz):
    rels = facts("The regulator approved the proposed merger of China Mobile, the largest carrier, and China Unicom, "
                 "the second largest.", gaz)
    assert [t for t, *_ in rels] == ["MERGED_INTO"]
    rels = facts("China Minmetals Corporation, one of the leading mining groups, will take over China Metallurgical Group Corporation.", gaz)
    assert ("MERGED_INTO", "China Metallurgical Group Corporation", "China Minmetals Corporation", None) in rels
    rels = facts("China Mobile has been under direct supervision by the SASAC.", gaz)
    assert ("SUPERVISES", SASAC, MOBILE, None) in rels
    rels = facts("China Mobile Hong Kong Co. will become a subsidiary company of China Mobile.", gaz)
    assert any(t == "OWNS" and s == MOBILE for t, s, _, _ in rels)


def test_a_company_naming_its_officer_does_not_appoint_as_the_state_does(gaz):
    rels = facts("China Mobile, one of the world's biggest carriers, named Li Hua as general manager.", gaz)
    assert ("HOLDS_POSITION", "Li Hua", MOBILE, "current") in rels
    assert not any(t == "APPOINTS" for t, *_ in rels)


def test_a_bare_provincial_party_committee_is_the_one_province_s(gaz):
    x = extract(ReadDoc(document=Document(id="sha256:test", language="en"),
                        text="The Jilin provincial government and China Mobile held a forum. The event was attended by "
                             "Provincial Party Committee Secretary Jing Junhai and Deputy Secretary of the Provincial "
                             "Party Committee and Governor Hu Yuting."), gaz)
    name = {e.id: e.name for e in x.entities}
    assert "Jilin Provincial Party Committee" in name.values() and "Provincial Party Committee" not in name.values()
    rels = {(r.type, name[r.source], name[r.target]) for r in x.relations}
    assert ("HOLDS_POSITION", "Jing Junhai", "Jilin Provincial Party Committee") in rels
    assert not any(t == "PARTICIPATED_IN" and s.endswith("Committee") for t, s, _ in rels)
    x = extract(ReadDoc(document=Document(id="sha256:test", language="en"),
                        text="The event was attended by Provincial Party Committee Secretary Jing Junhai."), gaz)
    assert not [e for e in x.entities if e.type == "PartyOrgan"]  # which province is not said


@pytest.mark.parametrize("verb", ["resigned as", "stepped down as", "retired as"])
def test_a_post_left(gaz, verb):
    assert ("HOLDS_POSITION", "Li Ming", MOBILE, "former") in facts(f"Li Ming {verb} chairman of China Mobile in 2020.", gaz)


@pytest.mark.parametrize("text", ["China Mobile and China Telecom agreed to deepen cooperation.",
                                  "The agreement was signed by China Mobile and China Telecom."])
def test_agreed_to_deepen_cooperation_and_signed_by(gaz, text):
    assert [t for t, *_ in facts(text, gaz)] == ["COOPERATES_WITH"]
