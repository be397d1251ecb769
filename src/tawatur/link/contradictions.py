"""Contradictions inside one merged event: claim vs denial, different numbers, different manner.

Each contradiction lists its sides; a side is one position (asserted / denied, one value, one manner)
with the events, outlets, sources and evidence that hold it, so a reader sees both at once.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable

from ..clean.normalize import fold_text
from ..model import Article, Contradiction, Event, MergedEvent
from .data import manner_cues
from .quantities import overlap, parse_quantity
from .sources import outlet_of


def contradiction_id(merged: str, kind: str) -> str:
    return "ct-" + hashlib.sha1(f"{merged}|{kind}".encode()).hexdigest()[:12]


def sentence_text(event: Event, article: Article | None) -> str:
    """The sentence that holds the event's evidence (its evidence text when sentences are missing)."""
    if article is not None and event.evidence is not None:
        for s in article.sentences:
            if s.start <= event.evidence.start < s.end:
                return article.raw[s.start:s.end] if article.raw else s.text
    if article is not None and 0 <= event.sentence < len(article.sentences):
        return article.sentences[event.sentence].text
    return event.evidence.text if event.evidence else ""


def manner_of(event: Event, article: Article | None) -> tuple[str, str] | None:
    """(manner, cue) read off the evidence sentence: "agreement" or "force", or None."""
    text = fold_text(sentence_text(event, article))
    for manner, cue in manner_cues():
        if cue and cue in text:
            return manner, cue
    return None


def _side(events: list[Event], articles: dict[str, Article], **extra: object) -> dict:
    outlets, sources = [], []
    for ev in events:
        o = outlet_of(articles.get(ev.article), ev)
        if o not in outlets:
            outlets.append(o)
        s = ev.source.name_en or ev.source.name
        if s not in sources:
            sources.append(s)
    evidence = [{"event": ev.id, "article": ev.article, "text": ev.evidence.text,
                 "start": ev.evidence.start, "end": ev.evidence.end}
                for ev in events if ev.evidence is not None]
    return {"events": [ev.id for ev in events], "outlets": outlets, "sources": sources,
            "evidence": evidence, **extra}


def _group(events: list[Event], key: Callable[[Event], object]) -> dict[object, list[Event]]:
    groups: dict[object, list[Event]] = {}
    for ev in events:
        k = key(ev)
        if k is not None:
            groups.setdefault(k, []).append(ev)
    return groups


def is_toll_echo(event: Event, article: Article | None) -> bool:
    """Whether ``event``'s number is the toll a casualties event of its sentence states ("قتل ثلاثة خلال
    اشتباك": the clash carries the 3 of its dead). Such a number is no count of the event's own; reports
    that differ on it differ on the toll, which the casualties merged event shows once."""
    if event.type == "casualties" or not event.quantity or article is None:
        return False
    return any(o.type == "casualties" and o.sentence == event.sentence and o.quantity == event.quantity
               for o in article.events)


def _quantity_groups(events: list[Event], articles: dict[str, Article]) -> list[tuple[tuple[float, float],
                                                                                      list[Event]]]:
    """Events with a quantity of their own, grouped so each group's intervals agree with each other."""
    groups: list[tuple[tuple[float, float], list[Event]]] = []
    for ev in events:
        rng = None if is_toll_echo(ev, articles.get(ev.article)) else parse_quantity(ev.quantity)
        if rng is None:
            continue
        for i, (g, evs) in enumerate(groups):
            if overlap(g, rng):
                groups[i] = ((max(g[0], rng[0]), min(g[1], rng[1])), evs + [ev])
                break
        else:
            groups.append((rng, [ev]))
    return groups


def find_contradictions(me: MergedEvent, members: list[Event],
                        articles: dict[str, Article]) -> list[Contradiction]:
    """Every contradiction among the reports of one merged event."""
    out: list[Contradiction] = []
    by_pol = _group(members, lambda ev: ev.polarity if ev.polarity in ("asserted", "denied") else None)
    if len(by_pol) == 2 and len({ev.article for ev in members}) > 1:
        sides = [_side(by_pol[p], articles, polarity=p, value=p) for p in ("asserted", "denied")]
        out.append(Contradiction(contradiction_id(me.id, "claim-vs-denial"), "claim-vs-denial", me.id,
                                 sides, note=f"{me.type} asserted by some reports and denied by others"))
    asserted = [ev for ev in members if ev.polarity != "denied"]
    for counted in ("", "wounded"):  # the dead (or a count of no kind) against the dead, the wounded apart
        qgroups = _quantity_groups([ev for ev in asserted if (ev.quantity_of == "wounded") == bool(counted)],
                                   articles)
        if len(qgroups) > 1:
            sides = [_side(evs, articles, value=" / ".join(dict.fromkeys(str(e.quantity) for e in evs)))
                     for _, evs in qgroups]
            out.append(Contradiction(contradiction_id(me.id, "quantity" + (f":{counted}" if counted else "")),
                                     "quantity", me.id, sides,
                                     note=f"reports give numbers{' of wounded' if counted else ''} that cannot "
                                          "both be true"))
    manners = _group(asserted, lambda ev: (manner_of(ev, articles.get(ev.article)) or (None,))[0])
    if len(manners) > 1:
        sides = [_side(evs, articles, value=m,
                       cue=[manner_of(e, articles.get(e.article))[1] for e in evs])
                 for m, evs in sorted(manners.items())]
        out.append(Contradiction(contradiction_id(me.id, "manner"), "manner", me.id, sides,
                                 note="reports differ on how it happened (by agreement vs by force)"))
    return out
