"""Task backref17: back-references left open after backref16. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2016-05-10") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="b17", raw=text, published=published)).events
    return [(e.type, e.polarity, e.place.name) for e in evs]


def test_the_city_word_skips_a_passing_city_though_a_village_was_told_since() -> None:
    got = events("أعلنت قوات سوريا الديمقراطية السيطرة على مدينة الطبقة. وفر عناصر التنظيم باتجاه مدينة الرقة. وقصف "
                 "طيران التحالف الدولي مواقع للتنظيم قرب قرية الصفصافة. وقالت القوات إن وحداتها انتشرت في المدينة.")
    assert ("deploy", "asserted", "الطبقة") in got
    assert not any(p == "الرقة" for _, _, p in got)
    got = events("استعاد الجيش السيطرة على مدينة تدمر. وتراجع مسلحو التنظيم نحو مدينة السخنة. وقصفت المدفعية تجمعات "
                 "المسلحين في قرية الباردة. وانتشرت وحدات الهندسة في المدينة لإزالة الألغام.", "2016-03-27")
    assert ("deploy", "asserted", "تدمر") in got
    assert not any(p == "السخنة" for _, _, p in got)
