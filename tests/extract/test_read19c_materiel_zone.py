"""Task read19c (heldout19's leftovers): materiel seized ("استولوا على دبابات") is no takeover, a place or a post
seized still is; an industrial zone named after its place ("منطقة X الصناعية") names X under the area cue.
Sentences written for these tests (invented details, real places)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2015-05-10") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="r19c", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "", e.polarity) for e in evs]


def test_materiel_seized_is_no_takeover() -> None:
    got = events("وأفاد ناشطون بأن المقاتلين استولوا على ثلاث دبابات وعربة مدرعة في بلدة كفرنبودة.")
    assert not any(t == "take_control" for t, _, _ in got)


def test_a_town_seized_is_a_takeover() -> None:
    got = events("وأفاد ناشطون بأن المقاتلين استولوا على بلدة كفرنبودة بعد معارك استمرت يومين.")
    assert ("take_control", "كفرنبودة", "asserted") in got


def test_an_industrial_zone_names_its_place() -> None:
    got = events("ووصلت الوحدات المتقدمة إلى مشارف منطقة العرقوب الصناعية من جهة الجنوب.", "2016-05-10")
    assert ("advance", "العرقوب", "asserted") in got


def test_the_unnamed_industrial_zone_is_no_place() -> None:
    got = events("ووصلت الوحدات المتقدمة إلى مشارف المنطقة الصناعية من جهة الجنوب.", "2016-05-10")
    assert not any(p for _, p, _ in got)
