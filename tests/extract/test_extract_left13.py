"""Constructions readers left open (task left13): fronted frames and goals, time objects of دخل, capitals as
governments, backed forces, observatories that are not SOHR. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze

HEAD = "أخبار البلدات\n\n"


def told(text: str, day: str = "2016-05-01") -> set[tuple[str, str, str, str]]:
    evs = analyze(Article(id="a", raw=HEAD + text, published=day)).events
    return {(e.type, e.place.name, e.polarity, e.actor.side) for e in evs if e.place is not None}


def test_a_fronted_frame_before_a_comma_leaves_the_main_clause_told():
    got = told("وفي إطار عملية نبع السلام، قصفت الطائرات التركية مواقع في مدينة رأس العين.", "2019-10-12")
    assert ("attack", "رأس العين", "asserted", "turkey") in got
    got = told("وفي إطار الهدنة، انسحبت فصائل المعارضة من قرية الزارة صباح اليوم.")
    assert ("withdraw", "الزارة", "asserted", "opposition") in got


# (sentence, an event it tells): a fronted goal ends at its comma; a backing set off by commas leaves the verb its
# object and the subject its side
TOLD = [
    ("بهدف قطع طرق الإمداد، قصفت قوات النظام بلدة كفرزيتا بالصواريخ.", ("attack", "كفرزيتا")),
    ("بهدف السيطرة على المدينة، قصفت قوات النظام بلدة حلفايا بالمدفعية.", ("attack", "حلفايا")),
    ("هاجمت قوات النظام، المدعومة بالطيران الروسي، بلدة كفرنبودة.", ("attack", "كفرنبودة")),
    ("تقدمت قوات النظام، بدعم من الميليشيات الإيرانية، نحو بلدة الحاضر.", ("advance", "الحاضر")),
    ("قوات النظام المدعومة بغطاء جوي روسي هاجمت بلدة اللطامنة فجر اليوم.", ("attack", "اللطامنة")),
]


@pytest.mark.parametrize(("text", "event"), TOLD)
def test_a_fronted_goal_or_a_backing_aside_leaves_the_government_strike_told(text: str, event: tuple[str, str]):
    assert (*event, "asserted", "government") in told(text)


def test_a_goal_after_its_verb_is_still_no_event():
    got = told("حشدت قوات النظام تعزيزات في مدينة صوران بهدف السيطرة على بلدة اللطامنة.")
    assert ("deploy", "صوران", "asserted", "government") in got
    assert not any(t == "take_control" for t, *_ in got)


def test_the_happening_named_as_a_frame_is_no_event_of_its_own():
    assert not told("ويأتي هذا التقدم في إطار معركة تحرير القنيطرة.")


def test_entering_a_period_or_a_state_is_no_entry():
    got = told("مع دخول الحصار على مدينة مضايا شهره السابع، توفي طفل جوعاً.")
    assert not any(t == "enter" for t, *_ in got)
    got = told("دخل اتفاق التهدئة في بلدة الزبداني حيز التنفيذ فجر اليوم.")
    assert not any(t == "enter" for t, *_ in got)
    got = told("مع دخول عملية نبع السلام يومها الثالث، سيطر الجيش التركي على مدينة تل أبيض.", "2019-10-12")
    assert ("take_control", "تل أبيض", "asserted", "turkey") in got
    assert not any(t == "enter" for t, *_ in got)


def test_a_period_after_a_preposition_is_when_the_entry_was_made():
    got = told("دخلت القوات التركية مدينة تل أبيض في يومها الثالث من العملية.", "2019-10-12")
    assert ("enter", "تل أبيض", "asserted", "turkey") in got


def test_damascus_speaking_of_its_forces_is_the_government_of_the_period():
    evs = analyze(Article(id="a", raw=HEAD + "نفت دمشق أن تكون قواتها قصفت مدينة دوما بالأسلحة الكيماوية.",
                          published="2018-04-08")).events
    hit = next(e for e in evs if e.type == "attack")
    assert (hit.polarity, hit.actor.side, hit.source.name_en) == ("denied", "government", "Syrian government")
    assert "2024" in hit.actor.name_en or "2000" in hit.actor.name_en
    evs = analyze(Article(id="a", raw=HEAD + "أعلنت دمشق أن قواتها انتشرت في مدينة السويداء.",
                          published="2025-07-16")).events
    hit = next(e for e in evs if e.type == "deploy")
    assert hit.actor.side == "government" and "2024-" in hit.actor.name_en


def test_tehran_and_tel_aviv_speak_for_their_states():
    assert ("deploy", "حلب", "asserted", "iran") in told("قالت طهران إن مستشاريها انتشروا في مدينة حلب.")
    assert ("attack", "القنيطرة", "asserted", "israel") in told("ردت تل أبيب بقصف مواقع في مدينة القنيطرة.")


def test_a_possessive_with_no_force_before_it_is_not_a_monitors():
    got = told("قال المرصد إن قواتها قصفت بلدة كفرزيتا.")
    assert ("attack", "كفرزيتا", "asserted", "unknown") in got


def sources_of(text: str, day: str = "2016-05-01") -> set[str]:
    evs = analyze(Article(id="a", raw=HEAD + text, published=day)).events
    return {e.source.name_en for e in evs}


def test_only_the_syrian_observatorys_names_are_sohr():
    assert sources_of("قال مرصد محلي إن طائرات حربية قصفت بلدة سرمين.") == {"local monitor"}
    # a place right after the bare noun names another monitor (task src30): never SOHR, named by its place
    assert sources_of("قال مرصد حماة إن قوات النظام قصفت بلدة كفرزيتا.") == {"Hama Monitor"}
    assert sources_of("ذكرت مراصد الطيران أن طائرات روسية قصفت بلدة بنش.") == {"plane spotters"}
    assert sources_of("قال مرصد العدالة من أجل الحياة إن قوات النظام قصفت حي الجورة في مدينة دير الزور.") \
        == {"Justice for Life Observatory"}
    sohr = {"Syrian Observatory for Human Rights"}
    assert sources_of("قال المرصد السوري إن قوات النظام قصفت بلدة اللطامنة.\n\n"
                      "وأضاف المرصد أن الطائرات الروسية قصفت بلدة مورك.") == sohr



def test_a_contrast_clause_keeps_its_own_subject_and_borrows_only_a_fitting_one():
    got = told("قصفت قوات النظام بلدة اللطامنة، بينما استهدفت فصائل المعارضة مواقع في مدينة محردة.")
    assert {("attack", "اللطامنة", "asserted", "government"), ("attack", "محردة", "asserted", "opposition")} <= got
    got = told("تقدمت قوات النظام نحو بلدة كفرنبودة، فيما قصفت مواقع الفصائل في بلدة الهبيط.")
    assert ("attack", "الهبيط", "asserted", "government") in got
    got = told("سيطر الجيش الحر على بلدة حزرما، في حين قصفت البلدة بالبراميل المتفجرة.")
    assert ("attack", "حزرما", "asserted", "government") in got
    assert ("take_control", "حزرما", "asserted", "opposition") in got


def test_a_strike_verb_with_its_object_pronoun_and_a_subject_after_it_recalls_the_place():
    got = told("سيطر الجيش الحر على بلدة حزرما.\n\nوقصفها الطيران الروسي بعد ساعات.")
    assert ("attack", "حزرما", "asserted", "russia") in got
    assert not told("تعد الرقة أول مدينة تخرج عن سيطرة النظام بالكامل.")


def test_a_bare_observatory_is_the_one_named_before_else_sohr():
    assert sources_of("قال مرصد محلي إن طائرات حربية قصفت بلدة سرمين.\n\n"
                      "وأضاف المرصد أن الطائرات الروسية قصفت بلدة بنش.") == {"local monitor"}
    assert sources_of("قال المرصد إن قوات النظام قصفت بلدة كفرزيتا.") == {"Syrian Observatory for Human Rights"}
