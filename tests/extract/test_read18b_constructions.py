"""Task read18b: constructions read from articles_heldout18's errors (H1809..H1816). Sentences written for
these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2017-04-16") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="r18b", raw=text, published=published)).events
    return [(e.type, e.place.name, e.polarity) for e in evs]


def test_the_displaced_in_construct_state_arrive_as_displacement() -> None:
    got = events("وصل مهجّرو بلدة الزارة إلى مدينة حماة مساء أمس.")
    assert {t for t, _, _ in got} == {"displacement"}
    assert ("displacement", "حماة", "asserted") in got
    got = events("وصل نازحو قرية التمانعة إلى بلدة سرمين.")
    assert {t for t, _, _ in got} == {"displacement"}
    assert ("displacement", "سرمين", "asserted") in got


def test_an_instrument_phrase_does_not_part_a_strike_from_its_target() -> None:
    got = events("استهدفت الفصائل بصاروخ محلي الصنع تمركزات لقوات النظام في قرية جورين.")
    assert got == [("attack", "جورين", "asserted")]
    got = events("استهدفت الفصائل بصاروخين موجهين تمركزات لقوات النظام في قرية الحويز.")
    assert got == [("attack", "الحويز", "asserted")]
    got = events("تمركزت قوات الجيش في بلدة مورك، فيما قصفت الفصائل بالصواريخ مدينة صوران.")
    assert got == [("deploy", "مورك", "asserted"), ("attack", "صوران", "asserted")]
