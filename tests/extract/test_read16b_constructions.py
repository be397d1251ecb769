"""Task read16b: constructions read from articles_heldout16's remaining misses. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2016-02-01") -> list[tuple[str, str, str, str]]:
    evs = analyze(Article(id="r16b", raw=text, published=published)).events
    return [(e.type, e.place.name, e.polarity, e.actor.side) for e in evs]


def test_a_resumptive_pronoun_after_before_that_is_the_next_happening_not_a_relative_clause() -> None:
    got = events("سيطرت فصائل المعارضة على بلدة مورك في الصيف، قبل أن يسيطر عليها الجيش السوري في الشتاء.")
    assert got == [("take_control", "مورك", "asserted", "opposition"),
                   ("take_control", "مورك", "asserted", "government")]
    got = events("تقدمت قوات النظام نحو حي جوبر، قبل أن تسيطر عليه فصائل المعارضة بعد ساعات.")
    assert ("take_control", "جوبر", "asserted", "opposition") in got
    got = events("انسحبت وحدات حماية الشعب من قرية تل رفعت، قبل أن تنتشر فيها قوات روسية.")
    assert ("deploy", "تل رفعت", "asserted", "russia") in got


def test_a_relative_clause_with_a_resumptive_pronoun_still_describes_a_place() -> None:
    assert events("وتقع بلدة سلمى التي يسيطر عليها مقاتلو المعارضة في ريف اللاذقية.") == []
