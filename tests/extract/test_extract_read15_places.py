"""Task read15: where events of articles_heldout15 happen: a flight a causative verb tells ("ما دفع العائلات إلى النزوح")
left the place of what drove it; going out to welcome a force is a gathering. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def places(text: str, published: str = "2015-08-16") -> list[tuple[str, str]]:
    evs = analyze(Article(id="r15p", raw=text, published=published)).events
    return [(e.type, e.place.name) for e in evs]


def test_a_flight_a_causative_verb_tells_left_the_place_struck() -> None:
    got = places("قصفت قوات النظام بلدة كفرنبودة بالبراميل المتفجرة، ما دفع مئات العائلات إلى النزوح نحو مدينة خان "
                 "شيخون.", "2019-05-10")
    assert ("displacement", "كفرنبودة") in got and ("displacement", "خان شيخون") in got


def test_a_flight_after_an_entry_left_the_place_entered() -> None:
    got = places("ودخلت قوات النظام بلدة عطشان، ما اضطر آلاف المدنيين إلى الفرار نحو مدينة معرة النعمان.", "2015-10-12")
    assert ("displacement", "عطشان") in got


def test_going_out_to_welcome_a_force_is_a_gathering_not_a_departure() -> None:
    got = places("وخرج أهالي بلدة الصنمين لاستقبال وحدات الجيش.", "2018-07-06")
    assert got == [("protest", "الصنمين")]


def test_camps_spread_around_a_town_are_where_people_fled_not_a_deployment() -> None:
    got = places("وفرّ آلاف المدنيين من مدينة سراقب إلى المخيمات المنتشرة حول مدينة سرمدا.", "2020-02-14")
    assert ("displacement", "سرمدا") in got and not any(t == "deploy" for t, _ in got)
