"""The folded position of a raw offset (sources' ``_fpos``) is found by bisection over the sentence
fold's index: it must be the first position whose raw offset is at or after it, as a scan finds."""
from __future__ import annotations

from types import SimpleNamespace

from tawatur.read.lexicon import sentence_folds
from tawatur.read.sources import _fpos


def test_fpos_is_the_first_position_at_or_after_the_offset() -> None:
    raw = "تمهيد. وقالَ مصدرٌ مُطّلِعٌ إنّ القواتِ ـــ انسحبتْ من البلدةِ."
    start = raw.index("و")
    f = sentence_folds(raw, start, len(raw))
    assert len(f.index) < len(raw) - start  # the diacritics and the tatweel are folded away
    s = SimpleNamespace(f=f)
    for offset in range(0, len(raw) + 2):
        scan = next((i for i, p in enumerate(f.index) if p >= offset), len(f.index))
        assert _fpos(s, offset) == scan, offset  # type: ignore[arg-type]
