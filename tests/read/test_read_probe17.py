"""Figures written with a thousands comma and "ما يصل إلى" (task probe17). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def numbers(text: str) -> list[int | None]:
    art = analyze(Article(id="p17n", raw=text, published="2026-04-15"))
    return [m.attrs.value for m in art.mentions if m.kind == "number"]


def test_a_comma_before_three_digits_is_a_thousands_separator() -> None:
    assert 2300 in numbers("عادت نحو 2,300 عائلة إلى منطقة عفرين.")
    assert 1250000 in numbers("قدرت المنظمة عدد النازحين بـ 1,250,000 شخص.")


def test_a_decimal_comma_stays_a_decimal() -> None:
    assert 1500 in numbers("نزح 1,5 ألف شخص من بلدة كفرنبل.")


def test_up_to_is_a_qualifier_of_the_count() -> None:
    assert 20 in numbers("قتل ما يصل إلى عشرين شخصاً في قصف على بلدة كفرنبل.")


def sources(text: str) -> list[str]:
    art = analyze(Article(id="p17s", raw=text, published="2026-04-15"))
    return [e.source.name_en for e in art.events]


def test_humanitarian_partners_and_un_agencies_are_speakers() -> None:
    assert sources("عادت نحو 300 عائلة إلى منطقة عفرين خلال الأسبوعين الماضيين، وفق أرقام الشركاء المحليين.") == [
        "local partners"]
    assert sources("تتوقع الوكالات الأممية عودة ما يصل إلى خمسة آلاف عائلة إضافية إلى مدينة جسر الشغور.") == [
        "UN agencies"]


def test_a_passive_of_belief_has_no_speaker() -> None:
    got = sources("قتل عنصر من قسد برصاص مسلحين يرجح أنهم من خلايا التنظيم استهدفوا نقطة عسكرية في بلدة هجين.")
    assert "SDF" not in got
