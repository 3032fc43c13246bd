"""The gazetteer finds a registry name only where the text names that body: not inside a longer
word (教育部门, "education departments") and not a foreign state's ministry (美国商务部)."""

from __future__ import annotations

import pytest
from extraction_support import run

from soegraph.loaders.extract import Gazetteer


@pytest.fixture(scope="module")
def default_gaz() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize("text, found", [
    ("财政部门和教育部门要加强监管。", set()),  # departments of finance and education, anywhere
    ("美国商务部宣布了新的出口管制措施。", set()),
    ("3月5日财政部和教育部联合发文。", {"org:mof", "org:moe"}),
])
def test_a_ministry_is_chinas_and_named_as_a_ministry(default_gaz, text, found):
    x = run(text, default_gaz)
    assert {e.id for e in x.entities if e.type == "GovernmentBody"} == found
