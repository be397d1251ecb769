"""Words of a council's or a page's post (task read14): checkpoints deployed ("نشر حاجزين"), a post set up
("أقام موقعاً عسكرياً"), a death ("فارق الحياة"), the page's own obituary ("ينعى"); and an unnamed hill is no
place named by the locator after it ("تلة قرب X")."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _events(text: str, day: str = "2026-03-03") -> list[tuple[str, str, str]]:
    a = analyze(Article(id="p", raw=text, published=day))
    return [(e.type, e.place.name, e.polarity) for e in a.events if e.place]


def test_checkpoints_deployed() -> None:
    assert _events("الأمن العام نشر حاجزين عند مدخل بلدة نصيب.") == [("deploy", "نصيب", "asserted")]


def test_post_set_up_denied() -> None:
    got = _events("نفى الجيش الإسرائيلي أن تكون قواته قد أقامت موقعاً عسكرياً قرب بلدة جباتا الخشب.")
    assert [(t, p) for t, _, p in got] == [("deploy", "denied")]


def test_died_and_obituary() -> None:
    assert ("casualties", "العريمة", "asserted") in _events("فارق طفلان الحياة في قرية العريمة إثر انفجار قذيفة.")
    assert ("casualties", "المشرفة", "asserted") in _events("ينعى مجلس البلدة ثلاثة شبان من قرية المشرفة.")


def test_unnamed_hill_near_a_town() -> None:
    assert _events("أقامت القوات الإسرائيلية نقطة عسكرية على تلة قرب بلدة كودنة.") == [("deploy", "كودنة", "asserted")]
