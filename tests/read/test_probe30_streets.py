"""A named street is a place (facilities.tsv head "شارع"), also as the second member of a dual of quarters
("حيي X وشارع Y"), where it must not be read as a quarter named "شارع" (task probe30). Our own sentences."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.places import read_places


def _names(text: str) -> list[str]:
    art = read_places(segment(Article(id="p30", raw=text)))
    return [str(m.attrs.get("name", "")) for m in art.mentions_of("place")]


def test_a_named_street_is_a_place() -> None:
    assert "شارع الثلاثين" in _names("واستهدفت قذيفة هاون شارع الثلاثين في مخيم اليرموك.")


def test_a_street_after_a_dual_of_quarters_keeps_its_own_head() -> None:
    names = _names("وسقطت قذائف صاروخية على حيي الميدان وشارع النيل في مدينة حلب.")
    assert "شارع النيل" in names
    assert not any(n.startswith("حي شارع") for n in names)


def test_the_bare_street_is_no_place() -> None:
    assert _names("وخرج الشبان إلى الشارع بعد صلاة الجمعة.") == []
