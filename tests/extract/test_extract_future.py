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


def test_close_to_doing_it_is_expected_close_to_an_advance_is_one():
    got = kinds("وبات الجيش يقترب من كسر الحصار عن بلدة نبل.", "2017-09-01")
    assert got == {("other", "expected", "نبل")}
    got = kinds("وتقترب القوات من السيطرة على مدينة الرقة.", "2017-09-01")
    assert got == {("take_control", "expected", "الرقة")}
    # approaching a place, or a new advance, is itself a move toward it
    assert kinds("وتقترب القوات من مدينة الرقة.", "2017-09-01") == {("advance", "asserted", "الرقة")}
    got = kinds("وتقترب الفصائل من إحراز تقدم إضافي نحو مدينة الرقة.", "2017-09-01")
    assert ("advance", "asserted", "الرقة") in got
