"""Task speed41 (issue 13): the attribution reader's ``_Sent.match`` answers None at once at a word no attribution
marker may begin at (the sentence's token table, role "attribution_marker"), without asking the marker's matcher.
Every kind of marker at every word (and just outside the sentence) must get the matcher's own answer, on sentences
we wrote and on every fourth sentence of bench/sentences."""
from __future__ import annotations

from pathlib import Path

from tawatur.model import Article
from tawatur.pipeline import analyze
from tawatur.read.sources import _Sent, marker_matchers

SENTENCES = Path(__file__).resolve().parents[2] / "bench" / "sentences"

OURS = (
    "وقال مصدر محلي لعنب بلدي إن دورية للشرطة العسكرية دخلت بلدة الحراك، بحسب ناشطين.",
    "ونقلت وكالة الأنباء عن مسؤول في المحافظة قوله إن الطريق فتح أمام المدنيين.",
    "أفادت مصادر أهلية بأن الطائرات قصفت أطراف مدينة بصرى الشام، مؤكدة سقوط جرحى.",
    "دخلت القوات قرية نمر صباح اليوم.",
)


def _texts() -> list[str]:
    out = list(OURS)
    for path in sorted(SENTENCES.glob("*.txt")):
        lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x.count("|") >= 1 and not x.startswith("#")]
        out += [x.split("|")[1] for x in lines[::4]]
    return out


def test_match_as_asked_of_the_matcher():
    kinds = sorted(marker_matchers()) + ["no such kind"]
    hits = asked = 0
    for text in _texts():
        art = analyze(Article(id="speed41m", raw=text, text=text, published="2024-03-10"))
        for sent in art.sentences:
            s = _Sent(art, sent)
            for kind in kinds:
                m = marker_matchers().get(kind)
                for k in range(-1, len(s.toks) + 1):
                    want = m.match_at(s.f, s.toks, k) if m is not None and 0 <= k < len(s.toks) else None
                    got = s.match(kind, k)
                    assert got == want, (text, kind, k)
                    asked += 1
                    hits += got is not None
    assert hits > 100 and asked > 10 * hits
