"""Constructions the probe21 first-sight articles found (task probe21). Sentences written for these tests."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze

HEAD = "أخبار البلدات\n\n"


def events(text: str, day: str = "2017-04-05") -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="a", raw=HEAD + text, published=day)).events
    return {(e.type, e.place.name, e.polarity) for e in evs if e.place is not None}


# the wounded already told, carried for care: the hospitals' towns are no place of a toll
CARRIED = [
    "ونقل المصابون إلى مستشفيات في مدينتي أريحا وسرمدا.",
    "وأسعف الجرحى إلى مشفى مدينة الباب، حيث وصفت حالة اثنين منهم بالحرجة.",
]


@pytest.mark.parametrize("text", CARRIED)
def test_wounded_carried_to_hospitals_tell_no_toll(text: str):
    assert not {e for e in events(text) if e[0] == "casualties"}


def test_the_toll_before_the_carrying_stays():
    got = events("قتل أربعة مدنيين بقصف مدفعي على بلدة كفرنبل، ونقل المصابون إلى مشفى معرة النعمان.")
    assert ("casualties", "كفرنبل", "asserted") in got
    assert not {e for e in got if e[0] == "casualties" and "معرة" in e[1]}


def sides(text: str, day: str = "2014-03-24") -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="a", raw=HEAD + text, published=day)).events
    return {(e.type, e.place.name, e.actor.side if e.actor else "unknown") for e in evs if e.place is not None}


def test_a_den_of_the_enemy_is_what_was_hit_not_the_agent():
    got = sides("وذكر مصدر عسكري سوري أن وحدات من الجيش دمرت أوكاراً للإرهابيين في قرية السمرا.")
    assert ("attack", "السمرا", "government") in got


def test_yesterday_before_a_full_date_in_an_aside_dates_the_clause():
    evs = analyze(Article(id="a", raw=HEAD + "قصفت الطائرات الحربية مدينة خان شيخون، صباح أمس الثلاثاء 4 نيسان، "
                          "بالصواريخ.", published="2017-04-05")).events
    assert [e.date.value for e in evs if e.type == "attack"] == ["2017-04-04"]


def test_the_present_is_no_place_but_the_town_under_its_cue_is():
    got = events("ونفت الحكومة استخدام أي أسلحة محظورة في الماضي أو الحاضر، وقالت إن قواتها قصفت مستودعاً في "
                 "بلدة التمانعة.")
    assert not {e for e in got if "الحاضر" in e[1]}
    got = events("وسيطرت قوات النظام على بلدة الحاضر في ريف حلب الجنوبي.", "2015-11-12")
    assert ("take_control", "الحاضر", "asserted") in got


def test_a_strike_recalled_in_a_lead_adjunct_is_no_new_attack():
    got = sides("قتل عنصران بهجوم على نقطة عسكرية في بلدة ذيبان.\nوعلى إثر الهجوم، نشرت قسد حواجز في البلدة.",
                "2025-05-28")
    assert not {e for e in got if e[0] == "attack" and e[2] == "sdf"}
    assert ("attack", "ذيبان", "unknown") in got


@pytest.mark.parametrize("text", ["وانتهت الحملة بتسوية أوضاع المئات وتسليم أسلحتهم في مركز مدينة تلكلخ.",
                                  "وسلم المسلحون أسلحتهم المتوسطة في وسط مدينة جاسم."])
def test_weapons_handed_over_in_a_part_of_a_town_are_no_takeover(text: str):
    got = events(text, "2025-01-30")
    assert not {e for e in got if e[0] == "take_control"}
    assert {e[0] for e in got} == {"other"}


@pytest.mark.parametrize("text", ["وقال الدفاع المدني في إدلب إن فرقه انتشلت جثث تسعة عشر شخصاً من منازل مدمرة.",
                                  "وقالت مديرية الصحة في حلب إن عشرة مدنيين قتلوا خلال يومين."])
def test_the_seat_of_a_civil_body_that_speaks_is_no_event_place(text: str):
    assert not events(text)


def test_a_place_right_after_a_time_linker_is_a_milestone_not_the_goal():
    got = events("ويتوقع خبراء عسكريون أن يتجه الجيش السوري بعد تدمر نحو مدينة القريتين.", "2016-03-27")
    assert got == {("advance", "القريتين", "expected")}
