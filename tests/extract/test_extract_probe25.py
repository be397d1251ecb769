"""Constructions of pages where few sentences are events (monthly reports, interviews, court news, fact-checks,
columns, explainers) that the probe25 first-sight measure showed (bench/articles_probe25). Sentences written for
these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2025-11-03") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="p25", raw=text, published=published)).events
    return [(e.type, e.polarity, e.place.name) for e in evs]


def days(text: str, published: str = "2025-11-03") -> dict[str, str]:
    return {e.type: e.date.value for e in analyze(Article(id="p25", raw=text, published=published)).events}


def test_a_closing_date_led_by_fi_dates_a_dash_list_item() -> None:
    got = days("- مقتل رجل بانفجار لغم قرب بلدة التمانعة في ريف إدلب، في 12 تشرين الأول.")
    assert got["casualties"] == "2025-10-12"
    got = days("- اغتيال عنصر سابق في الفصائل برصاص مجهولين وسط مدينة طفس، في 21 تشرين الأول.")
    assert got["casualties"] == "2025-10-21"


def test_a_pronoun_after_a_count_is_partitive_not_a_place() -> None:
    got = events("قتل أربعة في اشتباك بين عائلتين في بلدة تلدو. ووثقت الشبكة 75 حالة احتجاز، أفرج عن ثلاثين منها لاحقاً.")
    assert not [e for e in got if e[0] == "other"]
    assert events("وسجل التقرير 90 حالة اعتقال في مختلف المحافظات، أطلق سراح 40 منها قبل نهاية الشهر.") == []


def test_the_kin_of_the_dead_tell_no_toll_where_they_gather() -> None:
    assert events("واستقبل المحافظ عائلات الشهداء في مبنى المحافظة بمدينة حماة.", "2025-12-01") == []
    assert events("وأشعل أهالي الضحايا الشموع في الساحة الرئيسية لمدينة دوما.", "2025-08-21") == []
    got = events("ونظم ذوو ضحايا المعتقلات وقفة في ساحة المرجة بدمشق.", "2025-12-09")
    assert not [e for e in got if e[0] == "casualties"]
    # a settlement named right after them is where the dead fell
    got = events("ويقول ذوو ضحايا في قرية المختارية إنهم ينتظرون محاسبة القتلة.", "2025-03-20")
    assert ("casualties", "asserted", "المختارية") in got


def test_a_strike_recalled_after_a_time_head_is_no_strike_at_the_clause_place() -> None:
    got = events("واعتقلت الشرطة شابين في بلدة صلنفة بعد ثلاثة أيام من الهجوم.", "2025-11-24")
    assert not [e for e in got if e[0] == "attack"]
    got = events("وانتشرت دوريات الأمن الداخلي في مدينة جبلة بعد ساعات من التفجير.", "2025-11-24")
    assert not [e for e in got if e[0] == "attack"]
    # the place right after it is still the strike's
    got = events("وانتشرت دوريات الأمن الداخلي في مدينة جبلة بعد ساعات من الهجوم على حاجز مدينة بانياس.", "2025-11-24")
    assert ("attack", "asserted", "بانياس") in got


def test_a_verb_describing_an_unnamed_place_names_none() -> None:
    got = events("شهدت مدينة أريحا غارات متواصلة، فيما لا يملك أهلها مكاناً آخر ينزحون إليه.", "2018-08-29")
    assert not [e for e in got if e[0] == "displacement"]
    got = events("شهدت مدينة أريحا غارات متواصلة، والسكان ينزحون منها نحو الشمال.", "2018-08-29")
    assert ("displacement", "asserted", "أريحا") in got


def test_a_condition_after_the_trigger_is_no_event() -> None:
    assert events("ويرى محللون أن الهجوم، إن وقع، سيبدأ من مدينة جسر الشغور.", "2018-08-29") == []
    assert events("وأكد القيادي أن المعارك إن اندلعت في سهل الغاب فستكون طويلة.", "2018-08-29") == []
    assert ("attack", "expected", "جسر الشغور") in events("ويتوقع محللون أن يبدأ الهجوم على مدينة جسر الشغور خلال أيام.",
                                                           "2018-08-29")


def test_the_visit_is_no_village_and_near_is_no_part_of_a_name() -> None:
    assert events("ووصف الباحث الزيارة بأنها رسالة سياسية أكثر منها اتفاقاً على تفاصيل.", "2026-03-16") == []
    assert ("attack", "asserted", "إبلين") in events("وأغارت طائرات روسية على أطراف بلدة إبلين القريبة.", "2021-07-08")


def sides(text: str, published: str) -> dict[str, str]:
    return {e.type: e.actor.side for e in analyze(Article(id="p25", raw=text, published=published)).events}


def test_a_move_noun_and_its_nationality_name_the_side() -> None:
    assert sides("ورصدت الشبكة التوغل الإسرائيلي في قرية الرفيد فجر اليوم.", "2025-11-03")["enter"] == "israel"
    assert sides("وتواصل الانتشار التركي في محيط بلدة الأتارب رغم القصف.", "2020-03-05")["deploy"] == "turkey"
    assert sides("وبدأ الانسحاب الأمريكي من قاعدة صرين صباح اليوم.", "2019-10-20")["withdraw"] == "usa"
