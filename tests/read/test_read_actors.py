"""Actor reader: lexicon entries, head + nationality, and possessive coreference."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.actors import read_actors


def _actors(text: str) -> list:
    art = read_actors(segment(Article(id="t", raw=text, text=text)))
    return art.mentions_of("actor")


def _by_text(text: str) -> dict[str, dict]:
    return {m.text: m.attrs for m in _actors(text)}


def test_named_actors_and_sides() -> None:
    got = _by_text("هاجمت هيئة تحرير الشام مواقع قوات النظام قرب مدينة في الشمال.")
    assert got["هيئة تحرير الشام"]["side"] == "opposition"
    assert got["قوات النظام"]["side"] == "government"


def test_offsets_point_into_raw_with_clitics() -> None:
    text = "وقصفت طائرات مجهولة مواقع للمعارضة وبعدها انسحب الثوار."
    for m in _actors(text):
        assert text[m.start:m.end] == m.text
    assert any(m.attrs["id"] == "rebels" for m in _actors(text))


def test_bare_army_is_syrian_but_israeli_army_is_not() -> None:
    got = _by_text("توغل الجيش الإسرائيلي في قرية حدودية، بينما انسحب الجيش من تلة قريبة.")
    assert got["الجيش الإسرائيلي"]["side"] == "israel"
    assert got["الجيش"]["side"] == "government"


def test_unknown_foreign_army_is_not_government() -> None:
    got = _by_text("أجرى الجيش اللبناني دوريات على الحدود.")
    assert got["الجيش اللبناني"]["side"] == "unknown"


def test_joint_air_force_takes_first_nation() -> None:
    text = "استهدف الطيران الحربي السوري الروسي تجمعات في ريف البلدة."
    m = _actors(text)[0]
    assert m.attrs["side"] == "government"
    assert m.attrs["joint"] == ["government", "russia"]


def test_turkish_forces_feminine_adjective() -> None:
    got = _by_text("دخلت القوات التركية إلى القرية صباحاً.")
    assert got["القوات التركية"]["side"] == "turkey"


def test_adjectives_extend_named_actor() -> None:
    got = _by_text("تقدمت الفصائل السورية المسلحة نحو البلدة.")
    assert got["الفصائل السورية المسلحة"]["id"] == "opp_factions"


def test_possessive_points_back_to_previous_sentence_actor() -> None:
    ms = _actors("أعلنت قوات سوريا الديمقراطية بدء هجوم جديد. وقالت إن قواتها تقدمت شرقاً.")
    coref = [m for m in ms if m.attrs.get("coref")]
    assert coref and coref[0].text == "قواتها"
    assert coref[0].attrs["side"] == "sdf" and coref[0].attrs["antecedent"] == "sdf"


def test_civilians_and_no_actor_in_plain_text() -> None:
    assert _by_text("نزح الأهالي من القرية.")["الأهالي"]["side"] == "civilians"
    assert _actors("ارتفعت أسعار الخبز في الأسواق هذا الأسبوع.") == []
