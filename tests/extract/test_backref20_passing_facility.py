"""Task backref20: a facility named after a town or quarter ("مطار المزة العسكري") in a later sentence, where no event
took it, is named in passing: "الحي" or "البلدة" after it points at the story's place, not at the place the facility
is named after; a facility an event took still gives its town. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2025-06-11") -> list[tuple[str, str]]:
    evs = analyze(Article(id="b20f", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "") for e in evs]


def test_a_quarter_word_passes_an_airport_named_after_a_quarter() -> None:
    got = events("طوقت دوريات الأمن الداخلي حي التضامن جنوبي دمشق فجر اليوم. وقال مصدر إن الموقوفين نقلوا إلى فرع "
                 "التحقيق في مطار المزة العسكري. ونفى المصدر وقوع أي اشتباك داخل الحي.")
    assert ("attack", "التضامن") in got and ("attack", "المزة") not in got


def test_a_town_word_passes_an_airport_named_after_a_town() -> None:
    got = events("دخلت فصائل المعارضة بلدة بنش صباح اليوم. وقال ناشطون إن طائرات النظام أقلعت من مطار أبو الظهور "
                 "العسكري لقصف مواقعها. وتدور اشتباكات عنيفة في البلدة.", "2015-04-20")
    assert ("attack", "بنش") in got and ("attack", "أبو الظهور") not in got


def test_an_airport_an_event_took_still_gives_its_town() -> None:
    got = events("سيطرت فصائل المعارضة على مطار أبو الظهور العسكري بعد معارك عنيفة. وتدور اشتباكات متقطعة في "
                 "البلدة حتى الآن.", "2015-09-09")
    assert ("take_control", "مطار أبو الظهور") in got and ("attack", "أبو الظهور") in got
