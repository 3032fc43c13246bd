"""A synthetic governance graph for benchmarks and load tests (never shipped as data).

The shape of the real graph, scaled up: a few supervising bodies, about a hundred central
SOEs under them, a deep tree of subsidiaries (``OWNS``), people holding one to three posts,
cooperation that favours the big groups, a few mergers and foundings. Documents restate
these facts the way news does: each one is about an organization (big groups far more
often than small subsidiaries) and states facts around it, so popular facts gather many
sources and a load exercises provenance merging, not only creation.

``shape="uniform"`` gives the older, much denser benchmark graph instead: every fact joins
two organizations (or a person and an organization) drawn uniformly at random, so every
organization has ~80 facts and nothing repeats.

Deterministic for a seed; documents are streamed, so memory stays flat at a million facts
(the fact pool, about half as many facts as statements, is held as tuples).
"""

from __future__ import annotations

import random
from functools import lru_cache
from typing import Iterator

from soegraph.models import Document, Entity, Relation, SourcedBatch, Span

RELS_PER_DOC = 20
BODIES = 5
CENTRAL_SOES = 100
STRUCTURE_SEED = 2024
_ORG_REL_TYPES = ("SUPERVISES", "OWNS", "COOPERATES_WITH", "PART_OF", "MERGED_INTO", "ESTABLISHED")
_TITLES = ("Chairman", "General Manager", "Party Secretary", "Deputy General Manager", "Director", "Board Member")
_SHAPES = ("governance", "uniform")


def sizes(relationships: int) -> tuple[int, int, int]:
    """(organizations, people, documents) for a target number of relationships."""
    docs = max(1, relationships // RELS_PER_DOC)
    orgs = max(BODIES + CENTRAL_SOES + 10, relationships // 50)
    people = max(10, relationships // 10)
    return orgs, people, docs


def _org_type(i: int) -> str:
    return "GovernmentBody" if i < BODIES else "CentralSOE" if i < BODIES + CENTRAL_SOES else "Company"


def registry_batches(relationships: int, per_batch: int = 500) -> list[SourcedBatch]:
    """Entity definitions, as registry sources of ``per_batch`` entities each."""
    orgs, people, _ = sizes(relationships)
    entities = []
    for i in range(orgs):
        entities.append(Entity(id=f"org:synthetic-{i}", type=_org_type(i), name=f"Synthetic Organization {i}",
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


def _skewed(rng: random.Random, n: int, power: float = 3.0) -> int:
    """An index in [0, n) where small indexes (the big, old organizations) are far likelier."""
    return min(n - 1, int(n * rng.random() ** power))


@lru_cache(maxsize=2)
def fact_pool(relationships: int) -> tuple[tuple, tuple]:
    """(facts, facts_by_org): the true facts of the synthetic world, and for each organization
    the indexes of the facts that touch it. A fact is (type, source, target, title, year, share)."""
    orgs, people, _ = sizes(relationships)
    rng = random.Random(STRUCTURE_SEED)
    facts: list[tuple] = []
    soes = range(BODIES, BODIES + CENTRAL_SOES)
    for s in soes:  # most central SOEs are under the first body (SASAC's place), a few under others
        body = 0 if rng.random() < 0.9 else rng.randrange(1, BODIES)
        facts.append(("SUPERVISES", f"org:synthetic-{body}", f"org:synthetic-{s}", None, None, None))
    for b in range(1, BODIES):
        facts.append(("PART_OF", f"org:synthetic-{b}", "org:synthetic-0", None, None, None))
    for c in range(BODIES + CENTRAL_SOES, orgs):  # subsidiaries hang under an older organization
        parent = BODIES + _skewed(rng, c - BODIES, power=2.0)
        facts.append(("OWNS", f"org:synthetic-{parent}", f"org:synthetic-{c}", None, None,
                      round(rng.choice((51, 60, 70, 100)) + 0.0, 1)))
    for p in range(people):
        for _ in range(1 + (rng.random() < 0.35) + (rng.random() < 0.1)):
            org = BODIES + _skewed(rng, orgs - BODIES, power=1.6)
            facts.append(("HOLDS_POSITION", f"person:synthetic-{p}", f"org:synthetic-{org}", rng.choice(_TITLES),
                          str(2005 + rng.randrange(20)), None))
    for _ in range(orgs * 12):
        a = BODIES + _skewed(rng, orgs - BODIES)
        b = BODIES + _skewed(rng, orgs - BODIES)
        if a != b:
            facts.append(("COOPERATES_WITH", f"org:synthetic-{min(a, b)}", f"org:synthetic-{max(a, b)}", None, None, None))
    for _ in range(orgs // 50):
        a, b = BODIES + rng.randrange(orgs - BODIES), BODIES + rng.randrange(CENTRAL_SOES)
        if a != b:
            facts.append((rng.choice(("MERGED_INTO", "ESTABLISHED")), f"org:synthetic-{a}", f"org:synthetic-{b}", None,
                          str(2000 + rng.randrange(25)), None))
    by_org: dict[str, list[int]] = {}
    for i, (_, source, target, *_rest) in enumerate(facts):
        for end in (source, target):
            if end.startswith("org:"):
                by_org.setdefault(end, []).append(i)
    return tuple(facts), tuple(tuple(by_org.get(f"org:synthetic-{o}", ())) for o in range(orgs))


def _relation(fact: tuple) -> Relation:
    rtype, source, target, title, year, share = fact
    props: dict = {}
    if title:
        props = {"title": title, "start": year}
    elif rtype in ("MERGED_INTO", "ESTABLISHED"):
        props = {"date": year}
    elif share is not None:
        props = {"share": share}
    subject = source.split(":")[1].replace("synthetic-", "#")
    obj = target.split(":")[1].replace("synthetic-", "#")
    return Relation(type=rtype, source=source, target=target, properties=props,
                    evidence=Span(text=f"{subject} {rtype.lower().replace('_', ' ')} {obj}.", start=0, end=30),
                    confidence=0.9 if title else 0.8, rule="synthetic")


def _governance_docs(relationships: int, seed: int) -> Iterator[list[Relation]]:
    facts, by_org = fact_pool(relationships)
    orgs = len(by_org)
    rng = random.Random(seed)
    made = 0
    while made < relationships:
        topic = by_org[_skewed(rng, orgs, power=2.0)]
        chosen: dict[int, None] = {}
        want = min(RELS_PER_DOC, relationships - made)
        for i in rng.sample(topic, min(len(topic), want * 2 // 3)):
            chosen[i] = None
        while len(chosen) < want:  # the rest: background facts, popular ones far likelier
            chosen[_skewed(rng, len(facts), power=2.0) if rng.random() < 0.5 else rng.randrange(len(facts))] = None
        made += len(chosen)
        yield [_relation(facts[i]) for i in chosen]


def _uniform_docs(relationships: int, seed: int) -> Iterator[list[Relation]]:
    orgs, people, _ = sizes(relationships)
    rng = random.Random(seed)
    made = 0
    while made < relationships:
        rels = []
        for _ in range(min(RELS_PER_DOC, relationships - made)):
            if rng.random() < 0.45:
                p, o = rng.randrange(people), rng.randrange(orgs)
                rels.append(_relation(("HOLDS_POSITION", f"person:synthetic-{p}", f"org:synthetic-{o}",
                                       rng.choice(_TITLES), "2010", None)))
            else:
                a, b = rng.randrange(orgs), rng.randrange(orgs)
                rels.append(_relation((rng.choice(_ORG_REL_TYPES), f"org:synthetic-{a}", f"org:synthetic-{(b + (a == b)) % orgs}",
                                       None, None, None)))
        made += len(rels)
        yield rels


def document_batches(relationships: int, seed: int = 7, shape: str = "governance") -> Iterator[SourcedBatch]:
    """Documents of ``RELS_PER_DOC`` statements each (``relationships`` in all), referring to
    the entities of :func:`registry_batches` for the same ``relationships``."""
    if shape not in _SHAPES:
        raise ValueError(f"shape must be one of {_SHAPES}")
    docs = _governance_docs(relationships, seed) if shape == "governance" else _uniform_docs(relationships, seed)
    for d, rels in enumerate(docs):
        date = f"20{10 + d % 15:02d}-{1 + d % 12:02d}-{1 + d % 28:02d}"
        refs = sorted({end for rel in rels for end in (rel.source, rel.target)})
        yield SourcedBatch(source=Document(id=f"sha256:synthetic-{seed}-{d:08d}", title=f"Synthetic document {d}",
                                           date=date, language="en", path=f"synthetic/{d}.txt"),
                           relations=rels, external_refs=refs)
