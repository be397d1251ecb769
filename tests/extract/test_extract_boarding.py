"""Who boards the buses is who leaves (issue 12, GUIDELINES "Who leaves"): a departure told after a boarding
verb of its clause ("استقلوا حافلات ... في انتظار مغادرة X") reads its subject before that verb, however
far it stands from the departure. Fighters with families give both withdraw and displacement. Sentences
written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze

HEAD = "أخبار البلدات\n\n"


def moves(text: str) -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="a", raw=HEAD + text, published="2018-03-26")).events
    return {(e.type, e.polarity, e.place.name) for e in evs}


def test_fighters_and_families_who_boarded_are_awaited_to_leave():
    got = moves("وقال مصدر محلي إن نحو ألفي مسلح مع أسرهم استقلوا 30 حافلة صباح اليوم في انتظار مغادرة بلدة تلكلخ.")
    assert got == {("withdraw", "expected", "تلكلخ"), ("displacement", "expected", "تلكلخ")}


def test_civilians_who_boarded_are_displaced_only():
    got = moves("وأفاد ناشطون بأن مئات المدنيين ركبوا الحافلات عند الظهر ثم غادروا قرية الحصن.")
    assert got == {("displacement", "asserted", "الحصن")}


def test_a_destination_told_as_governorate_and_as_its_city_is_one_place():
    got = moves("ونزحت عشرات العائلات من قرية الحصن باتجاه محافظة حماة. وقال مصدر محلي إن الأهالي نزحوا "
                "من قرية الحصن إلى حماة هربا من القصف.")
    assert ("displacement", "asserted", "حماة") in got
    assert ("displacement", "asserted", "محافظة حماة") not in got
