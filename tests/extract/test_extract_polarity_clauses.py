"""Polarity by clause (issue 12, GUIDELINES "Polarity"): a denial denies its object, not what it takes as
given; a claim of responsibility, made or not, presupposes the act (one a named party denies denies its act, task
conv36); an intention makes its goal expected;
a question, or the answer of a condition, tells nothing. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def kinds(text: str, published: str = "2019-05-01") -> set[tuple[str, str, str]]:
    return {(e.type, e.polarity, e.place.name) for e in analyze(Article(id="p", raw=text, published=published)).events}


def test_a_denied_toll_leaves_the_strike_it_happened_in_asserted():
    got = kinds("ونفى الدفاع المدني وقوع ضحايا خلال القصف على مدينة سراقب.")
    assert ("attack", "asserted", "سراقب") in got
    assert ("attack", "denied", "سراقب") not in got
    got = kinds("ونفت الوزارة سقوط جرحى جراء الغارة التي طالت بلدة كفرنبل.")
    assert ("attack", "asserted", "كفرنبل") in got and ("casualties", "denied", "كفرنبل") in got


def test_a_denied_crackdown_denies_no_protest():
    got = kinds("ونفت قيادة الشرطة تفريق المتظاهرين في مدينة شهبا.", "2023-09-01")
    assert got == {("protest", "asserted", "شهبا")}


def test_a_denial_still_reaches_its_own_object_and_the_report_it_names():
    assert kinds("ونفى المتحدث انسحاب القوات من مدينة سراقب.") == {("withdraw", "denied", "سراقب")}
    # the relative clause is the report's, not a given: the withdrawal it claimed is denied
    got = kinds("ونفى مصدر عسكري الأنباء التي زعمت انسحاب الجيش من مدينة سراقب.")
    assert got == {("withdraw", "denied", "سراقب")}


def test_responsibility_unclaimed_presupposes_the_act():
    # a claim a named party denies is its denial of its own part (task conv36, tests/extract/test_extract_conv36.py)
    got = kinds("ونفت الفصائل مسؤوليتها عن الهجوم على بلدة السقيلبية.")
    assert {(t, p) for t, p, _ in got} == {("attack", "denied")}
    got = kinds("ولم تتبن أي جهة الهجوم على حاجز في مدينة الميادين.", "2025-02-01")
    assert ("attack", "asserted", "الميادين") in got
    got = kinds("ولم يعلن أي فصيل مسؤوليته عن مقتل الشاب في مدينة الصنمين.")
    assert ("casualties", "asserted", "الصنمين") in got


def test_a_denial_after_the_report_it_denies():
    got = kinds("وقال المصدر إن ما تردد عن دخول الفصائل إلى مدينة حماة عار عن الصحة.", "2024-12-01")
    assert got == {("enter", "denied", "حماة")}
    got = kinds("وكذبت الوزارة الأخبار عن انسحاب قواتها من مدينة حماة.", "2024-12-01")
    assert got == {("withdraw", "denied", "حماة")}


def test_an_intention_makes_its_goal_expected():
    got = kinds("وتستعد الفصائل لاقتحام مدينة حماة.", "2024-12-01")
    assert got == {("enter", "expected", "حماة")}
    got = kinds("ورجح مراقبون أن يدخل الجيش بلدة كفرزيتا قريبا.")
    assert got == {("enter", "expected", "كفرزيتا")}


def test_going_on_in_the_future_is_a_plan():
    got = kinds("وستواصل القوات التركية قصف قرى ريف منبج.")
    assert ("attack", "expected", "ريف منبج") in got
    assert not any(p == "asserted" for _, p, _ in got)


def test_a_yes_no_question_or_a_conditional_answer_tells_nothing():
    assert kinds("هل يدخل الجيش مدينة سراقب؟") == set()
    assert kinds("وإذا انسحبت القوات من بلدة كفرنبل فإن الفصائل ستسيطر عليها.") == set()


def test_a_result_that_did_not_come_is_no_event_its_cause_stands():
    got = kinds("ولم تسفر المواجهات في بلدة اللطامنة عن سقوط ضحايا.")
    assert got == {("attack", "asserted", "اللطامنة")}
    got = kinds("وقصف الطيران بلدة اللطامنة دون أن يسفر القصف عن إصابات.")
    assert {t for t, _, _ in got} == {"attack"}


def test_a_call_to_protest_is_an_expected_protest_the_protest_it_brought_is_asserted():
    # a call for a protest announces it (planned by those who call: expected), as heldout22's reader annotates "دعوات
    # لتنظيم وقفة ... يوم غد" (task modality40; before, a call gave no event)
    assert kinds("ودعت تنسيقيات المدينة إلى مظاهرات في مدينة حماة يوم الجمعة.", "2011-06-01") == \
        {("protest", "expected", "حماة")}
    got = kinds("وخرجت مظاهرات حاشدة في مدينة حماة استجابة لدعوات الناشطين.", "2011-06-01")
    assert got == {("protest", "asserted", "حماة")}


def test_a_report_called_untrue_after_it_is_denied():
    got = kinds("وقال المتحدث إن الحديث عن تقدم القوات نحو مدينة إدلب غير صحيح.")
    assert got == {("advance", "denied", "إدلب")}


def sides(text: str, published: str = "2025-03-01") -> set[tuple[str, str, str]]:
    return {(e.type, e.polarity, e.actor.side)
            for e in analyze(Article(id="p", raw=text, published=published)).events}


def test_the_claimant_is_the_agent_an_unclaimed_act_has_none_named():
    got = sides("وتبنى تنظيم الدولة الهجوم الذي استهدف حاجزا للجيش في بلدة الشحيل.")
    assert got == {("attack", "asserted", "isis")}
    got = sides("ولم تتبن أي جهة الانفجار الذي استهدف دورية للأمن العام في مدينة الميادين.")
    assert got == {("attack", "asserted", "unknown")}


def test_a_denial_without_a_verb_of_denial_and_a_failure():
    got = kinds("وليست صحيحة الأنباء عن انسحاب الفصائل من بلدة مورك.")
    assert got == {("withdraw", "denied", "مورك")}
    got = kinds("وأعلنت الوزارة عدم انسحاب وحداتها من مدينة سراقب.")
    assert got == {("withdraw", "denied", "سراقب")}
    got = kinds("وأخفقت الفصائل في اقتحام بلدة السقيلبية.")
    assert got == {("enter", "denied", "السقيلبية")}
