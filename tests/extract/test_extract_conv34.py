"""Splits the readable golds coded two ways, settled once by eval/GUIDELINES.md (task conv34; docs/conventions.md,
bench/sentences/conv34.txt). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def types_at(text: str, published: str = "2024-03-02") -> list[tuple[str, str]]:
    evs = analyze(Article(id="c34", raw=text, published=published)).events
    return sorted((e.type, e.place.name) for e in evs)


def test_shelling_told_as_a_habit_of_a_place_is_no_event() -> None:
    assert types_at("وتتعرض مدينة خان شيخون لقصف شبه يومي منذ مطلع أيار الماضي.", "2019-06-02") == []
    assert types_at("وكانت بلدة كفرنبودة قد تعرضت لقصف متكرر خلال سنوات الحرب.", "2019-06-02") == []


def test_a_dated_shelling_of_a_place_stays_an_attack() -> None:
    assert types_at("وتعرضت مدينة خان شيخون لقصف مدفعي عنيف صباح اليوم.", "2019-06-02") == [("attack", "خان شيخون")]
    assert types_at("وتعرضت بلدة كفرنبودة أمس لغارات جوية متتالية.", "2019-06-02") == [("attack", "كفرنبودة")]


def test_a_killing_by_unnamed_gunmen_or_a_sniper_is_an_attack_and_its_toll() -> None:
    got = types_at("قتل شاب برصاص مسلحين مجهولين في بلدة الحارة بريف درعا الشمالي مساء أمس.")
    assert got == [("attack", "الحارة"), ("casualties", "الحارة")]
    got = types_at("أصيب رجل مسن برصاص قناص في حي القابون شرقي دمشق.")
    assert got == [("attack", "القابون"), ("casualties", "القابون")]
    # no shooter told: the toll only
    assert types_at("وتوفي شاب من بلدة الحارة متأثراً بجراح أصيب بها قبل أسبوع.") == [("casualties", "الحارة")]


def test_a_road_near_a_town_is_the_road() -> None:
    got = types_at("وانفجرت عبوة ناسفة بسيارة عسكرية على طريق درعا - طفس قرب بلدة اليادودة.")
    assert got == [("attack", "طريق درعا - طفس")]
