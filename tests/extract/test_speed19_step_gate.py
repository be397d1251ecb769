"""Task speed19 (issue 13): a pattern is tried only in a sentence that holds a word for each of its later
steps a set test can rule out (``Pattern._need``, ``sentence_keys``). The gate must drop no match: ``find_all``
gives what trying every candidate of the first-step index gives (sentences written for these tests, and every
sentence of ``bench/sentences``)."""
from __future__ import annotations

from pathlib import Path

from tawatur.clean.tokens import Token, tokenize
from tawatur.extract import patterns as P

_SENTENCES = Path(__file__).resolve().parents[2] / "bench" / "sentences"
_TABLES = ("triggers.tsv", "cues.tsv", "subjects.tsv")

_OWN = [
    # the first step "من" is in every other sentence; the rare later step ("محور") is here...
    "وتقدمت وحدات الجيش من محور بلدة كفرزيتا صباح الأحد",
    # ...and not here: the gate spares the attempt, the answer is the same
    "وخرج الأهالي من بلدة كفرزيتا صباح الأحد",
    "وأكد مصدر ميداني عدم وقوع اشتباكات على مشارف مدينة سراقب",
    "وقالت الفصائل إنها لا تزال على أطراف مدينة سراقب في انتظار التعزيزات",
    "ودخلت الدوريات المتوغلة إلى قرية عين عيسى بعد مسافة قصيرة من الطريق",
]


def _ungated(patterns: tuple[P.Pattern, ...], toks: list[Token]) -> list[P.Match]:
    """Every match, each candidate of the first-step index tried by ``match_at`` (no gate)."""
    out = [P.Match(p, i, j) for i, tok in enumerate(toks) for p in P.starting_at(patterns, tok)
           if (j := p.match_at(toks, i, first_matched=True)) is not None]
    out.sort(key=lambda m: (m.i, m.pattern.line))
    return out


def _texts() -> list[str]:
    out = list(_OWN)
    for path in sorted(_SENTENCES.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("|")
            if len(parts) >= 2 and not line.startswith("#") and parts[1].strip():
                out.append(parts[1].strip())
    return out


def test_the_gate_drops_no_match_of_the_three_tables() -> None:
    tables = [P.load_patterns(n) for n in _TABLES]
    found = gated = 0
    for text in _texts():
        toks = tokenize(text, 0, len(text))
        for table in tables:
            want = _ungated(table, toks)
            assert P.find_all(table, toks) == want, text
            found += len(want)
    for table in tables:
        gated += sum(1 for p in table if p._need)
    assert found > 1000 and gated > 100  # (the tables have rows the gate reads, and the sentences match)


def test_a_sentence_without_the_rare_step_is_not_tried() -> None:
    # a row "من محور" (an origin cue) is a candidate at "من" in both sentences; only the first holds "محور"
    table = P.load_patterns("cues.tsv")
    rows = [p for p in table if any("محور" in s for s in p._need)]
    with_it, without = (tokenize(t, 0, len(t)) for t in _OWN[:2])
    assert rows and any(m.pattern in rows for m in P.find_all(table, with_it))
    assert not any(m.pattern in rows for m in P.find_all(table, without))
    assert all(any(s.isdisjoint(P.sentence_keys(without)) for s in p._need) for p in rows)


def test_a_dual_and_a_conjunction_reach_the_keys() -> None:
    # a later step naming a singular ("مظاهره") is matched by its dual ("مظاهرتين"); an exact step ("=دخلت")
    # by a word whose conjunction comes off ("ودخلت"): the sentence's keys hold both readings
    dual = P.compile_pattern("خرج … مظاهره", {"type": "protest"})
    text = "خرج الطلاب أمس في مظاهرتين وسط مدينة السلمية"
    toks = tokenize(text, 0, len(text))
    assert "مظاهره" in P.sentence_keys(toks)
    assert [(m.i, m.j) for m in P.find_all((dual,), toks)] == [(0, 5)]
    exact = P.compile_pattern("ثم =دخلت", {"type": "advance"})
    text = "انسحبت الفصائل ثم ودخلت قوات الجيش القرية"
    toks = tokenize(text, 0, len(text))
    assert [(m.i, m.j) for m in P.find_all((exact,), toks)] == [(2, 4)]


def test_each_token_list_has_its_own_keys() -> None:
    # the keys are remembered for the last list only: a second sentence's list gets its own
    a, b = (tokenize(t, 0, len(t)) for t in _OWN[:2])
    assert "محور" in P.sentence_keys(a)
    assert "محور" not in P.sentence_keys(b)
    assert "محور" in P.sentence_keys(a)
