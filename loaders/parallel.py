"""Work on a stream of documents in worker processes, results in input order, memory flat.

Extraction is pure Python and holds the GIL, so threads do not help; processes do, one per
core. A few documents per worker are in flight at a time (not the whole corpus, as
``Pool.imap`` would queue), and each result comes back in the order its document was read,
so ``--jobs 2`` prints what ``--jobs 1`` prints.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable, Iterator, TypeVar

from soegraph.errors import SoegraphError

T = TypeVar("T")
R = TypeVar("R")

# Documents go to a worker a chunk at a time: one round trip per document costs as much as
# extracting a short one. A few chunks per worker in flight keep each busy while this
# process reads ahead, and bound memory.
CHUNK = 16
CHUNKS_IN_FLIGHT_PER_JOB = 3


def job_count(jobs: int) -> int:
    """``jobs`` as asked: 0 means one per core."""
    if jobs < 0:
        raise SoegraphError(f"--jobs must be 0 (one per core) or more, not {jobs}")
    return jobs or os.cpu_count() or 1


def _context(prepare: Callable[[], object] | None):
    """Fork while this process has one thread: the workers start at once, with what ``prepare``
    built (the gazetteer) already in memory. Spawn otherwise: a forked child would inherit the
    other threads' locks (a Neo4j driver's, a writer thread's) in whatever state they were."""
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        if prepare is not None:
            prepare()
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def ordered_map(fn: Callable[[T], R], items: Iterable[T], *, jobs: int = 1,
                remote: Callable[[T], bool] = lambda item: True,
                prepare: Callable[[], object] | None = None) -> Iterator[tuple[T, R]]:
    """``(item, fn(item))`` for each item, in input order.

    With ``jobs`` > 1, ``fn`` (a module-level function; it and the items are pickled) runs in
    that many worker processes for the items ``remote`` accepts; the others (an error a
    reader yields, say) are done here, in their place in the order. ``prepare`` builds what
    every call of ``fn`` shares, once, before the workers are forked (spawned workers build it
    themselves).
    """
    if jobs <= 1:
        for item in items:
            yield item, fn(item)
        return
    context = _context(prepare)
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            pending: deque = deque()  # (chunk, future of its results)
            chunk: list = []
            for item in items:
                chunk.append(item)
                if len(chunk) == CHUNK:
                    pending.append(_submit(pool, fn, chunk, remote))
                    chunk = []
                    while len(pending) >= jobs * CHUNKS_IN_FLIGHT_PER_JOB:
                        yield from _results(pending.popleft(), fn, remote)
            if chunk:
                pending.append(_submit(pool, fn, chunk, remote))
            while pending:
                yield from _results(pending.popleft(), fn, remote)
    except BrokenProcessPool as exc:
        raise SoegraphError(f"an extraction worker process died ({exc}); try --jobs 1") from None


def _submit(pool, fn, chunk: list, remote) -> tuple:
    """Send a chunk's remote items to a worker (None in the places of the others)."""
    return chunk, pool.submit(_apply, fn, [item if remote(item) else None for item in chunk])


def _apply(fn, items: list) -> list:
    return [None if item is None else fn(item) for item in items]


def _results(entry: tuple, fn, remote) -> Iterator[tuple]:
    chunk, future = entry
    for item, result in zip(chunk, future.result()):
        yield item, (result if remote(item) else fn(item))
