"""Task back26: places a trigger borrows when it names none. A strike told as what made a force leave ("انسحبوا من
بلدة X بعد قصف عنيف") borrows no place from the town left, neither named before it nor by its pronoun, while one
naming its own target keeps it; a speaker's continuing sentence ("وأضاف المصدر أن ...") whose trigger clause names a
place of its own does not take the previous sentence's place, while one naming none continues it. Sentences written
for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2024-06-03") -> list[tuple[str, str]]:
    evs = analyze(Article(id="back26", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "") for e in evs]


def test_a_strike_that_made_them_leave_borrows_no_place() -> None:
    got = events("وقال قائد ميداني إن مقاتليه انسحبوا من بلدة كنسبا بعد قصف عنيف استمر يومين")
    assert any(t == "withdraw" for t, _ in got) and not any(t == "attack" for t, _ in got)
    got = events("وأكد ناشطون أن عناصر الفصيل انسحبوا من قرية الكبانة إثر قصف مدفعي متواصل")
    assert any(t == "withdraw" for t, _ in got) and not any(t == "attack" for t, _ in got)


def test_a_cause_strike_naming_its_target_keeps_it() -> None:
    got = events("وقال قائد ميداني إن مقاتليه انسحبوا من بلدة كنسبا بعد قصف عنيف على قرية الكبانة")
    assert [p for t, p in got if t == "attack"] and all("كنسبا" not in p and "كنّسبّا" not in p
                                                      for t, p in got if t == "attack")


def test_a_continuing_clause_with_its_own_place_takes_no_earlier_place() -> None:
    got = events("اقتحمت دورية إسرائيلية بلدة جباثا الخشب فجر اليوم. وأضافت المصادر أن الدورية أقامت حاجزاً "
                 "مؤقتاً عند مدخل بلدة خان أرنبة")
    assert ("deploy", "جباثا الخشب") not in got and any(t == "deploy" and "أرنبة" in p for t, p in got)


def test_a_continuing_clause_naming_no_place_continues() -> None:
    got = events("اقتحمت دورية إسرائيلية بلدة جباثا الخشب فجر اليوم. وأضافت المصادر أن الدورية أقامت حاجزاً "
                 "مؤقتاً لعدة ساعات")
    assert ("deploy", "جباثا الخشب") in got
    got = events("قصفت قوات النظام قرية الحويقة صباح اليوم. وأضاف المصدر أن قصفاً مدفعياً استهدف بعد الظهر بلدة "
                 "البوليل في الريف الشرقي")
    assert ("attack", "الحويقة") in got and any(t == "attack" and "البوليل" in p for t, p in got)
