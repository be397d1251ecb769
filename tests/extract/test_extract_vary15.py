"""Rules of session 15 widened to the same construction in other words (task vary15): a feminine noun of
suspected belonging after a verb of opinion, the state outlet's "قواتنا الباسلة", a body described by
the seat it keeps, a repelled attack whose launcher is named after it. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze

HEAD = "أخبار البلدات\n\n"


def sides(text: str, day: str) -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="a", raw=HEAD + text, published=day)).events
    return {(e.type, e.place.name if e.place else "", e.actor.side) for e in evs}


def test_a_group_thought_to_belong_is_identified_not_an_opinion():
    got = sides("وهاجمت مجموعة مسلحة يعتقد بانتمائها إلى تنظيم داعش نقطة عسكرية في بلدة السخنة.", "2026-05-21")
    assert ("attack", "السخنة", "isis") in got


def test_our_valiant_forces_are_the_army():
    got = sides("وقصفت قواتنا الباسلة أوكار الإرهابيين في قرية دير العدس.", "2015-02-12")
    assert ("attack", "دير العدس", "government") in got


@pytest.mark.parametrize("text", [
    "وصدت فصائل المعارضة هجوماً لقوات النظام على بلدة كفرنبودة، وقتلت خمسة عشر عنصراً منها.",
    "وصد الثوار هجوماً شنته قوات النظام على بلدة كفرنبودة، وقتلوا خمسة عشر عنصراً منها.",
    "الثوار صدوا هجوماً لقوات النظام على بلدة كفرنبودة، وقتلوا عشرة عناصر.",
])
def test_the_repeller_kills_when_the_launcher_is_named(text: str):
    got = sides(text, "2016-06-16")
    assert ("attack", "كفرنبودة", "government") in got
    assert ("casualties", "كفرنبودة", "opposition") in got


def test_a_body_described_by_its_seat_deploys_nowhere():
    got = sides("وذكرت الشبكة السورية لحقوق الإنسان التي تتخذ من لندن مقراً لها أن طائرات النظام قصفت مدينة أريحا.",
                "2019-01-11")
    assert not any(t == "deploy" for t, _, _ in got)
    assert ("attack", "أريحا", "government") in got


def test_a_force_taking_a_base_still_deploys():
    got = sides("واتخذت قوات النظام من مدرسة البلدة مقرا لها في قرية الهبيط.", "2019-01-11")
    assert ("deploy", "الهبيط", "government") in got


@pytest.mark.parametrize("text", [
    "انسحبت الفصائل من قرية الهبيط، وقصفها الطيران الحربي بعد ساعات.",
    "وكانت الفصائل قد انسحبت من قرية الهبيط، واستهدفها الطيران الحربي بعد ساعات.",
])
def test_a_joined_air_strike_is_not_the_subject_that_flew_none(text: str):
    got = sides(text, "2019-05-06")
    assert ("attack", "الهبيط", "opposition") not in got
    assert ("attack", "الهبيط", "government") in got


def test_a_joined_drone_strike_keeps_its_subject():
    got = sides("وسيطرت الفصائل على قرية الهبيط، وقصفت بالطيران المسير مواقع قوات النظام.", "2019-05-06")
    assert ("attack", "الهبيط", "opposition") in got


@pytest.mark.parametrize("text", [
    "ونفذ الأمن العام حملة أمنية في قرية الدالية، نتج عنها مقتل مسلحين اثنين.",
    "ونفذ الأمن العام حملة أمنية في قرية الدالية، أسفرت عن مقتل ثلاثة مسلحين.",
])
def test_dead_gunmen_after_a_resulted_toll_are_no_agent(text: str):
    assert any(t == "casualties" and s == "government" for t, _, s in sides(text, "2025-05-07"))
