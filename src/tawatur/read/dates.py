"""Dates: absolute (Levantine and standard months, numeric, Hijri), relative, and "day N of the operation".

dateparser does not read "السبت 7 من كانون الأول" or "27 من تشرين الثاني الماضي", so the rules are
written here over the folded text, with months, weekdays, relative expressions and ordinals as data
files. Relative expressions resolve against ``article.published``; a weekday named with them is
checked ("أمس الجمعة" is the last Friday before the article date, even when the article was filed
after midnight). A month without a year takes the article's year, or the previous one when that
would put it after the article date. A Hijri day is converted (the Umm al-Qura calendar, a weekday
named with it settling the day), unless the Gregorian day follows it ("الموافق"); a day of a month counted
from the article's ("في 8 الجاري", "الرابع من الشهر الماضي") and an anniversary ("في مثل هذا اليوم من
عام 2013") are read against the article date. When the article has no date, :func:`infer_published`
finds one.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date, timedelta
from functools import lru_cache

from hijridate import Hijri

from ..clean.normalize import WORD, fold_text
from ..clean.tokens import spans, tokens_of
from ..model import Article, Mention
from .lexicon import load_tsv, sentence_folds, split_forms
from .wordsets import marks, wordlist, wordset


def _alt(forms: list[str]) -> str:
    """The forms as one regex alternation, factored word by word ("قبل ثلاثة أيام|قبل أربعة أيام" is
    "قبل (?:ثلاثة أيام|أربعة أيام)", a space standing for any run of them): a long list of forms sharing first words (the counts back)
    is tried once per first word, not once per form. A longer form is tried before a shorter one
    it continues (the optional continuation is greedy), as the length order did."""
    trie: dict = {}
    for form in forms:
        node = trie
        for word in form.split():
            node = node.setdefault(word, {})
        node[""] = {}  # a form ends here
    return _trie_regex(trie)


def _trie_regex(node: dict, sep: str = r"\s+") -> str:
    """A trie (word -> its continuations, "" where a form ends) as a regex alternation, a longer form tried
    before a shorter one it continues; ``sep`` stands between a node's word and its continuation (a run of
    spaces between words; "" for a trie of letters, :func:`_trie_pattern`)."""
    parts = []
    for word in sorted((w for w in node if w), key=len, reverse=True):
        child = node[word]
        rest = _trie_regex({w: c for w, c in child.items() if w}, sep)
        if not rest:
            parts.append(re.escape(word))
        elif "" in child:
            parts.append(rf"{re.escape(word)}(?:{sep}(?:{rest}))?")
        else:
            parts.append(rf"{re.escape(word)}{sep}(?:{rest})")
    return "|".join(parts)


def _set(name: str) -> str:
    """A word set as a regex alternation in file order (order matters where one word begins another)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in wordlist(name))


def _chars(name: str) -> str:
    """The one-letter members of a set, for a regex character class."""
    return "".join(wordlist(name))


def _commas() -> str:
    return "".join(re.escape(c) for c in marks("comma_marks"))


def _after_prayer() -> tuple[str, ...]:
    """"صلاة الجمعة": a weekday right after these words names a prayer, not a date (unless an adjective dates it:
    "صلاة الجمعة الماضية" was last Friday's)."""
    return tuple(w + " " for w in wordlist("prayer_noun"))


@lru_cache(maxsize=1)
def _tables() -> dict:
    months = {f: int(r["month"]) for r in load_tsv("months.tsv") for f in split_forms(r["forms"])}
    hijri = {f: int(r["month"]) for r in load_tsv("hijri_months.tsv") for f in split_forms(r["forms"])}
    weekdays = {f: int(r["weekday"]) for r in load_tsv("weekdays.tsv") for f in split_forms(r["forms"])}
    rel = {f: r for r in load_tsv("relative_dates.tsv") for f in split_forms(r["forms"])}
    ords = {f: int(r["value"]) for r in load_tsv("ordinals.tsv") for f in split_forms(r["forms"])}
    feasts = {f: r for r in load_tsv("feasts.tsv") for f in split_forms(r["forms"])}
    return {"months": months, "hijri": hijri, "weekdays": weekdays, "relative": rel, "ordinals": ords,
            "feasts": feasts}


_ABSOLUTE = ("anniv", "hijri", "dmy", "num_dmy", "num_ymd", "num_dm", "drel", "my", "year", "mon")
_WORDS_ONLY = ("anniv", "hijri", "dmy", "drel", "mon")  # the absolute patterns that match with no digit (see _patterns)
_ORDINAL_DAY = ("hijri", "dmy", "drel", "daycount")  # with no digit, these match only with an ordinal word
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    t = _tables()
    mon, wd, rel, ordn = (_alt(list(t[k])) for k in ("months", "weekdays", "relative", "ordinals"))
    conj, al, wa = _chars("conjunction_proclitic"), _set("definite_article"), _set("conjunction_clitic")
    fi, of, year, yeard = _set("temporal_in"), _set("date_of"), _set("year_noun"), "|".join(w + r"\s+" for w in wordlist("year_noun_definite"))
    # (an optional part at a pattern's start is written "(?:X|)", not "(?:X)?": the same matches, groups and
    # backtracking, but the engine tries it at every position the lookbehind lets through, and a "?" over more
    # than one character allocates a repeat context there each time, the alternation none: issue 13, speed40)
    # a match starts at a word boundary: every pattern's first character is a word character (a proclitic, a
    # figure, a letter of a word), so "no word character before it" ("(?<![\w])", as these were written) is
    # "a word boundary" there, and the engine tests \b in place where the lookbehind ran a nested match at
    # every position of the sentence (issue 13, task speed40: the same matches on every readable text)
    w0 = r"\b"
    cj = rf"(?:(?P<cj>[{conj}])(?=[\w])|)"  # a conjunction written on the date's first word
    b, e = w0 + cj, r"(?![\w])"
    ad = rf"(?:{_set('gregorian_era_glued')})?"  # "2015م": the era mark written on the year
    # the day of a month: a number or an ordinal word ("في العاشر من آذار", "الحادي والعشرين من")
    day = rf"(?:(?:{al}\s*|)(?P<d>\d{{1,2}})|(?P<do>{ordn}))"  # "الـ9 من آذار" too
    # a year told relative to the article's ("آب من العام الماضي")
    # or the year the text named last ("أيلول من العام نفسه": wordsets same_year, task read14)
    yrel = rf"(?:\s+{of}\s+(?:(?P<yrel>{_alt(_year_relatives())})|(?P<ysame>{_set('same_year')})))?"
    return {
        "opday": re.compile(
            rf"{w0}(?:{fi}\s+|)(?:{_set('operation_day_noun')})\s+(?:{al}\s*(?P<n>\d{{1,3}})|(?P<o>{ordn}))"
            rf"(?:\s+{wa}(?:{al})?(?:\d{{1,3}}|{ordn}))?\s+(?:{_set('operation_day_of')})\s*(?:{al})?"
            rf"(?:{_set('operation_noun')})"),
        # "وفي اليوم الثالث سيطرت على ...": a day of a count told before, the operation left unsaid
        "daycount": re.compile(
            rf"{w0}(?:{fi}\s+|)(?:{_set('operation_day_noun')})\s+(?:{al}\s*(?P<n>\d{{1,3}})|(?P<o>{ordn}))"
            rf"(?:\s+{wa}(?:{al})?(?:\d{{1,3}}|{ordn}))?{e}"),
        "next": re.compile(rf"{w0}(?:{fi}\s+|){_set('next_day')}{e}"),
        "same": re.compile(rf"{w0}(?:{fi}\s+|)(?:{_set('same_day')}){e}"),
        "prev": re.compile(rf"{w0}(?:{fi}\s+|)(?:{_set('previous_day')}){e}"),
        # "وفي الشهر ذاته"، "وفي العام نفسه": the month or the year the text named last (task dates20)
        "same_month": re.compile(rf"{w0}(?:{fi}\s+|)(?:{_set('same_month')}){e}"),
        "same_year": re.compile(rf"{w0}(?:{fi}\s+|)(?:{_set('same_year')}){e}"),
        # a day of the month the text named before: "في العاشر من الشهر ذاته", "وفي 12 منه" (task misread26;
        # the pronoun only after the preposition of time: "أفرج عن 12 منهم" and "الطابق الخامس منه" are no days)
        "dsame": re.compile(rf"{b}(?:(?P<lead>{fi})\s+|){day}\s+(?:(?:{of}\s+)?(?:{_set('same_month')})"
                            rf"|(?P<pron>{_set('month_pronoun')})){e}"),
        "dmy": re.compile(
            rf"{b}(?:(?P<wd>{wd})\s*[{_commas()}]?\s+|){day}\s*(?:{of}\s+)?(?:{_set('month_noun')}\s+)?"
            rf"(?P<m>{mon})(?:\s*[/(]\s*(?:{mon})\s*\)?)?(?:\s*[{_commas()}]?\s*(?:{of}\s+)?(?:{year})?\s*"
            rf"(?P<y>(?:19|20)\d\d){ad})?(?:\s+(?P<rel>{_set('month_relative')}))?{yrel}{e}"),
        # a Hijri day: "الثلاثاء 11 رمضان 1446 هـ", "في العاشر من محرم"
        "hijri": re.compile(
            rf"{b}(?:(?P<wd>{wd})\s*[{_commas()}]?\s+|){day}\s*(?:{of}\s+)?(?:{_set('month_noun')}\s+)?"
            rf"(?P<hm>{_alt(list(t['hijri']))})(?:\s*[{_commas()}]?\s*(?:{of}\s+)?(?:{year})?\s*"
            rf"(?P<hy>1[34]\d\d)(?:\s*(?:{_set('hijri_era')}))?)?{e}"),
        # the article's day and month in another year: "في مثل هذا اليوم من عام 2013", "... قبل عامين"
        "anniv": re.compile(rf"{b}(?:{fi}\s+|)(?:{_set('anniversary_phrase')})(?:\s+{of}\s+(?:{year})?\s*"
                            rf"(?P<y>(?:19|20)\d\d)|\s+(?P<back>{_alt(_year_relatives())}))?{e}"),
        # a day of the month the article's month is counted from: "في الثاني عشر من الشهر الجاري",
        # "في 8 الجاري", "في الرابع من الشهر الماضي"
        "drel": re.compile(rf"{w0}(?<![/.-]){cj}(?:(?P<wd>{wd})\s*[{_commas()}]?\s+|){day}\s+(?:{of}\s+)?"
                           rf"(?:(?P<mn>{_set('month_definite')})(?:\s+(?P<rel>{_set('month_relative')}))?"
                           rf"|(?P<cur>{_set('current_adjective')})){e}"),
        # a day and month in figures, after a word that makes them a date: "يوم 5/3", "بتاريخ 28/2"
        "num_dm": re.compile(rf"{w0}(?:{_set('numeric_date_lead')})\s+(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})"
                             rf"(?![\w/]|[.-]\d)(?:\s+(?P<rel>{_set('month_relative')}))?{e}"),
        "num_dmy": re.compile(rf"{b}(?P<d>\d{{1,2}})(?:[-/.]|\s+/\s+)(?P<m>\d{{1,2}})(?:[-/.]|\s+/\s+)"
                              rf"(?P<y>(?:19|20)\d\d){ad}{e}"),
        "num_ymd": re.compile(rf"{b}(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{{1,2}})[-/.](?P<d>\d{{1,2}}){e}"),
        "my": re.compile(rf"{b}(?:{_set('month_noun')}\s+|)(?P<m>{mon})(?:\s*[/(]\s*(?:{mon})\s*\)?)?\s+(?:{of}\s+)?"
                         rf"(?:{yeard})?(?P<y>(?:19|20)\d\d){ad}{e}"),
        # "صيف عام 2014"، "مطلع العام 2019": a part of a year, then the word "year", is one mention
        "year": re.compile(rf"{b}(?:{_set('year_lead')}|(?:{_set('year_part')})\s+(?:{year}))\s+(?P<y>(?:19|20)\d\d)"
                           rf"{ad}{e}"),
        # a month named without day or year: after a lead word ("في آذار", "منتصف شباط") or with a
        # relative adjective ("شباط الماضي"); a bare month name may be a word ("مارس" practised)
        "mon": re.compile(rf"{b}(?:(?P<lead>{_set('month_lead')})\s+|)(?:{_set('month_noun')}\s+|)(?P<m>{mon})"
                          rf"(?:\s+(?P<rel>{_set('month_relative')}))?{yrel}{e}"),
        "rel": re.compile(rf"{b}(?P<r>{rel})(?:\s+(?P<wd>{wd}))?{e}"),
        # a feast's day or Ramadan ("في ثاني أيام عيد الأضحى"), not one to come ("عيد الفطر المقبل")
        "feast": re.compile(rf"{b}(?P<fe>{_alt(list(t['feasts']))}){e}(?!\s+(?:{_set('future_adjective')}){e})"),
        "weekday": re.compile(rf"{b}(?:(?:{_set('weekday_lead')})\s+|)(?P<wd>{wd})"
                              rf"(?:\s+(?P<rel>{_set('past_adjective')}|{_set('future_adjective')}))?{e}"),
    }


def _year_relatives() -> list[str]:
    """The relative expressions of a year ("العام الماضي"), which may stand after a month."""
    return [f for f, r in _tables()["relative"].items() if r["unit"] == "year" and r["expected"] != "1"]


@lru_cache(maxsize=1)
def _literals() -> dict[str, tuple[str, ...]]:
    """Per pattern of :func:`_patterns`, words one of which every match holds as written: the first
    word of each member of an alternation the pattern cannot match without (the months for "dmy", "my"
    and "mon"; the weekdays, the relative expressions, the lead and day words for the others). Most
    sentences hold none of them, and a substring test says so faster than the pattern's scan of every
    position."""
    t = _tables()

    def firsts(forms) -> tuple[str, ...]:
        return tuple(sorted({f.split(" ")[0] for f in forms}))

    months = firsts(t["months"])
    return {"dmy": months, "my": months, "mon": months, "hijri": firsts(t["hijri"]), "anniv": firsts(wordlist("anniversary_phrase")),
            "drel": firsts(wordlist("month_definite") + wordlist("current_adjective")),
            "num_dm": firsts(wordlist("numeric_date_lead")), "rel": firsts(t["relative"]),
            "weekday": firsts(t["weekdays"]), "year": firsts(wordlist("year_lead")),
            "opday": firsts(wordlist("operation_day_noun")), "daycount": firsts(wordlist("operation_day_noun")),
            "ordinal": firsts(t["ordinals"]),  # not a pattern: see _ORDINAL_DAY
            "next": firsts(wordlist("next_day")), "feast": firsts(t["feasts"]),
            "same": firsts(wordlist("same_day")), "prev": firsts(wordlist("previous_day")),
            "same_month": firsts(wordlist("same_month")), "same_year": firsts(wordlist("same_year")),
            "dsame": firsts(wordlist("same_month") + wordlist("month_pronoun"))}


_WORD_RUN = re.compile(r"\w+")
# a word of the text -> the bit mask of the kinds one of whose words (``_literals``) it holds; words recur
# across sentences and articles, so most sentences are gated by dictionary look-ups alone
_KINDS_IN_WORD: dict[str, int] = {}


@lru_cache(maxsize=1)
def _kind_bits() -> dict[str, int]:
    return {kind: 1 << n for n, kind in enumerate(sorted(_literals()))}


@lru_cache(maxsize=1)
def _unsplit_kinds() -> int:
    """The kinds with a word that is not all word characters but the underscore (the token layer's words:
    none in the data files now): such a word may straddle two of the text's words, so those kinds are
    always scanned."""
    bits = _kind_bits()
    return sum(bits[k] for k, words in _literals().items() if not all(WORD.fullmatch(w) for w in words))


@lru_cache(maxsize=1)
def _literal_bits() -> tuple[dict[str, int], tuple[int, ...]]:
    """Each gate word (``_literals``) -> the bits of the kinds it is a word of; and the words' lengths,
    ascending."""
    bits = _kind_bits()
    table: dict[str, int] = {}
    for kind, words in _literals().items():
        for w in words:
            table[w] = table.get(w, 0) | bits[kind]
    return table, tuple(sorted({len(w) for w in table}))


def _kinds_in(word: str) -> int:
    """The kinds one of whose words ``word`` holds. One C scan of the word (:func:`_literal_scan`: at
    each position the longest gate word that starts there) and a look-up a gate word found: each new word
    of a corpus (its first sentence) pays this once, and most hold none (task speed17: reading the word's
    substrings of the gate words' lengths in Python, some twenty slices and look-ups a word, cost 2.6 us
    a new word, 2% of an article's instructions)."""
    scan, closure = _literal_scan()
    mask = 0
    for found in scan(word):
        mask |= closure[found]
    return mask


def _trie_pattern(words: Iterable[str]) -> str:
    """An alternation of ``words`` as a trie of letters (:func:`_trie_regex`): the regex engine tries a
    handful of letters at a position, not every word, and prefers the longest word, since a rest is tried
    before it is skipped."""
    trie: dict = {}
    for w in words:
        node = trie
        for letter in w:
            node = node.setdefault(letter, {})
        node[""] = {}  # a word ends here
    return _trie_regex(trie, "")


@lru_cache(maxsize=1)
def _literal_scan() -> tuple[Callable[[str], list[str]], dict[str, int]]:
    """(``findall`` of a pattern giving, at each position of a word, the longest gate word beginning
    there; each gate word -> the bits of every gate word that is a prefix of it, itself included). The
    gate words beginning at a position are the prefixes of the longest one, so the two together give
    what testing every substring gives."""
    table, _ = _literal_bits()
    closure = {w: _prefix_bits(w, table) for w in table}
    return re.compile(f"(?=({_trie_pattern(table)}))").findall, closure


def _prefix_bits(word: str, table: dict[str, int]) -> int:
    """The bits of the gate words that are prefixes of ``word`` (itself included)."""
    bits = 0
    for k in range(1, len(word) + 1):
        bits |= table.get(word[:k], 0)
    return bits


# a bit of :func:`gate_mask` above every kind's: the text holds a digit. A digit (``\d``) is a word
# character, so it stands in one of the runs the gate reads anyway, and the run's remembered mask says so:
# read_dates no longer searches each sentence for a digit apart
DIGIT_BIT = 1 << 62


def gate_mask(text: str, words: Iterable[str] | None = None) -> int:
    """The bit mask (``_kind_bits``) of the kinds whose words ``text`` holds, with :data:`DIGIT_BIT` when it
    holds a digit. A word made of word characters can only occur inside one run of them, so the text is
    read run by run (one look-up a word) instead of testing each of some eighty words against the whole text.
    ``words``: the text's words as the token layer split it (``[^\\W_]+``), when the caller has them: a gate
    word of such characters only (the others' kinds are always scanned) lies inside one of them, and the
    text is not split again (issue 13)."""
    memo = _KINDS_IN_WORD
    mask = _unsplit_kinds()
    for run in set(_WORD_RUN.findall(text) if words is None else words):
        hit = memo.get(run)
        if hit is None:
            if len(memo) > 50_000:  # a bound for a long-running worker
                memo.clear()
            hit = memo[run] = _kinds_in(run) | (DIGIT_BIT if _DIGIT.search(run) else 0)
        mask |= hit
    return mask


def gate_firsts(words: list[str]) -> tuple[int, dict[int, int]]:
    """(:func:`gate_mask` of a text whose words, as the token layer split it, are ``words``; each bit of it but
    the always-scanned kinds' -> the index of the first word that holds it). The words are read in order, one
    look-up a word, as :func:`gate_mask` reads them (issue 13, task speed41: where a scan may start)."""
    memo = _KINDS_IN_WORD
    get = memo.get
    mask = _unsplit_kinds()
    first: dict[int, int] = {}
    for k, run in enumerate(words):
        hit = get(run)
        if hit is None:
            if len(memo) > 50_000:  # a bound for a long-running worker
                memo.clear()
            hit = memo[run] = _kinds_in(run) | (DIGIT_BIT if _DIGIT.search(run) else 0)
        if hit and hit | mask != mask:  # (most words hold no gate word: one test)
            new = hit & ~mask
            mask |= new
            while new:
                low = new & -new
                first[low] = k
                new ^= low
    return mask, first


@lru_cache(maxsize=1)
def _scan_reach() -> dict[str, tuple[int, int]]:
    """Kind -> (the gate bit that bounds where its matches start, how many words a match may start before the
    first word holding that bit). A match holds one of its kind's gate words (``_literals``: the first word of a
    member of an alternation it needs) in a word of the sentence, and what the pattern reads before that member
    is a bounded number of words (a conjunction is written on the word after it): the most words of each optional
    part before it, from the data, plus one word to spare. So no match starts before the word that many words
    before the first word holding the bit, and ``finditer`` from there finds what it finds from the sentence's
    start (a start position sees the text before it: a word boundary and a lookbehind read as at that position).
    The figures' patterns ("num_dmy", "num_ymd") start with the figure: bounded by the first word with a digit."""
    t, bits = _tables(), _kind_bits()

    def most(name: str) -> int:
        return max(len(w.split()) for w in wordlist(name))

    def most_forms(forms) -> int:
        return max(len(f.split()) for f in forms)

    fi, of, noun = most("temporal_in"), most("date_of"), most("month_noun")
    wd = most_forms(t["weekdays"])
    day = max(2, most_forms(t["ordinals"]))  # "ال 9": the article and a figure, or an ordinal of words
    before = {"dmy": wd + day + of + noun, "hijri": wd + day + of + noun, "my": noun,
              "mon": most("month_lead") + noun, "drel": wd + day + of, "dsame": fi + day + of,
              "anniv": fi, "opday": fi, "daycount": fi, "next": fi, "same": fi, "prev": fi,
              "same_month": fi, "same_year": fi, "weekday": most("weekday_lead"),
              "num_dm": 0, "rel": 0, "year": 0, "feast": 0}
    spare = 1
    out = {kind: (bits[kind], n + spare) for kind, n in before.items() if not bits[kind] & _unsplit_kinds()}
    out.update({"num_dmy": (DIGIT_BIT, spare), "num_ymd": (DIGIT_BIT, spare)})
    return out


def scan_start(kind: str, first: dict[int, int], triples: list[tuple[int, int, str]]) -> int:
    """Where a scan of ``kind`` may start in a sentence (a folded offset): :func:`_scan_reach`'s words before the
    first word holding the kind's bit (:func:`gate_firsts`), else 0. ``triples``: the sentence's (folded start,
    folded end, word), the words ``first`` was read from."""
    reach = _scan_reach().get(kind)
    if reach is None:
        return 0
    k = first.get(reach[0])
    if k is None:
        return 0
    k -= reach[1]
    return triples[k][0] if k > 0 else 0


def _finditer(kind: str, text: str, present: int | None = None, first: dict[int, int] | None = None,
              triples: list[tuple[int, int, str]] | None = None) -> Iterator[re.Match]:
    """``_patterns()[kind].finditer(text)``, skipped when ``text`` holds none of the kind's words.
    ``present``: :func:`gate_mask` of ``text``, read once a sentence for all the kinds; ``first`` and
    ``triples``: :func:`gate_firsts`' first words and the words they index, when the caller has them: the scan
    then starts at :func:`scan_start` (no match of the kind starts before it)."""
    bit = _kind_bits().get(kind)
    if bit is not None:
        if present is None:
            present = gate_mask(text)
        if not present & bit:
            return iter(())
    return _patterns()[kind].finditer(text, 0 if first is None else scan_start(kind, first, triples))


def _parse_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        pub = date.fromisoformat(value[:10])
    except ValueError:
        return None
    # 0001-01-01 or 9999-12-31 is no article's date, and relative dates from it overflow
    return pub if 1000 < pub.year < 9000 else None


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _infer_year(m: int, d: int, rel: str | None, pub: date | None) -> tuple[int | None, str]:
    """The year of a day-month without one: the article's, or the previous when that is later."""
    if pub is None:
        return None, ""
    y = pub.year
    cand = _safe_date(y, m, d if d else 1)
    if cand and cand > pub + timedelta(days=1) and rel not in wordset("future_adjective"):
        y -= 1
    return y, "article year"


def _month_year(month: int, rel: str | None, pub: date | None) -> int | None:
    """The year of a month named alone: the last such month up to the article's ("في آذار" in a
    December article is this March, in a January article last March), the next one when it is said to
    come ("آذار المقبل"). "آذار الماضي" in a March article is last year's: this month would be
    "الجاري"."""
    if pub is None:
        return None
    if rel in wordset("future_adjective"):
        return pub.year if month >= pub.month else pub.year + 1
    if month == pub.month and rel in wordset("past_adjective"):
        return pub.year - 1
    return pub.year if month <= pub.month else pub.year - 1


def _day_number(t: dict, m: re.Match) -> int:
    """The day of a match: in figures ("10 آذار") or an ordinal word ("العاشر من آذار")."""
    return int(m["d"]) if m["d"] else t["ordinals"][_key(m["do"])]


def _year_said(t: dict, m: re.Match, pub: date | None) -> int | None:
    """The year a relative phrase after the month gives ("من العام الماضي"), read against the article's."""
    if not m.groupdict().get("yrel") or pub is None:
        return None
    return pub.year + int(t["relative"][_key(m["yrel"])]["offset"])


HIJRI_EPOCH = 1948439  # Julian day of 1 Muharram 1 AH less one: only to guess a year near a given day
JULIAN_ORDINAL = 1721425  # Julian day number less Python's date ordinal


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Hijri one by the Umm al-Qura calendar (the ``hijridate`` package, the
    table the Saudi authorities publish); None for a day that month does not have or a year outside
    the table (1343-1500 AH, 1924-2077): the arithmetic (tabular) calendar can be a day or two off the
    announced month, so it is not used as if it were exact."""
    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None


def _hijri_year_before(month: int, day: int, pub: date) -> int | None:
    """The Hijri year that puts (month, day) last on or before the article's date (a day's slack for
    an article filed after midnight); None outside the Umm al-Qura table."""
    near = (pub.toordinal() + JULIAN_ORDINAL - HIJRI_EPOCH) * 30 // 10631 + 1  # about the article's year
    for year in (near + 1, near, near - 1, near - 2):
        d = hijri_to_gregorian(year, month, min(day, 29))
        if d is not None and d <= pub + timedelta(days=1):
            return year
    return None


def _hijri(t: dict, m: re.Match, pub: date | None) -> dict | None:
    """A Hijri day as a Gregorian one; a weekday named with it settles the day when the month was
    announced by sighting a day off Umm al-Qura ("الثلاثاء 11 رمضان")."""
    month, day = t["hijri"][_key(m["hm"])], _day_number(t, m)
    if not 1 <= day <= 30:
        return None
    undated = {"value": "", "precision": "day", "relative": True, "anchor": ""}
    year = int(m["hy"]) if m["hy"] else _hijri_year_before(month, day, pub) if pub is not None else None
    d = hijri_to_gregorian(year, month, day) if year is not None else None
    if d is None:
        return undated if year is None or not m["hy"] else None
    if m["wd"]:
        wd = t["weekdays"][m["wd"]]
        d = min((d + timedelta(days=k) for k in (-2, -1, 0, 1, 2) if (d + timedelta(days=k)).weekday() == wd),
                key=lambda x: abs((x - d).days), default=d)
    return {"value": d.isoformat(), "precision": "day", "relative": not m["hy"], "anchor": "hijri"}


@lru_cache(maxsize=1)
def _hijri_numeric() -> re.Pattern:
    """A Hijri date in figures, year first, with or without the era mark: "1446-06-05", "1446/6/5 هـ"."""
    return re.compile(rf"(?P<y>1[34]\d\d)[-/](?P<m>\d{{1,2}})[-/](?P<d>\d{{1,2}})(?:\s*(?:{_set('hijri_era')}))?")


def hijri_day(text: str) -> date | None:
    """The Gregorian day of ``text`` when the whole of it is a Hijri date with its year: "1446-06-05"
    (a year no news was published in, read as Hijri), "5 جمادى الآخرة 1446 هـ"; None otherwise (also
    outside the Umm al-Qura table). The ingest stage reads a ``published`` field with it."""
    folded = " ".join(fold_text(text).split())
    if m := _hijri_numeric().fullmatch(folded):
        return hijri_to_gregorian(int(m["y"]), int(m["m"]), int(m["d"]))
    m = _patterns()["hijri"].fullmatch(folded)
    if not m or not m["hy"]:
        return None
    found = _hijri(_tables(), m, None)
    return date.fromisoformat(found["value"]) if found and found["value"] else None


def _feast(t: dict, m: re.Match, pub: date | None) -> dict | None:
    """"في ثاني أيام عيد الأضحى"، "عشية عيد الفطر": the feast's Hijri day (and offset) in the last year that
    puts it on or before the article's date, as a Gregorian day; "رمضان الماضي": the Gregorian month the last
    Ramadan that has ended began in (data file feasts.tsv)."""
    row = t["feasts"][_key(m["fe"])]
    month, day, precision = int(row["hijri_month"]), int(row["hijri_day"]), row["precision"]
    if pub is None:
        return None
    if precision == "month":  # the month must be over: the year is that of the next month's first day
        year = _hijri_year_before(month % 12 + 1, 1, pub)
        year = year - 1 if year is not None and month == 12 else year
    else:
        year = _hijri_year_before(month, day, pub - timedelta(days=int(row["offset"])))
    d = hijri_to_gregorian(year, month, day) if year is not None else None
    if d is None:
        return None
    d += timedelta(days=int(row["offset"]))
    value = d.replace(day=1) if precision == "month" else d
    return {"value": value.isoformat(), "precision": precision, "relative": True, "anchor": "hijri"}


def _anniversary(t: dict, m: re.Match, pub: date | None) -> dict:
    """"في مثل هذا اليوم من عام 2013" / "... قبل عامين": the article's day and month in the year named
    or counted back; with no year (or no article date) no day, and "هذا اليوم" is not read as today."""
    year = int(m["y"]) if m["y"] else pub.year + int(t["relative"][_key(m["back"])]["offset"]) \
        if m["back"] and pub else None
    d = _safe_date(year, pub.month, pub.day) if year and pub else None
    return {"value": d.isoformat() if d else "", "precision": "day", "relative": not m["y"],
            "anchor": "published" if d else ""}


def _day_of_month(t: dict, m: re.Match, pub: date | None) -> dict | None:
    """"في الثاني عشر من الشهر الجاري", "في 8 الجاري", "في الرابع من الشهر الماضي": a day of the
    article's month or of one counted from it ("الشهر" with no adjective is the article's)."""
    if pub is None:
        return {"value": "", "precision": "day", "relative": True, "anchor": ""}
    rel = m["rel"]
    if m["cur"] or not rel or rel in wordset("current_adjective"):
        shift = 0
    elif rel in wordset("past_adjective"):
        shift = -1
    elif rel in wordset("future_adjective"):
        shift = 1
    else:
        return None
    first = _add_months(pub, shift)
    d = _safe_date(first.year, first.month, _day_number(t, m))
    if d is None:
        return None
    attrs = {"value": d.isoformat(), "precision": "day", "relative": True, "anchor": "published"}
    if shift > 0:
        attrs["expected"] = True
    return attrs


def _last_weekday(pub: date, wd: int, strictly_before: bool) -> date:
    delta = (pub.weekday() - wd) % 7
    if strictly_before and delta == 0:
        delta = 7
    return pub - timedelta(days=delta)


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return date(y, m + 1, 1)


def _mention(art: Article, f, m: re.Match, sent: int, attrs: dict, rule: str) -> Mention:
    cj = m.groupdict().get("cj") or ""
    s, e = f.span(m.start() + len(cj), m.end())
    return Mention("date", s, e, art.raw[s:e], sent, attrs, rule)


def _resolve_relative(row: dict, wd: int | None, pub: date | None) -> tuple[str, str]:
    if pub is None:
        return "", ""
    off, unit = int(row["offset"]), row["unit"]
    if unit == "month":
        return _add_months(pub, off).isoformat(), "published"
    if unit == "year":
        return date(pub.year + off, 1, 1).isoformat(), "published"
    value = pub + timedelta(days=off)
    if wd is not None and value.weekday() != wd and off <= 0:
        value = _last_weekday(pub, wd, strictly_before=off < 0)  # trust the named weekday
    return value.isoformat(), "published"


def _absolute(t: dict, kind: str, m: re.Match, pub: date | None) -> dict | None:
    if kind in ("num_dmy", "num_ymd"):
        d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        return {"value": d.isoformat(), "precision": "day", "relative": False, "anchor": ""} if d else None
    if kind == "drel":
        return _day_of_month(t, m, pub)
    if kind == "anniv":
        return _anniversary(t, m, pub)
    if kind == "hijri":
        return _hijri(t, m, pub)
    if kind == "num_dm":
        month, day = int(m["m"]), int(m["d"])
        if not 1 <= month <= 12:
            return None
        year, anchor = _infer_year(month, day, m["rel"], pub)
        d = _safe_date(year, month, day) if year else None
        if year and d is None:
            return None
        return {"value": d.isoformat() if d else "", "precision": "day", "relative": False, "anchor": anchor}
    if kind == "dmy":
        month, day = t["months"][_key(m["m"])], _day_number(t, m)
        said = _year_said(t, m, pub)
        year, anchor = (int(m["y"]), "") if m["y"] else (said, "published") if said else \
            _infer_year(month, day, m["rel"], pub)
        d = _safe_date(year, month, day) if year else None
        if year and d is None:
            return None  # "31 من شباط" is not a date
        return {"value": d.isoformat() if d else "", "precision": "day", "relative": False,
                "anchor": anchor}
    if kind == "my":
        return {"value": f"{int(m['y']):04d}-{t['months'][_key(m['m'])]:02d}-01", "precision": "month",
                "relative": False, "anchor": ""}
    if kind == "mon":
        if not m["lead"] and not m["rel"] and not m["yrel"] and not m["ysame"]:
            return None
        year = _year_said(t, m, pub) or _month_year(t["months"][_key(m["m"])], m["rel"], pub)
        if year is None:
            return None
        return {"value": f"{year:04d}-{t['months'][_key(m['m'])]:02d}-01", "precision": "month",
                "relative": True, "anchor": "published"}
    if kind == "year":
        return {"value": f"{int(m['y']):04d}-01-01", "precision": "year", "relative": False, "anchor": ""}
    return None


def _gregorian_follows(kind: str, text: str, m: re.Match) -> bool:
    """"11 رمضان الموافق 11 آذار" (or the other way round): a Hijri day the text gives again in the
    Gregorian calendar is read from the Gregorian day (exact), not converted."""
    if kind != "hijri":
        return False
    after = " ".join(text[m.end():].split()[:2])
    before = " " + " ".join(text[:m.start()].split()[-2:])
    return any(after == w or after.startswith(w + " ") or before.endswith(" " + w) for w in wordlist("equivalent_word"))


DATELINE_PLACE_WORDS = 3  # words of the city (and country) before a dateline's day ("عمان، 21 أيار (أ ف ب) -")


@lru_cache(maxsize=1)
def _dateline_tail() -> re.Pattern:
    """What follows a dateline's day: an agency in parentheses, perhaps, and the dash that opens the story."""
    return re.compile(rf"\s*(?:\([^()]{{1,30}}\)\s*)?[{re.escape(''.join(marks('dateline_dash_marks')))}]")


def _dateline_date(kind: str, text: str, m: re.Match) -> bool:
    """"عمان، 21 أيار/مايو (أ ف ب) - قصفت القوات البلدة أمس": the day of a wire dateline at the sentence's
    start is the report's own (the article's), not its story's: it dates no event, and "أمس" after it is read
    against the article's day (task dates20)."""
    if kind not in ("dmy", "num_dmy", "num_dm") or not _dateline_tail().match(text, m.end()):
        return False
    head = text[:m.start()].strip()
    if not head:
        return True
    words = head.rstrip("".join(marks("comma_marks"))).split()
    return head[-1] in marks("comma_marks") and 0 < len(words) <= DATELINE_PLACE_WORDS


def _ordinal_of_period(text: str, m: re.Match) -> bool:
    """Is the match's day an ordinal that counts a longer period ("الأسبوع الأول من آذار": the
    first week, not the first day)? Then it names no day."""
    if not m.groupdict().get("do"):
        return False
    words = text[:m.start("do")].split()
    return bool(words) and words[-1] in wordset("period_noun")


def weekday_of(words: str) -> int | None:
    """The weekday (Monday=0) a date's text names alone, with at most a lead ("الخميس"، "يوم الخميس"،
    "مساء الخميس"), else None: a weekday with an adjective ("الخميس الماضي") or a day of the month is
    not named alone."""
    folded = fold_text(words).split()
    if folded and folded[0] in wordset("weekday_lead"):
        folded = folded[1:]
    return _tables()["weekdays"].get(folded[0]) if len(folded) == 1 else None


def _key(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def _weekday_attrs(wd: int, rel: str | None, pub: date | None) -> dict:
    """A weekday named alone is the last such day up to the article's ("الجمعة" in a Friday article is
    that day); "الجمعة الماضية" is the one before the article's day, "الجمعة المقبلة" the next one
    after it (expected)."""
    attrs: dict = {"value": "", "precision": "day", "relative": True, "anchor": "published" if pub else ""}
    if pub is None:
        return attrs
    if rel in wordset("future_adjective"):
        attrs["value"] = (pub + timedelta(days=(wd - pub.weekday() - 1) % 7 + 1)).isoformat()
        attrs["expected"] = True
    else:
        attrs["value"] = _last_weekday(pub, wd, strictly_before=rel in wordset("past_adjective")).isoformat()
    return attrs


def _day_before(found: list[tuple[int, Mention]], pos: int, last_day: date | None) -> date | None:
    """The day a text named last before ``pos``: earlier in the sentence, else in an earlier sentence.
    "في اليوم التالي" counts from it and "في اليوم ذاته" is it (neither is read against the article)."""
    prev = [(p, mm) for p, mm in found if p < pos and mm.attrs["value"]]
    if not prev:
        return last_day
    last = max(prev, key=lambda x: x[0])[1]
    return date.fromisoformat(last.attrs["value"]) if last.attrs["precision"] == "day" else last_day


def _named_earlier(found: list[tuple[int, Mention]], pos: int, kind: str, before: str | int | None) -> str | int | None:
    """The month ("2016-08") or the year "في الشهر ذاته"/"في العام نفسه" at ``pos`` points at: the last one named
    earlier in its own sentence ("طردت التنظيم من X في آب 2016، قبل أن تسيطر على Y في الشهر ذاته": August 2016,
    not a month of the sentence before), else ``before``, the last one an earlier sentence named (task read24a)."""
    prev = [(p, mm) for p, mm in found if p < pos and mm.attrs["value"] and not mm.attrs.get("expected")
            and not mm.attrs.get("anchor") and mm.attrs["precision"] in (("day", "month") if kind == "same_month"
                                                                        else ("day", "month", "year"))]
    if not prev:
        return before
    value = max(prev, key=lambda x: x[0])[1].attrs["value"]
    return value[:7] if kind == "same_month" else int(value[:4])


# the kinds that name a month ("في آذار الماضي", "في 5 نيسان 2016"), not a day counted from another ("أمس")
_MONTH_NAMING = ("date:mon", "date:my", "date:dmy", "date:drel", "date:num_dmy", "date:num_ymd", "date:num_dm",
                 "date:same_month", "date:same-month-day")


def _month_named_before(found: list[tuple[int, Mention]], pos: int, before: str | None) -> str | None:
    """The month ("2016-04") a day "of the same month" or "of it" at ``pos`` is of ("سيطرت عليها في نيسان 2016،
    ثم انسحبت منها في العاشر من الشهر ذاته"، "في آذار الماضي ... وفي 12 منه"): the last one the sentence named
    before it by a month's name, else ``before``, the last one an earlier sentence named (task misread26)."""
    prev = [(p, mm) for p, mm in found if p < pos and mm.rule in _MONTH_NAMING and mm.attrs["value"]
            and not mm.attrs.get("expected") and mm.attrs["precision"] in ("day", "month")]
    return max(prev, key=lambda x: x[0])[1].attrs["value"][:7] if prev else before


class _RelativeOnly:
    """The relative word of a "rel" match whose weekday a full date took ("صباح أمس الثلاثاء 4 نيسان": the
    dmy pattern read "الثلاثاء 4 نيسان"): the relative day stands alone, a mention of its own, so the aside
    between commas is all dates and the day "أمس" names is not lost (task probe21). Quacks as the match."""

    def __init__(self, m: re.Match) -> None:
        self._m = m

    def start(self) -> int:
        return self._m.start()

    def end(self) -> int:
        return self._m.end("r")

    def span(self) -> tuple[int, int]:
        return self.start(), self.end()

    def group(self, *names):
        return self._m.string[self.start():self.end()] if names in ((), (0,)) else self._m.group(*names)

    def __getitem__(self, name):
        return None if name == "wd" else self._m[name]

    def groupdict(self) -> dict:
        return {**self._m.groupdict(), "wd": None}


def read_dates(article: Article) -> Article:
    """Append date mentions; infer ``article.published`` first when it is missing."""
    if not article.published:
        infer_published(article)
    pub = _parse_published(article.published)
    t = _tables()
    last_day: date | None = None
    started: date | None = None  # the last day named as a start ("بدأت العملية يوم السبت")
    counted: date | None = None  # the start of the last operation whose days the text counted
    years: dict[int, int] = {}  # month -> the year the article last named it with ("في آب 2012")
    last_year: int | None = None  # the year the text wrote out last ("في آب 2023"): "من العام نفسه" is it
    last_month: str | None = None  # the month the text named last ("2016-12"): "في الشهر ذاته" is it
    named_month: str | None = None  # the month the text named by its name last: "وفي 12 منه" is a day of it
    named_at = -2  # the index of the sentence that named it: "ففي التاسع من الشهر" right after is a day of it
    back = anniversary_years(article)  # "في الذكرى الأولى لسقوط النظام": the story is that many years back
    bits, patterns = _kind_bits(), _patterns()
    ordinal, ordinal_day = bits["ordinal"], sum(bits[k] for k in _ORDINAL_DAY)
    for sent in article.sentences:
        f = sentence_folds(article.raw, sent.start, sent.end)
        taken: list[tuple[int, int]] = []
        found: list[tuple[int, Mention]] = []
        opdays: list[re.Match] = []
        # _finditer's word tests of this sentence, for every kind, read off the sentence's tokens
        # (and where each kind's scan may start: the words before the first that holds a word of it cannot begin
        # a match, task speed41)
        triples = spans(tokens_of(article, sent))
        present, first = gate_firsts([w for _, _, w in triples])
        # "في العاشر من الشهر ذاته": kept from the article's month ("drel"), read once the months are
        same_days = [m for m in _finditer("dsame", f.text, present, first, triples)
                     if m["lead"] or not m["pron"]]
        taken.extend(m.span() for m in same_days)

        def free(m: re.Match, taken: list[tuple[int, int]] = taken) -> bool:
            return not any(a < m.end() and m.start() < b for a, b in taken)

        # the absolute patterns but _WORDS_ONLY need a digit: most sentences name none and skip those scans
        digits = bool(present & DIGIT_BIT)  # (a digit is a word character: the gate's runs hold it)
        if not digits and not present & ordinal:
            present &= ~ordinal_day  # a day needs a figure or an ordinal word
        kinds = _ABSOLUTE if digits else _WORDS_ONLY
        for kind in kinds:
            bit = bits.get(kind)  # (_finditer's gate read here: most kinds' words are not in the sentence)
            if bit is not None and not present & bit:
                continue
            for m in patterns[kind].finditer(f.text, scan_start(kind, first, triples)):
                if not free(m):
                    continue
                if _dateline_date(kind, f.text, m):
                    taken.append(m.span())  # (its weekday is not read again alone)
                    continue
                attrs = None if _ordinal_of_period(f.text, m) or _gregorian_follows(kind, f.text, m) \
                    else _absolute(t, kind, m, pub)
                if attrs is None:
                    continue
                attrs = _in_story_year(kind, m, _in_named_year(kind, m, attrs, years), back, pub)
                if m.groupdict().get("ysame"):
                    attrs = {**attrs, "anchor": SAME_YEAR}  # resolved once the sentence's years are read
                taken.append(m.span())
                found.append((m.start(), _mention(article, f, m, sent.index, attrs, f"date:{kind}")))
        for m in _finditer("feast", f.text, present, first, triples):
            if free(m) and (attrs := _feast(t, m, pub)) is not None:
                taken.append(m.span())
                found.append((m.start(), _mention(article, f, m, sent.index, attrs, f"date:feast:{_key(m['fe'])}")))
        for m in _finditer("opday", f.text, present, first, triples):
            if not free(m):
                continue
            taken.append(m.span())
            opdays.append(m)  # counted once the sentence's other dates are read (a weekday may name it)
        counts = [m for m in _finditer("daycount", f.text, present, first, triples) if free(m)]
        taken.extend(m.span() for m in counts)  # not "اليوم" (today) followed by an ordinal
        for kind, shift in (("next", 1), ("same", 0), ("prev", -1)):
            for m in _finditer(kind, f.text, present, first, triples):
                if free(m):
                    base = _day_before(found, m.start(), last_day)
                    taken.append(m.span())
                    found.append((m.start(), _mention(article, f, m, sent.index, {
                        "value": (base + timedelta(days=shift)).isoformat() if base else "", "precision": "day",
                        "relative": True, "anchor": base.isoformat() if base else ""}, f"date:{kind}-day")))
        for m in same_days:
            month = _month_named_before(found, m.start(), named_month)
            d = _safe_date(int(month[:4]), int(month[5:7]), _day_number(t, m)) if month else None
            if d is not None:
                found.append((m.start(), _mention(article, f, m, sent.index, {
                    "value": d.isoformat(), "precision": "day", "relative": True, "anchor": "named before"},
                    "date:same-month-day")))
        for kind, before in (("same_month", last_month), ("same_year", last_year)):
            for m in _finditer(kind, f.text, present, first, triples):
                last = _named_earlier(found, m.start(), kind, before)
                if free(m) and last is not None:
                    taken.append(m.span())
                    value = f"{last}-01" if kind == "same_month" else f"{last:04d}-01-01"
                    found.append((m.start(), _mention(article, f, m, sent.index, {
                        "value": value, "precision": "month" if kind == "same_month" else "year", "relative": True,
                        "anchor": "named before"}, f"date:{kind}")))
        for m in _finditer("rel", f.text, present, first, triples):
            wd_taken = not free(m) and m["wd"] is not None and free(_RelativeOnly(m))
            if not free(m) and not wd_taken:
                continue
            if _before_a_happening(f.text, m) or _outlet_name(f.text, m):
                taken.append(m.span())
                continue
            m = _RelativeOnly(m) if wd_taken else m  # "صباح أمس الثلاثاء 4 نيسان": the weekday is the full date's
            row = t["relative"][_key(m["r"])]
            wd = t["weekdays"][m["wd"]] if m["wd"] else None
            value, anchor = _resolve_relative(row, wd, pub)
            attrs = {"value": value, "precision": row["precision"], "relative": True, "anchor": anchor}
            if row["expected"] == "1":
                attrs["expected"] = True
            taken.append(m.span())
            found.append((m.start(), _mention(article, f, m, sent.index, attrs, f"date:relative:{m['r']}")))
        for m in _finditer("weekday", f.text, present, first, triples):
            if not free(m) or (f.text[max(0, m.start() - 6):m.start()].endswith(_after_prayer()) and not m["rel"]):
                continue  # ("خلال صلاة الجمعة الماضية": with its adjective the prayer's weekday is a day)
            attrs = _weekday_attrs(t["weekdays"][m["wd"]], m["rel"], pub)
            attrs = _story_weekday(t["weekdays"][m["wd"]], m["rel"], attrs, back,
                                   _day_before(found, m.start(), last_day), pub)
            taken.append(m.span())
            found.append((m.start(), _mention(article, f, m, sent.index, attrs, "date:weekday")))
        for m in opdays:
            n = int(m["n"]) if m["n"] else t["ordinals"][_key(m["o"])]
            attrs = _operation_day(n, m.start(), found, started or counted)
            found.append((m.start(), _mention(article, f, m, sent.index, attrs, "date:operation-day")))
            if attrs.get("operation_start"):
                counted = date.fromisoformat(attrs["operation_start"])
        for m in counts:
            found.append((m.start(), _mention(article, f, m, sent.index, _counted_day(t, m, counted or started),
                                              "date:operation-day-count")))
        for pos, mm in sorted(found, key=lambda x: x[0]):
            _eve_or_morrow(f.text, pos, mm)
            if named_month is not None and sent.index - named_at <= 1:
                _of_month_named(mm, named_month, pub)
            _in_same_year(mm, last_year)
            article.mentions.append(mm)
            if mm.rule in _YEAR_NAMING + ("date:year",) and mm.attrs["value"] and not mm.attrs.get("anchor"):
                last_year = int(mm.attrs["value"][:4])
            if mm.rule in _YEAR_NAMING and mm.attrs["value"] and not mm.attrs.get("anchor"):
                years[int(mm.attrs["value"][5:7])] = int(mm.attrs["value"][:4])
            if mm.attrs["value"] and mm.attrs["precision"] in ("day", "month") and not mm.attrs.get("expected"):
                last_month = mm.attrs["value"][:7]
                if mm.rule in _MONTH_NAMING:
                    named_month, named_at = last_month, sent.index
            if mm.attrs["value"] and mm.attrs["precision"] == "day":
                last_day = date.fromisoformat(mm.attrs["value"])
                if _after_start_word(f.text, pos):
                    started = last_day
    return article


REPORT_MONTHS = 3  # months before the article's a report's month may be ("التقرير الشهري" on the month before)


def _of_month_named(mm: Mention, named_month: str, pub: date | None) -> None:
    """"وثق الفريق خلال تشرين الأول 2013 مقتل 63 مدنياً. ففي التاسع من الشهر، ألقت مروحية ...": a day "of the
    month", no adjective, told in the sentence that named a month by its name or the one after it, is a day of
    that month (a monthly report on the month before its date), not of the article's month. Only a month of the
    few before the article's: a month long past named in a background sentence is no report's (task date38)."""
    if mm.rule != "date:drel" or pub is None or not mm.attrs.get("value") or mm.attrs.get("expected") \
            or fold_text(mm.text).split()[-1] not in wordset("month_definite"):
        return
    year, month = int(named_month[:4]), int(named_month[5:7])
    back = (pub.year - year) * 12 + pub.month - month
    d = _safe_date(year, month, int(mm.attrs["value"][8:10])) if 0 < back <= REPORT_MONTHS else None
    if d is not None:
        mm.attrs.update(value=d.isoformat(), anchor="named before")


_YEAR_NAMING = ("date:my", "date:dmy", "date:num_dmy", "date:num_ymd")  # the kinds that may write a year out

SAME_YEAR = "same year"  # the anchor of a date said to be of the year named before ("من العام نفسه")


def _in_same_year(mm: Mention, last_year: int | None) -> None:
    """"اندلعت المواجهات في آب 2023 ... قبل أن تستعيدها في أيلول من العام نفسه": a month (or day) said to be
    of "the same year" is in the year the text wrote out last, not the one before the article's date."""
    if mm.attrs.get("anchor") != SAME_YEAR or last_year is None or not mm.attrs.get("value"):
        return
    v = mm.attrs["value"]
    d = _safe_date(last_year, int(v[5:7]), int(v[8:10]))
    if d is not None:
        mm.attrs.update(value=d.isoformat(), anchor="named year")


def _in_named_year(kind: str, m: re.Match, attrs: dict, years: dict[int, int]) -> dict:
    """"المتهم باقتحام داريا في آب 2012 ... ثم اقتحمتها في الخامس والعشرين من آب": a day or a month named
    without a year, after the article named that month with its year, is in that year (a trial's, a profile's
    or a timeline's story), not the one before the article's date."""
    groups = m.groupdict()
    if kind not in ("dmy", "mon") or groups.get("y") or groups.get("rel") or groups.get("yrel") \
            or groups.get("ysame") or not attrs.get("value"):
        return attrs
    month, day = int(attrs["value"][5:7]), int(attrs["value"][8:10])
    year = years.get(month)
    d = _safe_date(year, month, day) if year is not None else None
    if d is None or d.year == int(attrs["value"][:4]):
        return attrs
    return {**attrs, "value": d.isoformat(), "anchor": "named year"}


@lru_cache(maxsize=1)
def _of_happening() -> re.Pattern:
    """The preposition "من" (wordset origin_from_preposition) after a span, and the word after it."""
    return re.compile(rf"\s+(?:{_set('origin_from_preposition')})\s+(\w+)")


QUOTES = marks("outlet_quote_marks")  # the marks that may enclose an outlet's name
OUTLET_NAME_WORDS = 2  # words of a quoted outlet's name before its relative word ("درعا الآن")


def _outlet_name(text: str, m: re.Match) -> bool:
    """"وقال مراسل الغد إن ..."، "نقل موقع "درعا الآن" عن شهود": a relative day right after a media noun (wordsets
    outlet_noun and outlet_reporter_noun, a clitic و/ل/ب/ف stripped, a quote between at most), or closing a quoted name of two words at
    most after one, names an outlet: it dates nothing (task date38). "قال مراسلنا اليوم" is the reporter's day:
    "مراسلنا" is no bare media noun."""
    words = text[max(0, m.start() - 80):m.start()].split()
    while words and not words[-1].strip(QUOTES):  # 'قناة "الغد"': the quote opening the name
        words.pop()
    if not words:
        return False
    before = words[-1]
    after = text[m.end():m.end() + 1]
    if after and after in QUOTES:  # 'موقع "درعا الآن"': the name's last word
        back = next((n for n in range(1, min(OUTLET_NAME_WORDS, len(words)) + 1) if words[-n][:1] in QUOTES), None)
        before = words[-back - 1] if back is not None and back < len(words) else before
    before = before.strip(QUOTES)
    outlets = wordset("outlet_noun") | wordset("outlet_reporter_noun")
    return before in outlets or before.startswith(wordlist("possessor_clitic")) and before[1:] in outlets


def _before_a_happening(text: str, m: re.Match) -> bool:
    """"غادروا البلدة قبل ساعات من دخول الجيش": a span before or after (wordset time_ago_lead) followed by "من"
    and a happening (wordset happening_after_span) counts from that happening, not from the article's day: it
    dates nothing ("قبل يومين من قرية X" names where people left: still two days back; task read18b)."""
    if m["r"].split()[0] not in wordset("time_ago_lead") or not (of := _of_happening().match(text, m.end())):
        return False
    return of[1] in wordset("happening_after_span")


def _eve_or_morrow(text: str, pos: int, mm: Mention) -> None:
    """"عشية الأحد" is the Saturday, "غداة الأحد" (or "بعد يوم من الأحد") the Monday: a day named right
    after the words of the eve or the morrow of something is moved to that day (the extractor then
    does not move the event again: extract/when.py). Changes ``mm`` in place."""
    if not mm.attrs.get("value") or mm.attrs.get("precision") != "day":
        return
    head = " ".join(text[:pos].split()[-5:]) + " "
    if _past_midnight(head, mm):
        mm.attrs["value"] = (date.fromisoformat(mm.attrs["value"]) + timedelta(days=1)).isoformat()
        mm.rule += "+past-midnight"
        return
    for name, shift in (("day_before_noun", -1), ("day_after_noun", 1)):
        if any(head.endswith(" " + w + " ") or head == w + " " for w in wordlist(name)):
            day = date.fromisoformat(mm.attrs["value"]) + timedelta(days=shift)
            mm.attrs["value"] = day.isoformat()
            mm.rule += "+eve" if shift < 0 else "+morrow"
            return


def _past_midnight(head: str, mm: Mention) -> bool:
    """"بعد منتصف ليل الاثنين": a night named by its evening's day, after the words of "past midnight", is the
    next day's small hours (task dates20); "منتصف ليل الاثنين" alone is left to the evening's day."""
    night = fold_text(mm.text).split()[:1]
    return bool(night) and night[0] in wordset("night_noun") \
        and any(head.endswith(" " + w + " ") or head == w + " " for w in wordlist("after_midnight"))


START_REACH = 8  # words before a day that a start word governing it may stand


def _after_start_word(text: str, pos: int) -> bool:
    """Does a start word ("بدأت", "انطلقت") stand a few words before ``pos`` in its clause? The day named
    there is when something began ("بدأت عملية الإجلاء من البلدة يوم السبت")."""
    clause = re.split(rf"[{_commas()}]", text[:pos])[-1]
    return any(w in wordset("operation_start_word") for w in clause.split()[-START_REACH:])


def _counted_day(t: dict, m: re.Match, start: date | None) -> dict:
    """"وفي اليوم الثالث": day N of the operation whose days the text counted before (or whose start it
    named); with none, no day ("اليوم" here is not today)."""
    n = int(m["n"]) if m["n"] else t["ordinals"][_key(m["o"])]
    value = start + timedelta(days=n - 1) if start else None
    return {"value": value.isoformat() if value else "", "precision": "day", "relative": True,
            "anchor": f"operation start {start.isoformat()}" if start else "", "day_of_operation": n}


def _operation_day(n: int, pos: int, found: list[tuple[int, Mention]], started: date | None) -> dict:
    """Day ``n`` of an operation ("اليوم الثاني لعملية الإجلاء") and the day it began: counted from a
    day named after it in the sentence (its start: "... التي بدأتها الفصائل يوم 27 من تشرين الثاني");
    else it is the day named before it in the sentence ("يوم الأحد ... في اليوم الثاني لعملية
    إجلاء": the operation began on Saturday); else it counts from the start an earlier sentence named
    ("بدأت عملية الإجلاء يوم السبت")."""
    days = [(p, mm) for p, mm in found if mm.attrs["value"] and mm.attrs["precision"] == "day"]
    after = next((mm for p, mm in days if p > pos), None)
    before = [mm for p, mm in days if p < pos]
    start = value = None
    if after is not None:
        start = date.fromisoformat(after.attrs["value"])
        value = start + timedelta(days=n - 1)
    elif before:
        value = date.fromisoformat(before[-1].attrs["value"])
        start = value - timedelta(days=n - 1)
    elif started is not None:
        start = started
        value = start + timedelta(days=n - 1)
    attrs = {"value": value.isoformat() if value else "", "precision": "day", "relative": True,
             "anchor": f"operation start {start.isoformat()}" if start else "", "day_of_operation": n}
    if start is not None:
        attrs["operation_start"] = start.isoformat()
    return attrs


def infer_published(article: Article) -> str | None:
    """Guess the article date from its text when it came without one.

    A full date (with year) near the top, next to a weekday or "اليوم", is the dateline; otherwise the
    latest full date the text mentions. Marks ``meta["published_inferred"]``.
    """
    pats, t = _patterns(), _tables()
    dateline: date | None = None
    latest: date | None = None
    for i, sent in enumerate(article.sentences or []):
        f = sentence_folds(article.raw, sent.start, sent.end)
        for kind in ("dmy", "num_dmy", "num_ymd"):
            for m in pats[kind].finditer(f.text):
                attrs = _absolute(t, kind, m, None) if m["y"] else None
                if not attrs or not attrs["value"]:
                    continue
                d = date.fromisoformat(attrs["value"])
                near = f.text[max(0, m.start() - 12):m.start()]
                if dateline is None and i < 3 and (m.groupdict().get("wd") or any(w in near for w in wordlist("today"))):
                    dateline = d
                latest = max(latest, d) if latest else d
    best = dateline or latest
    if best is None:
        return None
    article.published = best.isoformat()
    article.meta["published_inferred"] = True
    article.meta["published_basis"] = "text"
    return article.published


DATELINE_SENTENCES = 4  # where an undated report states its own day ("ذكرت الوكالة، الجمعة 6 من كانون الأول، أن")
DATELINE_REACH = 10  # days a dateline may lie from the reference its story gives


def dateline_day(article: Article, reference: date) -> date | None:
    """The day an undated article states near its top as a weekday with a day and month and no year
    ("السبت 7 من كانون الأول"): the weekday fixes the year, the one that puts that weekday on that
    day within a few days of ``reference`` (the day its story's dated reports give). None when the
    text names no such day or none fits."""
    t = _tables()
    for sent in article.sentences[:DATELINE_SENTENCES]:
        f = sentence_folds(article.raw, sent.start, sent.end)
        for m in _finditer("dmy", f.text):
            if not m["wd"] or m["y"] or _ordinal_of_period(f.text, m):
                continue
            month, day, wd = t["months"][_key(m["m"])], _day_number(t, m), t["weekdays"][m["wd"]]
            for y in (reference.year, reference.year - 1, reference.year + 1):
                d = _safe_date(y, month, day)
                if d and d.weekday() == wd and abs((d - reference).days) <= DATELINE_REACH:
                    return d
    return None


def resolve_against(text: str, reference: date) -> tuple[str, str] | None:
    """(ISO value, precision) of a relative date expression (``"أمس الجمعة"``, ``"يوم السبت"``) read
    against ``reference``, by the same rules as :func:`read_dates`; None when it is not one.

    The linker uses it to date an undated report once the dated reports of its story give a reference
    (the per-article reader had no article date to resolve against)."""
    t, pats = _tables(), _patterns()
    folded = " ".join(fold_text(text).split())
    if m := pats["rel"].search(folded):
        row = t["relative"][_key(m["r"])]
        if row["expected"] == "1":
            return None
        wd = t["weekdays"][m["wd"]] if m["wd"] else None
        value, _ = _resolve_relative(row, wd, reference)
        return (value, row["precision"]) if value else None
    if m := pats["weekday"].search(folded):
        attrs = _weekday_attrs(t["weekdays"][m["wd"]], m["rel"], reference)
        return None if attrs.get("expected") else (attrs["value"], "day")
    return None


def anniversary_years(article: Article) -> int:
    """How many years back an anniversary piece tells its story: "في الذكرى الأولى لسقوط النظام،
    التقينا ..." at the article's top (its first sentence) is 1; 0 for any other article."""
    if not article.sentences:
        return 0
    first = article.sentences[0]
    text = sentence_folds(article.raw, first.start, first.end).text
    m = _anniversary_lead().search(text)
    return _tables()["ordinals"][_key(m["o"])] if m else 0


@lru_cache(maxsize=1)
def _anniversary_lead() -> re.Pattern:
    """The anniversary noun, an optional "السنوية", an ordinal and the ل of what it remembers."""
    ords = _alt(list(_tables()["ordinals"]))
    return re.compile(rf"(?<!\S)(?:{_set('anniversary_noun')})\s+(?:(?:{_set('annual_adjective')})\s+)?"
                      rf"(?P<o>{ords})\s+(?:{_set('anniversary_of')})")


def _in_story_year(kind: str, m: re.Match, attrs: dict, back: int, pub: date | None) -> dict:
    """"في الذكرى الأولى ... صباح الخامس من كانون الأول" in a December 2025 article is December 2024: in an
    anniversary piece a day or month without a year (nor a year named before for that month) is in the year
    that puts it nearest the anniversary's day, ``back`` years before the article's."""
    groups = m.groupdict()
    if not back or pub is None or kind not in ("dmy", "mon") or groups.get("y") or groups.get("rel") \
            or groups.get("yrel") or groups.get("ysame") or not attrs.get("value") or attrs.get("anchor") == "named year":
        return attrs
    then = _safe_date(pub.year - back, pub.month, min(pub.day, 28))
    month, day = int(attrs["value"][5:7]), int(attrs["value"][8:10])
    near = [d for y in (pub.year - back - 1, pub.year - back, pub.year - back + 1)
            if (d := _safe_date(y, month, day)) is not None and then is not None]
    if not near:
        return attrs
    d = min(near, key=lambda x: abs((x - then).days))
    return {**attrs, "value": d.isoformat(), "anchor": "anniversary year"}


def _story_weekday(wd: int, rel: str | None, attrs: dict, back: int, last_day: date | None,
                   pub: date | None) -> dict:
    """"وصلنا إلى الرستن ظهر السبت" after the story's "الخامس من كانون الأول" (a Thursday) of an anniversary
    piece: a weekday named alone is the first such day from the story's last day on, not the article's week."""
    if not back or rel or last_day is None or pub is None or last_day.year > pub.year - back:
        return attrs
    return {**attrs, "value": (last_day + timedelta(days=(wd - last_day.weekday()) % 7)).isoformat(),
            "anchor": "story day"}
