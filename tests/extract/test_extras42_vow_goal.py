"""A vow to go on until a goal (task extras42, issue 12): "ستواصل قواتنا عملياتها حتى تطهير X"، "لن نتوقف حتى
السيطرة على X" name what a force means to reach after حتى; it has not happened and no date is set, so it is no
event (cues.tsv rows of scope purpose). حتى after a past narrative ("بقيت ... حتى انسحاب X") or before a perfect
("واصلت ... حتى سيطرت") tells what happened. Sentences written for these tests, with invented details."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _seen(text: str, published: str = "2018-02-12") -> set[tuple[str, str, str]]:
    got = analyze(Article(id="x42v", raw=text, published=published)).events
    return {(e.type, e.polarity, e.place.name) for e in got if e.place}


def test_the_goal_of_a_vow_is_no_event():
    assert not _seen("وقال قائد ميداني إن وحداته ستواصل عملياتها في ريف عفرين حتى تطهير قرى المنطقة بالكامل.")
    assert not _seen("وقال المتحدث باسم الفصائل إن مقاتليه لن يتوقفوا عند أطراف حلب الغربية حتى السيطرة على "
                     "الكليات العسكرية.", "2016-08-03")


def test_until_in_a_narrative_tells_what_happened():
    assert ("withdraw", "asserted", "منبج") in _seen(
        "وبقيت القريتان على خط التماس سنوات طويلة حتى انسحاب قوات سوريا الديمقراطية من مدينة منبج.", "2025-01-10")
    assert ("take_control", "asserted", "الراموسة") in _seen(
        "واصلت الفصائل هجومها على حي الراموسة حتى سيطرت عليه بالكامل مساء أمس.", "2016-08-03")
