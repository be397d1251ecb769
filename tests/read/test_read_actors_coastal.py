"""A Latakia FSA faction named by the heldout12 set (task read12): its denial of a town's fall makes the
taker its adversary. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def test_the_first_coastal_division_is_the_opposition() -> None:
    art = analyze(Article(id="c", raw="وقال قيادي في الفرقة الساحلية الأولى إن المعارك مستمرة.", published="2016-01-25"))
    assert [m.attrs.get("side") for m in art.mentions if m.kind == "actor"] == ["opposition"]


def test_its_denial_of_a_fall_gives_the_fall_to_its_adversary() -> None:
    art = analyze(Article(id="c", raw="ونفى قيادي في الفرقة الساحلية الأولى سقوط بلدة كنسبا.", published="2016-01-25"))
    got = {(e.type, e.polarity, e.actor.side) for e in art.events}
    assert ("take_control", "denied", "government") in got
