"""Event nouns that name a happening without telling one (task nominal24, extract/named.py): the span of a time
adverbial, the subject of a verdict and the deal it says was breached, the happening a doer is named by, and a
figurative enter. Each beside its twin that does tell the happening. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2025-03-01") -> set[tuple[str, str, str]]:
    got = analyze(Article(id="n24", raw=text, published=published)).events
    return {(e.type, e.polarity, e.place.name) for e in got}


def test_span_of_a_time_adverbial_is_no_event() -> None:
    assert events("وأغلق الأهالي محالهم في بلدة خان أرنبة طيلة ساعات التوغل") == set()
    assert events("وحلقت طائرات مسيرة فوق قريتي الرفيد والعشة طوال ساعات التوغل") == set()
    assert ("enter", "asserted", "جباثا الخشب") in events("ونفذت القوات الإسرائيلية توغلاً في بلدة جباتا الخشب فجر اليوم")


def test_subject_of_a_verdict_is_no_event() -> None:
    assert events("وذكرت الوزارة أن \"التوغلات الإسرائيلية في ريف القنيطرة تشكل خرقاً واضحاً للاتفاق\"") == set()
    assert events("وأكد المحافظ أن القصف المستمر على مدينة جسر الشغور يعد انتهاكاً صارخاً للهدنة") == set()
    got = events("وتوغلت قوة إسرائيلية في قرية الرفيد، وهو ما يشكل خرقاً للاتفاق بحسب الوزارة")
    assert got == {("enter", "asserted", "الرفيد")}


def test_doer_of_a_told_attack_is_no_new_attack() -> None:
    got = events("ونفت الداخلية ما تردد عن توقيف منفذ الهجوم داخل بلدة الصنمين")
    assert got == {("other", "denied", "الصنمين")}
    got = events("ونفذ مسلحون مجهولون هجوماً على حاجز للأمن العام في بلدة الصنمين")
    assert ("attack", "asserted", "الصنمين") in got


def test_figurative_enter_moves_no_force() -> None:
    got = events("وكانت بلدة الكسوة قد دخلت في تسوية مع قوات النظام عام 2016", "2018-03-01")
    assert ("enter", "asserted", "الكسوة") not in got
    assert ("other", "asserted", "الكسوة") in got  # the place that entered the settlement is party to it
    assert ("enter", "asserted", "الكسوة") in events("ودخلت القوات في بلدة الكسوة بعد اشتباكات مع مجموعة مسلحة")
