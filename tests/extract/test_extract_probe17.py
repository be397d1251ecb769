"""Constructions of whole 2025-2026 articles in real outlets' shapes that the probe17 first-sight measure showed
(bench/articles_probe17). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2026-04-15") -> list[tuple[str, str, str, str]]:
    evs = analyze(Article(id="p17", raw=text, published=published)).events
    return [(e.type, e.polarity, e.place.name, e.actor.side) for e in evs]


def test_a_thousands_comma_breaks_no_clause() -> None:
    got = events("عادت نحو 2,300 عائلة إلى منطقة عفرين خلال الأسبوعين الماضيين.")
    assert [(e[0], e[2]) for e in got] == [("displacement", "عفرين")]


def test_a_participle_of_coming_in_its_own_clause_names_the_origins() -> None:
    got = events("عادت مئات العائلات إلى بلدة كفرنبل، قادمة بمعظمها من مخيمات أطمة ومن مدينة سرمدا.")
    assert sorted(e[2] for e in got if e[0] == "displacement") == sorted(["كفرنبل", "أطمة", "سرمدا"])
    got = events("ووصلت 40 عائلة إلى مدينة الرقة، قادمين من مخيم الهول.", "2025-06-18")
    assert "الهول" in [e[2] for e in got]


def test_up_to_bounds_a_count_and_is_no_arrival() -> None:
    got = events("نزح ما يصل إلى ألفي شخص من بلدة كفرنبل إلى مدينة إدلب.", "2025-05-10")
    assert sorted(e[2] for e in got) == sorted(["كفرنبل", "إدلب"])
    assert all(e[0] == "displacement" for e in got)
    got = events("تتوقع المنظمة عودة ما يصل إلى ثلاثة آلاف عائلة إلى مدينة معرة النعمان خلال الصيف.")
    assert [(e[0], e[1], e[2]) for e in got] == [("displacement", "expected", "معرة النعمان")]


def test_an_additional_batch_expected_stands_beside_returns_done() -> None:
    got = events("عادت 500 عائلة إلى مدينة جسر الشغور الشهر الماضي.\n"
                 "وتتوقع الوكالات عودة ألف عائلة إضافية إلى مدينة جسر الشغور قبل الشتاء.")
    assert sorted(e[1] for e in got) == ["asserted", "expected"]
