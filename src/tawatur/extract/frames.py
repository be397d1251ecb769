"""Argument attachment: which places, actor, source, date and quantity belong to a trigger.

Arabic news sentences chain several reports ("سيطرت على X، ودخلت Y، فيما انسحبت قوات النظام من Z"), so a
trigger's *scope* runs from the trigger to the next trigger of any kind (blockers included). The places
in that scope are the event's places; a place that only locates another (a locator, or one after قرب /
شرقي / الحدودي) is not. A trigger with no place of its own may take one from a back-reference
("المدينة", "عليها", "هناك") or from a fronted locative ("وفي السويداء، ..."). The actor is the agent:
the actor right after a verbal or nominal head (VSO order and genitive agents), else the nearest one
before it in the same stretch, else the speaker when the speaker is a party.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter

from ..clean.normalize import fold_text
from ..clean.tokens import token_bounds
from ..lang.ar import analyses, clitic_forms
from ..model import Mention
from ..read.wordsets import marks, wordlist, wordset
from .gates import EVERY, needs_words, words_of
from .patterns import Match, Token, find_all, load_patterns
from .vocab import AGENT_HANDS, PART_OF_PEOPLE, counts, imperfect_verb

EXCLUDED_PLACE_KINDS = {"country", "region", "sea", "continent"}


@dataclass
class SentenceView:
    """One sentence with its tokens and its mentions mapped to token indices."""

    index: int
    toks: list[Token]
    places: list[tuple[int, Mention]] = field(default_factory=list)  # (token index, mention)
    actors: list[tuple[int, int, Mention]] = field(default_factory=list)  # (first, last token, mention)
    sources: list[Mention] = field(default_factory=list)
    dates: list[tuple[int, Mention]] = field(default_factory=list)
    numbers: list[tuple[int, Mention]] = field(default_factory=list)
    subject_idx: set[int] = field(default_factory=set)  # words read as a departure's subject
    carried_idx: set[int] = field(default_factory=set)  # what a departure's buses carry ("تقل جرحى")
    # token sets of the names above, made once by build_view (the rules of a sentence ask them for each
    # trigger): the last token of each place, every token inside a place's name, inside an actor's name
    place_ends: frozenset[int] = frozenset()
    place_tokens: frozenset[int] = frozenset()
    actor_tokens: frozenset[int] = frozenset()
    # each place's last token (by the mention's id: ``places`` holds each mention once), and the first
    # and last tokens of the places an event can stand at (``usable_place``): the place rules of every
    # trigger ask for them, and a mention's attributes do not change while the sentence is read
    place_last: dict[int, int] = field(default_factory=dict)
    usable_starts: frozenset[int] = frozenset()
    usable_ends: frozenset[int] = frozenset()
    # the lists above in token order (``sorted(..., key=first token)``, ties in list order), made once by
    # build_view: a score of rules walked them in order for every trigger, each sorting them again
    places_by_start: list[tuple[int, Mention]] = field(default_factory=list)
    actors_by_start: list[tuple[int, int, Mention]] = field(default_factory=list)
    numbers_by_start: list[tuple[int, Mention]] = field(default_factory=list)
    # every token's bare form and word, made once by build_view: a rule that declares the words it reads
    # (gates.needs_words) is skipped by its caller on a sentence holding none of them (a view built by hand
    # holds every word: its rules all run)
    words: frozenset[str] = EVERY


_FIRST = itemgetter(0)


def _by_start(items: list) -> list:
    """``items`` sorted by their first token (stable: ties keep their order). Read only: the rules never
    change a view's lists."""
    return sorted(items, key=_FIRST)


# the last token list's (list, length, token ends): the rules ask token_at for every mention of a
# sentence, many times over; the list is held so its id stays its own
_ENDS: list[tuple[list[Token], int, list[int]]] = []


def token_at(toks: list[Token], offset: int) -> int:
    """Index of the token that contains (or first follows) a raw offset: the first token ending after
    it, by bisection over the tokens' ends (in text order), kept for the last list asked about."""
    last = _ENDS[0] if _ENDS else None  # one read: another thread may replace it
    if last is None or last[0] is not toks or last[1] != len(toks):
        last = (toks, len(toks), token_bounds(toks)[0])
        _ENDS[:] = [last]
    k = bisect_right(last[2], offset)
    return toks[k].i if k < last[1] else last[1]  # last[1] is len(toks), checked above


def build_view(index: int, toks: list[Token], mentions: list[Mention]) -> SentenceView:
    v = SentenceView(index, toks)
    ends, inside, named = set(), set(), set()
    n = len(toks)
    tok_ends, tok_starts = token_bounds(toks)  # what token_at bisects, made once a sentence for all the mentions

    def at(offset: int) -> int:
        k = bisect_right(tok_ends, offset)
        return toks[k].i if k < n else n

    def last_at(m: Mention, i: int) -> int:
        """The last token that starts before the mention ends: a word's closing diacritic ("مسلحين أكراداً")
        lies past its token's end, and must not reach the next word (task read18b)."""
        k = bisect_left(tok_starts, m.end) - 1
        return max(i, toks[k].i if 0 <= k < n else at(max(m.start, m.end - 1)))

    usable_starts, usable_ends = set(), set()
    for m in mentions:
        i = at(m.start)
        if m.kind == "place":
            v.places.append((i, m))
            last = last_at(m, i)
            v.place_last[id(m)] = last
            ends.add(last)
            inside.update(range(i, last + 1))
            if usable_place(m):
                usable_starts.add(i)
                usable_ends.add(last)
        elif m.kind == "actor":
            last = last_at(m, i)
            v.actors.append((i, last, m))
            named.update(range(i, last + 1))
        elif m.kind == "source":
            v.sources.append(m)
        elif m.kind == "date":
            v.dates.append((i, m))
        elif m.kind == "number":
            v.numbers.append((i, m))
    v.place_ends, v.place_tokens, v.actor_tokens = frozenset(ends), frozenset(inside), frozenset(named)
    v.usable_starts, v.usable_ends = frozenset(usable_starts), frozenset(usable_ends)
    v.places_by_start, v.actors_by_start = _by_start(v.places), _by_start(v.actors)
    v.numbers_by_start = _by_start(v.numbers)
    v.words = words_of(toks)
    return v


PLACE_CUE_WORDS = wordset("generic_place_noun")
# small closed classes the rules below test tokens against (members and meaning: wordsets.tsv)
_CLAUSE_BREAK = marks("clause_break_marks")
_UNTIL = wordset("until_preposition")
_DIRECTION = wordset("direction_preposition")
_LAM = wordlist("object_clitic")
_AGENT_PREP = wordset("agent_preposition")
_WITH = wordset("with_preposition")
AGENT_GENITIVE_NOUNS = wordset("agent_genitive_noun")
_STRIKE_ADJECTIVES = wordset("strike_adjective")
_STRIKE_ADJECTIVE_REACH = 2  # "لهجوم بري واسع لقوات X": adjectives between an attack noun and its ل-owner
_AIRCRAFT = wordset("owned_aircraft_noun")
_AIRCRAFT_ADJECTIVES = wordset("owned_aircraft_adjective")
_AIRCRAFT_ADJECTIVE_REACH = 2  # "مسيّرة حربية لجيش X": adjectives between an aircraft and its ل-owner
_SET_UP = wordset("set_up_verb")
_SET_UP_REACH = 5  # words from "نصب" to the ambush it sets, past its subject ("نصب عناصر تنظيم الدولة كميناً")
_COORDINATION = wordlist("coordination_clitic")
_APPROXIMATOR = wordset("number_approximator")
_PARTITIVE = wordset("count_partitive")
_PART_OF_FORCE = wordset("part_of_force")
_JOINED_PART = _PART_OF_FORCE | wordset("force_client_noun")  # "وعناصر من X"، "ومرتزقته من X"
SUBJECT_COMP = wordset("subject_complementizer")
_LAUNCH_DOMAINS = wordset("launch_domain_word")  # "صواريخ أرض - أرض": a dash that opens no aside
_PLURAL_SUBJECT = wordlist("plural_subject_ending")
_AGENT_FRAME = wordset("agent_frame_noun")
_ANNOUNCER_VERB = wordset("authority_announcer_verb")
_STATE_OFFICE = wordset("state_office")
_NOT_SUBJECT = wordset("non_subject_after_verb")
_FACING = wordset("facing_preposition")
_FACING_REACH = 2  # "أمام المدنيين"، "أمام حركة المدنيين": the preposition, at most one noun, then the force
_AGENT_FRAME_CLITIC = wordlist("agent_frame_clitic")
_STRUCK_SITES = wordset("struck_site_noun")
# "خروج آخر دفعة من مقاتلي حركة X": a batch, its members and من between a verbal noun and its genitive force
_MEMBER_NOUNS = wordset("member_noun")
_BATCH_GAP = wordset("batch_word") | _MEMBER_NOUNS | wordset("count_partitive")
_BATCH_REACH = 6  # words of such a gap


_NOT_EVENT_ROLES = ("locator", "backer")  # "X بريف Y": Y locates X; "فصائل موالية لأنقرة": the backer (read/places)


def usable_place(m: Mention) -> bool:
    """A place an event can stand at: not a locator or a backer, a country or a region, and more than a cue word."""
    a = m.attrs
    # the attributes' own fields, read without three ``get`` calls (the rules ask some 70 times an
    # article); a field never set or set to UNSET is neither "locator", an excluded kind nor False
    d = a.__dict__
    if d.get("role") in _NOT_EVENT_ROLES or d.get("kind") in EXCLUDED_PLACE_KINDS:
        return False
    return d.get("resolved") is not False or not _cue_words_only(a.get("name") or m.text)


@lru_cache(maxsize=1 << 12)
def _cue_words_only(name: str) -> bool:
    """Is an unresolved place's name empty or made of place cue words alone ("القرية"، "البلدات")? By the
    name: the rules ask :func:`usable_place` of the same few mentions again and again, and a name's
    words are folded and stripped of clitics once, not at every asking."""
    words = fold_text(name).split()
    return not words or all(clitic_forms(w)[-1] in PLACE_CUE_WORDS or w in PLACE_CUE_WORDS for w in words)


def clause_breaks(raw: str, toks: list[Token], parenthetical: set[int] | None = None) -> ClauseBreaks:
    """Token indices that begin a new clause (punctuation between them and the token before).

    A date set off by commas ("دخلت قوة، اليوم الأربعاء، قرية X") does not break the clause: pass
    its token indices as ``parenthetical``."""
    out = set()
    for k, gap in _marked_gaps(raw, toks):
        if gap == ":" and k and toks[k - 1].word.isdigit() and toks[k].word.isdigit():
            continue  # a clock time ("عند الساعة 23:30"), no clause's end (task dates20)
        if not _BREAK_CHARS.isdisjoint(gap):
            out.add(k)
        elif (" - " in gap or " – " in gap) and not (k and toks[k - 1].bare in _LAUNCH_DOMAINS and toks[k].bare in _LAUNCH_DOMAINS):
            out.add(k)  # a dash sets off an aside, not "صواريخ أرض - أرض" (a missile's launch and target domains)
    out -= {k for k in out if _including_aside(toks, k)}
    parenthetical = (parenthetical or set()) | _short_brackets(raw, toks) | _accompaniment_asides(toks, out)
    if parenthetical:
        ordered = sorted(out)
        for a, b in zip(ordered, ordered[1:], strict=False):
            if all(t in parenthetical for t in range(a, b)):
                out.discard(a)
                out.discard(b)
    marked = ClauseBreaks(out)
    marked.quotes = quotations(raw, toks)
    return marked


class ClauseBreaks(set):
    """The token indices that begin a new clause (a set, as before), with the sentence's quotations beside them
    (``quotes``: first token inside -> the token after the closing mark, :func:`quotations`): a cue's complement
    that a quotation holds ends where it closes (polarity.in_span, task modality40b)."""

    quotes: dict[int, int] = {}


_QUOTE_OPEN = frozenset(marks("quote_open_marks"))
_QUOTE_CLOSE = frozenset(marks("quote_close_marks"))
_QUOTE_EITHER = frozenset(marks("quote_either_marks"))


def quotations(raw: str, toks: list[Token]) -> dict[int, int]:
    """The quotations of a sentence ("قال: «سنقتحم البلدة خلال أيام»، ثم ..."): the first token inside each -> the
    token right after its closing mark. A straight quote mark opens and closes in turn; a mark left open closes
    nothing."""
    out: dict[int, int] = {}
    opened: int | None = None
    straight: int | None = None
    for k, gap in _marked_gaps(raw, toks):
        if not _QUOTE_CLOSE.isdisjoint(gap) and opened is not None:
            out[opened] = k
            opened = None
        if not _QUOTE_OPEN.isdisjoint(gap):
            opened = k
        if not _QUOTE_EITHER.isdisjoint(gap):
            if straight is None:
                straight = k
            else:
                out[straight] = k
                straight = None
    return out


def _including_aside(toks: list[Token], k: int) -> bool:
    """"سيطر على حقول النفط في ريف دير الزور، ومنها حقل التيم، صيف عام 2014": "ومنها" (wordset including_aside)
    before a definite noun or a place noun names members of what was told before it, and "ومنها إلى X" (no verb:
    and from there to X) the next leg of the same move; either carries the clause on (a date after it still
    dates the clause), as "منها" after a comma does. "ومنها توجهت إلى X" (a verb: from there it went) opens a
    clause (task read24c)."""
    if toks[k].word not in _INCLUDING or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1].bare
    return (nxt.startswith(_DEFINITE_ARTICLE) and len(nxt) > 3) or nxt in _INCLUDED_NOUN


_INCLUDING = wordset("including_aside")
_INCLUDED_NOUN = wordset("including_aside_noun")
CIRCUMSTANCE_ASIDE = wordset("circumstance_aside")
# "وينص الاتفاق، وفق نص نشرته الوزارة، على انتشار ...": what a deal sets out is read by the deal rules, whole
_TERMS = wordset("terms_verb")
SOURCE_ASIDE = wordset("source_aside_lead")  # "بحسب"، "وفق": the attribution among them
_RELATIVE_PRONOUN = wordset("relative_pronoun")
_RELATIVE_WORDS = wordset("relative_word")  # every relative pronoun, dual and plural too (_relative_antecedent)
_ASIDE_HEADING = wordset("relative_aside_heading")  # (_relative_aside)
ACCOMPANIMENT_REACH = 8  # words an aside of accompaniment holds at most ("، بمشاركة فصائل من غرفة عمليات X،")


def _accompaniment_asides(toks: list[Token], breaks: set[int]) -> set[int]:
    """"حررت الوحدات، بمشاركة فصائل من غرفة عمليات X، اليوم الثلاثاء، مدينة Y"، "سيطرت الفصائل، بدعم من
    المدفعية التركية، على بلدة Z": a clause opened by a word of accompaniment (wordsets accompaniment_aside)
    and closed by the next clause mark within a few words says with whom or with what support the subject
    acted; it is parenthetical, as a date set off by commas is, and the verb keeps the object after it."""
    words = wordset("accompaniment_aside")
    out: set[int] = set()
    ordered = sorted(breaks)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if b - a <= ACCOMPANIMENT_REACH and (toks[a].bare in words or _sequence_aside(toks, a, b)
                                             or _circumstantial_aside(toks, a, b)
                                             or _relative_aside(toks, a, b)):
            out |= set(range(a, b))
    return out


def _relative_aside(toks: list[Token], a: int, b: int) -> bool:
    """"من مدينة X، التي ضرب الزلزال أجزاء منها، إلى مخيمات في Y": a relative clause between commas with a word of
    heading right after it describes the place before it; the move goes on to its destination (task probe19). So
    does one that describes the subject when the verb's object opens after it ("سيطرت قوات سوريا الديمقراطية، التي
    تشكل الوحدات الكردية عمودها الفقري، على بلدة X": wordsets aside_object_lead, task read14)."""
    return toks[a].bare in _RELATIVE_PRONOUN and b < len(toks) \
        and (toks[b].bare in _ASIDE_HEADING or toks[b].bare in wordset("aside_object_lead"))


def object_asides(raw: str, toks: list[Token]) -> dict[int, int]:
    """Asides of sequence, attribution, time or means set off by commas between a verb and its object
    ("تقدمت القوات، بعد سيطرتها على قرية X، نحو بلدة Y"): their first token -> the token after them. A trigger
    inside one takes its arguments there only; the verb before it steps over it to its object (task probe14)."""
    breaks = sorted(k for k, gap in _marked_gaps(raw, toks) if not _BREAK_CHARS.isdisjoint(gap))
    return {a: b for a, b in zip(breaks, breaks[1:], strict=False)
            if b - a <= ACCOMPANIMENT_REACH and (_sequence_aside(toks, a, b) or _relative_aside(toks, a, b))}


def source_asides(raw: str, toks: list[Token]) -> set[int]:
    """Tokens of an attribution set off by commas between a verb and its object ("سيطرت الفصائل، بحسب ناشطين،
    على بلدة X"): the speaker named there ends no trigger's arguments, as "بحسب X" after them does (scope.py);
    the object after it is still the verb's (task probe14)."""
    breaks = sorted(k for k, gap in _marked_gaps(raw, toks) if not _BREAK_CHARS.isdisjoint(gap))
    out: set[int] = set()
    for a, b in zip(breaks, breaks[1:], strict=False):
        if b - a <= ACCOMPANIMENT_REACH and toks[a].bare in SOURCE_ASIDE and _sequence_aside(toks, a, b):
            out |= set(range(a, b))
    return out


@needs_words(SOURCE_ASIDE)  # (the rarer of the pair it needs: "بحسب"، "وفق"; "أن" is in most sentences)
def complement_source_asides(raw: str, toks: list[Token]) -> frozenset[int]:
    """Tokens of an attribution set off by commas right before the "أن" of a complement ("ويُنتظر، بحسب مصادر
    في لجنة التفاوض، أن تنشر القوات ..."): the expectation or denial before it still governs the clause after
    "أن", so its window steps over the speaker's words (task read16). Not an object aside: no place follows.
    Its caller asks it only on a sentence holding a word of attribution (``needs``)."""
    lead = wordset("aside_complement_lead")
    bares = [t.bare for t in toks]  # (two set tests over one list, not two generators over the tokens)
    if lead.isdisjoint(bares) or SOURCE_ASIDE.isdisjoint(bares):
        return frozenset()  # most sentences hold no such pair of words: no gaps to read
    breaks = sorted(k for k, gap in _marked_gaps(raw, toks) if any(ch in gap for ch in _CLAUSE_BREAK))
    out: set[int] = set()
    for a, b in zip(breaks, breaks[1:], strict=False):
        if b - a <= ACCOMPANIMENT_REACH and b < len(toks) and toks[a].bare in SOURCE_ASIDE \
                and toks[b].bare in lead:
            out |= set(range(a, b))
    return frozenset(out)


CIRCUMSTANCE_REACH = 4  # words a clause of circumstance holds at most ("، وعليها آثار تعذيب،")


def _circumstantial_aside(toks: list[Token], a: int, b: int) -> bool:
    """"عثر أهالٍ على جثة شاب، وعليها آثار تعذيب، على أطراف حي X": a short clause of circumstance (و, a
    preposition with its pronoun, a noun; wordsets circumstantial_lead) set off by commas describes the noun
    before it; it is parenthetical when a place's preposition opens right after it (task probe13)."""
    return toks[a].word != toks[a].bare and toks[a].bare in wordset("circumstantial_lead") \
        and b - a <= CIRCUMSTANCE_REACH and b < len(toks) \
        and toks[b].word in wordset("circumstance_place_lead")


def _sequence_aside(toks: list[Token], a: int, b: int) -> bool:
    """"سيطرت الكتائب، بعد اشتباكات استمرت أياماً، على بلدة X": a clause opened by a word of sequence
    (wordsets sequence_aside) says what came before; it is parenthetical only when the verb's object opens
    right after it (wordsets aside_object_lead), as "بعد معارك، وقتل ..." or "عقب لقاء، على أن ..." starts a clause of
    its own. A clause of attribution, time or means ("، بحسب ناشطين،"، "، منذ ساعات الفجر،"، "، بالمدفعية الثقيلة،":
    wordsets circumstance_aside) is read the same way."""
    circumstance = (toks[a].word in CIRCUMSTANCE_ASIDE or toks[a].bare in CIRCUMSTANCE_ASIDE) \
        and not any(toks[k].bare in _TERMS for k in range(max(0, a - 3), a))
    opener = toks[a].bare in wordset("sequence_aside") or circumstance
    if not opener or b >= len(toks) or toks[b].bare not in wordset("aside_object_lead"):
        return False
    return b + 1 >= len(toks) or toks[b + 1].bare not in wordset("aside_object_not")  # not "على أن تنتشر"


@needs_words(wordset("time_span_noun"))
def time_span_tokens(toks: list[Token]) -> set[int]:
    """Tokens of a span of time ("خلال اليومين الماضيين", "طيلة الأسبوع الماضي"): set off by commas it is
    parenthetical, like a date ("حرّر، خلال الأيام الثلاثة الماضية، بلدات X وY": the verb keeps its object)."""
    lead, nouns, adjs = wordset("time_span_lead"), wordset("time_span_noun"), wordlist("time_span_adjective")
    out: set[int] = set()
    for k in range(len(toks) - 1):
        if toks[k].bare in lead and toks[k + 1].bare in nouns:
            out |= {k, k + 1}
            if k + 2 < len(toks) and toks[k + 2].bare.startswith(adjs):
                out.add(k + 2)
    return out


_OPEN, _CLOSE = marks("bracket_open_marks"), marks("bracket_close_marks")
# the marks as sets of characters (each mark is one): a gap is tested with one C call, not a generator per mark
_BREAK_CHARS, _OPEN_CHARS, _CLOSE_CHARS = frozenset(_CLAUSE_BREAK), frozenset(_OPEN), frozenset(_CLOSE)
assert all(len(ch) == 1 for ch in _BREAK_CHARS | _OPEN_CHARS | _CLOSE_CHARS)
# a one-space gap holds no clause break and opens no bracket unless a mark set lists the space itself
_SPACE_NO_BREAK = " " not in _CLAUSE_BREAK and " " not in _OPEN


# the last token list's (list, length, text, its marked gaps): a sentence's clause breaks and its two
# bracket readings each walked every gap between its words; the list is held so its id stays its own
_GAPS: list[tuple[list[Token], int, str, list[tuple[int, str]]]] = []


def _marked_gaps(raw: str, toks: list[Token]) -> list[tuple[int, str]]:
    """(k, the text between token k - 1 and token k) for every gap that may hold a mark: all but the
    one-space gaps (most of them), found in one pass over the sentence and kept for the last list."""
    last = _GAPS[0] if _GAPS else None  # one read: another thread may replace it
    if last is not None and last[0] is toks and last[1] == len(toks) and last[2] is raw:
        return last[3]
    gaps = []
    for k in range(1, len(toks)):
        gap = raw[toks[k - 1].end:toks[k].start]
        if gap == "," and toks[k - 1].word.isdigit() and toks[k].word.isdigit():
            continue  # "2,300 عائلة"، "1,5 مليون": a bare comma inside a figure marks no clause
        if gap != " " or not _SPACE_NO_BREAK:
            gaps.append((k, gap))
    _GAPS[:] = [(toks, len(toks), raw, gaps)]
    return gaps


def _short_brackets(raw: str, toks: list[Token], most: int = 3) -> set[int]:
    """Tokens of a short bracketed aside ("قوات سوريا الديمقراطية (قسد)، أمس، ..."): an abbreviation or a
    gloss that does not end the clause."""
    out: set[int] = set()
    for k, gap in _marked_gaps(raw, toks):
        if _OPEN_CHARS.isdisjoint(gap):
            continue
        for m in range(k, min(k + most, len(toks))):
            inner = raw[toks[m].end:toks[m + 1].start] if m + 1 < len(toks) else raw[toks[m].end:]
            if not _CLOSE_CHARS.isdisjoint(inner):
                out.update(range(k, m + 1))
                break
            if not _OPEN_CHARS.isdisjoint(inner) or not _BREAK_CHARS.isdisjoint(inner):
                break
    return out


def bracketed_words(raw: str, toks: list[Token]) -> set[int]:
    """Tokens that stand alone in brackets ("(شرق)", "(قسد)")."""
    return _short_brackets(raw, toks, 1)


def preceded_by(toks: list[Token], i: int, cue_idx: set[int], within: int = 1) -> bool:
    """Does a cue token stand up to ``within`` words before token ``i``? (A loop, not any() over a
    generator: asked for every place of a trigger's scope.)"""
    for k in range(1, within + 1):
        if i - k in cue_idx:
            return True
    return False


def scope_places(view: SentenceView, lo: int, hi: int, locative_idx: set[int],
                 toward_idx: set[int], origin_only: bool, skip_idx: set[int] | None = None,
                 descriptor_idx: set[int] | None = None) -> list[Mention]:
    """Usable places whose first token lies in [lo, hi).

    ``skip_idx``: tokens inside actor names ("فيلق القدس" holds no place); ``descriptor_idx``: words such as
    أكبر/أهم whose following place is described, not acted on ("أكبر حواجز ريف حمص").
    """
    out, near = [], []
    seen_toward = False
    skip_idx = skip_idx or set()
    descriptor_idx = descriptor_idx or set()
    # a direction word that begins a place of the list ("شمال وغرب منبج") is its name, not a locative
    locative_idx = locative_idx - view.place_tokens
    for i, m in view.places_by_start:
        if not lo <= i < hi or i in skip_idx:
            continue
        if any(lo <= k < i for k in toward_idx if view.toks[k].bare not in _UNTIL):
            seen_toward = True
        if origin_only and seen_toward:
            continue
        if not usable_place(m) or preceded_by(view.toks, i, descriptor_idx, 2):
            continue
        if (preceded_by(view.toks, i, locative_idx, 1) or (
                i >= 2 and view.toks[i - 1].bare in CUE_NOUNS and (i - 2) in locative_idx)) \
                and not _joined_after_adjective(view.toks, i, locative_idx):
            if _sites_near(view.toks, i, locative_idx) or (out and _joined_near(view.toks, i, locative_idx)):
                out.append(_near(m))  # "X، إضافة إلى مواقع قرب بلدة Y": unnamed sites near Y, a target of its own
            else:
                near.append(m)  # "قرب مدينة البوكمال": an event near the place, when nothing else is named
            continue
        out.append(m)
    if not out and near:
        return [_near(m) for m in near[:1]]
    return out


CUE_NOUNS = wordset("place_title_noun")
_TIME_ADVERBS = wordset("day_part_adverb")  # "صباحاً"، "مساءً": no date expression, still no word of reach
_JOINED_TARGETS = wordset("joined_target_noun")
_NEAR_WORDS = wordset("near_area_preposition")  # قرب، بالقرب، بمحيط، محيط
_DEFINITE_ARTICLE = tuple(wordlist("definite_article"))


def _sites_near(toks: list[Token], i: int, locative_idx: set[int]) -> bool:
    """"استهدفت بلدة X، إضافة إلى مواقع قرب بلدة Y": sites the text does not name, right before the locative of
    the place after it, are struck near that place; it is a target of the list, not only where another lies
    (task probe15)."""
    loc = i - 1 if (i - 1) in locative_idx else i - 2
    return loc >= 1 and (toks[loc - 1].bare in _JOINED_TARGETS or toks[loc - 1].forms[-1] in _JOINED_TARGETS)


def _joined_near(toks: list[Token], i: int, locative_idx: set[int]) -> bool:
    """"أغارت على مواقع في منطقة X وقرب بلدة Y": a nearness word written with "و" after a place of the scope
    opens a second place of the list, struck near Y; it does not say where X lies (task probe20)."""
    loc = i - 1 if (i - 1) in locative_idx else i - 2
    return loc >= 1 and toks[loc].word != toks[loc].bare and toks[loc].word.startswith(tuple(_COORDINATION)) \
        and toks[loc].bare in _NEAR_WORDS


def _joined_after_adjective(toks: list[Token], i: int, locative_idx: set[int]) -> bool:
    """"نحو المخيمات القريبة وبلدة X"، "إلى القرى الحدودية ومدينة X": a locative word that is a definite adjective
    ("القريبة"، "الحدودية"، "المجاورة") agrees with the noun before it; a place after it written with "و" (on its
    cue noun or on its name) is the next member of the list, not what the adjective is near to ("القرى القريبة من
    X" still locates). True when the place at ``i`` is joined so (task probe30)."""
    head = i - 1 if i >= 1 and toks[i - 1].bare in CUE_NOUNS else i
    loc = head - 1
    joined = toks[head].word != toks[head].bare and toks[head].word.startswith(tuple(_COORDINATION))
    return joined and loc in locative_idx and toks[loc].bare.startswith(_DEFINITE_ARTICLE) \
        and toks[loc].word == toks[loc].bare


def _near(m: Mention) -> Mention:
    """A copy of a place mention whose event lies near it (ACLED geo_precision 2)."""
    attrs = dict(m.attrs)
    attrs["geo_precision"] = max(2, int(attrs.get("geo_precision") or 1))
    return Mention(m.kind, m.start, m.end, m.text, m.sentence, attrs, m.rule + "+near")


OUTSKIRTS = wordset("outskirts_noun")


_INSIDE_OUTSKIRTS = wordset("inside_outskirts_prep")  # "في أطراف X": within the outskirts, not toward them


def place_after_toward(view: SentenceView, m: Mention, lo: int, toward_idx: set[int],
                       outskirts: bool = True) -> bool:
    """Is the place introduced by a direction word (باتجاه، نحو، صوب) or named as outskirts
    ("إلى أطراف مدينة حماة")? Then reaching it is an advance, not an entry. ``outskirts`` False asks for the
    direction word only (a row flagged heading: "دخلت الأطراف الشرقية لقرية X" stays an entry)."""
    i = token_at(view.toks, m.start)
    for k in range(max(lo, i - 3), i):
        if k in toward_idx and view.toks[k].bare in _DIRECTION:
            return True
        if outskirts and (view.toks[k].forms[-1] in OUTSKIRTS or view.toks[k].bare in OUTSKIRTS) \
                and not (k > 0 and view.toks[k - 1].bare in _INSIDE_OUTSKIRTS):
            return True  # ("توغلت قوة في أطراف قرية X": inside the outskirts, an entry; task probe29)
    return False


def is_lam_object(view: SentenceView, i: int, m: Mention | None = None) -> bool:
    """An actor written with the preposition ل ("لقوات النظام", "للجيش") is an addressee or target.
    The actor reader leaves a proclitic out of its span, so a mention that starts where its word does
    has none ("فلول النظام": the ل is a root letter)."""
    tok = view.toks[i]
    if m is not None and m.start <= tok.start:
        return False
    return tok.bare.startswith(_LAM) and len(tok.forms) > 1 and not tok.forms[-1].startswith(_LAM)


def _coordinated_object(view: SentenceView, trig: Match, i: int, m: Mention) -> bool:
    """"قصف مشفى ميدانياً ومجموعة مسلحة": a force joined by و to a noun after the verb, with no force
    before it, is a second object of the verb, not its subject (a VSO subject stands first)."""
    tok = view.toks[i]
    if i <= trig.j or m.start <= tok.start or not tok.word.startswith(_COORDINATION):
        return False
    return not any(trig.j <= a0 < i for a0, _, _ in view.actors)


def _time_words(view: SentenceView, lo: int, hi: int) -> int:
    """Words of date expressions between tokens lo and hi: "سيطرت صباح اليوم الأربعاء قوات النظام" puts
    the agent five words after the verb; a time adverb does not push it out of reach, one that is no date
    expression either ("اشتباكات متقطعة دارت صباحاً بين القوات الأمنية ومسلحين": wordset day_part_adverb; task read26a)."""
    n = 0
    dated: set[int] = set()
    for i, m in view.dates:
        if lo <= i < hi:
            end = min(hi, token_at(view.toks, max(m.start, m.end - 1)) + 1)
            n += end - i
            dated.update(range(i, end))
    if view.words.isdisjoint(_TIME_ADVERBS):
        return n  # (most sentences hold no adverb of the set: the words are not walked, issue 13)
    return n + sum(1 for k in range(lo, min(hi, len(view.toks)))
                   if k not in dated and view.toks[k].bare in _TIME_ADVERBS)


time_words = _time_words  # (sides.py reads the same span: "اشتبكت فجر اليوم مع X")


def _governed_subject(view: SentenceView, a: tuple[int, int, Mention], verb: int) -> bool:
    """"قال إن مجموعات مسلحة هاجمت": a force right after إنّ/أنّ/بأنّ and right before the verb is the
    noun the particle governs, the verb's subject (word order SVO), whatever force follows the verb."""
    a0, a1, _ = a
    return a1 == verb - 1 and a0 >= 1 and view.toks[a0 - 1].word in SUBJECT_COMP


def _agrees_with_subject_before(view: SentenceView, trig: Match) -> bool:
    """A trigger verb with a plural subject suffix ("هاجموا"، "يهاجمون"، "استهدفوه"; wordset
    `plural_subject_ending`): a verb that follows its subject agrees with it in number, one that precedes it
    stays singular ("هاجم مسلحون"), so such a verb's subject is before it (or only its suffix) and a force after
    it is an object or an object's owner."""
    tok = view.toks[trig.i]
    if not any(a.endswith("/v") for a in analyses(tok.word)):
        return False
    form = tok.forms[-1] if tok.forms else tok.bare
    return form.endswith(_PLURAL_SUBJECT)


def _framed_agent(view: SentenceView, a: tuple[int, int, Mention], head: int) -> bool:
    """"قيام X بإطلاق سراح": the force between قيام and a verbal noun with ب is that noun's agent."""
    a0, a1, _ = a
    toks = view.toks
    return a1 == head - 1 and a0 >= 1 and toks[a0 - 1].bare in _AGENT_FRAME and toks[head].word.startswith(_AGENT_FRAME_CLITIC)


def _set_up(view: SentenceView, trig: Match) -> bool:
    """"نصب عناصر التنظيم كميناً لدورية للجيش": an ambush a verb of setting up governs; its setter is the
    verb's subject before the noun, and the forces after it are whom it was set for."""
    return any(view.toks[q].bare in _SET_UP for q in range(max(0, trig.i - _SET_UP_REACH), trig.i))


def _lam_agent(view: SentenceView, trig: Match, excluded_idx: set[int]) -> Mention | None:
    """"بهجوم لخلايا داعش"، "في قصف لقوات X"، "لهجوم بري واسع لقوات X": a force written with ل right after an
    attack noun (or after up to two of its adjectives, wordset strike_adjective) is whose
    attack it is (the genitive told with ل), not its target; the target follows "على". Nouns whose ل
    marks the object ("استهداف لمواقع"، "التصدي لهجوم") are not in the set."""
    k = trig.j
    if k >= len(view.toks) or not set(view.toks[k - 1].forms) & AGENT_GENITIVE_NOUNS:
        return None
    while k < min(len(view.toks), trig.j + _STRIKE_ADJECTIVE_REACH) and set(view.toks[k].forms) & _STRIKE_ADJECTIVES:
        k += 1  # "لهجوم بري واسع لقوات النظام": the noun's adjectives, then its owner
    if _set_up(view, trig):
        return None  # "نصب عناصر التنظيم كميناً لدورية للجيش": an ambush set for the patrol, ل its target
    return next((a for a0, _, a in view.actors if a0 == k and is_lam_object(view, a0, a)
                 and not preceded_by(view.toks, a0, excluded_idx, 1)), None)


def _aircraft_owner(view: SentenceView, trig: Match, a0: int) -> bool:
    """"استهدفت مسيّرة حربية لجيش الاحتلال التركي سيارة": an aircraft or drone right after a strike verb is
    its subject, and the force written with ل after it (up to two adjectives between) owns it: the agent, not
    the verb's target (task sides20). Only aircraft: "استهدفت دورية لقوات النظام" may be a passive."""
    toks = view.toks
    if "verb" not in trig.flags or not trig.j < a0 <= trig.j + 1 + _AIRCRAFT_ADJECTIVE_REACH:
        return False
    return bool(set(toks[trig.j].forms) & _AIRCRAFT) and all(
        set(toks[k].forms) & _AIRCRAFT_ADJECTIVES for k in range(trig.j + 1, a0))


def pick_actor(view: SentenceView, trig: Match, prev_trig_end: int, next_trig_start: int,
               excluded_idx: set[int], opened: set[int] | frozenset[int] = frozenset()) -> Mention | None:
    """The agent of a trigger (see module docstring). ``opened``: the clause boundaries no mark sets off
    (``clause_openers``' "open"); a force named before one is not the agent of a trigger after it whose clause
    names a subject of its own (``own_clause_subject``, task scope40b)."""
    flags = trig.flags
    # reinforcements "لقوات النظام" belong to them: for a deployment ل marks the owner, not a target
    owner_ok = trig.row.get("type") == "deploy"
    after = [] if trig.row.get("type") == "attack" and _set_up(view, trig) else [
        # (the time words are counted only for a force past the three words any trigger reaches)
        a for a in view.actors if (trig.i < a[0] and (a[0] <= trig.j + 3
                                                      or a[0] <= trig.j + 3 + _time_words(view, trig.j, a[0]))
                                   or _batch_gap(view, trig, a[0]))
        and a[0] < next_trig_start
        and not preceded_by(view.toks, a[0], excluded_idx, 1)
        and (owner_ok or not is_lam_object(view, a[0], a[2]) or _aircraft_owner(view, trig, a[0]))
        and not _coordinated_object(view, trig, a[0], a[2])
        and not _faced(view, a[0])  # "أُغلق المعبر أمام المدنيين": whom it is closed to, not who closed it
        # "بهجمات على حواجز الأمن العام": the force owning the sites a strike hits is its target; not the subject
        # of a support verb before its strike noun ("شنت مفرزة للأمن العام هجوماً": the post struck; task read20a)
        and not (trig.row.get("type") == "attack" and view.toks[a[0] - 1].bare in _STRUCK_SITES
                 and not (a[0] - 1 == trig.i + 1 and a[0] < trig.j))
        and not any(view.toks[k].word in SUBJECT_COMP for k in range(trig.j, a[0]))]  # "، وأكدت أن X": a new clause
    # "من قبل X", "برصاص X", "شنه X": an agent after the trigger, further away; so is "على يد X" after a
    # passive verb whose letters read as the active ("جنودها احتجزوا على يد مجموعة مسلحة")
    agent_marked = [a for a in view.actors if trig.i < a[0] < next_trig_start
                    and a[0] >= 2 and (view.toks[a[0] - 1].bare in _AGENT_PREP or _by_hands(view, a[0]))]
    before = [a for a in view.actors if prev_trig_end <= a[1] < trig.i
              and not preceded_by(view.toks, a[0], excluded_idx, 1)]
    if before and opened and ((k := own_clause_subject(view.toks, trig, before[-1][1], opened)) is not None
                              or (k := speaker_between(view, before[-1][1], trig.i, opened)) is not None):
        before = [a for a in before if a[0] > k]  # "سيطرت الفصائل على X بينما انفجرت عبوة في Y": not theirs
    if before and "mutual" in flags:
        # "إن قواتها اشتبكت مع قيادي في التنظيم": with a subject before the clash, the party after مع is its other
        # side, not its agent ("قتل جنديان في اشتباك مع عناصر التنظيم", no subject: who struck them; task sides22)
        after = [a for a in after if not any(view.toks[k].bare in _WITH for k in range(trig.j, a[0]))]
    if "authority" in flags and (v := _announcer_verb(view, trig, prev_trig_end)) is not None:
        before = [a for a in before if a[0] > v]  # "، وأعلن وزير الداخلية حظر التجول": not the force before
    if (lam := _lam_agent(view, trig, excluded_idx)) is not None:
        return lam
    if agent_marked:
        return agent_marked[0][2]
    if before and own_people_after(view, trig):
        before = []  # "انتشرت الشرطة الروسية في X بعد خروج المقاتلين": the fighters left, not the police
    if before and _relative_antecedent(view, before[-1], trig.i):
        return before[-1][2]  # "بين الجيش الحر وقوات النظام التي حاولت اقتحام المدينة": the relative's antecedent
    if before:
        # "الجيش التركي والفصائل الموالية له دخلوا": coordinated subjects take the first-named
        k = len(before) - 1
        while k > 0 and (
                (view.toks[before[k][0]].word.startswith(_COORDINATION) and before[k][0] - before[k - 1][1] <= 2)
                or _joined_part(view, before[k - 1][1], before[k][0])):
            k -= 1
        before = before[: k + 1]
    if before and _framed_agent(view, before[-1], trig.i):
        return before[-1][2]  # "بعد قيام الفصائل بإطلاق سراح الأسرى"
    if "verb" in flags and before and _governed_subject(view, before[-1], trig.i):
        return before[-1][2]  # "إن مجموعات مسلحة هاجمت حواجز الأمن": SVO after the complementizer
    if after and _noun_with_place_object(view, trig):
        after = []  # "عاد مسلحو داعش إلى اقتحام تدمر مستغلين انشغال الجيش": the place is the genitive, the force later is no agent
    if after and _agrees_with_subject_before(view, trig):
        after = []  # "مسلحون هاجموا حاجزاً للأمن العام": the force after the verb is its object's owner
    if "verb" in flags or "noun" in flags:
        # VSO / genitive agent right after the head, unless the head is a passive participle frame
        if after:
            return after[0][2]
    if before:
        return before[-1][2]
    return after[0][2] if after else None


_OWN_SUBJECT_VERBS = wordset("intransitive_trigger_verb")
_SUBJECT_FREE = wordset("subject_free_word")
_RELATIVE_OPENER = wordset("relative_opener")


def own_clause_subject(toks: list[Token], trig: Match, last: int, opened: set[int] | frozenset[int]) -> int | None:
    """The clause boundary (a subordinator of time or contrast, a consequence: wordset clause_opener, not a
    relative, whose antecedent is its subject) between a force ending at ``last`` and a trigger whose clause names a
    subject of its own, else None (task scope40b). Its own subject: a verb that takes no object (wordset
    intransitive_trigger_verb) right after the boundary, with a noun right after it that is no preposition, time
    word nor place ("بينما انفجرت عبوة ناسفة"، "فيما انسحب عشرات المقاتلين"، "في حين أصيب عنصران"). The shared
    subject of gapping ("فيما انسحبت من قرية Y") and كان + an imperfect verb (no boundary: ``clause_openers``)
    still cross."""
    k = max((q for q in opened if last < q < trig.i and toks[q].bare not in _RELATIVE_OPENER), default=None)
    if k is None or trig.i != _opener_end(toks, k) or trig.i + 1 >= len(toks):
        return None
    if toks[trig.i].bare not in _OWN_SUBJECT_VERBS and toks[trig.i].word not in _OWN_SUBJECT_VERBS:
        return None
    nxt = toks[trig.i + 1]
    return None if nxt.bare in _SUBJECT_FREE or nxt.word in _SUBJECT_FREE else k


def speaker_between(view: SentenceView, last: int, t0: int, opened: set[int] | frozenset[int]) -> int | None:
    """The clause boundary (wordset clause_opener, not a relative) after a force ending at ``last`` whose clause
    names a speaker of its own before the trigger at ``t0`` ("سيطرت الفصائل على X فيما نفى مصدر عسكري انسحاب قواته
    من Y": the source is the clause's subject; the withdrawal is not the factions'), else None (task scope40b)."""
    toks = view.toks
    k = max((q for q in opened if last < q < t0 and toks[q].bare not in _RELATIVE_OPENER), default=None)
    if k is None:
        return None
    return k if any(k < token_at(toks, s.start) < t0 for s in view.sources) else None


def _faced(view: SentenceView, a0: int) -> bool:
    """Whether a force or people at token a0 follow "أمام" (wordset facing_preposition), at most one noun between
    ("أُغلق الطريق مؤقتاً أمام حركة المدنيين"، "انسحب المقاتلون أمام قوات النظام"): whom a closure bars or a mover
    faces, never the agent of the trigger before them (task sides37)."""
    return any(view.toks[k].bare in _FACING for k in range(max(0, a0 - _FACING_REACH), a0))


def _relative_antecedent(view: SentenceView, actor: tuple[int, int, Mention], t0: int) -> bool:
    """"اشتباكات بين الجيش الحر وقوات النظام التي حاولت اقتحام المدينة"، "معارك بين المعارضة وعناصر داعش الذين
    هاجموا مقراتهم": a verb right after a relative pronoun that follows a force has that force for its subject,
    though it is the second of two coordinated forces (task read15)."""
    toks = view.toks
    return t0 == actor[1] + 2 and toks[actor[1] + 1].bare in _RELATIVE_WORDS  # actor[1]: the force's last token


def _by_hands(view: SentenceView, a0: int) -> bool:
    """"على يد مجموعة مسلحة"، "على يد مقاتلي تنظيم داعش": the force right after يد/أيدي (a member noun between)."""
    toks = view.toks
    k = a0 - 1
    if k >= 1 and toks[k].bare in _MEMBER_NOUNS:
        k -= 1
    return toks[k].bare in AGENT_HANDS


def _batch_gap(view: SentenceView, trig: Match, a0: int) -> bool:
    """"بعد أسبوع من خروج آخر دفعة من مقاتلي حركة X": a verbal noun whose genitive is a batch of a force's
    members; only batch and member words stand between it and the force, which is its agent."""
    toks = view.toks
    return "noun" in trig.flags and trig.j + 3 < a0 <= trig.j + _BATCH_REACH \
        and toks[trig.j].bare in _BATCH_GAP and all(t.bare in _BATCH_GAP for t in toks[trig.j:a0])


def _announcer_verb(view: SentenceView, trig: Match, lo: int) -> int | None:
    """The last verb of announcing or imposing (wordset `authority_announcer_verb`) before an authority trigger
    whose own subject follows it ("وأعلن وزير الداخلية حظر التجول"): that subject, a force or an official the
    lexicon does not name, is who imposes the act, so a force named before the verb belongs to another clause.
    A verb right before the trigger ("أعلن فرض حظر") or followed by عن or a time word has no subject of its own."""
    toks = view.toks
    for v in range(trig.i - 1, max(lo, 0) - 1, -1):
        if toks[v].bare not in _ANNOUNCER_VERB:
            continue
        k = v + 1 + _time_words(view, v + 1, trig.i)
        if k < trig.i and toks[k].bare not in _ANNOUNCER_VERB and toks[k].bare not in _NOT_SUBJECT:
            return v
    return None


def state_office_announces(view: SentenceView, trig: Match) -> bool:
    """Whether the own subject of the verb announcing an authority trigger is an office of the state (wordset
    `state_office`: "وأعلن المحافظ حظر التجوال"، "وأعلن وزير الداخلية"): the state that holds the office imposes
    the act, not a force an earlier clause of the sentence named."""
    v = _announcer_verb(view, trig, 0)
    if v is None:
        return False
    k = v + 1 + _time_words(view, v + 1, trig.i)
    return k < trig.i and view.toks[k].bare in _STATE_OFFICE


def state_office_at(view: SentenceView, trig: Match) -> int | None:
    """The token of the office of the state that is the own subject of the verb announcing a trigger ("أعلن
    المحافظ تمديد الهدنة"، "أعلن وزير الدفاع التوصل إلى اتفاق"), or None (see ``state_office_announces``)."""
    v = _announcer_verb(view, trig, 0)
    if v is None:
        return None
    k = v + 1 + _time_words(view, v + 1, trig.i)
    # "وزير" folds to the bare "زير" (its و read as a conjunction): its forms keep the whole word
    return k if k < trig.i and any(f in _STATE_OFFICE for f in (view.toks[k].bare, *view.toks[k].forms)) else None


def _noun_with_place_object(view: SentenceView, trig: Match) -> bool:
    """A verbal noun (never a verb form) whose one-word head a place follows at once ("اقتحام تدمر"): the place
    is its genitive object, so a force named after it belongs to another phrase, not the noun's agent."""
    if trig.j - trig.i != 1 or not any(i == trig.j for i, _ in view.places):
        return False
    found = analyses(view.toks[trig.i].word)
    return bool(found) and all(a.endswith("/n") for a in found if "/" in a) and any("/" in a for a in found)


def verbal_noun(word: str) -> bool:
    """Whether a word reads only as a noun of a verb's lemma ("وانسحاب"، "نشر"), never as a verb form."""
    found = [a for a in analyses(word) if "/" in a]
    return bool(found) and all(a.endswith("/n") for a in found)


def _joined_part(view: SentenceView, end: int, start: int) -> bool:
    """"قوات النظام وعناصر من حزب الله"، "القوات التركية وعناصر الجيش الحر": a part of a second force joined by و
    ("وعناصر من"، "ومقاتلون من", or in construct, "وعناصر X"; wordset `part_of_force`), or its clients with its
    pronoun ("ومرتزقته من الفصائل السورية"; wordset `force_client_noun`, task sides20), right after the first force
    is a coordinated subject, so the first-named leads (GUIDELINES: joint actions take the first-named)."""
    toks = view.toks
    if start - end not in (2, 3):
        return False
    part = toks[end + 1]
    if not part.word.startswith(_COORDINATION) or not any(f in _JOINED_PART for f in part.forms[1:]):
        return False
    return start - end == 2 or toks[end + 2].bare in _PARTITIVE


def own_people_after(view: SentenceView, trig: Match) -> bool:
    """A verbal noun right after a temporal head ("بعد خروج المقاتلين"، "عقب انسحاب آخر دفعة من المسلحين")
    whose genitive subject names people (subjects.tsv), with no force named among them: a clause of its own,
    whose agent is those people, not the force the main clause is about."""
    toks = view.toks
    if "noun" not in trig.flags or not trig.i or toks[trig.i - 1].bare not in _TEMPORAL_HEAD:
        return False
    stop = min(trig.j + _OWN_SUBJECT_REACH, len(toks))
    if any(trig.j <= a[0] < stop for a in view.actors):
        return False
    return any(names_people(toks[k]) for k in range(trig.j, stop))


_OWN_LEAVING = wordset("own_leaving_noun")


def _own_leavers(view: SentenceView, trig: Match) -> dict[str, str]:
    """"زرعها المسلحون في شوارع البلدة قبل فرارهم"، "خطف عناصر التنظيم مدنيين من القرية قبل انسحابهم منها": a verbal
    noun of leaving whose pronoun is its subject (wordset own_leaving_noun), after a temporal head, names no one;
    its subject is the main clause's. An armed force named before it is who leaves (fighters); a force of no known
    side ("مسلحون مجهولون") are perpetrators getting away (no departure); else the people the clause names
    before it ("خرج الأهالي ... قبل فرارهم"), and with none named no one is told leaving. Empty when the trigger
    is no such noun (task left32)."""
    toks = view.toks
    if not trig.i or not {toks[trig.i].word, toks[trig.i].bare} & _OWN_LEAVING \
            or toks[trig.i - 1].bare not in _TEMPORAL_HEAD:
        return {}
    if not _closes_clause(toks, trig.j):
        # "سلّم المسلحون قبل مغادرتهم أسلحتهم الثقيلة في بلدتي X وY": a time set inside the main clause, its object
        # after it, tells when the handover was, not a departure of its own
        return {"perpetrators": "none"}
    sides = [a.attrs.get("side") for a0, _, a in view.actors if a0 < trig.i - 1]
    if any(side in ARMED_SIDES for side in sides):
        return {"fighters": "withdraw"}
    if "civilians" in sides or not sides:
        return _classes(toks[:trig.i - 1]) or {"perpetrators": "none"}
    return {"perpetrators": "none"}


_LEAVING_TAIL = wordset("leaving_tail_word")
_CONJ = tuple(wordlist("coordination_clitic"))


def _closes_clause(toks: list[Token], j: int) -> bool:
    """Whether a "قبل فرارهم" ends its main clause: nothing after it, or what follows it is the flight's own (where
    from or to, when: wordset leaving_tail_word) or a new clause opened by و/ف (task left32)."""
    if j >= len(toks):
        return True
    nxt = toks[j]
    return nxt.bare in _LEAVING_TAIL or nxt.word in _LEAVING_TAIL or (nxt.word != nxt.bare and nxt.word.startswith(_CONJ))


def nearest(items: list[tuple[int, Mention]], i: int, lo: int, hi: int) -> Mention | None:
    """The item nearest to token i within [lo, hi), preferring one before i."""
    cands = [(i - k if k <= i else (k - i) + 100, m) for k, m in items if lo <= k < hi]
    if not cands:
        return None
    return min(cands, key=lambda x: x[0])[1]


# words that end the stretch where a departure's subject is read: where it goes or why it left
SUBJECT_STOPS = wordset("subject_stop")
ARMED_SIDES = {"opposition", "government", "sdf", "isis", "russia", "iran", "hezbollah", "turkey", "usa", "israel"}


CARRIERS = wordset("carrier_verb")
_TEMPORAL_HEAD = wordset("temporal_head")
_OWN_SUBJECT_REACH = 4  # words after a verbal noun its genitive subject may run ("خروج آخر دفعة من المقاتلين")
BOARDING = wordset("boarding_verb")
_WITH = wordset("accompaniment_preposition")
_BOARDED_REACH = 10  # words before a boarding verb its subject may start ("أكثر من ألفي مسلح مع ذويهم ... استقلوا")


def names_people(tok: Token) -> bool:
    """Whether a word is one of subjects.tsv's people ("من أهالي كفريا": a partitive, not an origin)."""
    return any(c.row.get("class") != "vehicles" for c in find_all(load_patterns("subjects.tsv"), [tok]))


def _place_end(view: SentenceView, i: int) -> int:
    """The last token of the place mention that starts at token ``i``."""
    toks = view.toks
    p = next(p for k, p in view.places if k == i)
    return max(i, next((t.i for t in toks if t.start < p.end <= t.end), i))


_UP_TO = wordset("up_to_lead")  # "ما يصل"، "ما تصل": before إلى and a count, "up to"
_UP_TO_LINK = wordset("up_to_link")  # its إلى (or حتى)
_UP_TO_MA = wordset("up_to_ma")  # the "ما" before it


def _up_to(toks: list[Token], k: int) -> bool:
    """Is token ``k`` the "إلى" of "ما يصل إلى N" ("up to N": number_qualifiers), a bound of the count after it
    and no destination?"""
    return (2 <= k < len(toks) - 1 and toks[k].bare in _UP_TO_LINK and toks[k - 1].bare in _UP_TO
            and toks[k - 2].bare in _UP_TO_MA and counts(toks[k + 1]))


def _subject_stop(toks: list[Token], k: int, places: set[int]) -> bool:
    """Where a departure goes or why it happened ends its subject; "نحو 3000"، "نحو مئتي" (about) and a partitive
    "من" ("الدفعة الأولى من المقاتلين") do not."""
    w = toks[k].bare
    if w in _APPROXIMATOR and k + 1 < len(toks) and counts(toks[k + 1]):
        return False
    if _up_to(toks, k):  # "عودة ما يصل إلى خمسة آلاف عائلة": a bound of the count (task probe17)
        return False
    if w in _PARTITIVE and k + 1 < len(toks) and (names_people(toks[k + 1]) or (
            not ({k + 1, k + 2} & places) and toks[k + 1].forms[-1] not in PLACE_CUE_WORDS
            and toks[k + 1].bare not in PLACE_CUE_WORDS)):
        return False
    # "وسط" (amid) reads as و + "سط" once its و is taken for a clitic: the word itself is the stop ("بعد أيام من
    # دخولها، وسط اتهامات بارتكاب انتهاكات بحق المدنيين": the civilians are no one who entered; task read24a)
    return w in SUBJECT_STOPS or toks[k].word in SUBJECT_STOPS


_VIA = wordset("fronted_via")


def _past_fronted_via(view: SentenceView, k: int, places: set[int], limit: int) -> int:
    """"وخرجت عبر الممر نحو 60 عائلة باتجاه X": a via phrase right after the verb, before its subject, is stepped
    over (the route, one noun or a place named); the subject after it is read as usual. ``k`` (no change) when
    the verb is not followed by one, or when nothing follows it within the subject's reach (task probe29)."""
    toks = view.toks
    if k + 2 >= limit or toks[k].bare not in _VIA:
        return k
    after = _place_end(view, k + 1) + 1 if k + 1 in places else k + 2
    return after if after < limit and _opens_people(toks, after) else k


def _opens_people(toks: list[Token], k: int) -> bool:
    """A word that opens a subject of people: people named, or a count or an approximator before them."""
    return names_people(toks[k]) or counts(toks[k]) or toks[k].bare in _APPROXIMATOR


def _people_before(toks: list[Token], start: int) -> dict[str, str]:
    """The class of the people named last before ``start`` in the sentence (class -> type), for a
    subject that is a part of them ("معظمهم", "آخرون"); empty when the sentence names none."""
    found = [c for c in find_all(load_patterns("subjects.tsv"), toks[:start]) if c.row.get("class") != "vehicles"]
    return {found[-1].row["class"]: found[-1].row["type"]} if found else {}


_RIDERS = wordlist("rider_fighter")
_RIDER_FORCE_REACH = 3  # words from a fighter word to the force named as theirs ("مئات المسلحين من الفصائل")
_RIDER_CLASSES = ("fighters", "civilians")


def riders(view: SentenceView) -> tuple[list[str], Mention | None]:
    """Who a sentence names that buses told in the next sentence may carry ("وصل مئات المسلحين وعائلاتهم إلى
    نقطة التجمع. وانطلقت الحافلات ..."): the departure types of fighters and civilians named (GUIDELINES, who
    leaves), and the force the fighters are said to belong to (the side of their withdraw, not the side that
    sent the buses). A unit ("قوات"، "أرتال") rides no bus: fighters count only by a word for a fighter."""
    found: dict[str, str] = {}
    force = None
    for c in find_all(load_patterns("subjects.tsv"), view.toks):
        cls = c.row["class"]
        if cls not in _RIDER_CLASSES:
            continue
        if cls == "fighters":
            if not any(f.startswith(_RIDERS) for f in view.toks[c.i].forms):
                continue
            force = force or next((a for a0, _, a in view.actors if c.i <= a0 < c.j + _RIDER_FORCE_REACH
                                   and a.attrs.get("side") in ARMED_SIDES), None)  # "بالمقاتلين والمدنيين": no force
        found.setdefault(cls, c.row["type"])
    return [found[c] for c in _RIDER_CLASSES if c in found], force


NO_DEPARTURE = "none"  # departure_types: who leaves is told, and their leaving is no event (subjects.tsv type none)


def departure_types(view: SentenceView, trig: Match, lo: int, hi: int, breaks: set[int],
                    carrier_limit: int | None = None) -> list[str]:
    """The event types a departure trigger gives, read from who leaves (``data/extract/subjects.tsv``).
    Officials win over the force they lead; fighters with families give both."""
    found = subject_classes(view, trig, lo, hi, breaks, carrier_limit)
    if not set(found) - {"vehicles"} and "self_subject" in trig.flags:
        # "وصلت دفعة من العائدين": the participle names who moves; so after what carries them ("وصلت قافلة ثالثة من
        # العائدين": the convoy is no mover of its own; task probe29)
        found = _own_class(view.toks[trig.i])
    if "fighters" not in found and _leaves_prison(view.toks, trig.j, hi):
        return [_PRISON_LEAVERS]  # "ستخرج دفعة ثانية من سجن حمص"، "لم يخرج أحد من سجن صيدنايا": a release
    if "officials" in found:
        return [found["officials"]]
    if set(found) == {"perpetrators"}:
        return [NO_DEPARTURE]  # "وفر المنفذون": the killers get away; no force, no civilians (task probe26)
    return [found[c] for c in ("fighters", "civilians", "prisoners") if c in found]


_PRISON_HEAD = wordset("prison_left_noun")
_PRISON_FROM = wordset("prison_left_from")
_PRISON_LEAVERS = "other"  # subjects.tsv: prisoners who leave are freed (or flee): other
_PRISON_REACH = 3  # words from a departure to the "من" that names the prison left ("ستخرج دفعة ثانية من سجن")


def _leaves_prison(toks: list[Token], j: int, hi: int) -> bool:
    """Whether the place a departure leaves is a prison ("خرج ... من سجن X"): those who leave a prison are
    prisoners set free, whoever the clause names (a batch, "أحد من أبنائهم", or the minister who speaks of
    them); fighters named as leaving it keep their withdrawal (the caller checks)."""
    for k in range(j, min(hi, j + _PRISON_REACH + 1, len(toks) - 1)):
        if toks[k].bare in _PRISON_FROM and any(f in _PRISON_HEAD for f in toks[k + 1].forms):
            return True
    return False


def _own_class(tok: Token) -> dict[str, str]:
    """The subjects.tsv class of the trigger's own word (class -> type), for a participle used as a noun
    ("العائدين": the returnees) that names no one else; a participle after a noun of people takes theirs."""
    return {c.row["class"]: c.row["type"] for c in find_all(load_patterns("subjects.tsv"), [tok])}


def _boarded(toks: list[Token], lo: int, head: int, breaks: set[int]) -> list[Token]:
    """"مقاتلون وعائلاتهم استقلوا 77 حافلة أمس في انتظار مغادرة X": who boarded the buses before a departure
    of the same clause is who leaves; the words before the boarding verb, back to the clause's start."""
    for b in range(head - 1, max(lo, head - 12) - 1, -1):
        if b in breaks:
            return []
        if toks[b].bare in BOARDING or toks[b].forms[-1] in BOARDING:
            first = max(lo, b - _BOARDED_REACH)
            first = max([k for k in breaks if first < k <= b] + [first])
            return list(toks[first:b])
    return []


def _companions(view: SentenceView, k: int, places: set[int]) -> list[Token]:
    """"خروج المسلحين من حي X مع عائلاتهم": people named with "مع" right after the place the subject leaves
    go with it (the subject's stretch ends at "من", so they are read here)."""
    toks = view.toks
    if k >= len(toks) or toks[k].bare not in _PARTITIVE:
        return []
    at = k + 2 if k + 2 in places and toks[k + 1].bare in PLACE_CUE_WORDS else k + 1
    if at not in places:
        return []
    after = _place_end(view, at) + 1
    if after + 1 < len(toks) and toks[after].bare in _WITH and names_people(toks[after + 1]):
        return [toks[after + 1]]
    return []


_ABLE = wordset("ability_verb")
_ABLE_REACH = 12  # words from a verb of managing to the من/في of its verbal noun ("تمكن عشرات الجنود المحاصرين في X من")
_ABLE_PREPS = wordset("ability_preposition")


def _able_subject_start(toks: list[Token], i: int, breaks: set[int]) -> int:
    """"تمكن عشرات الجنود المحاصرين في X من الخروج": the subject of the verb of managing is who leaves, so it is
    read from right after that verb; ``i`` (no change) when the trigger is no such verbal noun."""
    if i < 2 or toks[i - 1].bare not in _ABLE_PREPS:
        return i
    return _after_governing_verb(toks, i, breaks, _ABLE, i - 2, _ABLE_REACH)


def _after_governing_verb(toks: list[Token], i: int, breaks: set[int], verbs: frozenset[str], first: int,
                          reach: int) -> int:
    """The token after the nearest verb of ``verbs`` at ``first`` or before it, within ``reach`` words and the
    clause; ``i`` (no change) when there is none."""
    for k in range(first, max(-1, first - reach), -1):
        if k + 1 in breaks:
            return i
        if toks[k].bare in verbs or toks[k].forms[-1] in verbs:
            return k + 1
    return i


_THAT = wordset("subject_complementizer")
_THAT_REACH = 10  # words from a departure verb back to the "أن/إن" that opens its clause


def _that_subject_start(toks: list[Token], trig: Match, breaks: set[int]) -> int:
    """"قال سكان إن قياديين في الفصيل وأعضاء في المجلس المحلي غادروا المدينة": after "إن/أن/بأن" the subject stands
    before its verb, however long (a noun the particle governs, with its coordinated nouns and their
    descriptions), so who leaves is read from right after the particle (task type33). ``trig.i`` (no change) when
    the trigger is no finite verb (a verbal noun, "فور مغادرة X المنطقة", names its subject after it) or no such
    particle opens its clause within reach."""
    kinds = {a.rpartition("/")[2] for a in analyses(toks[trig.i].bare) if "/" in a}
    if "v" not in kinds or "n" in kinds:
        return trig.i
    return _after_governing_verb(toks, trig.i, breaks, _THAT, trig.i - 1, _THAT_REACH)


_PHASE = wordset("phase_verb")
_PHASE_REACH = 10  # words from a verb of continuing to its verbal noun ("تواصل عائلات نازحة من ريف X العودة")


def _phase_subject_start(toks: list[Token], i: int, breaks: set[int]) -> int:
    """"تواصل عائلات نازحة من ريف رأس العين العودة إلى بلدة X": after a verb of continuing or starting, the
    subject stands between it and the verbal noun it governs, however long its description; it is read from
    right after that verb. ``i`` (no change) when no such verb opens the clause within reach."""
    return _after_governing_verb(toks, i, breaks, _PHASE, i - 1, _PHASE_REACH)


def _classes(window: list[Token]) -> dict[str, str]:
    """The classes of movers (subjects.tsv) named in ``window``: class -> the type its row gives."""
    found: dict[str, str] = {}
    for c in find_all(load_patterns("subjects.tsv"), window):
        found.setdefault(c.row["class"], c.row["type"])
    return found


GENITIVE_SUBJECT_REACH = 2  # words after a departure where its own subject stands ("فرار عشرات السجناء")
PEOPLE_OF = wordset("people_of_noun")  # "من أبناء العشائر": whose people the movers are, no force moving
PEOPLE_OF_REACH = 2  # words before "من أبناء" where the people it describes stand ("عشرات العائلات")
FROM_WORDS = wordset("since_of")  # "من"، "على": not a subject ("بخروج من يرغب")


def subject_classes(view: SentenceView, trig: Match, lo: int, hi: int, breaks: set[int],
                    carrier_limit: int | None = None) -> dict[str, str]:
    """The classes of who moves (class -> the type subjects.tsv gives it), read around a trigger.

    The subject is read in the trigger's clause: a few words before it ("قادة غادروا") and after it up to
    where the departure goes or why ("حافلات تقل مقاتلين وعائلاتهم من دوما"). A force named as an actor
    there counts as fighters."""
    toks = view.toks
    carrier_limit = len(toks) if carrier_limit is None else carrier_limit
    start = max(lo, min(trig.i - 4, _able_subject_start(toks, trig.i, breaks), _phase_subject_start(toks, trig.i, breaks),
                        _that_subject_start(toks, trig, breaks)))
    for k in range(trig.i, start, -1):
        if k in breaks:
            start = k
            break
    if start + 1 < trig.i and toks[start].bare in FROM_WORDS and toks[start + 1].bare in PEOPLE_OF:
        start = max(lo, start - PEOPLE_OF_REACH)  # "عشرات العائلات من أبناء العشائر وصلت": the families (task left22)
    end = trig.j
    places = {i for i, _ in view.places}
    limit = min(hi, trig.j + 10, len(toks))
    end = _past_fronted_via(view, end, places, limit)
    while end < limit and not _subject_stop(toks, end, places) and not (end in breaks and end > trig.j + 1):
        if end in places:
            owner = end - 2 if end >= 2 and toks[end - 1].bare in PLACE_CUE_WORDS else end - 1  # "مقاتلي حي X"
            after = _place_end(view, end) + 1
            if not (owner >= trig.j and names_people(toks[owner]) and after < len(toks)
                    and toks[after].word.startswith(_COORDINATION) and names_people(toks[after])):
                break
            # "مقاتلي حي الوعر وعائلاتهم": the place says whose fighters they are; their families follow it
            end = after - 1
        end += 1
    # (people only: "خروج أول قافلة من المقاتلين" names vehicles, whose riders are read as before; and not "بخروج
    # من يرغب": whoever wishes, fighters among them)
    genitive = toks[trig.j:trig.j + GENITIVE_SUBJECT_REACH]
    named_after = "transitive" not in trig.flags and bool(genitive) and genitive[0].bare not in FROM_WORDS \
        and bool(set(_classes(genitive)) - {"vehicles"})
    if named_after:
        start = trig.j  # "أعلنت الفصائل فرار السجناء": who is named right after it left, not who announced it (task left14)
    window = [t for t in toks[start:end] if t.i != trig.i]  # a gapped trigger's gap holds its subject
    window += _companions(view, end, places)
    window += _boarded(toks, lo, trig.i, breaks)
    view.subject_idx.update(t.i for t in window)
    # what the buses carry, wherever the clause names it: "خرجت حافلات من دوما تقل مقاتلين وأسرهم"
    for k in range(trig.j, min(len(toks), trig.j + 16, carrier_limit)):
        if toks[k].bare in CARRIERS or toks[k].forms[-1] in CARRIERS:
            carried = [t for t in toks[k + 1:k + 9] if t.i < carrier_limit and t.i not in places]
            window += carried
            view.carried_idx.update(t.i for t in carried)
            break
    found = _classes(window)
    agent_words = {k for a0, a1, _ in view.actors if a0 == trig.j for k in range(a0, a1)}  # "أخرجت الوحدات ..."
    if "transitive" in trig.flags and (moved := _classes([t for t in window if t.i >= trig.j
                                                          and t.i not in agent_words])):
        found = moved  # "أخرجت الوحدات المدنيين من X": who is moved is named after the verb, the force before it moves them
    if not found and any(t.bare in PART_OF_PEOPLE for t in window):
        found = _people_before(toks, start)  # "وحمل المدنيون أمتعتهم، وخرج معظمهم من X"
    # "أجلت روسيا ..." names who moves them out, not who leaves: a transitive trigger reads after it only
    lo_actor = trig.j if "transitive" in trig.flags else start
    # (a force after a subject named right after the trigger, "فرار السجناء من سجن تديره قسد", keeps the prison)
    # "أجلت السلطات العائلات من X": verb first, the force right after a transitive trigger is its agent when the
    # people it moves are named after it; it does not leave
    agent = "transitive" in trig.flags and bool(found)
    if "fighters" not in found and not named_after and any(lo_actor <= a0 < end and not trig.i <= a0 < trig.j
                                       and not (agent and a0 == trig.j)
                                       and not (a0 and toks[a0 - 1].bare in PEOPLE_OF)  # "أبناء العشائر": whose people
                                       and a.attrs.get("side") in ARMED_SIDES for a0, _, a in view.actors):
        found["fighters"] = "withdraw"
    if not found and (own := _own_leavers(view, trig)):
        found = own
    # "إجلاء مدينة الزبداني": evacuating a town is moving its people out
    if "transitive" in trig.row.get("flags", "") and not found and trig.j < len(toks) and (
            trig.j in places or toks[trig.j].bare in PLACE_CUE_WORDS or toks[trig.j].forms[-1] in PLACE_CUE_WORDS):
        found["civilians"] = "displacement"
    return found


def _opener_table(name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> the rest of each member of a clause-opener set (a member may be two words)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for member in wordlist(name):
        first, *rest = member.split()
        out.setdefault(first, []).append(tuple(rest))
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


_OPENERS = (("open", _opener_table("clause_opener")), ("placed", _opener_table("clause_opener_after_place")))


def clause_openers(raw: str, toks: list[Token]) -> dict[str, set[int]]:
    """The clause boundaries that no mark sets off (task scope40): token indices that open a clause of their own,
    by kind. "open" (wordset clause_opener): a subordinator of time or contrast, a consequence ("ما أدى"، "مما
    أثار"), a relative of persons; "placed" (wordset clause_opener_after_place): "حيث"، "بعد أن"، "قبل أن" and the
    relatives of things, which end a trigger's arguments only after its own place. A member of two words is
    matched on two tokens; the first is tried as written and without its conjunction ("وبينما"). An opener after a
    mark (a comma, a dash) is left to the marks' own reading (clause_breaks and the rules on it)."""
    starts = linker_starts(toks)
    if not starts:
        return {"open": set(), "placed": set()}
    return openers_at(raw, toks, starts)


def openers_at(raw: str, toks: list[Token], positions) -> dict[str, set[int]]:
    """The openers of ``clause_openers`` among the token indices ``positions`` (its gate gives the words where one
    can begin; tests/extract/test_speed41_linkers.py asks every index and compares)."""
    out: dict[str, set[int]] = {"open": set(), "placed": set()}
    marked = {k for k, gap in _marked_gaps(raw, toks) if not _BREAK_CHARS.isdisjoint(gap) or "-" in gap or "–" in gap}
    for k in positions:
        if k in marked:
            continue
        tok = toks[k]
        for kind, table in _OPENERS:
            rests = table.get(tok.word) or table.get(tok.bare)
            if not rests:
                continue
            for rest in rests:
                if all(k + 1 + n < len(toks) and toks[k + 1 + n].bare == w for n, w in enumerate(rest)):
                    if not _shared_subject(toks, k + 1 + len(rest)):
                        out[kind].add(k)
                    break
    return out


def _opener_end(toks: list[Token], k: int) -> int:
    """The token after the clause opener at ``k`` (after both words of "في حين"، "ما أدى")."""
    for _, table in _OPENERS:
        for rest in table.get(toks[k].word) or table.get(toks[k].bare) or ():
            if all(k + 1 + n < len(toks) and toks[k + 1 + n].bare == w for n, w in enumerate(rest)):
                return k + 1 + len(rest)
    return k + 1


def _shared_subject(toks: list[Token], k: int) -> bool:
    """"قتل طفل بانفجار لغم بينما كان يجمع الحطب قرب بلدة X"، "بعد انسحاب العناصر الذين كانوا يدافعون عن البلدة":
    كان (wordset pluperfect_aux) right before an imperfect verb, with no subject of its own between them, goes on
    with the trigger's own participants (who were doing what, where, when it happened): the clause shares the
    event's place, and its opener is no boundary. With a subject of its own ("بينما كان وفد يزور مدينة Y") it is."""
    return k + 1 < len(toks) and toks[k].bare in _WAS and imperfect_verb(toks[k + 1].bare)


_WAS = wordset("pluperfect_aux")


_CONTRAST = _opener_table("contrast_linker")
_NOT_A_FACT = wordset("contrast_open_clause")
# the words that may begin a clause opener or a linker of contrast (either table's first words): most sentences
# hold none, and clause_openers (once a sentence) and contrast_between (for each cue before each trigger) each
# walked every word asking the tables twice a word (issue 13, task speed41)
_LINKER_FIRSTS = frozenset(_CONTRAST).union(*(table for _, table in _OPENERS))
# the last token list's (list, length, the indices of its tokens whose word or bare form is in _LINKER_FIRSTS)
_LINKERS: list[tuple[list[Token], int, list[int]]] = []


def linker_starts(toks: list[Token]) -> list[int]:
    """The tokens of ``toks`` that may begin a clause opener or a linker of contrast (by their word or their bare
    form, as the two tables are asked), in order: found in one pass over the sentence and kept for the last list."""
    last = _LINKERS[0] if _LINKERS else None  # one read: another thread may replace it
    if last is not None and last[0] is toks and last[1] == len(toks):
        return last[2]
    firsts = _LINKER_FIRSTS
    found = [k for k, tok in enumerate(toks) if tok.word in firsts or tok.bare in firsts]
    _LINKERS[:] = [(toks, len(toks), found)]
    return found


def contrast_between(toks: list[Token], a: int, b: int) -> bool:
    """A linker of contrast (wordset contrast_linker: "بينما"، "فيما"، "(في) حين") between tokens
    ``a`` and ``b``, with or without a comma before it: the clause it opens is told in its own right, so a denial
    before it does not reach a trigger after it ("نفى مصدر عسكري انسحاب قواته من X بينما سيطرت الفصائل على Y",
    task scope40). A clause it opens with an imperfect verb, a negation or قد (wordset contrast_open_clause) may go on
    with what the cue sets out ("ينص الاتفاق على خروج المقاتلين من X فيما تدخل الشرطة إلى Y": terms still; "من المقرر
    أن تنتشر في X، في حين لم يتضح بعد موعد دخولها"), so it cuts nothing."""
    for k in linker_starts(toks):
        if k <= a:
            continue
        if k >= b:
            break
        if contrast_at(toks, k, b):
            return True
    return False


def contrast_at(toks: list[Token], k: int, b: int) -> bool:
    """A linker of contrast of ``contrast_between`` begins at token ``k`` and ends before ``b``, and the clause it
    opens does not go on with what the cue sets out."""
    for rest in _CONTRAST.get(toks[k].word) or _CONTRAST.get(toks[k].bare) or ():
        if all(k + 1 + n < b and toks[k + 1 + n].bare == w for n, w in enumerate(rest)) \
                and not goes_on_after_contrast(toks, k + 1 + len(rest)):
            return True
    return False


def goes_on_after_contrast(toks: list[Token], after: int) -> bool:
    """Whether the clause a linker of contrast opens at ``after`` may go on with what a cue before it sets out: an
    imperfect verb, a negation or قد (wordset contrast_open_clause) tells no fact of its own."""
    return after < len(toks) and (imperfect_verb(toks[after].bare) or toks[after].bare in _NOT_A_FACT
                                  or toks[after].word in _NOT_A_FACT)
