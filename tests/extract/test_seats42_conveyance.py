""""نقل" in construct after a conduit's or a vehicle's noun ("أنبوب نقل الغاز"، "شاحنة نقل الوقود") is a noun, not a
verb of carrying the wounded away: a strike's arguments go on past it to its place (task seats42). Sentences written
for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def places(text: str, published: str = "2023-05-16") -> set[tuple[str, str]]:
    return {(e.type, e.place.name) for e in analyze(Article(id="p", raw=text, published=published)).events}


def test_a_conduit_carrying_something_does_not_end_the_strikes_arguments():
    assert ("attack", "الفرقلس") in places("استهدف مجهولون بعبوة ناسفة أنبوب نقل الغاز قرب بلدة الفرقلس ليل الخميس.")
    assert ("attack", "السخنة") in places("هاجم مسلحون شاحنة نقل الوقود بالقرب من بلدة السخنة فجر اليوم.")


def test_the_wounded_carried_away_still_end_the_arguments():
    got = places("أصيب سائق بجروح في قصف على بلدة كفرنبل، ونقل على إثرها إلى مشفى مدينة إدلب.")
    assert ("casualties", "كفرنبل") in got and not any(p == "إدلب" for _, p in got)
