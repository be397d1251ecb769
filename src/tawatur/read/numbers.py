"""Numbers and what they count: digits, number words, vague counts, duals, qualifiers, units.

"نحو 200 قتيل", "عشرات القتلى", "قتيلان", "على بعد 20 كيلومتراً": the value (``None`` for a vague
count, whose word is kept as ``text_value``), whether it is approximate, the qualifier, and the unit
from ``units.tsv``. A number inside a date mention, a year standing alone, or a number naming a unit
("اللواء 52"، "الفرقة 25") is not a count and is skipped.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..clean.normalize import fold_text
from ..clean.tokens import spans, tokens_of, with_role
from ..model import Article, Mention
from .lexicon import MatcherGroup, PhraseMatcher, SentenceFold, load_tsv, sentence_folds, split_forms
from .wordsets import wordlist, wordset


@lru_cache(maxsize=1)
def _multipliers() -> dict[str, int]:
    """"ثلاثة آلاف", "2 مليون": the word after a number that multiplies it."""
    out = dict.fromkeys(wordset("multiplier_thousand"), 1000)
    out.update(dict.fromkeys(wordset("multiplier_million"), 1_000_000))
    return out


@lru_cache(maxsize=1)
def _written_number() -> re.Pattern[str]:
    """Digits, with the one-letter clitic news Arabic attaches ("و200", "ب15")."""
    return re.compile(f"([{''.join(wordlist('number_clitic'))}]?)(\\d+)")


@lru_cache(maxsize=1)
def _words() -> PhraseMatcher:
    return PhraseMatcher.build((f, r) for r in load_tsv("numbers.tsv") for f in split_forms(r["forms"]))


@lru_cache(maxsize=1)
def number_words() -> frozenset[str]:
    """The one-word number forms of ``numbers.tsv``, folded ("مئتي"، "ثلاثمئة"، "عشرات"): after "نحو" or
    "حتى" such a word makes them "about" and "up to", as a digit does, not a direction."""
    return frozenset(fold_text(f) for r in load_tsv("numbers.tsv") for f in split_forms(r["forms"]) if " " not in f)


@lru_cache(maxsize=1)
def _word_values() -> dict[str, int]:
    """Each one-word exact number form of ``numbers.tsv``, folded, to its value (vague counts left out:
    "عشرات" joins no compound)."""
    return {fold_text(f): int(r["value"]) for r in load_tsv("numbers.tsv") for f in split_forms(r["forms"])
            if " " not in f and r["value"] and r["approx"] != "1"}


def word_value(word: str) -> int | None:
    """The value of one exact number word, folded, with or without the article ("الثلاث" 3, "الأربعة" 4):
    a count that follows a plural noun ("البلدات الثلاث"); None for any other word."""
    article = wordlist("definite_article")[0]
    return _word_values().get(word[len(article):] if word.startswith(article) else word)


def _joins(last: int, part: int) -> bool:
    """Whether ``part`` after "و" continues a compound number whose last part was ``last``: the tens
    after the units ("خمسة وعشرون"), or a smaller part after hundreds or thousands ("مئة وعشرون",
    "ألفين وثلاثمئة"). "ثلاثة وخمسة" are two numbers, not one."""
    if last < 10:
        return part in range(20, 100, 10)
    if last >= 100:
        return part < 10 ** (len(str(last)) - 1)
    return False


def _compound(toks: list, end: int, value: int) -> tuple[int, int]:
    """A number word read on past ``end``: its teen ("ثلاثة عشر" = 13) and the parts joined by "و"
    ("خمسة وعشرون" = 25, "مئة وعشرون" = 120, "مئتين وخمسين" = 250). (value, next token)."""
    last = value
    while end < len(toks):
        word = toks[end][2]
        if 3 <= last <= 9 and word in wordset("number_teen"):
            value, last, end = value + 10, last + 10, end + 1
            continue
        conj = next((c for c in wordlist("number_and") if word.startswith(c)), "")
        part = _word_values().get(word[len(conj):]) if conj else None
        if part is None or not _joins(last, part):
            break
        value, last, end = value + part, part, end + 1
    return value, end


def _thousands_group(text: str, toks: list, end: int) -> bool:
    """Whether the token at ``end`` is a group of three digits joined by a bare comma to the digits before it
    ("2,300 عائلة" in agencies' and the UN's figures): a thousands separator, where "1,5" stays a decimal."""
    return (end < len(toks) and len(toks[end][2]) == 3 and toks[end][2].isdigit()
            and toks[end - 1][2].isdigit() and text[toks[end - 1][1]:toks[end][0]] == ",")


@lru_cache(maxsize=1)
def _qualifiers() -> PhraseMatcher:
    return PhraseMatcher.build((f, r) for r in load_tsv("number_qualifiers.tsv")
                                for f in split_forms(r["forms"]))


@lru_cache(maxsize=1)
def _units() -> tuple[PhraseMatcher, PhraseMatcher]:
    """(plain unit forms, dual forms)."""
    plain = PhraseMatcher.build((f, r) for r in load_tsv("units.tsv") for f in split_forms(r["forms"]))
    dual = PhraseMatcher.build((f, r) for r in load_tsv("units.tsv") for f in split_forms(r["dual"]))
    return plain, dual


@lru_cache(maxsize=1)
def _unit_rows() -> dict[str, dict[str, str]]:
    """Each plain unit form to the first row of ``units.tsv`` that lists it (looked up by a definite
    word whose article is stripped: "القتلى" -> "قتلى")."""
    rows: dict[str, dict[str, str]] = {}
    for r in load_tsv("units.tsv"):
        for form in split_forms(r["forms"]):
            rows.setdefault(form, r)
    return rows


def _unit_at(f: SentenceFold, toks: list, k: int):
    """A unit at token k, or after "من" ("عشرات من القتلى"); strips the article too."""
    plain, _ = _units()
    for j in (k, k + 1) if k < len(toks) and toks[k][2] in wordset("count_partitive") else (k,):
        if j >= len(toks):
            return None
        hit = plain.match_at(f, toks, j)
        det = next((a for a in wordlist("definite_article") if toks[j][2].startswith(a)), "")
        if not hit and det:
            w = toks[j][2][len(det):]
            row = _unit_rows().get(w)
            if row:
                return row, j + 1
        if hit:
            return hit.entry, j + hit.n_words
    return None


@lru_cache(maxsize=1)
def _starters() -> MatcherGroup:
    """The qualifiers, the number words and the dual units: what a number may begin with."""
    return MatcherGroup((_qualifiers(), _words(), _units()[1]))


@lru_cache(maxsize=1 << 16)
def _inert(word: str) -> bool:
    """Can no number begin at a token ``word``? True when it is no qualifier ("نحو"), no written number
    and no number word or dual unit: :func:`_read_at` then reads nothing there."""
    return not (_starters().starts(word) or _written_number().fullmatch(word))


def _may_begin(word: str) -> bool:
    """Not :func:`_inert`: the number reader's role in the token table."""
    return not _inert(word)


def read_numbers(article: Article) -> Article:
    """Append number mentions with value, approximation, qualifier and unit."""
    dates = [(m.start, m.end) for m in article.mentions_of("date")]
    for sent in article.sentences:
        sent_dates = [(a, b) for a, b in dates if a < sent.end and b > sent.start]
        f = sentence_folds(article.raw, sent.start, sent.end)
        toks = spans(tokens_of(article, sent))
        after = 0  # the token past the last number read
        # an inert word (most): _read_at would answer k + 1 there, without its three matchers and the regex
        for k in with_role(toks, "number_start", _may_begin):
            if k >= after:
                after = _read_at(article, f, toks, k, sent.index, sent_dates)
    return article


def _read_at(article: Article, f: SentenceFold, toks: list, k: int, sent: int, dates: list) -> int:
    """Read a number starting at token k (with its qualifier and unit); the next token to look at."""
    qual = _qualifiers().match_at(f, toks, k)
    j = k + (qual.n_words if qual else 0)
    if j >= len(toks):
        return k + 1
    w = toks[j][2]
    value: int | None
    approx, text_value, rule = bool(qual), "", ""
    num = _written_number().fullmatch(w)
    start_f = toks[k][0] if qual else toks[j][0]
    if num:
        start_f += len(num.group(1)) if not qual else 0
        digits, end = num.group(2), j + 1
        while _thousands_group(f.text, toks, end):  # "2,300" and "1,250,000": groups of three after a comma
            digits += toks[end][2]
            end += 1
        if end < len(toks) and toks[end][2].isdigit() and f.text[toks[j][1]:toks[end][0]] in (".", ","):
            digits += "." + toks[end][2]  # "1.5" is split by the tokenizer
            end += 1
        value = round(float(digits)) if "." in digits else int(digits)
        rule = "number:digits"
        if end < len(toks) and toks[end][2] in _multipliers():
            value = round(float(digits) * _multipliers()[toks[end][2]])
            end += 1
    else:
        wh = _words().match_at(f, toks, j)
        _, dual = _units()
        dh = dual.match_at(f, toks, j)
        if dh:
            s, e = f.span(toks[k][0] if qual else dh.fstart, toks[j + dh.n_words - 1][1])
            _emit(article, s, e, sent, 2, "", approx, qual, dh.entry, "number:dual")
            return j + dh.n_words
        if not wh:
            return k + 1
        row = wh.entry
        value = int(row["value"]) if row["value"] else None
        start_f = toks[k][0] if qual else wh.fstart
        if row["approx"] == "1":
            approx, text_value, value = True, article.raw[slice(*f.span(wh.fstart, wh.fend))], None
        rule = f"number:word:{wh.phrase}"
        end = j + wh.n_words
        if value is not None:
            value, joined = _compound(toks, end, value)
            rule += ":compound" if joined > end else ""
            end = joined
    s_raw = f.span(toks[j][0], toks[j][1])[0]
    if any(a <= s_raw < b for a, b in dates):
        return end
    prev = toks[j - 1][2] if j > 0 else ""
    if num and prev in wordset("naming_noun"):
        return end  # "اللواء 52" names a unit, it counts nothing
    unit = _unit_at(f, toks, end)
    if num and unit is None and value is not None and 1900 <= value <= 2100 and "." not in w:
        return end  # a year standing alone
    last = unit[1] - 1 if unit else end - 1
    s, e = f.span(start_f, toks[last][1])
    _emit(article, s, e, sent, value, text_value, approx, qual, unit[0] if unit else None, rule)
    return last + 1


def _emit(article: Article, s: int, e: int, sent: int, value: int | None, text_value: str, approx: bool,
          qual, unit_row: dict | None, rule: str) -> None:
    attrs = {"value": value, "text_value": text_value, "approx": approx,
             "qualifier": qual.phrase if qual else "",
             "unit": unit_row["unit"] if unit_row else "",
             "unit_kind": unit_row["unit_kind"] if unit_row else "other"}
    article.mentions.append(Mention("number", s, e, article.raw[s:e], sent, attrs, rule))
