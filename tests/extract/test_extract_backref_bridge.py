"""Back-references by kind (issue 12, backref7): "الجسر" is the last bridge named, a facility word like "السد",
never a town of another name (a place whose name is headed by the word, "جسر الشغور", which news call
"الجسر", is taken as for "السد" and "سد الفرات"). Our own sentences."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _at(text: str, etype: str, published: str = "2017-09-20") -> set[str]:
    evs = analyze(Article(id="br", raw=text, published=published)).events
    return {e.place.name for e in evs if e.type == etype and e.place is not None}


def test_the_bridge_word_recalls_the_last_bridge() -> None:
    text = "وصلت وحدات الجيش إلى الجسر المعلق في مدينة دير الزور. وانتشر الجنود في محيط الجسر مساء الأحد."
    assert _at(text, "deploy") == {"الجسر المعلق"}


def test_the_bridge_word_with_no_bridge_before_it_recalls_no_town() -> None:
    # only a city was named: "الجسر" points at no bridge, so the deployment takes no place from it
    text = "قصفت الطائرات الحربية مدينة إدلب. وانتشر الجنود عند الجسر."
    assert _at(text, "deploy") == set()
