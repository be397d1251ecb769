"""Settling one's own status ("تسوية أوضاعهم") is a personal procedure, not a deal at a place (GUIDELINES
"Agreements" are `other` at the place they concern); a settlement reached in a town still is. Sentences
written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze

HEAD = "أخبار البلدات\n\n"


def deals(text: str) -> set[tuple[str, str]]:
    evs = analyze(Article(id="a", raw=HEAD + text, published="2017-01-29")).events
    return {(e.type, e.place.name) for e in evs if e.type == "other"}


def test_settling_their_status_is_no_deal():
    assert deals("ويقيم في بلدة تلكلخ نحو مئتي شاب يرغبون بتسوية أوضاعهم لدى السلطات في حمص.") == set()


def test_a_settlement_reached_in_a_town_is_a_deal():
    assert deals("وتوصل وجهاء بلدة تلكلخ إلى تسوية مع السلطات أمس.") == {("other", "تلكلخ")}
