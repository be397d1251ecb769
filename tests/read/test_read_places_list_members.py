"""List members the list reader left out (task lists9): a plural or dual cue, then names joined by و or a comma,
each a place of the cue's kind (GUIDELINES: lists and duals fan out). Sentences written for these tests."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.places import read_places


def _texts(text: str) -> list[str]:
    """The text of each place read."""
    art = segment(Article(id="lists", raw=text, language="ar"))
    read_places(art)
    return [m.text for m in art.mentions if m.kind == "place"]


def test_a_last_member_keeps_its_definite_second_word() -> None:
    got = _texts("سيطرت القوات على بلدات الشيخ مسكين والحراك ومليحة العطش، في ريف درعا.")
    assert "مليحة العطش" in got and "مليحة" not in got


def test_an_adjective_of_all_members_is_no_second_word() -> None:
    got = _texts("سيطرت القوات على قرى أبو الظهور والرهجان الحدودية.")
    assert not any("الحدودية" in t for t in got)


def test_a_quarter_named_by_a_direction_and_a_landmark_is_a_member() -> None:
    got = _texts("قصفت الدبابات أحياء الحاضر وجنوب الملعب والقصور في مدينة حماة.")
    assert "جنوب الملعب" in got and "القصور" in got


def test_such_a_quarter_may_open_a_dual() -> None:
    got = _texts("اقتحمت القوات حيي جنوب الملعب والأربعين.")
    assert "جنوب الملعب" in got and "الأربعين" in got


def test_a_definite_second_name_after_one_cued_hill_closed_by_a_verb_of_result() -> None:
    got = _texts("شنت الفصائل هجوما في تل ملح والجبين أسفر عن خسائر كبيرة.")
    assert "الجبين" in got


def test_a_ta_marbuta_is_no_possessive() -> None:
    assert "الجلمة" in _texts("سيطرت القوات على قرية الزلاقيات والجلمة، وفق مصادر محلية.")


def test_open_land_or_an_indefinite_noun_after_one_place_is_no_name() -> None:
    assert "المزارع" not in _texts("قصفت الطائرات قرية كويا والمزارع، ثم انسحبت.")
    assert "مزارع" not in _texts("قصفت الطائرات بلدة كفرنبودة ومزارع، ثم انسحبت.")


def test_a_word_for_a_counted_member_is_no_second_place() -> None:
    got = _texts("قتل ثلاثة مدنيين اثنان منهم في قرية كويا والأخير في قرية الجلمة.")
    assert "الأخير" not in got and "والأخير" not in got


def test_a_dual_adjective_after_the_last_member_is_no_second_word() -> None:
    got = _texts("دخلت القوات بلدتي كويا والجلمة المتجاورتين، بعد معارك.")
    assert not any("المتجاورتين" in t for t in got)


def test_a_quarter_named_by_a_road_stands_in_a_list_of_quarters_not_alone() -> None:
    assert "طريق السد" in _texts("نزحت العائلات من درعا البلد وطريق السد ومخيم درعا.")
    assert _texts("قطعت القوات طريق السد الواصل إلى البلدة.") == []
