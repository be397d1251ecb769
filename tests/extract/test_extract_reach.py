"""Advances told by where a force now stands (issue 12, recall): GUIDELINES types, "advance: على بعد X كم
من". Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def kinds(text: str, published: str = "2019-05-01") -> set[tuple[str, str]]:
    return {(e.type, e.place.name) for e in analyze(Article(id="t", raw=text, published=published)).events}


def test_the_result_of_a_takeover_puts_the_force_at_a_distance():
    # ل + the imperfect of a verb of becoming: the force of the main clause is the one now that close
    got = kinds("سيطرت قوات النظام على بلدة كفرنبودة، لتصبح على بعد خمسة كيلومترات من مدينة خان شيخون.")
    assert got == {("take_control", "كفرنبودة"), ("advance", "خان شيخون")}
    got = kinds("وتقدم الجيش في ريف إدلب ليصبح على مسافة تقل عن ثلاثة كيلومترات من مدينة سراقب.")
    assert ("advance", "سراقب") in got


def test_a_place_described_by_its_distance_is_no_advance():
    # the place before the distance is what the distance describes ("بلدة X على بعد ...")
    got = kinds("سيطرت قوات النظام على بلدة كفرنبودة على بعد خمسة كيلومترات من مدينة خان شيخون.")
    assert got == {("take_control", "كفرنبودة")}


def test_the_place_measured_from_is_the_place_approached_even_a_road():
    got = kinds("وأصبحت قوات النظام على بعد مئات الأمتار من الطريق الدولي حلب - حماة.")
    assert {t for t, _ in got} == {"advance"}


def test_an_advance_over_countrysides_before_an_entry_is_its_own_stage():
    got = kinds("واقتحمت الفصائل مدينة إدلب بعد أن تقدمت في ريفي المحافظة الشرقي والجنوبي.", "2015-03-28")
    assert ("enter", "إدلب") in got
    assert {p for t, p in got if t == "advance"} == {"ريف إدلب الشرقي", "ريف إدلب الجنوبي"}


def test_an_advance_inside_the_place_taken_is_how_it_was_taken():
    got = kinds("وسيطرت الفصائل على مدينة إدلب بعد تقدمها في أحياء المدينة.", "2015-03-28")
    assert "advance" not in {t for t, _ in got}


def test_reaching_a_river_is_an_advance_never_an_entry():
    got = kinds("وقال مصدر إن فصائل المعارضة وصلت إلى نهر الساجور شمال شرقي حلب.", "2016-09-05")
    assert got == {("advance", "نهر الساجور")}
    # a town reached is still entered
    assert kinds("ووصلت فصائل المعارضة إلى بلدة الراعي.", "2016-09-05") == {("enter", "الراعي")}


def test_an_attempt_with_a_long_subject_still_governs_its_entry():
    got = kinds("وقال مصدر إن الاشتباك وقع بعد محاولة رتل مسلح يضم ثلاث سيارات، قادم من بلدة صحنايا، "
                "الدخول إلى مدينة جرمانا.", "2025-04-30")
    assert ("advance", "جرمانا") in got and ("enter", "جرمانا") not in got
    # an entry with no attempt before it stays an entry
    got = kinds("ودخل رتل مسلح يضم ثلاث سيارات إلى مدينة جرمانا.", "2025-04-30")
    assert ("enter", "جرمانا") in got


def test_a_relative_clause_whose_verb_points_back_acts_on_the_places_before_it():
    got = kinds("تركت القوات مواقعها في البلدة، ومن بينها سجن تدمر والمطار العسكري اللذان دخلهما التنظيم عند الفجر.",
                "2015-05-21")
    assert {p for t, p in got if t == "enter"} == {"سجن تدمر", "مطار تدمر العسكري"}

