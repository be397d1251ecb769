""""وفر الباقون": the rest of the people named before flee; fighters withdraw, with their own side, not the
side of the verb before (task read14). "وأسرنا عدداً منهم": a commander's first-person capture is one."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _events(text: str, day: str = "2015-10-08") -> list[tuple[str, str, str]]:
    a = analyze(Article(id="r", raw=text, published=day))
    return [(e.type, e.place.name, e.actor.side) for e in a.events if e.place]


def test_rest_of_fighters_withdraw_with_their_side() -> None:
    got = _events("أسر الجيش ثلاثة من عناصر تنظيم الدولة في بلدة مهين، وفر الباقون من البلدة باتجاه القريتين.")
    assert ("withdraw", "مهين", "isis") in got
    assert not any(t == "displacement" for t, _, _ in got)


def test_rest_of_civilians_flee() -> None:
    got = _events("نزح معظم سكان قرية الحمرا، وفر الباقون إلى البساتين المجاورة.", "2016-07-19")
    assert [t for t, _, _ in got] == ["displacement"]


def test_first_person_capture() -> None:
    got = _events("دخلنا قرية الكوم فجراً وأسرنا عدداً من عناصر التنظيم بينهم قادة.", "2017-07-02")
    assert ("other", "الكوم") in [(t, p) for t, p, _ in got]
