"""Civilians crossing the border (issue 12, recall of fold O; GUIDELINES types: displacement, "فر، نزوح").
Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.place.name) for e in analyze(Article(id="t", raw=text, published="2016-08-13")).events}


def test_civilians_crossing_the_border_are_displaced_from_where_they_come():
    assert events("وينتظر مئات النازحين من بلدة جرابلس عبور الحدود.") == {("displacement", "جرابلس")}
    assert ("displacement", "جرابلس") in events("واستطاع عشرات الأهالي من بلدة جرابلس عبور الحدود أمس.")


def test_fighters_crossing_the_border_are_no_flight():
    assert not events("ومنع الجيش عشرات المسلحين من بلدة جرابلس من عبور الحدود.")
