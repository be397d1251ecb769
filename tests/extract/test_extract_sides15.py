"""Sides the read sets got wrong, by general cause (task sides15). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def sides(text: str, published: str = "2025-10-06") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="s15", raw=text, published=published)).events
    return [(e.type, e.place.name, e.actor.side) for e in evs]


def test_a_clash_verb_and_its_duration_before_between_still_name_the_first_party() -> None:
    got = sides("واشتباكات متقطعة تدور منذ ساعات بين عناصر الأمن العام ومسلحين محليين في بلدة الصنمين.")
    assert ("attack", "الصنمين", "government") in got


def test_an_auxiliary_and_a_checkpoint_before_between_still_name_the_first_party() -> None:
    got = sides("وكانت اشتباكات قد اندلعت فجر اليوم عند مدخل بلدة الكرك بين قوات الأمن العام ومسلحين من عشيرة محلية.",
                "2025-06-02")
    assert ("attack", "الكرك", "government") in got


def test_asayish_in_brackets_deploys_for_the_sdf() -> None:
    got = sides("وانتشرت قوى الأمن الداخلي (الأسايش) في حي الأشرفية بمدينة حلب صباح اليوم.", "2025-11-03")
    assert [s for t, _, s in got if t == "deploy"] == ["sdf"]


def test_shells_that_fell_with_no_firer_named_are_unknown() -> None:
    got = sides("وأفاد ناشطون بسقوط قذائف صاروخية على بلدة الأتارب في ريف حلب الغربي.", "2014-03-11")
    assert ("attack", "الأتارب", "unknown") in got


def test_barrel_bombs_that_fell_keep_the_side_they_name() -> None:
    got = sides("وسقط برميل متفجر على سوق شعبي في مدينة داريا.", "2014-03-11")
    assert [s for t, _, s in got if t == "attack"] == ["government"]


def test_a_fall_right_after_a_named_strike_is_that_strike_s_sequel() -> None:
    got = sides("وقصفت مدفعية النظام فجر أمس بلدة التمانعة. وفي مساء اليوم نفسه، سقطت قذائف على قرية الخوين.", "2014-03-11")
    assert ("attack", "الخوين", "government") in got
