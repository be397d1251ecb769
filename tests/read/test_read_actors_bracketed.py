"""A force's name in brackets after a shared name says which force it is (task sides15). Our own sentences."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _actors(text: str, day: str = "2025-11-03") -> list[tuple[str, str]]:
    art = analyze(Article(id="brk", raw=text, published=day))
    return [(m.text, m.attrs.get("side", "")) for m in art.mentions if m.kind == "actor"]


def test_internal_security_named_asayish_in_brackets_is_the_sdf_s() -> None:
    got = _actors("وانتشرت قوى الأمن الداخلي (الأسايش) في حي الأشرفية بمدينة حلب.")
    assert got == [("قوى الأمن الداخلي (الأسايش", "sdf")]


def test_internal_security_alone_stays_the_state_s() -> None:
    got = _actors("وانتشرت قوى الأمن الداخلي في حي الأشرفية بمدينة حلب.")
    assert [side for _, side in got] == ["government"]
