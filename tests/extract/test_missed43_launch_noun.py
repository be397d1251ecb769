"""Munitions launched, told by the verbal noun or by the munition before its passive verb (task missed43): "إطلاق
صاروخين على X" and "ثلاثة صواريخ أُطلقت على X" read no trigger, as "اطلق*" stems the verb only. Sentences
written for these tests, read as eval/GUIDELINES.md decides them."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2024-03-12") -> list:
    return analyze(Article(id="s", raw=text, published=published)).events


def at(evs, etype: str, polarity: str = "asserted") -> set[str]:
    return {e.place.name for e in evs if e.type == etype and e.place and e.polarity == polarity}


def test_the_verbal_noun_with_rockets_is_a_strike_at_its_target():
    """"إطلاق صاروخين على بلدة X"، "بإطلاق صواريخ باتجاه قرية X": a strike at X."""
    assert at(events_of("وتحدث ناشطون عن إطلاق صاروخين على بلدة كفرنبل مساء الأحد"), "attack") == {"كفرنبل"}
    assert any("كبان" in n for n in at(events_of(
        "وأفاد سكان بإطلاق خمسة صواريخ باتجاه قرية الكبانة بعد منتصف الليل"), "attack"))


def test_the_munition_before_its_passive_verb_is_a_strike_at_its_target():
    """"ثلاثة صواريخ أُطلقت فجر اليوم على مدينة X": the target after على is the strike's place."""
    assert at(events_of("وقال مصدر أمني إن ثلاثة صواريخ أطلقت فجر اليوم على مدينة الباب"), "attack") == {"الباب"}
    assert any("خان شيخون" in n for n in at(events_of(
        "وأوضح المصدر أن صواريخ عدة أطلقت ليلاً باتجاه محيط بلدة خان شيخون"), "attack"))


def test_a_rocket_carrying_a_satellite_and_a_release_are_no_strike():
    """Guards: "إطلاق صاروخ يحمل قمراً صناعياً" and "إطلاق سراح المعتقلين" give no attack."""
    assert not at(events_of("وتابع طلاب المدرسة في مدينة حماة بثاً لإطلاق صاروخ يحمل قمراً صناعياً"), "attack")
    assert not at(events_of("وطالب الأهالي بإطلاق سراح المعتقلين من أبناء بلدة كفرنبل"), "attack")
