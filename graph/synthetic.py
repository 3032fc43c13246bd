"""A synthetic governance graph for benchmarks and load tests (never shipped as data).

Organizations, people, positions and documents with the shape of the real graph: a few
supervising bodies, many SOEs and subsidiaries, people holding posts, documents stating
facts. Deterministic for a seed, streamed so memory stays flat at a million facts.
"""

from __future__ import annotations

import random
from typing import Iterator

from soegraph.models import Document, Entity, Relation, SourcedBatch, Span

RELS_PER_DOC = 20
_ORG_REL_TYPES = ("SUPERVISES", "OWNS", "COOPERATES_WITH", "PART_OF", "MERGED_INTO", "ESTABLISHED")
_TITLES = ("Chairman", "General Manager", "Party Secretary", "Deputy General Manager", "Director", "Board Member")


def sizes(relationships: int) -> tuple[int, int, int]:
    """(organizations, people, documents) for a target number of relationships."""
    docs = max(1, relationships // RELS_PER_DOC)
    orgs = max(10, relationships // 50)
    people = max(10, relationships // 20)
    return orgs, people, docs


def registry_batches(relationships: int, per_batch: int = 500) -> list[SourcedBatch]:
    """Entity definitions, as registry sources of ``per_batch`` entities each."""
    orgs, people, _ = sizes(relationships)
    entities = []
    for i in range(orgs):
        kind = "GovernmentBody" if i < 5 else "CentralSOE" if i < orgs // 10 + 5 else "Company"
        entities.append(Entity(id=f"org:synthetic-{i}", type=kind, name=f"Synthetic Organization {i}",
                               name_zh=f"合成机构{i}", aliases=[f"SO{i}"], properties={"sector": f"sector-{i % 12}"}))
    for i in range(people):
        entities.append(Entity(id=f"person:synthetic-{i}", type="Person", name=f"Person {i}", name_zh=f"人物{i}"))
    out = []
    for b in range(0, len(entities), per_batch):
        out.append(SourcedBatch(
            source=Document(id=f"registry:synthetic#{b // per_batch}", kind="registry", url="https://example.org/synthetic",
                            date="2024-01-01"),
            entities=entities[b:b + per_batch]))
    return out


def document_batches(relationships: int, seed: int = 7) -> Iterator[SourcedBatch]:
    """Documents of ``RELS_PER_DOC`` facts each, referring to the registry entities."""
    orgs, people, docs = sizes(relationships)
    rng = random.Random(seed)
    made = 0
    for d in range(docs):
        rels = []
        refs = set()
        date = f"20{10 + d % 15:02d}-{1 + d % 12:02d}-{1 + d % 28:02d}"
        for _ in range(min(RELS_PER_DOC, relationships - made)):
            if rng.random() < 0.45:
                p, o = rng.randrange(people), rng.randrange(orgs)
                rel = Relation(type="HOLDS_POSITION", source=f"person:synthetic-{p}", target=f"org:synthetic-{o}",
                               properties={"title": rng.choice(_TITLES), "start": date[:4]},
                               evidence=Span(text=f"Person {p} serves at Synthetic Organization {o}.", start=0, end=40),
                               confidence=0.9, rule="synthetic")
            else:
                a, b = rng.randrange(orgs), rng.randrange(orgs)
                if a == b:
                    b = (b + 1) % orgs
                rel = Relation(type=rng.choice(_ORG_REL_TYPES), source=f"org:synthetic-{a}", target=f"org:synthetic-{b}",
                               evidence=Span(text=f"Synthetic Organization {a} and {b}.", start=0, end=30),
                               confidence=0.8, rule="synthetic")
            rels.append(rel)
            refs.update((rel.source, rel.target))
        made += len(rels)
        yield SourcedBatch(source=Document(id=f"sha256:synthetic-{d:08d}", title=f"Synthetic document {d}", date=date,
                                           language="en", path=f"synthetic/{d}.txt"),
                           relations=rels, external_refs=sorted(refs))
        if made >= relationships:
            return
