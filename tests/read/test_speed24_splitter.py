"""One splitter of a word's proclitics (issue 13, task speed24): its readings, and each family that filters
them (the token's clitic stems, the lemma pack's analyses, the phrase tables' first words, the places
reader's "وب" forms, the actors' possessive forms) against the splitter it replaced, word by word."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tawatur.clean import normalize as N
from tawatur.clean.normalize import PROCLITICS, fold_text, proclitic_splits, strip_clitics
from tawatur.lang import ar
from tawatur.read import actors, lexicon, places
from tawatur.read.wordsets import wordlist, wordset

# strip_clitics' four stems before task speed24 as regular expressions (ل + the article, a conjunction, a
# preposition after one, the article after those) and the letters they begin with: the reference checked here
_LIL = re.compile(f"^(?:[{N._CONJ}])?{N._LIL_ART}")
_STRIPS = tuple(re.compile(p) for p in (f"^[{N._CONJ}]", f"^[{N._CONJ}]?[{N._PREP}]", f"^[{N._CONJ}]?[{N._PREP}]?{N._ART}"))
_CLITIC_FIRST = frozenset(N._CONJ + N._PREP + N._ART[:1] + N._LIL_ART[:1])

SENTENCES = Path(__file__).resolve().parents[2] / "bench" / "sentences"
_WORD = re.compile(r"[^\W_]+")


@pytest.mark.parametrize(("word", "splits"), [
    ("وبالرستن", (("و", "بالرستن"), ("وب", "الرستن"), ("وبال", "رستن"))),
    ("وسيدخل", (("و", "سيدخل"), ("وس", "يدخل"))),
    ("للجيش", (("ل", "لجيش"), ("لل", "جيش"))),
    ("فكالعادة", (("ف", "كالعاده"), ("فك", "العاده"), ("فكال", "عاده"))),  # folded: ة is ه
    ("ميدان", ()),  # no proclitic begins with م
    ("وهم", (("و", "هم"),)),  # a stem keeps two letters: "وه" + م is no reading
    ("به", ()),
])
def test_readings(word: str, splits: tuple) -> None:
    assert proclitic_splits(fold_text(word)) == splits


def test_every_family_filters_a_subset_of_the_grammar() -> None:
    """A family's proclitics outside the splitter's grammar would never be offered to it."""
    assert set(ar._allowed_by()) - {""} <= PROCLITICS
    assert set(lexicon._first_word_slots()) - {""} <= PROCLITICS
    assert places._PROCLITICS <= PROCLITICS
    assert actors._POSSESSOR_PREFIXES <= PROCLITICS
    assert set(N._STRIP_SLOT) <= PROCLITICS
    # a possessive form is never shorter than the splitter's stems, so none is left unread
    assert min(map(len, actors.coref_forms())) >= 2


# the splitters each family had before (task speed24's start), the reference of the identity
def _old_strip(word: str) -> list[str]:
    if word[:1] not in _CLITIC_FIRST:
        return [word]
    forms = [word]
    m = _LIL.match(word)
    if m and len(word) - m.end() >= 2:
        forms.append(word[m.end():])
    for pat in _STRIPS:
        m2 = pat.match(word)
        if m2 and m2.end() and len(word) - m2.end() >= 2:
            forms.append(word[m2.end():])
    return list(dict.fromkeys(forms))


def _old_analyses(word: str) -> frozenset[str]:
    out: set[str] = set()
    for pre, allowed in ar._proclitics():
        if word.startswith(pre) and len(word) - len(pre) >= 2:
            for key, reading in ar._table().get(word[len(pre):], ()):
                if reading in allowed:
                    out |= {key, f"{key}/{'n' if reading in ('n', 'np') else 'v'}"}
    return frozenset(out)


def _old_first_word_forms(word: str) -> tuple[tuple[str, int], ...]:
    conjs, lil, article, preps = lexicon._proclitics()
    out = [(word, 0)]
    conj = 1 if word[:1] in conjs and len(word) > 2 else 0
    rest = word[conj:]
    if conj:
        out.append((rest, conj))
    if rest.startswith(lil) and len(rest) > 3:
        out.append((article + rest[len(lil):], conj + 1))
    if rest[:1] in preps and len(rest) > 3:
        out.append((rest[1:], conj + 1))
    return tuple(out)


def _old_place_forms(word: str) -> list[tuple[str, int]]:
    m = re.match(f"^[{''.join(wordlist('conjunction_proclitic'))}]?[{''.join(wordlist('preposition_clitic'))}]", word)
    return [(word[m.end():], m.end())] if m and len(word) - m.end() >= 3 else []


def _old_coref_form(w: str) -> str | None:
    forms, pairs = actors.coref_forms(), wordset("possessor_clitic_pair")
    for cand in (w, w[1:] if w[:1] in actors.POSSESSOR_CLITICS else "", w[2:] if w[:2] in pairs else ""):
        if cand in forms:
            return cand
    return None


def _words() -> list[str]:
    words: set[str] = set()
    for path in sorted(SENTENCES.glob("*.txt"))[::4]:
        words.update(_WORD.findall(fold_text(path.read_text(encoding="utf-8"))))
    stems = ["ا", "ال", "لا", "جيش", "الجيش", "سيطر", "يسيطر", "قواته", "قوات", "رستن", "صري", "ل", "س", "لهم"]
    words.update(p + q + s for p in ("", *sorted(PROCLITICS)) for q in ("", "ل", "ال", "س") for s in stems)
    return sorted(words)


def test_each_family_reads_as_its_old_splitter() -> None:
    words = _words()
    assert len(words) > 3000
    for w in words:
        assert strip_clitics(w) == _old_strip(w), w
        assert ar.analyses(w) == _old_analyses(w), w
        assert lexicon._first_word_forms(w) == _old_first_word_forms(w), w
        assert places._SentenceScanner._lil_forms(w) == _old_place_forms(w), w
        assert actors._coref_form(w) == _old_coref_form(w), w


def test_a_family_reads_its_own_proclitics_only() -> None:
    """The same splits, different answers: the future س is a reading of a verb, never of a name."""
    assert "سيطر" in ar.analyses(fold_text("وسيسيطر"))
    assert strip_clitics(fold_text("وسيسيطر")) == ["وسيسيطر", "سيسيطر"]
    assert lexicon._first_word_forms(fold_text("وسيسيطر")) == (("وسيسيطر", 0), ("سيسيطر", 1))
    assert lexicon._first_word_forms(fold_text("للرستن")) == (("للرستن", 0), ("الرستن", 1), ("لرستن", 1))
    assert places._SentenceScanner._lil_forms(fold_text("وبحمص")) == [("حمص", 2)]
    assert places._SentenceScanner._lil_forms(fold_text("وبها")) == []
