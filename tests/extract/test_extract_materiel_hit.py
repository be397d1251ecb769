"""A toll needs people (issue 12): a wound word whose object is materiel or a building ("إصابة 3 عربات"،
"أصيبت دبابتان") is no casualty event. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze


def types_of(text: str) -> set[str]:
    return {e.type for e in analyze(Article(id="h", raw=text, published="2019-10-20")).events}


@pytest.mark.parametrize("hit", ["إصابة 4 عربات مصفحة", "إصابة أربع آليات", "إصابة دبابتين"])
def test_vehicles_hit_are_no_toll(hit):
    types = types_of(f"وقصفت المدفعية مواقع الفصائل في بلدة تادف ما أدى إلى {hit}.")
    assert "attack" in types
    assert "casualties" not in types


def test_a_passive_hit_on_vehicles_is_no_toll():
    assert "casualties" not in types_of("وأصيبت عربتان للجيش بقذائف الهاون في بلدة تادف.")


@pytest.mark.parametrize("hit", ["إصابة 4 مدنيين", "إصابة أربعة عناصر", "إصابة طفلين"])
def test_people_hit_are_a_toll(hit):
    assert "casualties" in types_of(f"وقصفت المدفعية مواقع الفصائل في بلدة تادف ما أدى إلى {hit}.")
