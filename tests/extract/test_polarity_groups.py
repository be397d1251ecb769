"""judge groups a sentence's cues by effect once per cue list: a verdict never comes from another
sentence's cues, even one with as many cues, and a list read again gives the same verdict."""
from __future__ import annotations

from tawatur.extract.patterns import find_all, load_patterns, tokenize
from tawatur.extract.polarity import _future, judge


def _read(text: str):
    toks = tokenize(text, 0, len(text))
    trig = next(m for m in find_all(load_patterns("triggers.tsv"), toks) if m.row.get("type") == "enter")
    return trig, toks, find_all(load_patterns("cues.tsv"), toks)


def test_verdicts_follow_their_own_cue_list() -> None:
    denied = _read("ونفى مصدر محلي دخول القوات إلى البلدة")
    plain = _read("وأكد مصدر محلي دخول القوات إلى البلدة")
    assert len(denied[2]) == len(plain[2]) >= 1  # as many cues, one list denying
    for _ in range(2):
        assert judge(*denied, False).polarity == "denied"
        assert judge(*plain, False).polarity == "asserted"


def test_expectation_after_the_trigger_is_read_only_when_the_sentence_has_one() -> None:
    """judge looks for an expectation cue after the trigger only in a sentence that has a cue of such
    an effect: a near-future phrase after the trigger makes it expected, the same sentence without it
    stays asserted, and reading them in turn (the cue lists alternate) keeps both verdicts."""
    soon = _read("ودخلت القوات إلى البلدة الكبيرة خلال الساعات القادمة")
    past = _read("ودخلت القوات إلى البلدة الكبيرة خلال الساعات الماضية")
    for _ in range(2):
        assert judge(*soon, False).polarity == "expected"
        assert judge(*past, False).polarity == "asserted"


def test_future_prefix_is_read_per_word() -> None:
    """"ستنسحب": the future prefix before a verb of the pack; "سيطرت" is no prefix plus a verb. Asked
    twice (the answer is kept per word), and a token of another word gets its own answer."""
    for _ in range(2):
        soon, done = tokenize("ستنسحب سيطرت", 0, 12)
        assert _future(soon) is True
        assert _future(done) is False
