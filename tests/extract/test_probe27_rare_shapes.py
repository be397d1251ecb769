"""Constructions the probe27 first-sight pages (2025-2026 shapes: a campaign statement, a truce, an SDF handover,
returns from a camp, a mass grave) found (task probe27). Sentences written for these tests, not copied from any
article."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze

HEAD = "أخبار محلية\n\n"


def events(text: str, day: str = "2026-05-20") -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="a", raw=HEAD + text, published=day)).events
    return {(e.type, e.place.name, e.polarity) for e in evs if e.place is not None}


def sides(text: str, day: str = "2026-05-20") -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="a", raw=HEAD + text, published=day)).events
    return {(e.type, e.place.name, e.actor.side if e.actor else "") for e in evs if e.place is not None}


# a likely past: "يرجح أن/أنهم" with a perfect verb infers what happened (asserted); with an imperfect, a forecast
def test_a_likelihood_over_a_perfect_is_asserted():
    got = events("ويرجح ناشطون أن المسلحين انسحبوا من قرية الكرك الشرقي قبل الفجر.")
    assert ("withdraw", "الكرك الشرقي", "asserted") in got


def test_a_likelihood_over_a_pronoun_and_a_perfect_is_asserted():
    got = events("وعثر على جثث مكبلة، ما يرجح أنهم أعدموا بعد اقتحام قوات النظام السابق لبلدة حزة.")
    assert ("enter", "حزة", "asserted") in got


def test_a_likelihood_over_an_imperfect_stays_expected():
    got = events("ويرجح ناشطون أن ينسحب المسلحون من قرية الكرك الشرقي خلال أيام.")
    assert ("withdraw", "الكرك الشرقي", "expected") in got


# "كانا عائدين من ..." tells what two men were doing when hit: no return of the displaced
def test_men_coming_back_from_an_errand_are_no_returnees():
    got = events("وقال شقيق الضحية إن الشابين كانا عائدين من سوق مدينة الحسكة حين استهدفتهما المسيرة.")
    assert not {e for e in got if e[0] == "displacement"}


def test_returnees_who_arrive_are_still_displaced():
    got = events("ووصل مئات العائدين من مخيمات عرسال إلى مدينة القصير أمس.")
    assert ("displacement", "القصير", "asserted") in got


# the spread of smuggling or kidnapping is no deployment; the spread of forces is
@pytest.mark.parametrize("text", [
    "ويشتكي أهالي بلدة يبرود من انتشار التهريب على الحدود.",
    "وحذر وجهاء مدينة السلمية من انتشار الخطف على الطرق.",
])
def test_a_spread_of_crime_is_no_deployment(text: str):
    assert not {e for e in events(text) if e[0] == "deploy"}


def test_a_spread_of_units_is_a_deployment():
    assert ("deploy", "يبرود", "asserted") in events("وانتشرت وحدات من الأمن الداخلي في مدينة يبرود.")


# a store seized with the munitions it holds: a seizure, no strike
def test_munitions_a_seized_store_holds_are_no_strike():
    got = events("وضبطت الدوريات مخزناً يحتوي ذخائر وقذائف هاون في بستان قرب بلدة قارة.")
    assert ("other", "قارة", "asserted") in got
    assert not {e for e in got if e[0] == "attack"}


def test_a_lorry_loaded_with_rockets_that_blows_up_is_still_a_blast():
    got = events("وانفجرت شاحنة محملة بصواريخ قرب بلدة قارة.")
    assert not {e for e in got if e[0] == "take_control"}


# an aircraft that falls is no town that falls
def test_a_helicopter_that_falls_is_no_takeover():
    got = events("وصلت تعزيزات إلى بلدة السخنة. ونفى مصدر عسكري سقوط طائرة مروحية خلال العملية.")
    assert not {e for e in got if e[0] == "take_control"}


# "بلدة X جنوب المدينة ... منها": the pronoun is the town located, not the city that locates it
def test_a_pronoun_after_a_located_town_is_the_town():
    text = ("تسلمت قوى الأمن حواجز مدينة منبج. ودخلت وحدات من الجيش قرية العريمة غرب المدينة "
            "بعد ساعات من انسحاب مقاتلي قسد منها.")
    got = events(text)
    assert any(t == "withdraw" and "عريمة" in p for t, p, _ in got)
    assert not any(t == "withdraw" and p == "منبج" for t, p, _ in got)


# dual pronouns: "إليهما" after وصل, "سكانهما" as who left
def test_reaching_the_pair_enters_both():
    got = events("وحاصرت الفصائل بلدتي كفريا والفوعة سنوات، قبل أن تصل إليهما قوات الجيش.")
    assert {("enter", "كفريا", "asserted"), ("enter", "الفوعة", "asserted")} <= got


def test_residents_of_the_pair_leave_both():
    got = events("وقصفت الفصائل بلدتي كفريا والفوعة، وغادر كثير من سكانهما نحو مدينة حلب.")
    assert {("displacement", "كفريا", "asserted"), ("displacement", "الفوعة", "asserted")} <= got


# "بحسب الاتفاق" before an imperfect: a term, expected; before a perfect: done, and no agreement event of its own
def test_a_term_according_to_the_deal_is_expected():
    got = events("وبحسب بنود التفاهم، تنسحب قوات قسد من بلدة الشيوخ خلال شهرين.")
    assert ("withdraw", "الشيوخ", "expected") in got


def test_a_move_done_according_to_the_deal_is_asserted():
    got = events("وبحسب الاتفاق، انسحبت قوات قسد من بلدة الشيوخ أمس.")
    assert ("withdraw", "الشيوخ", "asserted") in got
    assert not {e for e in got if e[0] == "other"}


# people described by what was told, a hope, a strike set against its circumstances: nothing new
def test_one_of_the_returnees_who_speaks_is_no_return():
    got = events("وفي مدينة الرستن، قال أحد العائدين إنه وجد منزله في حي المشتل مدمراً.")
    assert not {e for e in got if e[0] == "displacement"}


def test_relatives_of_the_dead_name_no_second_toll():
    got = events("قتل شخصان بغارة على بلدة الهول. وقال أحد أقارب القتيلين إنهما كانا في سوق مدينة الحسكة صباحاً.")
    assert not any(t == "casualties" and p == "الحسكة" for t, p, _ in got)


def test_what_people_hope_for_is_no_event():
    got = events("ويأمل الأهالي أن تنسحب الفصائل من بلدة تل تمر قبل الشتاء.")
    assert not {e for e in got if e[0] == "withdraw"}


def test_a_strike_set_against_talks_elsewhere_is_no_strike_there():
    got = events("قصفت مسيرة سيارة قرب بلدة عامودا. وتأتي الضربة الأخيرة في وقت تتواصل فيه المحادثات في دمشق.")
    assert not any(t == "attack" and p == "دمشق" for t, p, _ in got)
