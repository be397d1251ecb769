"""A roundabout or square named after a quarter ("دوار الليرمون") is read whole, and a checkpoint named by the
roundabout it stands at ("حاجز دوار الشيحان") is read as that roundabout (task probe8a)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def places(text: str) -> list[str]:
    return [e.place.name for e in analyze(Article(id="r", raw=text, published="2025-10-07")).events]


def test_a_roundabout_named_after_a_quarter() -> None:
    assert places("اندلعت اشتباكات في محيط دوار الليرمون.") == ["دوار الليرمون"]
    assert places("اندلعت اشتباكات في حي الليرمون.") == ["الليرمون"]


def test_a_checkpoint_at_a_roundabout() -> None:
    assert places("اندلعت اشتباكات عند حاجز دوار الشيحان في حلب.") == ["دوار الشيحان"]
    assert places("هاجم مسلحون حاجز جسر الشغور.") == ["جسر الشغور"]
