"""Task read17b: constructions read from articles_heldout17's errors (H1709..H1716). Sentences written for
these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2016-05-04") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="r17b", raw=text, published=published)).events
    return [(e.type, e.place.name, e.polarity) for e in evs]


def test_a_direct_hit_is_no_toll_whatever_its_verb() -> None:
    got = events("قصفت المدفعية تجمعات المسلحين في بلدة كفرنبودة، موقعةً فيها إصابات مباشرة.")
    assert got == [("attack", "كفرنبودة", "asserted")]
    assert events("أصابت القذيفة مبنى البلدية في مدينة الباب إصابة مباشرة.") == []


def test_whether_an_indirect_question_tells_nothing() -> None:
    got = events("شنت الطائرات الحربية السورية غارات على بلدة الزارة، ولم يتضح ما إذا كانت قد أوقعت قتلى.")
    assert got == [("attack", "الزارة", "asserted")]
    assert events("لا يعرف حتى الآن ما إذا كانت القوات قد دخلت قرية الحمرا.") == []


def test_people_barred_from_leaving_did_not_flee() -> None:
    assert events("قال ناشطون إن عناصر التنظيم يمنعون الأهالي من مغادرة مدينة الميادين.") == []


def test_what_an_event_paved_the_way_for_is_a_consequence() -> None:
    got = events("سيطرت الفصائل على تل السكيك، ما مهّد الطريق أمام اقتحام بلدة عطشان.")
    assert got == [("take_control", "تل السكيك", "asserted")]
    assert events("يمهد هذا التقدم السبيل لدخول حي الصالحين خلال أيام.") == []


def test_an_exception_after_a_failure_asserts_what_it_names() -> None:
    got = events("قال قائد ميداني إن قوات النظام لم تتمكن إلا من الدخول إلى بلدة طيبة الإمام.")
    assert got == [("enter", "طيبة الإمام", "asserted")]
    got = events("قال قائد ميداني إن قوات النظام لم تتمكن من الدخول إلى بلدة حلفايا.")
    assert got == [("enter", "حلفايا", "denied")]


def test_a_munition_fired_from_a_place_at_a_target_falls_on_the_target() -> None:
    got = events("أطلق مسلحون قذائف هاون من حي جوبر على حي باب توما.", "2014-06-08")
    assert got == [("attack", "باب توما", "asserted")]
    got = events("أطلق مقاتلو وحدات حماية الشعب قذيفتين صاروخيتين من منطقة عفرين على مدينة كليس التركية، "
                 "ما أسفر عن إصابة ثلاثة مدنيين.", "2018-02-20")
    assert got == [("attack", "كلس", "asserted"), ("casualties", "كلس", "asserted")]
    assert events("أطلقت الفصائل صواريخ موجهة من بلدة اللطامنة.", "2019-05-12") == [
        ("attack", "اللطامنة", "asserted")]


def test_an_adjective_of_heritage_is_no_part_of_a_facility_name() -> None:
    got = events("سيطرت وحدات الجيش على قلعة شيزر التاريخية بعد ظهر اليوم.")
    assert got == [("take_control", "قلعة شيزر", "asserted")]


def test_a_besieged_section_of_a_city_only_locates_the_quarter() -> None:
    got = events("سيطرت قوات النظام على حي الصاخور في القسم الشرقي المحاصر من مدينة حلب.", "2016-11-28")
    assert got == [("take_control", "الصاخور", "asserted")]
    got = events("قصفت قوات النظام حي طريق الباب في الأحياء الشرقية من مدينة حلب.", "2016-11-28")
    assert got == [("attack", "حي طريق الباب", "asserted")]


def test_clashes_at_the_edges_of_a_place_are_a_clash_there_not_an_advance() -> None:
    assert events("دارت اشتباكات عنيفة بين الطرفين على أطراف بلدة عندان.") == [("attack", "عندان", "asserted")]
    got = events("تقدمت قوات النظام نحو حي الصالحين، وسط اشتباكات عنيفة مع الفصائل على أطراف حي الفردوس.")
    assert got == [("advance", "الصالحين", "asserted"), ("attack", "حي الفردوس", "asserted")]
    assert events("وصلت القوات إلى أطراف بلدة عندان.") == [("advance", "عندان", "asserted")]


def test_an_entry_heading_for_a_town_is_an_advance() -> None:
    got = events("دخلت فصائل من الجيش الحر من الأراضي التركية باتجاه مدينة الراعي.", "2016-08-24")
    assert got == [("advance", "الراعي", "asserted")]
    got = events("دخلت فصائل من الجيش الحر الأطراف الغربية لمدينة الراعي.", "2016-08-24")
    assert got == [("enter", "الراعي", "asserted")]


def test_the_start_of_a_named_battle_is_a_date_not_a_clash() -> None:
    got = events("دخلت كتائب الجيش الحر حي صلاح الدين في تموز 2012 في بداية معركة حلب.", "2016-11-27")
    assert got == [("enter", "صلاح الدين", "asserted")]
    assert events("دارت معارك عنيفة في بلدة مورك.") == [("attack", "مورك", "asserted")]


def test_large_numbers_of_fighters_eliminated_are_a_toll() -> None:
    got = events("قضت وحدات الجيش على أعداد كبيرة من إرهابيي داعش في مدينة الميادين.", "2017-11-09")
    assert got == [("casualties", "الميادين", "asserted")]


def test_a_vow_with_no_place_of_its_own_borrows_none() -> None:
    got = events("سيطر مقاتلو الجيش الحر على قرية قسطل جندو. وأضاف القائد أن قواته ستواصل التقدم حتى تطهير المنطقة.",
                 "2018-03-02")
    assert got == [("take_control", "قسطل جندو", "asserted")]
    got = events("وقال قيادي في الفصائل إن مقاتليه سيستعيدون حي الصاخور خلال أيام.", "2016-12-01")
    assert got == [("take_control", "الصاخور", "expected")]


def test_a_back_reference_in_the_cause_of_a_flight_is_the_place_left() -> None:
    got = events("نزحت أكثر من 300 عائلة من بلدة تل تمر نحو مدينة الحسكة، بسبب القصف المتكرر على محيطها.",
                 "2019-10-24")
    assert ("attack", "تل تمر", "asserted") in got and ("attack", "الحسكة", "asserted") not in got


def test_an_agreement_signed_abroad_concerns_no_place_there() -> None:
    got = events("هاجمت الفصائل قرية المناجير، في خرق جديد لوقف إطلاق النار بعد يومين على الاتفاق الروسي التركي "
                 "في سوتشي.", "2019-10-24")
    assert got == [("attack", "المناجير", "asserted")]
    assert events("وقعت الأطراف في أستانا اتفاقاً لخفض التصعيد في إدلب.", "2019-10-24") == [("other", "إدلب", "asserted")]


def test_an_offensive_widening_toward_a_place_advances_on_it() -> None:
    got = events("بدأت أنقرة والفصائل عملية عسكرية سيطرت خلالها على بلدة سلوك، قبل أن تتوسع نحو محيط تل تمر.",
                 "2019-10-24")
    assert got == [("take_control", "سلوك", "asserted"), ("advance", "محيط تل تمر", "asserted")]
