"""Task dedupe36: one article's two happenings of one place, each dated by its own sentence to another day or
month, stay two; a lead and its body, one of them undated or the days next to each other, stay one (own
sentences; bench/sentences/dedupe36.txt holds more)."""
from __future__ import annotations

from tawatur.extract.dedupe import DAYS_APART
from tawatur.model import Article, Event
from tawatur.pipeline import analyze


def _at(text: str, day: str, kind: str, place: str) -> list[Event]:
    evs = analyze(Article(id="s", raw=text, published=day)).events
    return [e for e in evs if e.type == kind and e.place is not None and e.place.name == place]


def test_a_strike_today_and_one_in_a_past_month_are_two() -> None:
    evs = _at("قصفت قوات النظام قرية الحويقة مساء الثلاثاء.\nوتعرضت القرية لقصف مدفعي من قوات النظام في تموز"
              " الماضي.", "2025-09-02", "attack", "الحويقة")
    assert sorted(e.date.value[:7] for e in evs) == ["2025-07", "2025-09"]
    assert sum(DAYS_APART in e.rule for e in evs) == 1


def test_an_entry_today_and_one_months_before_are_two() -> None:
    evs = _at("اقتحمت قوات النظام بلدة التمانعة فجر اليوم.\nوكانت قوات النظام قد اقتحمت البلدة في الثالث من آذار"
              " الماضي قبل أن تنسحب منها.", "2019-05-27", "enter", "التمانعة")
    assert sorted(e.date.value for e in evs) == ["2019-03-03", "2019-05-27"]


def test_a_lead_and_its_undated_body_stay_one() -> None:
    evs = _at("قصفت قوات النظام قرية الحويقة مساء الثلاثاء.\nوأضاف المصدر أن قوات النظام قصفت القرية بالمدفعية"
              " الثقيلة.", "2025-09-02", "attack", "الحويقة")
    assert len(evs) == 1 and evs[0].date.value == "2025-09-02"


def test_one_night_told_from_either_end_stays_one() -> None:
    evs = _at("قصفت قوات النظام قرية الحويقة ليل الثلاثاء.\nوقال ناشطون إن قوات النظام قصفت القرية فجر"
              " الأربعاء.", "2025-09-03", "attack", "الحويقة")
    assert len(evs) == 1


def test_the_toll_of_a_strike_today_and_of_one_in_august_are_two() -> None:
    evs = _at("تعرضت بلدة معضمية الشام صباح اليوم لقصف مدفعي من قوات النظام، ما أدى إلى مقتل شاب.\nوتعرضت البلدة في"
              " الحادي والعشرين من آب الماضي لقصف بالصواريخ أودى بحياة عشرات المدنيين.", "2013-10-09",
              "casualties", "معضمية الشام")
    assert sorted(e.date.value for e in evs) == ["2013-08-21", "2013-10-09"]


def test_a_month_that_holds_the_day_stays_one() -> None:
    evs = _at("قصفت الطائرات الحربية بلدة كفرزيتا في الحادي عشر من نيسان.\nوقال ناشطون إن الطائرات قصفت البلدة في"
              " نيسان بالبراميل.", "2014-04-20", "attack", "كفرزيتا")
    assert len(evs) == 1


def test_a_state_since_a_month_is_no_happening_of_that_month() -> None:
    evs = _at("قصفت قوات النظام قرية الحويقة مساء الثلاثاء.\nوتتعرض القرية لقصف متقطع من قوات النظام منذ مطلع تموز"
              " الماضي.", "2025-09-02", "attack", "الحويقة")
    assert len(evs) == 1
