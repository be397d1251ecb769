"""Places added in task read20a: a Quneitra village whose name is also a verb's form (الأصبح). The Jbeisa oil
fields row it also added carried an approximate, uncited coordinate and was dropped in task gaz26 with its test.
Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def places(text: str) -> set[str]:
    return {e.place.name for e in analyze(Article(id="r20g", raw=text, published="2026-02-24")).events}


def test_asbah_village() -> None:
    assert places("ونصب جنود الاحتلال حاجزا عند المدخل الشمالي لبلدة الأصبح") == {"الأصبح"}

