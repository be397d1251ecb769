"""Task read21a (heldout21, half a): attribution by the fused "حسبما", and a building named only by the office every
town has. Our own texts, invented details, real places."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _events(text: str, day: str = "2025-06-03") -> list:
    return list(analyze(Article(id="r21a", raw=text, published=day)).events)


def test_fused_hasbama_names_the_source_after_its_verb() -> None:
    events = _events("نزح نحو ألفي شخص من بلدة الشحيل خلال يومين، حسبما أفادت مصادر محلية")
    assert [e.source.name_en for e in events if e.type == "displacement"] == ["local sources"]


def test_an_unsourced_return_stays_the_articles() -> None:
    events = _events("وعادت قرابة ثلاثة آلاف عائلة إلى مدينة الميادين منذ مطلع العام")
    assert [e.source.name_en for e in events if e.type == "displacement"] == ["the article"]


def test_a_building_named_by_a_town_office_alone_is_no_place() -> None:
    events = _events("ونظم العشرات وقفة احتجاجية أمام مبنى المحافظة في ساحة سعد الله الجابري")
    assert [e.place.name for e in events if e.type == "protest"] == ["ساحة سعد الله الجابري"]


def test_a_building_of_a_named_governorate_is_a_place() -> None:
    events = _events("ونظم العشرات وقفة احتجاجية أمام مبنى محافظة حلب")
    assert [e.type for e in events] == ["protest"] and "حلب" in events[0].place.name
