"""Fatalities counted once: one stated toll is one number, however many events repeat it.

A sentence such as "قتل 200 مسلح في ريف حماة وإدلب وحلب" gives one casualties event per place, each with
the quantity 200; summed they would say 600. ACLED records a toll once, on one event, with the most
conservative figure when reports differ. The rule here (docs/analysis.md, "Fatalities"):

1. Only a casualties event carries a toll, and only a number (digits) of the dead; a vague word
   ("عشرات") is no count, nor a count of the wounded ("إصابة 25": ``Event.quantity_of``). An attack
   reported in the same sentence points at the casualties event, never repeats it.
2. In one article, the events that state the same number in the same sentence are one statement: the
   first of them in the text carries it (``Event.fatalities``); the others get 0 and name the carrier.
3. Across articles, a merged event's toll is the lowest figure its asserted reports state (ACLED's
   conservative figure), carried by that report (``MergedEvent.toll_event``). In events.csv only that
   report's row has fatalities, so the column sums to the total; a denied or expected report counts
   nothing.
"""
from __future__ import annotations

import re

from ..clean.normalize import fold_text
from ..model import Event, MergedEvent

MAX_TOLL = 1_000_000
_NUM = re.compile(r"\d+")


def stated_toll(event: Event) -> int:
    """The number of dead an event states, or 0 (not a casualties event, no number, or absurd)."""
    if event.type != "casualties" or not event.quantity or event.quantity_of == "wounded":
        return 0
    m = _NUM.search(fold_text(str(event.quantity)).replace(",", ""))
    if not m:
        return 0
    n = int(m.group())
    return n if 0 < n < MAX_TOLL else 0


def assign_article_tolls(events: list[Event]) -> None:
    """Rule 2 inside one article's events: each statement of a toll is carried by one event."""
    carriers: dict[tuple[int, int], Event] = {}
    for ev in sorted(events, key=lambda e: (e.evidence.start if e.evidence else 1 << 30, e.id)):
        n = stated_toll(ev)
        ev.fatalities = n
        ev.toll_of = None
        if not n:
            continue
        key = (ev.sentence, n)
        first = carriers.setdefault(key, ev)
        if first is not ev:
            ev.fatalities = 0
            ev.toll_of = first.id


def merged_toll(me: MergedEvent, members: list[Event]) -> None:
    """Rule 3: the merged event's toll and the report that carries it."""
    stated = [ev for ev in members if ev.polarity == "asserted" and ev.fatalities > 0]
    if not stated:
        me.fatalities, me.toll_event = 0, None
        return
    low = min(stated, key=lambda e: (e.fatalities, e.id))
    me.fatalities, me.toll_event = low.fatalities, low.id
