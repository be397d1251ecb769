"""Run a per-article function on a Dask cluster, in input order, without materialising the corpus.

:func:`dask_map` is what ``pipeline.analyze_many(executor="dask")`` calls. It connects to a running
scheduler (``address``) or starts a :class:`~distributed.LocalCluster` of worker *processes* (the
stages are pure Python and hold the GIL, so threads would not help), sends the items in small batches
with a bounded number of batches in flight, and yields results in input order. Whatever it opened it
closes, also when the caller stops iterating early.

A Dask worker is a fresh interpreter: stages registered at run time in the caller (e.g. the LLM
extractor) and ``TAWATUR_*`` settings would be unknown there. Each batch therefore carries the caller's
stage registry and ``TAWATUR_*`` environment, which the worker applies before running it.
"""
from __future__ import annotations

import os
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

BATCH = 8  # items per task: amortises Dask's per-task overhead (~1 ms) over several articles
IN_FLIGHT_PER_WORKER = 4  # batches queued per worker: keeps workers busy, bounds memory


def _context() -> tuple[dict[str, str], dict[str, str]]:
    """The caller's stage registry and ``TAWATUR_*`` environment, for the workers."""
    from .pipeline import STAGES
    env = {k: v for k, v in os.environ.items() if k.startswith("TAWATUR_")}
    return dict(STAGES), env


def _run_batch(fn: Callable[[Any], Any], batch: list[Any],
               context: tuple[dict[str, str], dict[str, str]]) -> list[Any]:
    """Worker side: adopt the caller's stages and settings, then map ``fn`` over one batch, the young
    collection threshold raised for the batch and restored after it (``pipeline.batch_gc``: a Dask
    worker is not ours to retune between batches)."""
    from .pipeline import STAGES, batch_gc, register_stage
    stages, env = context
    os.environ.update(env)
    for name, target in stages.items():
        if STAGES.get(name) != target:
            register_stage(name, target)
    with batch_gc():
        return [fn(item) for item in batch]


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def dask_map(fn: Callable[[Any], Any], items: Iterable[Any], address: str | None = None,
             workers: int | None = None, batch_size: int = BATCH) -> Iterator[Any]:
    """``map(fn, items)`` on Dask, results in input order.

    ``fn`` must be importable by the workers (a module-level function). ``address`` is a scheduler
    address ("tcp://host:8786"); without one a local cluster of ``workers`` (default 2) single-threaded
    processes runs for the duration of the iteration. ``items`` may be any iterable; at most
    ``IN_FLIGHT_PER_WORKER × workers`` batches are submitted ahead of the one being yielded.
    """
    from distributed import Client, LocalCluster

    cluster = None
    if address is None:
        with warnings.catch_warnings():  # the scheduler's HTTP routes move off a busy port 8787: harmless
            warnings.filterwarnings("ignore", message="Port .* is already in use")
            cluster = LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(address)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or (workers or 2))
        limit = IN_FLIGHT_PER_WORKER * n_workers
        context = _context()
        pending: deque = deque()
        for batch in _batches(items, max(1, batch_size)):
            pending.append(client.submit(_run_batch, fn, batch, context, pure=False))
            if len(pending) >= limit:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
