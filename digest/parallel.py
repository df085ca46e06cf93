"""The facts step on several cores: this process and spawned workers each take a share."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence

from digest.model import Article, Facts

log = logging.getLogger(__name__)

# Below this many articles per worker, starting a worker (a fresh interpreter that loads
# spaCy, about 2 s) costs more than it saves.
MIN_PER_WORKER = 60


def available_cores() -> int:
    """Cores this process may run on (the affinity mask where the OS has one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def plan(count: int, workers: int | None) -> int:
    """How many processes to use for `count` articles when `workers` are asked for (None:
    one per core), never more than the articles justify."""
    wanted = available_cores() if workers is None else workers
    return max(1, min(wanted, count // MIN_PER_WORKER))


def split(articles: Sequence[Article], parts: int) -> list[list[Article]]:
    """At most `parts` contiguous, non-empty shares of about equal text length (parse time
    follows text length)."""
    total = sum(len(a.text) for a in articles) or 1
    shares: list[list[Article]] = [[] for _ in range(parts)]
    done = 0
    for article in articles:
        middle = done + len(article.text) // 2  # an article goes where most of it falls
        shares[min(parts - 1, middle * parts // total)].append(article)
        done += len(article.text)
    return [share for share in shares if share]


def facts_of(articles: Sequence[Article], workers: int | None = None) -> list[Facts]:
    """Facts of many articles, in their order, using up to `workers` processes (None: one
    per core; 1: this process only). Output is the same as `extract_facts_many`'s.

    Each extra process is spawned (not forked: the parent may hold threads and locks) and
    loads the verified spaCy model itself. A worker that fails or dies costs nothing: its
    share is done again in this process. BLAS is held to one thread per process so that
    the processes do not fight over the cores.
    """
    from digest.facts import extract_facts_many

    processes = plan(len(articles), workers)
    if processes == 1:
        return extract_facts_many(articles)
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    from threadpoolctl import threadpool_limits

    shares = split(articles, processes)
    if len(shares) == 1:
        return extract_facts_many(articles)
    try:
        pool = ProcessPoolExecutor(
            len(shares) - 1,
            mp_context=get_context("spawn"),
            initializer=_start_worker,
            initargs=(logging.getLogger().getEffectiveLevel(),),
        )
        futures = [pool.submit(extract_facts_many, share) for share in shares[1:]]
    except Exception as exc:  # no processes on this system: do it all here
        log.warning("could not start facts workers (%s); using one process", exc)
        return extract_facts_many(articles)
    from digest.facts.nlp import load_nlp

    load_nlp()  # numpy and BLAS are loaded now, so the limit below reaches them
    with pool, threadpool_limits(limits=1):
        out = extract_facts_many(shares[0])
        for share, future in zip(shares[1:], futures, strict=True):
            try:
                out.extend(future.result())
            except Exception as exc:
                log.warning("a facts worker failed (%s); its articles are done here", exc)
                out.extend(extract_facts_many(share))
    return out


_ONE_THREAD = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def _start_worker(level: int) -> None:
    """Worker set-up (before numpy loads): BLAS on one thread; warnings reach stderr at the
    parent's level."""
    for name in _ONE_THREAD:
        os.environ[name] = "1"
    logging.basicConfig(level=level, format="digest: %(message)s")
