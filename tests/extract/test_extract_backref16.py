"""Task backref16: a singular back-reference noun ("الحي") sentences after a pair of places of its kind ("في حيي X
وY") or a set of quarters ("نحو أحياء حمص القديمة") points past them, at the single quarter named before.
Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2013-05-14") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="b16", raw=text, published=published)).events
    return [(e.type, e.polarity, e.place.name) for e in evs]


def test_the_singular_quarter_word_points_past_a_pair_named_sentences_before() -> None:
    got = events("أحكمت فصائل المعارضة سيطرتها على حي الشيخ مقصود في حلب. وقصفت قوات النظام تجمعات المقاتلين في "
                 "حيي الهلك وبعيدين. ونفى مصدر عسكري سقوط الحي بالكامل.")
    assert ("take_control", "denied", "الشيخ مقصود") in got
    got = events("تقدمت قوات النظام في حي جوبر شرقي دمشق. وسقطت قذائف هاون على حيي باب توما والقصاع. وقال ناشطون "
                 "إن المعارك داخل الحي ما زالت مستمرة.", "2013-08-02")
    assert ("attack", "asserted", "جوبر") in got


def test_a_single_quarter_named_since_is_still_what_the_word_recalls() -> None:
    got = events("سيطرت فصائل المعارضة على حي الراموسة جنوبي حلب. ثم قصفت الطائرات الحربية حي الصالحين. وقتل أربعة "
                 "مدنيين في الحي.", "2016-10-03")
    assert ("casualties", "asserted", "الصالحين") in got


def test_a_facility_word_recalls_the_place_the_text_named_under_its_noun() -> None:
    # the gazetteer files "حقل الشاعر" under the mountain "جبل الشاعر": the text named a field all the same
    got = events("هاجم عناصر التنظيم حقل الشاعر شرقي حمص فجر اليوم. وقال مصدر عسكري إن الطيران الحربي قصف مواقع "
                 "المهاجمين داخل الحقل.", "2015-06-12")
    assert [e[0] for e in got].count("attack") == 2
