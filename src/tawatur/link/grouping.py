"""The clusters one regrouping builds, indexed so that a report is scored only where it can score.

:meth:`tawatur.link.linker.Linker._regroup` walks the reports of a component in a fixed order and puts
each into the best-scoring cluster so far (the first best wins), or starts a new one. Scoring every
cluster of the type made a whole-corpus ``analyze`` quadratic: 5,000 articles cost ten times 1,000 per
article. The scan is cut to clusters that can score above 0, with the same answer:

* :func:`tawatur.link.merge.candidate_score` is 0 unless ``place_match`` accepts one of the places it
  checks (the first ``MAX_PLACE_CHECK`` members'), and ``place_match`` accepts only places sharing a
  :func:`place_keys` key or lying within ``UNRESOLVED_KM`` of each other, which is less than one
  ``LAT_CELL`` of latitude (a great-circle distance is at least the latitude difference). So each
  cluster is indexed under its checked places' keys and latitude bands, and a report looks up its own
  keys and the bands next to its own; the clusters found are scored in cluster order. With
  ``containment`` (a town joins its governorate by admin name) every cluster of the type is scored.
* each cluster keeps a :class:`MemberView` (its members' sides, windows, polarities, triggers), so
  a score costs the same however many members the cluster has.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from ..model import Event, MergedEvent, Place
from .merge import (
    DAY_TOL,
    FORETOLD_DAYS,
    REACH,
    WINDOW,
    MemberView,
    Window,
    campaign,
    date_window,
    view_score,
)
from .places import UNRESOLVED_KM, place_keys

NEAR_REACH = max(DAY_TOL, WINDOW, FORETOLD_DAYS) + 1  # days looked around an event (not a campaign) for candidates
LAT_CELL = 0.1  # degrees of latitude per band: 11.1 km, more than UNRESOLVED_KM
assert UNRESOLVED_KM < LAT_CELL * math.pi / 180 * 6371, "places matched by distance must be in adjacent bands"


def span_of(wins: Iterable[Window]) -> Window | None:
    """(first, last) day of date windows; None for none (a cluster with no windows fits any day)."""
    wins = list(wins)
    return (min(w[0] for w in wins), max(w[1] for w in wins)) if wins else None


def _band(place: Place) -> int | None:
    if place.lat is None or place.lon is None:  # km() needs both
        return None
    return math.floor(place.lat / LAT_CELL)


def block_keys(place: Place | None) -> list[str]:
    """The keys a cluster is found under for one of its checked places."""
    if place is None:
        return []
    band = _band(place)
    return place_keys(place) + ([f"lat:{band}"] if band is not None else [])


def probe_keys(place: Place | None) -> list[str]:
    """The keys a report looks up: its place's keys and its latitude band with the two next to it."""
    if place is None:  # place_match is 0 for a report without a place
        return []
    band = _band(place)
    return place_keys(place) + ([f"lat:{band + d}" for d in (-1, 0, 1)] if band is not None else [])


class ClusterTable:
    """The clusters of one regrouping, in creation order, with what scoring a report against them
    reads: a :class:`MemberView`, the articles (a cluster takes one report per article), the span
    of its members' windows, and the (type, place key) index."""

    def __init__(self, containment: bool) -> None:
        self.containment = containment
        self.ids: list[str] = []
        self.members: list[list[Event]] = []
        self.views: list[MemberView] = []
        self.articles: list[set[str]] = []
        self.spans: list[Window | None] = []
        self.types: list[str] = []
        self.by_type: dict[str, list[int]] = {}
        self.blocks: dict[tuple[str, str], set[int]] = {}

    def add(self, mid: str, me: MergedEvent, members: list[Event], span: Window | None) -> int:
        """A new cluster ``mid`` compared as ``me`` (its type and, with no member loaded, its place,
        side and date); returns its number."""
        k = len(self.ids)
        self.ids.append(mid)
        self.members.append([])
        self.views.append(MemberView(me))
        self.articles.append(set())
        self.spans.append(span)
        self.types.append(me.type)
        self.by_type.setdefault(me.type, []).append(k)
        if not members:
            self._block(k, me.place)
        self._join(k, members)
        return k

    def extend(self, k: int, group: list[Event]) -> None:
        """Add a group of reports to cluster ``k``."""
        wins = [w for m in group if (w := date_window(m)) is not None]
        self.spans[k] = span_of(wins + ([self.spans[k]] if self.spans[k] else []))
        self._join(k, group)

    def _join(self, k: int, events: list[Event]) -> None:
        view = self.views[k]
        for ev in events:
            self.members[k].append(ev)
            self.articles[k].add(ev.article)
            if view.add(ev):
                self._block(k, ev.place)

    def _block(self, k: int, place: Place | None) -> None:
        for key in block_keys(place):
            self.blocks.setdefault((self.types[k], key), set()).add(k)

    def candidates(self, ev: Event) -> list[int]:
        """The clusters that can score ``ev`` above 0, in cluster order."""
        if self.containment:
            return self.by_type.get(ev.type, [])
        found: set[int] = set()
        for key in probe_keys(ev.place):
            found |= self.blocks.get((ev.type, key), set())
        return sorted(found)

    def best(self, ev: Event, fallback: int | None,
             refuse: Callable[[Event, list[Event], str], bool] | None = None,
             vouch: Callable[[Event, list[Event]], bool] | None = None) -> int:
        """The cluster ``ev`` joins: the first of the best-scoring ones, or -1 for none. A cluster whose
        windows all lie further than the event's reach (``REACH`` days for a campaign, ``NEAR_REACH``
        otherwise) from its days is refused by ``compatible_dates`` and not scored. ``refuse(ev,
        members, rule)`` lets the linker turn down a scored cluster by the rule that matched it;
        ``vouch(ev, members)`` lets it vouch for the weakest place match where the sides do not."""
        days = date_window(ev) or ((fallback, fallback) if fallback is not None else None)
        reach = REACH if campaign(ev) else NEAR_REACH
        best, at = 0.0, -1
        for k in self.candidates(ev):
            if ev.article in self.articles[k]:
                continue
            span = self.spans[k]
            if days is not None and span is not None and (
                    span[1] < days[0] - reach or span[0] > days[1] + reach):
                continue
            vouched = vouch is not None and vouch(ev, self.members[k])
            score, rule = view_score(ev, self.views[k], fallback, self.containment, vouched)
            if score > best and refuse is not None and refuse(ev, self.members[k], rule):
                continue
            if score > best:
                best, at = score, k
        return at
