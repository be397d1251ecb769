"""A quarter the gazetteer knows in one town, named in another (task left12): quarter names recur from city to
city (العزيزية، النزهة، العامرية، المنشية), so the town the text states, or the town the story is about, decides."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article, Mention
from tawatur.read.places import read_places


def main_place(text: str) -> Mention:
    art = read_places(segment(Article(id="t", raw=text)))
    return next(m for m in art.mentions_of("place") if m.attrs["role"] == "main"
                and m.attrs["kind"] == "neighbourhood")


def test_locator_town_wins_over_a_known_quarter_elsewhere() -> None:
    m = main_place("تعرض حي العزيزية بحماة لقصف مدفعي.")
    assert m.attrs["admin1"] == "Hama" and m.attrs["town"] == "t:hama"
    assert m.attrs["name"] == "حي العزيزية" and "العزيزية" in m.attrs["aliases"]


def test_stated_city_after_fi_madina() -> None:
    m = main_place("سيطرت فصائل المعارضة على حي النزهة في مدينة حماة.")
    assert m.attrs["admin1"] == "Hama"


def test_known_quarter_of_the_stated_city_is_kept() -> None:
    m = main_place("قصف الطيران حي العامرية في مدينة حلب.")
    assert m.attrs["name_en"] == "Al-Amiriyah" and m.attrs["admin1"] == "Aleppo"
    m = main_place("قتل خمسة مدنيين بقصف جوي على حي النزهة في مدينة حمص.")
    assert m.attrs["name_en"] == "Al-Nuzha" and m.attrs["admin1"] == "Homs"


def test_story_about_another_city() -> None:
    m = main_place("قصفت قوات النظام مدينة حماة بالمدفعية.\nوتعرض حي العزيزية لقصف عنيف.")
    assert m.attrs["admin1"] == "Hama"
    m = main_place("قصفت قوات النظام مدينة حمص.\nوقتل مدنيان في حي النزهة.")
    assert m.attrs["name_en"] == "Al-Nuzha"


def test_a_hospital_or_office_building_is_told_by_its_town() -> None:
    """"مستشفى الأتارب الجراحي"، "مبنى المحافظة" after "مدينة إدلب": the facility stays the place (the shared gold
    names hospitals), at its town, with the town among its aliases (GUIDELINES lists no such building)."""
    art = read_places(segment(Article(id="t", raw="استهدفت غارة مستشفى الأتارب الجراحي.")))
    m = next(m for m in art.mentions_of("place") if m.attrs["kind"] == "hospital")
    assert "الأتارب" in m.attrs["aliases"] and m.attrs["town"] == "t:atarib"
    art = read_places(segment(Article(id="t", raw="دخلت الفصائل مدينة إدلب.\nوسيطرت على مبنى المحافظة.")))
    m = next(m for m in art.mentions_of("place") if m.attrs["kind"] == "building")
    assert "إدلب" in m.attrs["aliases"]


def test_a_building_in_another_towns_quarter_lies_at_that_town() -> None:
    art = read_places(segment(Article(id="t", raw="انفجرت عبوة قرب جامع الحسن في حي العزيزية بمدينة حماة.")))
    m = next(m for m in art.mentions_of("place") if m.attrs["kind"] == "mosque")
    assert m.attrs["town"] == "t:hama" and m.attrs["admin1"] == "Hama"
