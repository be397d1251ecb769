"""Dates of the shared gold sets' constructions (task dates21): the "now" of a report dated by its saying verb is
the report's day ("أكدت مصادر مساء السبت أن ...، وهي الآن في X"), not the article's."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def dated(text: str, published: str) -> dict[tuple[str, str], str]:
    events = analyze(Article(id="d", raw=text, published=published)).events
    return {(e.type, e.place.name if e.place else ""): e.date.value for e in events}


def test_now_of_a_dated_report_is_the_report_day() -> None:
    got = dated("أفاد مراسلون صباح الخميس بأن قوات النظام انسحبت من بلدة كفرزيتا، وهي الآن في مدينة محردة.",
                "2019-05-12")
    assert got[("deploy", "محردة")] == "2019-05-09"


def test_now_after_a_day_of_the_happening_stays_the_article_day() -> None:
    got = dated("قالت مصادر إن قوات النظام انسحبت أمس من بلدة كفرزيتا، وهي الآن في مدينة محردة.", "2019-05-12")
    assert got[("withdraw", "كفرزيتا")] == "2019-05-11"
    assert got[("deploy", "محردة")] == "2019-05-12"


def test_writer_now_beside_another_day_stays_the_article_day() -> None:
    got = dated("قصفت طائرات روسية أمس مدينة أريحا، فيما تتمركز قوات النظام الآن في بلدة محمبل.", "2020-03-01")
    assert got[("deploy", "محمبل")] == "2020-03-01"
