"""A town named with its cue right after a unit ("دخلت وحدات من الفرقة الرابعة مدينة داريا") is the verb's
object, not the unit's locator: only a preposition written on the word ("بريف حمص") locates without one
(task probe18)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def roles(text: str) -> dict[str, str]:
    art = analyze(Article(id="s", raw=text, published="2012-08-30"))
    return {m.text: m.attrs.get("role", "") for m in art.mentions if m.kind == "place"}


def test_cued_town_after_a_unit_is_no_locator() -> None:
    assert roles("دخلت وحدات من الفرقة الرابعة مدينة داريا.")["داريا"] != "locator"


def test_countryside_with_b_still_locates() -> None:
    got = roles("سيطرت الفصائل على اللواء 52 بريف درعا الشرقي.")
    assert any(r == "locator" for t, r in got.items() if "درعا" in t)
