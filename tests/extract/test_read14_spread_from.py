""""وامتدت من X إلى Y": the fighting just told spread from one place to others (triggers.tsv spread, task
read14); "تمتد المنطقة من X إلى Y" (an area's extent) tells nothing."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _events(text: str) -> list[tuple[str, str]]:
    a = analyze(Article(id="s", raw=text, published="2024-03-10"))
    return [(e.type, e.place.name) for e in a.events if e.place]


def test_fighting_spread_from_origin_to_places() -> None:
    got = _events("اندلعت اشتباكات عنيفة بين الفصائل وامتدت من بلدة الأتارب إلى قرية كفرناها.")
    assert ("attack", "الأتارب") in got and ("attack", "كفرناها") in got


def test_extent_of_an_area_is_no_event() -> None:
    assert _events("تمتد المنطقة من بلدة ذيبان إلى الحدود العراقية.") == []
