"""Constructions the probe26 first-sight pages (local networks' short items) found (task probe26). Sentences
written for these tests, not copied from any article."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze

HEAD = "أخبار محلية\n\n"


def events(text: str, day: str = "2025-10-08") -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="a", raw=HEAD + text, published=day)).events
    return {(e.type, e.place.name, e.polarity) for e in evs if e.place is not None}


# a dual of shells, in construct too ("قذيفتي هاون"), is a strike like "قذائف": "سقوط" is the shells' fall
DUAL_SHELLS = [
    ("أصيبت امرأة بجروح جراء سقوط قذيفتي هاون على منزلها في قرية الثعلة.", "ثعلة"),
    ("سقوط قذيفتي هاون على حي الحمدانية في مدينة حلب.", "الحمدانية"),
    ("وقال ناشطون إن قذيفتين سقطتا قرب مدرسة في بلدة كفرتخاريم.", "كفرتخاريم"),
]


@pytest.mark.parametrize(("text", "place"), DUAL_SHELLS)
def test_a_dual_of_shells_is_a_strike_not_a_fall(text: str, place: str):
    got = events(text)
    assert any(t == "attack" and place in p for t, p, _ in got)
    assert not {e for e in got if e[0] == "take_control"}


# the killers get away: no civilians flee and no force leaves a place it held
PERPETRATORS = [
    "قتل شاب برصاص مجهولين في بلدة اليادودة، وفر المنفذون إلى جهة مجهولة.",
    "اغتال مجهولون مختار قرية المسيفرة وفر الجناة من المكان.",
    "أطلق ملثمون النار على محل تجاري في بلدة الطيانة ثم فر الجناة باتجاه البادية.",
]


@pytest.mark.parametrize("text", PERPETRATORS)
def test_perpetrators_who_flee_give_no_departure(text: str):
    assert not {e for e in events(text) if e[0] in ("displacement", "withdraw")}


def test_families_who_flee_are_still_displaced():
    got = events("فرت عشرات العائلات من بلدة المسيفرة نحو مدينة درعا.")
    assert ("displacement", "المسيفرة", "asserted") in got


# the firing position after "من" right after a strike is where the fire came from, target named or not
FIRED_FROM = [
    "تزامناً مع قصف مدفعي لقوات النظام من مواقعها في جبل الثردة.",
    "وقال مراسلنا إن القذائف انطلقت من مواقع القوات الحكومية في محيط بلدة المزرعة.",
    "وتعرضت القرية لقصف مدفعي من مواقع الجيش في جبل الثردة.",
]


@pytest.mark.parametrize("text", FIRED_FROM)
def test_a_firing_position_is_no_strike_place(text: str):
    assert not {e for e in events(text) if e[0] == "attack"}


def test_the_target_after_the_firing_position_stays():
    got = events("قصفت قوات النظام من مواقعها في معسكر جورين قرية الزيارة.", "2019-03-02")
    assert ("attack", "الزيارة", "asserted") in got


def test_a_withdrawal_from_positions_keeps_its_place():
    got = events("انسحبت قوات النظام من مواقعها في بلدة مورك بعد قصف عنيف.", "2019-08-20")
    assert any(t == "withdraw" and "مورك" in p for t, p, _ in got)


# a patrol named after "بين" is a party to a clash, not a deployment
PATROL_PARTY = [
    ("اندلعت اشتباكات، فجر اليوم، بين دورية لحرس الحدود ومهربين قرب قرية حوش السيد علي.", "حوش السيد علي"),
    ("دارت مواجهات، مساء أمس، بين دورية للأمن العام ومسلحين في بلدة الصنمين.", "الصنمين"),
]


@pytest.mark.parametrize(("text", "place"), PATROL_PARTY)
def test_a_patrol_in_a_clash_is_a_party_not_a_deployment(text: str, place: str):
    got = events(text)
    assert ("attack", place, "asserted") in got
    assert not {e for e in got if e[0] == "deploy"}


def test_a_patrol_sent_is_still_a_deployment():
    assert ("deploy", "الدرباسية", "asserted") in events("سيرت القوات الروسية دورية في بلدة الدرباسية.")


def test_the_target_after_a_firing_base_in_a_town_stays():
    got = events("وقصف الجيش التركي من مواقعه في بلدة دارة عزة مواقع قوات النظام في مدينة تل رفعت.", "2018-02-10")
    assert any(t == "attack" and "تل رفعت" in p for t, p, _ in got)
    assert not any(t == "attack" and "دارة عزة" in p for t, p, _ in got)


def test_reinforcements_pushed_from_a_city_deploy_at_their_destination_only():
    got = events("ودفعت قوات النظام بتعزيزات من مدينة حماة إلى بلدة مورك.", "2015-02-17")
    assert ("deploy", "مورك", "asserted") in got
    assert not any(t == "deploy" and "حماة" in p for t, p, _ in got)
