"""Constructions of 2025 news (issue 12) that the trigger table missed: sentences written for these tests,
with invented details. Types as eval/GUIDELINES.md sets them: a ceasefire is `other`, a raid is `attack`,
a checkpoint set up is a force posted (`deploy`)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2025-07-18"):
    return analyze(Article(id="n25", raw=text, published=published)).events


def typed(evs) -> set[tuple[str, str, str]]:
    return {(e.type, e.place.name, e.actor.side) for e in evs}


def test_a_ceasefire_in_the_accusative_with_an_adjective_is_no_shooting():
    """"وقفاً شاملاً لإطلاق النار": the verbal noun وقف as an object, an adjective before لإطلاق النار."""
    evs = events_of("أعلنت الرئاسة السورية وقفا شاملا لإطلاق النار في مدينة السويداء مساء أمس.")
    assert {e.type for e in evs} == {"other"}
    evs = events_of("وأعلن الطرفان وقفاً فورياً لإطلاق النار في بلدة جرمانا.", "2025-04-30")
    assert {e.type for e in evs} == {"other"}
    # a shooting stays a shooting
    evs = events_of("وأطلق مسلحون النار على حاجز للأمن العام في بلدة جرمانا.", "2025-04-30")
    assert "attack" in {e.type for e in evs}


def test_a_raid_told_with_the_perfect_of_aghara_is_an_attack():
    evs = events_of("أغار الطيران الإسرائيلي على مواقع عسكرية في مدينة الكسوة بريف دمشق.", "2025-08-10")
    assert ("attack", "الكسوة", "israel") in typed(evs)
    evs = events_of("وأغارت طائرات حربية إسرائيلية على محيط مدينة إزرع فجر اليوم.", "2025-05-02")
    assert "attack" in {e.type for e in evs}


def test_a_checkpoint_set_up_is_a_force_posted_there():
    """"أقامت القوة حاجزاً" (the subject may stand between verb and object): deploy by the subject."""
    evs = events_of("أقامت قوات الاحتلال الإسرائيلي حاجزا عسكريا على مدخل بلدة خان أرنبة.", "2025-05-20")
    assert ("deploy", "خان أرنبة", "israel") in typed(evs)
    evs = events_of("ونصب عناصر الأمن العام حواجز على مداخل مدينة جبلة.", "2025-03-08")
    assert ("deploy", "جبلة", "government") in typed(evs)
