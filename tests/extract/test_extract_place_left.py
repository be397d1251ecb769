"""The place a departure verb takes as its object (task read10): "غادرت العائلات البلدة باتجاه X" leaves the
town recalled, right after the verb or after its subject, and goes to X (both are displacement places); a
withdraw told by "غادر" is where the force left, never a back-reference after "باتجاه". Our own texts."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _at(text: str, etype: str, published: str) -> set[str]:
    events = analyze(Article(id="r10", raw=text, published=published)).events
    return {e.place.name for e in events if e.type == etype and e.place is not None}


def test_the_town_left_is_the_origin_beside_the_destination() -> None:
    text = "قصفت الطائرات بلدة تلبيسة صباح اليوم. وقال ناشطون إن مئات العائلات غادرت البلدة باتجاه قرية الغنطو."
    assert _at(text, "displacement", "2016-02-10") == {"تلبيسة", "الغنطو"}


def test_the_object_after_the_subject_is_the_place_left() -> None:
    text = "سيطرت القوات الحكومية على مدينة حرستا. وغادر مئات الأهالي المدينة نحو بلدة دوما خوفاً من الاعتقال."
    assert _at(text, "displacement", "2018-03-20") == {"حرستا", "دوما"}


def test_a_withdraw_is_not_at_the_city_it_heads_for() -> None:
    text = "اقتحمت الفصائل حي الزهراء في حلب فجراً. وقال شهود إن مدرعات تابعة للجيش غادرت الحي باتجاه وسط المدينة."
    got = _at(text, "withdraw", "2024-11-30")
    assert len(got) == 1 and "الزهراء" in got.pop()


def test_a_town_after_a_preposition_is_no_object() -> None:
    text = "دخلت قوات النظام بلدة كفرنبل. وغادرت عائلات إلى البلدة المجاورة مدينة معرة النعمان."
    assert "كفرنبل" not in _at(text, "displacement", "2019-05-10")
