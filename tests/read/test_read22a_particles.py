"""A particle that opens a clause ("أن"، "إن"، "بأن") is never a facility's name: an outlet called like a facility head
("مراسل "جسر" أن ...") names no bridge (wordset complementizer_word, task read22a). Our own sentences."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.places import read_places


def _names(text: str) -> list[str]:
    art = read_places(segment(Article(id="r22p", raw=text)))
    return [str(m.attrs.get("name", "")) for m in art.mentions_of("place")]


def test_an_outlet_named_bridge_before_that_is_no_place() -> None:
    assert not any(n.startswith("جسر") for n in _names('وأفاد مراسل "جسر" أن دوريات انتشرت في المنطقة.'))
    assert not any(n.startswith("جسر") for n in _names('وقالت مصادر محلية لـ"جسر" بأن الطائرة أطلقت صاروخين.'))


def test_a_named_bridge_stays_a_place() -> None:
    assert "جسر الرستن" in _names("وانتشرت دوريات للأمن العام عند جسر الرستن.")
