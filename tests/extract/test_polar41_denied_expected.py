"""Task polar41 (issue 12): denied and expected happenings that gave no event at all. A perfect after "قد" in the
complement a denial opens ("نفت أن تكون قواتها قد تقدمت") is the act denied, not "might"; a terms verb behind a
relative clause on its agreement word still opens the terms; a report verb that relays the denier in a comma aside
does not end the denial; a denial's "any" after the denier and an adjunct of time or place is the thing denied; an
expected happening dated after every done telling of its type and place stands beside them, and so does the move of
a batch named as another than the first. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2024-03-10") -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="polar41", raw=text, published=published)).events
    return {(e.type, e.place.name if e.place else "", e.polarity) for e in evs}


def test_a_perfect_after_qad_in_a_denied_complement_is_denied() -> None:
    assert events("نفت هيئة الأركان أن تكون وحداتها قد تقدمت باتجاه قرية معرزيتا ليلاً") == {
        ("advance", "معرزيتا", "denied")}
    got = events("ونفى قائد الشرطة أن تكون عناصره قد نفذت حملة مداهمات في بلدة الهبيط")
    assert ("other", "الهبيط", "denied") in got


def test_the_same_copula_outside_a_denial_stays_no_event() -> None:
    assert events("وبهذا تكون الوحدات قد تقدمت باتجاه قرية معرزيتا من محورين") == set()
    assert events("ونفت هيئة الأركان أن تكون وحداتها قد تتقدم باتجاه قرية معرزيتا") == set()


def test_terms_verb_behind_a_relative_clause_opens_the_terms() -> None:
    got = events("وذكر مصدر أن الاتفاق الذي أبرمه أعيان بلدة المعضمية مع ممثلين عن الحكومة، يقضي بتسليم "
                 "السلاح الخفيف خلال عشرة أيام", "2016-09-01")
    assert ("other", "معضمية الشام", "expected") in got


def test_a_relay_aside_keeps_the_denial() -> None:
    assert events("ونفى قيادي في الفصيل، نقلت عنه شبكة محلية، انسحاب مقاتليه من قرية تل ملح") == {
        ("withdraw", "تل ملح", "denied")}
    got = events("ونفى قيادي في الفصيل انسحاب مقاتليه من قرية تل ملح، ونقلت عنه الشبكة قوله إن الفصيل دخل قرية الجلمة")
    assert ("enter", "الجلمة", "asserted") in got


def test_the_any_after_a_dated_denier_is_denied() -> None:
    got = events("ونفت الفرقة في بيان صباح اليوم أي انسحاب لعناصرها من قرية المشرفة")
    assert got == {("withdraw", "المشرفة", "denied")}


def test_an_expected_happening_dated_after_the_done_one_stands() -> None:
    got = events("اعتقلت قوات الأمن أربعة شبان في بلدة نوى أمس. ومن المقرر أن تعقد لجنة المصالحة جلسة صلح في نوى "
                 "يوم الأحد المقبل.", "2025-05-12")
    assert ("other", "نوى", "asserted") in got
    assert ("other", "نوى", "expected") in got


def test_a_batch_named_as_another_is_a_later_batch() -> None:
    got = events("أفرجت السلطات عن ثلاثين موقوفاً من سجن عدرا أمس، وقال مسؤول إن دفعة جديدة ستخرج من السجن "
                 "قريباً.", "2025-05-12")
    assert ("other", "سجن عدرا", "asserted") in got
    assert ("other", "سجن عدرا", "expected") in got
    got = events("غادر أغلب السكان مخيم الهول خلال العام الماضي، ويرجح أن تغادره الدفعة الأخيرة في الصيف.", "2025-05-12")
    assert ("displacement", "الهول", "expected") in got


def test_a_prediction_without_a_batch_word_is_fulfilled_by_the_done_move() -> None:
    got = events("يتوقع ناشطون أن يغادر المقاتلون بلدة الهامة صباح اليوم. وغادر المقاتلون البلدة ظهرا.", "2016-10-10")
    assert ("withdraw", "الهامة", "expected") not in got
    assert ("withdraw", "الهامة", "asserted") in got
