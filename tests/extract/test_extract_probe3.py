"""Constructions met in a mixed day's wire (issue 12, task probe3): sentences written for these tests, with
invented details. Types as eval/GUIDELINES.md sets them."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2019-10-14"):
    return analyze(Article(id="pr3", raw=text, published=published)).events


def test_a_deal_a_deployment_was_made_under_is_its_manner():
    """"انتشرت القوات في X بموجب اتفاق": the deal says how the deployment came about (GUIDELINES: manner is
    not an event), as it does for an entry or a departure; a deal on its own is still the event."""
    evs = events_of("وانتشرت وحدات من الجيش في بلدة تل تمر بموجب اتفاق مع الإدارة الذاتية.")
    assert {e.type for e in evs} == {"deploy"}
    evs = events_of("وبدأت الشرطة العسكرية الانتشار في مدينة طفس وفق اتفاق التسوية.", "2021-09-10")
    assert {e.type for e in evs} == {"deploy"}
    evs = events_of("ووقع وجهاء مدينة طفس اتفاق تسوية مع اللجنة الأمنية.", "2021-09-10")
    assert "other" in {e.type for e in evs}
