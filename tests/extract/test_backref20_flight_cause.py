"""Task backref20: a back-reference in a clause of cause after a flight ("نزحت عائلات من X باتجاه بلدة Y، بعد سقوط
قذائف على منازل في الطرف الجنوبي من البلدة") points at the place left, X, also when the clause is long, and after a
departure ("خرج المدنيون من X نحو Y جراء ..."). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2016-03-14") -> list[tuple[str, str]]:
    evs = analyze(Article(id="b20", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "") for e in evs]


def test_a_long_cause_clause_after_a_flight_points_at_the_place_left() -> None:
    got = events("نزحت عشرات العائلات من بلدة الهبيط باتجاه بلدة خان شيخون، بعد سقوط صواريخ على بيوت قريبة من "
                 "السوق في الجهة الشمالية من البلدة.")
    assert ("attack", "الهبيط") in got and ("attack", "خان شيخون") not in got
    got = events("فرت مئات الأسر من بلدة كفرزيتا نحو بلدة مورك بسبب سقوط قذائف المدفعية على الأحياء السكنية "
                 "والمدارس وسط البلدة.")
    assert ("attack", "كفرزيتا") in got and ("attack", "مورك") not in got


def test_a_cause_after_a_departure_points_at_the_place_left() -> None:
    got = events("خرج مئات المدنيين من قرية الحميدية نحو قرية الضبعة، جراء سقوط قذائف هاون على عدد من المنازل "
                 "في الطرف الجنوبي من القرية.")
    assert ("attack", "الحميدية") in got and ("attack", "الضبعة") not in got


def test_no_cause_word_leaves_the_destination_to_the_news() -> None:
    got = events("وصلت عشرات العائلات النازحة من بلدة كفرنبل إلى مدينة معرة النعمان، وقال ناشطون إن فرق الإغاثة "
                 "وزعت مساعدات غذائية على النازحين في المدينة.")
    assert ("displacement", "معرة النعمان") in got and not any(t == "attack" for t, _ in got)
