"""Constructions read in heldout20's second half (task read20b): an agreement's list of terms that runs on past a
long first term, a participle of refusal whose object is filled, and "حيث" opening a clause on the place just
named. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2017-05-10") -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="r20b", raw=text, published=published)).events
    return {(e.type, e.polarity, e.place.name) for e in evs}


def test_a_joined_term_after_a_long_first_term_is_expected() -> None:
    got = events("وتوصل الجيش ووجهاء بلدة الكسوة أمس إلى اتفاق ينص على خروج المقاتلين الرافضين للتسوية مع "
                 "أسلحتهم الخفيفة وعائلاتهم، ودخول وحدات الجيش إلى البلدة بعد انتهاء العملية")
    assert ("enter", "expected", "الكسوة") in got
    assert ("enter", "asserted", "الكسوة") not in got


def test_a_joined_verb_after_the_terms_is_done() -> None:
    got = events("وتوصل الجيش ووجهاء بلدة زاكية إلى اتفاق يقضي بتسليم السلاح الثقيل الموجود لدى الفصائل المحلية "
                 "في البلدة والمزارع المحيطة بها، ودخلت وحدات الجيش إلى البلدة صباح اليوم")
    assert ("enter", "asserted", "زاكية") in got
    assert ("enter", "expected", "زاكية") not in got


def test_who_refuses_the_settlement_does_not_refuse_the_next_term() -> None:
    got = events("وتوصل الجيش ووجهاء بلدة الكسوة أمس إلى اتفاق ينص على خروج المقاتلين الرافضين للتسوية، "
                 "ودخول وحدات الجيش إلى البلدة")
    assert ("enter", "expected", "الكسوة") in got
    # what stands right after the participle is what they refuse
    assert events("وقدّر المصدر عدد المقاتلين الرافضين للخروج من بلدة الكسوة بنحو مئتي مقاتل") == set()


def test_where_clause_happening_is_at_the_place_before_it() -> None:
    got = events("أعلنت وزارة الداخلية تحرير طفل مخطوف في مدينة سرمدا.\nوأوضحت أن دورية للأمن الداخلي رصدت "
                 "الخاطفين في مزرعة على أطراف بلدة حزانو، حيث جرى اشتباك قصير أدى إلى إصابة أحدهم", "2026-01-20")
    assert ("attack", "asserted", "حزانو") in got
    assert ("casualties", "asserted", "حزانو") in got
    assert ("attack", "asserted", "سرمدا") not in got
    got = events("وصلت تعزيزات للأمن العام إلى مدينة جاسم، حيث وقعت اشتباكات مع مسلحين محليين مساء أمس", "2025-06-02")
    assert ("attack", "asserted", "جاسم") in got


def test_where_clause_presence_stays_status() -> None:
    got = events("أعلنت وزارة الداخلية تحرير طفل مخطوف في مدينة سرمدا.\nوأوضحت أن الخاطفين كانوا يختبئون في مزرعة "
                 "على أطراف بلدة حزانو، حيث تنتشر حواجز الأمن العام منذ أشهر", "2026-01-20")
    assert not any(n == "حزانو" for _, _, n in got)


def test_a_terms_condition_is_expected_and_dropped_when_done() -> None:
    text = ("وتوصل النظام ووجهاء بلدة التل إلى اتفاق ينص على تسليم السلاح الثقيل، ودخول قوات النظام إلى البلدة "
            "بعد إتمام عملية الإخلاء")
    got = events(text, "2016-10-20")
    assert ("withdraw", "expected", "التل") in got
    assert ("withdraw", "asserted", "التل") not in got
    got = events("وخرج المقاتلون من بلدة التل صباح اليوم.\n" + text.replace("بلدة التل", "البلدة"), "2016-10-20")
    assert ("withdraw", "asserted", "التل") in got
    assert ("withdraw", "expected", "التل") not in got


def test_reaching_the_edges_told_by_a_back_reference_is_an_advance() -> None:
    got = events("وتقدمت وحدات الجيش نحو بلدة رنكوس، ووصلت إلى أطرافها الشرقية.", "2014-04-15")
    assert got == {("advance", "asserted", "رنكوس")}
    got = events("وحاصرت وحدات الجيش بلدة رنكوس، ثم وصلت إلى وسطها.", "2014-04-15")
    assert ("enter", "asserted", "رنكوس") in got


def test_a_denied_occurrence_reaches_its_any_past_a_long_denier() -> None:
    got = events('ونفت وكالة الأنباء السورية الرسمية "سانا" حصول أي قصف لمدينة الرستن', "2012-05-17")
    assert got == {("attack", "denied", "الرستن")}
    # no denial before it: a fear, no event
    assert events("وأكد ناشطون أن الأهالي يخشون من حصول أي قصف جديد على مدينة الرستن", "2012-05-17") == set()


def test_wounded_passengers_of_a_convoy_are_no_toll() -> None:
    assert events("وأشار إلى أن الجرحى وكبار السن سينقلون بسيارات إسعاف ترافق القافلة من بلدة الكسوة.",
                  "2016-10-13") == set()
    got = events("وقال مسعفون إن الجرحى في بلدة الكسوة تجاوزوا العشرين", "2016-10-13")
    assert ("casualties", "asserted", "الكسوة") in got


def test_what_pressed_a_force_to_leave_is_no_strike_there() -> None:
    got = events("وأشار إلى أن عشرات المسلحين انسحبوا من بلدة رنكوس نحو الجرود تحت وطأة الضربات.", "2014-04-15")
    assert got == {("withdraw", "asserted", "رنكوس")}
    got = events("وانسحب المسلحون من بلدة رنكوس بعد قصف عنيف على البلدة.", "2014-04-15")
    assert ("attack", "asserted", "رنكوس") in got


def test_a_prediction_after_a_strike_stays_expected() -> None:
    got = events("قصفت قوات الأسد بلدة طفس بالمدفعية.\nويتوقع ناشطون أن تشن قوات الأسد حملة عسكرية واسعة على "
                 "البلدة خلال الأيام المقبلة.", "2019-06-18")
    assert got == {("attack", "asserted", "طفس"), ("attack", "expected", "طفس")}
    got = events("يتوقع ناشطون أن تقتحم قوات الأسد بلدة طفس اليوم.\nواقتحمت قوات الأسد البلدة ظهرا.", "2019-06-18")
    assert got == {("enter", "asserted", "طفس")}
