"""What an agreement sets out, and handovers of whole governorates (issue 12, fold P). GUIDELINES "Hard
cases": a handover of a place to a force is `take_control` by the receiver; what an agreement sets out is
`expected`. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2025-05-01"):
    return analyze(Article(id="a", raw=text, published=published)).events


def test_handing_over_governorates_is_a_takeover_by_the_receiver():
    evs = events_of("وسلمت الفصائل المحلية محافظة السويداء إلى الحكومة السورية أمس.")
    got = {(e.type, e.polarity, e.place.name, e.actor.side) for e in evs}
    assert ("take_control", "asserted", "محافظة السويداء", "government") in got


def test_the_terms_of_an_agreement_stay_expected_down_their_list():
    evs = events_of("وينص الاتفاق على وقف القتال على كل خطوط الجبهة فورا، وتسليم محافظتي حماة وإدلب للحكومة بالكامل.")
    got = {(e.type, e.polarity, e.place.name) for e in evs}
    assert got == {("take_control", "expected", "محافظة حماة"), ("take_control", "expected", "محافظة إدلب")}


def test_a_long_list_of_terms_is_expected_to_its_end():
    evs = events_of("ويتضمن الاتفاق كذلك تبادل الأسرى بين الطرفين وإدخال المساعدات الإنسانية إلى الأهالي المحاصرين "
                    "منذ أشهر طويلة في ظروف صعبة للغاية، وانسحاب المسلحين من مدينة معرة النعمان.", "2019-05-01")
    assert {(e.type, e.polarity, e.place.name) for e in evs} == {("withdraw", "expected", "معرة النعمان")}
