"""Constructions the last session documented and left (task left23): a time zone, the imminence of a move, a
victim's hometown. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2025-03-01") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="l23", raw=text, published=published)).events
    return [(e.type, e.polarity, e.place.name) for e in evs]


def test_a_time_zone_names_no_place() -> None:
    got = events("قصفت قوات النظام بلدة كفرنبل عند الساعة العاشرة صباحاً بتوقيت دمشق.")
    assert [(e[0], e[2]) for e in got] == [("attack", "كفرنبل")]
    got = events("خرجت مظاهرة في ساحة السبع بحرات عند الرابعة عصراً بتوقيت دمشق.")
    assert "دمشق" not in {e[2] for e in got}
    # Damascus named as a place stays one
    got = events("وسقطت قذائف على أحياء في دمشق عند منتصف الليل بتوقيت العاصمة.")
    assert ("attack", "دمشق") in {(e[0], e[2]) for e in got}


def test_nearness_before_a_move_is_its_imminence() -> None:
    assert events("وتحدثت مصادر عن قرب انسحاب الفصائل من مدينة طفس.", "2018-03-01") == [
        ("withdraw", "expected", "طفس")]
    assert events("وأكد المصدر قرب سقوط بلدة خان شيخون بيد قوات النظام.") == [
        ("take_control", "expected", "خان شيخون")]
    # before a site, قرب locates
    got = events("انفجرت عبوة ناسفة قرب حاجز للأمن العام في مدينة الصنمين.")
    assert got == [("attack", "asserted", "الصنمين")]
    got = events("انفجرت سيارة مفخخة قرب مكان الانفجار الأول في مدينة أعزاز.")
    assert got == [("attack", "asserted", "أعزاز")]


def test_a_victims_hometown_is_not_where_he_fell() -> None:
    got = events("وقتل مدني من قرية الحراك برصاص مجهولين في مدينة إنخل.")
    assert {(e[0], e[2]) for e in got} == {("casualties", "إنخل"), ("attack", "إنخل")}
    got = events("قتل طفلان من بلدة كفرنبل بقصف مدفعي على مدينة معرة النعمان.")
    assert {(e[0], e[2]) for e in got} == {("casualties", "معرة النعمان"), ("attack", "معرة النعمان")}
    # with no other place, or a locator right after it, the hometown stays the place
    got = events("قتل شاب من بلدة الجيزة بريف درعا الشرقي برصاص مجهولين.")
    assert {(e[0], e[2]) for e in got} == {("casualties", "الجيزة"), ("attack", "الجيزة")}
    got = events("قتل شاب من بلدة الجيزة برصاص مجهولين.")
    assert {(e[0], e[2]) for e in got} == {("casualties", "الجيزة"), ("attack", "الجيزة")}


def test_a_body_named_after_a_place_names_no_event_place() -> None:
    got = events("هاجم جيش حمص حواجز النظام في قرية الغنطو.", "2016-03-01")
    assert [(e[0], e[2]) for e in got] == [("attack", "الغنطو")]
    got = events("وذكر تجمع أحرار حوران أن قوات النظام قصفت بلدة بصر الحرير.", "2015-03-01")
    assert [(e[0], e[2]) for e in got] == [("attack", "بصر الحرير")]


def test_a_protest_noun_before_its_verb_of_going_out() -> None:
    got = events("وأفادت مصادر محلية بأن مظاهرات حاشدة خرجت في مدينة جبلة.", "2024-09-01")
    assert [(e[0], e[2]) for e in got] == [("protest", "جبلة")]
    assert events("وخرجت سيارات الإسعاف من المشفى باتجاه مكان الانفجار.", "2024-09-01") == []


def test_a_truce_breached_by_a_strike_is_no_agreement() -> None:
    got = events("وخرقت قوات النظام الهدنة بقصف مدفعي على بلدة اللطامنة.", "2016-03-01")
    assert [(e[0], e[2]) for e in got] == [("attack", "اللطامنة")]
    got = events("وقصفت قوات النظام بلدة كفرزيتا في خرق جديد للهدنة.", "2016-03-01")
    assert [(e[0], e[2]) for e in got] == [("attack", "كفرزيتا")]
    # a truce reached stays an agreement
    got = events("وتوصلت الفصائل وقوات النظام إلى هدنة في مدينة الزبداني.", "2016-03-01")
    assert [(e[0], e[2]) for e in got] == [("other", "الزبداني")]


def test_the_strike_that_breached_a_truce_is_the_breakers() -> None:
    evs = analyze(Article(id="l23", raw="وقالت مصادر محلية إن القوات الحكومية خرقت الهدنة بقصف قرية المتونة.",
                          published="2016-08-26")).events
    assert [(e.type, e.place.name, e.actor.side) for e in evs] == [("attack", "المتونة", "government")]
    evs = analyze(Article(id="l23", raw="وانتهكت الطائرات الروسية اتفاق وقف إطلاق النار بغارات على مدينة أريحا.",
                          published="2016-03-01")).events
    assert [(e.type, e.place.name, e.actor.side) for e in evs] == [("attack", "أريحا", "russia")]


def test_a_subjectless_exposed_verb_is_the_towns_the_sentence_is_about() -> None:
    got = events("وتعد بلدة سرمين من أكبر بلدات ريف إدلب الشرقي، وقد تعرضت لقصف مدفعي عنيف خلال الأيام الماضية.",
                 "2020-02-01")
    assert [(e[0], e[2]) for e in got] == [("attack", "سرمين")]
    got = events("وتقع قرية الشيخ مسكين في ريف درعا الشمالي، وتعرضت لقصف صاروخي ليلة أمس.", "2020-02-01")
    assert [(e[0], e[2]) for e in got] == [("attack", "الشيخ مسكين")]
