"""Task speed15 (issue 13): ``_outlet_past_words`` asks ``speaker_at`` only of a word where a speaker of an
audience's kind (a wire agency, an outlet) can begin (``_may_be_audience``); every word it skips would have
given no such speaker. Checked on our own sentences (written for this test) and every sentence file."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze
from tawatur.read import sources as S
from tawatur.read.wordsets import wordset

OWN = [  # (text, the event's source chain as main gave it before the cut)
    ("وقال قيادي في الفصائل لرويترز إن القوات انسحبت من بلدة الصنمين.", ["Reuters", "commander"]),
    ("وقال مسؤول في الدفاع المدني لوكالة الأناضول إن الغارات استهدفت مدينة سراقب.", ["Anadolu", "officials"]),
    ("وقال مصدر، فضل عدم الكشف عن هويته، لفرانس برس إن الجيش دخل قرية المشرفة.", ["AFP", "sources"]),
    ("وصرّح رامي عبد الرحمن، مدير المرصد، لرويترز بأن الاشتباكات مستمرة في حي الوعر.",
     ["Reuters", "Syrian Observatory for Human Rights"]),
    ("وقال المتحدث باسم وكالة سانا لصحيفة الوطن إن الطيران قصف بلدة كفرنبل.", ["Al-Watan", "SANA"]),
]


@pytest.mark.parametrize(("text", "chain"), OWN)
def test_the_outlet_that_heard_is_read(text, chain):
    events = analyze(Article(id="s", raw=text, published="2024-03-10")).events
    assert [e.source.chain for e in events] == [chain]


def test_a_skipped_word_gives_no_audience(monkeypatch, sentence_lines):
    real = S._may_be_audience
    wrong: list[str] = []
    asked = {True: 0, False: 0}

    def check(s, j):
        got = real(s, j)
        asked[got] += 1
        if not got:
            sp = s.speaker_at(j)
            if sp is not None and not sp.anonymous and sp.kind in wordset("audience_kind"):
                wrong.append(f"{s.word(j)}: {sp.kind} {sp.rule}")
        return got

    monkeypatch.setattr(S, "_may_be_audience", check)
    texts = [t for t, _ in OWN]
    texts += [text for _, text in sentence_lines]
    for text in texts:
        analyze(Article(id="s", raw=text, published="2024-03-10"))
    assert not wrong, "\n".join(wrong[:10])
    assert asked[True] and asked[False] > asked[True]


def test_a_word_no_body_reader_begins_at_gives_no_body(monkeypatch, sentence_lines):
    # speaker_at asks its six body readers only where _may_be_body lets it: each skipped word answers None
    real = S._Sent._may_be_body
    wrong: list[str] = []
    asked = {True: 0, False: 0}

    def check(s, k):
        got = real(s, k)
        asked[got] += 1
        if not got and (s._body_of(k, k) or s._governorate_at(k) or s._governor_at(k) or s._office_at(k)
                        or s._directorate_at(k) or s._ministry_at(k)):
            wrong.append(s.word(k))
        return got

    monkeypatch.setattr(S._Sent, "_may_be_body", check)
    texts = [t for t, _ in OWN] + ["وقال محافظ حماة إن القوات دخلت بلدة صوران.",
                                   "وقالت وزارة الصحة إن الغارات على مدينة دوما قتلت خمسة مدنيين.",
                                   "وأعلنت مديرية الصحة في حلب أن القصف طال حي الشعار."]
    texts += [text for _, text in sentence_lines]
    for text in texts:
        analyze(Article(id="s", raw=text, published="2024-03-10"))
    assert not wrong, "\n".join(wrong[:10])
    assert asked[True] and asked[False] > asked[True]


HEADLINES = [  # (text, the rule of its source mention, as main gave it before the cut): our own sentences
    ("المرصد: قوات النظام تسيطر على قرية المشرفة في ريف حمص.", "headline:colon|sources.tsv:sohr"),
    ("وقال المرصد إن قوات النظام سيطرت على قرية المشرفة.", "verb:قال|sources.tsv:sohr"),
]


@pytest.mark.parametrize(("text", "rule"), HEADLINES)
def test_a_headline_speaker_needs_its_colon(text, rule):
    # _headline reads the speaker opening a sentence only when the sentence holds a colon
    a = analyze(Article(id="s", raw=text, published="2024-03-10"))
    assert [m.rule for m in a.mentions if m.kind == "source"] == [rule]
    assert [e.source.chain for e in a.events] == [["Syrian Observatory for Human Rights"]]
