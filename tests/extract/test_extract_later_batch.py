"""A later batch of a departure (issue 12, GUIDELINES "Agreements"): what an agreement sets out is expected
unless the article reports it done, but a postponed evacuation ("تأجل") or the departure of those who remain
("خروج من تبقى") is another batch than the one reported done, so it stands beside it. What an exchange gives
in return ("مقابل خروج ...") is a term, expected. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze

HEAD = "أخبار البلدات\n\n"


def moves(text: str) -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="a", raw=HEAD + text, published="2017-04-14")).events
    return {(e.type, e.polarity, e.place.name) for e in evs if e.type in ("displacement", "withdraw")}


def test_a_postponed_evacuation_stands_beside_the_one_done():
    got = moves("وخرج مئات المدنيين من بلدة تلكلخ صباح الخميس. وأضافت المصادر أن إجلاء بلدة تلكلخ تأجل "
                "لتكتمل في دفعة أخرى.")
    assert got == {("displacement", "asserted", "تلكلخ"), ("displacement", "expected", "تلكلخ")}


def test_the_departure_of_those_who_remain_is_a_later_batch():
    got = moves("وغادرت عائلات قرية الحصن فجر الجمعة. وسلم المسلحون أسلحتهم الثقيلة مقابل خروج من تبقى من "
                "أهالي قرية الحصن بعد أيام.")
    assert got == {("displacement", "asserted", "الحصن"), ("displacement", "expected", "الحصن")}


def test_a_term_given_in_exchange_is_expected_and_dropped_once_done():
    assert moves("وسلم المسلحون أسلحتهم الثقيلة مقابل خروج عائلاتهم من قرية الحصن.") == {
        ("displacement", "expected", "الحصن")}
    assert moves("وسلم المسلحون أسلحتهم الثقيلة مقابل خروج عائلاتهم من قرية الحصن. وغادرت عائلات قرية "
                 "الحصن فجر الجمعة.") == {("displacement", "asserted", "الحصن")}


def test_those_who_remain_leaving_in_the_perfect_is_done():
    assert moves("وخرج من تبقى من أهالي بلدة تلكلخ صباح السبت.") == {("displacement", "asserted", "تلكلخ")}
