"""Task read24b: constructions of heldout24's half b. The dual verb "شهدا" before a clash noun (two places saw
clashes) is no "شهداء" (martyrs) written without its hamza; "مسألة وقت" said of a move makes it a prediction; a
handover of points located at a town's outskirts is a takeover by the receiver, no advance; "تهجير" with fighters
after it is their withdrawal, with civilians a flight. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2016-02-18") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="read24b", raw=text, published=published)).events
    return [(e.type, e.polarity, e.place.name if e.place else "") for e in evs]


def test_dual_verb_saw_clashes_is_an_attack_at_both() -> None:
    got = events("وقال ناشطون إن حيي الجبيلة والعرضي شهدا أمس اشتباكات عنيفة بين الطرفين", "2013-05-03")
    assert {(t, p) for t, _, p in got} == {("attack", "الجبيلة"), ("attack", "العرضي")}


def test_martyrs_without_hamza_stay_a_toll() -> None:
    got = events("وسقط ثلاثة شهدا في اشتباكات حي الجبيلة", "2013-05-03")
    assert any(t == "casualties" for t, _, _ in got)


def test_a_matter_of_time_is_expected() -> None:
    got = events("وأكد المصدر أن السيطرة على بلدة حيان باتت مسألة أيام")
    assert ("take_control", "expected", "حيان") in got
    got = events("وقال قائد ميداني: «المعركة على تل رفعت مسألة وقت. لا خيار أمامنا»")
    assert ("attack", "expected", "تل رفعت") in got


def test_a_strike_told_before_a_matter_of_time_stays_asserted() -> None:
    got = events("وقصفت الطائرات بلدة حيان بعنف، وقال القائد إن سقوط الجبهة مسألة وقت")
    assert ("attack", "asserted", "حيان") in got


def test_handover_at_the_outskirts_is_a_takeover() -> None:
    got = events("وأضاف المصدر أن المسلحين سلّموا نقاطهم على أطراف بلدة مضايا لوحدات الجيش", "2016-11-30")
    assert ("take_control", "asserted", "مضايا") in got and not any(t == "advance" for t, _, _ in got)


def test_forced_out_fighters_withdraw() -> None:
    got = events("وجرى تهجير مقاتلي الفصائل من بلدة الأتارب إلى عفرين", "2019-01-15")
    assert ("withdraw", "asserted", "الأتارب") in got and not any(t == "displacement" for t, _, _ in got)
    got = events("وانتهت المعارك بتهجير مئات المدنيين من بلدة الأتارب إلى عفرين", "2019-01-15")
    assert ("displacement", "asserted", "عفرين") in got

