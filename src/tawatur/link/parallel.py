"""Linking independent groups of articles in parallel (a process pool or Dask), with the result of
one serial :class:`~tawatur.link.Linker` run.

The linker compares an article only with articles it can reach within a few days: an event with the
events of the same type at a matching place (same key, or near enough: a coarse grid cell or its
neighbour) within ``MERGE_DAYS`` days, an article with the articles sharing a story anchor or place
within ``stories.DAYS_NEAR`` days; an undated entry reaches every entry of its key. Articles joined by such
reach, transitively, form a *component*; what the linker decides inside one component never looks at
another. So the components are linked separately (several per task, each task in input order) and
put together again: articles in input order, merged events, stories and contradictions in the
linker's order. Only the control timeline spans the whole history of a place, across components: it
is computed once at the end from all merged events, as the linker computes it (``place_control``).

Components follow the data: reports of one place every day chain into one component, so a corpus
about one city links in one task, and a corpus over many regions splits well.
"""
from __future__ import annotations

import math
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from ..model import Analysis, Article, Contradiction, Event
from .control import CONTROL_TYPES, joined
from .linker import Linker, article_day, article_places, place_control
from .merge import REACH, date_window, day_of, index_keys, query_keys
from .places import primary_key
from .stories import DAYS_NEAR, article_keys, features

MERGE_DAYS = REACH + 1  # days between two reports the merge rules may join (widest tolerance + 1)
COARSE_DEG = 0.2  # a cell and its neighbours span >= 17 km in Syria: more than any place match reaches
TASKS_PER_WORKER = 4  # groups of components per worker: balances uneven components


class _Union:
    """Union-find over article positions."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _merge_keys(ev: Event, containment: bool) -> set[str]:
    """Buckets two events that may merge always share: their place keys and neighbouring grid cells
    (the linker's own look-up), and coarse cells with their neighbours, wide enough for the farthest
    place match (``places.UNRESOLVED_KM``). With ``containment`` a town may merge with a region
    that contains it by name: one bucket per type, the widest reach."""
    if containment:
        return {"*"}
    keys = set(index_keys(ev)) | set(query_keys(ev))
    if ev.place is not None and ev.place.lat is not None and ev.place.lon is not None:
        x, y = int(math.floor(ev.place.lat / COARSE_DEG)), int(math.floor(ev.place.lon / COARSE_DEG))
        keys |= {f"coarse:{x + dx}:{y + dy}" for dx in (-1, 0, 1) for dy in (-1, 0, 1)}
    return keys


def _reach(articles: list[Article], containment: bool) -> dict[tuple, list[tuple[int, int, int]]]:
    """Blocking key -> (first day, last day, article position) entries (days -1 when undated), for
    merges and for stories."""
    published = {a.id: a.published for a in articles}
    buckets: dict[tuple, list[tuple[int, int, int]]] = defaultdict(list)
    for i, art in enumerate(articles):
        buckets[("id", art.id)].append((-1, -1, i))  # a repeated id replaces the earlier version
        for ev in art.events:
            win = date_window(ev)
            day = day_of(published.get(ev.article or art.id))
            lo, hi = (win[0], win[1]) if win else ((day, day) if day is not None else (-1, -1))
            for key in _merge_keys(ev, containment):
                buckets[("m", ev.type, key)].append((lo, hi, i))
        anchors = features(art)[1]
        day = article_day(art)
        for key in article_keys(anchors, article_places(art)):
            buckets[("s", key)].append((day, day) + (i,) if day is not None else (-1, -1, i))
    return buckets


def components(articles: list[Article], containment: bool = False) -> list[list[int]]:
    """Positions of the articles, grouped into components no linking decision crosses; each in
    input order, the components ordered by their first article."""
    uf = _Union(len(articles))
    for key, entries in _reach(articles, containment).items():
        window = DAYS_NEAR if key[0] == "s" else MERGE_DAYS
        if key[0] == "id" or any(lo < 0 for lo, _, _ in entries):
            for _, _, i in entries[1:]:  # an undated entry (or a repeated id) reaches all of them
                uf.union(entries[0][2], i)
            continue
        entries.sort()
        reach_hi = entries[0][1]
        for (_, _, i0), (lo, hi, i1) in zip(entries, entries[1:], strict=False):
            if lo - reach_hi <= window:  # within reach of the chain so far
                uf.union(i0, i1)
            reach_hi = max(reach_hi, hi) if lo - reach_hi <= window else hi
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(articles)):
        groups[uf.find(i)].append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def _tasks(comps: list[list[int]], n_tasks: int) -> list[list[int]]:
    """Components packed into ``n_tasks`` groups of similar size (largest first, to the lightest
    group); each group's positions in input order."""
    bins: list[list[int]] = [[] for _ in range(max(1, min(n_tasks, len(comps))))]
    for comp in sorted(comps, key=lambda c: (-len(c), c[0])):
        min(bins, key=len).extend(comp)
    return [sorted(b) for b in bins if b]


def link_group(articles: list[Article], containment: bool = False) -> Analysis:
    """Worker side: one Linker over a group of whole components, in input order."""
    linker = Linker(containment=containment)
    linker.add(articles)
    return linker.analysis()


def _link_task(item: tuple[list[Article], bool]) -> Analysis:
    return link_group(*item)


def _assemble(parts: list[Analysis], order: dict[str, int]) -> Analysis:
    """The parts' union, in the order one Linker gives, with each place's control timeline over the
    merged events of every part."""
    arts = sorted((a for p in parts for a in p.articles), key=lambda a: order[a.id])
    seen = {e.id for a in arts for e in a.events}
    events = [e for a in arts for e in a.events]
    events += [e for p in parts for e in p.events if e.id not in seen]
    merged = sorted((m for p in parts for m in p.merged_events), key=lambda m: (m.date.value or "", m.type, m.id))
    contra: dict[str, list[Contradiction]] = defaultdict(list)
    for p in parts:
        for c in p.contradictions:
            contra[c.merged_event].append(c)
    by_id = {m.id: m for m in merged}
    at_place: dict[str, set[str]] = defaultdict(set)
    for m in merged:
        at_place[primary_key(m.place)].add(m.id)
    places = {primary_key(m.place) for m in merged if m.type in CONTROL_TYPES} - {""}
    ev_by_id = {e.id: e for e in events}
    art_by_id = {a.id: a for a in arts}
    control = {pk: place_control(pk, [by_id[i] for i in sorted(at_place[pk])], ev_by_id, art_by_id)
               for pk in places}
    return Analysis(
        articles=arts, events=events,
        stories=sorted((s for p in parts for s in p.stories), key=lambda s: (s.start or "", s.id)),
        merged_events=merged,
        contradictions=[c for mid in sorted(contra) for c in contra[mid]],
        control=[s for pk in sorted(control) for s in joined(control[pk])],
    )


def link_parallel(articles: Iterable[Article], executor: str = "process", workers: int | None = None,
                  dask_address: str | None = None, containment: bool = False) -> Analysis:
    """Link ``articles`` as ``Linker().add(articles)`` then ``.analysis()`` would, with independent
    components linked on ``executor``: "serial" (in this process, one task per group: for tests and
    benchmarks), "process" (a local process pool) or "dask" (a cluster at ``dask_address``, or a
    local one)."""
    arts = list(articles)
    # one Linker lists its articles by their last version's arrival (a new version replaces the old)
    order = {a.id: i for i, a in enumerate(arts)}
    n_workers = workers or os.cpu_count() or 1
    groups = _tasks(components(arts, containment), TASKS_PER_WORKER * n_workers)
    items = [([arts[i] for i in g], containment) for g in groups]
    return _assemble(list(_run(executor, items, n_workers, dask_address)), order)


def _run(executor: str, items: list[tuple[list[Article], bool]], workers: int,
         dask_address: str | None) -> Iterator[Analysis]:
    fn: Callable[[Any], Analysis] = _link_task
    if executor == "serial":
        yield from map(fn, items)
    elif executor == "process":
        if len(items) <= 1:
            yield from map(fn, items)
            return
        with ProcessPoolExecutor(max_workers=min(workers, len(items))) as pool:
            yield from pool.map(fn, items)
    elif executor == "dask":
        from ..scale import dask_map
        yield from dask_map(fn, items, address=dask_address, workers=workers, batch_size=1)
    else:
        raise ValueError(f"unknown executor {executor!r} (serial, process, dask)")
