"""The matching form of Arabic text, with a map back to the original.

Readers match lexicons against a *folded* form: no diacritics or tatweel, alef variants to bare alef,
alef maqsura to ya, ta marbuta to ha, hamza carriers folded, Arabic-Indic digits to ASCII, typographic
quotes and dashes unified, Latin lower-cased. Every folding step either maps one character to one
character or deletes it, so a position in the folded text maps back to exactly one position in the
original: ``Folded.span(i, j)`` returns the original span. Composed and decomposed hamza forms (the NFC
question) fold to the same letters because combining marks are deleted.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from ..read.schema import DataError, read_tsv_lines

PACK = Path(__file__).resolve().parents[1] / "lang" / "ar"  # the language pack whose tables fold text


def _char(cell: str, where: str) -> str:
    """One character of a folding cell: itself, or ``U+XXXX``."""
    if len(cell) == 1:
        return cell
    if cell.upper().startswith("U+"):
        try:
            return chr(int(cell[2:], 16))
        except ValueError:
            pass
    raise DataError(f"{where}: {cell!r} is not a character, U+XXXX or a range X..Y")


def _chars(cell: str, where: str) -> list[str]:
    """The characters of a cell: one, or an inclusive range ``X..Y``."""
    if ".." not in cell or len(cell) == 1:
        return [_char(cell, where)]
    lo, hi = (ord(_char(c, where)) for c in cell.split("..", 1))
    if hi < lo:
        raise DataError(f"{where}: empty range {cell!r}")
    return [chr(c) for c in range(lo, hi + 1)]


def load_folding(path: Path = PACK / "folding.tsv") -> tuple[frozenset[str], dict[str, str]]:
    """(characters deleted, one-to-one character map) of a folding table; a bad row is a load error."""
    deleted: set[str] = set()
    mapping: dict[str, str] = {}
    for n, row in read_tsv_lines(path):
        where = f"{path.name}:{n}"
        src = _chars(row["from"], where)
        if not row["to"]:
            deleted.update(src)
            continue
        dst = _chars(row["to"], where)
        if len(dst) == 1:
            dst = dst * len(src)
        if len(dst) != len(src):
            raise DataError(f"{where}: {len(src)} characters map to {len(dst)}")
        mapping.update(zip(src, dst, strict=True))
    both = deleted & mapping.keys()
    if both:
        raise DataError(f"{path.name}: {sorted(both)[0]!r} is both deleted and mapped")
    return frozenset(deleted), mapping


def _char_class(chars: frozenset[str]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


_DELETED, _MAP = load_folding()
_DELETE = _char_class(_DELETED)
_TABLE = str.maketrans(_MAP)
# The deletions in the same table: folding a whole string is one translate() call.
_FOLD_TABLE = str.maketrans({**_MAP, **dict.fromkeys(_DELETED)})
# Characters that fold to themselves are in the table too, for the scripts news text is written in
# (Latin, Arabic, general punctuation): str.translate looks every character up, and a character missing
# from the table costs a raised and cleared KeyError inside CPython. Same output, 1.5-2x faster.
for _lo, _hi in ((0x0000, 0x0800), (0x2000, 0x2070)):
    for _c in range(_lo, _hi):
        _FOLD_TABLE.setdefault(_c, _c)


# The characters the fold changes (mapped to another or deleted) and what each becomes. Most text holds
# a few distinct ones, so folding replaces those (a C pass each) instead of translating every character:
# for a character outside Latin-1, translate() makes an integer and looks it up in the table, some five
# hundred instructions a character. One at a time gives the table's result because no character is
# changed into one that is changed again (checked here; when it fails, translate() is used).
_CHANGE = {c: t for c, t in _MAP.items() if t != c} | dict.fromkeys(_DELETED, "")
_CHANGED = _char_class(frozenset(_CHANGE))
_BY_REPLACE = not (set(_CHANGE.values()) & _CHANGE.keys())


def _fold_char(c: str) -> str:
    """The fold of one character ("" when deleted): the definition :func:`fold_text` must equal."""
    return "" if c in _DELETED else c.translate(_TABLE)


@dataclass
class Folded:
    """A folded text with ``index[i]`` = position in the original of folded character ``i``."""

    text: str
    index: list[int]
    original: str

    def orig(self, i: int) -> int:
        """Original position of folded position ``i`` (``len(text)`` maps to the original end)."""
        if i >= len(self.index):
            return len(self.original)
        return self.index[i]

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Original (start, end) of folded span [i, j)."""
        if j <= i:
            s = self.orig(i)
            return s, s
        return self.index[i], self.index[j - 1] + 1


def fold(text: str) -> Folded:
    """Fold ``text`` to its matching form, keeping a position map (see module docstring).

    Folding maps one character to one or deletes it, so the map is the identity minus the deleted
    positions; building it that way keeps the per-character work in C (``re`` and ``str.translate``).
    """
    folded = fold_text(text)
    if len(folded) == len(text):
        return Folded(folded, list(range(len(text))), text)
    # the kept runs between deleted characters, each added by one ``extend`` in C: a loop over the
    # deletions (a few per sentence), not a test of every character of the text (the places reader
    # folds the whole article)
    index: list[int] = []
    kept = 0
    for m in _DELETE.finditer(text):
        index.extend(range(kept, m.start()))
        kept = m.start() + 1
    index.extend(range(kept, len(text)))
    return Folded(folded, index, text)


@lru_cache(maxsize=512)
def fold_shared(text: str) -> Folded:
    """:func:`fold`, cached for the sentences of the article being read: the token layer and the readers
    each fold every sentence (two full folds of the text), and now share one. The result is shared:
    callers only read it."""
    return fold(text)


# short text (a name, a word) -> its fold: the rules fold the same mention texts again and again (a place's
# name for each trigger of its sentence), some sixty folds an article. Bounded; long texts are not kept.
_FOLDED: dict[str, str] = {}
_FOLDED_MAX, _FOLDED_LEN = 20_000, 64


def fold_text(text: str) -> str:
    """The matching form alone, for lexicon keys and comparisons (``text.translate(_FOLD_TABLE)``, by
    replacing the changed characters the text holds: see ``_CHANGE``)."""
    got = _FOLDED.get(text)
    if got is not None:
        return got
    key = text
    if not _BY_REPLACE:
        text = text.translate(_FOLD_TABLE)
    else:
        found = _CHANGED.search(text)
        while found is not None:
            c = found.group()
            text = text.replace(c, _CHANGE[c])  # every c at once: what stands before it is folded already
            found = _CHANGED.search(text, found.start())
    if len(key) <= _FOLDED_LEN:
        if len(_FOLDED) >= _FOLDED_MAX:
            _FOLDED.clear()
        _FOLDED[key] = text
    return text


@cache
def letters() -> dict[str, list[str]]:
    """The pack's spelling facts (``letters.tsv``, as written) the clitic strippers are built from."""
    return {row["name"]: [c.strip() for c in row["letters"].split("|") if c.strip()]
            for _, row in read_tsv_lines(PACK / "letters.tsv")}


# Proclitics that attach to a noun in news Arabic: conjunction (و ف), prepositions (ب ل ك), and the
# article. "وبالرستن" -> "رستن"; "للسيطرة" -> "سيطره" (ل + ال with the alef dropped).
_L = letters()
_CONJ, _PREP = "".join(_L["conjunctions"]), "".join(_L["prepositions"])
_ART, _LIL_ART = _L["article"][:2]  # the article, and ل + the article with its alef dropped
_CLITIC = re.compile(f"^(?:[{_CONJ}])?(?:[{_PREP}])?(?:{_ART})?")


# One splitter of a word's proclitic readings (issue 13, task speed24). News Arabic writes at most a
# conjunction (و ف), then one of: a preposition (ب ل ك), the future س, the article, a preposition and the
# article, or ل + the article with its alef dropped (لل): "وبالرستن" = و + ب + ال + رستن, "وسيدخل" = و + س +
# يدخل. Every family that reads a word's proclitics (the token's clitic forms, the phrase tables' first
# words, the lemma pack's analyses, the places reader's "وب" forms, the actors' possessive forms) asks
# for these splits once a word and keeps those its own table allows; each family's proclitics are a
# subset of this grammar (tests/read/test_speed24_splitter.py), so the filtered splits are its old ones.
_FUTURE = "".join(_L["future"])
_STEMS_AFTER_CONJ = ("", *_PREP, *_FUTURE, _ART, *(p + _ART for p in _PREP), _LIL_ART)
PROCLITICS = frozenset(c + m for c in ("", *_CONJ) for m in _STEMS_AFTER_CONJ) - {""}
_MAX_PROCLITIC = max(map(len, PROCLITICS))
_PROCLITIC_FIRST = frozenset(p[0] for p in PROCLITICS)
# every beginning of a proclitic -> whether it is one: a word's letters are read while they may still
# begin one ("الج" begins none: "الجيش" has no longer reading than ال)
_PROCLITIC_PREFIX = {p[:k]: p[:k] in PROCLITICS for p in PROCLITICS for k in range(1, len(p) + 1)}


@lru_cache(maxsize=1 << 17)
def proclitic_splits(word: str) -> tuple[tuple[str, str], ...]:
    """Every (proclitic, stem) reading of a folded word by :data:`PROCLITICS`, shortest proclitic first,
    each stem of two letters or more (no family reads a shorter one). "وبالرستن" -> (و, بالرستن), (وب,
    الرستن), (وبال, رستن). Memoised per word: the families ask in turn for each word new to the process."""
    if word[:1] not in _PROCLITIC_FIRST:  # half the words: no proclitic begins with their first letter
        return ()
    out = []
    for k in range(1, min(_MAX_PROCLITIC, len(word) - 2) + 1):
        pre = word[:k]
        known = _PROCLITIC_PREFIX.get(pre)
        if known is None:
            break
        if known:
            out.append((pre, word[k:]))
    return tuple(out)


# which of strip_clitics' four stems a proclitic gives: conj? + لل, conj, conj? + preposition, conj? +
# preposition? + article (each a set of prefixes no two of which begin one word, so a word has at most one
# split of each)
_STRIP_SLOT = {c + m: slot for slot, mids in enumerate(((_LIL_ART,), ("",), tuple(_PREP),
                                                        (_ART, *(p + _ART for p in _PREP))))
               for c in ("", *_CONJ) for m in mids if c + m}


@lru_cache(maxsize=1 << 17)
def clitic_stems(word: str) -> tuple[str, ...]:
    """:func:`strip_clitics` as a tuple, memoised per word (the token's clitic forms read it)."""
    tail = []
    for pre, stem in proclitic_splits(word):
        slot = _STRIP_SLOT.get(pre)
        if slot is not None:
            tail.append((slot, stem))
    if not tail:
        return (word,)
    if len(tail) == 1:
        return (word, tail[0][1])
    tail.sort()
    return (word, *[stem for _, stem in tail])


def strip_clitics(word: str) -> list[str]:
    """Candidate stems of a folded word, longest first: the word itself, then without proclitics (ل +
    the article, a conjunction, a conjunction and a preposition, those and the article, in that order).

    Returned forms keep at least two letters. Callers try each against a lexicon, so a name that
    itself starts with و or ب (e.g. "بانياس") is still found as written.
    """
    return list(clitic_stems(word))


def strip_article(word: str) -> str:
    """Folded word without a leading article (and any clitics before it)."""
    m = _CLITIC.match(word)
    if m and m.end() and len(word) - m.end() >= 2 and _ART in word[: m.end()]:
        return word[m.end():]
    return word


# A word is a run of letters and digits: Arabic punctuation (، ؛ ؟) and the underscore are not word
# characters. The one definition of a word (the token layer, clean/tokens.py, splits with it).
WORD = re.compile(r"[^\W_]+")


def words(folded: str) -> list[tuple[int, int, str]]:
    """Word tokens of a folded text as (start, end, word)."""
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(folded)]
