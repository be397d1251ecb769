"""A clause that is only a date, set off by commas inside the sentence, dates the clause before it (task read22a,
heldout22 half a). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def days(text: str) -> dict[tuple[str, str], str]:
    evs = analyze(Article(id="r22d", raw=text, published="2025-09-23")).events
    return {(e.type, e.place.name): e.date.value for e in evs}


def test_a_date_clause_between_commas_dates_the_clause_before_it() -> None:
    got = days("وقتل شاب برصاص مجهولين في بلدة ذيبان، في الثالث من أيلول الجاري، وهي حادثة بقي فاعلوها مجهولين.")
    assert got[("attack", "ذيبان")] == "2025-09-03"
    assert got[("casualties", "ذيبان")] == "2025-09-03"


def test_a_date_fronted_by_and_dates_the_next_clause_only() -> None:
    got = days("وقتل شاب برصاص مجهولين في بلدة ذيبان اليوم، وفي الثالث من أيلول دخلت دورية للأمن العام بلدة البصيرة.")
    assert got[("attack", "ذيبان")] == "2025-09-23"
    assert got[("enter", "البصيرة")] == "2025-09-03"
