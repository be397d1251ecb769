"""Task left29: an inability ("عجزت ... عن التقدم نحو X") denies the move, with its "any" ("عن تحقيق أي تقدم")
read as nothing done, not as a hypothetical; an attempt told as failed ("فشلت محاولة ... اقتحام X") is the
attempter's attack, as a thwarted one, no advance and no entry; a negated relative clause about a group ("جماعات
لم تنضم إلى الهدنة") describes those hit, no agreement, and leaves the strike its place. Sentences written for
these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2019-05-10") -> list[tuple[str, str, str, str]]:
    evs = analyze(Article(id="left29", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "", e.polarity, e.actor.side) for e in evs]


def test_inability_denies_the_advance() -> None:
    assert events("وعجزت القوات المهاجمة عن التقدم نحو قرية الحويز") == [("advance", "الحويز", "denied", "unknown")]
    got = events("وعجزت قوات النظام عن تحقيق أي تقدم نحو بلدة كفرنبودة")
    assert got == [("advance", "كفرنبودة", "denied", "government")]


def test_the_any_after_a_failure_is_nothing_done() -> None:
    got = events("ولم تتمكن الفصائل من تحقيق أي تقدم نحو قرية الحويز")
    assert got == [("advance", "الحويز", "denied", "opposition")]


def test_a_bare_negation_of_another_verb_leaves_the_any_hypothetical() -> None:
    assert events("وقال البيان إن الطيران لم يشارك في أي قصف على بلدة كفرنبل خلال اليوم") == []


def test_a_managed_advance_is_asserted() -> None:
    got = events("وتمكنت قوات النظام من التقدم نحو بلدة كفرنبودة")
    assert got == [("advance", "كفرنبودة", "asserted", "government")]


def test_a_failed_attempt_is_the_attempters_attack() -> None:
    got = events("وفشلت محاولة الفصائل اقتحام بلدة معان في ريف حماة")
    assert got == [("attack", "معان", "asserted", "opposition")]
    got = events("وأخفقت محاولة قوات النظام اقتحام حي جوبر")
    assert got == [("attack", "جوبر", "asserted", "government")]


def test_a_negated_relative_about_those_hit_is_no_agreement() -> None:
    got = events("وقصفت الطائرات الروسية مواقع جماعات لم تنضم إلى الهدنة في بلدة كفرزيتا", "2016-03-05")
    assert got == [("attack", "كفرزيتا", "asserted", "russia")]
    got = events("واستهدفت المدفعية مقرات فصائل لم توقع على اتفاق التسوية في مدينة جاسم", "2016-03-05")
    assert [t for t, *_ in got] == ["attack"]


def test_joining_a_truce_is_an_agreement() -> None:
    got = events("وانضمت فصائل مدينة الرستن إلى الهدنة يوم السبت", "2016-03-05")
    assert ("other", "الرستن", "asserted", "opposition") in got
