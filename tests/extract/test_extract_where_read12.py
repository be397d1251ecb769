"""A region after a place's relational adjectives only locates it (task read12). Sentences written for these
tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def places(text: str, day: str) -> set[str]:
    evs = analyze(Article(id="a", raw="أخبار\n\n" + text, published=day)).events
    return {e.place.name for e in evs if e.place is not None}


def test_a_region_after_adjectives_only_locates_the_place():
    got = places("اقتحم مقاتلون من المعارضة بلدة صيدنايا الجبلية، شمال دمشق، فجر الخميس.", "2013-09-06")
    assert got == {"صيدنايا"}
    got = places("فجر انتحاري سيارة مفخخة على مدخل بلدة معلولا المسيحية الأثرية، شمال شرقي دمشق.", "2013-09-05")
    assert got == {"معلولا"}


def test_a_unit_after_a_rank_is_the_man_s_post_not_the_arrest_place():
    got = places("ألقت قوى الأمن العام القبض على عميد سابق في الفرقة الرابعة خلال مداهمة لمنزله في بلدة القدموس.",
                 "2026-04-14")
    assert got == {"القدموس"}
