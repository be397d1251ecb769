"""PhraseMatcher walks a token's phrases word by word only while the words read begin a longer phrase,
and the places scanner reads each gap once: both must find exactly what trying every length and
re-reading every gap found."""
from __future__ import annotations

import pytest

from tawatur.clean.normalize import Folded, fold, words
from tawatur.read.lexicon import _GAP_OK as PHRASE_GAP_OK
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
    """A phrase added after a match is walked to: its starts join the matcher's prefixes."""
    m = PhraseMatcher.build([("غرفة العمليات", "two")])
    f = fold("أعلنت غرفة العمليات المشتركة بيانا")
    assert [(h.entry, h.n_words) for h in m.find(f)] == [("two", 2)]
    m.add("غرفة العمليات المشتركة", "three")
    assert [(h.entry, h.n_words) for h in m.find(f)] == [("three", 3)]
    assert [(h.entry, h.n_words) for h in m.find(fold("غرفة العمليات"))] == [("two", 2)]  # sentence ends


def _every_length(m: PhraseMatcher, f: Folded, toks: list[tuple[int, int, str]], i: int) -> tuple | None:
    """(entry, words, proclitic length) of the longest phrase at token ``i``, every length tried from the
    longest down and every form at each length, in order: what the walk must give."""
    forms = m._forms_starting(toks[i][2])
    for n in range(min(m.max_words, len(toks) - i), 0, -1):
        if not all(PHRASE_GAP_OK.match(f.text[toks[i + k][1]:toks[i + k + 1][0]]) for k in range(n - 1)):
            continue
        tail = tuple(t[2] for t in toks[i + 1:i + n])
        for form, plen in forms:
            if (form, *tail) in m.phrases:
                return m.phrases[(form, *tail)], n, plen
    return None


@pytest.mark.parametrize("text", [
    "قالت وزارة الدفاع الروسية إن قوات النظام السوري وقوات سوريا الديمقراطية اشتبكت",
    "والجيش السوري الحر انسحب، وقوات النظام (السوري) تقدمت نحو قوات",
    "وقوات الدفاع الوطني - التابعة للنظام - دخلت مع وزارة الدفاع",
    "والجيش الوطني السوري والجيش السوري وقوات",
    "قوات النظام السوري الحر",
])
def test_the_walk_finds_what_every_length_finds(text: str) -> None:
    m = PhraseMatcher.build([
        ("وزارة", "ministry"), ("وزارة الدفاع", "mod"), ("وزارة الدفاع الروسية", "russian mod"),
        ("قوات النظام", "regime"), ("قوات النظام السوري", "syrian regime"), ("قوات سوريا الديمقراطية", "sdf"),
        ("قوات الدفاع الوطني", "ndf"), ("قوات الدفاع الوطني التابعة للنظام", "ndf of the regime"),
        ("الجيش السوري", "army"), ("والجيش السوري الحر", "fsa, with its و"), ("الجيش السوري الحر", "fsa"),
        ("الجيش الوطني السوري", "sna"), ("الجيش الوطني السوري الجديد الموحد", "six words, never whole here"),
    ])
    f = fold(text)
    toks = words(f.text)
    found = [(i, _every_length(m, f, toks, i)) for i in range(len(toks))]
    assert any(hit for _, hit in found)  # each sentence names some
    for i, expected in found:
        hit = m.match_at(f, toks, i)
        assert ((hit.entry, hit.n_words, hit.fstart - toks[i][0]) if hit else None) == expected, (text, i)
