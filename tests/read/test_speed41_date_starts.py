"""Task speed41 (issue 13): a date kind's scan of a sentence starts a few words before the first word that holds
one of the kind's gate words (``dates.scan_start``), not at the sentence's start: a match needs such a word, and
what a pattern reads before it is a bounded number of words. Each kind's matches from there must be its matches
from the start (spans, groups, group spans), on sentences we wrote that put the optional parts before the gate
word at their longest and on every sentence file; and with no word to spare (the bound itself) as well."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tawatur.clean.tokens import spans, tokens_of
from tawatur.model import Article
from tawatur.pipeline import analyze
from tawatur.read import dates
from tawatur.read.dates import DIGIT_BIT, _patterns, _scan_reach, gate_firsts, gate_mask, scan_start
from tawatur.read.lexicon import sentence_folds

SENTENCES = Path(__file__).resolve().parents[2] / "bench" / "sentences"

OURS = (
    # a weekday, an ordinal of two words, من and "شهر" before the month, after other words: the longest reach
    "اقتحمت الدورية بلدة الحراك صباحاً ثم انسحبت منها يوم الأحد الحادي عشر من شهر كانون الثاني 2015.",
    "عادت العائلات إلى حي القدم ومنذ الأيام الأخيرة من شهر آب الماضي لم تغادره.",
    "وصلت القافلة إلى بلدة نصيب، وفي الخامس عشر من الشهر نفسه دخلت قرية المتاعية.",
    "انتشرت الشرطة في مدينة إزرع والثلاثاء الثاني عشر من الشهر الجاري خرجت منها.",
    "دخلت القوات قرية المسيفرة في اليوم الثالث من العملية وسيطرت على تل الحارة في اليوم التالي.",
    "وفي مثل هذا اليوم من عام 2013 قصفت الطائرات بلدة جاسم، وبعد ذلك بيوم 5/3 هدأت الجبهة.",
    "قالت المصادر إن الاشتباكات تجددت 12-3-2019 ثم في 2020/05/06 قرب بلدة داعل.",
    "هدأت الجبهة في عيد الفطر ثم عادت المعارك صباح الأحد الماضي، أمس، وفي العام نفسه.",
)


def _texts() -> list[str]:
    out = list(OURS)
    for path in sorted(SENTENCES.glob("*.txt")):
        out += [x.split("|")[1] for x in path.read_text(encoding="utf-8").splitlines()
                if x.count("|") >= 1 and not x.startswith("#")]
    return out


def _found(p: re.Pattern, text: str, pos: int = 0) -> list[tuple]:
    return [(m.span(), m.groupdict(), tuple(m.span(g) for g in range(len(m.groups()) + 1)))
            for m in p.finditer(text, pos)]


def _sentences(texts):
    for text in texts:
        art = analyze(Article(id="speed41d", raw=text, text=text, published="2024-03-10"))
        for sent in art.sentences:
            f = sentence_folds(art.raw, sent.start, sent.end)
            yield f.text, spans(tokens_of(art, sent))


@pytest.mark.parametrize("spare", [True, False])
def test_matches_from_the_scan_start(spare, monkeypatch):
    reach = _scan_reach()
    if not spare:  # the bound itself, no word to spare
        monkeypatch.setattr(dates, "_scan_reach", lambda: {k: (bit, n - 1) for k, (bit, n) in reach.items()})
    patterns = _patterns()
    later = matched = 0
    for text, triples in _sentences(_texts()):
        mask, first = gate_firsts([w for _, _, w in triples])
        assert mask == gate_mask(text, [w for _, _, w in triples])
        for kind in reach:
            pos = scan_start(kind, first, triples)
            got = _found(patterns[kind], text, pos)
            assert got == _found(patterns[kind], text), (kind, pos, text)
            later += pos > 0
            matched += bool(got) and pos > 0
    assert later > 1000 and matched > 20  # (the starts move, and past them dates are still found)


def test_our_sentences_reach_far():
    """Our sentences put a match's first word the most words before its gate word that a kind allows, for the
    kinds with the longest reach: with one word less the scan would start past it."""
    reach = _scan_reach()
    patterns = _patterns()
    tight = set()
    for text, triples in _sentences(OURS):
        _, first = gate_firsts([w for _, _, w in triples])
        for kind in ("dmy", "mon", "dsame", "drel", "daycount"):
            bit, n = reach[kind]
            if bit not in first:
                continue
            k = first[bit] - (n - 1)  # the bound with no word to spare
            start = triples[k][0] if k > 0 else 0
            if any(m.start() == start and k > 0 for m in patterns[kind].finditer(text)):
                tight.add(kind)
    assert tight >= {"dmy", "mon", "dsame", "drel"}, tight


def test_first_words():
    mask, first = gate_firsts(["قصفت", "12", "اذار", "و13", "اذار"])
    assert mask & DIGIT_BIT and first[DIGIT_BIT] == 1
    months = _scan_reach()["mon"][0]
    assert first[months] == 2
    assert gate_firsts([]) == (0, {})
