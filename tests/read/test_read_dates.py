"""Date reader: Levantine months, year inference, relative dates, operation days, inference."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.dates import infer_published, read_dates


def _dates(text: str, published: str | None = "2024-12-07") -> dict[str, dict]:
    art = read_dates(segment(Article(id="t", raw=text, text=text, published=published)))
    for m in art.mentions_of("date"):
        assert text[m.start:m.end] == m.text
    return {m.text: m.attrs for m in art.mentions_of("date")}


def test_levantine_month_with_weekday() -> None:
    got = _dates("قالت الفصائل يوم السبت 7 من كانون الأول إنها تقدمت.")
    assert got["السبت 7 من كانون الأول"]["value"] == "2024-12-07"


def test_month_without_year_after_article_date_goes_to_previous_year() -> None:
    got = _dates("بدأ الهجوم في 28 من كانون الأول الماضي.", published="2025-01-03")
    assert got["28 من كانون الأول الماضي"]["value"] == "2024-12-28"


def test_two_days_joined_by_wa() -> None:
    got = _dates("ودام الطوق على البلدة ما بين 29 من تشرين الأول و3 من تشرين الثاني وفق الأهالي.")
    assert got["29 من تشرين الأول"]["value"] == "2024-10-29"
    assert got["3 من تشرين الثاني"]["value"] == "2024-11-03"


def test_standard_month_numeric_and_year_forms() -> None:
    got = _dates("في 8 ديسمبر 2024 ثم في 2019-03-12 وكذلك عام 2017.")
    assert got["8 ديسمبر 2024"]["value"] == "2024-12-08"
    assert got["2019-03-12"]["value"] == "2019-03-12"
    assert got["عام 2017"]["precision"] == "year"


def test_yesterday_checks_weekday() -> None:
    # published on a Saturday just after midnight: "أمس الجمعة" is the Friday before
    got = _dates("وصلت الأرتال مساء أمس الجمعة إلى المدينة.", published="2024-12-07")
    assert got["مساء أمس الجمعة"]["value"] == "2024-12-06"
    got = _dates("وصلت الأرتال أمس الخميس.", published="2024-12-07")
    assert got["أمس الخميس"]["value"] == "2024-12-05"


def test_weekday_and_week_and_expected() -> None:
    got = _dates("جرت الاشتباكات يوم الأحد، والأسبوع الماضي، ويتوقع الحسم خلال الساعات القادمة.")
    assert got["يوم الأحد"]["value"] == "2024-12-01"
    assert got["الأسبوع الماضي"]["precision"] == "week"
    assert got["خلال الساعات القادمة"]["expected"] is True


def test_day_n_of_operation_and_next_day() -> None:
    text = "في اليوم الـ11 من عملية فجر الشمال، وقد بدأتها فصائل المعارضة يوم 27 من تشرين الثاني."
    got = _dates(text)
    assert got["في اليوم الـ11 من عملية"]["value"] == "2024-12-07"
    got = _dates("أطلقت الفصائل هجومها في 27 من تشرين الثاني. وفي اليوم التالي دخلت البلدة.")
    assert got["اليوم التالي"]["value"] == "2024-11-28"


def test_numbers_that_are_not_dates() -> None:
    assert _dates("قتل 12 شخصاً وأصيب 31 آخرون على بعد 2024 متراً.") == {}


def test_relative_without_article_date_stays_unresolved() -> None:
    got = _dates("قصفت الطائرات البلدة اليوم.", published=None)
    assert got["اليوم"]["value"] == ""


def test_infer_published_from_dateline() -> None:
    text = "حلب - الأحد 8 كانون الأول 2024: دخلت الفصائل المدينة. وفي 5 كانون الأول 2024 سقطت حماة."
    art = segment(Article(id="t", raw=text, text=text))
    assert infer_published(art) == "2024-12-08"
    assert art.meta["published_inferred"] is True


def test_a_month_named_alone_after_a_lead_word_or_with_a_relative_adjective() -> None:
    got = _dates("استعاد الجيش البلدة في آذار بعد معارك طويلة.", published="2016-12-11")
    assert got["في آذار"] == {"value": "2016-03-01", "precision": "month", "relative": True,
                              "anchor": "published"}
    # a month after the article's month is last year's; "المقبل" is the next one
    got = _dates("بدأ الحصار منتصف تشرين الثاني الماضي.", published="2016-03-20")
    assert got["منتصف تشرين الثاني الماضي"]["value"] == "2015-11-01"
    got = _dates("سيبدأ الانسحاب في حزيران المقبل.", published="2016-12-11")
    assert got["في حزيران المقبل"]["value"] == "2017-06-01"


def test_a_bare_month_name_with_no_lead_is_no_date() -> None:
    # "مارس" is also the verb "practised"
    assert _dates("مارس الحاجز ضغوطا على السكان.", published="2016-12-11") == {}


def test_the_same_day_is_the_day_named_before_not_today() -> None:
    text = "انفجرت سيارة في البلدة يوم الأحد. وفي اليوم ذاته قصفت الطائرات قرية مجاورة."
    got = _dates(text, published="2024-12-07")  # a Saturday: the Sunday before is 1 December
    assert got["يوم الأحد"]["value"] == "2024-12-01"
    assert got["اليوم ذاته"]["value"] == "2024-12-01"
    got = _dates("قتل ثلاثة في 3 من تشرين الثاني، وفي نفس اليوم انسحبت القوات.")
    assert got["نفس اليوم"]["value"] == "2024-11-03"


def test_the_same_day_with_no_day_before_stays_unresolved() -> None:
    got = _dates("وفي اليوم نفسه انسحبت القوات من البلدة.")
    assert got["اليوم نفسه"]["value"] == ""
    assert all(attrs["value"] != "2024-12-07" for attrs in got.values())


def test_a_weekday_called_past_or_next_is_not_the_article_day() -> None:
    got = _dates("قتل خمسة يوم السبت الماضي في البلدة. وتعقد الجولة يوم الأحد المقبل.")  # a Saturday
    assert got["يوم السبت الماضي"]["value"] == "2024-11-30"
    assert got["يوم الأحد المقبل"]["value"] == "2024-12-08"
    assert got["يوم الأحد المقبل"].get("expected") is True
    got = _dates("وفي الجمعة الماضية دخلت القوات البلدة، ويوم السبت انسحبت.")
    assert got["الجمعة الماضية"]["value"] == "2024-12-06"
    assert got["يوم السبت"]["value"] == "2024-12-07"


def test_day_n_of_operation_named_by_an_earlier_day_or_counted_from_a_start_told_before() -> None:
    got = _dates("استقل المقاتلون الحافلات يوم الأحد وهو اليوم الثاني لعملية إجلاء مسلحي البلدة.")
    assert got["اليوم الثاني لعملية"]["value"] == "2024-12-01"  # that Sunday
    assert got["اليوم الثاني لعملية"]["operation_start"] == "2024-11-30"
    text = ("بدأت عملية الإجلاء من البلدة المحاصرة يوم الخميس.\n"
            "وفي اليوم الثالث لعملية الإجلاء خرجت حافلات جديدة.")
    got = _dates(text, published="2024-12-09")  # a Monday: Thursday is 5 December
    assert got["اليوم الثالث لعملية"]["value"] == "2024-12-07"
    text = "سيطرت الفصائل على البلدة يوم الخميس.\nوفي اليوم الثالث لعملية الإجلاء خرجت حافلات جديدة."
    assert _dates(text, published="2024-12-09")["اليوم الثالث لعملية"]["value"] == ""  # no start told
