"""The state outlet's own army named with its epithet ("جيشنا الباسل"; task read12). Sentences written for
these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _sides(text: str, day: str) -> list[str]:
    art = analyze(Article(id="voice", raw=text, published=day))
    return [m.attrs.get("side", "") for m in art.mentions if m.kind == "actor"]


def test_our_valiant_army_is_the_syrian_army() -> None:
    got = _sides("واستهدفت وحدات من جيشنا الباسل تجمعات للإرهابيين في بلدة حريتان.", "2014-05-22")
    assert got[0] == "government"


def test_our_valiant_armed_forces_are_the_syrian_army() -> None:
    got = _sides("وأعادت قواتنا المسلحة الباسلة الأمن إلى حي الخالدية في حمص.", "2013-07-04")
    assert got == ["government"]
