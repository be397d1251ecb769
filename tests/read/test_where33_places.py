"""Task where33 (read/places.py): a definite kind noun ("المطار") recalls the facility of its kind the story is
about, not one named only as where people were carried or fled to; an ordinal after a facility's name stays in
its name, and a code in Latin letters and digits is a name. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2016-05-01") -> list[tuple[str, str]]:
    evs = analyze(Article(id="w33r", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "") for e in evs]


def test_kind_noun_passes_the_airport_the_wounded_were_carried_to() -> None:
    got = events("وهاجمت الفصائل مطار أبو الظهور العسكري منذ الصباح، ونقلت قوات النظام جرحاها إلى مطار حماة "
                 "العسكري. وأعلنت الفصائل مساء اليوم سيطرتها على المطار")
    assert ("take_control", "مطار أبو الظهور") in got
    assert not any(t == "take_control" and "حماة" in p for t, p in got)


def test_kind_noun_takes_the_airport_struck_second() -> None:
    got = events("وهاجمت الفصائل مطار أبو الظهور العسكري منذ الصباح، ثم قصفت مدفعيتها مطار حماة العسكري. وأعلنت "
                 "الفصائل مساء اليوم سيطرتها على المطار")
    assert any(t == "take_control" and "حماة" in p for t, p in got)


def test_kind_noun_passes_the_airport_officers_were_flown_to() -> None:
    got = events("وحاصرت الفصائل مطار كويرس العسكري، ونقل عدد من الضباط بمروحية إلى مطار حلب الدولي. وأكد ناشطون "
                 "سقوط المطار بيد الفصائل")
    assert ("take_control", "مطار كويرس") in got


def test_the_only_airport_named_is_recalled_even_as_a_destination() -> None:
    got = events("ونقل المصابون إلى مطار حماة العسكري، ثم قصفت الطائرات المطار")
    assert any(t == "attack" and "حماة" in p for t, p in got)


def test_an_ordinal_stays_in_the_facility_name() -> None:
    assert ("attack", "محطة الضخ الثالثة") in events("واستهدفت طائرة مسيرة محطة الضخ الثالثة قرب مدينة الرقة")
    assert ("attack", "المحطة الثالثة") in events("واستهدفت طائرة مسيرة المحطة الثالثة قرب مدينة الرقة")


def test_a_facility_with_an_ordinal_is_placed_at_the_town_near_it() -> None:
    evs = analyze(Article(id="w33r", raw="واستهدفت طائرة مسيرة محطة الضخ الثالثة قرب مدينة الرقة",
                          published="2023-05-01")).events
    place = next(e.place for e in evs if e.type == "attack")
    assert place.lat is not None and abs(place.lat - 35.95) < 0.1


def test_a_code_names_a_station() -> None:
    assert ("attack", "محطة T3") in events("وقصفت طائرات مجهولة محطة T3 قرب مدينة تدمر", "2019-05-01")


def test_a_relational_adjective_is_still_dropped_from_the_identity() -> None:
    got = events("وقصفت الفصائل مطار حماة العسكري", "2016-05-01")
    assert any(t == "attack" and p.startswith("مطار حماة") for t, p in got)


def test_an_unknown_area_name_with_a_countryside_after_it_is_the_place() -> None:
    got = events("وقصفت قوات النظام مواقع الفصائل في منطقة الحويجة في ريف حماة الشمالي", "2019-05-01")
    assert ("attack", "الحويجة") in got


def test_a_noun_of_what_an_area_is_names_no_place() -> None:
    got = events("وقصفت قوات النظام مواقع الفصائل في منطقة النزاع شمالي حماة", "2019-05-01")
    assert not any(p == "النزاع" for _, p in got)
    got = events("وقصفت قوات النظام مواقع الفصائل في منطقة البساتين قرب بلدة حلفايا", "2019-05-01")
    assert ("attack", "حلفايا") in got and not any(p == "البساتين" for _, p in got)
