"""PhraseMatcher tries a token only at the lengths its phrases have, and the places scanner reads each
gap once: both must find exactly what trying every length and re-reading every gap found."""
from __future__ import annotations

import pytest

from tawatur.clean.normalize import fold, words
from tawatur.read.lexicon import PhraseMatcher
from tawatur.read.places import _GAP_OK, _SentenceScanner


@pytest.fixture(scope="module")
def ministry() -> PhraseMatcher:
    return PhraseMatcher.build([("وزارة الدفاع", "two"), ("وزارة الدفاع الروسية", "three"), ("وزارة", "one"),
                                ("مصدر عسكري ميداني مطلع", "four")])


@pytest.mark.parametrize(("text", "entry", "n"), [
    ("قالت وزارة الدفاع الروسية اليوم", "three", 3),
    ("قالت وزارة الدفاع، الروسية", "two", 2),  # a comma ends the phrase
    ("قالت وزارة (الدفاع) اليوم", "two", 2),  # brackets do not
    ("أعلنت الوزارة اليوم", None, 0),
    ("بيان ووزارة الدفاع", "two", 2),  # a proclitic on the first word
    ("ثم وزارة", "one", 1),  # the sentence ends: shorter lengths only
    ("قال مصدر عسكري ميداني", None, 0),  # a four-word phrase cut short is no phrase
])
def test_longest_phrase_at_the_lengths_it_has(ministry: PhraseMatcher, text: str, entry: str | None,
                                              n: int) -> None:
    f = fold(text)
    hits = ministry.find(f)
    assert [(h.entry, h.n_words) for h in hits] == ([(entry, n)] if entry else [])


def test_gap_ok_equals_reading_every_gap() -> None:
    f = fold("دخلت القوات، بلدة \"تل\" (الأحمر) - شرقي حمص. ثم انسحبت")
    toks = words(f.text)
    scanner = _SentenceScanner(None, f, toks)  # type: ignore[arg-type]  # the gazetteer is not read here
    for a in range(-1, len(toks) + 1):
        for b in range(a, len(toks) + 1):
            direct = b < len(toks) and all(_GAP_OK.match(f.text[toks[k][1]:toks[k + 1][0]]) for k in range(a, b))
            assert scanner._gap_ok(a, b) == direct, (a, b)


def test_a_phrase_added_after_a_match_is_tried_at_its_length() -> None:
    """The lengths a word is tried at are remembered per word, and forgotten when a phrase is added."""
    m = PhraseMatcher.build([("غرفة العمليات", "two")])
    f = fold("أعلنت غرفة العمليات المشتركة بيانا")
    assert [(h.entry, h.n_words) for h in m.find(f)] == [("two", 2)]
    m.add("غرفة العمليات المشتركة", "three")
    assert [(h.entry, h.n_words) for h in m.find(f)] == [("three", 3)]
    assert [(h.entry, h.n_words) for h in m.find(fold("غرفة العمليات"))] == [("two", 2)]  # sentence ends
