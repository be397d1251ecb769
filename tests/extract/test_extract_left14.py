"""Constructions readers left open (task left14): back-references past a time clause, destinations of a
departure, attack participles as actors, group names that hold a city's name. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze

HEAD = "أخبار البلدات\n\n"


def places(text: str, day: str = "2016-05-01") -> set[tuple[str, str]]:
    evs = analyze(Article(id="a", raw=HEAD + text, published=day)).events
    return {(e.type, e.place.name) for e in evs if e.place is not None}


# (text, an event it tells, an event it must not tell): "البلدة" after a time clause "بعد/قبل <span> من ... X،"
# is the story's town, not X
TIME_CLAUSE = [
    ("قصفت قوات النظام بلدة اللطامنة بالبراميل المتفجرة.\nوبعد أسبوعين من سيطرة فصائل المعارضة على بلدة مورك، "
     "قتل ثلاثة مدنيين في البلدة جراء القصف.", ("casualties", "اللطامنة"), ("casualties", "مورك")),
    ("اقتحمت قوات النظام بلدة كفرنبودة.\nوجاء الاقتحام بعد شهر من انسحاب الفصائل من بلدة الهبيط، وانتشرت قوات "
     "النظام في البلدة.", ("deploy", "كفرنبودة"), ("deploy", "الهبيط")),
    ("قصفت الطائرات الروسية مدينة خان شيخون.\nوقبل أيام من سيطرة قوات النظام على مدينة قلعة المضيق، سقطت عشرات "
     "القذائف على المدينة.", ("attack", "خان شيخون"), ("attack", "قلعة المضيق")),
]


@pytest.mark.parametrize(("text", "told", "not_told"), TIME_CLAUSE)
def test_a_back_reference_skips_the_town_of_a_time_clause(text: str, told, not_told):
    got = places(text)
    assert told in got
    assert not_told not in got


def test_a_time_clause_town_is_still_the_only_town():
    got = places("بعد يومين من سيطرة فصائل المعارضة على بلدة مورك، قصفت قوات النظام البلدة بالمدفعية.")
    assert ("attack", "مورك") in got


def test_a_back_reference_after_the_direction_of_a_departure_is_where_they_went():
    got = places("سيطرت قوات الأسايش على حي طي في مدينة القامشلي.\nوغادر مقاتلو الدفاع الوطني الحي باتجاه المربع "
                 "الأمني وسط المدينة.", "2021-04-25")
    assert ("withdraw", "حي طي") in got
    assert ("withdraw", "القامشلي") not in got


# "المهاجمون" names persons: the flight of which they are the subject is theirs (fighters: withdraw), not civilians'
ATTACKERS_FLEE = [
    ("أفاد مصدر محلي بأن المهاجمين فروا من بلدة اللطامنة بعد الاشتباك.", "اللطامنة"),
    ("فرّ المهاجمون من بلدة مورك بعد اشتباك مع قوات النظام.", "مورك"),
]


@pytest.mark.parametrize(("text", "place"), ATTACKERS_FLEE)
def test_the_attackers_fleeing_are_a_withdraw(text: str, place: str):
    got = places(text)
    assert ("withdraw", place) in got
    assert ("displacement", place) not in got


def sides(text: str, day: str) -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="a", raw=HEAD + text, published=day)).events
    return {(e.type, e.place.name, e.actor.side) for e in evs if e.place is not None}


def test_a_group_named_by_the_place_it_frees_takes_no_place():
    got = places("تبنت حركة تحرير حمص الهجوم على حاجز في حي الوعر.")
    assert ("take_control", "حمص") not in got
    assert ("attack", "الوعر") in got
    assert ("take_control", "حمص") in places("أكدت الفصائل تحرير مدينة حمص بالكامل.")


def test_a_foreign_armys_bare_army_after_syrian_land_is_its_own():
    got = sides("قال الجيش الإسرائيلي إنه رصد إطلاق قذائف من الأراضي السورية، وأضاف أن الجيش قصف مواقع في "
                "القنيطرة.", "2018-03-01")
    assert ("attack", "القنيطرة", "israel") in got


@pytest.mark.parametrize(("day", "side"), [("2017-06-01", "opposition"), ("2020-03-01", "government"),
                                           ("2025-04-11", "unknown")])
def test_the_eighth_brigade_changes_side_over_time(day: str, side: str):
    got = sides("هاجمت قوات اللواء الثامن مواقع في بلدة بصرى الشام.", day)
    assert ("attack", "بصرى الشام", side) in got


def test_a_strike_on_the_reporters_post_by_an_unknown_source_is_unknown():
    got = sides("قالت فصائل المعارضة إن مصدر نيران مجهول استهدف حاجزاً لها في بلدة مورك.", "2016-05-01")
    assert ("attack", "مورك", "unknown") in got
    got = sides("قالت فصائل المعارضة إن قوات النظام استهدفت حاجزاً لها في بلدة مورك.", "2016-05-01")
    assert ("attack", "مورك", "government") in got


def test_a_force_of_a_time_clause_is_not_the_main_clauses_agent():
    got = sides("قصفت قوات النظام بلدة اللطامنة بالبراميل المتفجرة.\nوبعد أسبوعين من سيطرة فصائل المعارضة على بلدة "
                "مورك، قتل ثلاثة مدنيين في البلدة جراء القصف.", "2016-05-01")
    assert ("casualties", "اللطامنة", "government") in got
    got = sides("قصفت الطائرات الروسية مدينة خان شيخون.\nوقبل أيام من سيطرة قوات النظام على مدينة قلعة المضيق، سقطت "
                "عشرات القذائف على المدينة.", "2019-05-20")
    assert ("attack", "خان شيخون", "government") not in got


def test_a_descriptive_adjective_keeps_the_locator_a_locator():
    got = places("قصفت الطائرات الحربية يبرود الجبلية في القلمون وبلدة رنكوس.")
    assert {("attack", "يبرود"), ("attack", "رنكوس")} <= got
    assert ("attack", "القلمون") not in got


def test_fled_prisoners_are_no_side_and_no_withdraw_of_the_announcer():
    got = sides("أعلنت فصائل المعارضة فرار السجناء من سجن إدلب المركزي.", "2016-05-01")
    assert ("other", "سجن إدلب المركزي", "unknown") in got
    assert not any(t == "withdraw" for t, _, _ in got)
    got = sides("أفادت مصادر محلية بفرار عشرات السجناء من سجن تديره قسد في مدينة الحسكة.", "2025-01-20")
    assert ("other", "الحسكة", "unknown") in got
    assert not any(t == "withdraw" for t, _, _ in got)


def test_attackers_fleeing_toward_a_place_give_no_withdraw():
    got = places("هاجم مسلحون حاجزاً في بلدة مورك، وفرّ المهاجمون باتجاه قرية الزكاة.")
    assert ("attack", "مورك") in got
    assert not any(t == "withdraw" for t, _ in got)


def test_a_liberation_group_is_a_rebel_actor_until_the_fall():
    got = sides("تبنت حركة تحرير حمص الهجوم على حاجز في حي الوعر.", "2016-05-01")
    assert ("attack", "الوعر", "opposition") in got


@pytest.mark.parametrize("text", [
    "دخلت قوات النظام أحياء حمص القديمة.\nوجاء خروج المسلحين بعد حصار دام نحو عامين على أحياء المدينة القديمة.",
    "دخلت قوات النظام أحياء حمص القديمة.\nوخرج المسلحون بعد حصار استمر نحو ثلاثة أعوام على أحياء المدينة القديمة.",
])
def test_about_a_span_of_time_is_no_direction(text: str):
    # "نحو عامين" (about two years) counts time: the back-reference after it is where they left, not where they went
    assert ("withdraw", "حمص القديمة") in places(text, "2014-05-09")
