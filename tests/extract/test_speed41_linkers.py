"""Task speed41 (issue 13): the words that may begin a clause opener or a linker of contrast are found once a
sentence (``frames.linker_starts``), and ``clause_openers`` and ``contrast_between`` read only those words instead
of walking every word between their bounds. Each is checked against the walk it replaces (for the openers, the
same reader asked at every index), on sentences we wrote and on every third sentence of bench/sentences."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from tawatur.clean.tokens import tokens_of
from tawatur.extract import frames
from tawatur.extract.frames import (
    clause_openers,
    contrast_between,
    linker_starts,
)
from tawatur.model import Article
from tawatur.pipeline import analyze

SENTENCES = Path(__file__).resolve().parents[2] / "bench" / "sentences"

TEXTS = (
    # a linker of contrast with a verb of its own, with a conjunction on it, written in two words, after a comma
    "نفت مصادر عسكرية أن تكون القوات قد انسحبت من تل الحارة بينما دخلت الفصائل قرية نمر.",
    "أكد الناطق أن الجيش لم يدخل بلدة الحراك وبينما كانت المعارك تدور قرب بلدة المليحة.",
    "قالت المصادر إن الشرطة ستنتشر في مدينة بصرى الشام، في حين لم يعرف بعد موعد دخولها.",
    "يتوقع أن تخرج الحافلات من حي الوعر فيما تدخل الشرطة العسكرية إلى الحي ذاته.",
    # openers that need a place before them, a consequence of two words, a relative of persons, a shared subject
    "قصفت المدفعية بلدة كفرزيتا حيث يقيم نازحون من ريف حماة الشمالي.",
    "سقطت قذائف على حي الميدان ما أدى إلى احتراق عدد من المحال التجارية.",
    "اعتقلت الدورية الشبان الذين عادوا إلى قرية الشيخ مسكين بعد أن أجروا التسوية.",
    "قتل رجل بانفجار عبوة بينما كان يرعى أغنامه قرب بلدة اليادودة.",
    # none of the words at all
    "دخلت قوات الجيش مدينة الميادين صباح اليوم.",
)


def _contrast_walked(toks, a: int, b: int) -> bool:
    """``contrast_between`` as it was: every word between ``a`` and ``b`` asked the table."""
    return any(frames.contrast_at(toks, k, b) for k in range(a + 1, b))


def _openers_walked(raw: str, toks) -> dict[str, set[int]]:
    """``clause_openers`` as it was: every word asked both tables."""
    return frames.openers_at(raw, toks, range(len(toks)))


def _our_texts() -> list[str]:
    out = list(TEXTS)
    for path in sorted(SENTENCES.glob("*.txt")):
        lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x.count("|") >= 1 and not x.startswith("#")]
        out += [x.split("|")[1] for x in lines[::3]]
    return out


def _sentences(text: str):
    art = analyze(Article(id="speed41", raw=text, text=text, published="2024-03-10"))
    for sent in art.sentences:
        yield art.raw, tokens_of(art, sent)


def test_our_texts_hold_each_kind():
    found: Counter[str] = Counter()
    for text in TEXTS:
        for raw, toks in _sentences(text):
            opened = clause_openers(raw, toks)
            found["open"] += bool(opened["open"])
            found["placed"] += bool(opened["placed"])
            found["contrast"] += contrast_between(toks, -1, len(toks))
            found["none"] += not linker_starts(toks)
    assert all(found[kind] for kind in ("open", "placed", "contrast", "none")), found


def test_as_walked():
    pairs = 0
    for text in _our_texts():
        for raw, toks in _sentences(text):
            assert clause_openers(raw, toks) == _openers_walked(raw, toks), text
            past = len(toks) + 1  # (b up to the sentence's length, a from before its first word)
            for a in range(-1, past):
                for b in range(a, past):
                    assert contrast_between(toks, a, b) == _contrast_walked(toks, a, b), (text, a, b)
                    pairs += 1
    assert pairs > 10_000


def test_kept_for_the_last_list_only():
    (raw, toks), = _sentences(TEXTS[0])
    first = linker_starts(toks)
    assert first and linker_starts(toks) is first
    (_, other), = _sentences(TEXTS[-1])
    assert linker_starts(other) == []
    assert linker_starts(toks) == first  # (found again for the first list)


def _events(text: str) -> list[tuple]:
    art = analyze(Article(id="speed41j", raw=text, text=text, published="2024-03-10"))
    return [(e.type, e.place.name if e.place else "", e.polarity, e.actor.side, e.rule) for e in art.events]


def test_judge_asks_only_before_a_linker(monkeypatch):
    """judge drops the cues a linker of contrast cuts off only when a word that may begin one stands before the
    trigger; with the test forced open (every trigger asks), every verdict is the same."""
    from tawatur.extract import polarity
    texts = _our_texts()[::2]
    gated = [_events(t) for t in texts]
    monkeypatch.setattr(polarity, "linker_starts", lambda toks: [-1])
    assert [_events(t) for t in texts] == gated
    assert any(e[2] != "asserted" for evs in gated for e in evs)

