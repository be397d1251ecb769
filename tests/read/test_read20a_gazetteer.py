"""Places added in task read20a: a Quneitra village whose name is also a verb's form (الأصبح) and the Jbeisa
oil fields, named in the singular or the plural. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def places(text: str) -> set[str]:
    return {e.place.name for e in analyze(Article(id="r20g", raw=text, published="2026-02-24")).events}


def test_asbah_village() -> None:
    assert places("ونصب جنود الاحتلال حاجزا عند المدخل الشمالي لبلدة الأصبح") == {"الأصبح"}


def test_jbeisa_fields_singular_and_plural() -> None:
    assert places("وانسحبت القوات من حقل الجبسة") == {"حقول الجبسة"}
    assert places("ومن المقرر أن تنسحب قوات سوريا الديمقراطية من حقول الجبسة النفطية قبل نهاية الشهر") == {
        "حقول الجبسة"}
