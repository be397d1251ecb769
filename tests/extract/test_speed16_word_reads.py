"""Task speed16 (issue 13): two cuts of per-word work that must leave what a rule sees unchanged.

- ``Token.forms`` (kept a property: a ``__getattr__`` filling a slot was tried and cost +6.6% instructions, since
  a class with ``__getattr__`` loses the interpreter's specialised attribute reads for every field): the
  forms a reader reads are the clitic analyses of the word, before and after pickling (a process pool),
  whether or not they were read before.
- ``patterns._step_hit`` asks a word for the singulars of its duals only when the word has a dual ending:
  its answer is the alternatives' own tests (``Alt.matches``) or a singular of any form of the word
  (``_singulars``, asked of every form as before the cut), for every step of the trigger and cue tables
  and every word of our own sentence files, duals included.
"""
from __future__ import annotations

import copy
import pickle
from functools import cache
from pathlib import Path

import pytest

from tawatur.clean.tokens import Token, tokenize
from tawatur.extract import patterns as P
from tawatur.lang.ar import clitic_forms

SENTENCES = Path(__file__).resolve().parents[2] / "bench" / "sentences"

# our own words: duals of trigger nouns, feminine and masculine, with and without proclitics, and words
# ending as a dual does that are none ("بين"، "عين"، "سكان")
DUALS = ["انفجاران", "وانفجارين", "غارتان", "بغارتين", "مظاهرتان", "اشتباكين", "هجومان", "قذيفتين",
         "بين", "عين", "سكان", "والطيران", "ميدان"]


@cache
def _words() -> tuple[str, ...]:
    """Every distinct token word of the sentence files (the text before the first tab of each line)."""
    seen: dict[str, None] = dict.fromkeys(DUALS)
    for path in sorted(SENTENCES.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = line.split("\t", 1)[0].strip()
            if not text or text.startswith("#"):
                continue
            for tok in tokenize(text, 0, len(text)):
                seen.setdefault(tok.word, None)
    return tuple(seen)


def test_forms_are_the_clitic_analyses_on_every_read() -> None:
    words = _words()
    assert len(words) > 1000
    for w in words:
        tok = Token(0, w)
        again = pickle.loads(pickle.dumps(tok))  # pickled before its forms were read
        assert tok.forms == list(clitic_forms(w)), w
        assert tok.forms is tok.forms  # made once
        assert again.forms == tok.forms and copy.deepcopy(tok).forms == tok.forms, w
        assert pickle.loads(pickle.dumps(tok)).forms == tok.forms, w


def test_given_forms_are_kept_and_unknown_attributes_still_raise() -> None:
    tok = Token(3, "وغارتين", ["غارتين"])
    assert tok.forms == ["غارتين"] and not tok.derived
    assert pickle.loads(pickle.dumps(tok)).forms == ["غارتين"]
    with pytest.raises(AttributeError):
        _ = tok.lemma  # type: ignore[attr-defined]
    assert not hasattr(Token(0, "قصف"), "fold")


def _hit_before(alts: list[P.Alt], tok: Token) -> bool:
    """A step's answer as it was before the cut: every form asked for its singulars."""
    if any(a.matches(tok) for a in alts):
        return True
    form = {a.text for a in alts if a.kind == "form"}
    prefix = {a.text for a in alts if a.kind == "prefix"}
    return bool(form or prefix) and any(s in form or (s[-1:] == P._TA_MARBUTA and s in prefix)
                                        for f in tok.forms for s in P._singulars(f))


@pytest.mark.parametrize("table", ["triggers.tsv", "cues.tsv"])
def test_step_answers_are_the_alternatives_own(table: str) -> None:
    tests: dict[P._StepTest, list[P.Alt]] = {}
    for pat in P.load_patterns(table):
        for (_, alts), test in zip(pat.steps, pat._tests, strict=True):
            tests.setdefault(test, alts)
    # the words a dual ending could concern, and a few hundred others (every step against every word of
    # the files takes minutes: the others are covered by the test below)
    words = _words()
    toks = [Token(0, w) for w in words if w.endswith(P._DUAL)] + [Token(0, w) for w in words[:300]]
    hits = duals = 0
    for test, alts in tests.items():
        for tok in toks:
            want = _hit_before(alts, tok)
            assert P._step_hit(test, tok) == want, (tok.word, [a.text for a in alts])
            hits += want
            duals += want and not any(a.matches(tok) for a in alts)
    assert hits > 100
    assert duals > 0




def test_a_word_without_a_dual_ending_has_no_form_with_singulars() -> None:
    # what the gate in ``_step_hit`` relies on: a derived token's forms end as its word does
    for w in _words():
        if not w.endswith(P._DUAL):
            assert not any(P._singulars(f) for f in Token(0, w).forms), w


def test_a_dual_of_a_named_singular_still_matches() -> None:
    # "غارتين" is the dual of "غارة": the step naming the singular takes it, proclitic or not
    pat = P.compile_pattern("غارة")
    for word in ("غارتين", "بغارتين", "غارتان"):
        assert pat.step_matches(0, Token(0, word)), word
    assert not pat.step_matches(0, Token(0, "غارات"))
