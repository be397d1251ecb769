"""The grouping of a batch into merged events scores each report only against clusters of its type
whose days are within reach: it must give what scoring every cluster gives. The reference below is
that exhaustive loop, run on a random corpus of several types, places, sides and date precisions."""
from __future__ import annotations

import importlib.util
import random
from pathlib import Path

from tawatur.link import Linker
from tawatur.link.merge import candidate_score, identity, merged_id
from tawatur.model import Article, EventDate, MergedEvent, Place

_spec = importlib.util.spec_from_file_location("linkfactory", Path(__file__).with_name("linkfactory.py"))
lf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lf)


# places that match without sharing a key: an unresolved spelling 3 km from a gazetteer city (matched
# by distance and a shared name word), a second gazetteer entry on the same spot, and a place just across
# a latitude band boundary from it (bands are 0.1 degree)
EXTRA = {
    "homs_unresolved": Place(name="حمص الجديدة", lat=34.755, lon=36.72, kind="city"),
    "homs_twin": Place(name="مدينة الوعر", lat=34.731, lon=36.712, kind="city", gazetteer_id="g-waer"),
    "band_edge": Place(name="حي البياضة", lat=34.799, lon=36.70, kind="city"),
    "band_edge_variant": Place(name="البياضة", lat=34.801, lon=36.70, kind="city"),
    "nowhere": Place(name="قرية بلا إحداثيات", kind="village"),
}
PLACES = [*lf.PLACES.values(), *EXTRA.values(), None]
TRIGGERS = ("حظر التجوال", "الإفراج عن معتقلين", "")


def _corpus(seed: int, n: int = 70, wide: bool = False) -> list[Article]:
    rng = random.Random(seed)
    arts = []
    for i in range(n):
        day = f"2024-{rng.choice((10, 11, 12))}-{rng.randint(1, 28):02d}"
        evs = []
        for k in range(rng.randint(1, 3)):
            types = ("take_control", "attack", "withdraw", "other") if wide else ("take_control", "attack",
                                                                                     "withdraw")
            ev = lf.event(f"e{i}-{k}", f"a{i}", rng.choice(types),
                          rng.choice(PLACES if wide else list(lf.PLACES.values())),
                          side=rng.choice(("opposition", "government", "")),
                          day=rng.choice((day, day, day, "")), trigger=rng.choice(TRIGGERS) if wide else "",
                          polarity=rng.choice(("asserted", "asserted", "denied", "expected")) if wide
                          else "asserted")
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


def test_indexed_grouping_equals_the_exhaustive_one_on_places_matched_without_a_shared_key() -> None:
    """Reports at places that match by distance only (an unresolved spelling, a second gazetteer entry
    on the same spot, two places on either side of a latitude band boundary), places without
    coordinates or without any place, "other" events told with different triggers, and the
    containment mode, which scores every cluster of the type."""
    for containment in (False, True):
        for seed in range(4):
            arts = _corpus(seed, n=90, wide=True)
            lk = Linker(containment=containment)
            lk.add(arts)
            got = {frozenset(m.events) for m in lk.analysis().merged_events}
            ref = Linker(containment=containment)
            for art in arts:
                ref.articles[art.id] = art
            want = _exhaustive(ref, [ev for art in arts for ev in ref._prepare(art)])
            assert got == want, (containment, seed)
            places = {ev.place.name for g in got if len(g) > 1 for ev in (ref.events[i] for i in g)
                      if ev.place is not None}
            assert {"حمص الجديدة", "البياضة"} & places  # the distance-only places do merge
