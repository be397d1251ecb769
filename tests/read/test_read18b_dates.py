"""Task read18b: "قبل ساعات من دخول الجيش" counts from a happening, not from the article's day: it dates
nothing, and the sentence takes the date the story gave before. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def days(text: str, published: str) -> list[tuple[str, str | None]]:
    evs = analyze(Article(id="d", raw=text, published=published)).events
    return [(e.type, e.date.value if e.date else None) for e in evs]


def test_hours_before_a_happening_is_no_date() -> None:
    got = days("دخلت وحدات الجيش بلدة الزارة صباح أمس.\nوأكد المصدر أن عدداً من المسلحين غادروا البلدة "
               "قبل ساعات من دخول وحدات الجيش.", "2014-02-18")
    assert ("withdraw", "2014-02-17") in got


def test_hours_ago_alone_is_still_today() -> None:
    assert days("انسحب المسلحون من بلدة الزارة قبل ساعات.", "2014-02-18") == [("withdraw", "2014-02-18")]


def test_an_aside_on_the_people_counted_does_not_cut_the_clause_from_its_day() -> None:
    got = days("أمس السبت قصفت الطائرات بلدة الزارة.\nوغادر نحو ألفي شخص، بينهم مئات المقاتلين مع عائلاتهم، "
               "مدينة مضايا يوم الجمعة.", "2017-04-16")
    assert ("displacement", "2017-04-14") in got
    got = days("قتل 12 شخصاً، بينهم ثلاثة أطفال، في قصف على بلدة كفرنبل يوم الجمعة.", "2017-04-16")
    assert got == [("attack", "2017-04-14"), ("casualties", "2017-04-14")]


def test_a_governorate_section_of_a_roundup_is_the_day_it_is_filed() -> None:
    text = ("ارتفع إلى 20 عدد القتلى جراء قصف قوات النظام على بلدة كفرنبل مساء أمس الأحد.\n"
            "محافظة حماة: قصفت قوات النظام مناطق في قرية الزكاة، ما أدى لإصابة مواطن بجراح.")
    got = days(text, "2015-06-01")
    assert ("attack", "2015-05-31") in got
    assert ("casualties", "2015-06-01") in got and got.count(("attack", "2015-06-01")) == 1


def test_a_paragraph_without_a_heading_keeps_the_lead_day() -> None:
    text = ("ارتفع إلى 20 عدد القتلى جراء قصف قوات النظام على بلدة كفرنبل مساء أمس الأحد.\n"
            "وقصفت قوات النظام مناطق في قرية الزكاة، ما أدى لإصابة مواطن بجراح.")
    got = days(text, "2015-06-01")
    assert ("casualties", "2015-05-31") in got


def test_a_battle_going_on_after_its_noun_is_of_the_article_day() -> None:
    text = ("قال ناشطون إن مسلحين سيطروا على بلدة تل تمر أمس السبت.\nوفي تطورات أخرى، قال المرصد إن اشتباكات "
            "عنيفة تدور لليوم الثالث بين مقاتلي المعارضة والقوات الحكومية في محيط بلدة خان العسل.")
    assert days(text, "2013-03-03") == [("take_control", "2013-03-02"), ("attack", "2013-03-03")]
