"""The future س before a verb tells what is expected, not what happened (GUIDELINES "Polarity":
`expected`). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def kinds(text: str, published: str = "2019-05-01") -> set[tuple[str, str, str]]:
    return {(e.type, e.polarity, e.place.name) for e in analyze(Article(id="f", raw=text, published=published)).events}


def test_a_verb_in_the_future_is_expected():
    assert kinds("وقال القائد إن قواته ستنسحب من مدينة إدلب غدا.") == {("withdraw", "expected", "إدلب")}


def test_a_verb_whose_root_begins_with_sin_is_no_future():
    got = kinds("وقالت الفصائل إنها سيطرت على مدينة إدلب وستسيطر على مدينة حماة.")
    assert got == {("take_control", "asserted", "إدلب"), ("take_control", "expected", "حماة")}
