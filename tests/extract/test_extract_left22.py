"""Constructions behind the documented leftovers of the read sets (probe21, probe22, sides19, backref19, lex18) that
task left22 took by construction. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2018-10-10") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="l22", raw=text, published=published)).events
    return [(e.type, e.polarity, e.place.name) for e in evs]


def test_an_operation_named_by_the_speaker_is_no_event() -> None:
    assert events('وقال القائد الميداني إن مقاتليه أطلقوا ما سماه "معركة حلب الكبرى".', "2012-07-19") == []
    assert events("وأعلن التنظيم بدء ما أسماه «غزوة الرقة» ضد الفصائل الأخرى.", "2013-06-02") == []
    # the event told beside the name stays
    got = events("وتحدث المتحدث عما سماه معركة دمشق، مؤكداً أن مقاتليه سيطروا على حي الميدان.", "2012-07-21")
    assert [(e[0], e[2]) for e in got] == [("take_control", "حي الميدان")]


def test_a_superlative_of_examples_leaves_the_frame_area_no_event() -> None:
    got = events("وتعرضت قرى سهل الغاب لهجمات متكررة، كان أبرزها الهجوم على بلدة جورين الشهر الماضي.", "2016-03-02")
    assert [(e[0], e[2]) for e in got] == [("attack", "جورين")]
    got = events("وتنتشر في محيط إدلب 12 نقطة مراقبة أقيمت بموجب اتفاق آستانة، أبرزها نقطة مورك في ريف حماة الشمالي.")
    assert [(e[0], e[2]) for e in got] == [("deploy", "مورك")]


def test_a_superlative_before_another_type_frames_nothing() -> None:
    got = events("وتعرضت قرى سهل الغاب لهجمات متكررة، كان أبرزها نزوح أهالي بلدة جورين.", "2016-03-02")
    assert ("attack", "asserted", "سهل الغاب") in got


def test_any_strike_denied_inside_a_that_complement() -> None:
    got = events("ونفت وزارة الدفاع الروسية أن تكون الطائرات الروسية نفذت أي غارة على مدينة خان شيخون.", "2017-04-05")
    assert got == [("attack", "denied", "خان شيخون")]
    assert events("ونفى القيادي أن تكون الفصائل تخطط لأي هجوم على مدينة حماة.", "2019-05-03") == []


def test_consolidating_a_hold_is_status_and_striving_is_expected() -> None:
    text = "ويقول مراقبون إن دمشق تسعى من خلال العملية إلى تثبيت سيطرتها على المعابر غير الشرعية."
    assert events(text, "2025-02-10") == []
    assert events("وتسعى قوات الأمن العام إلى السيطرة على بلدة حاويك.", "2025-02-10") == [
        ("take_control", "expected", "حاويك")]
    assert events("وثبتت قوات الأمن العام سيطرتها على بلدة حاويك بعد اشتباكات.", "2025-02-10") == [
        ("take_control", "asserted", "حاويك")]
