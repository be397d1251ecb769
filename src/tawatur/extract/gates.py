"""A rule's declared precondition, checked by its caller with one set look-up before the rule is asked (issue 13).

A trigger match asks a hundred short rules in turn, and most answer "not me" because the sentence holds none
of the words they read. A rule declares those words next to itself (``@needs_words``): it can answer only
when the sentence holds one of them, as a token's bare form or its word (``SentenceView.words``, made once a
sentence by ``build_view``). The caller asks ``view.words.isdisjoint(rule.needs)`` and skips the rule (and
its scans) when it holds none. For a rule that reads phrases of a word set, ``phrase_keys`` gives one word
each phrase must hold (its longest word after the first, a linking preposition aside): a sentence without
any of them holds none of the phrases.

The declaration is the rule's own data, read at import, not a list kept by hand at the call site. A wrong
one (the rule answers on a sentence holding none of its words) is caught by the gates' test
(tests/extract/test_speed14_gates.py): with ``OPEN`` set, every view's words meet every rule, so every
declared rule runs, and a wrapper checks each answer against the words the sentence really holds.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import chain
from operator import attrgetter
from typing import TypeVar

F = TypeVar("F", bound=Callable)

DECLARED: list[Callable] = []  # every rule with a declared precondition (the test wraps them)
OPEN = False  # tests only: every view's words meet every rule (so every declared rule runs)


class _Every(frozenset):
    """A view's word set while the gates are open: it meets every rule's words."""

    def isdisjoint(self, other: Iterable) -> bool:  # noqa: ARG002 (it meets any set)
        return False

    def __contains__(self, word: object) -> bool:
        return True


EVERY: frozenset[str] = _Every()


def needs_words(*sets: Iterable[str]) -> Callable[[F], F]:
    """Declare that a rule answers only when the sentence holds one of these words (bare form or word)."""
    def mark(rule: F) -> F:
        rule.needs = frozenset().union(*sets)  # type: ignore[attr-defined]
        DECLARED.append(rule)
        return rule
    return mark


def phrase_keys(phrases: Iterable[str], linking: Iterable[str] = ()) -> frozenset[str]:
    """One word of each phrase that a sentence holding the phrase holds: the longest word after the first
    (the first is mostly a common preposition, "بعد"، "في"), else the first when every word after it is a
    ``linking`` word ("من"، "على"، "أن": "يذكر أن"), a linking word only when no other is left; a one-word
    phrase is its own key."""
    skip = frozenset(linking)
    out = set()
    for p in phrases:
        words = p.split(" ")
        rest = [w for w in words[1:] if w not in skip] or [w for w in words[:1] if w not in skip] or words
        out.add(max(reversed(rest), key=len))  # (ties: the last, the noun after its numeral)
    return frozenset(out)


def words_of(toks: list) -> frozenset[str]:
    """A sentence's word set for the gates: every token's bare form and word (``EVERY`` while open)."""
    if OPEN:
        return EVERY
    return frozenset(chain(map(_BARE, toks), map(_WORD, toks)))  # (C getters: no frame a token)


_BARE, _WORD = attrgetter("bare"), attrgetter("word")
