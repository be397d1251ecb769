"""Vocabulary of 2025-2026 security operations and lists that fan out (issue 12, fold P): sentences written
for these tests. GUIDELINES: a security sweep and closing roads are `other`, a security cordon is `deploy`."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2025-03-10"):
    return analyze(Article(id="s", raw=text, published=published)).events


def types_at(evs, place: str) -> set[str]:
    return {e.type for e in evs if e.place.name == place}


def test_a_security_sweep_is_other_not_an_attack():
    launched = events_of("وأطلقت قوات الأمن العام حملة أمنية في مدينة تلكلخ بحثا عن مطلوبين.")
    assert types_at(launched, "تلكلخ") == {"other"}
    waged = events_of("وشنت قوات الأمن العام حملة أمنية في مدينة تلكلخ.")
    assert types_at(waged, "تلكلخ") == {"other"}
    # an offensive is still an attack
    assert "attack" in types_at(events_of("وشنت الفصائل حملة عسكرية على مدينة تلكلخ."), "تلكلخ")


def test_a_security_cordon_is_a_deployment_a_cordon_on_fighters_a_siege():
    evs = events_of("وفرضت قوى الأمن طوقا أمنيا حول مدينة جبلة مساء أمس.")
    assert types_at(evs, "جبلة") == {"deploy"}
    siege = events_of("وقال المصدر إن الجيش يطوق مدينة جبلة من ثلاث جهات.")
    assert "advance" in types_at(siege, "جبلة")


def test_closing_the_ways_in_and_out_of_a_place_is_other():
    evs = events_of("وأغلقت الشرطة مداخل ومخارج حي الوعر في حمص بعد الحادث.")
    assert "other" in {e.type for e in evs if "الوعر" in e.place.name}


def test_each_pair_after_a_plural_road_head_is_a_road():
    evs = events_of("وأعلن مسؤول أمني إغلاق طرق حمص – طرطوس وحمص – حماة بسبب الاشتباكات.")
    names = {e.place.name_en or e.place.name for e in evs if e.type == "other"}
    assert "Homs-Tartus highway" in names
    assert any("حماة" in (e.place.name or "") and "طريق" in (e.place.name or "") for e in evs)
    assert not {"Homs", "Tartus", "Hama"} & names  # the towns only name the roads
    # with no dash the plural names the towns' own roads
    towns = events_of("وأغلقت السلطات طرق حمص وحماة.")
    assert {"Homs", "Hama"} <= {e.place.name_en for e in towns}


def test_a_semicolon_after_a_plural_cue_opens_its_list():
    evs = events_of("وأطلقت قوات الأمن حملة أمنية على قرى؛ المزيرعة والعباسية ومناطق أخرى بريف حمص الغربي.")
    places = {e.place.name for e in evs if e.type == "other"}
    assert {"المزيرعة", "العباسية"} <= places
    # one word after a semicolon that begins no list is no place
    assert not events_of("وسقطت القذائف على قرى؛ وهذا ما أكده الأهالي.")


def test_a_directional_countryside_may_name_the_governorate_in_full():
    evs = events_of("وأطلقت القوات حملة أمنية بريف محافظة حماة الشمالي صباح اليوم.")
    assert {e.place.name_en for e in evs} == {"Northern Hama countryside"}
