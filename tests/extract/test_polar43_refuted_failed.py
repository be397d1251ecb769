"""Task polar43: a refutation verb ("دحض"، "فنّد") denies the report it refutes, as "كذّب" does; an attempt its own
adjective tells failed ("محاولة تقدم فاشلة على X") is the attack of who attempted it, done, no advance. Guards: a
report confirmed stays asserted, an advance with no attempt stays an advance. An attempt a repel verb governs, its
subject long between the attempt and the move ("تصدى الثوار لمحاولة جديدة من قوات X ... التقدم نحو Y"), is the
attempter's attack too; an attempt nobody repels is left as it reads. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2019-06-10") -> list[tuple[str, str, str, str]]:
    evs = analyze(Article(id="polar43", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "", e.polarity, e.actor.side) for e in evs]


def test_a_refuted_report_is_denied() -> None:
    got = events("ودحض ناطق باسم الفصائل رواية الإعلام الرسمي عن تقدم قوات النظام نحو بلدة الهبيط")
    assert got == [("advance", "الهبيط", "denied", "government")]
    got = events("وفنّدت قيادة الفصائل في بيان ما نشرته قنوات موالية عن دخول قوات النظام إلى قرية الحويز")
    assert [(t, p, pol) for t, p, pol, _ in got] == [("enter", "الحويز", "denied")]


def test_a_confirmed_report_stays_asserted() -> None:
    got = events("وأكد ناطق باسم الفصائل رواية الإعلام الرسمي عن تقدم قوات النظام نحو بلدة الهبيط")
    assert got == [("advance", "الهبيط", "asserted", "government")]


def test_an_attempt_told_failed_by_its_adjective_is_the_attack() -> None:
    got = events("وقال ناشطون إن قوات النظام شنت محاولة تقدم فاشلة على قرية الحويز فجر اليوم")
    assert got == [("attack", "الحويز", "asserted", "government")]
    got = events("ونفذ عناصر التنظيم محاولتي تسلل فاشلتين باتجاه بلدة القريتين خلال الليل")
    assert [(t, p, pol) for t, p, pol, _ in got] == [("attack", "القريتين", "asserted")]


def test_an_advance_with_no_attempt_stays_an_advance() -> None:
    got = events("وقال ناشطون إن قوات النظام حققت تقدماً على أطراف قرية الحويز فجر اليوم")
    assert [(t, p, pol) for t, p, pol, _ in got] == [("advance", "الحويز", "asserted")]


def test_a_repelled_attempt_with_a_long_subject_is_the_attack() -> None:
    got = events("وتصدى مقاتلو الفصائل، فجر اليوم، لمحاولة جديدة من قوات النظام والمجموعات الرديفة لها التقدم نحو قرية الحويز")
    assert got == [("attack", "الحويز", "asserted", "government")]
    got = events("وأفشلت الفصائل أمس محاولة جديدة لقوات النظام والمجموعات الرديفة لها الدخول إلى قرية الحويز")
    assert got == [("attack", "الحويز", "asserted", "government")]


def test_an_attempt_nobody_repels_is_left_as_it_reads() -> None:
    got = events("وحاولت مجموعة من قوات النظام قادمة من بلدة الحماميات التقدم نحو قرية الحويز")
    assert [(t, p, pol) for t, p, pol, _ in got] == [("advance", "الحويز", "asserted")]
