"""A warning tells no event, but does not hide a past one (issue 12). GUIDELINES: only what happened
(asserted), was denied or is expected is an event. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def kinds(text: str, published: str = "2019-05-01") -> set[tuple[str, str, str]]:
    return {(e.type, e.polarity, e.place.name) for e in analyze(Article(id="w", raw=text, published=published)).events}


def test_what_a_warning_warns_of_is_no_event():
    assert kinds("وحذرت الأمم المتحدة من هجوم على مدينة إدلب.") == set()
    assert kinds("وحذرت الفصائل المدنيين من الاقتراب من مدينة إدلب.") == set()


def test_a_past_strike_named_in_a_warning_stands():
    got = kinds("وحذر المرصد من تداعيات القصف الذي استهدف مدينة إدلب أمس.")
    assert got == {("attack", "asserted", "إدلب")}
    told = kinds("وقصفت الطائرات مدينة إدلب، وحذرت الأمم المتحدة من كارثة.")
    assert told == {("attack", "asserted", "إدلب")}


def test_a_place_ranked_among_those_an_event_befell_is_analysis():
    got = kinds("وسيطرت الفصائل على بلدة مورك، لتصبح البلدة الرابعة التي تسقط بيد الفصائل بعد اللطامنة وكفرزيتا.",
                "2024-12-05")
    assert got == {("take_control", "asserted", "مورك")}
    assert kinds("وباتت بلدة مورك البلدة الثانية التي تتقدم نحوها القوات هذا الشهر.", "2024-12-05") == set()
    assert kinds("وغدت مدينة صوران المدينة الثانية التي تقتحمها الفصائل خلال يومين.", "2024-12-05") == set()
