"""Task polar43: a refutation verb ("دحض"، "فنّد") denies the report it refutes, as "كذّب" does; a report confirmed
stays asserted. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2019-06-10") -> list[tuple[str, str, str, str]]:
    evs = analyze(Article(id="polar43", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "", e.polarity, e.actor.side) for e in evs]


def test_a_refuted_report_is_denied() -> None:
    got = events("ودحض ناطق باسم الفصائل رواية الإعلام الرسمي عن تقدم قوات النظام نحو بلدة الهبيط")
    assert got == [("advance", "الهبيط", "denied", "government")]
    got = events("وفنّدت قيادة الفصائل في بيان ما نشرته قنوات موالية عن دخول قوات النظام إلى قرية الحويز")
    assert [(t, p, pol) for t, p, pol, _ in got] == [("enter", "الحويز", "denied")]


def test_a_confirmed_report_stays_asserted() -> None:
    got = events("وأكد ناطق باسم الفصائل رواية الإعلام الرسمي عن تقدم قوات النظام نحو بلدة الهبيط")
    assert got == [("advance", "الهبيط", "asserted", "government")]
