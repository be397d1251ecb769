"""Constructions behind the documented leftovers of the read sets (probe21, probe22, sides19, backref19, lex18) that
task left22 took by construction. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2018-10-10") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="l22", raw=text, published=published)).events
    return [(e.type, e.polarity, e.place.name) for e in evs]


def test_an_operation_named_by_the_speaker_is_no_event() -> None:
    assert events('وقال القائد الميداني إن مقاتليه أطلقوا ما سماه "معركة حلب الكبرى".', "2012-07-19") == []
    assert events("وأعلن التنظيم بدء ما أسماه «غزوة الرقة» ضد الفصائل الأخرى.", "2013-06-02") == []
    # the event told beside the name stays
    got = events("وتحدث المتحدث عما سماه معركة دمشق، مؤكداً أن مقاتليه سيطروا على حي الميدان.", "2012-07-21")
    assert [(e[0], e[2]) for e in got] == [("take_control", "حي الميدان")]


def test_a_superlative_of_examples_leaves_the_frame_area_no_event() -> None:
    got = events("وتعرضت قرى سهل الغاب لهجمات متكررة، كان أبرزها الهجوم على بلدة جورين الشهر الماضي.", "2016-03-02")
    assert [(e[0], e[2]) for e in got] == [("attack", "جورين")]
    got = events("وتنتشر في محيط إدلب 12 نقطة مراقبة أقيمت بموجب اتفاق آستانة، أبرزها نقطة مورك في ريف حماة الشمالي.")
    assert [(e[0], e[2]) for e in got] == [("deploy", "مورك")]


def test_a_superlative_before_another_type_frames_nothing() -> None:
    got = events("وتعرضت قرى سهل الغاب لهجمات متكررة، كان أبرزها نزوح أهالي بلدة جورين.", "2016-03-02")
    assert ("attack", "asserted", "سهل الغاب") in got


def test_any_strike_denied_inside_a_that_complement() -> None:
    got = events("ونفت وزارة الدفاع الروسية أن تكون الطائرات الروسية نفذت أي غارة على مدينة خان شيخون.", "2017-04-05")
    assert got == [("attack", "denied", "خان شيخون")]
    assert events("ونفى القيادي أن تكون الفصائل تخطط لأي هجوم على مدينة حماة.", "2019-05-03") == []


def test_consolidating_a_hold_is_status_and_striving_is_expected() -> None:
    text = "ويقول مراقبون إن دمشق تسعى من خلال العملية إلى تثبيت سيطرتها على المعابر غير الشرعية."
    assert events(text, "2025-02-10") == []
    assert events("وتسعى قوات الأمن العام إلى السيطرة على بلدة حاويك.", "2025-02-10") == [
        ("take_control", "expected", "حاويك")]
    assert events("وثبتت قوات الأمن العام سيطرتها على بلدة حاويك بعد اشتباكات.", "2025-02-10") == [
        ("take_control", "asserted", "حاويك")]


def test_two_roads_named_by_their_ends_after_a_dual_head() -> None:
    got = events("وسيرت القوات الروسية والتركية دوريات مشتركة على الطريقين حلب - اللاذقية وحلب - حماة.", "2020-03-15")
    assert sorted(e[2] for e in got) == ["طريق M4", "طريق M5"]


def test_a_withdrawal_toward_its_own_positions_names_no_origin() -> None:
    text = ("وفي بلدة حضر بريف القنيطرة الشمالي، أقامت دورية إسرائيلية حاجزاً عند مدخل البلدة لساعات، "
            "قبل أن تنسحب باتجاه مواقعها في جبل الشيخ.")
    assert [(e[0], e[2]) for e in events(text, "2025-01-20")] == [("deploy", "حضر")]
    got = events("وتوغلت قوة إسرائيلية في قرية جباتا الخشب، قبل أن تنسحب منها باتجاه مواقعها في الجولان.", "2025-01-20")
    assert ("withdraw", "asserted", "جباثا الخشب") in got


def test_a_place_hosting_the_displaced_is_their_destination() -> None:
    got = events("واستقبلت مدينة أعزاز مئات النازحين القادمين من ريف حلب الجنوبي.", "2019-05-10")
    assert {e[2] for e in got if e[0] == "displacement"} == {"أعزاز", "ريف حلب الجنوبي"}
    assert events("واستقبل المحافظ وفداً من وجهاء مدينة أعزاز.", "2016-02-08") == []


def test_the_town_back_reference_reads_a_village_called_a_town() -> None:
    text = ("اندلعت اشتباكات في بلدة كناكر بريف دمشق الغربي، ونزح عشرات إلى مدينة دمشق.\n\n"
            "ودخلت قوات الأمن العام إلى البلدة مساء.")
    assert ("enter", "asserted", "كناكر") in events(text, "2026-01-28")


def test_towns_of_a_countryside_do_not_make_it_a_town() -> None:
    text = ("اندلعت اشتباكات في بلدة كناكر.\n\nوتشهد بلدات ريف دمشق الغربي توترات متقطعة.\n\n"
            "ويظهر مقطع مصور آليات للأمن العام وهي تدخل الساحة الرئيسية للبلدة.")
    assert ("enter", "asserted", "كناكر") in events(text, "2026-01-28")


def test_where_a_person_served_is_no_place_of_the_arrest() -> None:
    assert events("واعتقلت قوات الأمن العام ضابطاً سابقاً كان يخدم في مطار حماة العسكري.", "2025-02-10") == []
    got = events("واعتقلت قوات الأمن العام في مدينة جبلة ثلاثة عناصر سابقين خدموا في الحرس الجمهوري.", "2025-02-10")
    assert got == [("other", "asserted", "جبلة")]


def test_families_of_a_tribe_arriving_are_displaced() -> None:
    text = ("قالت مصادر أهلية إن عشرات العائلات من أبناء العشائر البدوية وصلت إلى مدينة درعا قادمة من قرى الريف "
            "الغربي للسويداء.")
    assert {e[0] for e in events(text, "2025-07-20")} == {"displacement"}
    assert events("وصل مئات المقاتلين من أبناء العشائر إلى مدينة السويداء.", "2025-07-20") == [
        ("enter", "asserted", "السويداء")]
