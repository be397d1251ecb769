"""Directions said of a town name its countryside on that side (issue 12): "جنوب شرق منبج" is
"ريف منبج الجنوبي الشرقي", at the town's coordinates with an area's precision."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.gazetteer import Gazetteer
from tawatur.read.places import read_places


def _places(text: str) -> list:
    art = segment(Article(id="td", raw=text, language="ar"))
    read_places(art)
    return [m for m in art.mentions if m.kind == "place"]


def _town(name: str):
    return next(e for e in Gazetteer.default().lookup(name) if e.kind in ("city", "town"))


def test_compound_direction_of_a_town_is_its_countryside() -> None:
    m = next(iter(_places("دارت معارك عنيفة جنوب شرق منبج طوال الليل.")))
    town = _town("منبج")
    assert m.attrs["name"] == "ريف منبج الجنوبي الشرقي"
    assert m.attrs["kind"] == "countryside" and m.attrs["geo_precision"] == 2
    assert (m.attrs["lat"], m.attrs["lon"]) == (town.lat, town.lon)
    assert m.attrs["role"] == "main"
    assert m.rule.startswith("town-direction:")


def test_nisba_forms_and_a_cue_before_the_town() -> None:
    m = next(iter(_places("تجددت الاشتباكات جنوبي شرقي مدينة الباب فجر اليوم.")))
    assert m.attrs["name"] == "ريف الباب الجنوبي الشرقي"


def test_two_directions_give_two_countrysides_of_one_list() -> None:
    places = _places("تشن الفصائل هجمات متواصلة في شمال وغرب منبج.")
    names = [m.attrs["name"] for m in places]
    assert names == ["ريف منبج الشمالي", "ريف منبج الغربي"]
    assert places[0].attrs["group"] == places[1].attrs["group"] >= 0


def test_a_governorate_capital_keeps_its_gazetteer_countryside() -> None:
    places = _places("قصفت المدفعية مواقع في جنوب وشرق حماة.")
    assert [m.attrs["name"] for m in places] == ["ريف حماة الجنوبي", "ريف حماة الشرقي"]
    assert all(m.attrs["geo_precision"] == 3 for m in places)


def test_direction_after_a_village_only_locates_it() -> None:
    places = _places("سيطرت القوات على قرية العريمة جنوب شرق منبج صباح اليوم.")
    village, loc = places
    assert village.attrs["name"] == "العريمة" and village.attrs["role"] == "main"
    assert loc.attrs["role"] == "locator" and loc.attrs["name"] == "ريف منبج الجنوبي الشرقي"
    nisba = _places("سيطرت القوات على قرية العريمة شرقي منبج صباح اليوم.")
    assert nisba[1].attrs["role"] == "locator"


def test_single_direction_after_a_village_keeps_the_town_locator() -> None:
    places = _places("سيطرت القوات على قرية العريمة غرب منبج صباح اليوم.")
    assert places[1].attrs["name"] == "منبج" and places[1].attrs["role"] == "locator"


def test_neighbourhoods_make_it_a_part_of_the_town() -> None:
    m = next(iter(_places("خرج السكان من الأحياء المحاصرة في جنوب منبج أمس.")))
    assert m.rule.startswith("city-part:") and m.attrs["kind"] == "area"


def test_unnamed_villages_before_the_direction_keep_the_town() -> None:
    for text in ("سيطرت القوات على أربع قرى غرب مدينة منبج أمس.", "قصفت الطائرات قرى جنوب شرق منبج أمس."):
        places = _places(text)
        assert [m.attrs["name"] for m in places] == ["منبج"]


def test_a_direction_before_a_country_is_no_countryside() -> None:
    places = _places("قصفت الطائرات مواقع في شمال شرق سوريا.")
    assert not [m for m in places if m.rule.startswith("town-direction:")]


def test_a_coordinated_direction_after_a_place_is_a_new_place() -> None:
    places = _places("اندلعت معارك قرب سد تشرين وجنوب شرق منبج مساء أمس.")
    rif = next(m for m in places if m.rule.startswith("town-direction:"))
    assert rif.attrs["role"] == "main" and rif.attrs["name"] == "ريف منبج الجنوبي الشرقي"


def test_the_second_side_spans_its_own_word() -> None:
    first, second = _places("تشن الفصائل هجمات متواصلة في شمال وغرب منبج.")
    assert first.text == "شمال" and second.text == "غرب منبج"


def test_a_direction_after_a_closed_aside_locates_the_place_before_it() -> None:
    places = _places("استعادت القوات جسر الرقة (الجسر القديم سابقا) شرقي الطبقة أمس.")
    rif = next(m for m in places if m.rule.startswith("town-direction:"))
    assert rif.attrs["role"] == "locator"


def test_a_neighbourhood_located_by_a_direction_lies_at_the_town() -> None:
    hood, loc = _places("سيطر المسلحون على حي الحزاونة جنوب شرق مدينة منبج.")
    town = _town("منبج")
    assert hood.attrs["kind"] == "neighbourhood" and hood.attrs["town"] == town.id
    assert (hood.attrs["lat"], hood.attrs["lon"]) == (town.lat, town.lon)
    assert loc.attrs["role"] == "locator"


def test_a_town_and_its_countryside() -> None:
    town, rif = _places("استعادت القوات مدينة الباب وريفها الشمالي بعد معارك.")
    assert town.attrs["name"] == "الباب" and rif.attrs["name"] == "ريف الباب الشمالي"
    assert rif.attrs["role"] == "main" and rif.attrs["geo_precision"] == 2
    whole = _places("استعادت القوات مدينة الباب وريفها بعد معارك.")[1]
    assert whole.attrs["name"] == "ريف الباب"

