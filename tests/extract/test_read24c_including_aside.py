""""، ومنها X،" (task read24c): an aside naming members of the area told before it carries the clause on, so a date
set off by commas after it still dates the clause, even with a later date in a "قبل أن" clause."""
from __future__ import annotations

from tawatur.clean.tokens import tokenize
from tawatur.extract.frames import clause_breaks
from tawatur.model import Article
from tawatur.pipeline import analyze


def _dates(text: str) -> list[tuple[str, str]]:
    a = analyze(Article(id="r", raw=text, published="2024-05-01"))
    return [(e.actor.side if e.actor else "", e.date.value[:7]) for e in a.events]


def test_date_after_an_including_aside_dates_the_clause() -> None:
    got = _dates("وكان تنظيم داعش قد سيطر على حقول النفط في ريف حمص، ومنها حقل الشاعر، صيف عام 2014، قبل أن "
                 "تستعيده القوات الحكومية في آذار 2017")
    assert got == [("isis", "2014-01"), ("government", "2017-03")]


def test_a_verb_after_it_still_opens_a_clause() -> None:
    text = "سيطرت الفصائل على بلدة كفرنبل، ومنها انطلقت نحو مدينة معرة النعمان"
    toks = tokenize(text, 0, len(text))
    k = next(i for i, t in enumerate(toks) if t.word == "ومنها")
    assert k in clause_breaks(text, toks)
    text = "سيطرت الفصائل على قرى ريف إدلب، ومنها بلدة كفرنبل"
    toks = tokenize(text, 0, len(text))
    k = next(i for i, t in enumerate(toks) if t.word == "ومنها")
    assert k not in clause_breaks(text, toks)
