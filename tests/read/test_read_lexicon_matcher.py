"""PhraseMatcher.starts: the per-word answer readers use to skip tokens must agree with match_at."""
from __future__ import annotations

from tawatur.clean.normalize import fold, words
from tawatur.read.lexicon import PhraseMatcher


def _toks(text: str) -> tuple[object, list[tuple[int, int, str]]]:
    f = fold(text)
    return f, list(words(f.text))


def test_starts_agrees_with_match_at_clitics_included() -> None:
    m = PhraseMatcher.build([("وكالة الأنباء", "agency"), ("مصدر", "source")])
    f, toks = _toks("قالت وكالة الأنباء وبمصدر آخر إن المصدر نفى")
    for i, (_, _, w) in enumerate(toks):
        hit = m.match_at(f, toks, i)
        assert not hit or m.starts(w), w  # a hit never starts at a word starts() refuses
    assert m.starts(toks[1][2]) and m.starts(toks[3][2])  # "وكالة"; "وبمصدر" carries two proclitics
    assert not m.starts(toks[0][2]) and not m.starts(toks[6][2])  # "قالت"; "المصدر" is not "مصدر"
    assert [h.entry for h in m.find(f)] == ["agency", "source"]


def test_starts_without_clitics_takes_the_word_as_written() -> None:
    m = PhraseMatcher.build([("مصدر", "source")], clitics=False)
    assert m.starts(fold("مصدر").text) and not m.starts(fold("ومصدر").text)
