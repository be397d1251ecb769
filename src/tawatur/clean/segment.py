"""Sentence and clause segmentation that keeps original offsets.

Sentences end at . ! ? ؟ (followed by space, a closing quote or the end of the line) and at line ends;
a full stop between digits ("2.5") or inside a short quotation does not end one. A line with no final
punctuation and few words is a headline or subheading: it becomes one sentence marked ``is_heading``.
Clauses split a sentence at ، ؛ , ; and at a spaced dash, so readers can keep a trigger and its
arguments together.
"""
from __future__ import annotations

import re

from ..model import Article, Sentence

_END = re.compile(r"[.!?؟]+[\"'”»’)]*(?=\s|$)")
_CLAUSE = re.compile(r"\s*[،؛,;]\s*|\s+[-–—]\s+")
_QUOTES = (("“", "”"), ("«", "»"), ('"', '"'))
HEADING_MAX_WORDS = 16


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


def _split_line(line: str) -> list[tuple[int, int]]:
    """(start, end) sentence spans inside one line, trimmed of spaces."""
    quotes = _quote_spans(line)
    cuts = []
    for m in _END.finditer(line):
        end = m.end()
        if m.group().startswith(".") and 0 < m.start() and line[m.start() - 1].isdigit() \
                and end < len(line) and line[end:end + 1].isdigit():
            continue
        if any(a < m.start() < b - 1 for a, b in quotes):
            continue
        cuts.append(end)
    spans, prev = [], 0
    for c in cuts + [len(line)]:
        seg = line[prev:c]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            spans.append((prev + lead, prev + len(seg.rstrip())))
        prev = c
    return spans


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


def is_heading_line(line: str) -> bool:
    s = line.strip()
    return bool(s) and not re.search(r"[.!?؟:]\W*$", s) and len(s.split()) <= HEADING_MAX_WORDS


def segment(article: Article) -> Article:
    """Fill ``article.sentences`` from the kept body spans of ``article.raw``."""
    raw = article.raw
    spans = article.body_spans or [(0, len(raw))]
    sentences: list[Sentence] = []
    para = 0
    for s0, e0 in spans:
        # a body span may hold several lines (plain text fed without cleaning)
        pos = s0
        for line in raw[s0:e0].split("\n"):
            lstart = pos
            pos += len(line) + 1
            if not line.strip():
                continue
            heading = is_heading_line(line)
            for a, b in _split_line(line):
                a, b = lstart + a, lstart + b
                sentences.append(Sentence(
                    index=len(sentences), start=a, end=b, text=raw[a:b], is_heading=heading,
                    paragraph=para, clauses=clauses(raw, a, b)))
            para += 1
    article.sentences = sentences
    return article
