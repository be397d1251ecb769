"""Task roles19: which place is the event's place. A person's origin ("ينحدر من X"، "نازح من X"), a place in a clause
that describes the target ("سيارة متجهة إلى X"، "حافلة تقل عمالاً من X"، "الشرطة التي تحرس معبر X"), where fire came
from ("من قاعدتها في X"، "صواريخ أطلقتها الفصائل من X"، "مصدره مواقع في X" before the struck place), and a place
inside a unit's or an institution's name ("لواء صقور X"، "قيادة شرطة X") are no event place when the sentence names
another; each beside its twin where the same place is the event's. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _fold(name: str) -> str:
    """A place name as these tests compare it: hamzated alef folded, a leading "حي " (a quarter's noun) dropped."""
    return name.replace("أ", "ا").replace("إ", "ا").removeprefix("حي ")


def events(text: str, published: str = "2019-04-10") -> set[tuple[str, str]]:
    evs = analyze(Article(id="r19", raw=text, published=published)).events
    return {(e.type, _fold(e.place.name) if e.place else "") for e in evs}


def test_descent_names_where_a_victim_comes_from() -> None:
    got = events("وقتل شاب ينحدر من مدينة الرستن خلال اشتباكات في حي القابون.")
    assert ("casualties", "القابون") in got and ("casualties", "الرستن") not in got
    got = events("وأعدم التنظيم ثلاثة رجال ينحدرون من بلدة الشعيطات في ساحة مدينة الميادين.")
    assert ("casualties", "الميادين") in got and ("casualties", "الشعيطات") not in got


def test_a_displaced_victim_is_struck_where_the_strike_fell() -> None:
    got = events("وقضى طفل نازح من بلدة كفرنبل بقصف على مخيم في بلدة سرمدا.")
    assert ("casualties", "سرمدا") in got and ("casualties", "كفرنبل") not in got


def test_a_flight_keeps_its_origin() -> None:
    got = events("ونزحت مئات العائلات من بلدة كفرنبل إلى مدينة سرمدا.")
    assert {("displacement", "كفرنبل"), ("displacement", "سرمدا")} <= got


def test_the_targets_heading_or_load_is_no_place_of_the_strike() -> None:
    got = events("وتعرضت شاحنة كانت متجهة إلى مدينة حماة لقصف في بلدة مورك.")
    assert ("attack", "مورك") in got and ("attack", "حماة") not in got
    got = events("واستهدفت عبوة ناسفة حافلة تقل موظفين من مدينة جبلة في قرية عين الشرقية.")
    assert ("attack", "حماة") not in got and ("attack", "جبلة") not in got


def test_a_guarded_crossing_is_no_place_of_a_blast_told_elsewhere() -> None:
    got = events("وأصيب جنديان من القوة التي تحرس معبر باب السلامة بانفجار في مدينة اعزاز.")
    assert ("casualties", "اعزاز") in got and ("casualties", "معبر باب السلامة") not in got


def test_alone_the_heading_is_the_one_place_told() -> None:
    got = events("واستهدفت طائرة مسيرة سيارة كانت متجهة إلى مدينة سرمدا.")
    assert ("attack", "سرمدا") in got


def test_a_firing_position_is_where_fire_came_from() -> None:
    got = events("وأطلقت قوات النظام قذائف صاروخية من مواقعها في مدينة محردة على بلدة كفرزيتا.", "2017-03-01")
    assert ("attack", "كفرزيتا") in got and ("attack", "محردة") not in got
    got = events("وقصف الجيش التركي انطلاقاً من قاعدته في بلدة مارع قرية تل رفعت.", "2020-01-20")
    assert ("attack", "تل رفعت") in got and ("attack", "مارع") not in got


def test_a_launch_verb_with_its_subject_before_from() -> None:
    got = events("وتم استهداف مدينة السقيلبية بقذائف أطلقتها الفصائل من بلدة قلعة المضيق.", "2019-05-02")
    assert ("attack", "السقيلبية") in got and ("attack", "قلعة المضيق") not in got
    got = events("وقصفت قوات النظام بلدة قلعة المضيق بالصواريخ.", "2019-05-03")
    assert ("attack", "قلعة المضيق") in got


def test_the_struck_place_after_a_fire_origin_clause() -> None:
    got = events("وطال قصف صاروخي مصدره مواقع الفصائل في جبل التركمان مدينة القرداحة.", "2016-02-01")
    assert ("attack", "القرداحة") in got and ("attack", "جبل التركمان") not in got


def test_a_place_in_a_units_name_is_not_where_it_fights() -> None:
    got = events("وهاجم لواء أحرار تلبيسة حاجزاً لقوات النظام في بلدة الدار الكبيرة.", "2014-06-01")
    assert ("attack", "تلبيسة") not in got
    got = events("وهاجم مقاتلو الفصائل حاجزاً لقوات النظام في بلدة تلبيسة.", "2014-06-02")
    assert ("attack", "تلبيسة") in got


def test_an_institutions_town_gives_way_to_the_place_of_the_blast() -> None:
    got = events("وقتل شرطي من الدورية التابعة لقيادة شرطة حمص بانفجار عبوة في مدينة تلكلخ.", "2016-04-05")
    assert ("casualties", "حمص") not in got and ("attack", "تلكلخ") in got
    got = events("وقتل شرطي بانفجار عبوة أمام مبنى قيادة شرطة حمص.", "2016-04-06")
    assert any(place.endswith("حمص") for _, place in got)


def test_a_place_of_what_happened_is_a_comparison() -> None:
    got = events("واستهدفت الطائرات الروسية مدينة أريحا بالصواريخ، في تكرار لما جرى في مدينة معرة النعمان.", "2019-12-20")
    assert ("attack", "اريحا") in got and ("attack", "معرة النعمان") not in got
    got = events("وتعرضت بلدة حاس لقصف عنيف، على غرار ما حدث في بلدة كفرنبل.", "2019-12-21")
    assert ("attack", "حاس") in got and ("attack", "كفرنبل") not in got


def test_a_past_event_told_with_its_own_verb_stays() -> None:
    got = events("وقصفت الطائرات مدينة أريحا كما قصفت مدينة معرة النعمان من قبل.", "2019-12-22")
    assert {("attack", "اريحا"), ("attack", "معرة النعمان")} <= got


def test_positions_in_a_named_barracks_are_struck_there() -> None:
    got = events("واستهدفت الفصائل بقذائف الهاون مواقع قوات النظام في معسكر القرميد.", "2015-04-20")
    assert ("attack", "معسكر القرميد") in got
    got = events("وقصفت الطائرات عدة مواقع في ريف إدلب الجنوبي.", "2015-04-21")
    assert ("attack", "معسكر القرميد") not in got


def test_an_unplaced_base_gives_way_to_the_town_it_stands_in() -> None:
    got = events("وقصفت المدفعية التركية القاعدة الروسية في بلدة عين عيسى.", "2019-11-02")
    assert ("attack", "عين عيسى") in got and not any(place.startswith("القاعدة") for _, place in got)


def test_shells_that_fell_told_by_a_relative_clause_are_a_strike() -> None:
    got = events("وأفاد ناشطون بأن القذائف التي سقطت على حي الفردوس أطلقت من حي الحمدانية.", "2016-07-02")
    assert ("attack", "الفردوس") in got and ("take_control", "الفردوس") not in got
    got = events("وسقطت بلدة خان طومان بيد الفصائل.", "2016-05-06")
    assert ("take_control", "خان طومان") in got


def test_an_ambush_verb_with_its_object_and_a_returning_patrol() -> None:
    got = events("وكمن مجهولون لرتل عسكري كان عائداً من مدينة إزرع على الطريق قرب بلدة محجة.", "2023-01-15")
    assert ("attack", "محجة") in got and ("attack", "إزرع") not in got and ("attack", "ازرع") not in got
    got = events("ويكمن الحل في مدينة إزرع بالحوار بين الوجهاء.", "2023-01-16")
    assert not got


def test_a_crossing_passed_on_the_way_is_no_place_of_the_flight() -> None:
    got = events("وفرت عشرات العائلات من بلدة عين ترما نحو مدينة دمشق عبر معبر المليحة.", "2018-03-10")
    assert {("displacement", "عين ترما"), ("displacement", "دمشق")} <= got
    assert not any(place.startswith("معبر") for _, place in got)


def test_the_area_holding_the_villages_left_is_the_origin_of_a_flight() -> None:
    got = events("وفرت مئات العائلات من القرى في ريف القرداحة باتجاه مدينة طرطوس.", "2025-03-09")
    assert ("displacement", "ريف القرداحة") in got or any(t == "displacement" and "القرداحة" in p for t, p in got)
    assert ("displacement", "طرطوس") in got
