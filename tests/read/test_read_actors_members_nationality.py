"""Members named by a nationality adjective ("العناصر الإسرائيليين"، "عناصر روسية"; task read13). Sentences written
for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _actors(text: str, day: str = "2025-10-22") -> list[tuple[str, str]]:
    art = analyze(Article(id="mem", raw=text, published=day))
    return [(m.text, m.attrs.get("side", "")) for m in art.mentions if m.kind == "actor"]


def test_members_with_a_nationality_adjective_are_that_state_s_force() -> None:
    got = _actors("وتابع مراسلنا أن العناصر الإسرائيليين احتجزوا شابين من سكان قرية الحميدية.")
    assert ("العناصر الإسرائيليين", "israel") in got
    got = _actors("وقال المرصد إن عناصر روسية سيرت دورية في بلدة الدرباسية.", "2021-03-02")
    assert "russia" in [side for _, side in got]


def test_members_alone_name_no_force() -> None:
    got = _actors("وأفاد مراسلنا بأن العناصر انتشروا في محيط بلدة الحميدية.")
    assert got == []
