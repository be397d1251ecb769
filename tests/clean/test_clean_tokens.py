"""The token layer (clean/tokens.py): built once by segment, offsets into Article.raw, folded and bare
forms, clitic analyses checked against known words; derived data, never serialised."""
from __future__ import annotations

import json
import pickle

from tawatur.clean.normalize import fold_text
from tawatur.clean.segment import segment
from tawatur.clean.tokens import Token, tokenize, tokens_of
from tawatur.model import Article, article_from_dict, to_dict

RAW = "وَدخلت القوات إلى بصرى الشام، وقت الظهر_تقريبا.\nوانسحب المسلحون من بلدة كفرنبل."


def _article() -> Article:
    return segment(Article(id="t1", raw=RAW))


def test_segment_builds_tokens_with_raw_and_folded_offsets() -> None:
    art = _article()
    first = art.sentences[0]
    words = [t.word for t in first.tokens]
    assert words[:5] == ["ودخلت", "القوات", "الي", "بصري", "الشام"]
    assert "ظهر_تقريبا" not in words and {"الظهر", "تقريبا"} <= set(words)  # "_" is no word character
    t = first.tokens[0]
    assert (t.i, t.bare) == (0, "دخلت")
    assert art.raw[t.start:t.end] == "وَدخلت"  # the raw span keeps the diacritic
    assert (t.fstart, t.fend) == (0, 5)
    for tok in first.tokens:  # the folded form is the fold of the raw span
        assert tok.word == fold_text(art.raw[tok.start:tok.end])


def test_clitic_analyses_never_split_a_known_word_into_a_non_word() -> None:
    toks = {t.word: t for t in _article().sentences[0].tokens}
    assert toks["بصري"].forms == ["بصري"]  # a town, not ب + صري
    assert toks["وقت"].forms == ["وقت"]  # "time", not و + قت
    assert toks["القوات"].forms[-1] == "قوات"  # the article always comes off
    assert tokens_of(_article(), _article().sentences[1])[0].forms[:2] == ["وانسحب", "انسحب"]


def test_tokens_are_derived_not_serialised_and_rebuilt_on_read_back() -> None:
    art = _article()
    d = to_dict(art)
    assert all("tokens" not in s for s in d["sentences"])
    back = article_from_dict(json.loads(json.dumps(d, ensure_ascii=False)))
    assert back.sentences[0].tokens == []
    again = tokens_of(back, back.sentences[0])
    assert [(t.word, t.start, t.end) for t in again] == [(t.word, t.start, t.end) for t in art.sentences[0].tokens]
    assert back.sentences[0].tokens is again  # built once


def test_tokens_pickle_for_worker_processes() -> None:
    toks = tokenize(RAW, 0, 20)
    back = pickle.loads(pickle.dumps(toks))
    assert [(t.i, t.word, t.bare, t.start, t.end, t.fstart, t.fend, t.forms) for t in back] == \
        [(t.i, t.word, t.bare, t.start, t.end, t.fstart, t.fend, t.forms) for t in toks]
    assert isinstance(back[0], Token)


def test_the_pipeline_releases_tokens_when_an_article_leaves_it() -> None:
    from tawatur.pipeline import analyze

    art = analyze(Article(id="t2", raw=RAW, published="2024-12-07"))
    assert art.sentences and all(s.tokens == [] for s in art.sentences)
    assert tokens_of(art, art.sentences[0])[0].word == "ودخلت"  # rebuilt on demand
