"""The verbal noun of a bombing after the purpose ل (task prec28): "عبوات معدّة للتفجير" says what a device is
for, "يخططون لتفجير" what a cell meant to do; neither is an attack. Its twins tell the bombing done, or put ل
after a verb that governs it, with the subject between ("تعرض حاجز ... لتفجير"): an attack. Invented details,
our own wording."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def types_of(text: str) -> set[tuple[str, str]]:
    evs = analyze(Article(id="p28", raw=text, published="2025-06-14")).events
    return {(e.type, e.place.name if e.place else "") for e in evs}


def test_a_device_made_for_detonation_is_no_attack():
    got = types_of("وأشار المتحدث إلى العثور على أحزمة ناسفة وعبوات معدّة للتفجير في مزرعة على أطراف بلدة الصنمين")
    assert not any(t == "attack" for t, _ in got)
    got = types_of("وبين المصدر أن الدورية عثرت على ألغام مجهزة للتفجير عند مدخل قرية الزيارة")
    assert not any(t == "attack" for t, _ in got)


def test_a_bombing_done_is_an_attack():
    assert ("attack", "الصنمين") in types_of("وقتل مدنيان بتفجير عبوة ناسفة داخل مستودع قرب بلدة الصنمين")


def test_lam_governed_by_a_verb_before_its_subject_is_an_attack():
    got = types_of("وتعرض حاجز للأمن العام في مدينة الميادين لتفجير انتحاري مساء أمس")
    assert ("attack", "الميادين") in got
