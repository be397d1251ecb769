"""Task deny24: denials that lost their event or its place. Sentences written for these tests, invented
details, real Syrian places. Types and polarity as eval/GUIDELINES.md sets them."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def keys(text: str, published: str = "2016-09-27") -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="d24", raw=text, published=published)).events
    return {(e.type, e.place.name, e.polarity) for e in evs if e.place is not None}


CLAIM = "سيطرت قوات النظام على حي الكلاسة في مدينة حلب. "


def test_that_denied_still_points_back_when_the_denier_tells_his_own_account():
    """"نفى ذلك، مؤكداً أن الاشتباكات مستمرة في الحي": the denier's own clashes come after the denial word; "ذلك"
    still points at the claim of the sentence before, which is copied as denied."""
    got = keys(CLAIM + "لكن قيادياً في المعارضة نفى ذلك، مؤكداً أن الاشتباكات ما زالت مستمرة في حي الكلاسة")
    assert {("take_control", "الكلاسة", "asserted"), ("take_control", "الكلاسة", "denied"),
            ("attack", "الكلاسة", "asserted")} <= got


def test_that_confirmed_makes_no_denied_copy():
    """The twin: "أكد ذلك، مضيفاً أن ..." confirms the claim; nothing is denied."""
    got = keys(CLAIM + "لكن قيادياً في المعارضة أكد ذلك، مضيفاً أن الاشتباكات ما زالت مستمرة في حي الكلاسة")
    assert ("take_control", "الكلاسة", "asserted") in got
    assert not any(p == "denied" for _, _, p in got)


def test_any_in_a_denied_complement_after_a_long_denier_keeps_the_place():
    """"نفى المتحدث باسم وزارة الدفاع الروسية أن تكون الطائرات قد قصفت أي فرن في حلب": the ministry's adjective
    lengthens the denier, yet the "أي" in the "أن تكون" complement is the denial's any, no hypothetical: the strike
    is denied at Aleppo."""
    got = keys("وفي موسكو، نفى المتحدث باسم وزارة الدفاع الروسية أن تكون الطائرات الروسية قد قصفت أي فرن في حلب")
    assert ("attack", "حلب", "denied") in got
    assert not any(place == "موسكو" for _, place, _ in got)


def test_any_of_a_purpose_in_the_complement_stays_no_event():
    """The twin: "أن تكون الفصائل تخطط لأي هجوم على X" after the same long denier is a plan's object, no strike."""
    got = keys("نفى المتحدث باسم وزارة الدفاع الروسية أن تكون الفصائل تخطط لأي هجوم على مدينة حماة")
    assert ("attack", "حماة", "denied") not in got and ("attack", "حماة", "asserted") not in got
