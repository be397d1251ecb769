"""An event a page calls people to join ("ندعو الجميع للمشاركة") is planned: expected (cues.tsv, task read14)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _events(text: str) -> list[tuple[str, str]]:
    a = analyze(Article(id="c", raw=text, published="2012-11-22"))
    return [(e.type, e.polarity) for e in a.events]


def test_called_protest_is_expected() -> None:
    got = _events("تنويه: مظاهرة حاشدة في ساحة مدينة الميادين بعد صلاة العشاء، ندعو الجميع للمشاركة.")
    assert got == [("protest", "expected")]


def test_protest_held_stays_asserted() -> None:
    assert _events("خرجت مظاهرة حاشدة في مدينة الميادين، ودعا المتظاهرون إلى إسقاط النظام.") == [("protest", "asserted")]
