"""Task probe28: constructions read from war-story pages of 2012-2019. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2015-11-10") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="p28", raw=text, published=published)).events
    return [(e.type, e.place.name, e.polarity) for e in evs]


def types_at(text: str, place: str) -> set[str]:
    return {t for t, p, _ in events(text) if p == place}


def test_the_rest_of_fighters_by_a_partitive_pronoun_withdraw() -> None:
    got = types_at("وقتل العشرات من عناصر التنظيم، فيما فر من تبقى منهم من بلدة الشدادي باتجاه الحدود العراقية.",
                   "الشدادي")
    assert "withdraw" in got and "displacement" not in got


def test_the_rest_of_families_by_a_partitive_pronoun_are_displaced() -> None:
    got = types_at("ونزحت معظم العائلات في الأسبوع الأول، بينما فر من بقي منهم من بلدة الشدادي نحو مدينة الحسكة.",
                   "الشدادي")
    assert got == {"displacement"}


def test_the_road_an_advance_goes_by_is_no_place_of_it() -> None:
    got = events("وتقدمت وحدات الجيش نحو مدينة سراقب عبر طريق أريحا.")
    assert got == [("advance", "سراقب", "asserted")]
    got = events("وتقدمت وحدات الجيش نحو مدينة سراقب ومدينة أريحا.")
    assert ("advance", "أريحا", "asserted") in got


def test_the_city_word_takes_the_town_called_a_city_before_over_a_capital_in_passing() -> None:
    got = events("أطلق المجلس المحلي لمدينة التل نداء استغاثة. وأعادت الحواجز القافلة إلى دمشق. "
                 "وكانت قوات النظام قد حاصرت التل في الربيع، بعد أشهر من خروج المدينة عن سيطرتها.")
    assert ("take_control", "التل", "asserted") in got and not any(p == "دمشق" for _, p, _ in got)


def test_a_colon_list_member_named_by_two_place_nouns_is_taken_too() -> None:
    got = events("وأعلنت الفصائل أنها سيطرت على ثلاثة حواجز: حاجز قرية كفرنبودة، وحاجز الحويز.", "2013-07-15")
    assert ("take_control", "كفرنبودة", "asserted") in got and ("take_control", "الحويز", "asserted") in got
    got = events("وسيطرت الفصائل على بلدة كفرنبودة، فيما بقي حاجز قرية الحماميات بيد قوات النظام.", "2013-07-15")
    assert got == [("take_control", "كفرنبودة", "asserted")]


def test_a_gapped_count_after_counted_munitions_strikes_one_more_place() -> None:
    got = events("ألقت المروحيات ستة براميل على بلدة حاس، وأربعة على قرية كفرومة.", "2016-04-20")
    assert ("attack", "حاس", "asserted") in got and ("attack", "كفرومة", "asserted") in got
    got = events("ألقت المروحيات ستة براميل على بلدة حاس، وأربعة منها لم تنفجر.", "2016-04-20")
    assert got == [("attack", "حاس", "asserted")]


def test_a_count_after_an_uncounted_strike_is_no_more_of_its_places() -> None:
    got = events("وقتل ثلاثة مدنيين بغارة على بلدة حاس، واثنان في قرية كفرومة.", "2016-04-20")
    assert ("attack", "كفرومة", "asserted") not in got


def test_a_counted_backref_skips_the_city_a_reporter_files_from() -> None:
    got = events("سيطر الجيش على بلدات مورك واللطامنة وكفرزيتا. وذكر مراسل الوكالة في حماة أن وحدات الجيش قتلت "
                 "عشرين مسلحاً في البلدات الثلاث.", "2019-08-23")
    assert {p for t, p, _ in got if t == "casualties"} == {"مورك", "اللطامنة", "كفرزيتا"}
