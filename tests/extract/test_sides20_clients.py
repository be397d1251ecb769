"""A force and its clients joined by و, with the force's pronoun ("جيش الاحتلال التركي ومرتزقته من الفصائل
السورية"), is one joint subject whose first-named force leads (GUIDELINES: joint strikes take the first-named
force; task sides20): the clients' name, nearer the verb, no longer takes the strike. Sentences written for
these tests, with invented details."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def attack_sides(text: str, published: str) -> dict[str, str]:
    evs = analyze(Article(id="cl", raw=text, published=published)).events
    return {e.place.name: e.actor.side for e in evs if e.type == "attack" and e.place is not None}


def test_the_occupier_and_its_mercenaries_are_the_occupier_s() -> None:
    sides = attack_sides("واصل جيش الاحتلال التركي ومرتزقته من الفصائل السورية قصف قرى ناحية بلبل.", "2018-01-25")
    assert set(sides.values()) == {"turkey"}


def test_a_strike_from_the_air_next_in_the_sentence_follows_the_joint_subject() -> None:
    text = ("تقدمت وحدات حماية الشعب نحو قرية كفرجنة. وواصلت قوات الاحتلال التركي ومرتزقتها من الفصائل السورية "
            "قصف قرى ناحية شيخ الحديد، حيث استهدفت الطائرات الحربية ناحية راجو.")
    sides = attack_sides(text, "2018-02-03")
    assert sides and all(v == "turkey" for v in sides.values())
