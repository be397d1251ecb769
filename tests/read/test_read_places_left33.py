"""Task left33: a company, a family or a clan named after its owner ("مجموعة القاطرجي"، "شركة X"، "عائلة X"، "آل X") names
no place, though a quarter of a town shares the name; the town after it is then where, not its locator. Each beside its
twin. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def places(text: str) -> set[str]:
    evs = analyze(Article(id="l33p", raw=text, published="2020-05-10")).events
    return {e.place.name for e in evs if e.place is not None}


def test_a_company_named_after_its_owner_is_no_quarter():
    """"مستودعات مجموعة القاطرجي في مدينة البوكمال": the strike is at the town; the group is no quarter of it."""
    got = places("واستهدفت غارة مستودعات مجموعة القاطرجي في مدينة البوكمال.")
    assert "البوكمال" in got
    assert not any("القاطرجي" in p for p in got)


def test_a_quarter_with_its_cue_stays_a_quarter():
    """The twin: "حي القاطرجي" with its cue is the quarter where the shell fell."""
    assert any("القاطرجي" in p for p in places("وسقطت قذيفة على حي القاطرجي في مدينة حلب."))
