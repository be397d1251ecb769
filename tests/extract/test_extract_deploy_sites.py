"""Deployments of weapons and posts, and acts on a force's sites (issue 12, recall): GUIDELINES "Presence
and patrols" (deploy) and "Sieges" (advance). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def kinds(text: str, published: str = "2025-05-01") -> set[tuple[str, str]]:
    return {(e.type, e.place.name) for e in analyze(Article(id="t", raw=text, published=published)).events}


def test_weapons_and_posts_set_up_at_a_place_are_a_deployment():
    got = kinds("وانتشرت الأنباء عن توتر في مدينة نوى، حيث نشر الفصيل منصات صواريخ على مداخل المدينة.")
    assert ("deploy", "نوى") in got
    assert ("deploy", "نوى") in kinds("ونشرت القوات حواجز في مدينة نوى.")


def test_news_spread_is_still_no_deployment():
    assert not kinds("ونشرت الوكالة صورا من مدينة نوى.")


def test_a_siege_of_a_forces_headquarters_is_at_the_town_the_sentence_named():
    got = kinds("وقال ناشطون إن الفصيل يتحرك في مدينة نوى بريف درعا الغربي، ويحاصر مقرات الأمن العام.")
    assert ("advance", "نوى") in got
    # a force's sites with no place named before them in the sentence give no place
    assert not kinds("ويحاصر الفصيل مقرات الأمن العام.")


def test_a_place_a_force_takes_as_its_base_is_a_deployment():
    got = kinds("واتخذت القوات الروسية مطار القامشلي قاعدة لها.", "2019-11-20")
    assert ("deploy", "مطار القامشلي") in got


def test_a_base_a_force_held_before_is_status():
    got = kinds("وأخلت القوات الأميركية مطار صرين الذي كانت تتخذه قاعدة لها.", "2019-11-20")
    assert "deploy" not in {t for t, _ in got}


def test_a_force_said_to_be_now_at_a_place_is_deployed_there():
    got = kinds("وقال مصدر إن الجيش سحب وحداته من بلدة مورك، وهي الآن عند مدينة صوران.", "2019-05-01")
    assert ("deploy", "صوران") in got and ("withdraw", "مورك") in got
    # a now with no place after it is none
    assert "deploy" not in {t for t, _ in kinds("وسحب الجيش وحداته من بلدة مورك، وهي الآن في حالة تأهب.")}
    # the place must follow at once: on their way to a place, or in someone's hands, is no presence there
    assert "deploy" not in {t for t, _ in kinds("وخرج المقاتلون من بلدة مورك، وهم الآن في طريقهم إلى مدينة إدلب.")}
    assert not kinds("وهي الآن في أيدي الفصائل بعد معارك في مدينة إدلب.")


def test_a_verb_opening_the_next_clause_shares_the_place_of_the_same_subject():
    got = kinds("دخلت قوة من الجيش، صباح اليوم، قرية الشيوخ في ريف حلب، وتمركزت بين البيوت.", "2016-05-01")
    assert ("deploy", "الشيوخ") in got
    # a new subject named between them acts on its own
    got = kinds("دخلت قوة من الجيش قرية الشيوخ في ريف حلب، والفصائل تمركزت بين البيوت.", "2016-05-01")
    assert ("deploy", "الشيوخ") not in got


def test_what_buses_carry_after_a_comma_carries_the_departure_on_to_its_places():
    got = kinds("وخرجت 30 حافلة صباح اليوم، تقل مقاتلين وعائلاتهم، من مدينة دوما إلى مدينة جرابلس.", "2018-04-09")
    assert {("withdraw", "دوما"), ("displacement", "دوما"), ("displacement", "جرابلس")} <= got


def test_an_attribution_after_the_places_ends_the_departures_arguments():
    got = kinds("وخرجت 20 حافلة تقل مقاتلين مع عائلاتهم من بلدة مضايا باتجاه مدينة إدلب بحسب مصدر عسكري "
                "لوكالة الأنباء في دمشق.", "2017-04-14")
    assert ("displacement", "إدلب") in got
    assert "دمشق" not in {p for _, p in got}
