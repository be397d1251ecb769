"""A verb right after "ثم" with its own object pronoun tells the next happening of one sequence: the pronoun is the
place of what the sentence told first, not the last town of its gender (one people fled to, a sentence back). Task
read22a (heldout22 half a). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze

LEAD = ("قتل شخصان في اشتباكات بين عائلتين في بلدة الغارية الشرقية أمس.\n"
        "واستمرت الاشتباكات ساعتين قرب الجامع في البلدة، ما دفع عائلات إلى النزوح نحو بلدة الكرك الشرقي المجاورة.\n")


def moves(text: str) -> set[tuple[str, str]]:
    evs = analyze(Article(id="r22t", raw=text, published="2026-01-15")).events
    return {(e.type, e.place.name) for e in evs if e.type in ("advance", "enter")}


def test_the_pronoun_after_then_is_the_place_encircled_first() -> None:
    got = moves(LEAD + "وقالت المصادر إن قوات الأمن الداخلي طوقت البلدة مساءً، ثم دخلتها فجراً.")
    assert got == {("advance", "الغارية الشرقية"), ("enter", "الغارية الشرقية")}


def test_a_place_named_after_then_stays_its_own() -> None:
    got = moves(LEAD + "وقالت المصادر إن قوات الأمن الداخلي طوقت البلدة مساءً، ثم دخلت بلدة الكرك الشرقي فجراً.")
    assert got == {("advance", "الغارية الشرقية"), ("enter", "الكرك الشرقي")}


def places_of(text: str) -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="r22s", raw=text, published="2026-01-24")).events
    return [(e.type, e.polarity, e.place.name) for e in evs]


def test_an_offices_seat_in_the_speakers_phrase_is_no_place_of_the_denied_arrests() -> None:
    assert places_of("ونفى مصدر في قيادة الأمن الداخلي بريف دمشق اعتقال أي من المحتجين.") == []
    assert places_of("ونفى مصدر في قيادة الأمن الداخلي بريف دمشق لإذاعة محلية اعتقال أي من المحتجين.") == []
    got = places_of("ونفى مصدر في قيادة الأمن الداخلي بريف دمشق اعتقال أي من المحتجين في مدينة الكسوة.")
    assert got == [("other", "denied", "الكسوة")]
