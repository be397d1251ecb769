"""Task speed38 (issue 13): the places scanner finds a list-presenting phrase (wordset list_presenting_phrase) by
its first word, comparing one slice a phrase that word begins, instead of a tuple made by a generator for every
phrase. It must find the phrase the old search found at every word."""
from __future__ import annotations

from tawatur.clean.normalize import fold, words
from tawatur.read.places import _PRESENTING, _PRESENTING_BY_FIRST, _PRESENTING_FIRST, _SentenceScanner


def _old_phrase(toks: list[tuple[int, int, str]], k: int) -> tuple[str, ...] | None:
    return next((p for p in _PRESENTING if tuple(t[2] for t in toks[k:k + len(p)]) == p), None)


def test_presenting_phrase_by_first_word_equals_trying_every_phrase() -> None:
    # every phrase of the table, cut short, followed by a word, and at a sentence's end
    texts = [f"القرى التي سيطرت عليها {' '.join(p)} الزارة والحصن" for p in _PRESENTING]
    texts += [f"القرى التي سيطرت عليها {' '.join(p[:-1])}" for p in _PRESENTING if len(p) > 1]
    texts += [f"بلدتين {' '.join(p)}" for p in _PRESENTING]
    checked = 0
    for text in texts:
        f = fold(text)
        toks = words(f.text)
        scanner = _SentenceScanner(None, f, toks)  # type: ignore[arg-type]  # only the phrase is read here
        for k in range(len(toks)):
            words_k = scanner.words
            new = None
            for p in _PRESENTING_BY_FIRST.get(words_k[k], ()):  # what _presented_list reads
                if tuple(words_k[k:k + len(p)]) == p:
                    new = p
                    break
            assert new == _old_phrase(toks, k)
            checked += new is not None
    assert checked >= len(_PRESENTING)
    assert _PRESENTING_FIRST == {p[0] for p in _PRESENTING}
    assert sorted(p for ps in _PRESENTING_BY_FIRST.values() for p in ps) == sorted(_PRESENTING)
