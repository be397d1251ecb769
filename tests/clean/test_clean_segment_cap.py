"""Overlong sentences are cut (issue 10: no quadratic corner in the later stages)."""
from __future__ import annotations

import random

from tawatur.clean.segment import MAX_SENTENCE_CHARS, is_heading_line, segment
from tawatur.model import Article

WORDS = "دخلت القوات بلدة في ريف حماة وقال الأهالي إن القصف استمر طوال الليل على الأحياء".split()


def _segment(text: str) -> Article:
    return segment(Article(id="long", raw=text))


def _words_line(n_chars: int, seed: int = 3) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    while sum(len(w) + 1 for w in out) < n_chars:
        out.append(rng.choice(WORDS))
    return " ".join(out)


def test_a_line_without_punctuation_is_cut_at_spaces() -> None:
    text = _words_line(20_000)
    art = _segment(text)
    assert len(art.sentences) >= 20_000 // MAX_SENTENCE_CHARS
    for s in art.sentences:
        assert s.end - s.start <= MAX_SENTENCE_CHARS
        assert text[s.start:s.end] == s.text
        assert s.text == s.text.strip()
        assert (s.start == 0 or text[s.start - 1] == " ") and (s.end == len(text) or text[s.end] == " ")
    assert " ".join(s.text for s in art.sentences) == text  # nothing lost, nothing doubled


def test_a_clause_mark_is_preferred_to_a_space() -> None:
    text = _words_line(1000) + "، " + _words_line(1000, seed=4)
    art = _segment(text)
    assert art.sentences[0].text.endswith("،")


def test_a_run_without_spaces_is_cut_hard() -> None:
    text = "ب" * (3 * MAX_SENTENCE_CHARS + 5)
    art = _segment(text)
    assert [s.end - s.start for s in art.sentences] == [MAX_SENTENCE_CHARS] * 3 + [5]


def test_normal_sentences_are_untouched() -> None:
    text = "قصفت الطائرات مدينة حمص. وقال ناشطون إن خمسة مدنيين قتلوا في القصف."
    assert [s.text for s in _segment(text).sentences] == [
        "قصفت الطائرات مدينة حمص.", "وقال ناشطون إن خمسة مدنيين قتلوا في القصف."]


def test_heading_test_on_a_long_run_of_punctuation() -> None:
    assert not is_heading_line("عاجل: " + ". " * 50_000)
    assert is_heading_line("قوات النظام تدخل بلدة جديدة في ريف حماة")
    assert not is_heading_line("قوات النظام تدخل بلدة جديدة في ريف حماة.»")


def test_many_quotes_and_full_stops() -> None:
    text = " ".join(f"«قال {i}. نعم»" for i in range(3000))
    art = _segment(text)
    assert all(s.end - s.start <= MAX_SENTENCE_CHARS for s in art.sentences)
