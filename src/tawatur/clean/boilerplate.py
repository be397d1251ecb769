"""Page furniture out, article body in: a general line classifier over ``Article.raw``.

News pages copied as text carry more than the report: section labels, a dateline, image captions,
share and follow lines, correction footers, comment policies and blocks of links to other stories
("الأكثر قراءة", "اقرأ أيضا", "Read Next") with their headlines and timestamps. Events found there would
be false, so each such line is removed, and recorded with its reason in ``Article.removed`` so a user
can audit the cut. The classifier uses cue lists (``data/clean/cues.json``) and structure (position
before the body, line length, sentence punctuation, blank-line isolation, what follows a cue), never
one site's exact strings. Short lines between body paragraphs are kept: they are in-body subheadings.

:func:`clean_article` is a pure function of one article. Furniture repeated across pages of one outlet
is found beforehand and passed in ``meta``: by :class:`RepeatedLines` on every corpus path (analyze,
ingest, watch, the API; counts kept per outlet, so batches do not change the result), or by
:func:`mark_repeated_lines` over one batch (``tawatur clean``).
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

from ..model import Article, RemovedLine
from ..read.wordsets import marks
from .normalize import fold_text
from .segment import TICKER_MIN_LINES, is_ticker_line

# a line's key is its runs of word characters (and "+"), joined by one space: the words left when every
# other run is made a space and the text split (no word character is a space: checked over every code
# point), found in one pass
_WORD_RUN = re.compile(r"[\w+]+")
# bullets, arrows and rules trimmed off a line's two ends (its spaces made single first, so a space is
# the only white space left): str.lstrip / rstrip of these, as the regex
# "^[\s•·▪►◄■●*|»«>\-–—_]+|[\s•·▪►◄■●*|»«<_]+$" did with a scan of every position
_EDGE_LEAD = " •·▪►◄■●*|»«>-–—_"
_EDGE_TAIL = " •·▪►◄■●*|»«<_"
_SENT_END = re.compile(r"[.!؟?]+[\"'”»’)]*\s*$")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
_TOKEN_SEP = re.compile(r"[\s,،|/\-–—:()\[\].]+")

TITLE_MAX_WORDS = 30
# "حلب، 3 آذار (رويترز) -"، "دمشق -": a short line that ends on a dash leads into the paragraph under it (a
# dateline: the city the report is filed from), never a headline; at most this many words (task backref18)
_DATELINE_LEAD = re.compile(rf"\s[{re.escape(marks('dateline_dash_marks'))}]+\s*$")
DATELINE_LEAD_MAX_WORDS = 8
LABEL_MAX_WORDS = 3
CAPTION_MAX_WORDS = 10
ITEM_MAX_WORDS = 25
BODY_MIN_WORDS = 12
REPEAT_MAX_WORDS = 12


@dataclass(frozen=True)
class Cues:
    """The cue lists, folded once."""

    block_starts: dict[str, str]  # folded cue -> reason
    inline_starts: list[tuple[str, str]]  # (folded cue, reason), longest first
    line_patterns: list[tuple[re.Pattern[str], int, str]]  # (regex, max words, reason)
    credit_words: frozenset[str]
    date_words: frozenset[str]
    months: dict[str, int]
    am: frozenset[str] = frozenset()  # 12-hour clock markers (folded, lower-case)
    pm: frozenset[str] = frozenset()

    @cached_property
    def clock(self) -> re.Pattern[str]:
        """A time with an optional am/pm marker: ``(hours)(minutes)(marker)``."""
        marks = "|".join(sorted((re.escape(m) for m in self.am | self.pm), key=len, reverse=True))
        return re.compile(rf"(?<!\d)(\d{{1,2}}):(\d{{2}})(?::\d{{2}})?\s*({marks})?", re.I)


def line_key(line: str) -> str:
    """Folded line without punctuation or extra spaces: the form lines are compared in."""
    return _key_of_folded(fold_text(line))


def _key_of_folded(folded: str) -> str:
    return " ".join(_WORD_RUN.findall(folded))


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """Read ``data/clean/cues.json`` (cached): cue texts are folded like the lines they match."""
    data: dict[str, Any] = json.loads(
        resources.files("tawatur.data").joinpath("clean/cues.json").read_text(encoding="utf-8"))
    blocks = {line_key(c): reason for reason, cues in data["block_starts"].items() for c in cues}
    inline = sorted(((line_key(c), reason) for reason, cues in data["inline_starts"].items() for c in cues),
                    key=lambda x: -len(x[0]))
    patterns = [(re.compile(p["regex"]), int(p["max_words"]), p["reason"]) for p in data["line_patterns"]]
    months = {line_key(k): int(v) for k, v in data["months"].items()}
    return Cues(blocks, inline, patterns, frozenset(line_key(w) for w in data["credit_words"]),
                frozenset(line_key(w) for w in data["date_words"]), months,
                frozenset(fold_text(m).lower() for m in data["clock_marks"]["am"]),
                frozenset(fold_text(m).lower() for m in data["clock_marks"]["pm"]))


# --------------------------------------------------------------------------- line features

@dataclass
class Line:
    no: int  # 1-based
    start: int
    end: int
    text: str
    folded: str  # fold_text(text), computed once
    key: str  # line_key
    edge: str  # folded, edge punctuation and bullets trimmed
    words: int
    reason: str | None = None  # single_line_reason, cached
    reason_done: bool = False

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def ends_sentence(self) -> bool:
        return bool(_SENT_END.search(self.text.strip()))

    @property
    def heading_like(self) -> bool:
        """Short and without final sentence punctuation: a headline, subheading, label or link text."""
        return 0 < self.words <= ITEM_MAX_WORDS and not self.ends_sentence

    @property
    def prose(self) -> bool:
        """A body paragraph: a long line, or a fair one that ends a sentence."""
        return self.words >= 2 * BODY_MIN_WORDS or (self.words >= BODY_MIN_WORDS and self.ends_sentence)


def split_lines(raw: str) -> list[Line]:
    """The lines of ``raw``, each with its fold. The text is folded once, not line by line: folding maps
    each character alone and keeps "\n" (nothing else folds to it), so the folded lines are the lines
    of the folded text."""
    out, pos = [], 0
    lines = raw.split("\n")
    folds = fold_text(raw).split("\n")
    if len(folds) != len(lines):  # a folding table that makes or deletes a newline
        folds = [fold_text(text) for text in lines]
    for no, (text, folded) in enumerate(zip(lines, folds, strict=True), 1):
        edge = " ".join(folded.split()).lstrip(_EDGE_LEAD).rstrip(_EDGE_TAIL)
        out.append(Line(no, pos, pos + len(text), text, folded, _key_of_folded(folded), edge,
                        len(text.split())))  # the runs of non-space: str.isspace is re's \s
        pos += len(text) + 1
    return out


def is_timestamp(line: Line, cues: Cues) -> bool:
    """Only dates, times, weekday/month names and words like "آخر تحديث", with at least one digit."""
    if not _DIGIT.search(line.text) or line.words > 14:
        return False
    tokens = [t for t in _TOKEN_SEP.split(line.folded.lower()) if t]
    return bool(tokens) and all(t.isdigit() or _TIME.match(t) or t in cues.date_words
                                or (t[:-1].isdigit() and t[-1:] in cues.am | cues.pm) for t in tokens)


def is_credit(line: Line, cues: Cues) -> bool:
    """A site-name or credit line: "وكالات", "متابعة", "تايتل نيوز - متابعة", "أخبار البلد -"."""
    if line.words == 0 or line.words > 5:
        return False
    if line.key in cues.credit_words:
        return True
    parts = [_key_of_folded(p) for p in re.split(r"[-–—|/]", line.folded)]
    parts = [p for p in parts if p]
    if any(p in cues.credit_words for p in parts) and len(parts) <= 3:
        return True
    return bool(re.search(r"[-–—|]\s*$", line.text)) and line.words <= 4


def is_label(line: Line) -> bool:
    """A section label or breadcrumb: one or two words, or up to three joined by -, |, / or ›."""
    if line.words == 0 or line.ends_sentence or not _HAS_LETTER.search(line.text):
        return False
    if line.words <= 2:
        return True
    return line.words <= LABEL_MAX_WORDS + 2 and bool(re.search(r"\S[-|/›>»]\S|\s[|›>»/]\s", line.text))


def single_line_reason(line: Line, cues: Cues) -> str | None:
    """Why a line is furniture wherever it stands, or None (computed once per line)."""
    if not line.reason_done:
        line.reason = _single_line_reason(line, cues)
        line.reason_done = True
    return line.reason


def _single_line_reason(line: Line, cues: Cues) -> str | None:
    if not _HAS_LETTER.search(line.text) and not _DIGIT.search(line.text):
        return "lone punctuation"
    for pat, max_words, reason in cues.line_patterns:
        if line.words <= max_words and pat.search(line.edge):
            return reason
    if is_timestamp(line, cues):
        return "timestamp"
    if is_credit(line, cues):
        return "site name"
    return None


def block_reason(line: Line, cues: Cues) -> str | None:
    """The reason when a line is only a block cue ("الأكثر قراءة", "Read Next")."""
    return cues.block_starts.get(line.key)


def inline_reason(line: Line, cues: Cues) -> str | None:
    """A one-line pointer to another story: "اقرأ أيضا: <headline>"."""
    for cue, reason in cues.inline_starts:
        if line.key.startswith(cue + " ") and re.match(r"^\W*\S+\s+\S+\s*(:|\.\.|-|–|»)", line.edge + " "):
            if line.words <= ITEM_MAX_WORDS + 5:
                return reason
    return None


# --------------------------------------------------------------------------- dates

_DMY = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")
_YMD = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")


def parse_dateline(text: str, cues: Cues) -> str | None:
    """ISO date (with time when given) of a dateline such as "07-12-2024 | 02:47" or "السبت 7 ديسمبر 2024".

    Numeric dates are read day-first, as Arabic sites write them, unless the line uses a 12-hour
    clock with slashes (the US "11/9/2024 5:20:00 PM" form) or only one reading is valid.
    """
    folded = fold_text(text).lower()
    y = mo = d = None
    if m := _YMD.search(folded):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    elif m := _DMY.search(folded):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        us = "/" in m[0] and re.search(r"\b[ap]m\b", folded)
        d, mo = (b, a) if (us and a <= 12) or b > 12 else (a, b)
    else:
        y, mo, d = _named_date(folded, cues)
    if not (y and mo and d) or not (1 <= mo <= 12 and 1 <= d <= 31 and 1990 <= y <= 2100):
        return None
    iso = f"{y:04d}-{mo:02d}-{d:02d}"
    rest = _DMY.sub(" ", _YMD.sub(" ", folded))
    if t := cues.clock.search(rest):
        hh, mm = int(t[1]), int(t[2])
        ampm = (t[3] or "").lower()
        if ampm in cues.pm and hh < 12:
            hh += 12
        elif ampm in cues.am and hh == 12:
            hh = 0
        if hh < 24 and mm < 60:
            iso += f"T{hh:02d}:{mm:02d}"
    return iso


def _named_date(folded: str, cues: Cues) -> tuple[int | None, int | None, int | None]:
    words = line_key(folded).split()
    for i, w in enumerate(words):
        if not w.isdecimal() or not 1 <= int(w) <= 31:
            continue
        for span in (2, 1):
            name = " ".join(words[i + 1:i + 1 + span])
            if name in cues.months:
                after = words[i + 1 + span:i + 3 + span]
                year = next((int(x) for x in after if x.isdecimal() and len(x) == 4), None)
                return year, cues.months[name], int(w)
    return None, None, None


# --------------------------------------------------------------------------- the classifier

class _Cut:
    """Collects removals so each line is recorded once, with its first reason."""

    def __init__(self) -> None:
        self.removed: dict[int, RemovedLine] = {}

    def add(self, line: Line, reason: str, kind: str = "furniture") -> None:
        if line.no not in self.removed:
            self.removed[line.no] = RemovedLine(line=line.no, text=line.text, reason=reason, kind=kind)


def _same_title(line: Line, title: str) -> bool:
    a, b = line.key, line_key(title)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 0.7 * len(long_) and short in long_


def _scan_top(lines: list[Line], article: Article, cues: Cues, cut: _Cut) -> tuple[int, int | None, str | None]:
    """Labels, datelines and credits above the body; the title line. Returns (body start, title no, date)."""
    content = [ln for ln in lines if not ln.blank]
    date_iso: str | None = None
    title_no: int | None = None
    ticker = sum(is_ticker_line(ln.text) for ln in content) >= TICKER_MIN_LINES  # no title: its first update
    for k, ln in enumerate(content):
        rest = content[k + 1:]
        if is_timestamp(ln, cues):
            cut.add(ln, "dateline", "date")
            date_iso = date_iso or parse_dateline(ln.text, cues)
            continue
        if dateline_lead(ln):
            return ln.no, title_no, date_iso  # "حلب، 3 آذار (رويترز) -": the body opens here (never a site's name)
        reason = single_line_reason(ln, cues)
        if reason:
            cut.add(ln, reason)
            continue
        if not rest:
            return ln.no, title_no, date_iso
        if article.title:
            if _same_title(ln, article.title):
                cut.add(ln, "title", "title")
                title_no = ln.no
                continue
        elif title_no is None and ln.heading_like and ln.words <= TITLE_MAX_WORDS and not is_label(ln) \
                and not (ticker and is_ticker_line(ln.text)) \
                and any(r.words > ln.words or r.prose for r in _next_content(rest, cues, 3)):
            cut.add(ln, "title", "title")
            title_no = ln.no
            continue
        if title_no is None and is_label(ln) and not ln.prose:
            cut.add(ln, "section label", "label")
            continue
        return ln.no, title_no, date_iso
    return len(lines) + 1, title_no, date_iso


def dateline_lead(ln: Line) -> bool:
    """"حلب، 3 آذار (رويترز) -" on a line of its own above the first paragraph: the dateline that opens the
    body, so it is body: its city is the place a later "المدينة" recalls (taken as the title, it was lost)."""
    return ln.words <= DATELINE_LEAD_MAX_WORDS and bool(_DATELINE_LEAD.search(" " + ln.text.rstrip()))


def _next_content(rest: list[Line], cues: Cues, n: int) -> list[Line]:
    """The next ``n`` lines that are not single-line furniture (share buttons, credits)."""
    return [r for r in rest if not single_line_reason(r, cues)][:n]


def _blank_separated(lines: list[Line]) -> bool:
    """Whether paragraphs are separated by blank lines (then a blank line is no structural signal)."""
    content = [i for i, ln in enumerate(lines) if not ln.blank]
    if len(content) < 4:
        return True
    gaps = sum(1 for i in content[1:] if lines[i - 1].blank)
    return gaps >= 0.3 * (len(content) - 1)


def _captions(lines: list[Line], body_start: int, cut: _Cut) -> None:
    """An image caption: a short verbless line set apart by a blank line near the top of the body."""
    if _blank_separated(lines):
        return
    paragraphs = 0
    for i in range(body_start - 1, len(lines)):
        ln = lines[i]
        if ln.blank or ln.no in cut.removed:
            continue
        if paragraphs >= 4:
            return
        if ln.prose:
            paragraphs += 1
            continue
        isolated = i > 0 and lines[i - 1].blank
        nxt = next((x for x in lines[i + 1:] if not x.blank), None)
        if isolated and ln.heading_like and ln.words <= CAPTION_MAX_WORDS and nxt is not None and nxt.prose:
            cut.add(ln, "image caption", "caption")


def _blocks(lines: list[Line], cues: Cues, cut: _Cut) -> None:
    """A block cue line and the links after it: headlines, labels, timestamps and teasers."""
    i = 0
    while i < len(lines):
        ln = lines[i]
        reason = block_reason(ln, cues)
        if not reason:
            i += 1
            continue
        cut.add(ln, reason)
        after_stamp = False
        blanks: list[Line] = []  # blank lines inside the block go with it (gold counts them)
        j = i + 1
        while j < len(lines):
            item = lines[j]
            if item.blank:
                blanks.append(item)
                j += 1
                continue
            if not item.prose or after_stamp or item.heading_like or block_reason(item, cues) \
                    or single_line_reason(item, cues):
                for b in blanks:
                    cut.add(b, f"{reason} (blank)")
            blanks = []
            nested = block_reason(item, cues)
            if nested:
                reason = nested
                cut.add(item, reason)
            elif is_timestamp(item, cues):
                cut.add(item, f"{reason} (timestamp)")
                after_stamp = True
                j += 1
                continue
            elif after_stamp or item.heading_like or not item.prose or single_line_reason(item, cues):
                cut.add(item, f"{reason} (link)")
            else:
                break
            after_stamp = False
            j += 1
        i = j


def _single_lines(lines: list[Line], start: int, title: str | None, repeated: set[str],
                  cues: Cues, cut: _Cut) -> None:
    title_key = line_key(title) if title else ""
    for ln in lines[start - 1:]:
        if ln.blank or ln.no in cut.removed or (ln.no == start and dateline_lead(ln)):
            continue  # the dateline the body opens on ("دير الزور -") is no site's name
        reason = single_line_reason(ln, cues) or inline_reason(ln, cues)
        if reason:
            cut.add(ln, reason)
        elif title_key and ln.key == title_key:
            cut.add(ln, "title repeated", "title")
        elif ln.key in repeated and ln.words <= REPEAT_MAX_WORDS:
            cut.add(ln, "repeated across outlet")


def clean_article(article: Article) -> Article:
    """Set ``body_spans``, ``text``, ``removed``, and ``title``/``published`` when missing (pipeline stage)."""
    cues = load_cues()
    lines = split_lines(article.raw)
    cut = _Cut()
    body_start, title_no, date_iso = _scan_top(lines, article, cues, cut)
    if title_no is not None and not article.title:
        article.title = lines[title_no - 1].text.strip()
    if date_iso and not article.published:
        article.published = date_iso
        article.meta["published_basis"] = "dateline"
    if not article.meta.get("keep_all"):
        _blocks(lines, cues, cut)
        _captions(lines, body_start, cut)
        _single_lines(lines, body_start, article.title, set(article.meta.get("outlet_repeated", [])),
                      cues, cut)
        drop = set(cut.removed)
        article.removed = [cut.removed[k] for k in sorted(cut.removed)]
    else:
        drop = set()
        article.removed = []
    kept = [ln for ln in lines if not ln.blank and ln.no not in drop]
    article.body_spans = [(ln.start, ln.end) for ln in kept]
    article.text = "\n".join(ln.text for ln in kept)
    return article


def mark_repeated_lines(articles: list[Article], min_articles: int = 2) -> None:
    """Store in ``meta["outlet_repeated"]`` the short lines found in >= ``min_articles`` pages of one outlet.

    Site furniture (a slogan, a newsletter box, a fixed footer) repeats across an outlet's pages while
    report text rarely does; only short lines are counted so a shared wire paragraph is never cut.
    """
    by_outlet: dict[str, list[Article]] = defaultdict(list)
    for art in articles:
        if art.outlet:
            by_outlet[art.outlet].append(art)
    for arts in by_outlet.values():
        if len(arts) < min_articles:
            continue
        counts: dict[str, int] = defaultdict(int)
        for art in arts:
            keys = {ln.key for ln in split_lines(art.raw)
                    if ln.key and 0 < ln.words <= REPEAT_MAX_WORDS and not ln.prose}
            for key in keys:
                counts[key] += 1
        repeated = sorted(k for k, n in counts.items() if n >= min_articles)
        for art in arts:
            art.meta["outlet_repeated"] = repeated


def _short_line_keys(art: Article) -> set[str]:
    return {ln.key for ln in split_lines(art.raw)
            if ln.key and 0 < ln.words <= REPEAT_MAX_WORDS and not ln.prose}


class RepeatedLines:
    """Per outlet, on how many pages each short non-prose line has been seen, in arrival order.

    :meth:`mark` counts one page and gives it, in ``meta["outlet_repeated"]``, those of its lines
    that its outlet has now carried on ``min_articles`` pages or more. A page is judged by the pages before it and
    itself only, so a corpus split into batches in any way is cleaned exactly as in one batch (a
    store keeps the counts between batches: :meth:`Store.ingest_articles`).
    """

    def __init__(self, counts: dict[str, dict[str, int]] | None = None, min_articles: int = 2) -> None:
        self.counts: dict[str, dict[str, int]] = counts if counts is not None else {}
        self.min_articles = min_articles
        self.changed: dict[str, set[str]] = defaultdict(set)  # outlet -> keys counted since loading

    def mark(self, art: Article) -> None:
        if not art.outlet:
            return
        seen = self.counts.setdefault(art.outlet, {})
        keys = _short_line_keys(art)
        for key in keys:
            seen[key] = seen.get(key, 0) + 1
            self.changed[art.outlet].add(key)
        repeated = sorted(k for k in keys if seen[k] >= self.min_articles)  # only this page's lines
        if repeated:
            art.meta["outlet_repeated"] = repeated
        else:
            art.meta.pop("outlet_repeated", None)

    def mark_all(self, articles: list[Article]) -> None:
        for art in articles:
            self.mark(art)
