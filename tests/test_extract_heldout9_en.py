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
