"""A small shared TSV loader and a longest-match phrase matcher over folded text.

Lexicons are data (``src/tawatur/data/lexicons/*.tsv``) so analysts can extend them without touching
code. The matcher works word by word on the folded form (:func:`tawatur.clean.normalize.fold`), lets
the first word of a phrase carry the proclitics news Arabic attaches (و ف ب ل ك, and "لل" for "ل"+"ال"),
and refuses to match across punctuation, so "الجيش، السوري" is not one phrase. Every hit maps back to
an exact span of the original text through :meth:`Folded.span`.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from ..clean.normalize import Folded, fold_shared, fold_text, proclitic_splits, words
from .schema import read_tsv as read_tsv  # moved to schema.py
from .schema import read_tsv_lines as read_tsv_lines

LEXICON_DIR = Path(__file__).resolve().parents[1] / "data" / "lexicons"

# Between two words of one phrase only spaces, quotes, brackets or a hyphen may stand.
# the diacritics a span keeps after its last letter (as a set: a span asks of one character at a time)
_MARKS = frozenset(map(chr, [*range(0x064B, 0x0660), 0x0670]))
_GAP_OK = re.compile(r"""^[\s"'()\[\]\-]*$""")
# ... or a slash on one side of a space, the quotes some agencies print around a name ("تنظيم /داعش/ الإرهابي"):
# a slash between two words with no space ("آب/أغسطس"، "حلب/إدلب") or spaces on both sides still parts them
_GAP_SLASH = frozenset((" /", "/ "))


@cache
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``data/lexicons/<name>``. Cached: lexicons are read-only, so a worker loads each once."""
    path = LEXICON_DIR / name
    if not path.is_file():
        raise FileNotFoundError(f"lexicon {name} not found in {LEXICON_DIR}")
    return tuple(read_tsv(path))


def split_forms(cell: str) -> list[str]:
    """The ``|``-separated Arabic forms of a lexicon cell, folded, empty ones dropped."""
    return [fold_text(f).strip() for f in cell.split("|") if f.strip()]


def first_word_forms(word: str) -> list[tuple[str, int]]:
    """(form, prefix length) candidates of a folded word with proclitics removed, longest first.

    "والجيش" -> ("والجيش", 0), ("الجيش", 1); "للجيش" -> ("للجيش", 0), ("الجيش", 1) by restoring the
    article's alef; "بحسب" stays itself too, so a phrase that begins with ب is still found.
    A new list each call (callers extend it); the analysis itself is cached per word.
    """
    return list(_first_word_forms(word))


@lru_cache(maxsize=1 << 17)
def _first_word_forms(word: str) -> tuple[tuple[str, int], ...]:
    """:func:`first_word_forms`, cached: every reader asks it for every token, a text repeats its words.
    The shared splitter's readings this family keeps (``_first_word_slots``): a conjunction, ل + the
    article after one (the article's alef restored, a stem of two letters or more), a preposition after
    one (a stem of three letters or more); in that order."""
    tail = []
    slots = _first_word_slots()
    for pre, stem in proclitic_splits(word):
        slot = slots.get(pre)
        if slot is not None:
            if slot == 0:
                tail.append((0, stem, 1))
            elif slot == 1:
                tail.append((1, slots[""] + stem, len(pre) - 1))
            elif len(stem) > 2:
                tail.append((2, stem, len(pre)))
    if not tail:
        return ((word, 0),)
    if len(tail) == 1:
        return ((word, 0), tail[0][1:])
    tail.sort()
    return ((word, 0), *[(form, plen) for _, form, plen in tail])


@cache
def _first_word_slots() -> dict[str, Any]:
    """The proclitics :func:`_first_word_forms` keeps, each to its slot (0 a conjunction, 1 a conjunction
    and ل + the article, 2 a conjunction and a preposition), and "" to the article it restores. Each is
    one of :data:`~tawatur.clean.normalize.PROCLITICS` (a test checks it), and no two of one slot begin
    one word, so a word has at most one split of each."""
    conjs, lil, article, preps = _proclitics()
    slots: dict[str, Any] = {c: 0 for c in conjs}
    for c in ("", *conjs):
        slots[c + lil] = 1
        slots.update({c + p: 2 for p in preps})
    slots[""] = article
    return slots


# :func:`first_word_forms` as the cached tuple itself (the cache's call, in C), for a caller that only reads
# it: the places reader asks it at some hundred words an article, and a new list each time cost a Python call
# and a copy (issue 13, task speed16)
word_forms = _first_word_forms


@cache
def _proclitics() -> tuple[str, str, str, str]:
    """(conjunction letters, "لل", the article, preposition letters) from the word sets.

    Imported here, not at the top: :mod:`.wordsets` reads its table through this module."""
    from .wordsets import wordlist
    return ("".join(wordlist("conjunction_proclitic")), wordlist("lam_article")[0], wordlist("definite_article")[0],
            "".join(wordlist("preposition_clitic")))


# Which phrase matchers a word can start a phrase of, shared by all of them: a bit per matcher (given
# at its first look-up, ``_register``), a folded form -> the bits of the matchers whose first words hold
# it, and a word -> the bits of its clitic analyses (``_first_word_forms``). A new word of an article
# was otherwise analysed and tested by each of the ~18 tables in turn (most of them ask every token).
_FORM_BITS: dict[str, int] = {}
_WORD_BITS: dict[str, int] = {}
_MATCHERS: list[PhraseMatcher] = []
_MAX_MATCHERS = 256  # matchers made on the fly (tests, tools) past this keep their own look-up only


def _register(m: PhraseMatcher) -> bool:
    """Give ``m`` its bit and enter its first words in the shared masks; False when the bits are all
    given (then ``m`` tests words on its own, as every matcher did)."""
    if len(_MATCHERS) >= _MAX_MATCHERS:
        return False
    _MATCHERS.append(m)
    m._bit = 1 << len(_MATCHERS)
    for w in m.first:
        _FORM_BITS[w] = _FORM_BITS.get(w, 0) | m._bit
    _WORD_BITS.clear()  # the masks known so far lack the new bit
    return True


def register_first_words(words: Iterable[str]) -> int:
    """A bit in the shared first-word masks for a table of first words that is no phrase matcher (the
    places reader's start keys), so that its question of a new word is answered by the same one analysis
    (:func:`word_mask`); 0 when the bits are all given."""
    if len(_MATCHERS) >= _MAX_MATCHERS:
        return 0
    _MATCHERS.append(PhraseMatcher(clitics=False))  # (a place holder: the bit is the table's, not its)
    bit = 1 << len(_MATCHERS)
    for w in words:
        _FORM_BITS[w] = _FORM_BITS.get(w, 0) | bit
    _WORD_BITS.clear()  # the masks known so far lack the new bit
    return bit


def word_mask(word: str) -> int:
    """The bits of the tables (phrase matchers and :func:`register_first_words`' tables) one of whose first
    words is a clitic analysis of ``word`` (:func:`first_word_forms`): read once a word, by every reader."""
    bits = _WORD_BITS.get(word)
    return bits if bits is not None else _word_mask(word)


def _word_mask(word: str) -> int:
    """The bits of the matchers some clitic analysis of ``word`` starts a phrase of (remembered)."""
    if len(_WORD_BITS) > 200_000:  # a bound for a long-running worker
        _WORD_BITS.clear()
    bits = 0
    get = _FORM_BITS.get
    for f, _ in _first_word_forms(word):
        bits |= get(f, 0)
    _WORD_BITS[word] = bits
    return bits


class MatcherGroup:
    """Phrase matchers a reader asks together whether one of them can begin at a word: one look-up of
    the word's shared mask against their bits (gathered once, here), not a look-up by each matcher."""

    __slots__ = ("matchers", "bits")

    def __init__(self, matchers: Iterable[PhraseMatcher]) -> None:
        self.matchers = tuple(matchers)
        bits = 0
        for m in self.matchers:
            if not m.clitics or not (m._bit or _register(m)):
                bits = 0  # one without a bit: every matcher is asked (as ``starts`` by ``starts``)
                break
            bits |= m._bit
        self.bits = bits

    def starts(self, word: str) -> bool:
        """``any(m.starts(word) for m in self.matchers)``."""
        if not self.bits:
            return any(m.starts(word) for m in self.matchers)
        known = _WORD_BITS.get(word)
        return bool((known if known is not None else _word_mask(word)) & self.bits)


@dataclass
class Hit:
    """A phrase found in a folded text: folded span, the original span, and its entry."""

    fstart: int
    fend: int
    start: int
    end: int
    entry: Any
    phrase: str
    word_index: int = 0
    n_words: int = 1


@dataclass
class PhraseMatcher:
    """Longest-match lookup of multi-word phrases (folded, space-separated) to entries."""

    phrases: dict[tuple[str, ...], Any] = field(default_factory=dict)
    max_words: int = 1
    clitics: bool = True
    # the first words of the phrases: most tokens start none, and one set look-up says so
    first: set[str] = field(default_factory=set)
    # word -> its forms that start a phrase (most words: none); cleared when a phrase is added
    _starts: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict, repr=False, compare=False)
    # every proper start of a phrase (its first 1 .. n - 1 words): a match is walked word by word only
    # while the words read so far begin some longer phrase (see match_at)
    _prefixes: set[tuple[str, ...]] = field(default_factory=set, repr=False, compare=False)
    # this matcher's bit in the shared first-word masks (:func:`_word_mask`), given at its first look-up
    _bit: int = field(default=0, repr=False, compare=False)

    def add(self, phrase: str, entry: Any) -> None:
        key = tuple(fold_text(phrase).split())
        if not key:
            return
        self._starts.clear()
        self.phrases.setdefault(key, entry)
        if self._bit and key[0] not in self.first:
            _FORM_BITS[key[0]] = _FORM_BITS.get(key[0], 0) | self._bit
            _WORD_BITS.clear()
        self.first.add(key[0])
        self._prefixes.update(key[:k] for k in range(1, len(key)))
        self.max_words = max(self.max_words, len(key))

    def __getstate__(self) -> dict[str, Any]:
        """A copy (pickled to a worker, or ``copy``) takes no bit: the shared masks of another
        process, or this one's, do not hold it under this matcher's bit."""
        state = dict(self.__dict__)
        state["_bit"] = 0
        return state

    @classmethod
    def build(cls, items: Iterable[tuple[str, Any]], clitics: bool = True) -> PhraseMatcher:
        m = cls(clitics=clitics)
        for phrase, entry in items:
            m.add(phrase, entry)
        return m

    def find(self, folded: Folded, lo: int = 0, hi: int | None = None) -> list[Hit]:
        """Non-overlapping longest hits in ``folded.text[lo:hi]``, left to right."""
        hi = len(folded.text) if hi is None else hi
        toks = [(a + lo, b + lo, w) for a, b, w in words(folded.text[lo:hi])]
        return self.find_tokens(folded, toks)

    def find_tokens(self, folded: Folded, toks: list[tuple[int, int, str]]) -> list[Hit]:
        hits: list[Hit] = []
        i = 0
        while i < len(toks):
            hit = self.match_at(folded, toks, i)
            if hit:
                hits.append(hit)
                i += hit.n_words
            else:
                i += 1
        return hits

    def _forms_starting(self, word: str) -> tuple[tuple[str, int], ...]:
        """The (form, prefix length) analyses of ``word`` that begin a phrase; most words have none."""
        forms = self._starts.get(word)
        if forms is None:
            if len(self._starts) > 200_000:  # a bound for a long-running worker
                self._starts.clear()
            if self.clitics and (self._bit or _register(self)):
                # one shared answer per word for every matcher: most words start no phrase of any
                # table, and the analyses are tested against the ~18 tables' first words once, not
                # once per table (see _word_mask)
                bits = _WORD_BITS.get(word)
                if bits is None:
                    bits = _word_mask(word)
                if not bits & self._bit:
                    self._starts[word] = ()
                    return ()
            alts = _first_word_forms(word) if self.clitics else ((word, 0),)
            forms = self._starts[word] = tuple((f, n) for f, n in alts if f in self.first)
        return forms

    def starts(self, word: str) -> bool:
        """Can a phrase begin at a token ``word``? When not, ``match_at`` there is None: a reader that
        tries several matchers at every token asks this once per word and skips the token."""
        forms = self._starts.get(word)  # (read here when known, as match_at does: one call, not two)
        return bool(forms if forms is not None else self._forms_starting(word))

    def match_at(self, folded: Folded, toks: list[tuple[int, int, str]], i: int) -> Hit | None:
        """The longest phrase starting at token ``i`` (its first word may carry proclitics)."""
        word = toks[i][2]
        # the word's starting forms read here when known (most words: none, so most calls end here)
        forms = self._starts.get(word)
        if forms is None:
            forms = self._forms_starting(word)
        if not forms:
            return None
        # each starting form walked word by word while the words read so far begin a longer phrase and
        # the gap before the next word holds only spaces, quotes, brackets or hyphens: a common first word
        # ("قوات") starts phrases of many lengths, and most of them end a word or two after it (each length
        # tried with its own key built the longest first, and read every gap up to the longest)
        text, phrases, prefixes = folded.text, self.phrases, self._prefixes
        room = len(toks) - i
        gaps: list[bool] = []  # gaps[r]: the gap after token i + r may stand inside a phrase (read once)
        best_n, best = 0, None
        for form, plen in forms:
            key: tuple[str, ...] = (form,)
            n, got = 1, (form,) if key in phrases else None
            while n < room and key in prefixes:
                if len(gaps) < n:
                    gap = text[toks[i + n - 1][1]:toks[i + n][0]]
                    gaps.append(gap == " " or gap in _GAP_SLASH or _GAP_OK.match(gap) is not None)  # most: one space
                if not gaps[n - 1]:
                    break
                key = (*key, toks[i + n][2])
                n += 1
                if key in phrases:
                    got = key
            # the longest phrase wins; of equally long ones, the first form's (the word as written first)
            if got is not None and len(got) > best_n:
                best_n, best = len(got), (got, plen)
        if best is None:
            return None
        key, plen = best
        fs, fe = toks[i][0] + plen, toks[i + best_n - 1][1]
        s, e = folded.span(fs, fe)
        return Hit(fs, fe, s, e, phrases[key], " ".join(key), i, best_n)


@dataclass
class SentenceFold(Folded):
    """A folded sentence whose positions map to offsets of the whole ``raw`` text."""

    end: int = 0

    def orig(self, i: int) -> int:
        return self.end if i >= len(self.index) else self.index[i]

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Original span of folded [i, j), keeping the diacritics that follow its last letter."""
        index = self.index
        if j <= i:  # (:meth:`Folded.span` inlined: the readers ask it for every mention they make)
            s = self.end if i >= len(index) else index[i]
            return s, s
        e, end, original = index[j - 1] + 1, self.end, self.original
        while e < end and original[e] in _MARKS:
            e += 1
        return index[i], e


def sentence_folds(raw: str, start: int, end: int) -> SentenceFold:
    """Fold ``raw[start:end]``; spans come back as offsets into ``raw``.

    Five readers fold each sentence in turn, so the fold is cached (a few hundred sentences: the
    article being read); readers only read it, so they may share one object."""
    return _sentence_fold(raw, start, end)


@lru_cache(maxsize=512)
def _sentence_fold(raw: str, start: int, end: int) -> SentenceFold:
    f = fold_shared(raw[start:end])  # the fold the token layer made of the sentence
    if len(f.text) == len(f.original):  # nothing deleted: fold's index is the identity, shifted in C here
        return SentenceFold(f.text, list(range(start, start + len(f.text))), raw, end)
    return SentenceFold(f.text, [p + start for p in f.index], raw, end)
