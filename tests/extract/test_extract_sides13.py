"""Sides the readers left wrong (task sides13): a joint subject whose second force is a part of it in construct
("القوات التركية وعناصر الجيش الحر") takes the first-named force, as GUIDELINES says of joint actions.
Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze

HEAD = "أخبار البلدات\n\n"


def sides(text: str, day: str = "2018-03-10") -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="a", raw=HEAD + text, published=day)).events
    return {(e.type, e.place.name, e.actor.side) for e in evs if e.place is not None}


def test_a_part_of_a_second_force_in_construct_leaves_the_first_named_leading():
    got = sides("وتمكنت القوات التركية وعناصر الجيش الحر من السيطرة على قرية كفرجنة.")
    assert ("take_control", "كفرجنة", "turkey") in got
    got = sides("واستطاعت قوات النظام ومقاتلي حزب الله السيطرة على بلدة الزبداني.", "2017-04-15")
    assert ("take_control", "الزبداني", "government") in got


def test_the_first_named_leads_whichever_force_it_is():
    got = sides("وتمكن عناصر الجيش الحر والقوات التركية من السيطرة على قرية كفرجنة.")
    assert ("take_control", "كفرجنة", "opposition") in got


def test_a_denied_strike_after_a_copula_with_no_subject_is_the_deniers_own():
    got = sides("ونفى الجيش التركي أن يكون قد قصف قرية تل رفعت، متهما الوحدات الكردية بذلك.", "2019-05-10")
    assert ("attack", "تل رفعت", "turkey") in got
    got = sides("ونفت الوحدات الكردية أن تكون قد هاجمت قرية مرعناز.", "2016-07-20")
    assert ("attack", "مرعناز", "sdf") in got


def test_a_subject_named_after_the_copula_is_the_agent_not_the_denier():
    got = sides("ونفى الجيش التركي أن يكون الجيش الوطني قد قصف قرية المالكية.", "2019-05-11")
    assert ("attack", "المالكية", "opposition") in got


def test_air_power_in_an_operation_a_foreign_army_led_is_that_armys():
    got = sides("وضمن عملية غصن الزيتون، قصفت الطائرات الحربية قرية جلمة.", "2018-01-24")
    assert ("attack", "جلمة", "turkey") in got
    got = sides("وقالت فصائل المعارضة المشاركة في عملية غصن الزيتون إن الطيران الحربي قصف قرية ديكو.", "2018-01-27")
    assert ("attack", "ديكو", "turkey") in got


def test_the_operation_named_in_the_sentence_before_still_counts():
    got = sides("وأعلن الجيش الحر تقدمه على محور بلبل ضمن عملية غصن الزيتون.\n\n"
                "وقال قائد ميداني إن الطيران الحربي قصف مواقع الوحدات الكردية في قرية قسطل جندو.", "2018-01-26")
    assert ("attack", "قسطل جندو", "turkey") in got


def test_with_no_operation_named_the_opposition_story_lends_the_air_force():
    got = sides("وقالت فصائل المعارضة إن الطيران الحربي قصف بلدة عندان.", "2016-08-10")
    assert ("attack", "عندان", "government") in got


def test_a_denied_any_strike_as_the_speakers_object_is_its_own():
    got = sides("ونفت وزارة الدفاع الروسية تنفيذ أي غارات على بلدة التمانعة.", "2017-04-09")
    assert ("attack", "التمانعة", "russia") in got
    got = sides("ونفت وزارة الدفاع التركية أي قصف على قرية مرعناز.", "2019-05-12")
    assert ("attack", "مرعناز", "turkey") in got
