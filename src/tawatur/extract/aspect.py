"""Aspect and time: a happening told as a habit or a trend is no event (task eventhood40).

GUIDELINES: a past event in a background paragraph is an event; a habit, a trend, a state is not. What decides is the
grammar of the clause, not its verb: a happening with no single occasion over a time that is not bounded. Read the
shared gold first: a progressive over the present ("لا تزال الاشتباكات مستمرة في X") is the happening going on, an
event; a happening recalled as a time or a cause with its place ("بعد أيام من تسلل المسلحين إلى البلدة") is an event;
so is what is done since a happening ("منذ سقوط النظام تنفذ القوات عمليات توغل في X"). None of them is read here.

:func:`habitual` says a trigger tells no single occasion when its clause has no bounded time (a short time word, a
date) and one of:
- a verb of habit before it in its clause ("دأبت الفصائل على استهداف X", "اعتادت الطائرات قصف X");
- a word of repetition on the happening (an adjective right after its noun, "قصف شبه يومي"، "تفجيرات متكررة"; or an
  adverb of its clause, "باستمرار"، "بشكل متكرر"، "بين الحين والآخر"), in the present of habit (an imperfect verb
  heads the clause, or is the trigger) or over an unbounded span;
- a plural of occasions ("الهجمات"، "عمليات الاغتيال"، "حوادث الخطف") over an unbounded span of units ("منذ أشهر"،
  "خلال السنوات الماضية"، "في الآونة الأخيرة") with a verb of going on or growing ("تتواصل"، "تصاعدت") or a count
  of occasions ("عشرات الهجمات"); a plural alone over a span stays ("تشهد مناطق X منذ أشهر حملات أمنية": heldout23
  gold).
A trend that the next clause counts with a documenting verb ("، وثق مكتب محلي منها أكثر من 40 عملية") is a tally at
the place, kept (as the witness rule keeps it), and so is one the next clause tells through an instance naming no
place of its own ("، أبرزها غارة روسية في شباط 2020"). The markers are wordsets (aspect_*, wordsets.tsv). The witness
verb's trends ("تشهد X منذ أشهر هجمات متكررة") keep their own rule (where.PlaceRules._witnessed_trend), which
reads a wider span ("منذ سقوط النظام") for that verb only.

:func:`past_habit` is the quoted speaker's habit of the past ("كنا نعالج جرحى المعارك"), asked by the polarity judge
(verdict "past-habit", task misread38); a verb or noun of habit ("اعتادت"، "عادة ما"، "كعادتها") was a hypo cue row
before task eventhood40 and is read here now.
"""
from __future__ import annotations

from collections.abc import Collection

from ..read.wordsets import wordlist, wordset
from .frames import SentenceView, usable_place
from .gates import needs_words
from .patterns import Match, Token
from .vocab import FIRST_PERSON, counts, imperfect_verb

REPEAT_ADJECTIVE = wordset("aspect_repeat_adjective")
REPEAT_ADVERB = wordset("aspect_repeat_adverb")
REPEAT_MANNER = wordset("aspect_repeat_manner_only")
MANNER_LEAD = wordset("aspect_manner_lead")
NOW_AND_THEN = wordset("aspect_now_and_then")
NOW_AND_THEN_TAIL = wordset("aspect_now_and_then_tail")
HABIT_VERB = wordset("aspect_habit_verb")
OCCASION_PLURAL = wordset("aspect_occasion_plural")
OCCASION_HEAD = wordset("aspect_occasion_head")
OCCASION_COUNT = wordset("aspect_occasion_count")
ITERATIVE_VERB = wordset("aspect_iterative_verb")
EXAMPLE = wordset("example_superlative")  # "، أبرزها غارة في شباط 2020": the trend told through one instance
SPAN_LEAD = wordset("aspect_span_lead")
SPAN_NOUN = wordset("aspect_span_noun")
FLIGHT_TYPES = ("displacement", "evacuation")  # moves whose unnamed destination leaves their origin standing (where.py)
PRESENCE_TYPES = ("deploy",)
SHORT_TIME = wordset("witnessed_trend_short_time")  # "صباح اليوم"، "أمس": a bounded time (the witness rule's set)
TALLY_VERBS = wordset("witnessed_trend_tally_verb")
EXAMPLE_REACH = 3  # words from the next clause's start to its example word ("، وكان آخرها")
PAST_HABIT_AUX = wordset("first_person_past_aux")  # "كنا نعالج الجرحى": a quoted speaker's past habit (past_habit)
PAST_HABIT_PREFIXES = tuple(wordlist("first_person_imperfect_prefix"))
PAST_HABIT_NOT_VERB = wordset("first_person_pronoun")
PAST_HABIT_REACH = 4  # words from "كنا" to the trigger its verb governs ("كنا ننقل الجرحى"، "كنا نعالج جرحى المعارك")
ADJECTIVE_REACH = 2  # words after the happening's noun its repetition word may stand ("قصف مدفعي متكرر")
HEAD_REACH = 2  # words from a plural head to the happening ("حملات الدهم والاعتقال")
SPAN_REACH = 2  # words from a span's lead to its noun ("منذ مطلع العام")


def _clause(m: Match, n: int, breaks: Collection[int]) -> tuple[int, int]:
    return max((b for b in breaks if b <= m.i), default=0), min((b for b in breaks if b > m.i), default=n)


def _bounded(view: SentenceView, start: int, end: int) -> bool:
    """A short time or a date in the clause: "صباح اليوم"، "يوم الثلاثاء"، "منذ أيار 2013" (one occasion, or a
    dated start the golds annotate). A count is no bound ("عشرات الهجمات خلال السنوات الماضية")."""
    toks = view.toks
    if any(toks[k].bare in SHORT_TIME or toks[k].word[:1].isdigit() for k in range(start, end)):
        return True
    return any(start <= i < end for i, _ in view.dates)


def _unbounded_span(view: SentenceView, start: int, end: int) -> bool:
    toks = view.toks
    return any(toks[k].bare in SPAN_LEAD and any(toks[t].bare in SPAN_NOUN for t in range(k + 1, min(k + 1 + SPAN_REACH, end)))
               for k in range(start, end))


def _repeated(view: SentenceView, m: Match, start: int, end: int) -> bool:
    toks = view.toks
    for k in range(start, end):
        w = toks[k]
        if w.bare in REPEAT_ADVERB:
            return True
        if w.bare in REPEAT_MANNER and k > start and toks[k - 1].bare in MANNER_LEAD:
            return True  # "بشكل متكرر"، "شبه يومي"
        if w.word in NOW_AND_THEN_TAIL and k > start and toks[k - 1].bare in NOW_AND_THEN:
            return True  # "بين الحين والآخر"
    # an adjective of the happening's noun ("قصف مدفعي متكرر"، "لتفجيرات متكررة"; inside a trigger of two words:
    # "تفجيرات متكررة بسيارات مفخخة")
    return any(toks[k].bare in REPEAT_ADJECTIVE and toks[k].bare not in MANNER_LEAD
               for k in range(m.i + 1, min(m.j + ADJECTIVE_REACH, end)))


def _habit_present(view: SentenceView, start: int, end: int) -> bool:
    """An imperfect verb in the clause, not a place's word: the present of habit ("تتعرض X لقصف متكرر"، "حملة قصف
    متكررة تطال X")."""
    toks = view.toks
    places = {i for i, _ in view.places}
    return any(imperfect_verb(toks[k].bare) and k not in places for k in range(start, end))


def _occasions(view: SentenceView, m: Match) -> bool:
    toks = view.toks
    if any(f in OCCASION_PLURAL for k in range(m.i, m.j) for f in toks[k].forms):
        return True
    return any(toks[k].bare in OCCASION_HEAD for k in range(max(0, m.i - HEAD_REACH), m.i))


def _tallied(view: SentenceView, end: int, breaks: Collection[int]) -> bool:
    """The next clause counts the trend ("، وثق مكتب محلي منها أكثر من 40 عملية"), or tells one instance of it that
    names no place of its own ("لغارات متكررة، أبرزها غارة روسية في شباط 2020 أدت إلى ...": the instance is
    told at the trend's place, heldout20 gold); an instance naming its own place ("وكان آخرها هجوم على حاجز في
    بلدة X") is its own event, the trend none."""
    toks = view.toks
    after = min((b for b in breaks if b > end), default=len(toks))
    if any(toks[k].word in TALLY_VERBS or toks[k].bare in TALLY_VERBS for k in range(end, after)) \
            and any(counts(toks[k]) for k in range(end, after)):
        return True
    return any(toks[k].bare in EXAMPLE for k in range(end, min(end + EXAMPLE_REACH, after))) \
        and not any(end <= i < after and usable_place(p) for i, p in view.places)


@needs_words(REPEAT_ADJECTIVE, REPEAT_ADVERB, REPEAT_MANNER, NOW_AND_THEN, HABIT_VERB, SPAN_NOUN)
def habitual(view: SentenceView, m: Match, breaks: Collection[int]) -> str | None:
    """Why the trigger ``m`` tells no single occasion ("habit", "repeat", "trend"), or None (module doc)."""
    if m.row.get("type") in FLIGHT_TYPES or m.row.get("type") in PRESENCE_TYPES:
        # a flight told as a wave ("موجات نزوح متكررة") is the flight, as the witness rule reads it; presence and
        # patrols are deploy however often ("تسيّر القوات دوريات بشكل دوري في X": GUIDELINES, presence and patrols)
        return None
    toks = view.toks
    start, end = _clause(m, len(toks), breaks)
    if any(toks[k].bare in HABIT_VERB for k in range(start, m.i)):
        return "habit"  # (a time of day is the habit's, "دأبوا على مهاجمة الحاجز ليلاً")
    if _bounded(view, start, end) or _tallied(view, end, breaks):
        return None
    span = _unbounded_span(view, start, end)
    if _repeated(view, m, start, end) and (span or _habit_present(view, start, end)):
        return "repeat"
    if span and _occasions(view, m) and any(toks[k].bare in ITERATIVE_VERB or toks[k].bare in OCCASION_COUNT
                                            for k in range(start, end)):
        return "trend"
    return None


def past_habit(trig: Match, toks: list[Token], breaks: Collection[int]) -> bool:
    """"كنا نعالج جرحى المعارك من الطرفين"، "كنا ننقل الجرحى إلى X"، "كنت أسمع القصف كل ليلة": كان of the first
    person, then an imperfect of the first person that is the trigger or governs it in the same clause, tells a
    quoted speaker's habit of the past: background description, no event of the report's date. "كنا (قد) نزحنا" is
    a pluperfect (a perfect after كان), an event (task misread38)."""
    for k in range(max(0, trig.i - PAST_HABIT_REACH), trig.i):
        if toks[k].bare not in PAST_HABIT_AUX:
            continue
        verb = toks[k + 1].bare
        if len(verb) > 2 and verb.startswith(PAST_HABIT_PREFIXES) and not verb.endswith(FIRST_PERSON) \
                and verb not in PAST_HABIT_NOT_VERB and not any(k < b <= trig.i for b in breaks):
            return True
    return False
