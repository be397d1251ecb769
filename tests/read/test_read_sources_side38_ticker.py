"""A ticker line's label ("عاجل | ..."): the mark and its bar set the line off, so the speaker after them opens it as
a fronted subject, as after "عاجل:" or a time and its dash (task side38). The speaker's report is attributed to it,
and a shooting it denies reports of is not its own. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze


def _events(text: str) -> list:
    return list(analyze(Article(id="t38", raw="أخبار\n\n" + text, published="2026-01-07")).events)


@pytest.mark.parametrize("label", ["عاجل | ", "عاجل: ", ""])
def test_the_speaker_after_a_ticker_label_is_the_source(label):
    evs = _events(label + "مصدر عسكري ينفي الأنباء المتداولة عن انسحاب الجيش من بلدة الصنمين.")
    assert [(e.type, e.polarity, e.source.name_en) for e in evs] == [("withdraw", "denied", "military source")]


def test_a_shooting_the_labelled_speaker_denies_reports_of_is_not_its_own():
    evs = _events("عاجل | مصدر في الأمن العام ينفي الأنباء المتداولة عن إطلاق نار على موكب تشييع في حي النزهة.")
    assert [(e.type, e.polarity, e.actor.side) for e in evs] == [("attack", "denied", "unknown")]
