"""Constructions read in heldout23's first half (task read23a): villages told by the place they surround or lie
near ("القرى المحيطة بـ X"), which only locates them; a withdrawal's own pronoun after a long force name, in a
clause after a witness verb; "وادي اليرموك" as the Yarmouk basin. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def run(text: str, published: str = "2025-02-10"):
    return analyze(Article(id="r23a", raw=text, published=published)).events


def events(text: str, published: str = "2025-02-10") -> set[tuple[str, str, str]]:
    return {(e.type, e.polarity, e.place.name) for e in run(text, published)}


def test_villages_around_a_place_only_locate_it() -> None:
    assert events("وفرت عائلات كثيرة من القرى القريبة من مدينة الباب نحو مدينة اعزاز") == {
        ("displacement", "asserted", "أعزاز")}
    assert events("وسقطت قذائف على القرى المحيطة ببلدة تل تمر مساء اليوم") == set()
    assert events("واستهدف القصف البلدات المجاورة لمدينة الميادين") == set()
    # the place itself, before the villages, is named
    assert events("وسقطت قذائف على بلدة تل تمر والقرى المحيطة بها مساء اليوم") == {("attack", "asserted", "تل تمر")}


def test_sequence_into_the_villages_around_names_no_place() -> None:
    got = events("وصمدت بلدة تل تمر أمام هجمات التنظيم، قبل أن يُطرد عناصره من القرى المحيطة بها", "2016-05-10")
    assert ("take_control", "asserted", "تل تمر") not in got
    got = events("وسيطر التنظيم على بلدة تل تمر أسبوعاً، قبل أن يُطرد عناصره منها", "2016-05-10")
    assert ("take_control", "asserted", "تل تمر") in got


def test_own_pronoun_after_a_long_force_name() -> None:
    text = ("وتشهد أطراف بلدة العريمة منذ يومين مواجهات متقطعة، بعدما دخلت الفصائل مدينة منبج عقب انسحاب عناصر "
            "\"مجلس منبج العسكري\" منها")
    got = {(e.type, e.place.name) for e in run(text, "2025-01-20")}
    assert ("withdraw", "منبج") in got
    assert ("withdraw", "العريمة") not in got


def test_yarmouk_valley_is_the_basin() -> None:
    got = run("وقصفت مدفعية الاحتلال أطراف وادي اليرموك بعد منتصف الليل", "2026-01-05")
    assert [(e.type, e.place.name_en) for e in got] == [("attack", "Yarmouk Basin")]


def test_civilians_moved_are_displaced() -> None:
    got = events("ونقلت السلطات عشرات العائلات من مخيم الهول إلى مدينة الحسكة أمس", "2025-10-02")
    assert got == {("displacement", "asserted", "الهول"), ("displacement", "asserted", "الحسكة")}
    got = events("وقال المسؤول إن نقل مئات من عوائل مخيم الهول سيستمر خلال الشهر", "2025-10-02")
    assert ("displacement", "asserted", "الهول") in got or ("displacement", "expected", "الهول") in got
    # the wounded taken to a hospital are no displacement
    assert events("ونقل الجرحى من بلدة الشحيل إلى مشفى مدينة دير الزور", "2025-10-02") == set()
