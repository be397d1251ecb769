"""Constructions the probe29 first-sight articles found (task probe29): prisoners who escape, a count of the
fugitives that names who is arrested, swaps named by their operation, tallies of a campaign, the wounded moved
out, aid convoys, wanted men, protesters on a road, a via phrase before a subject, an ordinal that counts the
happening told. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze

HEAD = "أخبار البلدات\n\n"


def events(text: str, day: str = "2026-02-10") -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="a", raw=HEAD + text, published=day)).events
    return {(e.type, e.place.name, e.polarity) for e in evs if e.place is not None}


def types_at(text: str, place: str) -> set[str]:
    return {t for t, p, _ in events(text) if place in p}


def test_prisoners_counted_in_the_singular_escape_as_other():
    got = types_at("وتمكن تسعة عشر سجيناً من الفرار من سجن حلب المركزي ليلاً.", "سجن حلب")
    assert "other" in got and "displacement" not in got


def test_civilians_who_manage_to_flee_stay_displaced():
    assert "displacement" in types_at("وتمكن مئات المدنيين من الفرار من بلدة كفرزيتا.", "كفرزيتا")


def test_a_count_of_the_fugitives_is_arrested_at_each_town_of_its_list():
    got = events("واعتقلت قوى الأمن ستة من الفارين، أربعة منهم في بلدة أرمناز واثنان في بلدة كفرتخاريم.")
    assert {("other", "أرمناز", "asserted"), ("other", "كفرتخاريم", "asserted")} <= got
    assert not {e for e in got if e[0] == "displacement"}


def test_a_swap_named_by_its_operation_is_other_at_its_place_and_no_advance():
    got = events("وأطلق الطرفان سراح 60 محتجزاً في عملية تبادل جرت على أطراف بلدة تل تمر.")
    assert ("other", "تل تمر", "asserted") in got
    assert not {e for e in got if e[0] == "advance"}


def test_an_exchange_of_accusations_is_no_swap():
    assert not events("وتبادل الطرفان الاتهامات بشأن ما جرى في بلدة تل تمر.")


def test_the_tally_of_a_campaign_is_no_toll_but_that_of_a_shelling_is():
    assert "casualties" not in types_at("ونشرت الوزارة حصيلة الأسبوع الثاني من حملة التفتيش في ريف إدلب الشمالي.",
                                        "ريف إدلب")
    assert "casualties" in types_at("وارتفعت حصيلة القصف على مدينة أريحا إلى ستة قتلى.", "أريحا")


def test_the_wounded_moved_out_through_a_corridor_are_no_toll():
    got = events("وفتحت السلطات ممراً من بلدة بصرى الحرير لإخراج الجرحى والمرضى.", "2026-01-10")
    assert not {e for e in got if e[0] == "casualties"}


@pytest.mark.parametrize(("text", "expected"), [
    ("ودخلت قافلة من ثلاثين شاحنة تابعة للهلال الأحمر إلى مدينة بصرى الشام.", False),
    ("ودخلت قافلة عسكرية تابعة لوزارة الدفاع إلى مدينة بصرى الشام.", True),
])
def test_an_aid_convoy_is_no_force_entering(text: str, expected: bool):
    assert ("enter" in types_at(text, "بصرى الشام")) is expected


def test_a_man_wanted_for_a_kidnapping_tells_no_kidnapping():
    got = events("واتهم الأهالي شاباً ملاحقاً بقضايا خطف في مدينة نوى بالوقوف وراء الحادثة.", "2026-04-01")
    assert not {e for e in got if e[0] == "other"}


def test_a_campaign_against_men_wanted_for_murder_tells_no_toll():
    got = events("وقالت القيادة إن الحملة الأمنية في ريف حماة الغربي تستهدف مطلوبين بجرائم قتل وسرقة.", "2026-08-01")
    assert ("other", "ريف حماة الغربي", "asserted") in got
    assert not {e for e in got if e[0] in ("casualties", "attack")}


def test_a_wanted_man_holed_up_is_no_deployment():
    got = events("وتحصن مطلوب في منزل بقرية الزارة وأطلق النار على الدورية.", "2026-08-01")
    assert "deploy" not in {e[0] for e in got}
    assert ("attack", "الزارة", "asserted") in got


def test_fighters_holed_up_are_deployed():
    got = events("وتحصن مسلحو التنظيم داخل المشفى في مدينة السخنة.", "2016-05-01")
    assert "deploy" in {e[0] for e in got}


def test_a_count_of_more_arrested_after_its_place_is_an_arrest_there():
    assert "other" in types_at("وأوقفت في بلدة الحولة ثلاثة آخرين.", "الحولة")


@pytest.mark.parametrize("text", [
    "وأغلق متظاهرون غاضبون الطريق الرئيسي في مدينة طفس بالحجارة.",
    "وقطع عشرات الأهالي، صباح اليوم، الطريق العام عند مدخل بلدة الشحيل.",
])
def test_protesters_or_a_crowd_closing_a_road_protest(text: str):
    got = {e[0] for e in events(text, "2026-04-01")}
    assert "protest" in got and "other" not in got


def test_the_authority_closing_a_road_is_a_closure():
    got = {e[0] for e in events("وأغلقت قوى الأمن الطريق الرئيسي في مدينة طفس بعد الحادثة.", "2026-04-01")}
    assert "other" in got and "protest" not in got


def test_a_via_phrase_before_the_subject_of_a_departure():
    got = events("وخرجت عبر المعبر نحو أربعين عائلة باتجاه مدينة درعا.", "2026-01-22")
    assert ("displacement", "درعا", "asserted") in got


def test_an_ordinal_that_counts_the_happening_told_adds_no_event():
    got = events("اغتال مسلحون مختاراً أمام منزله في بلدة اليادودة. وهذه رابع عملية اغتيال تطال وجهاء في ريف درعا "
                 "الغربي منذ مطلع العام.", "2026-04-08")
    assert ("casualties", "اليادودة", "asserted") in got
    assert not {e for e in got if "ريف" in e[1]}


@pytest.mark.parametrize(("text", "expected"), [
    ("وتوغلت قوة إسرائيلية في أطراف بلدة الحميدية صباح اليوم.", "enter"),
    ("وتوغلت قوة إسرائيلية إلى أطراف بلدة الحميدية صباح اليوم.", "advance"),
])
def test_an_incursion_inside_the_outskirts_is_an_entry(text: str, expected: str):
    assert expected in types_at(text, "الحميدية")
