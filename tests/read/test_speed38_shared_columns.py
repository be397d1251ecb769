"""Task speed38 (issue 13): a sentence's token columns (the readers' triples, the tokens' raw ends and starts)
are made once and shared. Each must be exactly what the code it replaced made anew."""
from __future__ import annotations

import pytest

from tawatur.clean.tokens import forget_spans, spans, token_bounds, tokenize
from tawatur.read.lexicon import sentence_folds

# our own sentences: diacritics and a tatweel (the fold deletes them), brackets, quotes, figures, a list
RAW = ("مقدمة. دخلت القوّات بلدة \"تل الأحمر\" (شرقي حمص) صباحاً، وسيطرت على القرى التي كانت بيد التنظيم "
       "وهي: الزارة والحصن. قُتل 3 مدنيين بقصـف على حي الوعر، بحسب ناشطين.")


def _sentences() -> list[tuple[int, int]]:
    out, start = [], 0
    for k, ch in enumerate(RAW):
        if ch == ".":
            out.append((start, k + 1))
            start = k + 2
    return out


@pytest.mark.parametrize("bounds", _sentences())
def test_tokenize_keeps_the_triples_spans_would_make(bounds: tuple[int, int]) -> None:
    forget_spans()
    toks = tokenize(RAW, *bounds)
    made = [(t.fstart, t.fend, t.word) for t in toks]
    assert spans(toks) == made
    assert spans(toks, 5) == [(a + 5, b + 5, w) for a, b, w in made]
    forget_spans()
    assert spans(toks) == made  # remembered or not, the same triples


@pytest.mark.parametrize("bounds", _sentences())
def test_token_bounds_are_the_ends_and_starts(bounds: tuple[int, int]) -> None:
    toks = tokenize(RAW, *bounds)
    ends, starts = token_bounds(toks)
    assert ends == [t.end for t in toks] and starts == [t.start for t in toks]
    assert token_bounds(toks)[0] is ends  # made once a list
    # the persons reader's raw starts were the sentence fold's index of each folded start: the same numbers
    f = sentence_folds(RAW, *bounds)
    assert starts == [f.index[a] for a, _, _ in spans(toks)]
    assert ends == [f.index[b - 1] + 1 for _, b, _ in spans(toks)]
