"""Places below the town named by a head and what follows it (issue 12, places4): a palace, a building named
by the institution it houses, an idafa on a noun written with ئة, a neighbourhood after a facility, a town
named as a neighbourhood, and one facility said with and without its adjective. Sentences are our own."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.places import read_places


def _places(text: str) -> list:
    art = segment(Article(id="fh", raw=text, language="ar"))
    read_places(art)
    return [m for m in art.mentions if m.kind == "place"]


def _named(text: str, name: str):
    return next(m for m in _places(text) if m.attrs.get("name") == name)


def test_a_palace_is_a_place_at_its_city() -> None:
    m = _named("اقتحم مسلحون القصر الرئاسي في حلب ليلا.", "القصر الرئاسي")
    assert m.attrs["kind"] == "palace" and m.attrs["geo_precision"] == 1
    assert abs(m.attrs["lat"] - 36.20) < 0.05  # Aleppo's coordinates
    aleppo = _named("اقتحم مسلحون القصر الرئاسي في حلب ليلا.", "حلب")
    assert aleppo.attrs["role"] == "locator"


def test_a_building_takes_the_institution_it_houses_as_its_name() -> None:
    # "الأمن" and "العدل" are never places alone; after a building head they name it
    assert _named("انفجرت سيارة أمام مبنى الأمن الجنائي في حماة.", "مبنى الأمن الجنائي").attrs["resolved"]
    assert _named("دخل المسلحون قصر العدل في حمص صباحا.", "قصر العدل").attrs["kind"] == "palace"
    # a common word no building head stands before is still no place
    assert not any("العدل" in (m.attrs.get("name") or "") for m in _places("طالب المحتجون بالعدل في حمص."))


def test_a_noun_written_with_hamza_heads_an_idafa() -> None:
    # "هيئة" folds like a nisba adjective; written with ئة it is the noun the name is annexed to
    m = _named("استهدف صاروخ مقر هيئة الأركان في دمشق.", "مقر هيئة الأركان")
    assert m.attrs["kind"] == "headquarters" and abs(m.attrs["lon"] - 36.29) < 0.05


def test_a_neighbourhood_after_a_facility_only_locates_it() -> None:
    places = _places("قصفت الطائرات جامع الصحابة الكبير في حي الوعر بحمص.")
    mosque = next(m for m in places if m.attrs.get("kind") == "mosque")
    assert mosque.attrs["resolved"] and abs(mosque.attrs["lat"] - 34.73) < 0.05
    assert next(m for m in places if "الوعر" in m.text).attrs["role"] == "locator"


def test_a_town_named_as_a_neighbourhood_is_the_town_whole() -> None:
    m = next(m for m in _places("دخلت القوات حي الحجر الأسود صباحا.") if m.attrs.get("role") != "locator")
    assert m.attrs["name"] == "الحجر الأسود" and m.attrs["resolved"]  # not a fragment "حي الحجر"


def test_a_facility_said_with_and_without_its_adjective_is_one_place() -> None:
    text = "قصفت الطائرات مستشفى الرازي الجامعي في حلب. ثم خرج مستشفى الرازي عن الخدمة."
    ids = {m.attrs["id"] for m in _places(text) if (m.attrs.get("name") or "").startswith("مستشفى")}
    assert ids == {"fac:مستشفي الرازي"}
    # with no name before it the adjective is the name: two hospitals, not one
    text = "قصفت الطائرات المستشفى الوطني في حلب. ثم قصفت المستشفى العسكري في حلب."
    assert len({m.attrs["id"] for m in _places(text) if m.attrs.get("kind") == "hospital"}) == 2


def test_a_town_after_a_cue_is_the_gazetteer_town_spelt_with_the_article() -> None:
    # (the example was "قرية مزيريب" until places12 gave Al-Muzayrib its bare spelling)
    m = next(m for m in _places("قصفت المدفعية قرية يادودة غرب درعا.") if "يادودة" in m.text)
    assert m.attrs["name"] == "اليادودة" and m.attrs["resolved"] and m.rule.startswith("cue-article:")
    # a definite word after the name makes it a longer name, not the look-alike with the article
    m = next(m for m in _places("سيطرت القوات على بلدتي مليحة العطش وناحتة.") if "مليحة" in m.text)
    assert m.attrs["name"] == "مليحة العطش"
    # bare, with no cue, an unknown word is not made a town by adding the article
    assert not any("يادودة" in m.text for m in _places("قالوا إن يادودة هادئة."))


def test_an_adjective_of_belonging_after_a_facility_noun_is_no_name() -> None:
    # "تابع" says whose checkpoint it is, as "حاجز للشرطة" does; the town after it is the place
    texts = ["هاجم مسلحون حاجزا تابعا للأمن العام في بلدة الصنمين فجرا.",
             "انفجرت عبوة قرب حاجز تابع للشرطة العسكرية في مدينة الباب."]
    for text in texts:
        names = {m.attrs.get("name") for m in _places(text)}
        assert not any(n and n.startswith("تابع") for n in names), names
    assert {"الصنمين"} <= {m.attrs.get("name") for m in _places(texts[0])}
