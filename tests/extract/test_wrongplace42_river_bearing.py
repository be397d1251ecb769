"""Task wrongplace42: a bearing from a river between a town and the region after في/ب ("بلدة X شرقي نهر الفرات في
ريف Y"، "على الضفة الشرقية لنهر الفرات"، "غرب العاصي") only says where the town lies; the region after it still only
locates the town, as right after its name, and is no second event place. A river is no place (GUIDELINES: شرق
الفرات is a region). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def places(text: str, published: str = "2024-05-02") -> list[tuple[str, str]]:
    evs = analyze(Article(id="wrongplace42", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "") for e in evs]


def test_a_river_bearing_leaves_the_region_a_locator() -> None:
    for text, town in (
            ("دكت راجمات الصواريخ بلدة البصيرة شرقي نهر الفرات في ريف دير الزور مساء الخميس", "البصيرة"),
            ("دكت راجمات الصواريخ مدينة محردة غرب نهر العاصي في محافظة حماة", "محردة"),
            ("أغارت طائرات حربية على بلدة الصور على الضفة الغربية لنهر الخابور في ريف الحسكة", "الصور")):
        got = places(text)
        assert got and all(t == "attack" and town in p for t, p in got), got


def test_near_a_town_so_placed_is_near_the_town() -> None:
    got = places("أغارت مسيرة على نقطة عسكرية قرب بلدة الشعفة شرقي نهر الفرات في محافظة دير الزور")
    assert got and all("الشعفة" in p for _, p in got), got


def test_guards_a_town_alone_and_a_list_keep_their_places() -> None:
    got = places("دكت راجمات الصواريخ بلدة البصيرة شرقي نهر الفرات")
    assert got and all("البصيرة" in p for _, p in got), got
    got = places("دكت راجمات الصواريخ بلدة البصيرة شرقي نهر الفرات وبلدة الصور في ريف الحسكة")
    assert any("البصيرة" in p for _, p in got) and any("الصور" in p for _, p in got), got
