"""The ordered stages, as spaCy runs a ``Doc`` through named components.

Every per-article stage is a pure function ``Article -> Article`` of one article plus read-only
lexicons, registered here by name. The same :func:`analyze` runs in a loop, in a process pool, in a
Dask worker or behind the web app's ingest endpoint. Cross-article work (stories, merged events,
contradictions, control) happens afterwards in :mod:`tawatur.link`, incrementally.
"""
from __future__ import annotations

import gc
import importlib
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from .model import Article

Stage = Callable[[Article], Article]

# name -> "module:function"; imported lazily so a worker only loads what it runs.
STAGES: dict[str, str] = {
    "clean": "tawatur.clean.boilerplate:clean_article",
    "segment": "tawatur.clean.segment:segment",
    "places": "tawatur.read.places:read_places",
    "actors": "tawatur.read.actors:read_actors",
    "persons": "tawatur.read.persons:read_persons",
    "sources": "tawatur.read.sources:read_sources",
    "dates": "tawatur.read.dates:read_dates",
    "numbers": "tawatur.read.numbers:read_numbers",
    "events": "tawatur.extract.events:extract_events",
}

@dataclass(frozen=True)
class Contract:
    """What a stage needs on the article before it runs, and what it adds: Article fields ("raw",
    "sentences", "events", ...) and mention kinds as "mention:<kind>"."""

    reads: frozenset[str] = frozenset()
    writes: frozenset[str] = frozenset()


def _c(reads: str, writes: str) -> Contract:
    return Contract(frozenset(reads.split()), frozenset(writes.split()))


# What every article has before the first stage: the ingest readers fill these.
GIVEN = frozenset({"raw", "id", "published", "title", "url", "outlet", "meta"})
CONTRACTS: dict[str, Contract] = {
    "clean": _c("raw", "text body_spans removed"),
    "segment": _c("raw", "sentences tokens"),  # body_spans when "clean" ran; else the whole text is the body
    "places": _c("raw sentences", "mention:place"),
    "actors": _c("raw sentences", "mention:actor"),
    "persons": _c("raw sentences mention:actor", "mention:person"),
    "sources": _c("raw sentences mention:actor mention:person", "mention:source"),
    "dates": _c("raw sentences", "mention:date"),
    "numbers": _c("raw sentences mention:date", "mention:number"),
    "events": _c("raw sentences mention:place mention:actor mention:source mention:date mention:number",
                 "events"),
}

DEFAULT_CONTRACTS = dict(CONTRACTS)


class StageOrderError(ValueError):
    """A pipeline whose stages run before what they read is written."""


def check_order(stages: Iterable[str]) -> None:
    """Raise :class:`StageOrderError` for an unknown stage or one that reads what no stage before it
    writes. A stage registered without a contract is not checked, and may write anything after it."""
    have: set[str] = set(GIVEN)
    for n, name in enumerate(stages):
        if name not in STAGES and name not in _cache:
            raise StageOrderError(f"unknown stage {name!r} (registered: {', '.join(STAGES)})")
        contract = CONTRACTS.get(name)
        if contract is None:
            return
        missing = sorted(contract.reads - have)
        if missing:
            writers = [s for s, c in CONTRACTS.items() if set(missing) & c.writes]
            raise StageOrderError(
                f"stage {name!r} (position {n + 1}) reads {', '.join(missing)}, which no stage before it "
                f"writes; run {' or '.join(repr(w) for w in writers) or 'a stage that writes it'} first")
        have |= contract.writes


DEFAULT_STAGES = dict(STAGES)
DEFAULT_ORDER = ("clean", "segment", "places", "actors", "persons", "sources", "dates", "numbers", "events")
READ_ORDER = DEFAULT_ORDER[:-1]

_cache: dict[str, Stage] = {}


def get_stage(name: str) -> Stage:
    """The stage function registered under ``name``."""
    if name not in _cache:
        target = STAGES[name]
        mod, _, fn = target.partition(":")
        _cache[name] = getattr(importlib.import_module(mod), fn)
    return _cache[name]


def register_stage(name: str, target: str | Stage, reads: Iterable[str] | None = None,
                   writes: Iterable[str] | None = None) -> None:
    """Add or replace a stage (``"module:function"`` or a callable), e.g. an LLM extractor, with what it
    reads and writes (see :data:`CONTRACTS`); a new target given no contract is not order-checked."""
    new = f"{target.__module__}:{target.__name__}" if callable(target) else target
    if reads is not None or writes is not None:
        CONTRACTS[name] = Contract(frozenset(reads or ()), frozenset(writes or ()))
    elif STAGES.get(name) != new:
        CONTRACTS.pop(name, None)
    if callable(target):
        _cache[name] = target
        STAGES[name] = f"{target.__module__}:{target.__name__}"
    else:
        STAGES[name] = target
        _cache.pop(name, None)


@dataclass
class PipelineConfig:
    stages: tuple[str, ...] = DEFAULT_ORDER
    keep_all: bool = False  # keep page furniture (no line removed)

    def __post_init__(self) -> None:
        check_order(self.stages)


class StageError(Exception):
    """A per-article stage raised: which stage, and the original exception as ``__cause__``."""

    def __init__(self, stage: str, cause: BaseException) -> None:
        super().__init__(f"stage {stage!r} failed: {type(cause).__name__}: {cause}")
        self.stage = stage


def analyze(article: Article, config: PipelineConfig | None = None) -> Article:
    """Run one article through the per-article stages; a stage's exception becomes a
    :class:`StageError` naming the stage."""
    from .clean.tokens import span_mentions  # loaded with the first stage anyway; not at import

    config = config or PipelineConfig()
    for name in config.stages:
        if name == "clean" and config.keep_all:
            article.meta["keep_all"] = True
        try:
            article = get_stage(name)(article)
        except Exception as exc:
            raise StageError(name, exc) from exc
    span_mentions(article)
    release_tokens(article)
    return article


_frozen = False
GEN0_THRESHOLD = 10_000  # allocations between young collections while a batch runs (``batch_gc``)


def _freeze_loaded() -> None:
    """Once per process that analyses a batch (:func:`analyze_many`, not a lone :func:`analyze`), after
    its first article: by then the stages have loaded the lexicons, the gazetteer and the word tables
    every later article reads, some seventy thousand long-lived objects. ``gc.freeze`` moves everything
    alive to the permanent generation, so the collections a corpus triggers no longer traverse them
    (measured: 2-3% of the per-article CPU, and a worker forked after it shares them copy-free). The
    cost: an object alive at that moment that later becomes garbage inside a reference cycle is never
    collected (reference counting still frees the rest), a one-off bounded by what one article leaves.
    The freeze is not undone after the batch: what it holds is the tables, alive as long as the process."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()


@contextmanager
def batch_gc() -> Iterator[None]:
    """The youngest generation's collection threshold raised to :data:`GEN0_THRESHOLD` allocations
    (CPython's default is 700) while the block runs, and the thresholds found on entry restored on exit,
    also when it raises or a generator holding it is closed early; the older generations keep theirs.

    An article allocates tens of thousands of short-lived tokens, sets and tuples that reference counting
    frees, and a young collection every 700 net allocations traversed the live ones (the article being
    read, the articles already analysed) again and again (measured: 1% of the per-article instructions).
    A cycle an article leaves (a few objects an article) is still collected, some ten thousand
    allocations later. :func:`analyze_many` runs under it in the calling process, a process pool's
    workers from their start (they end with the pool), a Dask worker for each batch it runs, and
    ``tawatur analyze`` for the whole command (linking and the outputs too)."""
    saved = gc.get_threshold()
    gc.set_threshold(max(GEN0_THRESHOLD, saved[0]), *saved[1:])
    try:
        yield
    finally:
        gc.set_threshold(*saved)


def _pool_worker_gc() -> None:
    """A process-pool worker's initialiser: the worker runs batches only and ends with the pool, so its
    young threshold is raised for its life (:func:`batch_gc`'s figure); it freezes after its first article."""
    gen0, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(max(GEN0_THRESHOLD, gen0), gen1, gen2)


def release_tokens(article: Article) -> None:
    """Drop the sentences' tokens (derived working data of the per-article stages, rebuilt on demand by
    :func:`tawatur.clean.tokens.tokens_of`): an analysed article leaving the pipeline pickles to its
    parent process and stays in memory about 1.6 times smaller without them (dev articles)."""
    from .clean.tokens import forget_spans  # loaded with the first stage anyway; not at import

    for sent in article.sentences:
        sent.tokens = []
    forget_spans()


def _analyze_safe(args: tuple[Article, PipelineConfig]) -> Article:
    """:func:`analyze` that never raises: a failure marks this article ``failed`` with the stage and
    the reason in its warnings (it is kept, without events) and the corpus goes on."""
    article, config = args
    try:
        done = analyze(article, config)
        _freeze_loaded()
        return done
    except Exception as exc:  # one bad article must not stop a corpus
        article.warnings.append(f"pipeline error: {exc}" if isinstance(exc, StageError)
                                else f"pipeline error: {type(exc).__name__}: {exc}")
        article.meta["failed"] = True
        article.events = []  # what a half-run stage left is not trusted
        release_tokens(article)
        return article


def analyze_many(articles: Iterable[Article], config: PipelineConfig | None = None,
                 executor: str = "serial", workers: int | None = None,
                 dask_address: str | None = None) -> Iterator[Article]:
    """Analyse many articles, in order, with a loop, a process pool or Dask.

    ``executor``: "serial" (default; fastest for small batches), "process" (a local process pool),
    "dask" (a ``dask.distributed`` cluster at ``dask_address``, or a local one when none is given).
    While it runs, the cyclic collector's young threshold is raised (:func:`batch_gc`, restored when the
    iteration ends or is closed) and the process that analyses freezes the loaded tables after its first
    article (:func:`_freeze_loaded`): see docs/pipeline.md, "The cyclic collector".
    """
    config = config or PipelineConfig()
    items = ((a, config) for a in articles)
    if executor not in ("serial", "process", "dask"):
        raise ValueError(f"unknown executor {executor!r} (serial, process, dask)")
    with batch_gc():  # (a pool's or Dask's results, unpickled here, are as many young objects)
        if executor == "serial":
            yield from map(_analyze_safe, items)
        elif executor == "process":
            # imported here: concurrent.futures.process pulls in multiprocessing, which a serial run never uses
            from concurrent.futures import ProcessPoolExecutor
            with ProcessPoolExecutor(max_workers=workers or os.cpu_count(), initializer=_pool_worker_gc) as pool:
                yield from pool.map(_analyze_safe, items, chunksize=8)
        else:
            from .scale import dask_map
            yield from dask_map(_analyze_safe, items, address=dask_address, workers=workers)
