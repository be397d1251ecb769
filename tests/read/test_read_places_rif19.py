"""task rif19: "ريفها الغربي" after a town the gazetteer files no countryside for is that town's countryside
("ريف جسر الشغور الغربي"), built as "ريف X" is when named, not an unplaced word."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.places import read_places


def _places(text: str) -> list:
    art = segment(Article(id="rif19", raw=text, language="ar"))
    read_places(art)
    return [m for m in art.mentions if m.kind == "place"]


def _rif(text: str):
    return next(m for m in _places(text) if m.attrs["kind"] == "countryside")


def test_rifha_with_a_direction_is_the_towns_countryside() -> None:
    m = _rif("استعادت الفصائل مدينة جسر الشغور، وتقدمت بعد ذلك نحو ريفها الغربي.")
    assert m.attrs["name"] == "ريف جسر الشغور الغربي"
    assert m.attrs["resolved"] and m.attrs["lat"] is not None
    assert m.rule.startswith("rifha-around:")


def test_rifha_in_the_next_sentence_recalls_the_town() -> None:
    m = _rif("حاصر مقاتلو التنظيم مدينة السفيرة. وشنت الطائرات الروسية غارات على ريفها الشرقي.")
    assert m.attrs["name"] == "ريف السفيرة الشرقي"


def test_rifha_without_a_direction_is_the_whole_countryside() -> None:
    m = _rif("سيطرت الفصائل على مدينة جسر الشغور و300 قرية في ريفها.")
    assert m.attrs["name"] == "ريف جسر الشغور"


def test_a_gazetteer_countryside_is_kept() -> None:
    m = _rif("قصفت الطائرات الحربية مدينة منبج. وقصفت المدفعية ريفها الشمالي.")
    assert m.rule == "rifha-around:rif:t:manbij:northern"


def test_rifha_after_a_list_recalls_no_member() -> None:
    m = _rif("وقال ناشطون إن مدينة جسر الشغور وقرى اشتبرق والزيارة بريفها الغربي تتعرض لقصف عنيف.")
    assert not m.attrs["resolved"] and m.rule == "rifha-unplaced"


def test_rifha_with_bi_after_villages_locates_them() -> None:
    places = _places("حاصرت قوات النظام مدينة السفيرة، وقصفت بالمدفعية قرى تل عابور وكفر سغير بريفها الشرقي.")
    m = next(p for p in places if p.attrs["kind"] == "countryside")
    assert m.attrs["name"] == "ريف السفيرة الشرقي" and m.attrs["role"] == "locator"
    assert places[m.attrs["locates"]].attrs["name"] == "تل عابور"
