"""Place names the first-sight articles of bench/articles_probe10b misread (task probe10b): an adjective after a
town the gazetteer lacks is no rest of its name. Sentences written for these tests (our own wording)."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.places import read_places


def _places(text: str) -> list[str]:
    art = segment(Article(id="p10", raw=text, language="ar"))
    read_places(art)
    return [m.attrs.get("name") or m.text for m in art.mentions if m.kind == "place"]


def test_neighbouring_after_an_unknown_town_is_its_adjective():
    names = _places("وقصفت المدفعية بلدة حاس المجاورة.")
    assert any(n.endswith("حاس") for n in names) and not any("المجاورة" in n for n in names)


def test_a_two_word_name_the_gazetteer_lacks_still_closes_at_the_mark():
    assert any("مليحة العطش" in n for n in _places("وسيطروا على بلدة مليحة العطش."))
