"""Task gaz26: rows whose coordinate is now cited (or, uncited, dropped) and the Lebanese border places of Wadi
Khaled. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze
from tawatur.read.gazetteer import Gazetteer


def events(text: str, published: str = "2012-06-01") -> set[tuple[str, str]]:
    return {(e.type, e.place.name) for e in analyze(Article(id="gz26", raw=text, published=published)).events}


def test_wadi_khaled_named_bare_is_a_lebanese_place() -> None:
    assert events("ونزحت عشرات العائلات السورية إلى وادي خالد هرباً من القصف") == {("displacement", "وادي خالد")}
    e = Gazetteer.default().resolve("وادي خالد")
    assert e is not None and e.country == "LB" and round(e.lat, 2) == 34.62


def test_muqaybila_village_and_its_no_event_twin() -> None:
    assert events("وسقطت ثلاث قذائف مجهولة المصدر على أطراف المقيبلة بعد منتصف الليل") == {("attack", "المقيبلة")}
    assert events("وقال أحد سكان المقيبلة إن ليلته مرت بهدوء") == set()


def test_cited_coordinates_replace_approximate_ones() -> None:
    gaz = Gazetteer.default()
    asbah, saan = gaz.resolve("الأصبح"), gaz.resolve("السعن")
    assert asbah is not None and (asbah.lat, asbah.lon) == (32.98, 35.89)
    assert saan is not None and (saan.lat, saan.lon) == (35.26, 37.37)


def test_jbeisa_row_without_a_cited_coordinate_is_gone() -> None:
    assert Gazetteer.default().resolve("حقل الجبسة") is None


def test_sarkha_under_its_place_noun_and_not_as_the_common_noun() -> None:
    assert events("أعلن الجيش سيطرته على بلدة الصرخة في القلمون بعد معارك استمرت يومين",
                  "2014-04-15") == {("take_control", "الصرخة")}
    assert events("وسيطرت الفصائل على مدينة يبرود وعلت الصرخة في شوارعها", "2014-04-15") == {
        ("take_control", "يبرود")}
    e = Gazetteer.default().resolve("الصرخة")
    assert e is not None and (e.lat, e.lon) == (33.88, 36.56)
