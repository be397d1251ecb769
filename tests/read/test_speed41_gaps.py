"""Task speed41 (issue 13): the places scanner reads the gaps a call of ``_gap_ok`` asks about where it asks
(nine calls in ten ask one gap), instead of reading every gap of the sentence at its first call. The answer
for every stretch of every sentence must be the old one: no filled gap (anything but spaces and hyphens)
between the two tokens, none past the last token. On sentences we wrote (quotes, brackets, a comma, a dash,
two spaces, a slash) and on every fifth sentence of bench/sentences."""
from __future__ import annotations

from pathlib import Path

from tawatur.clean.normalize import fold
from tawatur.clean.segment import segment
from tawatur.clean.tokens import spans, tokens_of
from tawatur.model import Article
from tawatur.read.places import _GAP_OK, Gazetteer, _fold_pos, _SentenceScanner

SENTENCES = Path(__file__).resolve().parents[2] / "bench" / "sentences"

OURS = (
    "قصفت المدفعية بلدة \"كفر نبودة\" و(تل  ملح) ثم قرية الجبين - ريف حماة.",
    "سيطرت الفصائل على حي جوبر، وحاجز عين ترما/زملكا في الغوطة الشرقية",
    "انسحبت القوات من طريق حمص-حماة الدولي إلى مدينة الرستن.",
)


def _texts() -> list[str]:
    out = list(OURS)
    for path in sorted(SENTENCES.glob("*.txt")):
        lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x.count("|") >= 1 and not x.startswith("#")]
        out += [x.split("|")[1] for x in lines[::5]]
    return out


def _bad_counts(f, toks) -> list[int]:
    """The old reading: the filled gaps before each token, counted once for the sentence."""
    bad = [0]
    for k in range(len(toks) - 1):
        gap = f.text[toks[k][1]:toks[k + 1][0]]
        ok = gap == " " or _GAP_OK.match(gap)
        bad.append(bad[-1] + (not ok))
    return bad


def test_gap_ok_as_counted():
    gaz = Gazetteer.default()
    asked = filled = 0
    for text in _texts():
        art = segment(Article(id="speed41g", raw=text, text=text))
        f = fold(art.raw)
        for sent in art.sentences:
            toks = spans(tokens_of(art, sent), _fold_pos(f, sent.start))
            sc = _SentenceScanner(gaz, f, toks)
            bad = _bad_counts(f, toks)
            for a in range(len(toks)):
                for b in range(a, len(toks) + 2):
                    want = False if b >= len(toks) else bad[b] == bad[a]
                    assert sc._gap_ok(a, b) == want, (text, a, b)
                    asked += 1
                    filled += b < len(toks) and not want
    assert asked > 10_000 and filled > 1_000
