"""Constructions met in a mixed 2020-2026 wire (issue 12, task probe4b): sentences written for these tests,
with invented details. Types as eval/GUIDELINES.md sets them."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2025-03-01"):
    return analyze(Article(id="pr4b", raw=text, published=published)).events


def test_time_drawing_near_is_no_advance():
    """"مع اقتراب شهر رمضان/موعد الانتخابات": the verbal noun's subject is a time, nobody moves; a force
    drawing near a place is still an advance."""
    assert not events_of("وتشهد أسواق حلب ازدحاما كبيرا مع اقتراب عيد الفطر.")
    assert not events_of("ويتصاعد التوتر في مدينة القامشلي مع اقتراب موعد الانتخابات المحلية.")
    evs = events_of("وأفاد ناشطون باقتراب الفصائل من بلدة خان شيخون.")
    assert ("advance", "خان شيخون") in {(e.type, e.place.name) for e in evs}


def test_a_place_falling_into_a_forces_hands_is_that_forces():
    """"سقطت X بيد Y"، "سقوطها في أيدي Y": the fall verb names the loser when its subject is a force
    ("سقط النظام في حماة" is blocked elsewhere), but the force after يد/أيدي is the one the place fell to."""
    evs = events_of("وسقطت مدينة سراقب بيد فصائل المعارضة بعد هجوم مباغت.", "2024-11-30")
    assert ("take_control", "opposition") in {(e.type, e.actor.side) for e in evs}
    evs = events_of("ونفت القيادة العامة للجيش سقوط بلدة مورك بيد فصائل المعارضة.", "2024-12-01")
    assert ("take_control", "denied", "opposition") in {(e.type, e.polarity, e.actor.side) for e in evs}


def test_a_flash_with_no_body_is_the_report():
    """"عاجل: الجيش يدخل مدينة X" alone is a wire flash: with no body to tell it, the flash line is the
    report (a bare headline with no body may be analysis, "سيطرة X على Y تربك...", and stays unread). Over a body, a headline still adds nothing of its own (GUIDELINES: a headline sums up its body)."""
    evs = events_of("عاجل: قوات الحكومة تدخل مدينة منبج", "2026-01-15")
    assert ("enter", "منبج", "government") in {(e.type, e.place.name, e.actor.side) for e in evs}
    evs = events_of("عاجل | الفصائل تسيطر على بلدة كفرنبل", "2024-11-30")
    assert ("take_control", "كفرنبل") in {(e.type, e.place.name) for e in evs}
    assert not events_of("سيطرة الفصائل على كفرنبل تربك حسابات موسكو", "2024-11-30")  # an analysis headline
    text = "الجيش يواصل تقدمه في ريف حماة\n\nوسيطر الجيش على بلدة كفرزيتا بعد معارك عنيفة."
    evs = events_of(text, "2019-08-10")
    assert {(e.type, e.place.name) for e in evs} == {("take_control", "كفرزيتا")}


def test_a_force_a_device_went_off_at_is_its_target():
    """"انفجرت عبوة ناسفة بدورية روسية": the force joined by ب right after the device is what it hit; who
    planted it is not told (unknown). A force that is the verb's subject set it off."""
    evs = events_of("وانفجرت عبوة ناسفة بدورية تركية قرب بلدة عين عيسى.", "2020-09-01")
    assert ("attack", "unknown") in {(e.type, e.actor.side) for e in evs}
    evs = events_of("وفجرت عناصر تنظيم الدولة عبوة ناسفة في بلدة الشحيل.", "2020-09-01")
    assert ("attack", "isis") in {(e.type, e.actor.side) for e in evs}


def test_a_clash_verb_first_is_its_subjects():
    """"اشتبكت قوات الحكومة مع عناصر قسد قرب X": the subject right after the clash verb is the first-named
    party, the one after مع the other (GUIDELINES, Sides: the first-named force)."""
    evs = events_of("واشتبكت قوات الحكومة مع عناصر من قسد قرب بلدة دير حافر.", "2025-12-20")
    assert ("attack", "government") in {(e.type, e.actor.side) for e in evs}
    evs = events_of("واشتبك مقاتلو قسد مع عناصر الجيش قرب بلدة دير حافر.", "2025-12-20")
    assert ("attack", "sdf") in {(e.type, e.actor.side) for e in evs}


def test_an_arrest_told_by_its_verbal_noun_alone():
    """"أعلنت الوزارة القبض على خلية في X"، "تم القبض على": the verbal noun القبض with على is an arrest
    (other) without ألقى before it; a goal ("تسعى للقبض على") is not one told."""
    evs = events_of("وأعلنت وزارة الداخلية القبض على خلية مسلحة في بلدة القصير.", "2025-06-01")
    assert ("other", "القصير") in {(e.type, e.place.name) for e in evs}
    assert not events_of("وتسعى الوزارة للقبض على المتورطين في أحداث مدينة القصير.", "2025-06-01")


def test_the_force_holding_a_targeted_area_is_no_agent():
    """"تستعد تركيا لشن عملية ضد مناطق سيطرة قسد في X": the force after "مناطق سيطرة/نفوذ" holds the area
    (status); the strike is the subject's."""
    evs = events_of("وتستعد تركيا لشن عملية عسكرية ضد مناطق سيطرة قسد في بلدة منبج.", "2022-06-01")
    assert ("attack", "expected", "turkey") in {(e.type, e.polarity, e.actor.side) for e in evs}
