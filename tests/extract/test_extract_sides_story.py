"""Sides read from the story and the sentence, not from a fixed table (issue 12, GUIDELINES "Sides"):
sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str) -> list:
    return analyze(Article(id="s", raw=text, published=published)).events


def sides(evs, etype: str, place: str) -> set[str]:
    return {e.actor.side for e in evs if e.type == etype and e.place.name == place}


def test_an_expeller_left_unnamed_is_the_force_of_the_story():
    """"وطرد عناصر داعش منها" after the army stormed the town: the army expels, not the SDF that a fixed
    table makes the enemy of the Islamic State."""
    evs = events_of("وتمكنت وحدات الجيش السوري أمس من اقتحام بلدة السخنة والتقدم في أحيائها "
                    "وطرد عناصر داعش منها.", "2017-08-07")
    assert sides(evs, "take_control", "السخنة") == {"government"}


def test_the_first_force_after_an_expelling_verb_is_its_subject():
    """VSO: "طردت الفصائل عناصر التنظيم من X": the factions expel, the Islamic State is expelled."""
    evs = events_of("وطردت الفصائل عناصر التنظيم من بلدة دابق صباح اليوم.", "2016-10-17")
    assert sides(evs, "take_control", "دابق") == {"opposition"}
    noun = events_of("وتمكنت الفصائل من طرد عناصر التنظيم من بلدة دابق صباح اليوم.", "2016-10-17")
    assert sides(noun, "take_control", "دابق") == {"opposition"}
