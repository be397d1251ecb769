"""Task read16: constructions read from articles_heldout16's errors. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2021-08-19") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="r16", raw=text, published=published)).events
    return [(e.type, e.place.name, e.polarity) for e in evs]


def test_an_expectation_steps_over_an_attribution_before_its_complement() -> None:
    got = events("ويُنتظر، بحسب مصادر في لجنة التفاوض المركزية، أن تنشر قوات النظام ثلاث نقاط عسكرية داخل مدينة جاسم.")
    assert got == [("deploy", "جاسم", "expected")]
    got = events("ومن المنتظر، نقلاً عن ضابط في غرفة العمليات، أن يدخل الجيش مدينة تدمر قبل نهاية الأسبوع.")
    assert got == [("enter", "تدمر", "expected")]


def test_a_said_with_an_attribution_aside_stays_asserted() -> None:
    got = events("وقال مصدر محلي، نقلاً عن شهود عيان، إن قوات النظام دخلت بلدة الحراك صباح اليوم.")
    assert got == [("enter", "الحراك", "asserted")]
