"""A dual cue's second name that a trigger stem would match (task read18a): "بلدتي تسيل وعدوان" names two towns,
"عدوان" (aggression) among them, when nothing of a phrase goes on after it. Our own texts."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _places(text: str) -> list[str]:
    return [m.text for m in analyze(Article(id="r18a", raw=text, published="2024-06-02")).mentions if m.kind == "place"]


def test_a_dual_cues_second_name_closed_by_a_mark() -> None:
    assert "عدوان" in _places("سيطر التنظيم على بلدتي تسيل وعدوان، ثم انسحب منهما.")


def test_a_dual_cues_second_name_closed_by_a_locator() -> None:
    assert "عدوان" in _places("قصفت المدفعية بلدتي تسيل وعدوان بريف درعا الغربي.")


def test_a_trigger_word_after_a_dual_cue_that_goes_on_is_no_name() -> None:
    assert not any("العدوان" in p for p in _places("تعرضت بلدتا تسيل وجملة لقصف، والعدوان مستمر على المنطقة."))


def test_a_town_in_brackets_after_an_unknown_crossing_is_its_other_name() -> None:
    text = "وتسلمت قوات الأمن العام أمس معبر تل كوجر (اليعربية) الحدودي مع العراق."
    events = [e for e in analyze(Article(id="r18a", raw=text, published="2026-04-28")).events
              if e.type == "take_control"]
    assert len(events) == 1
    assert "اليعربية" in events[0].place.aliases and events[0].place.lat is not None
