"""Facilities in strike reports (issue 12): "مطار X العسكري في ريف Y" (a relational adjective the gazetteer
name leaves out stands between the facility and its locator) and "حاجز للشرطة" (the owner after ل + the
article is no name). Sentences written for these tests."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.places import read_places


def _places(text: str) -> list:
    art = segment(Article(id="fo", raw=text, language="ar"))
    read_places(art)
    return [m for m in art.mentions if m.kind == "place"]


def _roles(text: str) -> dict[str, str]:
    return {m.attrs["name"]: m.attrs["role"] for m in _places(text)}


def test_the_countryside_after_an_airport_and_its_adjective_only_locates_it() -> None:
    roles = _roles("شنت طائرات حربية غارات على مطار التيفور العسكري في ريف حمص الشرقي.")
    assert roles["مطار التيفور"] == "main"
    assert roles["ريف حمص الشرقي"] == "locator"
    roles = _roles("قصفت الطائرات مطار الشعيرات العسكري بريف حمص.")
    assert roles["ريف حمص"] == "locator"


def test_a_town_after_a_town_and_an_adjective_of_quality_is_no_locator() -> None:
    """Only a facility takes the relational adjective: "الطريق العسكري في X" is no airport's name."""
    roles = _roles("دارت اشتباكات في مدينة منبج وفي بلدة العريمة.")
    assert roles["العريمة"] == "main"


def test_an_owner_after_a_checkpoint_is_no_place_name() -> None:
    names = [m.attrs["name"] for m in _places("انفجرت دراجة مفخخة قرب حاجز للشرطة العسكرية في بلدة جنديرس.")]
    assert names == ["جنديرس"]
    names = [m.attrs["name"] for m in _places("هاجم مسلحون مقرا للفصائل في بلدة جنديرس.")]
    assert names == ["جنديرس"]


def test_the_centre_of_a_town_after_a_place_locates_it() -> None:
    """"ساحة X وسط مدينة Y": وسط after a place says where it lies, like قرب or جنوب; alone it is the town."""
    roles = _roles("تجمع المتظاهرون في ساحة الكرامة وسط مدينة السويداء.")
    assert roles == {"ساحة الكرامة": "main", "السويداء": "locator"}
    assert _roles("انفجرت سيارة مفخخة وسط مدينة الباب.") == {"الباب": "main"}


def test_two_towns_side_by_side_after_one_road_head_are_its_ends() -> None:
    """"طريق عامودا القامشلي" written without a dash is the same road as "طريق عامودا - القامشلي"; after a
    plural head or inside a list each pair still needs its dash ("طرق حمص وحماة" are the towns' roads)."""
    names = [m.attrs["name"] for m in _places("استهدفت مسيرة سيارة على طريق عامودا القامشلي.")]
    assert names == ["طريق عامودا - القامشلي"]
    names = [m.attrs["name"] for m in _places("خطف مسلحون سائقا على طريق دمشق السويداء.")]
    assert names == ["طريق دمشق - السويداء"]


def test_an_owner_after_an_unnamed_facility_leaves_it_unnamed() -> None:
    """"مستودعات للأسلحة قرب مطار المزة": depots of arms near the airport; the airport is the place named."""
    names = [m.attrs["name"] for m in _places("أطلقت الطائرات صواريخ على مستودعات للأسلحة قرب مطار المزة العسكري.")]
    assert names == ["مطار المزة"]


def test_the_fields_of_a_commodity_name_no_facility() -> None:
    """"حقول النفط في ريف X": what fields or silos yield (النفط، القمح) is no facility's name, so the countryside
    is the place; a field with a name of its own ("حقل التنك النفطي") is one. Sentences written for this test."""
    names = {m.attrs["name"] for m in _places("وتسلمت الحكومة حقول النفط في ريف الحسكة الجنوبي.")}
    assert not any(n.startswith("حقل") for n in names)
    assert any(n.startswith("ريف الحسكة") for n in names)
    names = {m.attrs["name"] for m in _places("وتسلمت الحكومة حقل التنك النفطي.")}
    assert any("التنك" in n for n in names)


def test_a_facility_with_a_possessive_after_its_town_is_the_town_s_own() -> None:
    """Task places8: "مشفاها" (an alif maqsura written ا before the pronoun) is the town's hospital."""
    names = [m.attrs["name"] for m in _places("سيطرت الفصائل على مدينة يبرود ومشفاها الوطني.")]
    assert names[0] == "يبرود" and names[1].startswith("مستشفى") and "يبرود" in names[1]


def test_a_noun_with_a_possessive_after_a_title_ends_the_name() -> None:
    """"جبل الشيخ ومرصده": the و-joined possessed noun is no person's name after the title "الشيخ"."""
    names = [m.attrs["name"] for m in _places("سيطرت القوات على قمة جبل الشيخ ومرصده.")]
    assert names and names[0] == "جبل الشيخ"


def test_a_checkpoint_with_a_possessive_after_its_town_is_the_town_s_own() -> None:
    """"بلدة قارة وحاجزها": the checkpoint word is a cue, not a facility head, and still names the town's own."""
    names = [m.attrs["name"] for m in _places("سيطر الجيش الحر على بلدة قارة وحاجزها الرئيسي.")]
    assert "حاجز قارة" in names


def test_a_height_s_own_post_is_a_second_place_and_the_observatory_alone_none() -> None:
    """"جبل الشيخ ومرصده": the mountain and its observation post; "المرصد" alone (the Syrian Observatory) is no place."""
    names = [m.attrs["name"] for m in _places("سيطرت القوات على قمة جبل الشيخ ومرصده.")]
    assert names == ["جبل الشيخ", "مرصد جبل الشيخ"]
    assert [m.attrs["name"] for m in _places("وقال المرصد السوري إن القوات قصفت بلدة الكرك.")] == ["الكرك"]
