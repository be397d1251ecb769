"""Mentions carry token spans: after the pipeline, each mention made in a sentence names the tokens it
covers, and those tokens spell the mention's text."""
from __future__ import annotations

from tawatur.clean.tokens import token_span, tokenize, tokens_of
from tawatur.model import Article
from tawatur.pipeline import analyze


def test_token_span_covers_the_words_a_span_touches():
    raw = "قصفت الطائرات مدينة حلب أمس."
    toks = tokenize(raw, 0, len(raw))
    s = raw.index("مدينة حلب")
    assert token_span(toks, s, s + len("مدينة حلب")) == (2, 4)
    assert token_span(toks, s + 1, s + 3) == (2, 3)  # inside one word: that word
    assert token_span(toks, raw.index("."), len(raw)) is None  # punctuation only: no token


def test_every_sentence_mention_spells_its_tokens():
    text = ("أعلنت وزارة الدفاع السورية يوم الجمعة أن قواتها سيطرت على بلدة مورك في ريف حماة الشمالي. "
            "وقال مصدر عسكري لوكالة سانا إن 12 مسلحا قتلوا في المعارك.")
    art = analyze(Article(id="t1", raw=text, published="2024-12-06"))
    spanned = [m for m in art.mentions if m.sentence >= 0]
    assert {m.kind for m in spanned} >= {"place", "actor", "number"}
    for m in spanned:
        assert m.tokens is not None, m
        sent = tokens_of(art, art.sentences[m.sentence])
        first, last = m.tokens
        # the span's tokens overlap the mention, and the tokens just outside it do not
        assert all(t.start < m.end and t.end > m.start for t in sent[first:last]), m
        assert first == 0 or sent[first - 1].end <= m.start, m
        assert last == len(sent) or sent[last].start >= m.end, m
