"""A battle told by a definite noun after the battle for a town (sentences written for these tests)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2018-04-02"):
    return analyze(Article(id="b", raw=text, published=published)).events


def at(evs, etype: str, place_part: str) -> list:
    return [e for e in evs if e.type == etype and place_part.lower() in (e.place.name_en or "").lower()]


def test_the_fighting_a_toll_comes_from_is_an_attack_at_the_town():
    evs = events_of("انسحبت قوات النظام من مدينة حماة مساء الجمعة. "
                    "وذكر مصدر طبي أن المعارك المستمرة منذ ثلاثة أيام خلفت عشرين قتيلا.")
    attacks = at(evs, "attack", "Hama")
    assert attacks and "place:known-battle" in attacks[0].rule
    assert at(evs, "casualties", "Hama")


def test_verb_first_battle_subject_counts_too():
    evs = events_of("دخلت الفصائل مدينة سراقب صباح الأحد. وأسفرت المعارك عن مقتل تسعة جنود.")
    assert at(evs, "attack", "Saraqib")


def test_a_toll_during_the_battles_of_a_takeover_gives_no_attack():
    # "خلال المعارك" dates the toll: the takeover is the event, its manner is none (guidelines)
    evs = events_of("سيطرت الفصائل على مدينة حماة. وأفاد المرصد بمقتل عشرين عنصرا خلال المعارك.")
    assert not at(evs, "attack", "Hama")
    assert at(evs, "casualties", "Hama")


def test_no_battle_told_before_gives_no_place():
    evs = events_of("وذكر مصدر طبي أن المعارك المستمرة منذ ثلاثة أيام خلفت عشرين قتيلا.")
    assert not [e for e in evs if e.type == "attack"]
