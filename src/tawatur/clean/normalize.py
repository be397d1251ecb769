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

# Combining marks: Quranic annotation signs, harakat, superscript alef, small high signs; and tatweel.
_DELETE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")

_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "ک": "ك", "ی": "ي", "ھ": "ه", "ۀ": "ه",
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "″": '"', "‟": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "`": "'",
    "–": "-", "—": "-", "‒": "-", "−": "-", "ـ": "",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200a": " ",
    "٫": ".", "٬": ",",
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _MAP[chr(0x06F0 + _i)] = str(_i)  # Eastern Arabic-Indic (Persian/Urdu) digits

_TABLE = str.maketrans({k: v for k, v in _MAP.items() if len(v) == 1})
# The same mapping plus ASCII lower-casing, for folding a whole string in one translate() call.
_FOLD_TABLE = str.maketrans({**{k: v for k, v in _MAP.items() if len(v) == 1},
                             **{chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)}})


def _fold_char(c: str) -> str:
    if _DELETE.match(c):
        return ""
    c = c.translate(_TABLE)
    if "A" <= c <= "Z":
        return c.lower()
    return c


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
    deleted = {m.start() for m in _DELETE.finditer(text)}
    return Folded(folded, [i for i in range(len(text)) if i not in deleted], text)


def fold_text(text: str) -> str:
    """The matching form alone, for lexicon keys and comparisons."""
    return _DELETE.sub("", text).translate(_FOLD_TABLE)


# Proclitics that attach to a noun in news Arabic: conjunction (و ف), prepositions (ب ل ك), and the
# article. "وبالرستن" -> "رستن"; "للسيطرة" -> "سيطره" (ل + ال with the alef dropped).
_CLITIC = re.compile("^(?:[وف])?(?:[بلك])?(?:ال)?")
_LIL = re.compile("^(?:[وف])?لل")


def strip_clitics(word: str) -> list[str]:
    """Candidate stems of a folded word, longest first: the word itself, then without proclitics.

    Returned forms keep at least two letters. Callers try each against a lexicon, so a name that
    itself starts with و or ب (e.g. "بانياس") is still found as written.
    """
    forms = [word]
    m = _LIL.match(word)
    if m and len(word) - m.end() >= 2:
        forms.append(word[m.end():])
    for pat in ("^[وف]", "^[وف]?[بلك]", "^[وف]?[بلك]?ال"):
        m2 = re.match(pat, word)
        if m2 and m2.end() and len(word) - m2.end() >= 2:
            forms.append(word[m2.end():])
    seen: list[str] = []
    for f in forms:
        if f not in seen:
            seen.append(f)
    return seen


def strip_article(word: str) -> str:
    """Folded word without a leading article (and any clitics before it)."""
    m = _CLITIC.match(word)
    if m and m.end() and len(word) - m.end() >= 2 and "ال" in word[: m.end()]:
        return word[m.end():]
    return word


# \w covers Arabic letters and digits; Arabic punctuation (، ؛ ؟) and marks are not word characters.
_WORD = re.compile(r"\w+")


def words(folded: str) -> list[tuple[int, int, str]]:
    """Word tokens of a folded text as (start, end, word)."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(folded)]
