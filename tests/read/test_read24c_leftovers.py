"""heldout24's left-overs (task read24c): a part of a year before "عام" ("صيف عام 2014") is one date mention, so
a date set off by a comma after the clause still dates it; an indefinite adjective after a named actor
("فصائل معارضة") joins it, so the allegiance after it ("مدعومة من أنقرة") names the factions' backer."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _events(text: str) -> list[tuple[str, str, str, str]]:
    a = analyze(Article(id="r", raw=text, published="2024-05-01"))
    return [(e.type, e.place.name if e.place else "", e.actor.side if e.actor else "", e.date.value[:4])
            for e in a.events]


def test_season_of_the_year_after_a_comma_dates_the_clause() -> None:
    got = _events("وكان تنظيم داعش قد سيطر على حقل الشاعر في ريف حمص الشرقي، صيف عام 2014")
    assert [(t, s, y) for t, _, s, y in got] == [("take_control", "isis", "2014")]


def test_start_of_the_definite_year_after_a_comma() -> None:
    got = _events("وكانت قوات النظام قد استعادت مدينة تدمر من تنظيم داعش، مطلع العام 2017")
    assert [(t, y) for t, _, _, y in got] == [("take_control", "2017")]


def test_bare_season_year_unchanged() -> None:
    got = _events("وكانت قوات النظام قد استعادت مدينة تدمر من تنظيم داعش، صيف 2016")
    assert [(t, y) for t, _, _, y in got] == [("take_control", "2016")]


def test_backed_factions_with_an_adjective_are_the_opposition() -> None:
    got = _events("وكانت فصائل معارضة مدعومة من أنقرة قد طردت تنظيم داعش من بلدة الراعي في آب 2016")
    assert [(t, s) for t, _, s, _ in got] == [("take_control", "opposition")]


def test_turkish_forces_stay_turkey() -> None:
    got = _events("وكانت القوات التركية قد طردت تنظيم داعش من بلدة الراعي في آب 2016")
    assert [(t, s) for t, _, s, _ in got] == [("take_control", "turkey")]
