"""Kidnappings told as a habit (task prec28): a series qualified as recurring or scattered ("حوادث خطف متكررة")
is background, no one event. One kidnapping, or one tit-for-tat
episode ("حوادث اختطاف متبادلة"), stays an event. Invented details, our own wording."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def types_of(text: str) -> set[tuple[str, str]]:
    evs = analyze(Article(id="p28k", raw=text, published="2025-06-14")).events
    return {(e.type, e.place.name if e.place else "") for e in evs}


def test_a_recurring_series_of_kidnappings_is_no_event():
    assert types_of("ويشكو السكان من أن الطريق بين حمص وتدمر يشهد حوادث خطف وسلب متكررة منذ مطلع العام") == set()


def test_one_kidnapping_or_one_mutual_episode_is_an_event():
    assert ("other", "طريق تدمر حمص") in types_of("وخطف مسلحون مجهولون صباح اليوم تاجراً على الطريق بين حمص وتدمر")
    assert ("other", "شهبا") in types_of("وبدأ التوتر في مدينة شهبا بحوادث اختطاف متبادلة بين عشيرتين")
