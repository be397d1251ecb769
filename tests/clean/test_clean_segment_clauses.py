"""Clause spans (``segment.clauses``): the separator regex is written to start with one character class, so the
engine skips letters in C; it must give the spans the plain "\\s*[،؛,;]\\s*|\\s+[-–—]\\s+" gives."""
from __future__ import annotations

import itertools
import re

from tawatur.clean.segment import _CLAUSE, clauses

_PLAIN = re.compile(r"\s*[،؛,;]\s*|\s+[-–—]\s+")


def test_clause_spans_of_written_sentences() -> None:
    s = "قصفت الطائرات المدينة ، وتقدمت القوات؛ ثم انسحبت - بحسب مصادر - إلى الريف,وأكد المرصد ذلك"
    got = [s[a:b] for a, b in clauses(s, 0, len(s))]
    assert got == ["قصفت الطائرات المدينة", "وتقدمت القوات", "ثم انسحبت", "بحسب مصادر", "إلى الريف",
                   "وأكد المرصد ذلك"]
    assert clauses("كلمة-كلمة و-كلمة", 0, 16) == [(0, 16)]  # a dash without spaces around it cuts nothing


def test_the_separator_regex_matches_as_the_plain_one_on_every_short_string() -> None:
    alphabet = [" ", "\n", "\u00a0", "،", "؛", ",", ";", "-", "–", "—", "ب"]
    for n in range(1, 6):
        for chars in itertools.product(alphabet, repeat=n):
            text = "".join(chars)
            for lo in range(min(2, len(text))):
                assert [m.span() for m in _CLAUSE.finditer(text, lo)] == \
                    [m.span() for m in _PLAIN.finditer(text, lo)], repr(text)
