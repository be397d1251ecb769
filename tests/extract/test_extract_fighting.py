"""Fighting told without a verb of attack (issue 12, recall): GUIDELINES types, "attack: اشتباكات، معارك".
Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def kinds(text: str, published: str = "2019-10-14") -> set[tuple[str, str]]:
    return {(e.type, e.place.name) for e in analyze(Article(id="t", raw=text, published=published)).events}


def test_a_pair_told_side_by_side_keeps_the_clash_going_to_its_place():
    # "بين X من جهة، وY من جهة أخرى": the comma after the first side opens no new clause
    got = kinds("تجري اشتباكات بين فصائل المعارضة من جهة، وقوات سوريا الديمقراطية من جهة ثانية، "
                "داخل أحياء مدينة رأس العين.")
    assert got == {("attack", "رأس العين")}


def test_a_new_clause_after_a_comma_still_ends_the_clash():
    got = kinds("تدور اشتباكات عنيفة قرب الحدود، والتقى الوزير بوفد في مدينة رأس العين.")
    assert ("attack", "رأس العين") not in got


def test_a_quality_adjective_does_not_cut_a_town_from_its_locator():
    got = kinds("واندلعت اشتباكات في مدينة رأس العين الاستراتيجية شمالي الحسكة.")
    assert got == {("attack", "رأس العين")}


def test_a_clash_between_the_two_sides_is_fought_where_they_were_just_placed():
    got = kinds("وينتشر مقاتلو التنظيم الآن في قرية الشيوخ وحدها، وفق المصدر الذي تحدث عن معارك مستمرة بين الطرفين.",
                "2014-11-20")
    assert ("attack", "الشيوخ") in got
    # with no place told before it, "بين الطرفين" names none
    assert not kinds("وأشار المصدر إلى معارك مستمرة بين الطرفين.", "2014-11-20")


def test_fighting_that_goes_on_around_a_place_taken_is_its_manner():
    got = kinds("وسيطرت الفصائل على قرية الشيوخ، حيث ما زال القتال دائراً بين الطرفين.", "2014-11-20")
    assert got == {("take_control", "الشيوخ")}


def test_an_area_word_points_at_the_whole_list_its_sentence_named():
    got = kinds("وقال مصدر إن رتلا للجيش وصل إلى قريتي الشيوخ والجعدة، فيما أطلق عدة قذائف باتجاه المنطقة.",
                "2014-11-20")
    assert {p for t, p in got if t == "attack"} == {"الشيوخ", "الجعدة"}


def test_fighting_for_two_goals_joined_by_and_is_fought_at_both():
    # "للسيطرة على X والسيطرة على Y": the second goal is a goal too, and the fighting reaches Y
    got = kinds("ويقاتل عناصر الفصائل الآن للسيطرة على مطار كويرس والسيطرة على بلدة دير حافر.", "2015-11-10")
    assert got == {("attack", "مطار كويرس"), ("attack", "دير حافر")}
    # a takeover told in a new clause after a comma is no goal: it stays its own event
    told = kinds("ويقاتل عناصر الفصائل للسيطرة على مطار كويرس، والسيطرة على بلدة دير حافر باتت تامة.", "2015-11-10")
    assert ("take_control", "دير حافر") in told and ("attack", "دير حافر") not in told
