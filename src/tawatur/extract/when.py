"""When an event happened: the date in the trigger's own clause, else the narrative's, else the article's.

Beside the date words themselves (read by :mod:`tawatur.read.dates`), a few constructions move a day:
a recap ("وكانت القوات قد دخلت", "في وقت سابق") with no date word tells of a happening
before the day's news, the day before the article's date at the least; "غداة X" / "بعد يوم من X" puts
X a day before the sentence's day and "عشية X" a day after; a relative date corrected in parentheses
("ظهر اليوم (أمس)", a quote dated by its editor) takes the correction; a week gone by ("الأسبوع الماضي")
dates at week precision (not "خلال الأسبوع الماضي", a span up to now); a sentence naming no day that
retells a happening dated before tells of that day (:func:`retold_days`).
"""
from __future__ import annotations

from datetime import date, timedelta
from functools import cache

from ..clean.normalize import fold_text
from ..clean.tokens import tokens_of
from ..model import Article, Event, EventDate, Mention, Sentence
from ..read.dates import resolve_against, weekday_of
from ..read.wordsets import marks, wordlist, wordset
from .frames import (
    SentenceView,
)
from .gates import needs_words, phrase_keys
from .patterns import Match, Token
from .vocab import (
    ARGUMENT_WORDS,
    ARTICLE,
    CONTINUE_NOW,
    COORDINATION,
    DEMONSTRATIVES,
    RELATIVES,
    SINCE,
    TIME_LINKER,
    imperfect_verb,
)

PLUPERFECT = wordset("pluperfect_aux")
EARLIER = wordset("earlier_phrase")
BACKGROUND = wordset("background_opener")
BACKGROUND_LINKS = wordset("background_opener_link")  # its particles ("يذكر أن"): no key of the gate
DAY_AFTER = wordset("day_after_noun")
DAY_BEFORE = wordset("day_before_noun")
DAYS_AFTER = wordset("days_after_noun")
# "بعد يومين/ثلاثة أيام من X": X that many days back, at day precision (task dates20)
COUNTED_AFTER = ((wordset("two_days_after_noun"), 2), (wordset("three_days_after_noun"), 3))
DAYS_AFTER_SHIFT = 2  # "بعد أيام من X": some days, told at day precision as the fewest (as "اليومين الماضيين")
WEEK_AFTER = wordset("week_after_noun")
WEEK_AFTER_SHIFT = 7  # "بعد أسبوع من X": X a week back, told at week precision
# "بعد نحو شهر (ونصف) على X"، "بعد شهرين من X": X a month or two back, told at month precision (task probe17)
MONTHS_AFTER = ((wordset("month_after_noun"), 30), (wordset("two_months_after_noun"), 60))
LATER_BY = ((wordset("later_day_phrase"), 1, "day"), (wordset("later_two_days_phrase"), 2, "day"),
            (wordset("later_three_days_phrase"), 3, "day"), (wordset("later_week_phrase"), 7, "week"))
SINCE_OF = wordset("since_of")
IMPERFECT_MASC = wordlist("imperfect_masculine_prefix")
STATE_NOW = wordset("state_now_aux")
NIGHT = wordset("night_adverb")
NIGHT_NOUN = wordset("night_noun")
NIGHT_JOINER = wordset("night_span_joiner")
ROUND_THE_CLOCK = wordset("round_the_clock")
CLOCK_HOUR = wordset("clock_hour")  # "الساعة العاشرة ليلاً": an hour of the night, no happening of last night
WHEN = wordset("when_linker")
TEMPORAL_IN = wordset("temporal_in")  # "في حين": whereas, no "when"
WHEN_REACH = 10  # words after a reported trigger its "عندما" clause may open ("قتلوا، وأصيب اثنان آخران، عندما")
WHEN_DAY_REACH = 16  # words after "عندما" its day may stand ("عندما هاجم مسلح دورية ... قرب مدينة X أمس")
NAMING_GLOSS = wordset("naming_gloss")
COORDINATED = tuple(wordlist("coordination_clitic"))  # a word opening a coordinated clause (_going_on_after)
COMMAS = tuple(marks("comma_marks"))  # the commas that set off an aside (_people_aside)
PEOPLE_ASIDE = wordset("people_aside_lead")  # "، بينهم مئات المقاتلين،": an aside on people counted
ASIDE_WORDS = 8  # words a comma-enclosed aside on people may run
BEFORE_LINKER = wordset("before_linker")
THAT = wordset("subordinate_that")
INCIDENT = wordset("incident_noun")
NOW = wordset("now_adverb")
REPORT_THAT = wordset("report_that")
TODAY = wordset("today")
UNTIL = wordset("until_linker")
UNTIL_BOUND = wordset("until_preposition")
UNTIL_REACH = 4  # words from "حتى" to the day it bounds: "حتى السادسة من صباح الغد"
UNTIL_VERB_REACH = 10  # words back from "حتى" to the present verb it bounds ("تفرض حظر تجوال في حي X حتى")
PAST_ADJECTIVE = wordset("past_adjective")
ALSO = wordset("also_adverb")
DEFINITE = tuple(wordlist("definite_article"))
ALSO_REACH = 3  # words after a definite event noun its "أيضاً" may stand ("القصف طال أيضاً")
SPAN_LEAD = wordset("time_span_lead")
DATE_PREPOSITION = wordset("closing_date_preposition")
SPAN_REACH = 6  # words from a closing span's lead to its date ("خلال الأيام الممتدة من السادس إلى العاشر من آذار")
REPORTED_REACH = 8  # words after a reported trigger its own day may stand ("إن القوات انسحبت من البلدة ليل الأحد")
# words after a reported trigger its own day may stand when that day closes the clause ("أن تكون قواتها قد قصفت
# بلدة X أو دخلت قرية Y في ريف درعا الشرقي مساء أمس،": the place told at length; task date38)
REPORTED_CLOSING_REACH = 16
VIOLENT = ("attack", "casualties")  # the happenings an incident noun names again


def _corrected(m: Mention, dates: list[Mention], raw: str) -> bool:
    """Is ``m`` followed at once by a date in parentheses ("ظهر اليوم (أمس)")? That one corrects it."""
    return any(o.start > m.end and raw[m.end:o.start].strip() == "(" and raw[o.end:o.end + 2].lstrip()[:1] == ")"
               for o in dates)


def _past_week(toks: list[Token], i: int, m: Mention) -> bool:
    """"سيطرت القوات الأسبوع الماضي على X": a week gone by dates the happening in it (week precision, its
    day a week back); not a span up to now ("نزح الآلاف خلال الأسبوع الماضي" goes on to the article's day)
    nor a week to come."""
    return not m.attrs.get("expected") and not (i > 0 and toks[i - 1].bare in SPAN_LEAD)


def usable_dates(view: SentenceView, raw: str, pub: str = "") -> list[tuple[int, Mention]]:
    """Date mentions that can date an event: not a year after "منذ" ("منذ عام 1967" is background),
    not a year in parentheses ("(2012)" glosses a name or a past fact), not a week but one gone by,
    not a relative date its parenthesis corrects, not the day of a night span that does not date it
    (``pub``, the article's day, decides which: :func:`_night_span_part`)."""
    toks = view.toks
    out = []
    for i, m in view.dates:
        if not m.attrs.get("value") or (m.attrs.get("precision") == "week" and not _past_week(toks, i, m)):
            continue
        if m.attrs.get("precision") == "year" and any(toks[k].bare in SINCE for k in range(max(0, i - 4), i)):
            continue
        head = raw[toks[0].start if toks else 0:m.start]
        if m.attrs.get("precision") == "year" and head.rfind("(") > head.rfind(")") \
                and ")" in raw[m.end:m.end + 60]:
            continue
        if _corrected(m, [d for _, d in view.dates if d.attrs.get("value")], raw):
            continue
        if _night_span_part(m, [d for _, d in view.dates], raw, pub):
            continue
        out.append((i, m))
    return out


def _night_span_part(m: Mention, dates: list[Mention], raw: str, pub: str) -> bool:
    """Is ``m`` the day of a night span ("ليل الاثنين - الثلاثاء"، "ليلة السبت على الأحد") that does not date it?
    The gold dates such a night as news of the day before the article: the first day when the second is the
    article's own (a report filed that morning), else the second (the night ran on past its midnight)."""
    for first, second in _night_spans(dates, raw):
        if m is second and str(second.attrs.get("value") or "")[:10] == pub:
            return True
        if m is first and str(second.attrs.get("value") or "")[:10] not in ("", pub):
            return True
    return False


def _night_spans(dates: list[Mention], raw: str) -> list[tuple[Mention, Mention]]:
    """(night, next day) pairs of a sentence's date mentions: a night noun's day, a joiner, another day."""
    return [(o, m) for o in dates for m in dates if o.end <= m.start
            and fold_text(raw[o.end:m.start]).strip() in NIGHT_JOINER
            and any(fold_text(o.text).startswith(w + " ") for w in NIGHT_NOUN)]


def as_event_date(m: Mention) -> EventDate:
    value = m.attrs["value"]
    precision = m.attrs.get("precision", "day")
    if precision == "year" and len(value) == 4:
        value = f"{value}-01-01"
    return EventDate(value, precision, m.text)


@cache
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first words of ``phrases``: a token whose bare form is none of them starts no phrase, and
    one set look-up says so before a phrase string is built (every trigger asks at several tokens)."""
    return frozenset(p.split(" ")[0] for p in phrases)


@cache
def _longest(phrases: frozenset[str]) -> int:
    """How many words the longest of ``phrases`` has ("بعد نحو 24 ساعة من" has five)."""
    return max((len(p.split(" ")) for p in phrases), default=0)


def _phrase_before(toks: list[Token], i: int, phrases: frozenset[str], lo: int = 0) -> bool:
    """Does a phrase of ``phrases`` end right before token ``i``?"""
    firsts = _first_words(phrases)
    for n in range(1, min(_longest(phrases), i - lo) + 1):  # a loop, not any(): asked for every trigger
        if toks[i - n].bare in firsts and _words(toks[i - n:i]) in phrases:
            return True
    return False


def _phrase_near(toks: list[Token], i: int, phrases: frozenset[str], breaks: set[int],
                 dates: frozenset[int] = frozenset()) -> bool:
    """A phrase of ``phrases`` ending at most three words before token ``i``, in its clause ("غداة
    استعادة الجيش السيطرة عليها": the trigger may be a later noun of the phrase), and not before a
    date (token indexes ``dates``): "عشية الأحد قصفت" names the Saturday, which the date reader gave."""
    lo = 0
    for k in breaks:
        if lo < k <= i:
            lo = k
    firsts = _first_words(phrases)
    for k in range(max(lo, i - 3 - _longest(phrases)), i):
        if toks[k].bare in firsts:
            break
    else:
        return False  # no first word of a phrase in reach (most triggers): none ends there, none is built
    return any(_phrase_before(toks, k, phrases, lo) and k not in dates for k in range(max(lo, i - 3), i + 1))


def _words(toks: list[Token]) -> str:
    """A phrase as folded words, a conjunction dropped from its first word only ("وفي وقت سابق":
    the و of "وقت" is a root letter)."""
    return " ".join([toks[0].bare] + [t.word for t in toks[1:]]) if toks else ""


def _past_after(toks: list[Token], aux: int, i: int) -> bool:
    """كان at ``aux`` makes a pluperfect of the trigger at ``i`` ("وكانت القوات (قد) دخلت"), not a
    past habit or state ("كان التنظيم يستخدمها أثناء سيطرته"): no imperfect (ي...) between them and
    the trigger itself no imperfect nor a definite verbal noun."""
    head = toks[i].bare
    if head.startswith(tuple(IMPERFECT_MASC)) or head.startswith(tuple(ARTICLE)):
        return False
    return not any(toks[k].bare.startswith(tuple(IMPERFECT_MASC)) for k in range(aux + 1, i))


@needs_words(PLUPERFECT, phrase_keys(EARLIER))
def is_recap(toks: list[Token], trig: Match, lo: int, raw: str, hi: int | None = None) -> bool:
    """A happening told as background: كان before the trigger in its clause ("وكانت القوات قد
    دخلت"، "كان جيش الإسلام سلّم"), or "في وقت سابق" / "قبل ذلك" in the trigger's own clause, ``lo``
    to ``hi`` ("سيطرت على X، وسيطرت قبل ذلك على Y": only Y is earlier), not in parentheses
    ("(جبهة النصرة سابقاً)" glosses a name) nor after a naming participle ("المعروف سابقاً بـ")."""
    aux = [k for k in range(max(lo, trig.i - 8), trig.i) if toks[k].bare in PLUPERFECT]
    if aux and _past_after(toks, aux[-1], trig.i):
        return True
    base = toks[0].start if toks else 0
    firsts = _first_words(EARLIER)
    for k in range(lo, len(toks) if hi is None else hi):
        if toks[k].bare not in firsts:
            continue
        for n in (1, 2, 3):
            if _words(toks[k:k + n]) in EARLIER:
                if k and toks[k - 1].bare in NAMING_GLOSS:
                    continue  # "المعروف سابقاً بسد البعث": a former name
                head = raw[base:toks[k].start]
                if head.rfind("(") <= head.rfind(")"):
                    return True
    return False


@needs_words(phrase_keys(BACKGROUND, BACKGROUND_LINKS))
def _background(toks: list[Token], trig: Match) -> bool:
    """Does the sentence open with "يُذكر أن" / "والجدير بالذكر" / "تجدر الإشارة"? Such a sentence
    reminds the reader of an earlier happening ("يُذكر أن القصف الذي شنه ... أدى إلى مقتل"): an
    undated event in it is a recap, not the day's news, unless an imperfect verb up to the trigger
    tells a state that holds now ("يُذكر أن الفصيل ما زال يفاوض على خروج مقاتليه")."""
    n = next((n for n in (2, 3) if n <= trig.i and _words(toks[:n]) in BACKGROUND), 0)
    return bool(n) and not any(toks[k].bare.startswith(tuple(IMPERFECT_MASC)) for k in range(n, trig.i + 1))


SHIFTED = ("day after:", "eve of:", "days after:", "week after:", "months after:")  # how :func:`event_date` marks a day moved off its sentence's


def moved_off(d: EventDate) -> bool:
    """Was ``d`` moved off its sentence's day ("غداة X", "بعد 24 ساعة من X")? Then it is X's own day:
    the sentence's next report, the narrative and a twin telling of another happening keep the
    sentence's day, not X's."""
    return d.text.startswith(SHIFTED)


def _shift(d: EventDate, days: int, why: str, precision: str = "day") -> EventDate:
    if d.precision != "day" or not d.value:
        return d
    try:
        day = date.fromisoformat(d.value[:10])
    except ValueError:
        return d
    return EventDate((day + timedelta(days=days)).isoformat(), precision, f"{why} {d.text}".strip(), d.basis)


def event_date(view: SentenceView, trig: Match, article: Article, previous: EventDate | None,
               continuation: bool, breaks: set[int] | None = None, narrative: EventDate | None = None,
               lead: tuple[EventDate, int] | None = None) -> EventDate:
    """The day an event happened: a date in the trigger's own clause, else the nearest before it in the
    sentence, else one just after it; a recap with none is the day before the article's (or the
    day the news before it named, if a little earlier: :func:`_recap_day`); else the
    previous report's date when this sentence continues it, else the date the narrative last named in
    this paragraph ("ليل السبت" carries on), else the lead's news day (:func:`news_day`), else the
    article's. "غداة X" moves X a day back, "بعد أيام من X" (not days of fighting) two days, "بعد أسبوع من X"
    a week (week precision). ``lead`` is
    :func:`news_day` of the article, which the caller reads once per article."""
    day = _sentence_date(view, trig, article, previous, continuation, breaks, narrative, lead)
    if view.words.isdisjoint(_shifted_day.needs):  # (most sentences: no phrase that moves a day)
        return day
    return _shifted_day(view, trig, day, article, breaks or set(), previous) or day


@needs_words(*(phrase_keys(p, SINCE_OF) for p in (DAY_AFTER, DAY_BEFORE, DAYS_AFTER, WEEK_AFTER)),
             *(phrase_keys(p, SINCE_OF) for p, _ in COUNTED_AFTER),
             *(phrase_keys(p, SINCE_OF) for p, _ in MONTHS_AFTER), *(phrase_keys(p) for p, _, _ in LATER_BY), NIGHT)
def _shifted_day(view: SentenceView, trig: Match, day: EventDate, article: Article, breaks: set[int],
                 previous: EventDate | None = None) -> EventDate | None:
    """``day`` moved by a phrase near the trigger ("غداة X", "بعد يومين"، "ليلاً": see ``event_date``), or None.
    The phrases it reads are declared above (a phrase added here adds its word set there: the gates' test
    fails otherwise)."""
    toks = view.toks
    named = frozenset(i for i, _ in view.dates)
    if _phrase_near(toks, trig.i, DAY_AFTER, breaks, named):
        return _shift(day, -1, SHIFTED[0])
    if _phrase_near(toks, trig.i, DAY_BEFORE, breaks, named):
        return _shift(day, 1, SHIFTED[1])
    for phrases, back in COUNTED_AFTER:
        if _phrase_near(toks, trig.i, phrases, breaks, named):
            return _shift(day, -back, SHIFTED[2])
    if trig.row.get("type") != "attack" and _phrase_near(toks, trig.i, DAYS_AFTER, breaks):
        # "بعد أيام من تسلل المسلحين": a happening some days back; "بعد أيام من المعارك" is days of fighting
        # that go on to the sentence's day
        return _shift(day, -DAYS_AFTER_SHIFT, SHIFTED[2])
    if trig.row.get("type") != "attack" and _phrase_near(toks, trig.i, WEEK_AFTER, breaks, named):
        # "بعد أسبوع من خروج آخر دفعة منها": the leaving a week before the sentence's day (not a week of fighting)
        return _shift(day, -WEEK_AFTER_SHIFT, SHIFTED[3], "week")
    for phrases, back in MONTHS_AFTER:
        if trig.row.get("type") != "attack" and _phrase_near(toks, trig.i, phrases, breaks, named):
            return _shift(day, -back, SHIFTED[4], "month")  # (not "بعد شهر من المعارك": a month of fighting)
    if (later := _later_by(view, trig, breaks)) is not None:  # "ودخلت القوات إلى المدينة بعد يومين"
        return _shift(_story_day(day, previous), later[0], "later:", later[1])
    if day.value[:10] == (article.published or "")[:10] and _at_night(toks, trig, breaks):
        # not one of SHIFTED: the night's day is the sentence's own, so what follows may carry it on
        return _shift(day, -1, "last night:")
    return None


def _story_day(day: EventDate, previous: EventDate | None) -> EventDate:
    """The day "بعد يومين" counts from: the sentence's own, or, when none of its words (nor its paragraph's)
    gave one, the day the text stated for the event before it ("في 29 نيسان اندلعت اشتباكات في X. ¶ وبعد يومين
    امتدت إلى Y": two days after the 29th, not after the article's day; task dates20)."""
    if _fallback(day) and previous is not None and stated_in_text(previous):
        return previous
    return day


def _later_by(view: SentenceView, trig: Match, breaks: set[int]) -> tuple[int, str] | None:
    """"ودخلت القوات إلى المدينة بعد يومين": a span after (wordsets later_*_phrase) in the trigger's clause with no
    "من/على" after it and no date of its own in the clause moves the day the story last named that many days on
    (days, precision); else None (task probe20). "بعد يومين من X" is the other way: X two days back."""
    toks = view.toks
    lo = max((k for k in breaks if k <= trig.i), default=0)
    hi = min((k for k in breaks if k > trig.i), default=len(toks))
    if any(lo <= i < hi for i, _ in view.dates):
        return None
    for k in range(lo, hi):
        for phrases, days, precision in LATER_BY:
            if toks[k].bare not in _first_words(phrases):  # one set look-up before any phrase string is built
                continue
            for n in range(1, _longest(phrases) + 1):
                if k + n <= hi and _words(toks[k:k + n]) in phrases and (
                        k + n >= len(toks) or toks[k + n].bare not in SINCE_OF):
                    return days, precision
    return None


def _at_night(toks: list[Token], trig: Match, breaks: set[int]) -> bool:
    """"دخلها التنظيم ليلاً" in a report of the article's day: a past happening told "at night" with no
    day of its own took place the night before the day it is reported on (as "الليلة الماضية" does),
    and a night is dated by the evening it began. Only the trigger's clause counts, and not "ليلاً
    ونهاراً" (round the clock: no one night) nor an hour of the clock ("من الساعة العاشرة ليلاً حتى السادسة
    صباحاً": a curfew's hours, wordset clock_hour; task date38)."""
    lo = max([k for k in breaks if k <= trig.i], default=0)
    hi = min([k for k in breaks if k > trig.j], default=len(toks))
    for k in range(lo, hi):
        if toks[k].bare in NIGHT:
            if k > 0 and (toks[k - 1].bare in CLOCK_HOUR or toks[k - 1].bare.isdigit()):
                return False  # "من الساعة العاشرة ليلاً حتى السادسة صباحاً": the clock's night, a curfew's hours
            near = {toks[n].bare for n in (k - 2, k - 1, k + 1, k + 2) if 0 <= n < len(toks)}
            return near.isdisjoint(ROUND_THE_CLOCK)
    return False


# the last sentence's (view, raw, breaks given, (dated, breaks kept)): every trigger of a sentence asks
# for the same usable dates and clause breaks, and the objects are held so their ids stay theirs
_FRAME: list[tuple] = []


GOING_ON_AFTER = 2  # words after a trigger noun its verb of going on may stand ("اشتباكات عنيفة تدور")


def _going_on_after(toks: list[Token], trig: Match, hi: int) -> bool:
    """"قال المرصد إن اشتباكات عنيفة تدور لليوم الثالث في X": a present verb of going on (wordset
    continue_now_verb) right after the trigger noun, an adjective between at most, tells the happening as going
    on at the article's date; not one that opens a clause of its own with و (task read18b)."""
    return any(toks[k].bare in CONTINUE_NOW and not toks[k].word.startswith(COORDINATED)
               for k in range(trig.j, min(hi, len(toks), trig.j + GOING_ON_AFTER)))


def _sentence_frame(view: SentenceView, raw: str, breaks: set[int] | None, pub: str = ""
                    ) -> tuple[list[tuple[int, Mention]], set[int]]:
    """(usable dates, clause breaks less glosses) of a sentence, computed once for all its triggers: the
    view, text and break set are the extractor's for the sentence, and none changes while it is read."""
    sizes = (len(view.dates), len(breaks or ()))
    last = _FRAME[0] if _FRAME else None  # one read: another thread may replace it
    if last is not None and last[0] is view and last[1] is raw and last[2] is breaks and last[3] == sizes:
        return last[4]
    dated = usable_dates(view, raw, pub)
    frame = dated, _without_glosses(view, raw, breaks or set(), dated)
    _FRAME[:] = [(view, raw, breaks, sizes, frame)]
    return frame


def _without_glosses(view: SentenceView, raw: str, breaks: set[int], dated: list[tuple[int, Mention]]) -> set[int]:
    """Clause breaks less those of a short parenthesis with no date ("منبج من تنظيم الدولة (داعش) في
    عام 2016": the gloss of a name does not cut the clause from its date)."""
    toks = view.toks
    out = set(breaks)
    for k in sorted(breaks):
        if 0 < k < len(toks) and _inside_place(view, toks[k - 1].end, toks[k].start):
            out.discard(k)  # "على طريق جبلة – القرداحة في حزيران الماضي": the dash joins a road's towns
            continue
        if 0 < k < len(toks) and toks[k].bare in PEOPLE_ASIDE:
            _people_aside(toks, raw, k, breaks, dated, out)
        if not 0 < k < len(toks) or "(" not in raw[toks[k - 1].end:toks[k].start]:
            continue
        close = next((c for c in range(k + 1, min(len(toks), k + 4)) if ")" in raw[toks[c - 1].end:toks[c].start]),
                     None)
        if close is not None and not any(k <= i < close for i, _ in dated):
            out.discard(k)
            out.discard(close)
    return out


def _inside_place(view: SentenceView, start: int, end: int) -> bool:
    """Whether the gap between two tokens lies inside one place's name: the dash of "طريق دمشق – السويداء" joins
    the two towns that name the road; it opens no clause that would cut the road from its date (task read21a)."""
    return any(p.start < start and end < p.end for _, p in view.places)


def _people_aside(toks: list[Token], raw: str, k: int, breaks: set[int], dated: list[tuple[int, Mention]],
                  out: set[int]) -> None:
    """"غادر نحو ألفي شخص، بينهم مئات المقاتلين، مدينة مضايا يوم الجمعة": a comma-enclosed aside on the people
    just counted (wordset people_aside_lead) with no date of its own is a gloss: the clause goes on after it to
    its object and its day, so both its breaks go (task read18b)."""
    if not any(ch in raw[toks[k - 1].end:toks[k].start] for ch in COMMAS):
        return
    close = next((c for c in sorted(breaks) if k < c <= k + ASIDE_WORDS), None)
    if close is None or close >= len(toks) or not any(ch in raw[toks[close - 1].end:toks[close].start]
                                                       for ch in COMMAS):
        return
    if not any(k <= i < close for i, _ in dated):
        out.discard(k)
        out.discard(close)


def _subordinate_start(toks: list[Token], j: int, hi: int) -> int:
    """Where a subordinate "بعد أن / قبل أن" clause after the trigger begins (its dates are its own)."""
    for k in range(j, min(hi, len(toks) - 1)):
        if toks[k].bare in TIME_LINKER and toks[k + 1].word in THAT:
            return k
    return hi


def _dated_sequel(view: SentenceView, trig: Match, dated: list[tuple[int, Mention]]) -> Mention | None:
    """"بدأت قواته دخول المدينة، ...، قبل أن يؤكد مساء السبت السيطرة عليها": an undated happening told
    before a "قبل أن" clause with a day took place by that day, the best day the text gives."""
    toks = view.toks
    k = next((k for k in range(trig.j, len(toks) - 1) if toks[k].bare in BEFORE_LINKER and toks[k + 1].word in THAT),
             None)
    if k is None:
        return None
    return next((m for i, m in dated if i > k + 1 and m.attrs.get("precision") == "day"), None)


def _closing_date(view: SentenceView, dated: list[tuple[int, Mention]], breaks: set[int],
                  trig: Match) -> Mention | None:
    """"... في اشتباكات اندلعت عند السد، أمس.": a date that is the whole last clause of the sentence,
    set off by a comma after the trigger's clause, dates that clause. So does a span that closes it ("، خلال
    الأيام الممتدة من السادس إلى العاشر من آذار"), after commas that only carried the trigger's arguments on
    ("قتل ألف شخص، أغلبهم من المدنيين، في قرى X"; task probe10a)."""
    toks = view.toks
    if not toks or not dated:
        return None
    i, m = dated[-1]
    k = max([b for b in breaks if b <= i], default=0)
    if k <= trig.j - 1 or m.end < toks[-1].end and not _date_clause_inside(toks, m, i, k, breaks):
        return None
    if k != i and not (toks[k].bare in SPAN_LEAD and i - k <= SPAN_REACH) \
            and not (i - k == 1 and toks[k].bare in DATE_PREPOSITION):
        return None
    if any(trig.j <= b < k for b in breaks if b != k and toks[b].bare not in ARGUMENT_WORDS):
        return None
    return m


def _date_clause_inside(toks: list[Token], m: Mention, i: int, k: int, breaks: set[int]) -> bool:
    """"قُتل عنصر برصاص مجهولين في بلدة X، في الرابع من أيلول الجاري، وهي حادثة لم يُكشف منفذوها": a clause that is
    only a date, set off by commas inside the sentence, dates the clause before it as a closing date does; the clause
    after it (a comment on the happening) has no day of its own. Not a date fronted by "و" ("، وفي 3 آذار دخلت
    القوات"), which opens the next clause and dates that (task read22a)."""
    nxt = min([b for b in breaks if b > i], default=None)
    return nxt is not None and toks[nxt - 1].end <= m.end and not toks[k].word.startswith(tuple(COORDINATION))


ASIDE_SPAN = 10  # words a comma-enclosed aside on the place may run ("، التي يمر منها الطريق،")
PLACE_SPAN = 8  # words from the trigger to the aside: its subject and the place ("قوات الحكومة على بلدة خان شيخون")


def _date_after_aside(view: SentenceView, dated: list[tuple[int, Mention]], breaks: set[int],
                      trig: Match) -> Mention | None:
    """"سيطرت الفصائل على مدينة جسر الشغور، التي يمر منها الطريق، في نيسان 2015": a relative or
    participial aside on the place, set off by commas, stands between the clause and its date; the
    date right after the aside (its first words) dates the clause, not the aside."""
    toks = view.toks
    b1 = min([b for b in breaks if b > trig.j], default=None)
    if b1 is None or b1 - trig.j > PLACE_SPAN or b1 >= len(toks):
        return None
    if toks[b1].bare not in RELATIVES and not toks[b1].bare.startswith(ARTICLE):
        return None
    b2 = min([b for b in breaks if b > b1], default=None)
    if b2 is None or b2 - b1 > ASIDE_SPAN:
        return None
    return next((m for i, m in dated if b2 <= i <= b2 + 1), None)


def _since_year_before(view: SentenceView, trig: Match, lo: int) -> Mention | None:
    """"ولجأ إليه منذ عام 2015 آلاف الفارين من X": a year after "منذ" before the trigger, in its own
    clause, is when the happening began (the year dates it); after the trigger ("التي يسيطر عليها
    التنظيم منذ عام 2014") it stays background and dates nothing (:func:`usable_dates`)."""
    toks = view.toks
    for i, m in view.dates:
        if lo <= i < trig.i and m.attrs.get("value") and m.attrs.get("precision") == "year" \
                and any(toks[k].bare in SINCE for k in range(max(lo, i - 2), i)):
            return m
    return None


SINCE_AFTER_REACH = 12  # words after a state's trigger its "منذ عام X" may stand ("تحاصر قوات النظام الغوطة الشرقية منذ")


def _since_year_after(view: SentenceView, trig: Match, lo: int, hi: int) -> Mention | None:
    """"وتحاصر قوات النظام الغوطة الشرقية منذ عام 2013"، "وكانت القوات قد أحكمت الطوق على الحي منذ عام 2013": a
    year (or a month) after "منذ" in the clause of a state told in the present (an imperfect trigger) or of a
    pluperfect is when the state began, and dates it (GUIDELINES: a past event as precise as the text allows;
    train M03 "وتشن قوات النظام منذ 18 شباط حملة"). Not after a past verb ("دخلت القوات للمرة الأولى منذ عام 2011":
    a first since, dated by its own day) (task date38)."""
    toks = view.toks
    aux = [k for k in range(max(lo, trig.i - 8), trig.i) if toks[k].bare in PLUPERFECT]
    if not imperfect_verb(toks[trig.i].bare) and not (aux and _past_after(toks, aux[-1], trig.i)):
        return None
    for i, m in view.dates:
        if trig.i < i < min(hi, trig.j + SINCE_AFTER_REACH) and m.attrs.get("value") \
                and m.attrs.get("precision") in ("year", "month") and not m.attrs.get("expected") \
                and any(toks[k].bare in SINCE for k in range(max(trig.i + 1, i - 2), i)):
            return m
    return None


def _outside_later_relative(view: SentenceView, trig: Match, dated: list[tuple[int, Mention]], breaks: set[int],
                            hi: int) -> list[tuple[int, Mention]]:
    """Dates less those inside a relative clause on a later noun of the trigger's clause: in "اشتباكات
    في محيط الوادي المتاخم للقرية التي حررها الجيش مساء السبت" the evening dates the freeing of the
    village, not the clashes. A relative pronoun right after the trigger (and one adjective) describes
    the trigger itself ("الاشتباكات التي اندلعت يوم الأربعاء"), so its clause keeps dating it. Only a
    day or a week ("العملية التي بدأت قبل ثلاثة أسابيع") is taken out: a year there ("البلدة التي خسرها الجيش عام 2013") still bounds a history
    clause whose trigger has no date of its own (measured: taking years out too split such an event
    from its relative twin on train M and lowered its F1)."""
    toks = view.toks
    rel = next((k for k in range(trig.j + 2, hi) if toks[k].bare in RELATIVES), None)
    if rel is None:
        return dated
    end = min([b for b in breaks if b > rel], default=len(toks))
    return [(i, m) for i, m in dated if not (rel < i < end and m.attrs.get("precision") in ("day", "week"))]


RECAP_WINDOW = 2  # days before the article's eve that the news before a recap may bound it by


def _recap_day(pub: str, narrative: EventDate | None) -> EventDate:
    """An undated recap happened before the news it follows: the day before the article's, or the day
    the narrative (or the report just before) named when that is a little earlier ("... دخلت القوات
    البلدة مساء السبت. وكانت القوات قد طوّقت في وقت سابق X" in a Monday article: X by Saturday)."""
    day = _shift(EventDate(pub, "day", "", "published"), -1, "recap")
    if narrative is None or narrative.precision != "day" or not narrative.value:
        return day
    try:
        gap = (date.fromisoformat(day.value) - date.fromisoformat(narrative.value[:10])).days
    except ValueError:
        return day
    if 0 < gap <= RECAP_WINDOW:  # a history date far back is no bound: the recap is recent news
        return EventDate(narrative.value[:10], "day", f"recap before: {narrative.text}", narrative.basis)
    return day


def _going_on_since(toks: list[Token], dated: list[tuple[int, Mention]], clause: list[tuple[int, Mention]],
                    trig: Match) -> Mention | None:
    """"تتواصل منذ فجر أمس، المعارك في X": a present verb of going on, then "منذ" and a day,
    the last date before the trigger (the trigger's clause naming no other): the happening is reported
    as going on now (the article's day, as "باتت القوات تسيطر"); the day after منذ is when it began.
    Returns that day's mention."""
    before = [(i, m) for i, m in dated if i <= trig.i]
    if not before or any(m is not before[-1][1] for _, m in clause):
        return _going_on_for(toks, clause, trig)
    i, m = before[-1]
    if m.attrs.get("precision") != "day":
        return None
    since = next((k for k in (i, i - 1, i - 2) if k >= 0 and toks[k].bare in SINCE), None)  # i: "منذ يومين"
    if since is not None and any(toks[k].bare in CONTINUE_NOW for k in range(max(0, since - 3), since)):
        return m
    return None


def _going_on_for(toks: list[Token], clause: list[tuple[int, Mention]], trig: Match) -> Mention | None:
    """"تتواصل المعارك في محيط البلدة منذ ثلاثة أيام"، "تدور اشتباكات منذ فجر أمس": a verb of going on up
    to the trigger and the
    clause's one date after it, opened by "منذ": how long it has gone on, reported at the article's day."""
    at = clause[0][0] if clause else -1
    # "منذ ثلاثة أيام" (the mention opens at منذ), "منذ فجر أمس"، "منذ منتصف ليل السبت – الأحد" (it opens
    # after منذ; the night's second day is a mention of its own)
    if at <= trig.i or not any(toks[k].bare in SINCE for k in range(max(trig.j, at - 2), at + 1)):
        return None
    lo = max(0, trig.i - 4)
    return clause[0][1] if any(toks[k].bare in CONTINUE_NOW for k in range(lo, trig.i + 1)) else None


def _state_now(toks: list[Token], trig: Match, lo: int) -> bool:
    """"دخلت القوات ليل الأربعاء البلدة، وباتت تسيطر على نصفها": بات/أصبح up to the trigger in its
    own clause tells where things stand now, at the article's date; a day named in an earlier clause
    of the sentence dated the happening before, not this state. (The auxiliary may open the trigger
    itself: "باتت … تسيطر" is one pattern.)"""
    return not STATE_NOW.isdisjoint([t.bare for t in toks[max(lo, trig.i - 4):trig.i + 1]])


def _before_later_past(toks: list[Token], trig: Match, dated: list[tuple[int, Mention]]) -> list[tuple[int, Mention]]:
    """Dates less those after a كان that follows the trigger: "سيطرت على المعسكر وكان قبل ست سنوات
    مقراً للجيش" (the years date the camp's past use, a clause of its own time, not the taking)."""
    cut = next((k for k in range(trig.j + 1, len(toks)) if toks[k].bare in PLUPERFECT), None)
    return dated if cut is None else [(i, m) for i, m in dated if i < cut]


def _until_start(toks: list[Token], lo: int, trig: Match) -> int:
    """Where an "إلى أن" clause holding the trigger begins: "سيطرت على قرى بريفها، الثلاثاء 3 من
    كانون الأول، ثم مدت نطاق سيطرتها إلى أن دخلت المدينة، الخميس 5 من كانون الأول": what happened "until"
    came later, and the days named before it date the main clause, not it."""
    return max((k for k in range(lo, trig.i - 1) if toks[k].bare in UNTIL and toks[k + 1].word in THAT),
               default=lo)


def _end_bound(toks: list[Token], i: int, m: Mention, pub: str, trig: Match) -> bool:
    """A day after "حتى" that is still to come ("فرضت حظر تجوال في المدينة حتى صباح الغد") is when the thing
    ends, not when it happened: it does not date the event (the sentence's other day or the article's
    does). "غادرت 300 عائلة حتى صباح اليوم" (as of this morning) is a count up to a day already here and
    keeps dating it. The mention may start after a part of the day or an hour ("حتى صباح"، "حتى السادسة من
    صباح الغد", a ticker's curfew; task probe18), so four words back are read. A weekday named alone after
    the trigger ("أمهلت المسلحين حتى الأحد لتسليم أسلحتهم") is the coming one, a deadline, though read alone
    it is the last such day (task dates20); before the trigger it is a count's day ("واصل حتى صباح السبت قصف")."""
    until = next((k for k in range(i - 1, max(-1, i - UNTIL_REACH - 1), -1) if toks[k].bare in UNTIL_BOUND), None)
    if not pub or until is None:
        return False
    words = fold_text(m.text).split()
    # the weekday alone: "حتى صباح الأحد" after a past verb is the day a fight ran to (task probe24)
    if m.rule == "date:weekday" and i > trig.j and not m.attrs.get("expected") and len(words) == 1 \
            and PAST_ADJECTIVE.isdisjoint(words):
        return True
    if (as_event_date(m).value or "")[:10] > pub:
        return True
    # "قوى الأمن تفرض حظر تجوال في حي X حتى صباح الخميس": a bare weekday bounding a present verb is the coming one,
    # though a weekday alone reads as the last (task probe24: a daily roundup's entry dated the week before)
    return m.rule == "date:weekday" and any(imperfect_verb(toks[k].bare)
                                            for k in range(max(0, until - UNTIL_VERB_REACH), until))


def _reported_clause(toks: list[Token], trig: Match, clause: list[tuple[int, Mention]],
                     hi: int | None = None) -> list[tuple[int, Mention]]:
    """The clause's dates before the trigger, less those of a report's own clause when the reported
    clause names its own day a few words after the trigger: in "قالت مصادر يوم الثلاثاء إن القوات
    انسحبت من البلدة ليل الأحد" Tuesday is when it was said, Sunday night when the forces withdrew.
    A day further on counts when it closes the clause (``hi``, the clause's end: "نفت الوزارة اليوم أن تكون
    قواتها قد قصفت بلدة X أو دخلت قرية Y في ريف درعا الشرقي مساء أمس، ووصفت ..."; task date38).
    "الآن" is no such day ("سحب قواته من المدينة وهي الآن في ...": where they stand now)."""
    pre = [(i, m) for i, m in clause if i <= trig.i]
    own = [i for i, m in clause if trig.i < i and fold_text(m.text) not in NOW and (
        i <= trig.j + REPORTED_REACH or hi is not None and i <= trig.j + REPORTED_CLOSING_REACH
        and _closes(toks, i, m, hi))]
    if not pre or not own:
        return pre
    that = max((k for k in range(pre[0][0] + 1, trig.i) if toks[k].word in THAT), default=None)
    return pre if that is None else [(i, m) for i, m in pre if i > that]


def _when_day(toks: list[Token], trig: Match, clause: list[tuple[int, Mention]], dated: list[tuple[int, Mention]],
              pre: list[tuple[int, Mention]]) -> Mention | None:
    """The day of a "عندما/حين" clause just after a reported trigger that names no day of its own, when the only
    day before it is the report's (an "أن/إن" between them): "قال مسؤولون اليوم الأحد إن ثلاثة جنود قتلوا، وأصيب
    اثنان آخران، عندما هاجم مسلح دورية مشتركة قرب مدينة X أمس السبت": they died when the patrol was attacked, on
    Saturday; Sunday is when it was told (task date38). Not "في حين" (whereas), not a day in the future."""
    if any(i > trig.i for i, _ in clause) or not any(toks[k].word in REPORT_THAT for k in range(pre[-1][0] + 1, trig.i)):
        return None
    k = next((k for k in range(trig.i + 1, min(len(toks), trig.j + 1 + WHEN_REACH)) if toks[k].bare in WHEN), None)
    if k is None or toks[k - 1].bare in TEMPORAL_IN:
        return None
    return next((m for i, m in dated if k < i <= k + WHEN_DAY_REACH and m.attrs.get("precision") == "day"
                 and not m.attrs.get("expected")), None)


def _closes(toks: list[Token], i: int, m: Mention, hi: int) -> bool:
    """Does date ``m`` (its first token ``i``) end its clause, no word of the clause (which ends before token
    ``hi``) after it?"""
    return next((k for k in range(i, len(toks)) if toks[k].start >= m.end), len(toks)) >= hi


def _now_of_report(toks: list[Token], trig: Match, clause: list[tuple[int, Mention]],
                   dated: list[tuple[int, Mention]], lo: int) -> Mention | None:
    """The day a report was given, when the trigger's clause dates it only by "الآن"/"حالياً" inside that
    report: "ومساء السبت أكدت مصادر أن الجيش انسحب من X، وهي الآن عند Y" tells where the forces stood on
    Saturday evening, the speaker's now, not the article's (task dates21). The report's day stands before the
    "أن/إن" that opens what was said; a day after it ("قالت إن القوات انسحبت أمس، وهي الآن ...") is the
    happening's, and the now stays the article's."""
    if any(fold_text(m.text) not in NOW for _, m in clause):
        return None
    said = [(i, m) for i, m in dated if i < lo and fold_text(m.text) not in NOW and m.attrs.get("value")
            and m.attrs.get("precision") == "day" and not m.attrs.get("expected")]
    if not said:
        return None
    i, m = said[-1]
    return m if any(toks[k].word in REPORT_THAT for k in range(i + 1, trig.i)) else None


def _sentence_date(view: SentenceView, trig: Match, article: Article, previous: EventDate | None,
                   continuation: bool, breaks: set[int] | None, narrative: EventDate | None,
                   lead: tuple[EventDate, int] | None) -> EventDate:
    dated, breaks = _sentence_frame(view, article.raw, breaks, (article.published or "")[:10])
    lo = max([k for k in breaks if k <= trig.i], default=0)
    hi = min([k for k in breaks if k >= trig.j], default=len(view.toks))
    # (each window scan below is asked only of a sentence holding its word: view.words, a set look-up)
    words = view.words
    if not words.isdisjoint(TIME_LINKER):
        hi = _subordinate_start(view.toks, trig.j, hi)
    # "بلدة X التي استعادها الجيش يوم الأحد": a relative clause on the trigger has its own date
    lo = max([k for k in range(max(lo, trig.i - 2), trig.i) if view.toks[k].bare in RELATIVES], default=lo)
    if not words.isdisjoint(UNTIL):
        lo = _until_start(view.toks, lo, trig)
    pub = (article.published or "")[:10]
    if not dated:  # (most sentences: the rules that read or narrow the dates of the sentence answer none)
        return _undated_day(view, trig, article, previous, continuation, narrative, lead, lo, hi)
    dated = _outside_later_relative(view, trig, dated, breaks, hi)
    if not words.isdisjoint(PLUPERFECT):
        dated = _before_later_past(view.toks, trig, dated)
    dated = [(i, m) for i, m in dated if not _end_bound(view.toks, i, m, pub, trig)]
    clause = [(i, m) for i, m in dated if lo <= i < hi]
    if pub and (since := _going_on_since(view.toks, dated, clause, trig)) is not None:
        return EventDate(pub, "day", f"going on since: {since.text}", "published")
    if clause:
        if (said := _now_of_report(view.toks, trig, clause, dated, lo)) is not None:
            return as_event_date(said)
        pre = _reported_clause(view.toks, trig, clause, hi)
        if pre and not words.isdisjoint(WHEN) and (when := _when_day(view.toks, trig, clause, dated, pre)):
            return as_event_date(when)
        return as_event_date(pre[-1][1] if pre else next((m for i, m in clause if i > trig.i
                                                         and fold_text(m.text) not in NOW), clause[0][1]))
    if (now := _clause_state(view, trig, lo, pub, hi)) is not None:
        return now
    if (tail := _closing_date(view, dated, breaks, trig)) is not None:
        return as_event_date(tail)
    if (aside := _date_after_aside(view, dated, breaks, trig)) is not None:
        return as_event_date(aside)
    # (read only when the clause named no date: most triggers return above)
    before = [(i, m) for i, m in dated if i <= trig.i]
    after = [(i, m) for i, m in dated if trig.i < i <= trig.j + 8 and i < max(hi, trig.j)]
    if before or after:
        return as_event_date(before[-1][1] if before else after[0][1])
    if (bound := _dated_sequel(view, trig, dated)) is not None:
        return as_event_date(bound)
    return _undated_day(view, trig, article, previous, continuation, narrative, lead, lo, hi, False)


def _undated_day(view: SentenceView, trig: Match, article: Article, previous: EventDate | None, continuation: bool,
                 narrative: EventDate | None, lead: tuple[EventDate, int] | None, lo: int, hi: int,
                 clause_rules: bool = True) -> EventDate:
    """The day of a trigger that no date of its sentence gives (``_sentence_date``'s last rules). A sentence
    with no usable date skips the rules that read the dates and comes here at once, with ``clause_rules``:
    the two that read the trigger's clause alone ("باتت تسيطر"، "منذ عام 2014") are asked first, in the order
    ``_sentence_date`` asks them."""
    pub = (article.published or "")[:10]
    if clause_rules and (now := _clause_state(view, trig, lo, pub, hi)) is not None:
        return now
    words = view.words  # (the two recap rules are asked only of a sentence holding their words)
    if pub and ((not words.isdisjoint(is_recap.needs) and is_recap(view.toks, trig, lo, article.raw, hi))
                or (not words.isdisjoint(_background.needs) and _background(view.toks, trig))):
        return _recap_day(pub, narrative or previous)
    if pub and (not CONTINUE_NOW.isdisjoint([t.bare for t in view.toks[max(lo, trig.i - 4):trig.i + 1]])
                or _going_on_after(view.toks, trig, hi)):
        return EventDate(pub, "day", "article date")  # "تتواصل المعارك": going on now
    if (began := _operation_began(view, trig, article)) is not None:
        return began
    if continuation and previous is not None and previous.value:
        return previous
    if previous is not None and stated_in_text(previous) and _the_same_also(view.toks, trig):
        return previous
    if narrative is not None and narrative.value:
        return narrative
    if lead is not None and view.index != lead[1]:
        return lead[0]
    return EventDate(pub, "day", "article date" if pub else "")


def _the_same_also(toks: list[Token], trig: Match) -> bool:
    """"وقال الدفاع المدني إن القصف طال أيضاً قرية Y" after "قصفت القوات يوم الأحد X": the happening named again
    by its definite noun, "also" reaching another place, is the one told before, on the day stated for it
    (task dates20); a new speaker's sentence is no continuation, so the previous day was not carried."""
    return toks[trig.i].bare.startswith(DEFINITE) and any(
        toks[k].bare in ALSO for k in range(trig.j + 1, min(len(toks), trig.j + 1 + ALSO_REACH)))


def _clause_state(view: SentenceView, trig: Match, lo: int, pub: str, hi: int | None = None) -> EventDate | None:
    """The day the trigger's own clause says by its words alone, when no date of it did: the article's
    for a state as it stands now ("باتت القوات تسيطر"), a year after منذ before the trigger ("منذ عام 2014")."""
    if pub and _state_now(view.toks, trig, lo):
        return EventDate(pub, "day", "article date")  # "باتت القوات تسيطر": as things stand now
    if (since := _since_year_before(view, trig, lo)) is not None:
        return as_event_date(since)
    if hi is not None and not view.words.isdisjoint(SINCE) and (since := _since_year_after(view, trig, lo, hi)):
        return as_event_date(since)
    return None


def _no_article(word: str) -> str:
    return next((word[len(a):] for a in ARTICLE if word.startswith(a) and len(word) > len(a) + 2), word)


# the last article asked (article, key of its mentions, its operation-day dates): held so its id stays its own
_OPERATION_DAYS: list[tuple] = []


def _operation_days(article: Article) -> list[Mention]:
    """The article's date mentions that name an operation's start day, in order: asked for by every
    undated trigger, and most articles count no operation's days. Read again only when ``mentions``
    has changed (the key :meth:`Article.mentions_of` keeps: the list, its length, its last mention)."""
    ms = article.mentions
    key = (id(ms), len(ms), ms[-1] if ms else None)
    last = _OPERATION_DAYS[0] if _OPERATION_DAYS else None  # one read: another thread may replace it
    if last is not None and last[0] is article and last[1] == key:
        return last[2]
    days = [m for m in article.mentions_of("date") if m.attrs.get("operation_start")]
    _OPERATION_DAYS[:] = [(article, key, days)]
    return days


def _operation_began(view: SentenceView, trig: Match, article: Article) -> EventDate | None:
    """"... يوم الأحد في اليوم الثاني لعملية إجلاء ... وقال مصدر إن إجلاء المقاتلين سيستغرق يومين":
    an undated trigger that is the noun of an operation whose days the text counted names the whole
    operation, which began on its start day (read/dates.py ``operation_start``)."""
    days = _operation_days(article)
    if not days:
        return None
    head = _no_article(view.toks[trig.i].bare)
    for m in days:
        if m.sentence > view.index:
            break
        start = m.attrs["operation_start"]
        after = fold_text(article.raw[m.end:m.end + 40]).split()[:1]
        if after and _no_article(after[0]) == head:
            return EventDate(start[:10], "day", f"operation start: {m.text}", "text")
    return None


NEWS_DAY_WINDOW = 1  # the day before the article's: a report filed the morning after
LEAD_SENTENCES = 4  # the lead: the sentences of the first body paragraphs (a source line may come first)
LEAD_PARAGRAPHS = 2


def news_day(article: Article) -> tuple[EventDate, int] | None:
    """The day the article reports on, when its lead names the day before its own date: a report
    published on Monday that opens "قتل أمس ..." or "... يوم الأحد" tells of Sunday, and its
    undated sentences tell of that day too, not of the publication day. Only the lead's own news
    counts: not a recap sentence ("وكان الجيش دخل الأربعاء") nor a "بعد أن" clause. Returns the day
    and the lead sentence's index: the lead's own clauses keep their own dating."""
    pub = (article.published or "")[:10]
    body = [s for s in article.sentences if not s.is_heading]
    body = [s for s in body if s.paragraph in {b.paragraph for b in body[:LEAD_PARAGRAPHS]}][:LEAD_SENTENCES]
    if not pub or not body:
        return None
    for sent in body:
        first = _lead_date(article, sent)
        if first is None:
            continue
        try:
            gap = (date.fromisoformat(pub) - date.fromisoformat(first.attrs["value"][:10])).days
        except ValueError:
            return None
        if first.attrs.get("relative") and 0 < gap <= NEWS_DAY_WINDOW and not _since_day(article, sent, first):
            return EventDate(first.attrs["value"][:10], "day", f"news day: {first.text}", "text"), sent.index
        return None
    return _headline_day(article, pub)


def lead_until_today(article: Article, lead: tuple[EventDate, int] | None,
                     index: int) -> tuple[EventDate, int] | None:
    """The lead's news day for sentence ``index``, or None once the lead's own paragraphs, after the sentence
    that set it, have named the article's day by "اليوم" ("... قبل أن تستعيده القوات فجر اليوم"): a report of
    yesterday's attack that moves on to today tells its later undated news (reinforcements sent, a curfew, a
    toll) of today, the day it is filed. Not a later paragraph's "اليوم" (a daily roundup of yesterday may
    tell one item of this morning and go back to yesterday's), nor a weekday that happens to be today's."""
    if lead is None or lead[1] < 0:
        return lead
    if index != lead[1] and _governorate_section(article, index):
        return None
    pub = (article.published or "")[:10]
    body = [s for s in article.sentences if not s.is_heading]
    paragraphs = {b.paragraph for b in body[:LEAD_PARAGRAPHS]}
    for sent in body:
        if lead[1] < sent.index < index and sent.paragraph in paragraphs and any(
                _names_today(m, pub) for m in article.mentions_of("date", sent.index)):
            return None
    return lead


GOVERNORATE_HEAD = wordset("governorate_section_head")
SECTION_HEAD_WORDS = 4  # words of a section heading before its colon ("محافظة ريف دمشق:")


def _governorate_section(article: Article, index: int) -> bool:
    """Is sentence ``index`` in a paragraph that opens with a governorate heading ("محافظة إدلب: نفذ الطيران
    ...")? A monitor's roundup files the day's events under such headings after its lead: they are that
    section's news of the day the roundup is filed, not of the day the lead's toll went back to (task read18b)."""
    sent = next((s for s in article.sentences if s.index == index), None)
    if sent is None:
        return False
    first = next(s for s in article.sentences if s.paragraph == sent.paragraph)
    head = article.raw[first.start:first.end].split(":", 1)
    if len(head) < 2:
        return False
    words = fold_text(head[0]).split()
    return 2 <= len(words) <= SECTION_HEAD_WORDS and words[0] in GOVERNORATE_HEAD


def _names_today(m: Mention, pub: str) -> bool:
    """A date mention that says "اليوم" of the article's day ("فجر اليوم"، "صباح اليوم")."""
    return bool(m.attrs.get("relative")) and m.attrs.get("precision") == "day" and not m.attrs.get("expected") \
        and str(m.attrs.get("value") or "")[:10] == pub and not TODAY.isdisjoint(fold_text(m.text).split())


def _since_day(article: Article, sent: Sentence, m: Mention) -> bool:
    """Is the lead's day opened by "منذ" ("تدور اشتباكات منذ منتصف ليل السبت")? Then the lead tells what
    is still going on at the article's date, not a report of that earlier day: it sets no news day."""
    toks = tokens_of(article, sent)
    at = next((k for k, t in enumerate(toks) if t.start >= m.start), None)
    return at is not None and any(toks[k].bare in SINCE for k in range(max(0, at - 2), at + 1))


HEADLINE_WINDOW = 6  # days before the article's a headline's weekday may name ("قصف على سراقب الأحد")


def _headline_day(article: Article, pub: str) -> tuple[EventDate, int] | None:
    """The day the headline names, when the lead names none: "قتلى بقصف على سراقب الأحد" over a lead
    that only says "قتل ثلاثة مدنيين في قصف ..." tells of Sunday. Only a day of the week before the
    article's date (the headline's news), not the article's own day nor one to come. The index
    returned is -1: the headline is no sentence of the body, so every undated body sentence takes it."""
    if not article.title:
        return None
    try:
        day = date.fromisoformat(pub)
    except ValueError:
        return None  # a published date no calendar has ("2024-02-31"): no day to count back from
    got = resolve_against(article.title, day)
    if got is None or got[1] != "day":
        return None
    gap = (day - date.fromisoformat(got[0])).days
    if not 0 < gap <= HEADLINE_WINDOW:
        return None
    return EventDate(got[0], "day", f"news day: {article.title}", "text"), -1


def _lead_date(article: Article, sent: Sentence) -> Mention | None:
    """The first day date of a lead sentence's main clause, or None (a recap sentence names none)."""
    toks = tokens_of(article, sent)
    if not toks or toks[0].bare in PLUPERFECT:
        return None
    cut = next((toks[k].start for k in range(len(toks) - 1)
                if toks[k].bare in TIME_LINKER and toks[k + 1].word in THAT), sent.end)
    return next((m for m in article.mentions_of("date", sent.index) if m.start < cut
                 and m.attrs.get("value") and m.attrs.get("precision") == "day"), None)


RETOLD_WINDOW = 2  # days a retelling's fallback day may lie after the day first stated (more: another happening)
FALLBACK = ("article date", "news day:")  # how a date none of the sentence's words gave is marked


def _fallback(d: EventDate) -> bool:
    return d.text.startswith(FALLBACK)


def stated_in_text(d: EventDate) -> bool:
    """A day the text stated for its own event (not a fallback, a recap's bound or a moved day)."""
    return (d.precision == "day" and bool(d.value) and bool(d.text) and not _fallback(d)
            and not moved_off(d) and not d.text.startswith("recap") and d.basis != "published")


def _gap(earlier: str, later: str) -> int:
    try:
        return (date.fromisoformat(later[:10]) - date.fromisoformat(earlier[:10])).days
    except ValueError:
        return -1


def _same_place(a: Event, b: Event) -> bool:
    if a.place is None or b.place is None:
        return False
    if a.place.gazetteer_id and b.place.gazetteer_id:
        return a.place.gazetteer_id == b.place.gazetteer_id
    return fold_text(a.place.name) == fold_text(b.place.name)


def _twin(e: Event, earlier: list[Event]) -> Event | None:
    """The last earlier telling of ``e``'s happening (same type, place and side, asserted) with a stated
    day a little before ``e``'s fallback day."""
    if e.polarity != "asserted" or not _fallback(e.date):
        return None
    return next((o for o in reversed(earlier) if o.type == e.type and o.polarity == e.polarity
                 and o.actor.side == e.actor.side and _same_place(o, e) and stated_in_text(o.date)
                 and 0 < _gap(o.date.value, e.date.value) <= RETOLD_WINDOW), None)


PLAN_REACH = 200  # characters after a planned event's trigger its weekday may stand (one long clause)


def planned_weekdays(made: list[Event], raw: str, pub: str) -> None:
    """"ومن المقرر أن يعقد اجتماع للمصالحة يوم الخميس في بلدة X": a weekday named alone after the trigger
    of an expected event is the coming such day (the article's own when it is that weekday), not the last,
    which a weekday named alone reads as (task read20a). Changes the events of ``made`` in place."""
    try:
        today = date.fromisoformat(pub[:10])
    except ValueError:
        return
    for e in made:
        wd = weekday_of(e.date.text) if e.polarity == "expected" and e.date.value else None
        start = e.evidence.start + raw[e.evidence.start:].find(e.trigger)
        if wd is None or e.date.value[:10] >= pub[:10] or e.date.text not in raw[start:start + PLAN_REACH]:
            continue
        coming = today + timedelta(days=(wd - today.weekday()) % 7)
        e.date = EventDate(coming.isoformat(), "day", e.date.text, e.date.basis)


def retold_days(made: list[Event], earlier: list[Event], toks: list[Token], raw: str, names_a_day: bool) -> None:
    """A sentence naming no day that tells again a happening the article dated before ("وكان الجيش دخل
    الأربعاء مدينة X ... أفاد مراسل أن الجيش دخلوا أجزاء من أحياء X وحرروا قلعتها") tells of that day:
    the retold event takes it, and so do the sentence's other undated events of the same source when the
    retelling is its first event, in its main clause (not "وبعد استعادة X، تمكنت القوات من ...": what follows a
    "بعد" clause came later). Changes the events of ``made`` in place."""
    if names_a_day or not made:
        return
    first = made[0]
    for e in made:
        if (twin := _twin(e, earlier)) is not None:
            e.date = EventDate(twin.date.value[:10], "day", f"retold: {twin.date.text}", twin.date.basis)
    if not first.date.text.startswith("retold:") or _after_linker(first, toks, raw):
        return
    for e in made:
        if _fallback(e.date) and e.polarity == "asserted" and _same_teller(e, first):
            e.date = first.date


def _same_teller(e: Event, first: Event) -> bool:
    """Is ``e`` told by the source that retells ``first``? "قالت شبكة X إن النظام ألقى براميل على Y، بينما
    أكدت الفصائل أنها أوقعت قتلى في اشتباكات عند Z": the day of the retold strike is X's; the clashes
    another party claims in the same sentence keep the day they had."""
    return (e.source.chain if e.source else None) == (first.source.chain if first.source else None)


def _after_linker(e: Event, toks: list[Token], raw: str) -> bool:
    """Is ``e``'s trigger right after a time linker ("بعد", "إثر", "عقب": "وبعد استعادة X")?"""
    at = raw.find(e.trigger, e.evidence.start)
    k = next((k for k, t in enumerate(toks) if t.start >= at), None) if at >= 0 else None
    return k is not None and any(toks[j].bare in TIME_LINKER for j in range(max(0, k - 2), k))


def _back_reference_days(made: list[Event], view: SentenceView, raw: str) -> list[tuple[tuple[str, ...], EventDate]]:
    """(types, day) a sentence gives to a happening told just before: a demonstrative before an event
    noun dated here ("خلفت المواجهات التي دارت ليل الأربعاء هذه الحصيلة": this toll is
    Wednesday's), or an incident noun with a day right after it ("منذ حادثة الجمعة")."""
    toks = view.toks
    out = []
    for e in made:
        at = raw.find(e.trigger, e.evidence.start)
        k = next((k for k, t in enumerate(toks) if t.start >= at), 0) if at >= 0 else 0
        if k and toks[k - 1].word in DEMONSTRATIVES and stated_in_text(e.date):
            out.append(((e.type,), e.date))
    for _, m in view.dates:
        k = next((k for k, t in enumerate(toks) if t.start >= m.start), 0)
        if k and toks[k - 1].bare in INCIDENT and m.attrs.get("value") and m.attrs.get("precision") == "day" \
                and not m.attrs.get("expected"):
            out.append((VIOLENT, as_event_date(m)))
    return out


def named_after(told: list[Event], made: list[Event], view: SentenceView, raw: str) -> None:
    """The next sentence of a report may name the day of what the sentence before told under a later
    day (the day it was announced, "أعلن الجيش، الخميس، مقتل 20 مسلحاً. وأوضح أن المواجهات التي دارت
    ليل الأربعاء خلفت هذه الحصيلة"; or a protest's, "تظاهر الأهالي السبت بعد مقتل شاب. وقال ناشط
    إن الغضب لم يهدأ منذ حادثة الجمعة"): a happening of ``told`` of the type the back-reference
    names, dated a day or two after the day it names, takes that day. Changes ``told`` in place."""
    if not told:
        return
    for types, day in _back_reference_days(made, view, raw):
        for e in told:
            if e.type in types and e.polarity == "asserted" and 0 < _gap(day.value, e.date.value) <= RETOLD_WINDOW:
                e.date = EventDate(day.value[:10], "day", f"named after: {day.text}", day.basis)
