"""The M4 and M5 highways spelt in Arabic letters ("إم 4"، "الطريق الدولي إم 5") are the gazetteer's roads, as
"M4" is (task probe5a, issue 12). Sentences written for these tests."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.places import read_places


def names_en(text: str) -> list[str]:
    art = read_places(segment(Article(id="t", raw=text)))
    return [m.attrs["name_en"] for m in art.mentions_of("place")]


def test_the_highways_in_arabic_letters():
    assert "M4 highway" in names_en("وأغلقت الفصائل الطريق الدولي إم 4 أمام الشاحنات.")
    assert "M4 highway" in names_en("وتعرضت سيارة لإطلاق نار على طريق إم 4 ليلا.")
    assert "M5 highway" in names_en("وتوقفت الحركة على الطريق الدولي إم 5 بسبب القصف.")
