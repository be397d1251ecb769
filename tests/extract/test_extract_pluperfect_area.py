"""Three constructions of background paragraphs in 2025-2026 news (issue 12): كان before "قد" makes a
pluperfect whatever letter the perfect opens with ("وكانت الوحدات قد تسلمت"), not "قد" + imperfect (might);
"تسلم إدارة X" is taking X over; "المنطقة" recalls the place the text called "منطقة X", and a pronoun after
it ("منها") that area. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, day: str = "2025-06-02") -> set[tuple[str, str, str]]:
    return {(e.type, e.polarity, e.place.name) for e in analyze(Article(id="q", raw=text, published=day)).events
            if e.place is not None}


def test_a_pluperfect_with_a_perfect_opening_with_ta_is_told_done():
    got = events("وكانت فصائل المعارضة قد تقدمت نحو بلدة كفرنبل قبل عامين.")
    assert ("advance", "asserted", "كفرنبل") in got


def test_qad_with_an_imperfect_and_no_kana_still_only_might():
    got = events("ويقول محللون إن فصائل المعارضة قد تتقدم نحو بلدة كفرنبل.")
    assert not any(t == "advance" and p == "كفرنبل" for t, _, p in got)


def test_taking_over_the_administration_of_a_crossing():
    got = events("وجاء القصف بعد أسبوع من تسلم وزارة الداخلية إدارة معبر نصيب من الفصائل المحلية.")
    assert ("take_control", "asserted", "معبر نصيب") in got


def test_taking_over_an_office_is_no_takeover_of_the_town():
    got = events("وتسلم العميد إدارة الملف الأمني في مدينة جبلة أمس.")
    assert not any(t == "take_control" for t, _, _ in got)


def test_the_area_recalls_the_named_area_not_the_town_named_since():
    got = events("عادت مئات الأسر إلى منطقة عفرين من بلدة نبل. "
                 "وكانت القوات الكردية قد تسلمت إدارة المنطقة بعد انسحاب قوات النظام منها عام 2012.")
    assert ("take_control", "asserted", "عفرين") in got
    assert ("withdraw", "asserted", "عفرين") in got
    assert not any(p == "نبل" and t in ("take_control", "withdraw") for t, _, p in got)
