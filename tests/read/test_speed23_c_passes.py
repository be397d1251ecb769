"""Task speed23 (issue 13): walks over every word or gap of a sentence that were Python loops are read in C
(``map``, ``compress``, ``accumulate``): places' filled-gap counts, frames' marked gaps, the token layer's
role table, ``with_role``, ``spans``, ``words`` and ``tokenize``, dates' ``gate_mask``, the patterns'
``sentence_keys`` and the positions ``find_all`` walks. Each must answer as the old loop did, on our
sentences with the gaps the loops test (a comma inside a figure beside one between clauses, a hyphen inside
a name beside a full stop, brackets, a clock time) and on sentences of bench/sentences."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tawatur.clean.normalize import WORD, fold_shared, words
from tawatur.clean.tokens import Token, role_table, spans, tokenize, tokens_of, with_role
from tawatur.extract import frames
from tawatur.extract.patterns import _WORD_KEYS, _index, _may_start, load_patterns, sentence_keys
from tawatur.model import Article
from tawatur.pipeline import analyze
from tawatur.read import dates
from tawatur.read.places import _GAP_OK, _filled_gap_counts

TEXTS = (
    # a comma inside a figure beside a comma between clauses
    "نزحت 2,300 عائلة من بلدة كفرنبل، وقال ناشطون إن 1,5 مليون شخص بلا مأوى.",
    "نزحت 300 عائلة من بلدة كفرنبل , وقال ناشطون إن القصف استمر.",
    # a hyphen inside a road's name beside a full stop between two names
    "قطعت الفصائل طريق حلب - دمشق الدولي قرب سراقب. حماة هادئة.",
    # a short bracketed gloss and a clock time
    "سيطرت قوات سوريا الديمقراطية (قسد) عند الساعة 23:30 على قرية الصور (شرق).",
    # one word; no word
    "دمشق",
    "...",
)


def _bench_lines() -> list[str]:
    root = Path(__file__).resolve().parents[2] / "bench" / "sentences"
    lines = [ln.split("|")[1] for f in sorted(root.glob("*.txt"))[:40]
             for ln in f.read_text(encoding="utf-8").splitlines() if ln.count("|") >= 2 and not ln.startswith("#")]
    assert lines
    return lines[::9]


def _sentences(text: str) -> list[tuple[Article, list[Token]]]:
    art = analyze(Article(id="speed23", raw=text, text=text, published="2024-03-10"))
    return [(art, tokens_of(art, s)) for s in art.sentences]


def _old_filled(text: str, toks: list[tuple[int, int, str]]) -> list[int]:
    bad = [0]
    for k in range(len(toks) - 1):
        gap = text[toks[k][1]:toks[k + 1][0]]
        ok = gap == " " or _GAP_OK.match(gap)
        bad.append(bad[-1] + (not ok))
    return bad


def _old_marked(raw: str, toks: list[Token]) -> list[tuple[int, str]]:
    gaps = []
    for k in range(1, len(toks)):
        gap = raw[toks[k - 1].end:toks[k].start]
        if gap == "," and toks[k - 1].word.isdigit() and toks[k].word.isdigit():
            continue
        if gap != " " or not frames._SPACE_NO_BREAK:
            gaps.append((k, gap))
    return gaps


def _old_gate_mask(text: str, ws: list[str]) -> int:
    mask = dates._unsplit_kinds()
    for run in set(ws):
        mask |= dates._kinds_in(run) | (dates.DIGIT_BIT if dates._DIGIT.search(run) else 0)
    return mask


def _check(text: str) -> None:
    folded = fold_shared(text)
    assert words(folded.text) == [(m.start(), m.end(), m.group()) for m in WORD.finditer(folded.text)]
    index = folded.index
    assert [(t.i, t.word, t.start, t.end, t.fstart, t.fend, t.bare) for t in tokenize(text, 0, len(text))] == \
        [(n, w, index[fs], index[fe - 1] + 1, fs, fe, t.bare)
         for (n, (fs, fe, w)), t in zip(enumerate(words(folded.text)), tokenize(text, 0, len(text)), strict=True)]
    for art, toks in _sentences(text):
        triples = spans(toks)
        assert triples == [(t.fstart, t.fend, t.word) for t in toks]
        assert spans(toks, 7) == [(t.fstart + 7, t.fend + 7, t.word) for t in toks]
        frames._GAPS.clear()
        assert frames._marked_gaps(art.raw, toks) == _old_marked(art.raw, toks)
        raw_triples = [(t.start, t.end, t.word) for t in toks]
        assert _filled_gap_counts(art.raw, raw_triples) == _old_filled(art.raw, raw_triples)
        table = role_table(triples)
        for _, bits in table:
            assert bits
        for bit_name in ("speed23_digit",):
            got = with_role(triples, bit_name, str.isdigit)
            assert got == [k for k, (_, _, w) in enumerate(triples) if w.isdigit()]
        ws = [w for _, _, w in triples]
        assert dates.gate_mask(art.raw, ws) == _old_gate_mask(art.raw, ws)
        patterns = load_patterns("triggers.tsv")
        memo = _index(patterns).memo
        walked = set(_may_start(memo, toks))
        for i, t in enumerate(toks):
            if i not in walked:
                assert memo.get(t.word) == ()
        keys = sentence_keys(toks)
        assert all(_WORD_KEYS.get(t.word) is None or set(_WORD_KEYS[t.word]) <= keys for t in toks)


@pytest.mark.parametrize("text", TEXTS)
def test_same_answer_as_the_old_loops(text: str) -> None:
    _check(text)


def test_every_ninth_bench_sentence() -> None:
    for text in _bench_lines():
        _check(text)


def test_gaps_can_fail() -> None:
    """The test can fail: a figure's comma is no marked gap, a clause's comma and a full stop are; a hyphen
    between two words of a name fills no gap, a full stop does."""
    text = TEXTS[0]
    (art, toks), = _sentences(text)[:1]
    marked = dict(frames._marked_gaps(art.raw, toks))
    words_at = [t.word for t in toks]
    assert words_at.index("300") not in marked  # "2,300"
    assert any(gap.startswith("،") for gap in marked.values())
    road = "طريق حلب - دمشق. حماة"
    triples = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", road) if m.group() != "-"]
    triples = [(s, e, w.rstrip(".")) if w.endswith(".") else (s, e, w) for s, e, w in triples]
    counts = _filled_gap_counts(road, [(s, s + len(w), w) for s, _, w in triples])
    assert counts == [0, 0, 0, 1]


def test_non_derived_tokens_walk_every_position() -> None:
    """A token made with its forms is keyed by them, not by its word: every position is walked."""
    toks = [Token(0, "قصف", ["قصف"]), Token(1, "الطيران", None)]
    assert list(_may_start(_index(load_patterns("triggers.tsv")).memo, toks)) == [0, 1]


def _old_live(words: list[str], inert: dict[str, bool], gaz, start) -> list[int]:
    from tawatur.read.places import _NAMING_VERBS, _PRESENTING_FIRST, _is_inert
    return [k for k, w in enumerate(words)
            if (k and words[k - 1] in _NAMING_VERBS) or w in _PRESENTING_FIRST
            or not (inert[w] if w in inert else _is_inert(w, gaz, inert, start))]


@pytest.mark.parametrize("text", (*TEXTS, "ويدعى جوان حسكة وهو من قرية تل تمر.", "القرى التي دخلتها القوات وهي: الصور والبصيرة."))
def test_place_scan_positions_as_the_old_walk(text: str) -> None:
    """``scan`` visits only the positions where it did more than step on: after a naming verb, a presenting
    word, a word not inert."""
    from tawatur.read.gazetteer import Gazetteer
    from tawatur.read.places import _inert_words, _SentenceScanner, _start_keys
    gaz = Gazetteer.default()
    for art, toks in _sentences(text):
        f = fold_shared(art.raw)
        sc = _SentenceScanner(gaz, f, spans(toks))
        inert, start = _inert_words(gaz), _start_keys(gaz)
        live = sc._live(inert, start)
        assert live == _old_live(sc.words, inert, gaz, start)
        if "جوان" in text:
            assert sc.words.index("جوان") in live  # the word after "ويدعى", inert or not
