"""A military convoy takes the side of its nationality adjective, as a column does (task probe5a, issue 12):
"قافلة عسكرية أمريكية" is the United States' troops. Sentences written for these tests."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.actors import read_actors


def _sides(text: str) -> set[str]:
    art = read_actors(segment(Article(id="t", raw=text, text=text, published="2019-11-02")))
    return {m.attrs["side"] for m in art.mentions_of("actor")}


def test_a_convoy_with_a_nationality_is_that_state_s():
    assert "usa" in _sides("وعبرت قافلة عسكرية أمريكية بلدة تل تمر متجهة شمالا.")
    assert "russia" in _sides("ووصلت القوافل الروسية إلى مطار القامشلي.")


def test_an_aid_convoy_is_no_force():
    assert not _sides("ووصلت قافلة مساعدات إلى بلدة مضايا.") & {"usa", "russia", "turkey"}
