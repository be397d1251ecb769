"""The ordered stages, as spaCy runs a ``Doc`` through named components.

Every per-article stage is a pure function ``Article -> Article`` of one article plus read-only
lexicons, registered here by name. The same :func:`analyze` runs in a loop, in a process pool, in a
Dask worker or behind the web app's ingest endpoint. Cross-article work (stories, merged events,
contradictions, control) happens afterwards in :mod:`tawatur.link`, incrementally.
"""
from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
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


def register_stage(name: str, target: str | Stage) -> None:
    """Add or replace a stage (``"module:function"`` or a callable), e.g. an LLM extractor."""
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


class StageError(Exception):
    """A per-article stage raised: which stage, and the original exception as ``__cause__``."""

    def __init__(self, stage: str, cause: BaseException) -> None:
        super().__init__(f"stage {stage!r} failed: {type(cause).__name__}: {cause}")
        self.stage = stage


def analyze(article: Article, config: PipelineConfig | None = None) -> Article:
    """Run one article through the per-article stages; a stage's exception becomes a
    :class:`StageError` naming the stage."""
    config = config or PipelineConfig()
    for name in config.stages:
        if name == "clean" and config.keep_all:
            article.meta["keep_all"] = True
        try:
            article = get_stage(name)(article)
        except Exception as exc:
            raise StageError(name, exc) from exc
    return article


def _analyze_safe(args: tuple[Article, PipelineConfig]) -> Article:
    """:func:`analyze` that never raises: a failure marks this article ``failed`` with the stage and
    the reason in its warnings (it is kept, without events) and the corpus goes on."""
    article, config = args
    try:
        return analyze(article, config)
    except Exception as exc:  # one bad article must not stop a corpus
        article.warnings.append(f"pipeline error: {exc}" if isinstance(exc, StageError)
                                else f"pipeline error: {type(exc).__name__}: {exc}")
        article.meta["failed"] = True
        article.events = []  # what a half-run stage left is not trusted
        return article


def analyze_many(articles: Iterable[Article], config: PipelineConfig | None = None,
                 executor: str = "serial", workers: int | None = None,
                 dask_address: str | None = None) -> Iterator[Article]:
    """Analyse many articles, in order, with a loop, a process pool or Dask.

    ``executor``: "serial" (default; fastest for small batches), "process" (a local process pool),
    "dask" (a ``dask.distributed`` cluster at ``dask_address``, or a local one when none is given).
    """
    config = config or PipelineConfig()
    items = ((a, config) for a in articles)
    if executor == "serial":
        yield from map(_analyze_safe, items)
    elif executor == "process":
        with ProcessPoolExecutor(max_workers=workers or os.cpu_count()) as pool:
            yield from pool.map(_analyze_safe, items, chunksize=8)
    elif executor == "dask":
        from .scale import dask_map
        yield from dask_map(_analyze_safe, items, address=dask_address, workers=workers)
    else:
        raise ValueError(f"unknown executor {executor!r} (serial, process, dask)")
