"""token_at finds the first token ending after an offset by bisection over the ends it keeps for the
last token list asked about: the same index as a walk over the tokens, for every offset, for a slice of
a sentence (whose tokens keep their sentence indices) and when two lists are asked about in turn."""
from __future__ import annotations

from tawatur.clean.tokens import tokenize
from tawatur.extract.frames import token_at


def _walk(toks, offset: int) -> int:
    return next((t.i for t in toks if t.end > offset), len(toks))


def test_token_at_agrees_with_a_walk_over_the_tokens() -> None:
    raw = "قالت مصادر محلية، صباح اليوم، إن القوات دخلت «البلدة» بعد معارك."
    whole = tokenize(raw, 0, len(raw))
    tail = whole[4:]  # a slice: positions differ from the tokens' indices
    other = tokenize(raw, 5, 30)
    for offset in range(-1, len(raw) + 2):
        for toks in (whole, tail, other, whole):
            assert token_at(toks, offset) == _walk(toks, offset), (offset, len(toks))
    assert token_at([], 3) == 0
