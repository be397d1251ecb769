"""The token layer: the words of a sentence, built once by the ``segment`` stage and read by every reader
and the extractor (issue 11: four tokenizers, one in each of normalize, read/lexicon, extract/patterns
and link/stories, gave slightly different words).

A word is a run of letters and digits of the folded text (``[^\\W_]+``: Arabic punctuation ، ؛ ؟ and the
underscore are not word characters). A :class:`Token` keeps its offsets into ``Article.raw`` and into the
folded sentence, its folded form (``word``), the form without a leading conjunction (``bare``) and its
clitic analyses (``forms``: the word and the stems left when proclitics come off, checked against the
language pack's known words, so "بصرى" is not ب + صرى). The analyses are computed on first use and
cached per word by :func:`tawatur.lang.ar.clitic_forms`, so segmenting alone loads no lexicon.

``Sentence.tokens`` is derived data: it is not written to ``analysis.json`` or the store; an article
read back from JSON gets its tokens again from :func:`tokens_of` on first use.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

from .normalize import fold_shared, letters, words

if TYPE_CHECKING:
    from ..model import Article, Sentence

_CONJUNCTIONS = frozenset(letters()["conjunctions"])


def _clitic_forms(word: str) -> tuple[str, ...]:
    """:func:`tawatur.lang.ar.clitic_forms`, imported on the first call (the pack loads the gazetteer's
    words: only when asked) and then bound here, so the thousands of tokens of an article do not each
    run an import statement (it was 2.5% of the per-article stages)."""
    global _clitic_forms
    from ..lang.ar import clitic_forms
    _clitic_forms = clitic_forms
    return clitic_forms(word)


class Token:
    """A word of a sentence: folded form, bare form, clitic analyses, raw and folded offsets."""

    # ``forms``: the clitic analyses, longest first (the word itself first), checked against known words. A
    # slot filled when the token is made (a property read ~320 times an article ran a Python getter at each
    # read; the analyses are one memo look-up a word, and two tokens in three were asked them anyway: task
    # speed38)
    __slots__ = ("i", "word", "start", "end", "fstart", "fend", "bare", "forms", "derived")

    def __init__(self, i: int, word: str, forms: list[str] | None = None, start: int = 0, end: int = 0,
                 fstart: int = 0, fend: int = 0) -> None:
        # one store a slot (a six-name tuple assignment built and unpacked a tuple: ~170 tokens an article)
        self.i = i
        self.word = word
        self.start = start
        self.end = end
        self.fstart = fstart
        self.fend = fend
        # no forms given: ``bare`` and ``forms`` follow from ``word`` alone, so a matcher may key what it
        # learnt about a token by its word
        self.derived = forms is None
        self.forms = list(_clitic_forms(word)) if forms is None else forms
        # the word without a leading conjunction ("ودخلت" -> "دخلت"); a two-letter word keeps it
        self.bare = word[1:] if len(word) > 2 and word[0] in _CONJUNCTIONS else word

    def __repr__(self) -> str:
        return f"Token({self.i}, {self.word!r}, {self.start}:{self.end})"

    def __getstate__(self) -> tuple:
        return tuple(getattr(self, s) for s in self.__slots__)

    def __setstate__(self, state: tuple) -> None:
        for name, value in zip(self.__slots__, state, strict=True):
            setattr(self, name, value)


def tokenize(raw: str, start: int, end: int) -> list[Token]:
    """The tokens of ``raw[start:end]``: raw offsets into ``raw``, folded offsets into the fold of the span."""
    folded = fold_shared(raw[start:end])
    index = folded.index  # a word is never empty: its span is (index[fs], index[fe - 1] + 1)
    triples = words(folded.text)
    toks = [Token(n, w, None, start + index[fs], start + index[fe - 1] + 1, fs, fe)
            for n, (fs, fe, w) in enumerate(triples)]
    # the triples are the tokens' (fstart, fend, word): what :func:`spans` gives the readers, kept for them
    # rather than made again from the tokens (issue 13, task speed38)
    if len(_SPANS) > 512:  # (as spans: a bound for a caller that never releases its tokens)
        _SPANS.clear()
    _SPANS[id(toks)] = (toks, triples)
    return toks


def tokens_of(article: Article, sent: Sentence) -> list[Token]:
    """The sentence's tokens, built by ``segment``; built here (once) for a sentence made elsewhere."""
    if not sent.tokens and sent.end > sent.start:
        sent.tokens = tokenize(article.raw, sent.start, sent.end)
    return sent.tokens


# id of a sentence's token list -> (the list, its triples): four readers ask for the same sentence's
# triples in turn; the list is held so its id stays its own while it is remembered. Bounded (up to 512
# lists, across articles): release_tokens empties it with the article's tokens
_SPANS: dict[int, tuple[list[Token], list[tuple[int, int, str]]]] = {}


def forget_spans() -> None:
    """Drop the remembered triples (:func:`spans`), bounds (:func:`token_bounds`) and role tables
    (:func:`role_table`): the article's tokens are being released."""
    _SPANS.clear()
    _BOUNDS.clear()
    _TABLES.clear()


# id of a sentence's token list -> (the list, its length, the tokens' raw ends, their raw starts): the
# persons reader, the extractor's view and ``token_at``, and ``span_mentions`` each made these two lists
# of the same sentence anew (issue 13, task speed38); the list is held so its id stays its own
_BOUNDS: dict[int, tuple[list[Token], int, list[int], list[int]]] = {}


def token_bounds(toks: list[Token]) -> tuple[list[int], list[int]]:
    """(the tokens' raw ends, their raw starts), in text order, for bisection: made once per token list
    and shared (callers only read them)."""
    got = _BOUNDS.get(id(toks))
    if got is not None and got[0] is toks and got[1] == len(toks):
        return got[2], got[3]
    if len(_BOUNDS) > 512:  # a bound for a caller that never releases its tokens
        _BOUNDS.clear()
    ends, starts = [t.end for t in toks], [t.start for t in toks]
    _BOUNDS[id(toks)] = (toks, len(toks), ends, starts)
    return ends, starts


# The token table (issue 13). Each reader walked every word of every sentence asking its own cached
# question of it ("can an actor phrase begin here?", "a number?", "an attribution marker?", "a place?"):
# a call and a look-up per word and reader, though most words answer no to all. A reader now registers
# its question as a role (a bit, :func:`register_role`); a word's answers to every role are read once
# and remembered (one look-up a word then), a sentence's words with some role listed once
# (:func:`role_table`), and each reader visits only the words of its own roles (:func:`with_role`).
# A role's test must be a pure function of the folded word.
_ROLE_TESTS: list[Callable[[str], bool]] = []
# the roles as _word_roles reads them (the bit of each, its role's): (mask, bit) of a role that asks "can a
# phrase of these tables begin here?", answered by the bits of the phrase tables' shared first-word mask
# (:func:`tawatur.read.lexicon.word_mask`: the word's one analysis, not a cached call of its own); (test,
# bit) of the others, whose test answers
_MASK_ROLES: list[tuple[int, int]] = []
_TEST_ROLES: list[tuple[Callable[[str], bool], int]] = []
_ROLE_BITS: dict[str, int] = {}
MAX_ROLES = 62  # roles registered past this (tools, tests making readers anew) get bit 0: not in the table
_WORD_ROLES: dict[str, int] = {}  # word -> its role bits (bounded: a long-running worker)
# id of a sentence's triples (:func:`spans`) -> (the list, its table), as _SPANS: released with the tokens
_TABLES: dict[int, tuple[list[tuple[int, int, str]], list[tuple[int, int]]]] = {}


def _word_mask(word: str) -> int:
    """:func:`tawatur.read.lexicon.word_mask`, imported on the first call and then bound here (as
    :func:`_clitic_forms`): the token layer loads no lexicon until a reader asks."""
    global _word_mask
    from ..read.lexicon import word_mask
    _word_mask = word_mask
    return word_mask(word)


def register_role(name: str, test: Callable[[str], bool], mask: int = 0) -> int:
    """The bit of role ``name`` (registered with its ``test`` at the first call; later calls read it).
    0 when the bits are all given (:func:`with_role` then asks the test of every word). ``mask``: the
    bits of the shared first-word mask (:func:`tawatur.read.lexicon.word_mask`) whose any is the test's
    answer, when it is one (a :class:`~tawatur.read.lexicon.MatcherGroup`'s ``bits``): the word's mask is
    then read instead of calling the test."""
    bit = _ROLE_BITS.get(name)
    if bit is None:
        if len(_ROLE_TESTS) >= MAX_ROLES:
            return 0
        bit = _ROLE_BITS[name] = 1 << len(_ROLE_TESTS)
        _ROLE_TESTS.append(test)
        if mask:
            _MASK_ROLES.append((mask, bit))
        else:
            _TEST_ROLES.append((test, bit))
        _WORD_ROLES.clear()  # (the bits known so far lack the new role)
        _TABLES.clear()
    return bit


def _word_roles(word: str) -> int:
    """The bits of the roles ``word`` has, every registered test asked once (remembered)."""
    if len(_WORD_ROLES) > 200_000:  # a bound for a long-running worker
        _WORD_ROLES.clear()
    bits = 0
    if _MASK_ROLES:
        shared = _word_mask(word)  # the word's first-word mask, read once for every role it answers
        for mask, bit in _MASK_ROLES:
            if shared & mask:
                bits |= bit
    for test, bit in _TEST_ROLES:
        if test(word):
            bits |= bit
    _WORD_ROLES[word] = bits
    return bits


def role_table(toks: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """(index, role bits) of the words of a sentence that have some role, in order. Made once per
    triples list (the readers share :func:`spans`' list) and shared: callers only read it."""
    got = _TABLES.get(id(toks))
    if got is not None and got[0] is toks:
        return got[1]
    if len(_TABLES) > 512:  # a bound for a caller that never releases its tokens
        _TABLES.clear()
    get = _WORD_ROLES.get
    out = []
    for k, (_, _, w) in enumerate(toks):
        bits = get(w)
        if bits is None:
            bits = _word_roles(w)
        if bits:
            out.append((k, bits))
    _TABLES[id(toks)] = (toks, out)
    return out


def with_role(toks: list[tuple[int, int, str]], name: str, test: Callable[[str], bool], mask: int = 0) -> list[int]:
    """The indexes of the words of ``toks`` for which ``test`` (the role ``name``'s) is true, in order:
    what ``[k for k, (_, _, w) in enumerate(toks) if test(w)]`` gives, read off the sentence's table
    (``mask``: see :func:`register_role`)."""
    bit = _ROLE_BITS.get(name) or register_role(name, test, mask)
    if not bit:
        return [k for k, (_, _, w) in enumerate(toks) if test(w)]
    return [k for k, bits in role_table(toks) if bits & bit]


def spans(toks: list[Token], shift: int = 0) -> list[tuple[int, int, str]]:
    """(folded start, folded end, word) triples of tokens, shifted by ``shift``: the readers' view.
    Unshifted, the list is made once per token list and shared: callers only read it."""
    if shift:
        return [(t.fstart + shift, t.fend + shift, t.word) for t in toks]
    got = _SPANS.get(id(toks))
    if got is not None and got[0] is toks:  # (a sentence's token list is made once, never changed)
        return got[1]
    if len(_SPANS) > 512:  # a bound for a caller that never releases its tokens
        _SPANS.clear()
    out = [(t.fstart, t.fend, t.word) for t in toks]
    _SPANS[id(toks)] = (toks, out)
    return out


def token_span(toks: list[Token], start: int, end: int, bounds: tuple[list[int], list[int]] | None = None
               ) -> tuple[int, int] | None:
    """The tokens overlapping raw offsets [start, end): (first, last + 1), or None when none does.
    ``bounds``: the tokens' (ends, starts), when a caller asks for many spans of one sentence."""
    ends, starts = bounds or ([t.end for t in toks], [t.start for t in toks])
    first, last = bisect_right(ends, start), bisect_left(starts, end)
    return (first, last) if first < last else None


def span_mentions(article: Article) -> None:
    """Give every mention made inside a sentence its token span (``Mention.tokens``), so a rule can
    walk from a mention to the words around it by index instead of by character offsets."""
    sents = article.sentences
    bounds: dict[int, tuple[list[Token], tuple[list[int], list[int]]]] = {}
    for m in article.mentions:
        if m.tokens is None and 0 <= m.sentence < len(sents) and sents[m.sentence].index == m.sentence:
            if m.sentence not in bounds:
                toks = tokens_of(article, sents[m.sentence])
                bounds[m.sentence] = (toks, token_bounds(toks))
            toks, b = bounds[m.sentence]
            m.tokens = token_span(toks, m.start, m.end, b)
