"""judge groups a sentence's cues by effect once per cue list: a verdict never comes from another
sentence's cues, even one with as many cues, and a list read again gives the same verdict."""
from __future__ import annotations

from tawatur.extract.patterns import find_all, load_patterns, tokenize
from tawatur.extract.polarity import judge


def _read(text: str):
    toks = tokenize(text, 0, len(text))
    trig = next(m for m in find_all(load_patterns("triggers.tsv"), toks) if m.row.get("type") == "enter")
    return trig, toks, find_all(load_patterns("cues.tsv"), toks)


def test_verdicts_follow_their_own_cue_list() -> None:
    denied = _read("ونفى مصدر محلي دخول القوات إلى البلدة")
    plain = _read("وأكد مصدر محلي دخول القوات إلى البلدة")
    assert len(denied[2]) == len(plain[2]) >= 1  # as many cues, one list denying
    for _ in range(2):
        assert judge(*denied, False).polarity == "denied"
        assert judge(*plain, False).polarity == "asserted"
