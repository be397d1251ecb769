"""Sentence and clause segmentation that keeps original offsets.

Sentences end at . ! ? ؟ (followed by space, a closing quote, the end of the line or, with no space, an Arabic
letter) and at line ends;
a full stop between digits ("2.5"), inside a short quotation or after a name's initial ("منذر ح. في") does not end one. A line with no final
punctuation and few words is a headline or subheading: it becomes one sentence marked ``is_heading`` (a line
ending in a comma is body text that goes on), unless the text has no body line at all (a one-line flash).
Clauses split a sentence at ، ؛ , ; and at a spaced dash, so readers can keep a trigger and its
arguments together.

A "sentence" longer than :data:`MAX_SENTENCE_CHARS` (a page without punctuation, a pasted table, a
hostile input) is cut into pieces of at most that length, at a clause mark when there is one in the
window, else at a space: the readers look at a sentence as a whole, so an unbounded sentence would
make every later stage quadratic in the length of the input. Real news sentences stay far below it.
"""
from __future__ import annotations

import bisect
import re

from ..model import Article, Sentence
from ..read.wordsets import marks, wordset
from .normalize import fold_text
from .tokens import tokenize

# a full stop, then a space, the end, or an Arabic letter with no space ("الذخيرة".واشار")
_END = re.compile(r"[.!?؟]+[\"'”»’)]*(?=\s|$|[\u0621-\u064a])")
# a clause separator: a comma or semicolon with the spaces around it, or a dash between spaces. Written to
# begin with one character class (the separator, or the first space before one), which the regex engine
# uses to skip to the next candidate in C; "\s*[،؛,;]\s*|\s+[-–—]\s+" (the same matches, tested on every
# gold and own text) was tried at every letter of every sentence. A comma between digits ("2,300 عائلة") is a
# thousands separator, not a clause break
_CLAUSE = re.compile(r"[\s،؛,;](?:(?<=[،؛,;])(?!(?<=\d,)\d)\s*|\s*[،؛,;]\s*|\s*[-–—]\s+)")
_QUOTES = (("“", "”"), ("«", "»"), ('"', '"'))
HEADING_MAX_WORDS = 16
MAX_SENTENCE_CHARS = 1500  # the longest gold sentence is ~1,100 characters
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_OPENING = "([«\"“"  # an opening bracket or quote right before a byline's initial: "(م. ح)"
_SOFT_BREAK = re.compile(r"[،؛,;:]\s|\s")


def _quote_spans(line: str) -> list[tuple[int, int]]:
    spans = []
    for op, cl in _QUOTES:
        i = 0
        while True:
            a = line.find(op, i)
            if a < 0:
                break
            b = line.find(cl, a + 1)
            if b < 0:
                break
            if b - a < 300:
                spans.append((a, b + 1))
            i = b + 1
    return spans


def _in_quote(pos: int, quotes: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether ``pos`` falls inside a quotation. Quotes are shorter than 300 characters and sorted
    by start, so only those starting in the 300 characters before ``pos`` are looked at."""
    lo, hi = bisect.bisect_left(starts, pos - 300), bisect.bisect_left(starts, pos)
    return any(a < pos < b - 1 for a, b in quotes[lo:hi])


def _split_line(line: str) -> list[tuple[int, int]]:
    """(start, end) sentence spans inside one line, trimmed of spaces; none longer than the cap."""
    quotes = sorted(_quote_spans(line))
    starts = [a for a, _ in quotes]
    cuts = []
    for m in _END.finditer(line):
        end = m.end()
        if m.group().startswith(".") and 0 < m.start() and line[m.start() - 1].isdigit() \
                and end < len(line) and line[end:end + 1].isdigit():
            continue
        if quotes and _in_quote(m.start(), quotes, starts):
            continue
        if _initial(line, m.start(), end) or _dot_word(line, m.start(), end):
            continue
        cuts.append(end)
    spans, prev = [], 0
    for c in cuts + [len(line)]:
        seg = line[prev:c]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            spans.extend(_cap(line, prev + lead, prev + len(seg.rstrip())))
        prev = c
    return spans


_WORD = re.compile(r"[\u0621-\u064a]+")


def _dot_word(line: str, stop: int, end: int) -> bool:
    """"الجزيرة.نت"، "عنب بلدي.نت": a stop between a word and a web outlet's dot-word, with no space on either side, is
    part of the outlet's name, not a sentence's end (wordsets.tsv outlet_dot_word); "التمانعة.ونقلت" still ends one
    (task tolls42)."""
    if line[stop:end] != "." or stop < 1 or not _ARABIC_LETTER.fullmatch(line[stop - 1]):
        return False
    m = _WORD.match(line, end)
    return m is not None and fold_text(m.group()) in wordset("outlet_dot_word")


def _initial_after(line: str, end: int) -> bool:
    """A one-letter Arabic word right after a full stop and its space, then a stop, a bracket, a comma or a space:
    the initial of a family name after a first name ("محمد. ع إن"، "أحمد. ع.،"); not a loose "و" ("البلدة. و سيطر":
    wordsets.tsv loose_conjunction). The marks that may follow: initial_end_marks."""
    if end + 2 >= len(line) or not line[end].isspace():
        return False
    letter, after = line[end + 1], line[end + 2]
    return bool(_ARABIC_LETTER.fullmatch(letter)) and letter not in wordset("loose_conjunction") \
        and (after.isspace() or after in marks("initial_end_marks"))


def _initial(line: str, stop: int, end: int) -> bool:
    """"العميد منذر ح. في قرية X"، "قال د. سامر"، "(م. ح)": a full stop after a one-letter Arabic word (after a
    space or an opening bracket) is a name's initial or a title's abbreviation, not a sentence's end, when the
    line goes on after it; so is one before it ("قال محمد. ع إن": a first name, then the initial of the family
    name; task left25). Not after a number ("عام 2012 م."، "1446 هـ."): there the letter is an era's."""
    if line[stop:end] != "." or stop < 1 or end >= len(line):
        return False
    if _initial_after(line, end):
        return True
    if not _ARABIC_LETTER.fullmatch(line[stop - 1]):
        return False
    if stop >= 2 and not (line[stop - 2].isspace() or line[stop - 2] in _OPENING):
        return False
    before = line[:max(0, stop - 2)].rstrip().rsplit(maxsplit=1)
    return bool(before) and not before[-1][-1].isdigit()


def _cap(line: str, a: int, b: int, limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """``line[a:b]`` in pieces of at most ``limit`` characters, cut at the last clause mark or space
    of each window (a hard cut only inside a run of ``limit`` characters without a space)."""
    out: list[tuple[int, int]] = []
    while b - a > limit:
        clause = space = None
        for m in _SOFT_BREAK.finditer(line, a + limit // 2, a + limit):
            if m.group()[0].isspace():
                space = m.end()
            else:
                clause = m.end()
        cut = clause or space or a + limit
        end = cut
        while end > a and line[end - 1].isspace():
            end -= 1
        if end > a:
            out.append((a, end))
        a = cut
        while a < b and line[a].isspace():
            a += 1
    if b > a:
        out.append((a, b))
    return out


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans of text[start:end] (absolute offsets)."""
    out, prev = [], start
    for m in _CLAUSE.finditer(text, start, end):
        if m.start() > prev:
            out.append((prev, m.start()))
        prev = m.end()
    if prev < end:
        out.append((prev, end))
    return out


# "18:05 عاجل | اشتباكات في ..."، "19:30 - ...": a line led by a clock time is an update of a ticker or a live page
_TIMED_LINE = re.compile(r"\s*\d{1,2}[:.]\d{2}(?!\d)")


def is_heading_line(line: str) -> bool:
    """A short line without final punctuation (a headline or subheading); not a line led by a clock time:
    a TV ticker's or a live page's timed update tells its event without a full stop (task probe18)."""
    s = line.strip()
    return bool(s) and not _ends_with_stop(s) and len(s.split(maxsplit=HEADING_MAX_WORDS)) <= HEADING_MAX_WORDS \
        and not _TIMED_LINE.match(s)


# "عاجل | ..."، "عاجل: ...": the word that leads a line, then the separator a ticker puts after its mark
_LEAD_MARK = re.compile(r"\s*(\S+?)\s*[|:\-–—]")
TICKER_MIN_LINES = 2  # lines led by a ticker mark that make a text a ticker transcript, not one flash headline


def is_ticker_line(line: str) -> bool:
    """A line led by a breaking-news mark and a separator ("عاجل | اشتباكات في ..."): one update of a TV
    ticker or a live page (the marks: wordsets.tsv ticker_mark)."""
    m = _LEAD_MARK.match(line)
    return bool(m) and fold_text(m.group(1)) in wordset("ticker_mark")


def _ticker_text(raw: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the body is a ticker transcript: several lines led by a ticker mark. Each such line tells its
    own event without a full stop, so it is body, not a headline (task read14); one "عاجل: ..." line over
    a body is still the headline the body retells."""
    lines = (line for s0, e0 in spans for line in raw[s0:e0].split("\n"))
    return sum(map(is_ticker_line, lines)) >= TICKER_MIN_LINES


def _ends_with_stop(s: str) -> bool:
    """Whether ``s`` ends with . ! ? ؟ : or a comma followed only by non-word characters; a backward walk,
    where the regex ``[.!?؟:]\\W*$`` would be quadratic on a long run of punctuation."""
    for ch in reversed(s):
        if ch in ".!?؟:،,":  # a line ending in a comma goes on in the next: body text, not a heading
            return True
        if ch.isalnum() or ch == "_":
            return False
    return False


def segment(article: Article) -> Article:
    """Fill ``article.sentences`` from the kept body spans of ``article.raw``, each with its tokens
    (:mod:`tawatur.clean.tokens`: the one token layer the readers and the extractor read)."""
    raw = article.raw
    spans = article.body_spans or [(0, len(raw))]
    sentences: list[Sentence] = []
    para = 0
    ticker = _ticker_text(raw, spans)
    for s0, e0 in spans:
        # a body span may hold several lines (plain text fed without cleaning)
        pos = s0
        for line in raw[s0:e0].split("\n"):
            lstart = pos
            pos += len(line) + 1
            if not line.strip():
                continue
            heading = is_heading_line(line) and not (ticker and is_ticker_line(line))
            for a, b in _split_line(line):
                a, b = lstart + a, lstart + b
                sentences.append(Sentence(
                    index=len(sentences), start=a, end=b, text=raw[a:b], is_heading=heading,
                    paragraph=para, clauses=clauses(raw, a, b), tokens=tokenize(raw, a, b)))
            para += 1
    article.sentences = _no_body_no_heading(sentences)
    return article


def _no_body_no_heading(sentences: list[Sentence]) -> list[Sentence]:
    """A text made only of headline-like lines (a one-line flash, "عاجل: ..." with no body under it) is its
    own report: a headline adds nothing only when a body tells it, so with no body its lines are read as body."""
    if sentences and all(s.is_heading for s in sentences):
        for s in sentences:
            s.is_heading = False
    return sentences
