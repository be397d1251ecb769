"""Task where33 (extract/events.py _passed_by): a place gone by on the way ("عبر بلدة Y"، "مروراً ببلدة Y") after
a convoy's destination is its route, no place of the entry; with no destination named, the crossing it came in by
is the entry's place. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2024-05-01") -> list[tuple[str, str]]:
    evs = analyze(Article(id="w33e", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "") for e in evs]


def test_passing_by_a_town_on_the_way_is_no_entry_there() -> None:
    got = events("ودخلت قافلة عسكرية تركية إلى مدينة إدلب مروراً ببلدة سرمدا")
    assert ("enter", "إدلب") in got and ("enter", "سرمدا") not in got


def test_via_a_town_after_the_destination_is_no_entry_there() -> None:
    got = events("ودخلت قافلة عسكرية تركية إلى مدينة إدلب عبر بلدة سرمدا")
    assert ("enter", "إدلب") in got and ("enter", "سرمدا") not in got


def test_via_a_crossing_with_no_destination_is_the_entry_place() -> None:
    got = events("ودخلت قافلة عسكرية تركية عبر معبر كفرلوسين")
    assert any(t == "enter" and "كفرلوسين" in p for t, p in got)


def test_the_same_town_struck_in_its_own_clause_stays() -> None:
    got = events("وقصفت قوات النظام بلدة سرمدا، ودخلت قافلة عسكرية تركية إلى مدينة إدلب")
    assert ("attack", "سرمدا") in got and ("enter", "إدلب") in got
