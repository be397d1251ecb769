""""المدينة" points back at the place the text called "مدينة X", past a town called "بلدة Y" since (task read14)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def test_the_city_is_the_place_called_a_city() -> None:
    text = "سيطر الجيش على مدينة الشيخ مسكين. وفر المسلحون باتجاه بلدة نوى. ونفى ناطق باسم الفصائل خسارة المدينة بالكامل."
    a = analyze(Article(id="c", raw=text, published="2016-01-26"))
    denied = [e.place.name for e in a.events if e.polarity == "denied"]
    assert denied == ["الشيخ مسكين"]
