"""The grouping of a batch into merged events scores each report only against clusters of its type
whose days are within reach: it must give what scoring every cluster gives. The reference below is
that exhaustive loop, run on a random corpus of several types, places, sides and date precisions."""
from __future__ import annotations

import importlib.util
import random
from pathlib import Path

from tawatur.link import Linker
from tawatur.link.merge import candidate_score, identity, merged_id
from tawatur.model import Article, EventDate, MergedEvent

_spec = importlib.util.spec_from_file_location("linkfactory", Path(__file__).with_name("linkfactory.py"))
lf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lf)


def _corpus(seed: int, n: int = 70) -> list[Article]:
    rng = random.Random(seed)
    arts = []
    for i in range(n):
        day = f"2024-{rng.choice((10, 11, 12))}-{rng.randint(1, 28):02d}"
        evs = []
        for k in range(rng.randint(1, 3)):
            ev = lf.event(f"e{i}-{k}", f"a{i}", rng.choice(("take_control", "attack", "withdraw")),
                          rng.choice(list(lf.PLACES)), side=rng.choice(("opposition", "government", "")),
                          day=rng.choice((day, day, day, "")))
            if rng.random() < 0.15:  # a month only ("في تشرين الثاني"): a window of days
                ev.date = EventDate(value=day[:8] + "01", precision="month")
            evs.append(ev)
        arts.append(lf.article(f"a{i}", f"outlet{i % 5}", evs, published=rng.choice((day, day, ""))))
    return arts


def _exhaustive(lk: Linker, events: list) -> set[frozenset[str]]:
    """Every group scored against every cluster (the grouping before it was pruned)."""
    groups: dict[tuple, list] = {}
    for ev in sorted(events, key=lk._order):
        groups.setdefault((ev.article, *identity(ev)), []).append(ev)
    clusters: list[tuple[str, list]] = []
    for group in groups.values():
        ev = group[0]
        best, at = 0.0, -1
        for k, (mid, members) in enumerate(clusters):
            if any(m.article == ev.article for m in members):
                continue
            me = MergedEvent(id=mid, type=members[0].type, place=members[0].place)
            score, _ = candidate_score(ev, me, members, lk._fallback(ev), lk.containment)
            if score > best:
                best, at = score, k
        if at < 0:
            clusters.append((merged_id(ev.id), list(group)))
        else:
            clusters[at][1].extend(group)
    return {frozenset(e.id for e in members) for _, members in clusters}


def test_pruned_grouping_equals_the_exhaustive_one() -> None:
    for seed in range(6):
        arts = _corpus(seed)
        lk = Linker()
        lk.add(arts)
        got = {frozenset(m.events) for m in lk.analysis().merged_events}
        ref = Linker()
        for art in arts:  # the same prepared events, grouped by the reference loop
            ref.articles[art.id] = art
        events = [ev for art in arts for ev in ref._prepare(art)]
        want = _exhaustive(ref, events)
        assert got == want, seed
        assert any(len(g) > 1 for g in got) and len(got) > 10  # merges happen, and not into one
