"""Agents named by a suspected belonging ("مسلحون يشتبه في انتمائهم لـ X"; task read12). Sentences written
for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _actors(text: str, day: str = "2026-05-20") -> list[tuple[str, str]]:
    art = analyze(Article(id="sus", raw=text, published=day))
    return [(m.text, m.attrs.get("side", "")) for m in art.mentions if m.kind == "actor"]


def test_gunmen_suspected_of_belonging_to_a_group_are_its_members() -> None:
    got = _actors("وهاجم مسلحون يشتبه في انتمائهم لتنظيم الدولة الإسلامية حاجزا قرب بلدة السخنة.")
    assert [side for _, side in got] == ["isis"]


def test_suspicion_with_ba_and_ila() -> None:
    got = _actors("وقتل عنصران بهجوم شنه مسلحون يُشتبه بانتمائهم إلى تنظيم داعش على نقطة في بلدة الشولا.")
    assert "isis" in [side for _, side in got]


def test_a_suspicion_of_something_else_names_no_group() -> None:
    got = _actors("واعتقلت القوات مسلحين يشتبه في تورطهم بالهجوم على بلدة السخنة.")
    assert "isis" not in [side for _, side in got]
