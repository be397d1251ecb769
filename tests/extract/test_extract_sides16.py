"""Sides the first-sight articles of task probe16 got wrong (bench/articles_probe16): an arrest told by its noun
("القبض على X"، "ألقت ... القبض على X"، "توقيف X") names the arrested after it, never the agent.
Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze

HEAD = "أخبار البلدات\n\n"


def sides(text: str, day: str = "2025-09-03") -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="a", raw=HEAD + text, published=day)).events
    return {(e.type, e.place.name, e.actor.side) for e in evs if e.place is not None}


def test_the_force_after_an_arrest_noun_is_the_arrested_not_the_agent():
    got = sides("وقال مصدر أمني إن دورية من الأمن العام ألقت القبض على قيادي في تنظيم الدولة قرب بلدة الهول.",
                "2026-01-22")
    assert ("other", "الهول", "government") in got
    got = sides("وأعلنت وحدات حماية الشعب القبض على ثلاثة من عناصر تنظيم داعش في بلدة تل تمر.", "2016-04-11")
    assert ("other", "تل تمر", "sdf") in got


def test_the_agent_before_the_arrest_keeps_its_side():
    got = sides("وألقت قوى الأمن الداخلي القبض على أربعة من فلول النظام في بلدة الصبورة غرب دمشق.")
    assert ("other", "الصبورة", "government") in got


def test_a_force_after_an_attack_nouns_adjectives_with_lam_is_the_attacker():
    got = sides("وتحدثت مصادر محلية عن هجوم مباغت لخلايا التنظيم على حاجز قرب بلدة الكسرة.", "2025-08-19")
    assert ("attack", "الكسرة", "isis") in got
    text = ("شنت طائرات حربية روسية غارات على مدينة الرستن. ويتوقع محللون أن تمهد الغارات لهجوم بري واسع لقوات "
            "النظام على بلدة كفرنبودة.")
    assert ("attack", "كفرنبودة", "government") in sides(text, "2015-09-30")


def test_a_kill_verb_joined_to_a_repelled_attack_is_the_repellers():
    got = sides("وقال قائد ميداني إن الثوار صدوا الهجوم على بلدة عرجون، وقتلوا أكثر من عشرين عنصراً من الميليشيا.",
                "2013-05-21")
    assert ("casualties", "عرجون", "opposition") in got
    assert ("attack", "عرجون", "government") in got
    got = sides("وقالت قوى الأمن الداخلي إن عناصرها صدوا هجوماً على حاجز في بلدة الشدادي، وقتلوا ثلاثة من المهاجمين.",
                "2025-09-30")
    assert ("casualties", "الشدادي", "government") in got


def test_a_definite_strike_at_a_place_struck_by_a_named_force_is_those_strikes_told_again():
    text = ("شنت طائرات حربية روسية غارات على مدينة تلبيسة.\n\nوقال مسؤول محلي إن المدينة تعاني من نقص الأدوية."
            "\n\nوأفاد الدفاع المدني بمقتل سبعة عشر مدنياً جراء الغارات التي استهدفت تلبيسة.")
    assert ("casualties", "تلبيسة", "russia") in sides(text, "2015-09-30")
    text = "قصفت المدفعية التركية قرية جلمة في ريف عفرين.\n\nوقال مسعفون إن ثلاثة أطفال قتلوا في القصف الذي استهدف جلمة."
    assert ("casualties", "جلمة", "turkey") in sides(text, "2018-01-24")


def test_a_definite_strike_at_a_place_nobody_was_said_to_strike_stays_unknown():
    got = sides("قتل ستة أشخاص في التفجير الذي استهدف مبنى البلدية في مدينة حرستا.", "2012-07-20")
    assert {side for kind, _, side in got if kind == "casualties"} == {"unknown"}


def test_the_force_that_takes_part_in_an_event_noun_is_its_agent():
    got = sides("وقالت سانا إن أبناء العشائر يقاتلون ميليشيا قسد، ونفت مشاركة الجيش العربي السوري في الاشتباكات "
                "الدائرة في بلدة ذيبان.", "2024-08-07")
    assert ("attack", "ذيبان", "government") in got
    got = sides("وقالت قسد إن مسلحين هاجموا نقاطها، ونفت مشاركة أي من مقاتليها في الاشتباكات التي شهدتها بلدة دير حافر.",
                "2025-08-12")
    assert ("attack", "دير حافر", "sdf") in got


def test_a_toll_after_a_verb_of_resulting_is_the_agent_of_what_brought_it_about():
    got = sides("نفذت قوى الأمن الداخلي عملية أمنية في مدينة الباب، أسفرت عن مقتل قيادي في تنظيم داعش.", "2025-07-25")
    assert ("casualties", "الباب", "government") in got
    got = sides("وقالت وزارة الداخلية إن وحداتها نفذت حملة تمشيط في بلدة الصنمين أسفرت عن مقتل مطلوبين اثنين.",
                "2025-11-03")
    assert ("casualties", "الصنمين", "government") in got


def test_the_definite_attackers_recall_who_made_the_assault_told_before():
    text = ("هاجمت قوات موالية للحكومة مقراً لقسد قرب بلدة خشام.\n\nوقال مسؤول في قسد إن المهاجمين تقدموا باتجاه "
            "بلدة الطابية قبل أن يتراجعوا.")
    assert ("advance", "الطابية", "government") in sides(text, "2018-02-08")
    text = ("شن مسلحون من فلول النظام هجوماً على حاجز للأمن العام قرب بلدة عين الشرقية.\n\nوقالت الوزارة إن "
            "المهاجمين انسحبوا من قرية الدالية.")
    assert {side for kind, _, side in sides(text, "2025-09-14") if kind == "withdraw"} == {"unknown"}


def test_a_toll_of_others_counts_more_dead_of_the_toll_before_it():
    got = sides("وقتل سبعة مدنيين بقصف لقوات النظام على مدينة خان شيخون، وقتل أربعة آخرون في بلدة الهبيط.",
                "2019-06-02")
    assert ("casualties", "الهبيط", "government") in got


def test_attackers_counted_among_the_dead_did_not_inflict_the_toll():
    text = ("شن مسلحون من تنظيم داعش هجوماً على حاجز للأمن العام قرب بلدة الشحيل.\n\nوقالت الوزارة إن ثلاثة من "
            "المهاجمين قتلوا في بلدة الشحيل.")
    assert ("casualties", "الشحيل", "isis") not in sides(text, "2025-09-14")
