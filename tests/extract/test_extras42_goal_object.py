"""The object of a purpose ل that means to stop, conclude or follow up a thing (task extras42, issue 12): "في
مسعى لوقف الغارات"، "وساطة لإبرام هدنة"، "لجنة لمتابعة عودة الأهالي" name what a goal is about; no happening is
told (cues.tsv, a purpose row read by its window, as "لاحتواء الهجمات"). A ceasefire reached keeps its terms
expected, and a purpose that secures a return keeps it. Sentences written for these tests, with invented details."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _seen(text: str, published: str = "2024-12-20") -> set[tuple[str, str, str]]:
    got = analyze(Article(id="x42g", raw=text, published=published)).events
    return {(e.type, e.polarity, e.place.name) for e in got if e.place}


def test_what_a_goal_means_to_stop_or_conclude_is_no_event():
    assert not _seen("وتجري وساطة محلية بين عشيرتين في ريف دير الزور الشرقي لإبرام هدنة دائمة في بلدة الشحيل.")
    assert not _seen("وشكلت محافظة حمص لجنة لمتابعة عودة الأهالي إلى قرى ريف القصير خلال الأشهر المقبلة.",
                     "2025-03-02")


def test_a_ceasefire_reached_keeps_its_terms():
    got = _seen("وأعلن المحافظ التوصل إلى اتفاق لوقف إطلاق النار في مدينة الصنمين يقضي بخروج المسلحين من أحيائها "
                "الجنوبية.", "2023-07-09")
    assert ("other", "asserted", "الصنمين") in got
    assert ("withdraw", "expected", "الصنمين") in got
    assert ("displacement", "asserted", "الحولة") in _seen(
        "وانتشرت دوريات من الأمن العام في بلدة الحولة لتأمين عودة الأهالي إليها صباح اليوم.", "2025-03-02")
