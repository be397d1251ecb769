"""Small constructions this session's tasks left (task left27): leading away those just arrested, the dead and the
wounded brought to a hospital, a deal's terms listed after "بنوداً أبرزها". Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2025-03-01") -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="l27", raw=text, published=published)).events
    return {(e.type, e.polarity, e.place.name) for e in evs}


def sides(text: str, published: str = "2025-03-01") -> list[str]:
    return [e.actor.side for e in analyze(Article(id="l27", raw=text, published=published)).events]


def test_leading_away_those_just_arrested_is_the_arrest() -> None:
    text = "وداهمت دورية منازل في بلدة طفس قبل أن تعتقل خمسة شبان وتقتادهم إلى جهة مجهولة."
    assert events(text) == {("other", "asserted", "طفس")}
    assert "civilians" not in sides(text)
    # a seizure of another clause, by other men, is its own kidnapping
    got = events("واعتقلت قوات الأمن العام رجلاً في بلدة داعل، فيما اقتاد مسلحون شابين إلى جهة مجهولة قرب بلدة اليادودة.")
    assert got == {("other", "asserted", "داعل"), ("other", "asserted", "اليادودة")}


def test_the_dead_and_wounded_brought_to_a_hospital_enter_nothing() -> None:
    got = events("وقتل مدنيان بقصف على بلدة معرة حرمة ووصل إلى مشفى إدلب الوطني سبعة جرحى.")
    assert not any(t == "enter" for t, _, _ in got)
    assert ("casualties", "asserted", "معرة حرمة") in got
    assert not any(t == "enter" for t, _, _ in events("ووصلت جثث خمسة قتلى إلى المشفى الوطني في مدينة حماة."))
    # a force arriving stays an entry
    assert events("ووصلت قوات الأمن العام إلى بلدة الشيخ مسكين ظهر اليوم.") == {("enter", "asserted", "الشيخ مسكين")}


def test_terms_listed_after_their_most_notable_are_expected_at_the_deals_place() -> None:
    got = events("ونص اتفاق بلدة كفرلاها على بنود أهمها تسليم السلاح وخروج الرافضين إلى إدلب.", "2018-05-01")
    assert got == {("other", "asserted", "كفرلاها"), ("other", "expected", "كفرلاها"),
                   ("withdraw", "expected", "كفرلاها")}
    # with no deal, a withdrawal that names only where they went gives no event (GUIDELINES)
    assert events("وانسحب المقاتلون إلى إدلب بعد ساعات.", "2018-05-01") == set()
