"""Whether a report tells a whole town, not a part of it, for the weakest place match.

The linker joins a site named inside a town ("حي X", "محطة الضخ") with a report that names only the
town, because one outlet often names the site and another only the town of one happening. A report
that says the *whole* town was taken ("سيطرت على كامل مدينة X", "سيطرت على المدينة بالكامل", "أعلنت
السيطرة الكاملة على X") is not that coarser naming: it is the town-level step, and the takeover of one
of its quarters the same day is another happening (annotators keep the two apart). Wholeness is read
from the report's own clause: a quantifier of wholeness before the town's name or the word that points
back at it, or an adverb or adjective of completeness ("بالكامل", "بشكل كامل", "التامة"), unless it is
hedged ("بشكل شبه كامل": almost, so not whole).
"""
from __future__ import annotations

import re

from ..clean.normalize import fold_text, strip_article, words
from ..model import Event
from ..read.wordsets import wordlist, wordset
from .control import CONTROL_TYPES
from .places import name_key, town_of

_BACKREF = re.compile(r"place:backref:(\S+)")


def _tokens(event: Event) -> list[str]:
    text = event.evidence.text if event.evidence is not None else ""
    return [w for _, _, w in words(fold_text(text))]


def _named_after(toks: list[str], i: int, heads: set[str]) -> bool:
    """Whether the words from ``i`` name the town: settlement words ("مدينة") skipped, then the first
    word of one of its names, or a definite settlement word ("المدينة") pointing back at it."""
    settlement = wordset("settlement_head")
    while i < len(toks) and toks[i] in settlement:
        i += 1
    if i >= len(toks):
        return False
    word = toks[i]
    return word in heads or strip_article(word) in heads or (
        word != strip_article(word) and strip_article(word) in settlement)


def _complete_at(toks: list[str], i: int) -> bool:
    """A completeness phrase starts at token ``i``: an adverb anywhere ("بالكامل", "بشكل كامل"), or
    an adjective after the noun of control or the one word it is annexed to ("السيطرة الكاملة",
    "سيطرة قواته التامة"; "ليلة كاملة" says nothing of a place)."""
    if any(toks[i:i + len(p)] == p for p in (ph.split() for ph in wordset("whole_adverb"))):
        return True
    return toks[i] in wordset("whole_adjective") and any(
        strip_article(w).startswith(wordlist("control_noun")) for w in toks[max(0, i - 2):i])


def tells_whole(event: Event) -> bool:
    """Whether the event's clause says the whole of its place ("كامل مدينة X", "X بالكامل"), for the
    types that change who holds a place (a strike that "destroyed the building completely" says
    nothing of the town's extent)."""
    if event.place is None or event.type not in CONTROL_TYPES:
        return False
    toks = _tokens(event)
    heads = {k.split()[0] for nm in [event.place.name, *event.place.aliases] if (k := name_key(nm))}
    if (m := _BACKREF.search(event.rule or "")) is not None:
        heads.add(fold_text(m.group(1)))
    hedges = wordset("almost_word")
    for i, word in enumerate(toks):
        if i and toks[i - 1] in hedges:
            continue
        if word in wordset("whole_quantifier") and _named_after(toks, i + 1, heads):
            return True
        if _complete_at(toks, i):
            return True
    return False


def whole_town_apart(event: Event, members: list[Event]) -> bool:
    """Whether joining ``event`` to ``members`` by a site-inside-town match would join a quarter's
    report to a report of the whole town (either way round: the one at the town's level tells it)."""
    for m in members:
        if event.place is None or m.place is None:
            continue
        town = town_of(event.place, m.place)
        if town is not None and tells_whole(event if event.place is town else m):
            return True
    return False
