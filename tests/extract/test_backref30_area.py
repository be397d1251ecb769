"""Task backref30: a singular "المنطقة" after a list of governorates names the region they span, which is no place; a
pronoun of في resuming the noun of a relative clause ("العملية التي ... قتل فيها") points at that noun, a place only when
the noun is one. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2025-03-12") -> list[tuple[str, str]]:
    evs = analyze(Article(id="br30", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "") for e in evs]


def test_the_area_after_a_list_of_governorates_is_no_place() -> None:
    got = events("تجددت المواجهات في محافظات طرطوس واللاذقية وحمص ليل الأحد. وأفاد سكان بأن مجموعات مسلحة "
                 "تسللت إلى المنطقة من الجبال.")
    assert not any(t == "enter" for t, _ in got)


def test_the_area_after_one_governorate_is_that_governorate() -> None:
    got = events("تجددت المواجهات في محافظة السويداء ليل الأحد. وأفاد سكان بأن مجموعات مسلحة تسللت إلى المنطقة "
                 "من الجبال.")
    assert any(t == "enter" and "السويداء" in p for t, p in got)


def test_a_pronoun_resuming_an_operation_is_no_place() -> None:
    got = events("سيطر الجيش على بلدة عربين صباح الخميس. وأكد مصدر عسكري أن العملية التي دامت أياماً طويلة قتل "
                 "فيها عشرات المسلحين.", "2017-05-18")
    assert ("take_control", "عربين") in got
    assert not any(t == "casualties" and "عربين" in p for t, p in got)


def test_a_pronoun_resuming_a_town_named_is_that_town() -> None:
    got = events("سيطر الجيش على حي القابون صباح الخميس. وأكد مصدر عسكري أن بلدة عربين التي تحاذي الحي قتل "
                 "فيها عشرات المسلحين.", "2017-05-18")
    assert any(t == "casualties" and "عربين" in p for t, p in got)


def test_a_relative_clause_on_a_plural_place_noun_keeps_the_named_place() -> None:
    # "من أولى المدن التي خرجت فيها": the pronoun resumes towns, so the town the sentence names stands
    from tawatur.model import Article
    from tawatur.pipeline import analyze

    text = "وكانت سراقب من أولى المدن التي خرجت فيها احتجاجات سلمية ضد النظام."
    got = {(e.type, e.place.name) for e in analyze(Article(id="b30", raw=text, published="2019-03-01")).events}
    assert ("protest", "سراقب") in got


def test_a_pronoun_that_does_not_agree_with_the_relative_is_the_verbs_object() -> None:
    # "الثوار الذين سيطروا عليها": "ها" cannot resume "الذين"; it is the town named before, taken in the background
    from tawatur.model import Article
    from tawatur.pipeline import analyze

    text = ("قصفت الطائرات مدينة القصير. وتسعى قوات النظام إلى استعادة السيطرة على المدينة الحدودية من الثوار "
            "الذين سيطروا عليها عام 2012.")
    evs = analyze(Article(id="b30", raw=text, published="2013-05-01")).events
    got = {(e.type, e.place.name, e.actor.side if e.actor else "") for e in evs}
    assert ("take_control", "القصير", "opposition") in got
