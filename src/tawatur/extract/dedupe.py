"""One event per happening within an article (see ``eval/GUIDELINES.md``)."""
from __future__ import annotations

from datetime import date

from ..model import Event

# A move on one place is one happening: two forces credited with the same takeover, entry, advance or
# withdrawal on the same day are two sources (or a side misread), annotated once with the first-named
# force (GUIDELINES "Sides"). Attacks, casualties, deployments and agreements have two parties in earnest.
_ONE_MOVER = frozenset({"take_control", "enter", "advance", "withdraw"})


def _place_key(e: Event) -> str:
    p = e.place
    return (p.gazetteer_id or p.name) if p else ""


def dedupe(events: list[Event]) -> list[Event]:
    """One event per (type, polarity, place, side) in an article: the best-attributed, earliest.

    A side that was only implied (no actor named) does not make a second event where the same happening
    already has a named side."""
    best: dict[tuple, Event] = {}
    order: list[tuple] = []
    for e in _one_mover_a_day(events):
        implied = e.rule.endswith("side:implied")
        base = (e.type, e.polarity, _place_key(e))
        named = [k for k in order if k[:3] == base and not best[k].rule.endswith("side:implied")]
        if implied and named:
            continue
        key = (*base, e.actor.side)
        if not implied:
            for k in [k for k in order if k[:3] == base and best[k].rule.endswith("side:implied")]:
                order.remove(k)
                best.pop(k)
        cur = best.get(key)
        if cur is None:
            best[key] = e
            order.append(key)
        elif cur.source.name_en == "the article" and e.source.name_en != "the article":
            best[key] = e
    kept = [best[k] for k in order]
    # what was expected (an agreement's terms, a plan) and is reported done in the same article is the
    # done event only
    done = {(e.type, _place_key(e)) for e in kept if e.polarity == "asserted"}
    kept = [e for e in kept if not (e.polarity == "expected" and (e.type, _place_key(e)) in done)]
    return [e for e in kept if not _vaguer_than_another(e, kept)]


def _vaguer_than_another(e: Event, events: list[Event]) -> bool:
    """"ريف حلب" when the same article reports the same kind of event in "ريف حلب الغربي"."""
    p = e.place
    if p is None or p.kind != "countryside" or not p.admin1:
        return False
    return any(o is not e and o.type == e.type and o.polarity == e.polarity and o.place is not None
               and o.place.kind == "countryside" and o.place.admin1 == p.admin1
               and o.place.gazetteer_id != p.gazetteer_id and o.place.name.startswith(p.name + " ")
               for o in events)


def _day(e: Event) -> date | None:
    try:
        return date.fromisoformat(e.date.value[:10]) if e.date.precision == "day" else None
    except ValueError:
        return None


def _same_move(a: Event, b: Event) -> bool:
    """Same type, polarity and place, another side, within a day: a retaking takes longer."""
    if a.type != b.type or a.polarity != b.polarity or _place_key(a) != _place_key(b):
        return False
    da, db = _day(a), _day(b)
    return da is not None and db is not None and abs((da - db).days) <= 1


def _one_mover_a_day(events: list[Event]) -> list[Event]:
    """Keep the first-named force of a one-mover happening (``_ONE_MOVER``) credited to two sides.

    An implied side never pushes out a named one (``dedupe`` then drops the implied)."""
    kept: list[Event] = []
    for e in events:
        implied = e.rule.endswith("side:implied")
        if e.type in _ONE_MOVER and any(_same_move(k, e) and (implied or not k.rule.endswith("side:implied"))
                                        for k in kept):
            continue
        kept.append(e)
    return kept
