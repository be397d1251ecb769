"""An aircraft or drone right after a strike verb is its subject, and the force written with ل after it owns
it (task sides20): "استهدفت مسيّرة حربية لجيش الاحتلال التركي سيارة" is Turkey's strike, where the ل of an
addressee or target ("لقوات X") used to drop the force and leave the side unknown. A ل-owned force after a verb
with a subject of its own stays its target. Sentences written for these tests, with invented details."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def attack_sides(text: str, published: str) -> set[str]:
    evs = analyze(Article(id="ac", raw=text, published=published)).events
    return {e.actor.side for e in evs if e.type == "attack"}


def test_a_drone_of_the_occupation_army_is_its_owner_s() -> None:
    text = "استهدفت مسيّرة حربية لجيش الاحتلال التركي، مساء اليوم الخميس، دراجة نارية قرب قرية تل كوجر."
    assert attack_sides(text, "2025-02-14") == {"turkey"}


def test_warplanes_of_a_named_force_with_lam_are_that_force_s() -> None:
    assert attack_sides("استهدفت طائرات حربية لقوات الاحتلال الروسي سوقاً شعبية في بلدة كفرنبل.",
                        "2016-01-20") == {"russia"}
    assert attack_sides("استهدفت طائرة مسيرة لجيش الاحتلال الإسرائيلي سيارة قرب بلدة حضر.",
                        "2023-11-02") == {"israel"}


def test_a_patrol_with_lam_after_a_verb_with_its_own_subject_is_the_target() -> None:
    assert attack_sides("استهدف مسلحون مجهولون دورية لجيش الاحتلال التركي قرب قرية تل كوجر.",
                        "2025-05-09") == {"unknown"}
