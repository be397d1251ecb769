"""Who made a deal, and negated futures (issue 12). GUIDELINES: agreements and truces are `other` at the place
they concern; a party that reaches, signs or announces one is its side. A negated future ("لن" + imperfect)
says neither that a thing happened, nor that it did not, nor that it is planned: no event. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2025-05-01"):
    return analyze(Article(id="a", raw=text, published=published)).events


def deals(text: str, published: str = "2025-05-01") -> set[tuple[str, str, str]]:
    return {(e.type, e.place.name, e.actor.side) for e in events_of(text, published) if e.type == "other"}


def test_a_speaker_that_says_it_reached_a_truce_is_its_party():
    got = deals("وأكدت وزارة الدفاع أنها توصلت إلى هدنة مع الوجهاء في مدينة جرمانا.")
    assert got == {("other", "جرمانا", "government")}


@pytest.mark.parametrize("published", ["2016-03-01", "2025-05-01"])
def test_the_announcing_party_keeps_the_truce_against_the_party_after_ma(published: str):
    got = deals("وأعلنت فصائل المعارضة التوصل إلى هدنة مع قوات النظام في مدينة داريا.", published)
    assert got == {("other", "داريا", "opposition")}


def test_the_subject_of_signing_is_the_party_not_its_adversary():
    got = deals("ووقعت قوات النظام اتفاقا مع الفصائل في مدينة داريا.", "2016-03-01")
    assert got == {("other", "داريا", "government")}


def test_a_deal_with_no_party_named_stays_unknown():
    assert deals("وتم الاتفاق على وقف إطلاق النار في مدينة جرمانا.") == {("other", "جرمانا", "unknown")}


def test_a_strike_suffered_is_still_the_adversarys():
    evs = events_of("وتعرضت مواقع قوات النظام لقصف في مدينة داريا.", "2016-03-01")
    assert {(e.type, e.actor.side) for e in evs} == {("attack", "opposition")}


@pytest.mark.parametrize("text", [
    "وقال القائد إن المقاتلين لن يدخلوا مدينة حلب.",
    "وقال القائد إن المقاتلين لن ينسحبوا من مدينة حلب.",
    "وقال القائد إن المقاتلين لن يتمكنوا من دخول مدينة حلب.",
])
def test_a_negated_future_is_no_event(text: str):
    assert events_of(text, "2016-03-01") == []


def test_the_negated_past_and_the_future_keep_their_polarity():
    assert {e.polarity for e in events_of("وقال القائد إن المقاتلين لم يدخلوا مدينة حلب.", "2016-03-01")} == {"denied"}
    assert {e.polarity for e in events_of("وقال القائد إن المقاتلين سيدخلون مدينة حلب.", "2016-03-01")} == {"expected"}
