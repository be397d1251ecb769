"""Task unnamed43: "أحد"/"إحدى" right before a facility head ("في أحد حقول الزيتون قرب بلدة X") makes the site one of
many, with no name of its own even when a common noun follows the head; no event can stand at it, and the town that
locates it is where the happening is. Guards: the same phrase without "أحد" and a named facility keep their reading.
Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def read(text: str):
    return analyze(Article(id="unnamed43", raw=text, published="2024-06-11"))


def places(a) -> list[tuple[str, str]]:
    return [(e.type, e.place.name if e.place else "") for e in a.events]


def test_one_of_a_site_is_placed_at_its_town() -> None:
    a = read("وقعت قذيفة هاون في أحد حقول الزيتون قرب بلدة كفرنبل فجر اليوم")
    roles = {m.text: m.attrs.get("role") for m in a.mentions if m.kind == "place"}
    assert roles.get("كفرنبل") == "main", roles
    assert ("attack", "كفرنبل") in places(a), places(a)
    a = read("استهدفت راجمات الصواريخ أحد مستودعات الحبوب على أطراف بلدة حزانو ليلا")
    assert ("attack", "حزانو") in places(a), places(a)


def test_guard_without_one_of_and_a_named_facility() -> None:
    a = read("قصفت طائرات حربية مطار الضمير العسكري قرب دمشق")
    assert any(e.type == "attack" and "مطار الضمير" in (e.place.name if e.place else "") for e in a.events), places(a)
    a = read("وقعت قذيفة هاون في حقول الزيتون قرب بلدة كفرنبل فجر اليوم")
    assert not any(m.rule.startswith("facility-unplaced") for m in a.mentions), [m.rule for m in a.mentions]
    a = read("وقعت قذيفة هاون على بلدة الغارية قرب بلدة بصر الحرير")
    assert ("attack", "الغارية") in places(a), places(a)
