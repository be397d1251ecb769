"""A governorate-wide lead over a detailed body (GUIDELINES "A headline"; sentences written for these tests)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def places(text: str, etype: str) -> list[str]:
    evs = analyze(Article(id="a", raw=text, published="2025-03-10")).events
    return sorted(e.place.name for e in evs if e.type == etype and e.place is not None)


def test_an_entry_into_a_governorate_told_again_at_a_town_inside_it_is_one_event() -> None:
    text = ("توغلت قوة عسكرية إسرائيلية صباح اليوم في محافظة القنيطرة. "
            "وقال مراسلون إن القوة توغلت في مدينة خان أرنبة بريف القنيطرة برفقة جرافات.")
    got = places(text, "enter")
    assert not any(p.startswith("محافظة") for p in got), got
    assert got


def test_a_takeover_of_a_whole_governorate_stays_beside_its_towns() -> None:
    text = ("سيطرت فصائل المعارضة على مدينة سراقب يوم الأحد. "
            "ثم سيطرت الفصائل على كامل محافظة إدلب بعد انسحاب قوات النظام.")
    got = places(text, "take_control")
    assert any(p.startswith("محافظة") for p in got), got
    assert len(got) >= 2
