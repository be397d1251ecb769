"""Checks that only look inside one sentence stay correct when they skip the rest: dedupe tells two
forces apart only by the events of their own sentence, and "غداة X" is looked for only where a first
word of such a phrase stands before the trigger."""
from __future__ import annotations

from tawatur.extract.dedupe import dedupe
from tawatur.extract.patterns import Token, tokenize
from tawatur.extract.when import DAY_AFTER, DAY_BEFORE, _phrase_near, _words
from tawatur.model import Actor, Event, EventDate, Place

_PLACE = Place(name="حماة", name_en="Hama", gazetteer_id="c:hama")


def _ev(i: str, side: str, sentence: int, trigger: str) -> Event:
    return Event(id=i, article="x", type="take_control", place=_PLACE, rule="side:actor", sentence=sentence,
                 trigger=trigger, actor=Actor(name=side, side=side), date=EventDate(value="2016-11-26"))


def test_two_forces_taking_one_place_are_two_events_only_when_one_sentence_tells_both() -> None:
    """A retaking and the loss before it told by two triggers of one sentence are two happenings; the
    same pair told by two sentences, or by events with no sentence (-1), is one (the first-named)."""
    assert [e.id for e in dedupe([_ev("1", "government", 3, "استعادت"), _ev("2", "opposition", 3, "طرد")])] \
        == ["1", "2"]
    assert [e.id for e in dedupe([_ev("1", "government", 3, "استعادت"), _ev("2", "opposition", 4, "طرد")])] \
        == ["1"]
    assert [e.id for e in dedupe([_ev("1", "government", -1, "استعادت"), _ev("2", "opposition", -1, "طرد")])] \
        == ["1"]
    # each force's own sentence tells no other force's move: three sentences, one happening
    assert [e.id for e in dedupe([_ev("1", "government", 5, "سيطرت"), _ev("2", "opposition", 6, "سيطرت"),
                                  _ev("3", "government", 7, "دخلت")])] == ["1"]
    # a second trigger in the opposing force's sentence tells it apart again
    assert [e.id for e in dedupe([_ev("1", "government", 5, "سيطرت"), _ev("2", "opposition", 6, "سيطرت"),
                                  _ev("3", "government", 6, "دخلت")])] == ["1", "2"]


def _reference(toks: list[Token], i: int, phrases: frozenset[str], breaks: set[int]) -> bool:
    """_phrase_near as a plain scan: every end position in reach, every phrase length."""
    lo = max([k for k in breaks if k <= i], default=0)
    longest = max(len(p.split(" ")) for p in phrases)
    return any(_words(toks[k - n:k]) in phrases for k in range(max(lo, i - 3), i + 1)
               for n in range(1, longest + 1) if k - n >= lo)


def test_day_after_phrases_are_found_as_a_full_scan_finds_them() -> None:
    """At every token of sentences with "غداة" and "بعد يوم من" near and far, with and without a clause
    break between, the quick look-up answers as the plain scan does (and both answers occur)."""
    texts = ["دخلت القوات البلدة غداة استعادة الجيش السيطرة عليها",
             "انسحب المقاتلون من الحي بعد يوم من وصول القافلة إلى المدينة الكبيرة",
             "قصفت الطائرات القرية عشية الهجوم على المطار ثم عادت إلى قاعدتها"]
    answers = set()
    for text in texts:
        toks = tokenize(text, 0, len(text))
        for breaks in (set(), {3}, {1, 5}):
            for phrases in (DAY_AFTER, DAY_BEFORE):
                for i in range(len(toks)):
                    want = _reference(toks, i, phrases, breaks)
                    assert _phrase_near(toks, i, phrases, breaks) == want, (text, breaks, i)
                    answers.add(want)
    assert answers == {True, False}
