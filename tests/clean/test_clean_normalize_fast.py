"""The whole-string fold must equal the character-by-character definition, map included."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tawatur.clean.normalize import _fold_char, fold, fold_text, words

ALPHABET = st.sampled_from(list("أإآٱىةؤئکیھۀ“”«»‘’–—ـ٫٬٠١٩۰۹AZaz09 .,-") +
                           ["\u064b", "\u0650", "\u0670", "\u200f", "\ufeff", "\u00a0", "ب", "ت", "ح", "\n"])


def reference(text: str) -> tuple[str, list[int]]:
    out, index = [], []
    for pos, c in enumerate(text):
        f = _fold_char(c)
        if f:
            out.append(f)
            index.append(pos)
    return "".join(out), index


@settings(max_examples=300)
@given(st.text(alphabet=ALPHABET, max_size=60) | st.text(max_size=60))
def test_fold_matches_the_per_character_definition(text: str) -> None:
    folded, index = reference(text)
    f = fold(text)
    assert f.text == folded == fold_text(text)
    assert f.index == index


def test_fold_examples() -> None:
    f = fold("وَبالرَّسْتَن")
    assert f.text == "وبالرستن"
    assert f.span(2, 8) == (3, 13)
    assert fold_text("إدلب ١٢ Homs") == "ادلب 12 homs"


def test_every_character_of_the_basic_plane_folds_as_defined() -> None:
    """The fold table also lists characters that fold to themselves (a speed-up): none of those entries
    may hide a mapping or a deletion, for any character, not only the sampled ones."""
    chars = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)
    assert fold_text(chars) == "".join(_fold_char(c) for c in chars)


def test_the_shared_fold_is_the_fold_and_is_made_once() -> None:
    """The token layer and the readers fold a sentence through one cache: same text and map as fold()."""
    from tawatur.clean.normalize import fold_shared
    from tawatur.clean.tokens import tokenize
    from tawatur.read.lexicon import sentence_folds

    raw = "عنوان\nقصفت الطائراتُ بلدةَ «كفرنبودة» صباحَ الأحد."
    start, end = raw.index("قصفت"), len(raw)
    shared = fold_shared(raw[start:end])
    assert (shared.text, shared.index) == (fold(raw[start:end]).text, fold(raw[start:end]).index)
    toks = tokenize(raw, start, end)
    sf = sentence_folds(raw, start, end)
    assert sf.text == shared.text and sf.index == [p + start for p in shared.index]
    assert [t.word for t in toks] == [w for _, _, w in words(sf.text)]
    assert fold_shared(raw[start:end]) is shared
