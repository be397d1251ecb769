"""Task side43 (issue 12): a town a force lost ("خرجت عن سيطرة النظام السابق") went to the loser's adversary at
the day the text gives the loss: in a 2025 text, a loss dated 2012 is the opposition's take; undated, the
article's day holds (after 8 Dec 2024 the regime's adversary is no one side); a loss before the fall told in
a text of its time is unchanged."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _take(text: str, day: str) -> tuple[str, str]:
    events = [e for e in analyze(Article(id="t", raw=text, published=day)).events if e.type == "take_control"]
    assert events, text
    return events[0].actor.side, events[0].rule


def test_loss_dated_before_the_fall_is_the_opposition_take() -> None:
    side, rule = _take("وكانت قرية حاس قد خرجت عن سيطرة النظام السابق في صيف 2012", "2025-06-01")
    assert side == "opposition" and "side:loser-adversary-then" in rule


def test_undated_loss_in_a_late_text_stays_unknown() -> None:
    assert _take("خرجت قرية حاس عن سيطرة النظام السابق", "2025-06-01")[0] == "unknown"


def test_loss_told_in_its_own_time_is_unchanged() -> None:
    side, rule = _take("خرجت قرية حاس عن سيطرة قوات النظام الأسبوع الماضي", "2013-06-01")
    assert side == "opposition" and "loser-adversary-then" not in rule
