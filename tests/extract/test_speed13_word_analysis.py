"""Task speed13 (issue 13): a new word is analysed once and its answers read by every table; the cuts give
the answers the separate look-ups gave (sentences written for these tests)."""
from __future__ import annotations

import re

from tawatur.clean import normalize as N
from tawatur.clean.tokens import Token, tokenize
from tawatur.extract import patterns as P
from tawatur.read import places as PL
from tawatur.read.gazetteer import Gazetteer
from tawatur.read.lexicon import first_word_forms
from tawatur.read.wordsets import wordset

# strip_clitics' four stems before task speed24 as regular expressions (ل + the article, a conjunction, a
# preposition after one, the article after those) and the letters they begin with: the reference checked here
_LIL = re.compile(f"^(?:[{N._CONJ}])?{N._LIL_ART}")
_STRIPS = tuple(re.compile(p) for p in (f"^[{N._CONJ}]", f"^[{N._CONJ}]?[{N._PREP}]", f"^[{N._CONJ}]?[{N._PREP}]?{N._ART}"))
_CLITIC_FIRST = frozenset(N._CONJ + N._PREP + N._ART[:1] + N._LIL_ART[:1])

_TEXT = ("وقالت مصادر أهلية إن الطيران الحربي قصف بلدة كفرنبل وريفها الجنوبي، ثم انسحبت الفصائل من "
         "محيط المطار العسكري ومن طريق حلب دمشق الدولي، وبالقرب من سجن المدينة تواصلت الاشتباكات "
         "فيما أعلنت الوحدات سيطرتها على التلال للمرة الثانية")


def test_a_table_replays_the_keys_the_gate_read_in_its_own_order() -> None:
    # the gate reads a new word's forms, prefixes and lemma readings once over the union of the tables'
    # keys and keeps the keys it hit; a table's candidates made from them are its own index's, in order
    tables = [P.load_patterns(n) for n in ("triggers.tsv", "cues.tsv", "subjects.tsv")]
    indexes = [P._index(t) for t in tables]
    toks = tokenize(_TEXT, 0, len(_TEXT))
    replayed = 0
    for tok in toks:
        bits = P._GATE.bits(tok)
        for ix in indexes:
            if bits & ix.bit:
                assert tuple(ix._replay(P._GATE.hits[tok.word])) == tuple(ix._candidates(tok)), tok.word
                replayed += 1
            else:
                assert not ix._candidates(tok), tok.word
    assert replayed > 3


def _inert_by_tables(word: str, gaz: Gazetteer) -> bool:
    """The verdict as the five tables gave it one by one (before the union of their keys)."""
    forms = [f for f, _ in first_word_forms(word)] + [f for f, _ in PL._SentenceScanner._lil_forms(word)]
    table = PL.facilities()
    return not any(f in gaz.max_words or f in PL._ROAD_HEADS or f in PL._ROAD_PLURAL or f in gaz.cues
                   or f in PL._RIFHA or f in wordset("countryside_noun")
                   or table.get(f[2:] if f.startswith(PL._AL) and len(f) > 4 else f) is not None for f in forms)


def test_a_word_is_inert_for_places_as_the_five_tables_said() -> None:
    gaz = Gazetteer.default()
    words = {t.word for t in tokenize(_TEXT, 0, len(_TEXT))}
    for head in list(PL.facilities())[:40]:  # facility heads with and without the article and a clitic
        words |= {head, "ال" + head, "وال" + head, "بال" + head, "و" + head}
    verdicts = {w: PL._is_inert(w, gaz, {}) for w in words}
    assert verdicts == {w: _inert_by_tables(w, gaz) for w in words}
    assert not all(verdicts.values()) and any(verdicts.values())


def test_a_word_no_proclitic_begins_is_its_only_form() -> None:
    # "تواصلت" begins with no proclitic letter: its one form, without the four patterns; "وبالقرب" keeps its
    # splits
    assert N.strip_clitics("تواصلت") == ["تواصلت"]
    assert N.strip_clitics("وبالقرب")[0] == "وبالقرب" and "قرب" in N.strip_clitics("وبالقرب")
    for w in {t.word for t in tokenize(_TEXT, 0, len(_TEXT))}:
        if w[:1] not in _CLITIC_FIRST:
            assert all(not (m := p.match(w)) or not m.end() for p in (_LIL, *_STRIPS)), w
    assert Token(0, "تواصلت").forms == ["تواصلت"]


def test_a_role_read_off_the_shared_mask_is_the_test_s_answer() -> None:
    # the token table answers the phrase readers' roles from the word's first-word mask: the words it
    # lists are those the readers' own tests accept
    from tawatur.clean.tokens import spans, with_role
    from tawatur.read import actors as A
    from tawatur.read import persons as PE
    from tawatur.read import sources as S
    text = ("وقال المتحدث باسم قوات سوريا الديمقراطية إن وزير الدفاع التركي أكد بحسب وكالة الأنباء "
            "أن الجيش الوطني تقدم نحو البلدة وفق ما أفاد مراسلنا")
    toks = spans(tokenize(text, 0, len(text)))
    for name, test, mask in (("actor_start", A._may_start, A._name_group().bits),
                             ("attribution_marker", S._marker_starts, S._marker_group().bits),
                             ("person_title", PE._title_may_start, PE._title_bits())):
        assert mask
        want = [k for k, (_, _, w) in enumerate(toks) if test(w)]
        assert with_role(toks, name, test, mask) == want and want, name
