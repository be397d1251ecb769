"""Task speed20 (issue 13): rules asked for every trigger (or every sentence) that scan the words for a
construction are now asked only of a sentence holding its word (``view.words``): the time clause "بعد يومين
من" (made once a sentence), the participle of accusation, the back-pointing denial, the subordinate "بعد أن",
the "إلى أن" clause, the pluperfect كان after a trigger and the recap. With the gates open (``gates.OPEN``:
every view holds every word) each rule runs as before; the events must be the same, on sentences holding the
constructions and on their twins without them."""
from __future__ import annotations

import pytest

from tawatur.clean.tokens import tokens_of
from tawatur.extract import gates
from tawatur.extract.backrefs import time_clauses
from tawatur.extract.frames import build_view
from tawatur.model import Article
from tawatur.pipeline import analyze

TEXTS = (
    # a time clause dates the entry by the siege two days before it; its twin has no "من" after the span
    "دخلت القوات بلدة الحارة بعد يومين من حصارها. ودخلت القوات بلدة نوى بعد يومين.",
    # an accusation describes the man arrested; its twin's force is accused of the shelling (an event)
    "اعتقلت دورية شاباً متهماً بقصف قرية عقربا في مدينة جاسم. واتهم ناشطون القوات بقصف قرية عقربا.",
    # a back-pointing denial, and a sentence with no denial
    "قال ناشطون إن الطائرات قصفت بلدة كفرنبل، وهو ما نفاه مصدر عسكري. وقصفت الطائرات بلدة سراقب.",
    # a subordinate "بعد أن" clause with its own day, "إلى أن", and a pluperfect كان after the trigger
    "انسحبت الفصائل من قرية المشرفة يوم الخميس بعد أن حاصرتها القوات يوم الاثنين.",
    "تقدمت القوات نحو بلدة الصنمين إلى أن دخلتها يوم السبت.",
    "سيطرت القوات على معسكر الطلائع وكان قبل أعوام مقراً للفصائل.",
    # a recap: كان ... قد before the trigger
    "وكانت القوات قد سيطرت على بلدة تل الورد في وقت سابق.",
)


def _events(text: str) -> list[tuple]:
    art = analyze(Article(id="speed20", raw=text, text=text, published="2024-03-10"))
    return [(e.type, e.place.name if e.place else "", e.polarity, e.date.value if e.date else "", e.rule)
            for e in art.events]


@pytest.mark.parametrize("text", TEXTS)
def test_gated_as_open(text, monkeypatch):
    closed = _events(text)
    monkeypatch.setattr(gates, "OPEN", True)
    assert _events(text) == closed
    assert closed  # (each text tells events)


def test_time_clauses_once_a_sentence():
    text = "دخلت القوات بلدة الحارة بعد يومين من حصارها"
    art = analyze(Article(id="speed20b", raw=text, text=text, published="2024-03-10"))
    sent = art.sentences[0]
    toks = tokens_of(art, sent)
    view = build_view(sent.index, toks, [])
    breaks: set[int] = set()
    got = time_clauses(view, breaks)
    assert got == [(4, 8)]  # "بعد" opens the clause, to the sentence's end
    assert time_clauses(view, breaks) is got  # the same sentence: made once
    assert time_clauses(view, {7}) == [(4, 7)]  # another break set: read anew
    assert time_clauses(view, {6}) == []  # (a break before its "من": no time clause)
    plain = "دخلت القوات بلدة الحارة صباح اليوم"
    art2 = analyze(Article(id="speed20c", raw=plain, text=plain))
    toks2 = tokens_of(art2, art2.sentences[0])
    assert time_clauses(build_view(0, toks2, []), set()) == []  # no "بعد/قبل": nothing to scan
