"""Hard-wrapped text files (news wires, mailings, PDF text layers): a line break inside an
English sentence must not cut a name or a sentence in two."""

from __future__ import annotations

from soegraph.loaders.extract import Gazetteer, extract
from soegraph.loaders.readers import read_document, unwrap_lines

# Invented text in a wire service's layout: lines wrapped at about 64 characters.
WRAPPED = """SASAC names new head of steel group
BEIJING, March 3 - China's state assets regulator said on Monday
that it had appointed a new chairman at one of its steel groups,
and that the State-owned Assets Supervision and Administration
Commission would oversee the group's restructuring this year.
The regulator supervises close to one hundred central enterprises
and has pushed for mergers in steel, shipbuilding and energy.
"""


def test_a_wrapped_file_reads_as_sentences_and_keeps_its_length(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text(WRAPPED, encoding="utf-8")
    doc = read_document(path)
    assert len(doc.text) == len(WRAPPED)  # offsets stay those of the file
    assert "Administration Commission would oversee" in doc.text
    assert "regulator said on Monday that it had" in doc.text
    assert doc.text.startswith("SASAC names new head of steel group\n")  # a title keeps its break
    gaz = Gazetteer.default()
    names = {e.name for e in extract(doc, gaz).entities}
    assert "State-owned Assets Supervision and Administration Commission of the State Council" in names


def test_lines_that_are_paragraphs_or_items_keep_their_breaks():
    paragraphs = ("SASAC held a meeting on digital transformation in Beijing on Tuesday, attended by the heads "
                  "of central enterprises.\nChina Baowu and Ansteel signed a cooperation agreement on the same day, "
                  "according to a statement.\n")
    assert unwrap_lines(paragraphs) == paragraphs
    items = "Members\nChina Mobile\nChina Telecom\nChina Unicom\nsee the list\nabove\n"
    assert unwrap_lines(items) == items  # short lines: a list, not a wrapped paragraph
    chinese = "国务院国资委召开会议\n部署中央企业改革工作\n会议强调要深化改革\n"
    assert unwrap_lines(chinese) == chinese
