"""find_all remembers a word's candidate patterns by the word when the token's clitic analyses follow
from the word; a token given its own analyses is looked up by them, never by a word seen before."""
from __future__ import annotations

from tawatur.clean.tokens import Token, tokenize
from tawatur.extract.patterns import compile_pattern, find_all


def test_a_token_with_its_own_forms_is_not_answered_from_the_words_memo() -> None:
    patterns = (compile_pattern("قصف", {"type": "attack"}),)
    raw = "والقصف"
    plain = tokenize(raw, 0, len(raw))
    assert plain[0].derived and "قصف" in plain[0].forms
    given = [Token(0, plain[0].word, [plain[0].word], 0, len(raw))]  # analysed as one word only
    assert not given[0].derived
    for _ in range(2):  # either order, memo warm or cold
        assert [(m.i, m.j) for m in find_all(patterns, plain)] == [(0, 1)]
        assert find_all(patterns, given) == []
