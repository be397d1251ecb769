"""Task speed40 (issue 13): work skipped where it cannot change an answer, each checked against the walk it
replaces on sentences we wrote (and, for the marker test, on every fourth sentence of bench/sentences):

- ``frames._time_words`` walks the words for a day-part adverb only on a sentence holding one, and
  ``pick_actor`` counts the time words only for a force past the three words any trigger reaches;
- ``ranking.since_then`` declares its words and is asked only on a sentence holding one;
- ``sources.reports_itself`` asks the markers only at the words some marker begins at;
- ``actors.article_day`` keeps the era floor of a text instead of folding the whole article at each call.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tawatur.clean.tokens import spans, tokens_of
from tawatur.extract import gates
from tawatur.extract.frames import _TIME_ADVERBS, _time_words, build_view
from tawatur.extract.frames import token_at as _token_at
from tawatur.model import Article
from tawatur.pipeline import analyze
from tawatur.read.actors import article_day, era_cues
from tawatur.read.lexicon import sentence_folds
from tawatur.read.sources import REPORTING_MARKERS, marker_matchers, reports_itself

SENTENCES = Path(__file__).resolve().parents[2] / "bench" / "sentences"

TEXTS = (
    # a day-part adverb between the verb and its subject, a date there, and neither
    "هاجمت صباحاً مجموعة من مقاتلي الفصائل حاجزاً لقوات النظام قرب بلدة المسيفرة.",
    "هاجمت صباح يوم الأحد مجموعة من مقاتلي الفصائل حاجزاً لقوات النظام قرب بلدة المسيفرة.",
    "هاجمت مجموعة من مقاتلي الفصائل حاجزاً لقوات النظام قرب بلدة المسيفرة ليلاً.",
    # a state since a happening told before, and its twin with منذ of a year
    "سيطرت القوات على بلدة الصنمين. وأقامت منذ ذلك الحين نقاطاً عسكرية في محيط بلدة الصنمين.",
    "سيطرت القوات على بلدة الصنمين منذ عام 2018 وأقامت حواجز في قرية إنخل.",
    # a report marker of the sentence's own, and a sentence that goes on with the report before it
    "قال ناشطون محليون إن الطائرات قصفت بلدة كفرنبل. وقصفت المدفعية قرية حاس.",
    "أفاد مراسلنا بأن القوات دخلت بلدة جاسم. كما دخلت قرية نمر بعد ظهر اليوم.",
)


def _events(text: str) -> list[tuple]:
    art = analyze(Article(id="speed40", raw=text, text=text, published="2024-03-10"))
    return [(e.type, e.place.name if e.place else "", e.polarity, e.actor.side, e.date.value if e.date else "",
             e.rule) for e in art.events]


@pytest.mark.parametrize("text", TEXTS)
def test_gated_as_open(text, monkeypatch):
    closed = _events(text)
    monkeypatch.setattr(gates, "OPEN", True)  # every view holds every word: each gate lets its rule run
    assert _events(text) == closed
    assert closed


def _time_words_walked(view, lo: int, hi: int) -> int:
    """``_time_words`` as it was: every word of the span tested for an adverb."""
    n, dated = 0, set()
    for i, m in view.dates:
        if lo <= i < hi:
            end = min(hi, _token_at(view.toks, max(m.start, m.end - 1)) + 1)
            n += end - i
            dated.update(range(i, end))
    return n + sum(1 for k in range(lo, min(hi, len(view.toks)))
                   if k not in dated and view.toks[k].bare in _TIME_ADVERBS)


@pytest.mark.parametrize("text", TEXTS[:3])
def test_time_words_as_walked(text):
    art = analyze(Article(id="speed40t", raw=text, text=text, published="2024-03-10"))
    for sent in art.sentences:
        toks = tokens_of(art, sent)
        view = build_view(sent.index, toks, [m for m in art.mentions if m.sentence == sent.index])
        counted = [_time_words(view, lo, hi) for lo in range(len(toks)) for hi in range(lo, len(toks) + 2)]
        assert counted == [_time_words_walked(view, lo, hi) for lo in range(len(toks))
                           for hi in range(lo, len(toks) + 2)]
        assert any(counted)  # (each text puts a date or an adverb somewhere)


def _reports_walked(art: Article, sent) -> bool:
    matchers = [m for k, m in marker_matchers().items() if k in REPORTING_MARKERS]
    f = sentence_folds(art.raw, sent.start, sent.end)
    toks = spans(tokens_of(art, sent))
    return any(m.match_at(f, toks, k) is not None for k in range(len(toks)) for m in matchers)


def _our_texts() -> list[str]:
    out = list(TEXTS)
    for path in sorted(SENTENCES.glob("*.txt")):
        lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x.count("|") >= 1 and not x.startswith("#")]
        out += [x.split("|")[1] for x in lines[::4]]
    return out


def test_reports_itself_as_walked():
    seen = {True: 0, False: 0}
    for text in _our_texts():
        art = analyze(Article(id="speed40r", raw=text, text=text, published="2024-03-10"))
        for sent in art.sentences:
            got = reports_itself(art, sent)
            assert got == _reports_walked(art, sent), sent.text
            seen[got] += 1
    assert seen[True] and seen[False]


def test_era_floor_kept_by_text():
    cue, start = era_cues()[0]
    text = f"قالت مصادر محلية إن {cue} هاجموا حاجزاً في ريف جبلة."
    art = Article(id="speed40e", raw=text, text=text)
    assert article_day(art) == start  # no date given: no earlier than the cue's era
    assert article_day(art) == start  # (asked again: the kept floor)
    plain = Article(id="speed40p", raw="هاجم مسلحون حاجزاً في ريف جبلة.", text="")
    assert article_day(plain) is None
    dated = Article(id="speed40d", raw=text, text=text, published="2023-05-01")
    assert article_day(dated) == "2023-05-01"  # a given date stands
