"""The evaluator's rules, and the extraction scores on the project samples and on ../shared/eval."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from soegraph.loaders.evaluate import evaluate, load_gold, score_document
from soegraph.loaders.extract import Gazetteer, extract
from soegraph.loaders.readers import read_document

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

GOLD = {
    "document": "x.txt",
    "entities": [
        {"key": "sasac", "type": "GovernmentBody", "names": ["SASAC", "国资委"]},
        {"key": "zy", "type": "Person", "names": ["Zhang Yuzhuo"]},
        {"key": "mob", "type": "CentralSOE", "types": ["CentralSOE", "Company"], "names": ["China Mobile"]},
        {"key": "ev", "type": "Event", "contains": ["training"], "names": []},
        {"key": "china", "type": "GovernmentBody", "required": False, "names": ["China"]},
    ],
    "relations": [
        {"type": "HOLDS_POSITION", "source": "zy", "target": "sasac"},
        {"type": "COOPERATES_WITH", "source": "sasac", "target": "mob"},
        {"type": "ORGANIZED", "source": "sasac", "target": "ev"},
        {"type": "SUPERVISES", "source": "sasac", "target": "mob", "required": False},
    ],
}


def pred(entities, relations):
    return {"document": {"id": "sha256:x"}, "entities": entities, "relations": relations}


def e(id_, type_, name, aliases=()):
    return {"id": id_, "type": type_, "name": name, "aliases": list(aliases), "mentions": []}


def r(t, s, o):
    return {"type": t, "source": s, "target": o, "properties": {}}


def test_rules_of_matching():
    p = pred(
        [e("org:s", "GovernmentBody", "State-owned Assets ...", ["ＳＡＳＡＣ"]),  # full-width, case-insensitive
         e("person:z", "Person", "zhang  yuzhuo"),  # space-insensitive
         e("org:m", "Company", "China Mobile"),  # an acceptable alternative type
         e("event:t", "Event", "AI Training Program"),  # contains
         e("org:c", "GovernmentBody", "China"),  # optional: correct if found
         e("org:s2", "GovernmentBody", "国资委"),  # a duplicate is spurious
         e("org:x", "Company", "Nobody Corp")],  # spurious
        [r("HOLDS_POSITION", "person:z", "org:s"),
         r("COOPERATES_WITH", "org:m", "org:s"),  # symmetric
         r("ORGANIZED", "org:s", "event:t"),
         r("SUPERVISES", "org:s", "org:m"),  # optional, found
         r("HOLDS_POSITION", "org:s", "person:z")],  # wrong direction
    )
    ds = score_document(p, GOLD)
    assert (ds.entities.tp, ds.entities.fp, ds.entities.found, ds.entities.required) == (5, 2, 4, 4)
    assert (ds.relations.tp, ds.relations.fp, ds.relations.found, ds.relations.required) == (4, 1, 3, 3)
    assert len(ds.spurious_entities) == 2 and "duplicate" in ds.spurious_entities[0]


def test_missing_prediction_counts_as_missed(tmp_path):
    g = tmp_path / "x.gold.json"
    g.write_text(json.dumps(GOLD))
    rep = evaluate({}, [g])
    assert rep.entities.recall == 0.0 and rep.relations.recall == 0.0
    assert rep.documents[0].error


def _score(eval_dir: Path, corpus_dir: Path):
    gaz = Gazetteer.default()
    golds = sorted(eval_dir.glob("*.gold.json"))
    preds = {}
    for g in golds:
        name = load_gold(g)["document"]
        preds[name] = extract(read_document(corpus_dir / name), gaz)
    return evaluate(preds, golds)


def test_samples_scores():
    rep = _score(ROOT / "samples" / "eval", ROOT / "samples" / "corpus")
    assert len(rep.documents) >= 6
    assert rep.entities.f1 >= 0.90, rep.as_dict()
    assert rep.relations.f1 >= 0.80, rep.as_dict()


def test_shared_eval_scores():
    if not (SHARED / "eval").is_dir() or not (SHARED / "corpus").is_dir():
        pytest.skip("../shared is not present next to the repo")
    rep = _score(SHARED / "eval", SHARED / "corpus")
    assert rep.entities.f1 >= 0.90, rep.as_dict()
    assert rep.relations.f1 >= 0.80, rep.as_dict()
