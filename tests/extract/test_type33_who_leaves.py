"""Who leaves decides a departure's type (task type33; GUIDELINES "who leaves, and how"): the subject before a
departure verb is read back to the "إن/أن" that opens its clause; senior officers are commanders (evacuation);
guards who flee are armed men (withdraw). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2017-06-01") -> set[tuple[str, str]]:
    return {(e.type, e.place.name) for e in analyze(Article(id="t33", raw=text, published=published)).events}


def test_a_long_subject_after_the_complementizer_is_who_leaves() -> None:
    got = events("وقال أهالي إن قياديين في الفصيل وأعضاء في المجلس المحلي غادروا مدينة جرابلس فجراً باتجاه مدينة الباب.")
    assert got == {("evacuation", "جرابلس"), ("evacuation", "الباب")}
    # fighters named instead withdraw, at the place they leave only
    got = events("وقال أهالي إن مقاتلين من الفصيل وعائلاتهم غادروا مدينة جرابلس فجراً باتجاه مدينة الباب.")
    assert ("withdraw", "جرابلس") in got and not any(t == "evacuation" for t, _ in got)


def test_senior_officers_leaving_are_an_evacuation() -> None:
    got = events("وأفاد مصدر بأن كبار الضباط غادروا مطار الطبقة العسكري بطائرة نحو دمشق.", "2014-08-01")
    assert {t for t, _ in got} == {"evacuation"}
    got = events("وأفاد مصدر بأن عشرات الجنود غادروا مطار الطبقة العسكري سيراً.", "2014-08-01")
    assert {t for t, _ in got} == {"withdraw"}


def test_guards_who_flee_withdraw_prisoners_who_flee_are_other() -> None:
    assert events("وذكر مصدر أن ستة حراس تمكنوا من الفرار من سجن حلب المركزي.", "2014-02-01") == {
        ("withdraw", "سجن حلب المركزي")}
    assert events("وذكر مصدر أن ستة سجناء تمكنوا من الفرار من سجن حلب المركزي.", "2014-02-01") == {
        ("other", "سجن حلب المركزي")}
