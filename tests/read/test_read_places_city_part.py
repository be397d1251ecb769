"""A direction and a city said of neighbourhoods is a part of the city, not its countryside (issue 12)."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.places import read_places


def _places(text: str) -> list:
    art = segment(Article(id="cp", raw=text, language="ar"))
    read_places(art)
    return [m for m in art.mentions if m.kind == "place"]


def _direction_place(text: str):
    return next(m for m in _places(text) if m.text.startswith("شرق"))


def test_neighbourhood_word_before_makes_the_city_part() -> None:
    m = _direction_place("خرج مئات السكان من الأحياء المحاصرة في شرق حلب أمس.")
    assert m.rule.startswith("city-part:")
    assert m.attrs["kind"] == "area" and m.attrs["geo_precision"] == 2
    assert m.attrs["name"] == "شرق حلب"
    assert abs(m.attrs["lat"] - 36.20) < 0.05 and abs(m.attrs["lon"] - 37.16) < 0.05  # the city, not 37.44


def test_neighbourhood_named_earlier_in_the_sentence() -> None:
    m = _direction_place("يقع حي الشعار في شرق حلب قرب القلعة.")
    assert m.rule.startswith("city-part:")


def test_villages_in_the_east_stay_the_countryside() -> None:
    m = _direction_place("قصفت الطائرات قرى عدة في شرق حلب صباح اليوم.")
    assert m.attrs["kind"] == "countryside"
    assert not m.rule.startswith("city-part:")


def test_the_countryside_word_stays_the_countryside() -> None:
    places = _places("دخلت القوات حي الشعار ثم تقدمت في ريف حلب الشرقي.")
    rif = next(m for m in places if "ريف" in m.text)
    assert rif.attrs["kind"] == "countryside"



def test_country_adjective_does_not_cut_the_locator_off() -> None:
    places = _places("قصفت الطائرات مدينة تلبيسة السورية شمال حمص صباح اليوم.")
    loc = next(m for m in places if "حمص" in m.text)
    assert loc.attrs["role"] == "locator"
    assert loc.attrs["kind"] != "countryside"


def test_surroundings_of_a_town_is_a_place_of_its_own() -> None:
    m = next(p for p in _places("سيطر التنظيم على عشرين قرية في محيط بلدة القصير أمس."))
    assert m.attrs["name"] == "محيط القصير"
    assert m.attrs["geo_precision"] == 2
    assert "القصير" in m.attrs["aliases"]  # the event is near the town: its name still matches
    assert m.rule.endswith("+surroundings")


def test_the_town_itself_keeps_its_name() -> None:
    m = next(p for p in _places("سيطر التنظيم على بلدة القصير أمس."))
    assert m.attrs["name"] == "القصير" and m.attrs["geo_precision"] == 1


def test_entrance_of_a_city_locates_the_facility_before_it() -> None:
    places = _places("سيطرت قوات النظام على كلية الهندسة في مدخل مدينة حمص الشمالي صباح اليوم.")
    college = next(p for p in places if p.attrs["kind"] == "college")
    city = next(p for p in places if p.attrs["name"] == "حمص")
    assert city.attrs["role"] == "locator"
    assert college.attrs["town"] == city.attrs["id"]  # the college stands at the city's coordinates


def test_facility_head_takes_an_annexed_name() -> None:
    places = _places("استولى المسلحون على مقر قيادة الشرطة في مدينة حمص.")
    hq = next(p for p in places if p.attrs["kind"] == "headquarters")
    assert hq.attrs["name"] == "مقر قيادة الشرطة"
    assert hq.rule.startswith("facility:")


def test_facility_head_before_an_indefinite_word_alone_is_no_name() -> None:
    places = _places("زار الوفد مقر قيادة في مدينة حمص.")
    assert not [p for p in places if p.attrs["kind"] == "headquarters"]
