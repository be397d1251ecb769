"""Who says it and what the event rests on: the source scope covering a trigger, the evidence span and
the quantity near it."""
from __future__ import annotations

from ..model import Article, Evidence, Mention, Source
from ..read.sources import FLASH_RULE
from ..read.wordsets import wordset
from .frames import (
    SentenceView,
    contrast_between,
    nearest,
)
from .patterns import Match
from .vocab import CONTINUE_NOW, COORDINATION

TOLL_REACH = wordset("toll_reach_verb")
REACH_BEFORE = 3  # "وارتفعت حصيلة القتلى": the verb a few words before the toll's word
REACH_AFTER = 8  # "حصيلة القصف على مدينة X ارتفعت": the verb after the toll's word and what it counts
REACH_SPAN = 14  # words after the verb its count may stand ("... جراء القصف على مدينة X إلى 23")
TOLL_KINDS = ("killed", "wounded", "people")  # or no unit ("إلى تسعة"); never hours, places or shells
DEAD_REACH = 8  # words between a count of the wounded and the count of the dead beside it
DETAIL_OPENERS = wordset("report_detail_opener")  # "ففي"، "وفي التفاصيل": a report's details open
DETAIL_NEXT = wordset("report_detail_next")  # "وفي"، "كما": the details go on
HEADING_WORDS = wordset("report_heading_word")  # "في القنيطرة:"، "محافظة إدلب:": a topic heading's first word
HEADING_REACH = 5  # "في ريف إدلب الجنوبي: ...": a topic heading's colon within its first words
GOES_ON = wordset("report_goes_on")  # "كما"، "فيما"، "وأما": a sentence tells more of what the one before told
STOPS = wordset("report_stops")  # "وكانت ... قد"، "وفي سياق آخر"، "ويأتي ذلك": the article's own voice
# the speakers whose report of happenings the next sentence may go on with: those who witness and tell, not a
# party claiming its own deeds ("أعلنت غرفة العمليات سيطرتها على X. كما سيطرت الفصائل على Y": the article's)
REPORTER_KINDS = frozenset({"outlet", "monitor", "state media", "foreign media", "residents/local sources",
                            "wire agency", "social media"})


def source_for(view: SentenceView, tok_start: int, previous: Source | None,
                continuation: bool, headline: Source | None = None) -> tuple[Source, Mention | None]:
    """The attribution covering a trigger: the innermost source scope, else the speaker the sentence goes on
    with (a continuation), else the speaker the article's headline names ("تلفزيون سوريا: توغل قوة ...": the
    article relays what that speaker reports), else the outlet."""
    best: Mention | None = None
    for s in view.sources:
        a = s.attrs
        lo, hi = a.get("scope_start"), a.get("scope_end")
        covers = (lo is not None and hi is not None and lo <= tok_start < hi) or \
                 (lo is None and s.start <= tok_start)
        if covers and (best is None or (lo or s.start) >= (best.attrs.get("scope_start") or best.start)):
            best = s
    if best is not None and best.attrs.get("continues"):
        best = _trailing_named(view, best, tok_start) or best
    if best is not None:
        return mention_source(best), best
    if continuation and previous is not None:
        return previous, None
    return (headline or Source()), None


def goes_on_with_report(toks: list) -> bool:
    """Whether a sentence opens as one that goes on telling what the sentence before told: "كما"، "فيما"، "وأما"
    (wordset report_goes_on), or "و" + a word that is no recap, new frame, topic change or comment ("ودخلت القوات
    ..."، not "وكانت ... قد"، "وفي سياق آخر"، "ومع ساعات الفجر"، "ويأتي ذلك": wordset report_stops) nor a verb of a
    state going on ("وتتواصل الهجمات في X": wordset continue_now_verb)."""
    words = _opening(toks)
    if not words:
        return False
    first = words[0]
    if first.bare in GOES_ON or first.word in GOES_ON:
        return True
    return first.word != first.bare and first.word.startswith(COORDINATION) and first.bare not in STOPS \
        and first.bare not in CONTINUE_NOW  # ("فصائل المعارضة ...": no conjunction)


def carried_report(told: dict[str, tuple[Source, str | None]], etype: str, day: str | None) -> Source | None:
    """The source a sentence with no attribution of its own takes from the sentence just before it, which it goes
    on with (``goes_on_with_report``): that sentence's reporter's, for more of the same kind of happening
    ("قال المرصد إن قوات النظام دخلت مدينة X. ودخلت القوات مساء اليوم بلدة Y": the monitor's; the shared gold,
    task carry38), unless the sentence names a day of its own other than the one that report told ("واحتل التنظيم
    تدمر في أيار 2015" after a report of today is the article's background; ``day``: the day the event's own
    sentence names, None when it names none). ``told`` maps the event types of the sentence before to the reporter
    that told them and the day it told."""
    src, told_day = told.get(etype, (None, None))
    if src is None or src.kind not in REPORTER_KINDS or src.name_en == Source().name_en:
        return None
    return src if day is None or day[:10] == (told_day or "")[:10] else None


def _trailing_named(view: SentenceView, inherited: Mention, tok_start: int) -> Mention | None:
    """"ويتوقع أن يرسل المجلس تعزيزات إلى X، بحسب مصادر عسكرية": a source by preposition that closes the sentence,
    after the span of a verb whose speaker is only carried on from before (``continues``), names who says the
    whole sentence; an aside inside that span ("وأضاف أن القوات، بحسب معلومات أولية، ...") does not (task read21b)."""
    end = inherited.attrs.get("scope_end")
    return next((s for s in view.sources if s.attrs.get("mode") == "prep" and not s.attrs.get("continues")
                 and end is not None and s.start >= end
                 and (s.attrs.get("scope_start") or s.start) <= tok_start < (s.attrs.get("scope_end") or 0)), None)


def mention_source(m: Mention) -> Source:
    """The Source an attribution mention names (its first hop and chain)."""
    a = m.attrs
    chain = list(a.get("chain") or [a.get("name_en") or m.text])
    return Source(name=a.get("name") or m.text, name_en=a.get("name_en") or m.text, kind=a.get("kind", ""),
                  chain=chain)


def _opening(toks: list) -> list:
    """A sentence's words from its first word on, past a live page's time stamp ("18:20 — ...")."""
    k = 0
    while k < len(toks) and not any(c.isalpha() for c in toks[k].word):
        k += 1
    return toks[k:]


def report_detail(raw: str, toks: list) -> str:
    """How a sentence opens with respect to a report being spelt out: "opener" when it opens the details of
    the report the sentences before summed up ("ففي محافظة حلب، ..."، "وفي التفاصيل، ..."، "أما في ريف
    إدلب، فقد ..."، a topic heading "في القنيطرة: ..."، "محافظة إدلب: ..."), "next" when it may go on with details already
    opened ("وفي ريف دمشق، ..."، "كما ..."), else "". A daily toll names its speaker once, in its summary; the
    incidents it then lists by place are still that speaker's (GUIDELINES: the first hop of the claim)."""
    words = _opening(toks)
    if not words:
        return ""
    one, two = words[0].word, " ".join(t.word for t in words[:2])
    if one in DETAIL_OPENERS or two in DETAIL_OPENERS:
        return "opener"
    if one in HEADING_WORDS and ":" in raw[words[0].start:words[min(HEADING_REACH, len(words)) - 1].end + 1]:
        return "opener"
    return "next" if one in DETAIL_NEXT else ""


def headline_source(article: Article) -> Source | None:
    """The speaker of an article's headline: its title's ("X: ...", read by the source reader into
    ``meta["title_source"]``), else a headline attribution opening its first sentence; None without one. A
    first line under a live page's label ("عاجل | X: ...") is a flash of its own: its speaker says that line,
    not the lead the page's own reporter writes under it (task src29)."""
    a = article.meta.get("title_source")
    if not a:
        first = min((s.index for s in article.sentences), default=None)
        m = next((m for m in article.mentions if m.kind == "source" and m.sentence == first
                  and m.attrs.get("mode") == "headline" and not m.rule.startswith(FLASH_RULE)), None)
        a = {"name": m.text, **m.attrs} if m is not None else None
    if not a:
        return None
    name_en = a.get("name_en") or a.get("name", "")
    return Source(name=a.get("name") or name_en, name_en=name_en, kind=a.get("kind", ""),
                  chain=list(a.get("chain") or [name_en]))


def evidence_span(article: Article, sent_idx: int, start: int, end: int) -> Evidence:
    sent = article.sentences[sent_idx]
    clauses = sent.clauses or [(sent.start, sent.end)]
    a, b, last = sent.start, sent.end, max(start, end - 1)
    for c0, c1 in clauses:  # the first clause holding the start (a loop: asked for every event)
        if c0 <= start < c1 + 1:
            a = c0
            break
    for c0, c1 in clauses:  # the first holding the last character
        if c0 <= last < c1 + 1:
            b = c1
            break
    a, b = min(a, start), max(b, end)
    return Evidence(text=article.raw[a:b], start=a, end=b)


def _count_text(m: Mention) -> str:
    val = m.attrs.get("value")
    return str(val) if val is not None else (m.attrs.get("text_value") or m.text)


def own_count(view: SentenceView, trig: Match, matches: list[Match]) -> Mention | None:
    """The count a casualty word governs: the count its last word is or counts (a pattern of two words,
    "سقط قتيلان"، "سقط 16 قتيلاً"), the number right after it ("مقتل 50 مدنياً"، "مقتل نحو 40"،
    "إصابة عشرة أشخاص"), the number whose unit it is ("سقط 16 قتيلاً") or the count that is the subject
    right before its verb ("5 أشخاص قتلوا"). Nearness alone would give "إصابة 18 شخصاً ومقتل ثلاثة" the
    18 to the dead; a count another casualty word governs is not a subject ("إصابة عشرة أشخاص ومقتل
    اثنين")."""
    toks = view.toks
    start, before = toks[trig.i].start, toks[trig.i - 1].end if trig.i else -1
    word = toks[trig.j - 1].start  # the toll's word: a dual ("سقط قتيلان") or a count's unit ("سقط 16 قتيلاً")
    if trig.j - trig.i > 1 and (m := next((m for _, m in view.numbers if m.start <= word < m.end), None)):
        return m  # before "the number right after it": "سقط قتيلان وثلاثة جرحى" counts two dead, not three
    governed = {c.j for c in matches if c is not trig and c.row.get("type") == "casualties"}
    for i, m in view.numbers:
        if i == trig.j or (i < trig.i and (m.start <= start < m.end or (m.end == before and i not in governed))):
            return m
    return None


def reached_count(view: SentenceView, trig: Match, matches: list[Match]) -> Mention | None:
    """The number a toll reaches by a verb (wordset toll_reach_verb), however far from the toll's word:
    "ارتفعت حصيلة القتلى جراء القصف على مدينة X إلى 23"، "بلغ عدد ضحايا القصف على X أمس 50"، "عدد
    القتلى في X بلغ 20". The verb stands just before the toll's word or after it with no other casualty
    word between and no conjunction on it ("قتل 3 وارتفع عدد الجرحى إلى 20": that verb is the wounded's)."""
    toks = view.toks
    verbs = [k for k in range(max(0, trig.i - REACH_BEFORE), trig.i) if toks[k].bare in TOLL_REACH]
    if not verbs:
        others = [c.i for c in matches if c is not trig and c.row.get("type") == "casualties" and c.i >= trig.j]
        stop = min([trig.j + REACH_AFTER, len(toks), *others])
        # the toll's own verb has no conjunction: "وارتفع" after it opens another clause
        verbs = [k for k in range(trig.j, stop) if toks[k].word in TOLL_REACH][:1]
    if not verbs:
        return None
    v = verbs[-1]
    return next((m for i, m in view.numbers_by_start
                 if v < i <= v + REACH_SPAN and (m.attrs.get("unit_kind") in TOLL_KINDS or not m.attrs.get("unit"))
                 and not (trig.i <= i < trig.j)), None)


def toll_count(view: SentenceView, trig: Match, matches: list[Match]) -> Mention | None:
    """A toll's number, read from the construction before nearness: the count its word governs, the
    count its verb reaches, and for a count of the wounded the count of the dead beside it ("إصابة عشرة
    أشخاص ومقتل اثنين": the toll is the dead's, as the gold gives it and as fatalities count it)."""
    got = own_count(view, trig, matches) or reached_count(view, trig, matches)
    if "wounded" not in trig.flags:
        return got
    return next((n for c in _dead_beside(view, trig, matches) if (n := own_count(view, c, matches)) is not None), got)


def toll_counts_wounded(view: SentenceView, trig: Match, matches: list[Match]) -> bool:
    """Whether a toll's number counts the wounded: its word is a wound word (trigger flag ``wounded``) and
    no count of the dead stands beside it ("أصيب 25 مدنياً"). Fatalities never count such a number."""
    if "wounded" not in trig.flags:
        return False
    return all(own_count(view, c, matches) is None for c in _dead_beside(view, trig, matches))


def _dead_beside(view: SentenceView, trig: Match, matches: list[Match]) -> list[Match]:
    """The words of the dead (casualty triggers without flag ``wounded``) near a count of the wounded: one
    list for both questions, which count is the toll and whether it counts the wounded, so they agree. Not across
    a linker of contrast: "قتل ثلاثة بقصف على X بينما أصيب خمسة آخرون في Y" tells two tolls (task scope40)."""
    return [c for c in matches if c is not trig and c.row.get("type") == "casualties"
            and "wounded" not in c.flags and abs(c.i - trig.i) <= DEAD_REACH
            and not contrast_between(view.toks, min(c.i, trig.i), max(c.i, trig.i))]


def quantity_near(view: SentenceView, trig: Match, lo: int, hi: int, etype: str,
                  matches: list[Match] | None = None) -> str | None:
    if etype == "casualties" and (m := toll_count(view, trig, matches or [])) is not None:
        return _count_text(m)
    wanted = {"casualties": ("killed", "wounded", "people")}.get(etype, ("places", "people", "killed"))
    cands = [(i, m) for i, m in view.numbers if m.attrs.get("unit_kind") in wanted or etype == "casualties"]
    m = nearest(cands, trig.i, max(0, trig.i - 6), min(hi, trig.j + 6))
    if m is None:
        return None
    return _count_text(m)
