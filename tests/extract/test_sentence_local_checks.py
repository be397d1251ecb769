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


def _one_mover_reference(events: list[Event]) -> list[Event]:
    """dedupe's one-mover rule as the plain scan over every kept event it was written as."""
    from tawatur.extract.dedupe import _ONE_MOVER, _keep_stated_date, _same_move, _told_apart

    kept: list[Event] = []
    for e in events:
        implied = e.rule.endswith("side:implied")
        if e.sentence >= 0 and any(_told_apart(o, e) and _same_move(o, e) for o in events
                                   if o.sentence == e.sentence):
            kept.append(e)
            continue
        same = [k for k in kept if e.type in _ONE_MOVER and _same_move(k, e)
                and (implied or not k.rule.endswith("side:implied"))]
        if same:
            _keep_stated_date(same[0], (same[0], e))
            continue
        kept.append(e)
    return kept


def _random_events(rng, n: int) -> list[Event]:
    places = [_PLACE, Place(name="الرستن", gazetteer_id=None), Place(name="رستن"), None]
    return [Event(id=str(i), article="x", type=rng.choice(("take_control", "enter", "attack", "withdraw")),
                  polarity=rng.choice(("asserted", "asserted", "denied")), place=rng.choice(places),
                  rule=rng.choice(("side:actor", "side:implied")), sentence=rng.randrange(-1, 6),
                  trigger=rng.choice(("سيطرت", "دخلت", "طرد")),
                  actor=Actor(name="x", side=rng.choice(("government", "opposition", "sdf"))),
                  date=EventDate(value=rng.choice(("2016-11-26", "2016-11-27", "2016-12-05", "2017-01", ""))))
            for i in range(n)]


def test_one_mover_lookup_keeps_what_the_plain_scan_keeps() -> None:
    import random

    from tawatur.extract.dedupe import _one_mover_a_day

    rng = random.Random(5)
    for _ in range(300):
        events = _random_events(rng, rng.randrange(1, 25))
        want = [(e.id, e.date.value) for e in _one_mover_reference(_random_copy(events))]
        assert [(e.id, e.date.value) for e in _one_mover_a_day(_random_copy(events))] == want


def _random_copy(events: list[Event]) -> list[Event]:
    import copy

    return copy.deepcopy(events)


def test_dedupe_stays_linear_in_the_events_of_one_article() -> None:
    """A page without punctuation and dense with event words gives thousands of events in one article:
    each move is compared with the moves of its own place, type and polarity, not with every event
    kept (the scan took 56 s of a 20,000-word page; a 1.7 MB one never finished)."""
    import time

    def cpu(n: int) -> float:
        events = [Event(id=str(i), article="x", type=("take_control", "attack")[i % 2],
                        place=Place(name=f"قرية {i % 40}"), rule="side:actor", sentence=i // 3, trigger="t",
                        actor=Actor(name="x", side=("government", "opposition")[i % 3 % 2]),
                        date=EventDate(value=f"20{10 + i % 9}-0{1 + i % 9}-1{i % 9}" if i % 4 else ""))
                  for i in range(n)]
        t0 = time.process_time()
        dedupe(events)
        return time.process_time() - t0

    cpu(200)  # word lists loaded
    small, large = min(cpu(600) for _ in range(2)), min(cpu(2400) for _ in range(2))
    assert large < 8 * small + 0.05, (small, large)  # four times the events: about four times the time
