"""Which matchers a word can start a phrase of is answered once per word for all of them (a bit per
matcher): each must still say exactly what testing the word's clitic analyses against its own first
words says, after phrases are added, for copies, and for a matcher past the last bit."""
from __future__ import annotations

import copy
import pickle

from tawatur.clean.normalize import fold_text
from tawatur.read import lexicon
from tawatur.read.lexicon import MatcherGroup, PhraseMatcher, _first_word_forms


def _scan(m: PhraseMatcher, word: str) -> tuple[tuple[str, int], ...]:
    """The starting forms as every matcher found them on its own."""
    alts = _first_word_forms(word) if m.clitics else ((word, 0),)
    return tuple((f, n) for f, n in alts if f in m.first)


WORDS = tuple(map(fold_text, ("والمعارك", "للمعارك", "بالمعارك", "المعارك", "معارك", "وقصف", "فقصف", "قصف", "كالقصف",
         "للقصف", "وبلدة", "بلدة", "مدينة", "ومدينة", "لقوات", "قوات", "والقوات", "حمص", "و", "ال")))


def test_every_matcher_answers_as_its_own_scan() -> None:
    battles = PhraseMatcher.build([("المعارك العنيفة", "b"), ("قصف", "s")])
    towns = PhraseMatcher.build([("بلدة", "t"), ("مدينة كبيرة", "c"), ("القصف", "s2")])
    forces = PhraseMatcher.build([("قوات النظام", "f"), ("القوات", "f2")], clitics=False)
    for word in WORDS:
        for m in (battles, towns, forces):
            assert m._forms_starting(word) == _scan(m, word), (word, m.phrases)
            assert m.starts(word) == bool(_scan(m, word))


def test_a_phrase_added_after_a_look_up_is_found() -> None:
    m = PhraseMatcher.build([("غارة جوية", "a")])
    assert not m.starts("وقصف")
    m.add("قصف مدفعي", "b")
    assert m._forms_starting("وقصف") == (("قصف", 1),)
    other = PhraseMatcher.build([("قصف", "c")])  # a later matcher with the same first word
    assert other.starts("فقصف") and m.starts("فقصف")


def test_copies_answer_as_the_original() -> None:
    m = PhraseMatcher.build([("مدينة", "m"), ("بلدة صغيرة", "b")])
    assert m.starts(fold_text("ومدينة"))
    for twin in (copy.deepcopy(m), pickle.loads(pickle.dumps(m))):
        twin.add("قرية", "q")
        for word in (*WORDS, fold_text("والقرية"), fold_text("قرية")):
            assert twin._forms_starting(word) == _scan(twin, word), word
        assert not m.starts(fold_text("قرية"))


def test_a_matcher_past_the_last_bit_tests_words_on_its_own(monkeypatch) -> None:
    monkeypatch.setattr(lexicon, "_MAX_MATCHERS", len(lexicon._MATCHERS))
    m = PhraseMatcher.build([("بلدة", "b")])
    assert m.starts(fold_text("وبلدة")) and not m.starts(fold_text("مدينة"))
    assert m._bit == 0


def test_a_group_starts_where_any_of_its_matchers_starts() -> None:
    battles = PhraseMatcher.build([("المعارك العنيفة", "b"), ("قصف", "s")])
    towns = PhraseMatcher.build([("بلدة", "t"), ("مدينة كبيرة", "c")])
    forces = PhraseMatcher.build([("القوات", "f")], clitics=False)
    for group in ((battles,), (battles, towns), (towns, forces), (forces,), ()):
        together = MatcherGroup(group)
        for word in WORDS:
            assert together.starts(word) == any(m.starts(word) for m in group), (word, len(group))
