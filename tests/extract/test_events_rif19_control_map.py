"""task rif19: "خريطة السيطرة في ريف X" (the map of control) states who holds what: no take_control there."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _events(text: str) -> list[tuple[str, str]]:
    art = analyze(Article(id="rif19", raw=text, published="2019-08-23"))
    return [(e.type, e.place.name if e.place else "") for e in art.events]


def test_map_of_control_is_no_takeover() -> None:
    assert _events("تغيرت خريطة السيطرة في ريف حماة الشمالي خلال الأسابيع الماضية.") == []


def test_map_after_a_takeover_keeps_only_the_takeover() -> None:
    got = _events("استعادت قوات النظام مدينة خان شيخون، لتتبدل خارطة النفوذ في ريفها الشمالي.")
    assert got == [("take_control", "خان شيخون")]


def test_rifha_after_a_town_gives_its_countryside_an_event() -> None:
    got = _events("استعادت الفصائل مدينة جسر الشغور، وتقدمت بعد ذلك نحو ريفها الغربي.")
    assert ("advance", "ريف جسر الشغور الغربي") in got
