"""Precision, recall and F1 of extraction against hand-made gold annotations.

Rules (ontology.md, "Evaluation"): a predicted entity matches a gold entity when its type
agrees (a gold entity may list several acceptable ``types``) and one of its ``name``,
``name_zh`` or ``aliases`` equals one of the gold ``names``, case-, space- and
punctuation-insensitively; an ``Event`` matches on type and any of its ``contains`` words.
A relation matches on type and both matched ends (either direction for COOPERATES_WITH and
for gold relations marked ``"undirected": true``). Gold items marked ``"required": false``
are correct if found and not missed if absent. Precision counts every predicted entity and
relation. Matching is one to one: a second prediction of the same gold item is spurious.
Scores are micro-averaged over documents (counts are summed, then divided).
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

from soegraph.models import Extraction

__all__ = ["evaluate", "EvalReport", "DocScore", "Counts", "load_gold", "norm"]

SYMMETRIC = {"COOPERATES_WITH"}


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).casefold()
    return "".join(ch for ch in s if unicodedata.category(ch)[0] not in "PZSC")


@dataclass
class Counts:
    tp: int = 0  # predictions that match a gold item
    fp: int = 0  # predictions that match nothing (or a gold item already matched)
    found: int = 0  # required gold items matched
    required: int = 0  # required gold items

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.found += other.found
        self.required += other.required

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "found": self.found, "required": self.required}


@dataclass
class DocScore:
    document: str
    entities: Counts = field(default_factory=Counts)
    relations: Counts = field(default_factory=Counts)
    missed_entities: list[str] = field(default_factory=list)
    spurious_entities: list[str] = field(default_factory=list)
    missed_relations: list[str] = field(default_factory=list)
    spurious_relations: list[str] = field(default_factory=list)
    error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"document": self.document, "entities": self.entities.as_dict(), "relations": self.relations.as_dict(),
                "missed_entities": self.missed_entities, "spurious_entities": self.spurious_entities,
                "missed_relations": self.missed_relations, "spurious_relations": self.spurious_relations,
                **({"error": self.error} if self.error else {})}


@dataclass
class EvalReport:
    documents: list[DocScore]
    entities: Counts
    relations: Counts

    def as_dict(self) -> dict[str, Any]:
        return {"entities": self.entities.as_dict(), "relations": self.relations.as_dict(),
                "documents": [d.as_dict() for d in self.documents]}


def load_gold(path: str | Path) -> dict:
    with open(path, encoding="utf-8") as fh:
        gold = json.load(fh)
    if not isinstance(gold, dict) or "document" not in gold:
        raise ValueError(f"{path}: not a gold file (no 'document' field)")
    return gold


def _pred_dict(p: Extraction | Mapping) -> dict:
    return p.to_json_dict() if isinstance(p, Extraction) else dict(p)


def _entity_matches(pe: dict, ge: dict) -> bool:
    types = ge.get("types") or [ge["type"]]
    if pe.get("type") not in types:
        return False
    if ge["type"] == "Event" or pe.get("type") == "Event":
        words = [w.casefold() for w in ge.get("contains", [])]
        texts = [pe.get("name") or "", pe.get("name_zh") or "", *pe.get("aliases", [])]
        if words and any(w in t.casefold() for w in words for t in texts):
            return True
    names = {norm(n) for n in ge.get("names", []) if n}
    pnames = {norm(n) for n in [pe.get("name"), pe.get("name_zh"), *pe.get("aliases", [])] if n}
    return bool(names & pnames)


def score_document(pred: Extraction | Mapping, gold: dict) -> DocScore:
    p = _pred_dict(pred)
    ds = DocScore(document=gold["document"])
    gents = gold.get("entities", [])
    required = {g["key"] for g in gents if g.get("required", True)}
    ds.entities.required = len(required)
    matched: dict[str, str] = {}  # gold key -> predicted id
    id_to_key: dict[str, str] = {}
    for pe in p.get("entities", []):
        cands = [g for g in gents if _entity_matches(pe, g)]
        free = [g for g in cands if g["key"] not in matched]
        free.sort(key=lambda g: 0 if g.get("required", True) else 1)
        if free:
            g = free[0]
            matched[g["key"]] = pe["id"]
            id_to_key[pe["id"]] = g["key"]
            ds.entities.tp += 1
        else:
            ds.entities.fp += 1
            why = f" (duplicate of {cands[0]['key']})" if cands else ""
            ds.spurious_entities.append(f"{pe.get('type')} {pe.get('name')} [{pe['id']}]{why}")
    ds.entities.found = len(required & set(matched))
    ds.missed_entities = [f"{g['type']} {g['key']} ({', '.join(g.get('names', [])[:3]) or '/'.join(g.get('contains', []))})"
                          for g in gents if g["key"] in required and g["key"] not in matched]
    # relations
    grels = gold.get("relations", [])
    req_r = [i for i, g in enumerate(grels) if g.get("required", True)]
    ds.relations.required = len(req_r)
    used: set[int] = set()
    for pr in p.get("relations", []):
        s, t = id_to_key.get(pr["source"]), id_to_key.get(pr["target"])
        hit = None
        if s and t:
            order = sorted(range(len(grels)), key=lambda i: 0 if grels[i].get("required", True) else 1)
            for i in order:
                g = grels[i]
                if i in used or g["type"] != pr["type"]:
                    continue
                both = g["type"] in SYMMETRIC or g.get("undirected")
                if (g["source"], g["target"]) == (s, t) or (both and (g["source"], g["target"]) == (t, s)):
                    hit = i
                    break
        if hit is None:
            ds.relations.fp += 1
            ds.spurious_relations.append(f"{pr['type']} {s or pr['source']} -> {t or pr['target']} ({pr.get('rule')})")
        else:
            used.add(hit)
            ds.relations.tp += 1
    ds.relations.found = len(set(req_r) & used)
    ds.missed_relations = [f"{grels[i]['type']} {grels[i]['source']} -> {grels[i]['target']}" for i in req_r if i not in used]
    return ds


def evaluate(predictions: Mapping[str, Extraction | Mapping], gold_paths: Iterable[str | Path]) -> EvalReport:
    """Score ``predictions`` (keyed by the gold's ``document`` file name) against gold files.

    A gold file whose document has no prediction counts all its required items as missed.
    """
    docs: list[DocScore] = []
    ent, rel = Counts(), Counts()
    for gp in gold_paths:
        gold = load_gold(gp)
        name = gold["document"]
        pred = predictions.get(name)
        if pred is None:
            pred = predictions.get(Path(name).name)
        if pred is None:
            ds = score_document({"entities": [], "relations": []}, gold)
            ds.error = "no prediction for this document"
        else:
            ds = score_document(pred, gold)
        docs.append(ds)
        ent.add(ds.entities)
        rel.add(ds.relations)
    return EvalReport(documents=docs, entities=ent, relations=rel)
