"""A day of the month the text named before, told by a pronoun or "the same month" (task misread26): "في آذار
الماضي ... وفي 12 منه" is 12 March, "في نيسان 2016 ... في العاشر من الشهر ذاته" is 10 April 2016, not a day of
the article's month; "منهم" after a count and "الطابق الثالث منه" are no days."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def days(text: str, published: str) -> list[str | None]:
    return [e.date.value if e.date else None for e in analyze(Article(id="d", raw=text, published=published)).events]


def test_a_day_of_it_after_a_month_named_in_an_earlier_sentence() -> None:
    got = days("وكانت قوات النظام قد قصفت بلدة كفرنبل في آذار الماضي.\nوفي 12 منه قصفت قوات النظام بلدة حاس.",
               "2024-05-20")
    assert got[-1] == "2024-03-12"


def test_an_ordinal_day_of_it_in_the_same_sentence() -> None:
    got = days("شهد شهر شباط الماضي تصعيداً، ففي الخامس منه قصفت قوات النظام مدينة سراقب.", "2024-05-20")
    assert got == ["2024-02-05"]


def test_a_day_of_the_same_month_is_of_the_month_named_with_its_year() -> None:
    got = days("بدأ الهجوم على مدينة تدمر في أيار 2015، وفي الحادي والعشرين من الشهر نفسه سيطر التنظيم على المدينة.",
               "2024-05-20")
    assert got[-1] == "2015-05-21"


def test_no_day_from_a_count_of_them_or_a_part_of_it() -> None:
    assert days("اعتقلت قوات الأمن عشرين شاباً في مدينة جاسم أمس، وأفرجت عن 12 منهم في وقت لاحق.",
                "2024-05-20") == ["2024-05-19"]
    assert [d[:7] for d in days("قصفت طائرات حربية مشفى مدينة معرة النعمان في آذار الماضي، ودمرت الطابق الثالث منه.",
                                "2024-05-20")] == ["2024-03"]


def test_the_current_month_stays_the_articles() -> None:
    got = days("قصفت قوات النظام أمس بلدة كفرنبل، وفي العاشر من الشهر الجاري قصفت بلدة حاس.", "2024-05-20")
    assert got == ["2024-05-19", "2024-05-10"]
