"""Task twice20: a force's move told at a countryside and again at the one town inside it the same day is one
event, at the town (GUIDELINES "Unit"); several towns, another day, the city the countryside is named after, and
strikes or tolls keep the countryside's telling (own sentences; bench/sentences/twice20.txt holds them)."""
from __future__ import annotations

from tawatur.extract.dedupe import INSIDE
from tawatur.model import Article, Event
from tawatur.pipeline import analyze


def _events(text: str, day: str) -> list[Event]:
    return analyze(Article(id="s", raw=text, published=day)).events


def _places(events: list[Event], kind: str) -> set[str]:
    return {e.place.name for e in events if e.type == kind and e.place is not None}


def test_a_lead_advance_in_the_countryside_is_the_advance_toward_the_town() -> None:
    evs = _events("تقدمت قوات النظام في ريف إدلب الجنوبي اليوم. وقالت مصادر عسكرية إن القوات تقدمت نحو مدينة خان"
                  " شيخون من الجهة الشمالية.", "2019-08-10")
    assert _places(evs, "advance") == {"خان شيخون"}
    assert all(INSIDE in e.rule for e in evs if e.type == "advance")


def test_a_lead_takeover_and_withdrawal_are_the_body_town_s() -> None:
    evs = _events("سيطرت قوات النظام اليوم على مواقع في ريف حماة الشمالي. وأكد مصدر عسكري أن القوات سيطرت على"
                  " بلدة حلفايا بعد معارك.", "2017-04-20")
    assert _places(evs, "take_control") == {"حلفايا"}
    evs = _events("انسحب مقاتلو التنظيم من مواقعهم في ريف الرقة الشمالي اليوم. وقال ناشطون إن المقاتلين انسحبوا"
                  " من بلدة سلوك باتجاه مدينة الرقة.", "2016-11-02")
    assert _places(evs, "withdraw") == {"سلوك"}


def test_a_countryside_takeover_of_another_day_stands() -> None:
    evs = _events("سيطرت قوات النظام على بلدة حلفايا اليوم. وكانت القوات قد سيطرت على مواقع في ريف حماة الشمالي"
                  " في الثامن عشر من الشهر الجاري.", "2017-04-22")
    assert _places(evs, "take_control") == {"حلفايا", "ريف حماة الشمالي"}


def test_the_city_a_countryside_is_named_after_is_another_place() -> None:
    evs = _events("تقدمت قوات النظام في ريف حماة الشمالي اليوم. وقالت مصادر عسكرية إن القوات تقدمت نحو مدينة حماة"
                  " من جهة الشمال.", "2019-08-10")
    assert _places(evs, "advance") == {"ريف حماة الشمالي", "حماة"}


def test_tolls_and_strikes_on_a_countryside_stand_beside_its_towns() -> None:
    evs = _events("قتل سبعة أشخاص في ريف حماة الشمالي اليوم. وأفاد ناشطون بمقتل سبعة مدنيين بقصف لقوات النظام على"
                  " بلدة كفرزيتا.", "2019-05-06")
    assert _places(evs, "casualties") == {"ريف حماة الشمالي", "كفرزيتا"}
    evs = _events("قصفت قوات النظام ريف درعا الشرقي اليوم، واستهدفت بلدتي بصر الحرير والحراك بالمدفعية.",
                  "2018-06-25")
    assert _places(evs, "attack") == {"ريف درعا الشرقي", "بصر الحرير", "الحراك"}
