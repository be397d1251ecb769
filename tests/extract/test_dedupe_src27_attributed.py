"""Task src27: one happening told in the article's own voice with its side stated, then by a named source with
the side implied. The source's telling is the more specific one (GUIDELINES "Unit"): an implied side that agrees
with the stated one is the same key, not a guess folded into the lead. Own sentences (bench/sentences/src27.txt)."""
from __future__ import annotations

from tawatur.model import Article, Event
from tawatur.pipeline import analyze


def _at(text: str, kind: str, place: str) -> list[Event]:
    events = analyze(Article(id="s", raw=text, published="2018-03-22")).events
    return [e for e in events if e.type == kind and e.place is not None and e.place.name == place]


def test_the_sources_telling_is_kept() -> None:
    evs = _at("بدأ خروج المدنيين من بلدة حمورية في الغوطة.\nوخرجت 20 حافلة تقل مئات الأشخاص من البلدة باتجاه"
              " محافظة إدلب، وفق ما أفادت وكالة سانا.", "displacement", "حمورية")
    assert [e.source.name_en for e in evs] == ["SANA"]
    assert evs[0].actor.side == "civilians"


def test_a_lead_with_a_day_of_its_own_stays() -> None:
    evs = _at("بدأ خروج المدنيين من بلدة حمورية يوم الثلاثاء.\nوخرجت 20 حافلة تقل مئات الأشخاص من البلدة أمس"
              " الأربعاء باتجاه محافظة إدلب، وفق ما أفادت وكالة سانا.", "displacement", "حمورية")
    assert [e.source.name_en for e in evs] == ["the article"]


def test_a_retelling_with_no_number_folds_into_the_lead() -> None:
    evs = _at("بدأ خروج المدنيين من بلدة حمورية في الغوطة.\nوخرجت الحافلات من البلدة باتجاه محافظة إدلب، وفق ما"
              " أفادت وكالة سانا.", "displacement", "حمورية")
    assert [e.source.name_en for e in evs] == ["the article"]
