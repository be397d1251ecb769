"""An attempt covers what is coordinated after it (issue 12, fold P). GUIDELINES: an attempt to get in or
reach a place is a move on it (`advance`), not an entry or a takeover. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def kinds(text: str, published: str = "2019-05-01") -> set[tuple[str, str]]:
    return {(e.type, e.place.name) for e in analyze(Article(id="t", raw=text, published=published)).events}


def test_a_takeover_coordinated_after_an_attempt_is_attempted_too():
    assert kinds("وحاولت الفصائل اقتحام بلدة مورك والسيطرة عليها.") == {("advance", "مورك")}
    got = kinds("وقالت المصادر إن محاولات المسلحين الوصول إلى سجن حمص المركزي والاستيلاء عليه فشلت.", "2025-05-01")
    assert {t for t, _ in got} == {"advance"}


def test_a_takeover_told_in_its_own_clause_after_an_attempt_stands():
    got = kinds("وحاولت الفصائل اقتحام بلدة مورك، ثم سيطرت القوات على بلدة كفرزيتا.")
    assert ("take_control", "كفرزيتا") in got


def test_what_remains_before_a_force_is_not_taken():
    assert kinds("وبتحرير بلدة مورك يبقى أمام الفصائل مدينة اللطامنة.") == {("take_control", "مورك")}
    assert kinds("وبعد سيطرتها على بلدة مورك يبقى أمامها مدينة اللطامنة.") == {("take_control", "مورك")}
