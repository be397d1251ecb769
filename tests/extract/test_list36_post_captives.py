"""Task list36: captives told right after the takeover of one post (an airport, a base), with no place of their
own, were taken in that battle, at the post; a place of their own keeps. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def found(text: str) -> set[tuple[str, str]]:
    evs = analyze(Article(id="s", raw=text, published="2013-01-11")).events
    return {(e.type, e.place.name if e.place else "") for e in evs}


def test_captives_after_a_post_taken_are_at_the_post():
    got = found("سيطر الثوار اليوم على مطار أبو الظهور العسكري بعد حصار طويل. وأسروا عدداً من عناصر الحامية.")
    assert ("other", "مطار أبو الظهور") in got


def test_captives_with_a_place_of_their_own_keep_it():
    got = found("سيطر الثوار اليوم على مطار أبو الظهور العسكري بعد حصار طويل. وأسروا عدداً من العناصر في بلدة سراقب.")
    assert ("other", "سراقب") in got and ("other", "مطار أبو الظهور") not in got
