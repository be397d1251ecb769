"""Constructions the first-sight articles of bench/articles_probe10b misread (task probe10b). Sentences written
for these tests (our own wording)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def kinds(text: str, published: str = "2017-01-30") -> set[tuple[str, str, str]]:
    return {(e.type, e.polarity, e.place.name) for e in analyze(Article(id="p10", raw=text, published=published)).events}


def sided(text: str, published: str) -> set[tuple[str, str, str]]:
    """(type, place, side) of each event: the tests of who did it."""
    return {(e.type, e.place.name, e.actor.side) for e in analyze(Article(id="p10", raw=text, published=published)).events}


def test_security_restored_with_the_armys_long_name_before_its_object_is_a_takeover():
    """"أعادت وحدات من الجيش العربي السوري بالتنسيق مع القوات الرديفة الأمن والاستقرار إلى X": the state agency's
    takeover, its subject and partners standing between the verb and "الأمن والاستقرار"."""
    got = kinds("أعادت وحدات من الجيش العربي السوري بالتنسيق مع القوات الرديفة صباح اليوم الأمن والاستقرار إلى "
                "مدينة القريتين.", "2016-03-27")
    assert got == {("take_control", "asserted", "القريتين")}
    got = kinds("وأعادت وحدات الجيش والقوى المؤازرة الأمن والاستقرار إلى قريتي أبو دالي والمشيرفة.", "2017-12-05")
    assert got == {("take_control", "asserted", "أبو دالي"), ("take_control", "asserted", "المشيرفة")}
    # the security forces reopening a road restore nothing
    assert kinds("وأعادت قوات الأمن الداخلي فتح الطريق المؤدي إلى بلدة تلبيسة.", "2018-05-16") == set()


def test_a_possessive_back_reference_joined_to_a_named_place_is_one_of_the_places():
    """"الأحياء الشمالية للمدينة وقرية X": "للمدينة" points at the town just named, as "المدينة" does."""
    got = kinds("سيطر مقاتلو المعارضة على بلدة كفرنبل. وقصفت الطائرات الروسية الأحياء الشمالية للمدينة وبلدة حاس.",
                "2016-02-08")
    assert ("attack", "asserted", "كفرنبل") in got and ("attack", "asserted", "حاس") in got
    got = kinds("دخل الجيش بلدة مضايا. واستهدفت المدفعية المدخل الشرقي للبلدة وبلدة بقين.", "2015-07-20")
    assert ("attack", "asserted", "مضايا") in got and ("attack", "asserted", "بقين") in got


def test_what_people_flee_told_in_passing_is_no_strike_of_its_own():
    """"فرّ السكان من X باتجاه Y، هرباً من القصف المتواصل": the bombardment is the flight's motive; it gives no
    attack at the places of the flight."""
    got = kinds("وتشهد الأحياء الجنوبية موجة نزوح، إذ فرّ مئات السكان من حي الفردوس باتجاه مدينة الباب، هرباً من "
                "القصف المتواصل.", "2012-08-02")
    assert not {k for k in got if k[0] == "attack"}
    assert ("displacement", "asserted", "الباب") in got


def test_the_2012_monitors_rebel_brigades_and_aleppos_saif_al_dawla():
    got = sided("وقال ناشطون إن الكتائب الثائرة سيطرت على أجزاء من حي سيف الدولة.", "2012-10-05")
    assert got == {("take_control", "سيف الدولة", "opposition")}


def test_mulayhah_al_gharbiyah_is_the_daraa_town_not_the_ghouta_one():
    got = kinds("وقصفت قوات النظام بلدة المليحة الغربية بقذائف المدفعية.", "2018-06-25")
    assert got == {("attack", "asserted", "المليحة الغربية")}


def test_regaining_control_after_a_verb_of_managing_keeps_its_force():
    """"تمكن الثوار فجر اليوم من استعادة السيطرة على X": one trigger; the force before the verbal noun takes it."""
    got = sided("تمكن الثوار فجر اليوم من استعادة السيطرة على بلدة الهبيط.", "2019-05-23")
    assert got == {("take_control", "الهبيط", "opposition")}


def test_losing_a_place_told_by_the_noun_is_the_adversarys_takeover():
    """"نفت وسائل إعلام النظام خسارة البلدة": a denied takeover by the loser's adversary; people lost name none."""
    got = kinds("سيطر الثوار على بلدة كفرنبودة. ونفت وسائل إعلام النظام خسارة البلدة.", "2019-05-23")
    assert ("take_control", "denied", "كفرنبودة") in got
    assert kinds("واعترف مصدر عسكري بخسارة مدينة جسر الشغور.", "2015-04-26") == {
        ("take_control", "asserted", "جسر الشغور")}
    got = kinds("وتحدث المصدر عن خسارة عشرات المقاتلين في معارك بلدة اشتبرق.", "2015-04-26")
    assert not {k for k in got if k[0] == "take_control"}


def test_shells_fired_from_one_place_fell_on_another():
    """"قذائف صاروخية أطلقت من محيط بلدة X سقطت على أطراف مدينة Y": a strike at Y; X is where they came from."""
    got = kinds("وقالت مصادر محلية إن قذائف صاروخية أطلقت من محيط بلدة تل رفعت سقطت على أطراف مدينة مارع.",
                "2022-11-22")
    assert got == {("attack", "asserted", "مارع")}


def test_a_siege_laid_by_two_forces_named_before_it():
    got = sided("ويفرض حزب الله اللبناني والقوات الحكومية حصاراً خانقاً على بلدة مضايا منذ أشهر.", "2016-01-05")
    assert got == {("advance", "مضايا", "hezbollah")}


def test_eliminating_gatherings_tells_how_a_place_was_taken_not_a_toll():
    got = kinds("وأعادت وحدات الجيش الأمن والاستقرار إلى قرية كفر عويد بعد القضاء على آخر تجمعات الإرهابيين فيها.",
                "2016-12-26")
    assert got == {("take_control", "asserted", "كفر عويد")}
    got = kinds("وسيطر الجيش على مدينة القصير بعد القضاء على عشرات المسلحين.", "2013-06-05")
    assert ("casualties", "asserted", "القصير") in got


def test_direct_hits_scored_are_no_toll():
    got = kinds("واستهدفت المدفعية تحركات للإرهابيين في قرية المنصورة، محققة إصابات مباشرة في صفوفهم.", "2017-04-12")
    assert got == {("attack", "asserted", "المنصورة")}


def test_withdrawing_into_the_town_just_named_names_no_place_left():
    got = kinds("هاجم مقاتلون معارضون حاجزاً عند مدخل بلدة طفس، قبل أن ينسحبوا إلى داخل البلدة.", "2021-08-30")
    assert got == {("attack", "asserted", "طفس")}


def test_a_siege_named_as_a_cause_is_status():
    assert kinds("وقال مسؤول إن الجرحى لا يستطيعون مغادرة بلدة رأس العين بسبب الطوق المفروض عليها.",
                 "2019-10-19") == set()


def test_the_owner_of_what_a_strike_hits_is_not_its_unnamed_striker():
    """"استهدفت وحدات المدفعية تجمعات للمسلحين في X": the fighters own the gatherings hit; the striker is their
    adversary, not their side."""
    got = sided("واستهدفت وحدات المدفعية تجمعات للمسلحين في قرية الزيارة بسهل الغاب.", "2017-04-20")
    assert got == {("attack", "الزيارة", "government")}


def test_repositioned_at_a_place_is_deployed_there_outside_it_has_left():
    got = kinds("وقال التلفزيون الرسمي إن وحدات الجيش أعادت تموضعها في محيط مدينة جسر الشغور.", "2015-04-26")
    assert {k[0] for k in got} == {"deploy"}
    assert kinds("وقالت القوات إنها أعادت تموضعها خارج مدينة جسر الشغور.", "2015-04-26") == {
        ("withdraw", "asserted", "جسر الشغور")}


def test_sorties_flown_on_a_target_are_air_strikes():
    got = kinds("ونفذ سلاح الجو السوري عدة طلعات على تجمعات المسلحين في بلدة محمبل.", "2015-04-27")
    assert got == {("attack", "asserted", "محمبل")}


def test_neighbouring_is_no_part_of_an_unknown_towns_name():
    assert kinds("وقصفت المدفعية بلدة حاس المجاورة.", "2016-02-08") == {("attack", "asserted", "حاس")}


def test_the_wounded_after_the_dead_of_the_same_sentence_are_that_tolls():
    """"وأضاف المرصد أن القصف تسبب في مقتل تسعة مدنيين في X، فيما أصيب العشرات": the wounded of that toll, at X;
    not a toll at the battle the sentence before told."""
    got = kinds("ودارت اشتباكات في محيط اللواء 52. وأضاف المرصد أن القصف تسبب في مقتل تسعة مدنيين في بلدة الحراك، "
                "فيما أصيب العشرات بجروح.", "2018-06-27")
    assert {k for k in got if k[0] == "casualties"} == {("casualties", "asserted", "الحراك")}


def test_a_storming_repelled_is_no_entry():
    got = sided("صد الثوار اقتحام قوات الأسد لحي صلاح الدين.", "2012-08-08")
    assert got == {("attack", "صلاح الدين", "government")}


def test_the_surroundings_of_a_second_place_go_on_with_the_list():
    got = kinds("وشنت الطائرات التركية غارات على مدينة كوباني ومحيط بلدة عين عيسى.", "2022-11-20")
    assert len({k for k in got if k[0] == "attack"}) == 2
    got = kinds("وقصفت قوات النظام بلدة الهبيط وأطراف قرية عابدين.", "2019-05-10")
    assert {k[2] for k in got} >= {"الهبيط"} and any("عابدين" in k[2] for k in got)
