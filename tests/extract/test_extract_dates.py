"""Which date an event takes (issue 12): its own clause, a history year, a parenthetical year, the
narrative's last named day (sentences written for these tests)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def dates_of(text: str, published: str = "2017-09-07") -> dict[tuple[str, str], str]:
    evs = analyze(Article(id="t", raw=text, published=published)).events
    return {(e.type, e.place.name_en): e.date.value for e in evs}


def test_a_history_year_in_the_clause_dates_its_event():
    got = dates_of("وكان التنظيم قد حاصر جيبا للجيش في مدينة دير الزور عام 2014.")
    assert got[("advance", "Deir ez-Zor")].startswith("2014")


def test_a_year_since_or_in_parentheses_dates_nothing():
    got = dates_of("سيطرت الفصائل أمس على مدينة الباب التي تقع تحت حكم التنظيم منذ عام 2014.")
    assert got[("take_control", "Al-Bab")] == "2017-09-06"
    got = dates_of("سيطرت الفصائل اليوم على معبر باب السلامة (الذي أغلق عام 2013) الحدودي.")
    assert all(not v.startswith("2013") for v in got.values())


def test_the_narrative_day_carries_to_the_next_sentence_of_its_paragraph():
    text = ("وقال المرصد إن قوات النظام دخلت ليل السبت بلدة مورك في ريف حماة. "
            "وتمكنت القوات بعد ذلك من السيطرة على بلدة اللطامنة المجاورة.")
    got = dates_of(text, published="2017-09-05")
    assert got[("enter", "Morek")] == "2017-09-02"
    assert got[("take_control", "Al-Lataminah")] == "2017-09-02"
