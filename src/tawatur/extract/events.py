"""The rule-based event extractor (pipeline stage "events").

For each sentence of the kept body: find triggers (``data/extract/triggers.tsv``), judge each one's
polarity (:mod:`.polarity`), attach places, actor, source, date and quantity (:mod:`.frames`), and fan
out one event per place. Within an article the same happening told twice (same type, polarity, place and
side) is kept once, at its best-attributed sentence, as ``eval/GUIDELINES.md`` asks. Every event carries
the rule that made it: the trigger row, how the place was found, the polarity cue.
"""
from __future__ import annotations

import copy
import hashlib
import re
from collections import defaultdict
from collections.abc import Collection
from operator import attrgetter

from ..attrs import UNSET
from ..clean.normalize import fold_shared, fold_text
from ..clean.tokens import tokens_of
from ..lang.ar import analyses, clitic_forms
from ..model import Article, Event, EventDate, Mention, Place, Sentence, Source
from ..read.actors import BARE_HEAD_RULE, article_day, reread_actors
from ..read.dates import anniversary_years
from ..read.sources import reports_itself
from ..read.wordsets import marks, wordlist, wordset
from .aspect import habitual
from .attribution import (
    REPORTER_KINDS,
    carried_report,
    evidence_span,
    goes_on_with_report,
    headline_source,
    mention_source,
    quantity_near,
    report_detail,
    source_for,
    toll_counts_wounded,
)
from .backrefs import (
    AREA_NOUN,
    AREA_STEM,
    BACKREF_KINDS,
    FACILITY_WORDS,
    PERSONS_SUFFIXES,
    PlaceMemory,
    time_clauses,
)
from .backrefs import TIME_AGO_NOUN as TIME_SPAN_NOUNS
from .casualties import (
    FIGHT_TYPES,
    CasualtyRules,
    counted_before,
    dead_tagged,
    hits_materiel,
    tallies_work,
    wounds_people,
)
from .dedupe import RETAKEN, WITHIN, dedupe
from .denial_back import denied_copies
from .frames import (
    ARMED_SIDES,
    CUE_NOUNS,
    NO_DEPARTURE,
    OUTSKIRTS,
    PLACE_CUE_WORDS,
    SentenceView,
    bracketed_words,
    build_view,
    clause_breaks,
    clause_openers,
    complement_source_asides,
    contrast_between,
    departure_types,
    is_lam_object,
    object_asides,
    pick_actor,
    place_after_toward,
    riders,
    scope_places,
    source_asides,
    subject_classes,
    time_span_tokens,
    token_at,
    usable_place,
    verbal_noun,
)
from .gates import needs_words, phrase_keys
from .named import figurative_entry, tells_no_happening
from .patterns import Match, Token, find_all, load_patterns, longest_non_overlapping
from .polarity import NO_EVENT, Verdict, cancelled, denied_complement, is_purpose, judge
from .ranking import ranked_mention, since_then, since_then_kept
from .scope import ScopeRules, series_count
from .sides import (
    BOTH_PARTIES,
    CASUALTY_WORDS,
    STRIKE_SUBJECT_VERB,
    SideRules,
    adversary,
    foreign_post_side,
    protagonist,
    role_before,
    sole_operator_side,
    speaker_army,
    token_nationality,
)
from .vocab import (
    AFFILIATION_PREPS,
    AGAINST,
    AGENT_HANDS,
    ARTICLE,
    ATTRIBUTION_PREPS,
    BACKER_PREFIXES,
    BATTLE_SETTING_BEFORE,
    BATTLE_SUBJECT_ARTICLE,
    BATTLE_SUBJECT_BEFORE,
    BODY_NAME_HEADS,
    BORDER_WORDS,
    CARRY_VERBS,
    CITY_KINDS,
    CLASS_ADJECTIVES,
    CONJUNCTION,
    CONTINUATION_VERBS,
    COORDINATION,
    DEAL_MOVE_TYPES,
    DEMONSTRATIVES,
    DISPLACED_NOUNS,
    DISTRICT_NOUNS,
    DISTRICT_OFFICES,
    GOVERNORATE_NOUN,
    HOLDER,
    IN,
    IN_CLITIC,
    INSTITUTION_ACTOR_BEFORE,
    INSTITUTION_HEAD_PAIRS,
    INSTITUTION_HEADS,
    INSTITUTION_SPEAKER_BEFORE,
    LAM,
    NOT_AGENT,
    OFFICE_HEADS,
    ON_PREP,
    OR,
    PART_OF_PEOPLE,
    PARTITIVE_OF,
    PAST_NEGATION,
    REFUSAL_PARTICIPLE,
    RELATIVES,
    SEAT_NOUNS,
    SPEECH_NOUNS,
    TAKEOFF_FROM,
    TAKEOFF_REACH,
    TAKEOFF_STEMS,
    TERMS_VERBS,
    TIME_LINKER,
    TIME_ZONE_NOUNS,
    UNIT_MEMBERS,
    VIA,
    VICTIM_MARKERS,
    WITH_PREP,
    after_before_that,
    counts,
    number_words,
    of_the_day,
)
from .when import (
    PLUPERFECT,
    as_event_date,
    event_date,
    is_recap,
    lead_until_today,
    moved_off,
    named_after,
    news_day,
    planned_weekdays,
    retold_days,
)
from .where import (
    LEAVING_TYPES,
    SERVED_POST_KINDS,
    SURROUNDED_POSITIONS,
    SURROUNDING_ADJ,
    TARGET_RULE,
    VERB_READING,
    PlaceRules,
    dated_recall_beyond,
    indefinite_relative,
    object_pronoun,
    resumes_a_thing,
)

FLIGHT_REFUGE_TYPES = ("displacement", "evacuation")  # moves of people whose refuge is no scene of the story
REFUGE_HEADINGS = wordset("withdrawal_heading") | wordset("destination_preposition")  # "إلى"، "نحو"، "باتجاه"
ORIGIN_WORDS = wordset("origin_from_preposition")  # "من": an origin, no refuge, stands between
REFUGE_REACH = 5  # words back from a refuge's name to the heading word ("إلى أقارب لهم في بلدة X")
REPORT_REACH = 2  # sentences back a report's details look for its speaker (the summary just before them)
LINE_LABEL_BAR = "|"  # the bar after a bulletin line's label ("▪️ درعا | ..."): a mark, not a word a wordset could hold
NOT_YET = "notyet:"  # the verdict cue of a "not yet" (polarity.judge)
FOREIGN_ARMY_SIDES = wordset("foreign_army_side")  # sides whose armies tell of their own strikes in Syria
STRIKE_NOUNS = wordset("own_strike_noun")  # "الضربات"، "الغارات": what such an army reports it carried out
ONE_OF_SITE = wordset("one_of_indefinite")  # "أحد مستشفيات حلب": one of a town's sites, no descriptor of a place
SITE_PLURALS = wordset("one_of_site_plural")  # "أحد مستشفيات X"، "إحدى مدارس X"
_APPOSITION = marks("clause_marks")  # a comma, colon or semicolon before "أحد": an apposition
APART_LINKERS = wordset("apart_linker")  # "فيما"، "بينما": the next clause tells another happening
SUBORDINATE_THAT = wordset("subordinate_that")
# "عبر دوار X"، "عبر ممر Y"، "عبر معبر Z" after the place an event names: a passage the way goes by (_passages)
PASSAGE_HEAD = wordset("passage_head")
SECOND_THAT = wordset("second_that")  # "وأن تمشيطاً يجري في محيط X": the next complement of the report verb
SITE_WORDS = wordset("backref_site")  # "حول المكان": the scene just told (backrefs.PlaceMemory._scene_told)
SITE_PREPS = wordset("site_preposition")
PARTITIVE = wordset("partitive_pronoun")  # "أفرج عن 61 منها": some of them, never a place
DEFINITE_ARTICLE = tuple(ARTICLE)
NOT_PLACE_LEADS = TIME_ZONE_NOUNS | BODY_NAME_HEADS  # words after which a place names no event place
ADJECTIVE_SIDE_TYPES = ("enter", "deploy", "withdraw", "advance", "take_control")  # moves a noun and its nationality tell
RESULT_WHAT, RESULT_VERBS = wordset("result_what"), wordset("result_verb")
RESULT_PREPOSITIONS = wordset("result_preposition")  # "أدت إلى"، "أسفرت عن": what the verb of resulting takes
HELD_SITES = wordset("held_site_noun")  # sites a force holds (_site_owners)
LAM_CLITIC = tuple(wordlist("object_clitic"))  # "للمسلحين": an actor written with ل (_with_lam)
JOINED_RESULT_REACH = 9  # "ما أدى إلى إصابة ثلاثة مدنيين بينهم طفلة ونزوح": a flight joined to the toll
RESULT_REACH = 3  # words from "ما أدى" to the toll it opens ("ما أدى إلى إصابة"، "ما أسفر عن مقتل")
BEFORE_LINKER = wordset("before_linker")
FALLEN_LEAD = wordset("fallen_regime_lead")
ARRIVAL_ORIGIN_LEAD = wordset("arrival_origin_lead")  # "تعزيزات من مدينة X": where the force came from
ARRIVAL_VERBS = wordset("reinforcement_arrival_verb")  # "تعزيزات وصلت إليها من X" (_sent_from)
GENERIC_PLACE_NOUNS = wordset("generic_place_noun")  # with the duals: "من قريتي X وY"
# the words between "من جهة" and the place a move came from: a cue ("من جهة بلدة X") or a road named by its end
# ("من جهة طريق X", task read18a)
_APPROACH_HEADS = CUE_NOUNS | wordset("road_head")
DEPARTURE_TYPES = frozenset({"withdraw", "displacement", "evacuation"})  # "من" names the place left
SUBJECT_ORIGIN_REACH = 6  # words from "من X" in a fronted subject to its verb ("العائلات من قريتي X وY نزحت")
STRIKER_REACH = 3  # words after the strike noun of "تعرض لـ" where who struck is named

CARRIED_REACH = 3  # "إلى مشفى X ستة قتلى": a count and its noun right after the destination


def events_since(events: list[Event], sentence: int) -> list[Event]:
    """The tail of ``events`` (in sentence order) from ``sentence`` on, without scanning the rest."""
    k = len(events)
    while k and events[k - 1].sentence >= sentence:
        k -= 1
    return events[k:]


# the place attributes an event's Place copies, with the default of each one that is not set
_PLACE_FIELDS = (("name", None), ("name_en", ""), ("lat", None), ("lon", None), ("admin1", ""), ("kind", ""),
                 ("geo_precision", None), ("id", ""), ("aliases", None))


def _place_of(m: Mention) -> Place:
    # the nine fields read from the attributes' own dict: a field never set is absent there or UNSET, and
    # takes its default (not a copy of every field the mention has, nor nine ``get`` calls)
    d = m.attrs.__dict__
    name, name_en, lat, lon, admin1, kind, precision, gid, aliases = [
        dflt if (v := d.get(k, UNSET)) is UNSET else v for k, dflt in _PLACE_FIELDS]
    return Place(
        name=name or m.text, name_en=name_en, lat=lat, lon=lon, admin1=admin1, kind=kind,
        geo_precision=int(precision or 1), gazetteer_id=gid, aliases=list(aliases or []),
    )


SPEAKER_SEAT_KINDS = frozenset({"hospital"})  # a speaker's workplace after "مصدر في": no event place
SPREADING_TYPES = frozenset({"attack", "protest"})  # what a dropped-subject "امتدت إلى X" may carry on
ADJUNCT_LEADS = wordset("adjunct_lead")  # "بعد اعتقال ...": the noun after it is no subject a spreading verb goes on with


def note_unplaced(view, m: Match, etype: str) -> None:
    """Called where a trigger read with its type finds no place and is dropped (or kept pending): a no-op the
    bench (bench/placeless.py) replaces to count the happenings read without a place (task placeless41)."""


def _previous_end(matches: list[Match], k: int) -> int:
    """Where the trigger before match k ends, past a blocker that names people ("فرّ المهاجمون"، "المهاجمين
    فروا": flag persons): for a departure read by its subject, those people are who left (task left14)."""
    return next((matches[q].j for q in range(k - 1, -1, -1) if "persons" not in matches[q].flags), 0)


def _before_support(matches: list[Match], k: int) -> int:
    """Where the trigger before match k ends, past a trigger of the same type right before it: "إن القوات
    التركية عززت انتشارها في X" tells one deployment by a verb and its noun, and the force before the verb is
    the noun's agent too (task sides22)."""
    if not k or matches[k].row.get("type") != "deploy":
        return matches[k - 1].j if k else 0  # "بموجب اتفاق التسوية": two nouns of a deal are no verb and its noun
    while k and matches[k - 1].j == matches[k].i and matches[k - 1].row.get("type") == "deploy":
        k -= 1
    return matches[k - 1].j if k else 0


def _spread_typed(found: list[Match], toks: list | None = None) -> list[Match]:
    """"اندلعت اشتباكات عند X، وامتدت إلى Y"، "خرجت مظاهرة في X قبل أن تمتد إلى Y": a verb of spreading whose
    subject Arabic dropped (flag spread) tells the happening the trigger before it told, at Y: it takes that
    trigger's type when it is fighting or a protest, and gives nothing after any other trigger (or none). A
    trigger of another type right after بعد/إثر/عقب is an adjunct of the clause before, not its subject, and is
    passed over ("اندلعت مواجهات في X بعد اعتقال أحد الوجهاء، وامتدت إلى Y": the clashes spread; task miss29);
    a clash there may still be ("دخلت القوات X بعد اشتباكات امتدت إلى Y")."""
    out = []
    for m in found:
        if "spread" not in m.flags:
            out.append(m)
            continue
        before = [c for c in found if c.j <= m.i and "spread" not in c.flags and c.row.get("type") != "none"
                  and not _adjunct_other(c, toks)]
        etype = max(before, key=lambda c: (c.j, c.j - c.i)).row.get("type") if before else None
        if etype in SPREADING_TYPES:
            if etype != m.row.get("type"):
                m.row = {**m.row, "type": etype}
            out.append(m)
    return out


def _adjunct_other(c: Match, toks: list | None) -> bool:
    """A trigger of a type that does not spread told right after بعد/إثر/عقب ("بعد اعتقال"، "إثر انتشار تسجيل"):
    an adjunct of time or cause, never the dropped subject of a verb of spreading after it (task miss29)."""
    return bool(toks) and c.i > 0 and c.row.get("type") not in SPREADING_TYPES and toks[c.i - 1].bare in ADJUNCT_LEADS


def _after_siege(toks: list, i: int) -> bool:
    """A relative clause of laying ("الذي يفرضه") is a siege only right after a siege noun ("الحصار الذي
    يفرضه التنظيم على X"): "القانون الذي فرضه" lays nothing."""
    return i > 0 and any(f in SIEGE_NOUNS for f in toks[i - 1].forms)


def _after_displaced(toks: list, i: int) -> bool:
    """A participle of coming ("القادمين من X") tells a flight only right after the displaced it describes
    ("النازحين القادمين من X"): "المدنيين القادمين من X" may come to a sit-in (task lex18)."""
    return i > 0 and any(f in DISPLACED_NOUNS for f in toks[i - 1].forms)


DEAD_SUBJECT_REACH = 3  # words between a casualty word and the dead, and between them and the strike ("قتل ثلاثة جنود أتراك بغارة")
ANY_DETERMINER = wordset("any_determiner")
NEGATED_ANY_REACH = 3  # "لم تستهدف أي"، "لم تقصف الطائرات أي": the verb, and its subject, between لم and أي


def _negated_any(c: Match, toks: list) -> bool:
    """"قواته لم تستهدف أي نقطة في X": "أي" after لم and its verb is the negation's "any" (nothing at all was
    struck at X), no hypothetical: it cuts no scope, X stays the denied strike's place (task left25)."""
    return toks[c.i].bare in ANY_DETERMINER and any(
        toks[k].bare in PAST_NEGATION for k in range(max(0, c.i - NEGATED_ANY_REACH), c.i - 1))


DENIAL_ANY_REACH = 9  # words from a denial to its "any" ("نفت وكالة الأنباء الرسمية (سانا) انشقاق أي": 6)


def _denial_any(c: Match, toks: list, cues: list[Match]) -> bool:
    """"نفت الوكالة انشقاق أي ضابط برتبة عميد في X": "أي" a few words after a denial is the denial's "any", what is
    denied at X, no hypothetical: it cuts no scope (polarity.judge still weighs it); one after a purpose ل ("لصد أي
    هجوم") is still a hypothetical (task probe32)."""
    if c.j < len(toks) and toks[c.j].bare in GENERIC_PLACE_NOUNS:
        return False  # "أن تكون القوات قصفت أي حي سكني": any place at all, which names none
    # "نفى المتحدث باسم وزارة الدفاع الروسية أن تكون الطائرات قد قصفت أي فرن في X": a complement "أن تكون" opened
    # after the denial holds the "any" however long the denier's name before it; its reach is counted from the
    # complement (polarity.denied_complement), as polarity.judge counts it (task deny24)
    return (toks[c.i].bare in ANY_DETERMINER and c.i > 0 and not toks[c.i - 1].word.startswith(PURPOSE_LAM)
            and any(d.row.get("effect") == "deny" and d.j <= c.i
                    and (c.i <= d.j + DENIAL_ANY_REACH or denied_complement(toks, d.j, c.i)) for d in cues))


PURPOSE_LAM = wordlist("purpose_clitic")  # "لتدخلها": ل before the verb
OBJECT_PRONOUNS = wordlist("place_object_pronoun")  # "تدخلها": the pronoun that recalls the place entered
# a strike, or the craft or weapon that struck ("الطيران لم يستهدف أي منشأة مدنية": probe15), as the verb's subject
STRIKE_OR_CRAFT = wordset("strike_subject_noun") | wordset("strike_instrument") | wordset("air_force_subject")
STRIKE_AS_SUBJECT_REACH = 3  # words between a strike noun and the negation of its verb ("الضربات الجوية التركية لم")


def _strike_as_subject(toks: list, m: Match, breaks: Collection[int]) -> bool:
    """"الضربات لم تستهدف أي موقع عسكري"، "لم يستهدف القصف أي منزل"، "الطيران لم يستهدف أي منشأة": with a strike
    noun (or the craft or weapon that struck) as the verb's subject
    the strike is given and only what it hit is denied (no event); with a force as subject ("قواته لم تستهدف
    أي نقطة في X") or none, the force denies striking X at all: the strike is denied there (task left25)."""
    if any(toks[k].bare in STRIKE_OR_CRAFT for k in range(m.i, m.j)):
        return True
    lo = max(0, m.i - STRIKE_AS_SUBJECT_REACH)
    return any(toks[k].bare in STRIKE_OR_CRAFT and not any(k < b <= m.i for b in breaks) for k in range(lo, m.i))


def _carried_displaced(toks: list, m: Match) -> bool:
    """"استهدف التفجير حافلات تقل مهجّرين من بلدتي X وY أثناء توقفها في Z": the displaced a convoy carries,
    told after a verb of carrying (wordset carry_verb) by where they were driven from, describe whom a strike
    hit; they tell no flight of their own and leave the strike its scope (task read18b)."""
    return m.row.get("type") == "displacement" and m.i > 0 and toks[m.i - 1].bare in CARRY_VERBS \
        and any(f in DISPLACED_NOUNS for f in toks[m.i].forms)


# bare word -> how it bars an agent (_never_agent_kind), learnt once per word: every sentence's words
# were tested against a prefix list and three word sets
_NEVER_AGENT: dict[str, int] = {}
_NO_BAR, _BACKER, _NOT_AGENT = 0, 1, 2
_MEDIATOR_PREFIXES = tuple(wordlist("mediator_stem"))
_COVER = wordset("backing_cover")  # "مدعومة بغطاء جوي روسي": the backer is named two words on
_BACKER_HEAD = wordset("backer_force_head")  # "بدعم من ميليشيات حزب الله": the backer's force noun, then its name


def _joined(toks: list, last: int, first: int) -> bool:
    """Whether a conjunction و joins the mention ending at token ``last`` to the one starting at ``first``
    ("عناصر النصرة ومقاتلي أحرار الشام": one list of objects, not a subject then its object)."""
    return any(t.word != t.bare for t in toks[last + 1:first + 1])


def _never_agent_kind(bare: str) -> int:
    """A backer ("المدعومة من": it and the word after it are no agent), a word that never acts, or
    neither; remembered in :data:`_NEVER_AGENT` (bounded for a long-running worker)."""
    if bare.startswith(BACKER_PREFIXES) or bare.startswith(_MEDIATOR_PREFIXES):
        kind = _BACKER  # "بحضور وسطاء من التحالف": those present or mediating do not act either (task probe14)
    elif bare in NOT_AGENT or bare in SPEECH_NOUNS or bare in HOLDER:
        kind = _NOT_AGENT
    else:
        kind = _NO_BAR
    if len(_NEVER_AGENT) > 50_000:
        _NEVER_AGENT.clear()
    _NEVER_AGENT[bare] = kind
    return kind


# a confidence -> it rounded to two places: rounding a float to digits goes through its decimal
# string, for every event, and a confidence takes one of a few values (``_Extractor._confidence``)
_ROUNDED: dict[float, float] = {}


TOLL_PART_LEAD = wordset("toll_part_lead")  # "بينهم 12 في بلدة X": a share of a toll counted at a place of its own
TOLL_PART_NOT = wordset("toll_part_not")  # "بينهم 3 من عناصر الأمن": the share is who they were, not where
TOLL_PART_REACH = 10  # words from the share's count to its place ("بينهم 11 قتلوا أمس السبت في قصف على بلدة X")


def _partial_toll(view: SentenceView, m: Match, place: Mention) -> str | None:
    """The share of a toll a place after it is given: "قتل 30 شخصاً في قصف على ريف إدلب، بينهم 12 في بلدة
    أريحا"، "منهم 5 في ..."، "من بينهم 7 في قرية X و5 في بلدة Y": a bare count (no unit of people: "بينهم
    خمسة أطفال، في X" says who they were, and X is the whole toll's) right after a partitive lead, between the
    toll's word and the place, within TOLL_PART_REACH words before it; a count joined to such a share by و is
    a share too. The place before the share keeps the total (task misread26)."""
    if place.sentence != view.index:
        return None
    k = next((i for i, p in view.places if p is place), None)
    if k is None or k <= m.j:
        return None
    toks, shares, last = view.toks, [], None
    for i, n in view.numbers_by_start:
        if not m.j <= i < k:
            continue
        a = n.attrs
        bare = not a.get("unit") or a.get("unit_kind") in ("killed", "wounded")
        after = next((t for t in toks[i + 1:] if t.start >= n.end), None)
        led = i > 0 and any(f in TOLL_PART_LEAD for f in toks[i - 1].forms)
        joined = last is not None and toks[i].word.startswith(tuple(COORDINATION)) and i - last <= TOLL_PART_REACH
        if bare and (led or joined) and not (after is not None and after.bare in TOLL_PART_NOT):
            shares.append((i, n))
            last = i
    if not shares or k - shares[-1][0] > TOLL_PART_REACH:
        return None
    n = shares[-1][1]
    val = n.attrs.get("value")
    return str(val) if val is not None else (n.attrs.get("text_value") or n.text)


def _event_id(article_id: str, etype: str, place: str, start: int) -> str:
    h = hashlib.sha1(f"{article_id}|{etype}|{place}|{start}".encode()).hexdigest()[:10]
    return f"{article_id}:{h}"


# "، كان أبرزها الهجوم على بلدة X": the superlative of examples (and its copula) before a trigger that tells the example
# of the one before it, whose place stands within this many words after it (_frames_example)
EXAMPLE_SUPERLATIVE = wordset("example_superlative")
EXAMPLE_SUPERLATIVE_VERB = wordset("example_superlative_verb")
EXAMPLE_AMONG = wordset("example_among")  # "، ومن بينها هجوم على X": among them, the example
AMONG_PREPOSITION = wordset("list_intro_preposition")  # its من
EXAMPLE_PLACE_REACH = 4
AMONG_PLACE_REACH = 6  # "، ومن بينها هجوم على حاجز للشرطة في بلدة X": a target and its owner before the town (task read20a)
COMMAS = marks("comma_marks")
OWN_POSITIONS = wordset("own_positions_noun")  # "انسحبت باتجاه مواقعها": where a force goes back to (_destination_only)
# "على أطراف X" after a strike of the same clause: where it hit (``_strike_outskirts``), within this many words
STRIKE_OUTSKIRTS_REACH = 12
# what an outskirts phrase right after it locates: a strike, a deployment, a killing or an arrest or seizure ("قتلوا 17 عنصراً منها على
# أطراف حي X"، "ضبطت مستودعاً في مزرعة على أطراف بلدة X": where it happened, no advance); a handover too (trigger
# flag receiver, "سلّموا نقاطهم على أطراف X لوحدات الجيش": where the points handed over lie; task read24b)
OUTSKIRTS_LOCATED = ("attack", "deploy", "casualties", "other")
# a place a force owns ("مقر قيادة X") is taken, entered or struck by its adversary when no agent is named
OWNED_PLACE_TYPES = ("take_control", "enter", "attack")
# moves a clash fought "between the two sides" around their place is the manner of (_between_both_parties)
FOUGHT_FOR = frozenset({"take_control", "enter", "advance", "withdraw"})
# places a force reaches but is never inside: reaching one is an advance ("وصلت القوات إلى نهر الساجور")
LINE_KINDS = frozenset({"river"})
# kinds of place that locate positions struck ("مواقع في ريف X") and, with none of their own named, are the place
TARGET_AREA_KINDS = frozenset({"countryside", "area", "mountain"})
# and the sites that hold positions struck ("قصفت مواقع في مطار X"، "مواقع في قاعدة X"): the site is the place (task read7)
TARGET_SITE_KINDS = TARGET_AREA_KINDS | {"airport", "base", "unit", "hill", "prison", "port", "camp"}
# strikes, deaths and flight told of unnamed villages in an area ("قصفت قرى في ريف X", "قتل مدنيون في قرى
# بمحافظة X") happen across that area: with no village named, the area (or governorate) is the place; so do a
# takeover and an entry ("سيطرت الفصائل على قرى في ريف X"، "اقتحموا قرى في ريف Y": the countryside is a place a
# map shows and the villages lie in it; GUIDELINES, task backref19)
SPREAD_TYPES = frozenset({"attack", "casualties", "displacement", "take_control", "enter"})
SPREAD_AREA_KINDS = TARGET_AREA_KINDS | {"governorate"}
SETTLED_CAMP_KINDS = frozenset({"camp"})  # a camp whose quarters a strike hit is where it fell (task read26c)
SPREAD_PLURALS = wordset("spread_plural_noun")
SPREAD_COUNTS = wordset("list_quantifier")  # "عدة قرى في ريف X": a tally, not the spread
PROGRESS_IN_REACH = 5  # words after an advance its "في" may stand, past its subject ("تقدم قوات النظام في")
COUNTRYSIDE_STAGE_REACH = 6  # words after an advance after بعد its countrysides are read in (_manner)
ATTEMPT_WORDS = wordset("attempt_word")
ROAD_LINKS = wordset("road_link_verb")
ROAD_LINK_PRONOUNS = wordset("road_link_pronoun")  # "يربطها"، "بينها"، "قراهم": a road's end told by a pronoun
ROAD_LINK_REACH = 4  # words after the link verb its other end may stand ("يربطها بباقي مدينة X")
_ROAD_LINK_HEADS = tuple(ROAD_LINKS)  # one C test a word (str.startswith of a tuple) before the set's own order is read
# a word of the sentence (one a line) that begins with a link verb: one C search a sentence, before any walk (speed22)
_ROAD_LINK_LINE = re.compile("^(?:" + "|".join(map(re.escape, sorted(ROAD_LINKS, key=len, reverse=True))) + ")", re.M)
_BARE = attrgetter("bare")
# the last view _pronoun_linked_ends read, its places list and its towns: asked again for each trigger of it
_LINKED: list[tuple[SentenceView, list, frozenset[int]]] = []
SIEGE_NOUNS = wordset("siege_noun")
ATTEMPT_REACH = 14  # words an attempt word may stand before the verbal noun it governs (_attempted)
REPEL_WORDS = wordset("repel_verb")  # صد، تصدى، أحبط، أفشل: who repels an attempt did not make it
REPEL_PROCLITICS = tuple(wordlist("repel_attempt_proclitic"))  # و، ل: "وتصدى"، "لمحاولة"
REPEL_REACH = 8  # words a repel verb may stand before the attempt it governs ("تصدى الثوار، صباح اليوم، لمحاولة")
ACCUSED = wordset("accused_participle")
RESPONSIBLE = wordset("responsible_participle")  # "مسؤولاً عن عمليات اغتيال": with عن, a description
WANTED = wordset("wanted_participle")  # "ملاحق بقضايا خطف": with ب and a charge, a description
_ACCUSATION_HEADS = ACCUSED | RESPONSIBLE | WANTED  # (_accusation reads a sentence holding one of them)
CHARGE_NOUNS = wordset("charge_noun")
ABOUT = wordset("responsible_about")
RESPONSIBLE_ACTS = wordset("responsible_act")  # "مسؤولاً عن عمليات"، not "مسؤول عن الإعلام"
PEOPLE_COUNT = wordset("people_count_word")
FROM_DUAL = wordset("from_dual_pronoun")
QAD = wordset("qad_particle")
DURING = wordset("during_preposition")
RAID_NOUNS = wordset("raid_noun")
ARREST_OPERATIONS = wordset("arrest_operation_noun")
# the moves of a force a departure verb after "قبل أن" continues, its subject dropped ("دخلت قوة بلدة X ...
# قبل أن تغادرها": the force leaves; task probe13)
SEQUENCE_MOVERS = frozenset({"enter", "deploy", "take_control", "advance"})
SHORT_LIST_LEAD = 4  # words of a lead that only opens a list ("وفي التفاصيل:"): the report before it speaks
ARREST_HEADS = wordset("arrest_head")
HOME_COUNTRIES = frozenset({"SY", "", None})  # a place of the country (or of no country given)
COUNTRY_SHARE_REACH = 8  # words from a takeover to the country it took a share of, past its subject
CAPTURE_SCENE_REACH = 5  # words of the captives between a capture and the ambush it happened in ("خمسة من عناصرها")
SCENE_CLITIC = tuple(wordlist("scene_clitic"))
IN_OR_DURING = wordset("in_preposition") | DURING
_PARTICIPATION = wordset("participation_word")
_SIEGE_IMPOSE = tuple(wordlist("siege_impose_stem"))  # "حصاراً فرضه التنظيم": the besieger after a broken siege
_PARTICIPATION_REACH = 8  # words from "مشاركة" to the "في" of the event it tells
POST_KINDS = SERVED_POST_KINDS  # places a person serves in: "ضابط في الفرقة الرابعة" names his post
ACCUSATION_STOP = wordset("accusation_stop")
ACCUSATION_REACH = 10  # words an accusation may run after its participle (it ends earlier at a clause mark)
TARGET_ADJECTIVES = 2  # nisba adjectives after a sites noun before its في ("مواقع عسكرية وأمنية في ريف X")
BUS_WORDS = wordset("bus_word")
UNDER_DEAL = wordset("under_deal_pronoun")  # "خرج بموجبه": a departure under the deal named before
DEAL_GRANTORS = frozenset({"government", "russia"})  # the parties that grant evacuation deals (_terms_side)
DEAL_VERBS = tuple(wordlist("deal_verb"))
NISBA_ENDINGS = tuple(wordlist("nisba_ending"))
BATTLE_SITE_PREPS = wordset("battle_site_preposition")
CLASH_PARTY_LEADS = wordset("clash_party_lead")  # "بين"، "مع": the parties of a clash noun follow
CLASH_SITE_PREPS = wordset("clash_site_preposition")  # "في/على/عند/قرب قرية X" after a clash's parties
CLASH_MODIFIERS = wordset("clash_modifier")  # "اشتباكات عنيفة مع ...": stepped over before the parties
CLASH_PARTIES_REACH = 8  # words of a clash's parties ("بين مسلحين محليين وعناصر الجمارك") before its place
REGION_KINDS = frozenset({"countryside", "governorate"})  # areas that hold the main clause's town: no site of a clash
DIRECTION_WORDS = wordset("direction_noun")
DEAL_REACH = 20  # words from a deal's verb to its agreement word (a long subject, "بعد مفاوضات استمرت أسابيع")
TERMS_LIST_LEADS = wordset("terms_list_lead")  # "بنوداً أبرزها": the most notable of the terms that follow
TERMS_NOUNS = wordset("terms_noun")  # "بنود"، "شروط": the terms a deal sets out, named as a list
TERMS_REACH = 2  # words from a terms verb to the term it sets out ("يقضي بخروج"، "تقضي بأن يخرج")
SETTLEMENT_WORDS = wordset("backref_city") | wordset("backref_town") | wordset("backref_village")
OBJECT_REACH = 7  # words of a subject between a departure verb and the place it leaves ("غادرت الحافلات ... المنطقة")
LEFT_PLACE_WORDS = SETTLEMENT_WORDS | wordset("any_place_backref")  # "غادروا البلدة/المنطقة": the place left
_BUS_REACH = 2  # words after a departure trigger its buses may be named ("وغادرت الحافلات الحي")
STRIKE_SUBJECT_NOUN = wordset("strike_subject_noun")  # "بهجوم مسلح استهدفه في X"
STRIKE_SUBJECT_GAP = 3  # words (the strike's adjectives) between a strike noun and the verb that says where it landed
STRIKE_CARRIER_GAP = 5  # the same when the carrier follows the noun ("بضربة من طائرة مسيرة تركية استهدفت")
STRIKE_CARRIER = wordset("strike_carrier_preposition")


def _before_in(toks, p: Mention) -> int | None:
    """The word right before the "في"/"بـ" that governs a place ("مواقع في ريف X"، "قرى بريف X": the noun the
    place locates), None when no such preposition stands right before the place."""
    k = token_at(toks, p.start)
    clitic = toks[k].bare.startswith(IN_CLITIC) and len(toks[k].forms) > 1 and p.start > toks[k].start
    if not clitic:
        k -= 1
        if k < 0 or toks[k].bare not in IN:
            return None
    return k - 1


def _with_lam(view: SentenceView, a0: int, a: Mention) -> bool:
    """An actor written with the preposition ل, before a bare name ("لقوات") or its article ("للمسلحين"): its
    word starts with ل and the mention starts after it (``is_lam_object`` reads the first kind only)."""
    tok = view.toks[a0]
    return is_lam_object(view, a0, a) or (tok.word.startswith(LAM_CLITIC) and a.start > tok.start)


def _carries_object(tok) -> bool:
    """Whether a verb carries an object pronoun of a place or of persons ("تطرده"، "يطردها"، "تطردهم"): then the
    force right after it is its subject."""
    return bool(object_pronoun(tok, True)) or (tok.word.endswith(PERSONS_SUFFIXES) and _verb_reading(tok.word))


def _verb_reading(word: str) -> bool:
    """Whether the analyser reads the word as a verb (among its readings)."""
    return any(r.endswith(VERB_READING) for r in analyses(word))


def _nisba_adjective(tok) -> bool:
    """An indefinite relational adjective ("علوية"، "كردية"، "زراعية"): it qualifies the noun before it, names no
    place of its own (wordsets nisba_ending; a definite word or a short one is left alone)."""
    w = tok.bare
    return not w.startswith(ARTICLE) and len(w) >= 4 and w.endswith(NISBA_ENDINGS) and not w.isdigit()


JOINED_TOLL_GAP = 3  # words between a toll and the joined toll after it ("قتل 12 مدنياً وجرح": 2)
CAUSE_REACH = 10  # words from a toll to the strike that tells its cause ("قتل ثلاثة أطفال يوم الأحد الماضي بانفجار قذيفة")


DRIVING_TYPES = frozenset({"attack", "enter", "take_control"})  # what drives a flight out of its place (_struck_origin)


def _without_debris(made: list, matches: list[Match], told_by: dict[int, list]) -> list:
    """The sentence's events less the blasts of a mine or of war debris (trigger flag ``debris``: "قتل طفلان
    بانفجار لغم من مخلفات الحرب قرب بلدة X"). Such a blast is read as a strike first, so that the toll told with
    it takes its place; it is then dropped: nobody shells, strikes or clashes now, and GUIDELINES' attack is
    "shelling, air strike, armed clash at a place" (task conv33)."""
    debris = {id(e) for m in matches if "debris" in m.flags for e, _ in told_by.get(id(m), [])}
    return [(e, pl) for e, pl in made if id(e) not in debris] if debris else made


def _assault_twins(made: list) -> list:
    """An assassination (trigger flag ``assault``: "اغتال مسلحون مختار بلدة X"، "اغتيل قيادي في X") is an attack
    plus its toll, as a killing by gunfire is (docs/conventions.md, task conv34): for each casualties event the
    trigger made, the attack that killed, at the same place, with the same side, polarity, date and source; its
    rule is the toll's with " assault". A series told at a place ("مقتل 27 شخصاً في عمليات اغتيال بمحافظة X"،
    "سلسلة اغتيالات طالت ...") is coded the same way by the readable golds (probe23 Y01, Y08; task conv35)."""
    out = []
    for ev, places in made:
        if ev.type != "casualties":
            continue
        twin = copy.deepcopy(ev)
        twin.id, twin.type, twin.quantity, twin.quantity_of = f"{ev.id}-assault", "attack", None, ""
        twin.rule = f"{ev.rule} assault"
        out.append((twin, places))
    return out


def _is_question(sent: Sentence) -> bool:
    """A sentence that ends in a question mark asks, it tells nothing ("متى دخلت قواتكم المدينة؟", an
    interviewer's question, a rhetorical one): its places stay for back-references, its triggers give no
    event (task read14: the answer tells the entry, with the speaker's side and day). A question clause after a
    statement ("وسيطرت القوات على مدينة تدمر، فماذا بعد؟") leaves the statement told: only a one-clause sentence asks."""
    return len(sent.clauses) < 2 \
        and sent.text.rstrip().rstrip(marks("question_close_marks")).endswith(tuple(marks("question_mark")))



def _cause_at(ev, lo: int, raw: str) -> int:
    """Where a strike's trigger stands at or after a toll's start ``lo`` (its evidence start when the trigger is not
    found there): how near after the toll the strike is told (_Extractor._nearest_last)."""
    at = raw.find(ev.trigger, max(lo, ev.evidence.start), ev.evidence.end) if ev.trigger else -1
    return at if at >= 0 else ev.evidence.start

class _Extractor(ScopeRules, PlaceRules, SideRules, CasualtyRules):
    """Reads one article sentence by sentence; the rules by job live in the mixins' modules."""

    def __init__(self, article: Article):
        self.article = article
        self.day = article_day(article)  # the day dated actors and adversaries are read at
        self.triggers = load_patterns("triggers.tsv")
        self.cues = load_patterns("cues.tsv")
        self.protagonist = protagonist(article)
        self.memory = PlaceMemory()
        self.events: list[Event] = []
        self.by_sent: dict[int, list[Mention]] = defaultdict(list)
        for m in article.mentions:
            self.by_sent[m.sentence].append(m)
        self.prev_events: list[tuple[Event, list[Mention]]] = []
        self._report_day: tuple[int, EventDate] | None = None  # a day named by a sentence that told no event
        self.prev_source: Source | None = None
        self._report: Source | None = None  # whose report the sentence spells out ("ففي حلب ..."), see _note_report
        self._reported: tuple[int, dict[str, tuple[Source, str | None]]] = (-2, {})  # a sentence's reporters by event type: _carry_report
        self.headline = headline_source(article)  # "X: ..." over the article: its lead's unattributed events are X's
        self.lead = next((s.paragraph for s in article.sentences if not s.is_heading), -1)
        self._made: list[tuple[Event, list[Mention]]] = []
        self.side_note = ""  # how ``_side`` refined an implied side, for the event's rule (empty: it did not)
        self._sentence_matches: list[Match] = []
        self._told: dict[int, list[Event]] = {}
        self._repelled_by: dict[int, Mention] = {}  # id of a repelled attack's trigger -> who repelled it
        self._current = -1
        self.departure: list[str] = []  # the types the last departure's subjects gave
        # the sentence before, whose ``riders`` (who it named that buses may carry) are read only when a
        # departure by bus asks for them: a pattern scan of every sentence for the few that do
        self._riders_view: SentenceView | None = None
        self._riders: tuple[list[str], Mention | None] | None = None
        self.narrative: EventDate | None = None  # the date the narrative last named (this paragraph)
        self.lead_day = news_day(article)  # the day the lead reports on, if it names the day before
        self._paragraph = -1
        self._recaps: set[str] = set()  # ids of the events told as a recap ("وكان ... قد"): _typed
        self._fighting = None  # (sentence, event, places) of the last battle told: note_fighting
        self._post_taken = None  # (sentence, event, [post]) of the last post taken alone: note_fighting
        self._last_deal: tuple[int, list[Mention]] | None = None  # the last deal told at a place: _deal_places
        self._clash = None  # (sentence, event, places) of the last battle told by a clash noun: note_fighting
        self._settled = False  # reading a casualty trigger whose strike gave it no place
        self._verdicts: dict[int, Verdict] = {}  # polarity of each trigger read (by id of its match)
        self._breaks: set[int] = set()
        self._aside_idx: frozenset[int] = frozenset()  # tokens of the sentence's descriptive asides
        self._object_spans: dict[int, int] = {}  # asides between a verb and its object (frames.object_asides)
        self._complement_asides: frozenset[int] = frozenset()  # "، بحسب X، أن": frames.complement_source_asides
        self._accused: frozenset[int] = frozenset()  # tokens of the sentence's accusations: _accusation
        self._resumed: dict[int, tuple[int, int]] = {}  # a trigger's list resumed after a time adjunct
        self._sets: tuple | None = None  # (view, idx, token sets) of the sentence read: _sentence_sets
        self.allegiance: dict[str, str] = {}  # town -> the side the text said it is (note_allegiance)
        self._list_lead: tuple[Source | None, int] | None = None  # the list a line is an item of: _lead_of_list
        self._prev_view: SentenceView | None = None  # the sentence read before (a short list lead's report)

    # ------------------------------------------------------------------ sentences
    def run(self) -> list[Event]:
        for sent in self.article.sentences:
            toks = tokens_of(self.article, sent)
            view = build_view(sent.index, toks, self.by_sent.get(sent.index, []))
            self.memory.note_lead(sent.index, sent.is_heading)
            if sent.is_heading or _is_question(sent):
                self.memory.add_sentence(view)
                continue
            if sent.paragraph != self._paragraph:
                self._paragraph = sent.paragraph
                if not self._same_report(view) and not self._story_goes_on():
                    self.narrative = self._one_line_day(sent, view)
            self._list_lead = self._lead_of_list(sent, view)
            made = self.sentence(view)
            retold_days([e for e, _ in made], self.events[:len(self.events) - len(made)], toks,
                        self.article.raw, any(d.attrs.get("value") for _, d in view.dates))
            named_after(self._told_just_before(sent), [e for e, _ in made], view, self.article.raw)
            planned_weekdays([e for e, _ in made], self.article.raw, self.article.published or "")
            prev_toks = self._prev_view.toks if self._prev_view is not None else None
            self.events += denied_copies(view, [e for e, _ in made], self._told_just_before(sent), prev_toks)
            self.memory.note_events([p for e, places in made if e.polarity != "expected" for p in places])
            self.memory.note_refuges(_flight_refuges(view, made))
            self.memory.add_sentence(view)
            self._note_narrative(made)
            self.note_fighting(sent.index, made)
            self._riders_view, self._riders = view, None
            self._prev_view = view
            if made:
                self.prev_events = made
            elif not sent.is_heading:
                self._report_day = self._named_day(view, sent.index)
        self.clashes_to_attacker(self.events)
        self.identified_attacker(self.events)
        self.claimed_after(self.events)
        self.strikes_retold(self.events)
        self.resulted_toll(self.events)
        self.attackers_recalled(self.events)
        self.caused_by_strike(self.events)
        self.resulted_from_strike(self.events)
        self.more_victims(self.events)
        return dedupe(self.events, {s.index: s.text for s in self.article.sentences})

    @staticmethod
    def _struck_subject(view: SentenceView, m: Match, actor: Mention | None) -> Mention | None:
        """"تعرضت قوات الأمن لهجوم", "تعرضت مواقع الفصائل لقصف": the subject of تعرض, before the strike
        noun (SVO, or VSO inside the pattern's gap), suffered the strike; it did not strike."""
        last = view.toks[m.j - 1].start
        if actor is not None and actor.start < last:
            return actor
        return next((a for a0, _, a in view.actors_by_start if m.i < a0 < m.j - 1), None)

    @staticmethod
    def _striker_after(view: SentenceView, m: Match, nxt: int) -> Mention | None:
        """"تعرضت مواقع للجيش لقصف بطائرات مسيرة تابعة لقسد": once the subject of تعرض is known struck, a force
        named right after the strike noun (within three words, before the next trigger) is who struck."""
        return next((a for a0, _, a in view.actors_by_start
                     if m.j <= a0 <= m.j + STRIKER_REACH and a0 < nxt), None)

    @property
    def riders(self) -> tuple[list[str], Mention | None]:
        """Who the sentence before named that buses may carry (:func:`frames.riders`), read once asked."""
        if self._riders is None:
            self._riders = riders(self._riders_view) if self._riders_view is not None else ([], None)
        return self._riders

    def headline_here(self, view: SentenceView) -> Source | None:
        """The headline's speaker where it covers a sentence: in the lead paragraph, which tells what the
        headline sums up ("تلفزيون سوريا: توغل قوة ..." over "دخلت قوة ... قرية X"); later paragraphs go on to
        background and other reports, the article's own."""
        if self._list_lead is not None and self._list_lead[0] is not None:
            return self._list_lead[0]  # "- خمسة مدنيين قضوا ..." under "أحصى المرصد ... بينهم:": the lead's speaker
        return self.headline if self.article.sentences[view.index].paragraph == self.lead else None

    def _lead_of_list(self, sent, view: SentenceView) -> tuple[Source | None, int] | None:
        """The lead of the list a sentence belongs to: (its speaker, its index) for a line that opens with a list mark
        (wordsets list_item_marks) after a sentence ending in ":" or another item of that list, else None. A toll
        paragraph lists incidents under "أحصى المرصد مقتل 23 شخصاً، بينهم:": each item is the monitor's report, though
        it names no speaker of its own (task probe10a)."""
        raw = self.article.raw
        first = sent.text.lstrip()[:1]
        if first and first in marks("list_item_marks"):
            return self._list_lead
        if not raw[sent.start:sent.end].rstrip().endswith(":") or not view.toks:
            return None
        speaker, _ = source_for(view, view.toks[-1].start, None, False)
        prev = self._prev_view
        if not speaker.chain and len(view.toks) <= SHORT_LIST_LEAD and prev is not None and prev.toks:
            # "وثق المرصد مقتل 11 شخصاً ... وفي التفاصيل:": a short lead of its own ("وفي التفاصيل:"، "وجاءت
            # كالتالي:") opens the list of the report the sentence before it told (task probe13)
            speaker, _ = source_for(prev, prev.toks[-1].start, None, False)
        return (speaker if speaker.name_en else None), sent.index

    def _same_report(self, view: SentenceView) -> bool:
        """Does a paragraph open by quoting again the source of the last event ("أعلنت قسد، الإثنين، ...
        وقالت قسد في بيان إن ...")? It goes on with the same statement, so the day it named carries on."""
        prev = self.prev_source
        if prev is None or not prev.name_en or not view.toks:
            return False
        opening = view.toks[0].start + 15
        return any(s.start < opening and (s.attrs.get("name_en") or s.text) == prev.name_en
                   for s in view.sources)

    def _story_goes_on(self) -> bool:
        """An anniversary piece ("في الذكرى الأولى لسقوط النظام، التقينا ...", read.dates.anniversary_years)
        tells one story of years back from paragraph to paragraph (an interview's answers): the day its
        narrative last named, in that story's years, carries into the next paragraph, not the article's day."""
        pub = (self.article.published or "")[:4]
        return bool(self.narrative is not None and self.narrative.value and pub
                    and self.narrative.value[:4] < pub and anniversary_years(self.article))

    def _note_narrative(self, made: list[tuple[Event, list[Mention]]]) -> None:
        """The day a sentence's last event was dated by a date it names: later sentences of its
        paragraph that name none happened then ("ليل السبت ... وتمكنت القوات ..."). A month or a year
        carries too: a history paragraph ("في عام 2013 سيطرت ... ثم انسحبت ...") dates its sentences by
        it, at that precision (issue 12). A recap's day ("وكان ... قد ... السبت") sets no narrative: it
        is told as before the news."""
        named = [e.date for e, _ in made if e.date.value and e.date.precision in ("day", "month", "year")
                 and e.date.text not in ("", "article date") and e.sentence == self._current
                 and not moved_off(e.date) and not self._recap_day(e)]
        if named:
            self.narrative = named[-1]

    def _one_line_day(self, sent: Sentence, view: SentenceView) -> EventDate | None:
        """The day a one-line paragraph just before named ("وقال قائد إن الهجوم انطلق ليل الأحد." then a
        new paragraph "وتشهد أطراف البلدة مواجهات بين الفصائل والجيش"), when that line told no event of
        its own (it sets the scene) and this paragraph goes on with its narration: it opens with و,
        names one of its forces again and no date of its own. A longer paragraph, a new one on other
        actors, or one after a line that named no day itself starts afresh (measured: carrying the day
        along a chain of short paragraphs lowered train N from .950 to .863)."""
        if sent.index == 0 or not view.toks or not view.toks[0].word.startswith(CONJUNCTION) \
                or any(d.attrs.get("value") for _, d in view.dates):
            return None
        before = self.article.sentences[sent.index - 1]
        if self.prev_events and self.prev_events[0][0].sentence == before.index:
            return None  # a line that told its own events dated them; it sets no scene
        earlier = self.article.sentences[before.index - 1] if before.index else None
        if before.is_heading or (earlier is not None and earlier.paragraph == before.paragraph):
            return None  # (called at a paragraph change: ``sent`` is not in ``before``'s paragraph)
        forces = {m.attrs.get("id") for m in self.by_sent.get(before.index, []) if m.kind == "actor"}
        if not forces & {a.attrs.get("id") for _, _, a in view.actors} - {None, ""}:
            return None
        days = [m for m in self.by_sent.get(before.index, []) if m.kind == "date" and m.attrs.get("value")
                and m.attrs.get("precision") == "day" and not m.attrs.get("expected")]
        days = self._before_attribution(before, days)
        return EventDate(days[-1].attrs["value"][:10], "day", days[-1].text, "text") if days else None

    def _before_attribution(self, sent: Sentence, days: list[Mention]) -> list[Mention]:
        """The days a line names before its trailing attribution ("قتل ... في هجمات شنها التنظيم يوم الأربعاء،
        بحسب ما أفادت به شبكة الرصد يوم الخميس"): the day after "بحسب"/"وفق" is when the source reported, not
        when it happened (task read11). A line whose only day is the report's keeps it."""
        cut = next((t.start for t in tokens_of(self.article, sent)
                    if not ATTRIBUTION_PREPS.isdisjoint([t.word, t.bare])), sent.end)
        return [m for m in days if m.start < cut] or days

    def _told_just_before(self, sent: Sentence) -> list[Event]:
        """The events of the sentence right before ``sent`` in its paragraph (none when it told none)."""
        if not self.prev_events or sent.index == 0:
            return []
        before = self.article.sentences[sent.index - 1]
        events = [e for e, _ in self.prev_events]
        return events if before.paragraph == sent.paragraph and events[0].sentence == before.index else []

    def _recap_day(self, e: Event) -> bool:
        """Was ``e`` told as a recap with a day ("وكان ... قد ... في 8 نيسان")? A year or month there opens
        a history paragraph ("وكانت الفصائل قد سيطرت عليها عام 2013"), whose sentences it dates."""
        return e.id in self._recaps and e.date.precision == "day"

    def _named_day(self, view: SentenceView, index: int) -> tuple[int, EventDate] | None:
        """The last past date a sentence that told no event names ("تحققنا من مقتل ... خلال الأيام
        الممتدة من السادس إلى العاشر من آذار": a toll with no place): the report's day, which a
        continued report ("وأضاف: ...") after it keeps."""
        days = [m for _, m in view.dates if m.attrs.get("value") and not m.attrs.get("expected")
                and m.attrs.get("precision") in ("day", "month")]
        days = self._before_attribution(self.article.sentences[index], days)
        return (index, as_event_date(days[-1])) if days else None

    def _previous_day(self) -> EventDate | None:
        """The day of the last report told: its last event's date, not one moved off its sentence's day
        ("... بعد 24 ساعة من طردها": the expulsion's day is not the report's), nor a recap's ("وكان جيش
        الإسلام سلّم سلاحه في 8 نيسان. مؤكداً أن قائده غادر المدينة": the plain perfect after it is
        the news again, not the time before it)."""
        last = self.prev_events[-1][0].sentence if self.prev_events else -1
        if self._report_day is not None and self._report_day[0] == self._current - 1 and self._report_day[0] > last:
            return self._report_day[1]  # the sentence just before told no event but named its report's day
        for e, _ in reversed(self.prev_events):  # the last that counts: earlier ones need no test
            if not moved_off(e.date) and not self._recap_day(e):
                return e.date
        return None

    def _no_trigger(self, view: SentenceView) -> list[tuple[Event, list[Mention]]]:
        """A sentence in which no trigger row matches tells no event: the per-sentence state is reset as
        a sentence whose matches were all dropped leaves it, and its clause breaks, cues, scopes and
        asides are never read."""
        self._sentence_matches = []
        self._told = {}
        self._repelled_by = {}
        self._current = view.index
        self._breaks = set()
        self._made = []
        self._aside_idx = frozenset()
        self._object_spans = {}
        self._complement_asides = frozenset()
        self._accused = frozenset()
        self._ends = {}
        self._resumed = {}
        return []

    def _scope_ends(self, view: SentenceView, matches: list[Match], cutting: list[Match], breaks: set[int], idx,
                    asides: dict[int, int]) -> dict[int, int]:
        """Where each trigger's arguments end (``_scope_end``). A trigger inside an aside between a verb and its
        object ("تقدمت القوات، بعد سيطرتها على قرية X، نحو بلدة Y") ends at the aside's end, and it does not cut
        the verb before it, which steps over the aside to its object (frames.object_asides, task probe14)."""
        toks = view.toks
        spans = self._object_spans = object_asides(self.article.raw, toks)
        self._complement_asides = complement_source_asides(self.article.raw, toks) \
            if not view.words.isdisjoint(complement_source_asides.needs) else frozenset()
        inside = {id(m): b for m in matches for a, b in spans.items() if a <= m.i < b}
        stepped = {**asides, **spans}
        ends = {}
        for m in matches:
            own = inside.get(id(m))
            nxt = min((c.i for c in cutting if c.i > m.i and (own is not None or id(c) not in inside)),
                      default=len(toks))
            end = self._scope_end(m, nxt, breaks, view.usable_starts, idx, toks, stepped if own is None else asides)
            ends[id(m)] = min(end, own) if own is not None else end
        return ends

    def _note_report(self, view: SentenceView) -> None:
        """Whose report a sentence spells out: a sentence opening the details of a report ("ففي محافظة حلب، ...",
        attribution.report_detail) takes the speaker last named in the two sentences before (the summary's:
        "وثق المرصد مقتل 74 شخصاً ..."); a sentence going on with the details ("وفي حمص، ...") keeps it; any other
        sentence ends the details."""
        how = report_detail(self.article.raw, view.toks)
        if how == "opener":
            self._report = self._recent_speaker(view.index) or self._report
        elif how != "next":
            self._report = None

    def carried_source(self, continuation: bool) -> tuple[Source | None, bool]:
        """(previous source, whether the sentence goes on with it) for ``source_for``: the report whose details
        the sentence spells out, else the last event's source when the sentence continues it ("وأضاف ...")."""
        return (self._report, True) if self._report is not None else (self.prev_source, continuation)

    def _carry_report(self, view: SentenceView, made: list[tuple[Event, list[Mention]]]) -> None:
        """A sentence that names no speaker and goes on with the one just before it ("ودخلت القوات ..."، "كما
        قصفت ..."، attribution.goes_on_with_report) tells more of that sentence's report: its events of a kind a
        reporter told there keep that reporter (attribution.carried_report; the shared gold carries a monitor's,
        an outlet's or a correspondent's report on so, and stops at another kind of happening, a recap, a change
        of topic, a day of its own ("واحتل التنظيم المدينة في أيار 2015"), a party's own claim or the end of a
        list). Then notes this sentence's reporters (and the day each told) for the next one."""
        index, told = self._reported
        if told and index == view.index - 1 and not view.sources and goes_on_with_report(view.toks) \
                and not reports_itself(self.article, sent := self.article.sentences[view.index]):
            here = fold_shared(self.article.raw[sent.start:sent.end]).text  # (the token layer's fold of it)
            for e, _ in made:
                if e.date.text == "recap":  # "ووسعت في وقت سابق وحدات الجيش ...": told as before the news
                    continue
                own_day = e.date.value if e.date.text and fold_text(e.date.text) in here else None
                if e.sentence == view.index and e.source.name_en == Source().name_en \
                        and (src := carried_report(told, e.type, own_day)) is not None:
                    e.source = copy.copy(src)
                    e.rule += " source:carried-report"
        if self._list_lead is not None:  # "- شاب قتل في مدينة X" under "أحصى المرصد ... بينهم:": the list is the
            self._reported = (view.index, {})  # lead's; the sentence after it is no more of an item (task probe10a)
            return
        self._reported = (view.index, {e.type: (e.source, e.date.value) for e, _ in made
                                       if e.source.kind in REPORTER_KINDS and e.source.name_en != Source().name_en})

    def _recent_speaker(self, index: int) -> Source | None:
        """The speaker of the last attribution in the REPORT_REACH sentences before sentence ``index``; None
        when there is none or it is the article's own voice."""
        for k in range(index - 1, max(-1, index - 1 - REPORT_REACH), -1):
            said = [m for m in self.by_sent.get(k, ()) if m.kind == "source"]
            if said:
                src = mention_source(max(said, key=lambda m: m.start))
                return src if src.name_en and src.name_en != Source().name_en else None
        return None

    def sentence(self, view: SentenceView) -> list[tuple[Event, list[Mention]]]:
        toks = view.toks
        self._note_report(view)
        self.note_allegiance(view)  # (the towns' sides it notes hold for later sentences too)
        # the trigger gate first: about one real sentence in ten matches no trigger row (none of the
        # bench's), and then nothing below bears on the article's events
        candidates = find_all(self.triggers, toks)
        if not candidates:
            return self._no_trigger(view)
        blocked = self._blocked_spans(view)
        date_idx = {k for i, d in view.dates for k in range(i, token_at(toks, max(d.start, d.end - 1)) + 1)}
        spans = time_span_tokens(toks) if not view.words.isdisjoint(time_span_tokens.needs) else set()
        breaks = clause_breaks(self.article.raw, toks, date_idx | spans)  # (spans: "خلال اليومين الماضيين")
        # the gap of a pattern stays inside its clause: "الخاضعة للمعارضة، وسيطرت القوات" is no
        # "under control" status
        found = [m for m in candidates if m.j - m.i < 2 or not any(m.i < k < m.j for k in breaks)]
        found = [m for m in found if "after_siege" not in m.flags or _after_siege(toks, m.i)]
        found = [m for m in found if "after_displaced" not in m.flags or _after_displaced(toks, m.i)]
        found = [m for m in found if not _carried_displaced(toks, m)]
        found = [m for m in found if "strike_subject" not in m.flags or _strike_as_subject(toks, m, breaks)]
        found = _spread_typed(found, toks)
        # an operation launched by name ("أطلق X عملية غصن الزيتون") only where the name is an actor's: otherwise
        # the words are left to the other rows ("بدأت معركة ..."، "أطلقت النار")
        found = [m for m in found if "named_op" not in m.flags or any(a0 == m.j - 1 for a0, _, _ in view.actors)]
        matches = [m for m in longest_non_overlapping(found)
                   if m.i not in blocked or m.row.get("type") == "none"]
        in_actor = view.actor_tokens
        # "هاجمت خلية من التنظيم في كانون الأول الماضي دورية": a date (and its في) between a strike and the patrol
        # it hit stands aside as the force's name does
        dated = frozenset(date_idx | {k - 1 for k in date_idx if k and toks[k - 1].bare in IN})
        matches = [m for m in matches if not self.struck_patrol(m, toks, matches, in_actor | dated, breaks)
                   and not self.moving_patrol(m, toks, matches, in_actor)]
        self._sentence_matches = matches
        self._told = {}  # id of a trigger of the sentence -> the events it gave (sides: shared_subject)
        self._repelled_by = {}
        self._current = view.index
        cues = find_all(self.cues, toks)
        idx = defaultdict(set)
        for c in cues:
            if c.row.get("effect") in ("hypo", "backref") and cancelled(c, toks):
                continue  # "16 هدفاً للتنظيم في X"، "مسلحون يعتقد أنهم من التنظيم": a word its row's unless
                # cancels is no aim nor opinion, and cuts no scope; "مداخلة هاتفية" is no back-reference
            if c.row.get("effect") == "hypo" and (_negated_any(c, toks) or _denial_any(c, toks, cues)):
                continue
            idx[c.row.get("effect")].update(range(c.i, c.j))
        # "والمطار العسكري (شرق) وفرع Y": a direction alone in brackets says where a list member lies; it
        # locates no place after it
        idx["locative"] -= bracketed_words(self.article.raw, toks)
        # "سيطرت الفصائل، بحسب ناشطين، على بلدة X": a speaker between commas before the object ends no scope
        idx["source_aside"] = source_asides(self.article.raw, toks)
        # "فيما"، "بينما"، "ما أدى"، "حيث" ...: the clause boundaries no mark sets off (frames.clause_openers, task scope40)
        opened = clause_openers(self.article.raw, toks)
        idx["clause_open"], idx["clause_open_placed"] = opened["open"], opened["placed"]
        # "نحو 3000", "نحو مئتي", "نحو عامين" and "حتى 20" count (about, up to): they are not directions
        idx["toward"] -= {k for k in idx["toward"]
                          if k + 1 < len(toks) and (counts(toks[k + 1]) or toks[k + 1].word in TIME_SPAN_NOUNS)}
        # "خلال يوم واحد نحو X": the count "واحد" is no "و" before the descriptor "أحد"
        idx["descriptor"] -= {k for k in idx["descriptor"] if toks[k].word in number_words()}
        # "قصفت الطائرات أحد مستشفيات حلب"، "في أحد أحياء مدينة حمص": "one of" that opens the object, in apposition to
        # no place, names an unnamed one of the town's sites; the town is where it happened (task unnamed43). After a
        # place or its comma ("بلدة X، إحدى بلدات ريف Y") it still describes X.
        idx["descriptor"] -= {k for k in idx["descriptor"] if k and toks[k].bare in ONE_OF_SITE
                              and k + 1 < len(toks) and toks[k + 1].bare in SITE_PLURALS
                              and (k - 1) not in view.place_tokens
                              and not any(c in self.article.raw[toks[k - 1].end:toks[k].start] for c in _APPOSITION)}
        # "القرى العلوية"، "سكان القرى الساحلية": a back-reference noun with an adjective of kind names a class of
        # places, not the place just named
        idx["backref"] -= {k for k in idx["backref"] if k + 1 < len(toks) and toks[k + 1].word in CLASS_ADJECTIVES}
        # "انسحب الجيش من تلال محيطة ببلدة X": "محيطة" (folded as "محيطه") right after an indefinite plural of
        # positions is its adjective, no pronoun pointing back (task read26b)
        idx["backref"] -= {k for k in idx["backref"] if k and toks[k].bare in SURROUNDING_ADJ
                           and toks[k - 1].bare in SURROUNDED_POSITIONS}
        # "أفرج عن 61 منها" (of the detentions): a pronoun of من right after a count is partitive, no place
        idx["backref"] -= {k for k in idx["backref"] if k and toks[k].bare in PARTITIVE and counts(toks[k - 1])}
        # "العملية التي استمرت شهراً في المخيم قتل فيها مئات": the pronoun resumes the operation, no place (task backref30)
        idx["backref"] -= {k for k in idx["backref"] if resumes_a_thing(view, k, idx["backref"], breaks)}
        # "وقال رئيس مجلس المدينة إن ..."، "محافظ المدينة"، "مدير منطقة المدينة": the town of an official's title
        # is the seat of the office, not where what he tells or does happens (task misread26)
        idx["backref"] -= {k for k in idx["backref"] if _office_seat(toks, k)}
        # "المكان"، "الموقع" name the scene just told only after "حول/محيط/إلى/في" and with no definite word after
        # them ("في المكان المخصص للتدريب"، "الموقع الرسمي": another place or thing; task elsewhere42)
        idx["backref"] -= {k for k in idx["backref"] if toks[k].bare in SITE_WORDS and not (
            k and toks[k - 1].bare in SITE_PREPS
            and (k + 1 >= len(toks) or not toks[k + 1].bare.startswith(DEFINITE_ARTICLE)))}
        first = toks[0].bare if toks else ""
        continuation = bool(toks and toks[0].word.startswith(CONJUNCTION) and first in CONTINUATION_VERBS) or \
            any(s.attrs.get("continues") for s in view.sources if s.start - (toks[0].start if toks else 0) < 15)
        fronted = self._fronted(view)
        self._breaks = breaks
        self.memory.note_background(view, breaks)
        self.memory.note_names(view)
        matches = self._drop_carried(view, matches, breaks)
        # a noun that only names a happening (a span, a verdict's subject, a doer's name): no event, no scope cut
        matches = [m for m in matches if not tells_no_happening(m, toks, breaks, matches)]
        self._sentence_matches = matches
        place_starts = view.usable_starts
        made: list[tuple[Event, list[Mention]]] = []
        self._made = made
        pending_casualties = []
        # a goal ("عملية عسكرية للسيطرة على تدمر") gives no event and does not end the scope before it
        # and neither does the manner of a takeover ("خرج المسلحون عقب اشتباك مع أهالي بلدة X")
        # nor does a blocker inside a phrase ("القوات المهاجمة")
        # nor what those who leave are said to refuse ("خرج المقاتلون الرافضون للتسوية من X": X is left)
        # nor where those who left go ("خرجت الحافلات من X وستتوجه إلى Y": Y is the departure's destination)
        # "للسيطرة على X والسيطرة على Y": the second goal goes on with the arguments of the trigger before
        idx["joined_goal"] = {m.i for m in matches if self._joined_goal(m, matches, toks, cues, breaks)}
        # "فروا من X ويتجه بعضهم إلى Y": the heading verb joined to a departure goes on with its arguments
        # as a second goal does, though "ويتجه" is a new verb (task read9)
        idx["joined_goal"] |= {m.i for m in matches if "joined_heading" in m.flags
                               and self._joins_departure(m, matches, toks)}
        manners: dict[int, bool] = {}  # a match's _manner, read once: by the scope cut, then by the loop

        def manner(m: Match) -> bool:
            found = manners.get(id(m))
            if found is None:
                found = manners[id(m)] = self._manner(view, m, cues, matches) or self._raid_of_arrest(view, m, matches)
            return found

        status = [m for m in matches if self._status_clause(view, m, idx)]
        # the holder named in such a clause ("التي تسيطر عليها الفصائل") is no agent of the trigger before it
        self._status_idx = frozenset(k for m in status for k in range(m.i, m.j + 1)) | frozenset(
            k for m in matches if "holds" in m.flags for k in range(m.i, m.j))  # "مناطق سيطرة X": X holds
        cutting = [m for m in matches if "keep_scope" not in m.flags and not self._joins_departure(m, matches, toks)
                   and not self._capture_scene(m, matches, toks)
                   and not (m.i and toks[m.i - 1].bare.startswith(REFUSAL_PARTICIPLE))
                   and m not in status
                   and not self._strike_lands(view, m, matches)
                   and not self._outskirts_locate(m, matches, toks, breaks)
                   and (m.row.get("type") == "none" or (
            ("purpose_ok" in m.flags or not is_purpose(m, toks, cues, breaks))
            and not manner(m) and m.i not in idx["joined_goal"]))]
        asides = self.asides(view, breaks, idx)
        self._aside_idx = frozenset(k for a, b in asides.items() for k in range(a, b))
        self._ends = self._scope_ends(view, matches, cutting, breaks, idx, asides)
        self._resumed = self._adjunct_lists(view, matches, breaks, place_starts, self._ends)
        # read once a sentence: here, and by _sentence_sets for the triggers' agents and places
        accused = self._accused = self._accusation(view)
        raids: list[tuple[Match, int]] = []  # raids read as the manner of an arrest (_raid_of_arrest), by rank
        operations: set[int] = set()  # events of an operation told with its arrests (_operation_of_arrest)
        told_by: dict[int, list] = {}  # the events each trigger made, by id of its match
        trends = bool(idx["witness"]) and not view.words.isdisjoint(self._witnessed_trend.needs)
        habits = not view.words.isdisjoint(habitual.needs)  # (extract/aspect.py: a habit or a trend, task eventhood40)
        for k, m in enumerate(matches):
            etype = m.row.get("type", "none")
            # a series statement ends the scope before it but tells no new happening (scope.series_count)
            if etype == "none" or manner(m) or m.i in accused or series_count(m, toks, matches) \
                    or figurative_entry(m, toks) or ranked_mention(toks, m, breaks) \
                    or (trends and self._witnessed_trend(view, m, idx, breaks)) \
                    or (habits and habitual(view, m, breaks) is not None):
                # ("تشهد X منذ أشهر هجمات متكررة"، "تتعرض X لقصف شبه يومي": a trend or a habit, no single occasion)
                # ("دخلت في تسوية": no force enters a place, task nominal24)
                if etype != "none" and m.i not in accused and self._raid_of_arrest(view, m, matches):
                    raids.append((m, k))
                continue  # (an accusation's trigger: "متهماً بقصف بلدة X" tells a charge, no event)
            nxt = self._ends[id(m)]
            prv = _previous_end(matches, k) if "by_subject" in m.flags else _before_support(matches, k)
            res = self.trigger(view, m, prv, nxt, cues, idx, continuation, fronted, made)
            if isinstance(res, list) and res and not view.words.isdisjoint(since_then.needs) \
                    and since_then(toks, m.i, breaks):
                # "وأقامت منذ ذلك الحين مواقع داخل الأراضي السورية": a state since a happening told before, at no
                # place borrowed from the clause before; negated, an absence over the span (ranking.py, task prec38)
                res = since_then_kept(toks, m, res, breaks)
                if not res:
                    continue
            if isinstance(res, list) and res and self._compound_head(m, matches) \
                    and all("place:fronted" in ev.rule for ev, _ in res):
                continue  # "وفي محافظة X، قتل ... برصاص قناص في بلدة Y": the sniper's trigger tells it at Y
            if isinstance(res, list) and res and self._frames_example(view, m, matches, self.article.raw):
                continue  # "لهجمات على قرى القلمون، كان أبرزها الهجوم على بلدة X": the example tells it
            if res == "pending":
                pending_casualties.append((m, prv, nxt))
            elif res:
                if "assault" in m.flags:
                    res = res + _assault_twins(res)
                made.extend(res)
                told_by[id(m)] = res
                if self._operation_of_arrest(view, m, matches):
                    operations.update(id(e) for e, _ in res)
            elif "capture" in m.flags:
                made.extend(self._capture_in_battle(view, m, prv, nxt, cues, idx, continuation, made))
        if operations and any(e.type == "other" and id(e) not in operations for e, _ in made):
            made[:] = [(e, pl) for e, pl in made if id(e) not in operations]  # the arrest tells it (its place read)
        made.extend(self._raid_for_arrest(view, raids, cues, idx, continuation, fronted, made))
        for m, prv, nxt in pending_casualties:
            # "تسبب القصف في مقتل 13 في X وY، فيما أصيب العشرات": the wounded of the toll just told, at its places
            tolls = [(e, pl) for e, pl in made if e.type == "casualties" and pl] if "wounded" in m.flags else []
            strikes = [(e, pl) for e, pl in made if e.type == "attack"]
            clash = self._names_clash(view, m)
            if strikes and clash and _apart_after(view, m, strikes):
                strikes = []  # "قتلوا خلال المعارك، فيما تعرضت بلدة Y لقصف": the battles told, not the next clause's
            # "وأضاف أن عناصر الوزارة اعتقلوا ثلاثة في بلدة Y ... ونفى المصدر مقتل عنصرين خلال الاشتباك": a toll that
            # calls its battle by a definite clash noun counts the clash told before (known_battle), not the place of
            # the arrests the sentence before told with no fight (task read26c)
            carried = self.prev_events if continuation and not self.list_of_no_fight("casualties") else []
            sweeps = self._sweep_donors(view, matches, made, m, self._breaks)
            # "مؤكداً أن المداهمة لم تسجل أي خسائر": a raid the sentence only recalls, with no place of its own
            recalled = bool(sweeps) and all(any(t.split("+")[0] == "place:continuation" for t in e.rule.split())
                                             for e, _ in sweeps)
            battle = None
            if recalled or clash and carried and not any(e.type in FIGHT_TYPES or e.type == "casualties"
                                                         for e, _ in carried):
                battle = self.known_battle(view, m)
            if recalled and battle is not None:
                sweeps = []
            donors = tolls or self._joined_toll_after(view, m, matches, told_by) or self._nearest_last(view, m, strikes,
                                                       self.article.raw) or sweeps
            if not donors and battle is not None:
                made.extend(self.casualties_from(view, m, prv, nxt, cues, [battle], True, "known-battle"))
                continue
            donors = donors or carried
            if donors and len(donors[-1][1]) > 1 and (own := self._own_backref(view, m, nxt, idx)):
                donors = [(donors[-1][0], own)]  # "وسقط قتلى في المدينة": the word says where, the strike who
            if donors:
                made.extend(self.casualties_from(view, m, prv, nxt, cues, donors, continuation))
            else:  # the strike named no place either: the casualties look for one as any trigger does
                self._settled = True
                res = self.trigger(view, m, prv, nxt, cues, idx, continuation, fronted, made)
                self._settled = False
                if isinstance(res, list) and res:
                    made.extend(res)
                elif (battle := self.battle_in_sentence(view, m, made, prv)) is not None:
                    # "سيطرت الفصائل على X، وقتل 40 عنصراً في المعركة": the battle its sentence told, no second one
                    made.extend(self.casualties_from(view, m, prv, nxt, cues, [battle], True, "known-battle"))
                elif (battle := self.known_battle(view, m)) is not None:  # "وقُتل في المواجهات خمسة جنود"
                    if battle[0].type != "attack":  # "قصفت ... X. وأسفر القصف عن": the strike told, no second one
                        made.extend(self.named_battle(view, m, battle[1], cues, idx, continuation, made))
                    made.extend(self.casualties_from(view, m, prv, nxt, cues, [battle], True, "known-battle"))
        made[:] = _without_debris(made, matches, told_by)
        self._carry_report(view, made)
        for e, _ in made:
            self.events.append(e)
        if made:
            self.prev_source = made[-1][0].source
        return made

    def _struck_origin(self, view: SentenceView, m: Match, places: list, made, idx) -> list:
        """"قصفت الطائرات بلدة X، ما أدى إلى نزوح عشرات العائلات باتجاه بلدة Y": a flight the strike just told brought
        about, that names only where people went, left the place struck (GUIDELINES: origin and destinations of a
        displacement count; task probe11). The struck places, when every place the flight took is a destination."""
        toks = view.toks
        # "ما أدى إلى إصابة ثلاثة مدنيين ونزوح عشرات العائلات نحو X": a flight joined to the toll the strike brought
        # about is brought about by it too (task probe20)
        joined = toks[m.i].word.startswith(tuple(COORDINATION)) and any(
            toks[k].bare in RESULT_WHAT and toks[k + 1].bare in RESULT_VERBS and not any(k < b < m.i for b in self._breaks)
            for k in range(max(0, m.i - JOINED_RESULT_REACH), m.i - 1))
        if not made or not (self._resulted(toks, m.i) or self._pushed_to(toks, m.i) or joined):
            return []
        event, struck = made[-1]
        # "دخلت الكتائب البلدة، ما دفع سكانها إلى النزوح": an entry drives people out of the place as a strike does
        if event.type not in DRIVING_TYPES or event.sentence != view.index or not struck:
            return []
        starts = {token_at(toks, p.start) for p in places}
        if not all(any(k - 2 <= t < k for t in idx["toward"]) for k in starts):
            return []
        return [p for p in struck if p not in places]

    def _own_backref(self, view: SentenceView, m: Match, nxt: int, idx: dict) -> list[Mention]:
        """The place a toll names by a singular noun of a settlement of its own, after a strike at several
        places ("بين مدينتي X وY، وسقط قتلى في المدينة"): the word says which of them they fell at, not every
        place the strike took (task left12); empty when its scope holds no such word or it recalls nothing."""
        refs = sorted(k for k in idx["backref"] if m.j <= k < nxt)
        if not refs or not self._singular_noun(view.toks[refs[0]].bare):
            return []
        got = self._recall(view, refs, set(self._sentence_sets(view, idx)[0]))
        return list(got[0]) if got else []

    def _linked_apart(self, view: SentenceView, m: Match) -> bool:
        """"استهدفوا نقطة في بلدة X، فجر اليوم، فيما عثر أهالي بلدة Y على جثتي شقيقين": a toll told after
        "فيما"/"بينما" that follows every strike of the sentence, with a place named between the linker and it, is
        another happening, not that strike's toll; it takes a place as any trigger does (task probe17)."""
        strikes = [c.i for c in self._sentence_matches if c.row.get("type") == "attack" and c is not m]
        if not strikes or max(strikes) > m.i:
            return False
        linker = next((k for k in range(m.i - 1, max(strikes), -1) if view.toks[k].word in APART_LINKERS), None)
        # ("فيما": no و to strip); a place of its own between the linker and the toll: "فيما أصيب العشرات" has
        # none, it counts the wounded of the same strike
        return linker is not None and any(linker < i < m.i for i, _ in view.places)

    @staticmethod
    def _joined_toll_after(view: SentenceView, toll: Match, matches: list[Match], told_by: dict) -> list:
        """"إن طفلاً قتل وأصيب اثنان آخران في X": a toll with no place of its own, joined by و to the toll word right
        after it (at most JOINED_TOLL_GAP words, no place between) that names its own place, fell at that place too,
        not at the places of a strike told before it in the sentence (task probe24: a roundup's "قصفت قرى X وY وZ،
        وقال الدفاع المدني إن طفلاً قتل وأصيب اثنان في Y" gave the death at X, Y and Z)."""
        toks = view.toks
        after = next((c for c in matches if c.i >= toll.j), None)
        if after is None or after.row.get("type") != "casualties" or after.i - toll.j > JOINED_TOLL_GAP \
                or not toks[after.i].word.startswith(CONJUNCTION):
            return []
        if any(toll.j <= i < after.i for i, _ in view.places):
            return []
        # its place right after its count ("وأصيب اثنان آخران في X"), not one far on in an aside
        near = {id(p) for i, p in view.places if after.j <= i <= after.j + JOINED_TOLL_GAP + 1}
        return [(e, pl) for e, pl in told_by.get(id(after), [])
                if pl and "place:scope" in e.rule and all(id(p) in near for p in pl)]

    @staticmethod
    def _nearest_last(view: SentenceView, toll: Match, donors: list, raw: str) -> list:
        """The strikes of the toll's sentence, with the strike that tells its cause right after it last (``casualties_from``
        takes the last): "قتل ثلاثة أطفال يوم الأحد بانفجار قذيفة في X، فيما فقد مزارع حياته بانفجار لغم قرب Y": the first
        toll fell at X, at the blast within CAUSE_REACH words after it, not at the sentence's last one (task probe10a).
        With no strike that close after it, the last strike stays the donor, as before."""
        toks = view.toks
        lo, hi = toks[toll.i].start, toks[min(toll.i + CAUSE_REACH, len(toks) - 1)].end
        near = [d for d in donors if lo <= d[0].evidence.start <= hi]
        # "كما قتل عنصران وأصيب ثالث بهجوم على نقطة في بلدة X": the strike's clause opens with the toll, so
        # its evidence starts before it and runs over it (task read11)
        near += [d for d in reversed(donors) if d[0].evidence.start < lo < d[0].evidence.end and d[0].trigger
                 and lo <= raw.find(d[0].trigger, lo, d[0].evidence.end) <= hi]
        # "قُتلوا بغارة على حي X، فيما دارت اشتباكات قرب Y": of the strikes within reach, the one told nearest after
        # the toll is its cause; the clash of the next clause starts within reach too (task read21b)
        cause = min(near, key=lambda d: _cause_at(d[0], lo, raw), default=None)
        before = [d for d in donors if d[0].evidence.start < lo]
        if before and _Extractor._result_of_before(toks, toll.i):
            last = max(d[0].evidence.start for d in before)
            told = [d for d in before if d[0].evidence.start == last]
            # one strike's several events (its places) keep their order: the last of them gives, as before
            return [d for d in donors if d not in told] + told
        return donors if cause is None else [d for d in donors if d is not cause] + [cause]

    @staticmethod
    def _result_of_before(toks, i: int) -> bool:
        """"استهدفت الطائرات بلدة X، ما أدى لإصابة عدد من المواطنين، بينما سقطت قذائف على حي Y": a toll right
        after "ما/مما" and a verb of resulting (wordsets result_verb) is what the strike told before it brought
        about; a strike of a later clause is not its cause (task probe11)."""
        if any(toks[k].bare in RESULT_WHAT and toks[k + 1].bare in RESULT_VERBS
               for k in range(max(0, i - RESULT_REACH), i - 1)):
            return True
        # "اشتباكات دارت قرب X أدت إلى مقتل تسعة، فيما قصف الطيران Y": a verb of resulting right before the toll,
        # with no "ما" but its preposition at most, has the strike before it as its subject (task read21b)
        return (i >= 1 and toks[i - 1].bare in RESULT_VERBS) or \
            (i >= 2 and toks[i - 2].bare in RESULT_VERBS and toks[i - 1].bare in RESULT_PREPOSITIONS)

    @staticmethod
    def _sweep_donors(view: SentenceView, matches: list[Match], made: list, toll: Match | None = None,
                      breaks: set[int] = frozenset()) -> list:
        """A toll with no place of its own in a sentence that tells a raid or a security sweep at a place ("جرى خلال
        عملية أمنية في مدينة X تحييد عنصرين"، "قتل مسلحان خلال مداهمة في بلدة X"): the sweep is where they fell, and
        its force inflicted the toll, as a strike's does (task probe10a). A raid the sentence only recalls with no
        place of its own, in a sentence that names a battle told before, yields to that battle (the caller, task
        read26c)."""
        sweeps = {f"trigger:{c.pattern.name} " for c in matches
                  if c.row.get("type") == "other" and c.flags & {"authority", "scene"}}
        if toll is not None and _told_as_cause(view, toll, breaks):
            return []  # "فرضت حظر تجول عقب العثور على جثتي رجل مقتولين": the toll led to the measure, which took no one
        return [(e, pl) for e, pl in made if e.type == "other" and e.sentence == view.index
                and any(e.rule.startswith(name) for name in sweeps)]

    def _capture_in_battle(self, view, m: Match, prv: int, nxt: int, cues, idx, continuation, made):
        """"استعاد الثوار بلدة X. وقال مراسلنا إن الثوار ... وأسروا عدداً من العناصر": a capture with no place
        of its own, in the sentence right after a battle at a town, took its men in that battle (as a toll
        there does, casualties.known_battle). So does one after a battle told earlier in its own sentence, in the
        report of the force that fought it ("الجيش يعلن السيطرة على قرية X، ويقول إنه أسر 17 مقاتلاً", task probe24)."""
        fought = [pl for e, pl in made if e.sentence == view.index and e.type in FIGHT_TYPES
                  and e.polarity == "asserted" and pl and e.evidence is not None
                  and e.evidence.start < view.toks[m.i].start]
        if fought:
            places = list(fought[-1])
        elif self._fighting is not None and view.index - self._fighting[0] == 1:
            places = list(self._fighting[2])
        elif self._post_taken is not None and view.index - self._post_taken[0] == 1:
            places = list(self._post_taken[2])  # "سيطر الثوار على مطار X. وأسروا عدداً من عناصر الحامية" (list36)
        else:
            return []
        res = self._typed(view, m, m.row["type"], m.flags, prv, nxt, cues, idx, continuation, places, made)
        out = res if isinstance(res, list) else []
        for ev, _ in out:
            ev.rule = ev.rule.replace("place:fronted", "place:known-battle")
        return out

    def named_battle(self, view, toll: Match, towns, cues, idx, continuation, made):
        """The fighting a toll names by a definite noun that gave no event of its own ("المعارك المستمرة
        منذ يومين خلفت عشرين قتيلا"), told just after the battle for a town: it is that battle's fighting,
        an attack at its town (issue 12), unless the sentence already told an attack."""
        if any(e.type == "attack" for e, _ in made):
            return []
        toks = view.toks
        out = []
        for k, c in enumerate(self._sentence_matches):
            if c is toll or c.row.get("type") != "attack" or not self._battle_subject(toks, c.i):
                continue
            prv = self._sentence_matches[k - 1].j if k else 0
            res = self._typed(view, c, "attack", c.flags, prv, self._ends[id(c)], cues, idx, continuation,
                              list(towns), made + out)
            for ev, places in res if isinstance(res, list) else []:
                ev.rule = ev.rule.replace("place:fronted", "place:known-battle")
                out.append((ev, places))
        return out

    @staticmethod
    def _battle_told_before(view: SentenceView, m: Match) -> bool:
        """A definite battle noun after خلال/في/أثناء ("قتلوا خلال المعارك"، "نزحت خلال المعارك الأخيرة"،
        "فقدت زوجها في المعارك") that names no place of its own, only one borrowed from the sentence before or
        pointed back at, dates or sets what the sentence tells within the fighting the article has told: no
        clash of its own (task spurious8). With its own place ("خلال الاشتباكات في حي X") it stays a clash."""
        toks = view.toks
        return "mutual" in m.flags and m.i > 0 and (toks[m.i].bare.startswith(tuple(BATTLE_SUBJECT_ARTICLE))
                                                    or of_the_day(toks, m.i)) \
            and toks[m.i - 1].bare in BATTLE_SETTING_BEFORE  # ("خلال معارك اليوم": a construct as definite)

    @staticmethod
    def _battle_subject(toks, i: int) -> bool:
        """Whether the battle noun at ``i`` is its clause's subject ("إن الاشتباكات الدائرة أسفرت"،
        "وأسفرت المواجهات عن"): the fighting itself is told, not its time or setting ("خلال المعارك" dates
        a toll of a takeover; "ساحة المعركة" is a place word)."""
        bare = toks[i].bare
        if not bare.startswith(tuple(BATTLE_SUBJECT_ARTICLE)):
            return False
        return i == 0 or toks[i - 1].bare in BATTLE_SUBJECT_BEFORE

    # ------------------------------------------------------------------ one trigger
    def _status_clause(self, view, m: Match, idx) -> bool:
        """"قصفت الفصائل النقاط التي كانت تسيطر عليها قوات النظام في X": a relative clause that says who
        holds or held the trigger's unnamed object is status (no event, GUIDELINES "Status is not an
        event"), and the trigger's scope goes on through it to the place after. On a place already named
        ("وصلوا إلى بلدة X التي تسيطر عليها القوات في شمال حلب") the place after only locates: it ends there."""
        toks = view.toks
        past = m.row.get("type") == "none" and toks[m.i].bare in PLUPERFECT  # "التي كانت تتمركز فيها"
        if not past and not (m.row.get("type") in ("take_control", "deploy") and self._describes_place(view, m, idx)):
            return False
        rel = next((k for k in range(m.i - 1, max(0, m.i - 3), -1) if toks[k].bare in RELATIVES), None)
        if rel is None and not past:  # "قصفت أحياء تتمركز فيها الفصائل في X": no relative word after an indefinite noun
            return indefinite_relative(toks, m.j) and (m.i - 1) not in view.place_ends
        return rel is not None and (rel - 1) not in view.place_ends

    @staticmethod
    def _compound_head(m: Match, matches: list[Match]) -> bool:
        """"قُتل ثلاثة برصاص قناص في بلدة X"، "غارة جوية": a trigger right before another of the same type names
        the same happening (the bullets and the sniper); the second one tells it. The first one's arguments end
        at the second, so the place it gets is only the sentence's fronted area: that event is dropped, not
        kept as a second happening at the frame (task probe12)."""
        etype = m.row.get("type", "none")
        return etype != "none" and any(n.i == m.j and n.row.get("type") == etype for n in matches if n is not m)

    @staticmethod
    def _frames_example(view: SentenceView, m: Match, matches: list[Match], raw: str) -> bool:
        """"لهجمات على قرى القلمون، كان أبرزها الهجوم على بلدة X": the next trigger of the sentence, of the same
        type, opened by a comma and a superlative of examples ("أبرزها"، "أهمها"، "وكان أبرزها") with a place
        right after it, tells the example of what this one told in general; the area this one names frames it
        and gives no event (GUIDELINES "a general area that frames examples gives events at the examples
        only"; task left22)."""
        toks = view.toks
        n = min((c for c in matches if c.i >= m.j and c.row.get("type") != "none"), key=lambda c: c.i, default=None)
        if n is None or n.row.get("type") != m.row.get("type") or n.i < 1:
            return False
        among = n.i >= 2 and toks[n.i - 1].bare in EXAMPLE_AMONG and toks[n.i - 2].bare in AMONG_PREPOSITION
        if toks[n.i - 1].bare not in EXAMPLE_SUPERLATIVE and not among:
            return False
        k = n.i - 2 if among else n.i - 1  # "، ومن بينها"
        if k >= 1 and toks[k - 1].bare in EXAMPLE_SUPERLATIVE_VERB:
            k -= 1  # "، كان أبرزها"
        if k < 1 or k <= m.j - 1 or not any(c in COMMAS for c in raw[toks[k - 1].end:toks[k].start]):
            return False
        reach = AMONG_PLACE_REACH if among else EXAMPLE_PLACE_REACH
        return any(n.j <= i <= n.j + reach for i, _ in view.places)

    def trigger(self, view, m: Match, prv: int, nxt: int, cues, idx, continuation, fronted, made):
        flags = m.flags
        etype = m.row["type"]
        if "part_of_takeover" in flags and any(
                c.row.get("type") in ("take_control", "enter") and c.i < m.i for c in self._sentence_matches):
            return None  # "دخلت القوات المدينة ورفعت العلم فيها": the flag is part of the entry
        if "after_capture" in flags and any(
                c.row.get("type") == "other" and {"authority", "scene"} & c.flags and c.i < m.i
                and not any(c.j <= k <= m.i for k in self._breaks) for c in self._sentence_matches):
            return None  # "قبل أن تعتقل ثلاثة شبان وتقتادهم إلى جهة مجهولة": leading them away ends the arrest
            # (in the same clause: "اعتقلت X شاباً، فيما اقتاد مسلحون رجلاً إلى جهة مجهولة" is another seizure)
        if self._joins_departure(m, self._sentence_matches, view.toks):
            return None  # "خرجت الحافلات من X وستتوجه إلى Y": where those who left go, no advance
        if self._strike_outskirts(m, self._sentence_matches, view.toks, self._breaks):
            return None  # "هاجمت مجموعات حاجزاً على أطراف بلدة X": where the strike hit, no advance
        if self._outskirts_of_place(view, m):
            return None  # "وصلت إلى مقر اللواء 137 على الأطراف الغربية للمدينة": where the base lies
        if "need_origin" in flags and not any(k in idx["from"] for k in range(m.j, self._ends[id(m)])):
            return None  # "استهدف الانفجار حافلات تقل مدنيين في حي X": the buses leave nowhere
        if m.i in view.carried_idx and etype == "casualties":
            return None  # "حافلات تقل المسلحين والجرحى": who the buses carry, not new casualties
        if "people_only" in flags and hits_materiel(view, m):
            return None  # "إصابة 3 عربات": vehicles hit, no toll
        if "work_tally" in flags and tallies_work(view, m):
            return None  # "حصيلة الأسبوع الأول من حملة أمنية": arrests and seizures summed up, no toll
        if "hits_people" in flags and not wounds_people(view, m):
            return None  # "أضرار أصابت نبع X": the verb hit a thing, no toll
        if "counted_subject" in flags and not counted_before(view, m):
            return None  # "ذوي الذين سقطوا في المعارك": who they are, no toll told
        if etype in ("take_control", "deploy") and self._describes_place(view, m, idx):
            return None  # "عفرين التي تنتشر فيها القوات", "منطقة يسيطر عليها الفصيل": status
        if self._sought_in_relative(view, m):
            return None  # "المدينة التي تسعى القوات إلى السيطرة عليها": what is sought there, a description
        if etype in ("enter", "advance"):
            if self._road_course(view, m, idx):
                return None
            etype = self._mover_type(view, m, prv, nxt)
            if etype is None:
                return None
            if self._repelled_attempt(view, m):
                etype = "attack"  # "تصدى الثوار لمحاولة جديدة من قوات X التقدم نحو Y": the attempter's attack
            elif etype == "enter" and self._attempted(view, m, prv):
                etype = "advance"
        if "by_subject" not in flags:
            return self._typed(view, m, etype, flags, prv, nxt, cues, idx, continuation, fronted, made)
        limit = min((c.i for c in self._sentence_matches if c.i >= m.j and c.row.get("type") != "none"),
                    default=len(view.toks))
        types = departure_types(view, m, prv, nxt, self._breaks, limit)
        if types == [NO_DEPARTURE]:
            return None
        if "civilians_only" in flags:  # "عودة الأهالي إلى X": only people coming back are displaced
            types = [t for t in types if t == "displacement"] or (
                ["displacement"] if self._counted_people(view.toks, m.i) else [])
            if not types:
                return None
        buses = self._bus_departure(view, m)
        if types:
            self.departure = types
        elif "need_subject" in flags:
            types = self.departure  # "عملية الإجلاء" after "حافلات تقل مقاتلين وعائلاتهم": the same people
            if not types and buses:
                types = self.riders[0]  # "وصل مئات المسلحين وعائلاتهم ... وانطلقت الحافلات من X": those people
        if not types and "need_subject" in flags and self._in_sequence(view.toks, m.i) and any(
                e.type in SEQUENCE_MOVERS and e.actor.side in ARMED_SIDES for e, _ in made):
            types = ["withdraw"]  # "دخلت قوة إسرائيلية بلدة X وفتشت منازل قبل أن تغادرها": the force leaves
        if not types:
            types = [m.row["type"]] if "need_subject" not in flags else []
        out = []
        for t in types:
            # fighters and prisoners leave a place: where they go is not an event place
            f = flags | ({"origin_only"} if t in ("withdraw", "other") else set())
            res = self._typed(view, m, t, f, prv, nxt, cues, idx, continuation, fronted, made + out)
            if isinstance(res, list):
                if t == "other" and m.row.get("type") == "displacement":
                    self._fled_prisoners(res)
                out.extend(res)
        if buses and self.riders[1] is not None:
            self._riders_side(out)
        if (deal := self._deal_of(view, m)) is not None or self._under_deal(view, m):
            self._terms_side(out)
        if deal is not None:
            if self._deal_carried_out(deal, cues):
                self._terms_done(out)
        return out or None

    def _deal_places(self, view: SentenceView, m: Match, made, actor_idx: set[int]) -> tuple[list[Mention], str]:
        """Where a deal told with a long subject is made, when nothing nearer names it. An agreement word far
        from the verb that opens the deal ("توصل وجهاء مدينة X وقوات النظام بعد مفاوضات استمرت أسابيع إلى
        تسوية"): the place its parties are named with. A term the deal sets out that names no place
        ("اتفاق يقضي بخروج الراغبين من المقاتلين"): the deal's place (GUIDELINES: its terms are expected events
        at the place it concerns)."""
        deal = self._deal_of(view, m)
        if deal is not None:
            told = {id(ev) for ev in self._told.get(id(deal), [])}
            got = [p for ev, places in made if id(ev) in told for p in places[:1]]
            if not got and self._last_deal is not None and view.index - self._last_deal[0] <= 1 \
                    and view.toks[deal.i].bare.startswith(DEFINITE_ARTICLE):
                # "تم التوصل إلى اتفاق في مدينة X. ونص الاتفاق على تسليم السلاح": "the agreement" is the one just
                # told, at its place (task left28)
                got = list(self._last_deal[1])
            return got, "deal-terms"
        if "mutual" not in m.flags:
            return [], ""
        toks = view.toks
        if moved := self._deal_move_places(view, m, made):
            return moved, "deal-move"
        verb = next((k for k in range(m.i - 1, max(-1, m.i - DEAL_REACH), -1)
                     if toks[k].bare.startswith(DEAL_VERBS)), None)
        if verb is None:
            return [], ""
        named = [p for i, p in view.places_by_start
                 if verb < i < m.i and usable_place(p) and i not in actor_idx]
        return named[:1], "deal-parties"

    def _deal_move_places(self, view: SentenceView, m: Match, made) -> list[Mention]:
        """"خرجوا من X، تنفيذاً لاتفاق توصلوا إليه يوم الخميس"، "انسحبوا من حيي X وY بموجب اتفاق وقعته محافظة
        حلب": a signed deal that a move of the sentence carried out concerns the places the move left, not the
        party that signed it (``ScopeRules._signed_deal``)."""
        if "mutual" not in m.flags or not self._signed_deal(m, view.toks):
            return []
        moved = [places for ev, places in made if ev.type in DEAL_MOVE_TYPES]
        return list(moved[-1]) if moved else []

    def _deal_of(self, view: SentenceView, m: Match) -> Match | None:
        """The deal whose terms a trigger tells ("اتفاق ... يقضي بخروج"): the agreement word before it in the
        sentence, with a terms verb right before the trigger; none when it is no term of a deal."""
        return next((c for c in reversed(self._sentence_matches) if "mutual" in c.flags and c.j <= m.i
                     and (any(view.toks[k].bare in TERMS_VERBS for k in range(max(c.j, m.i - TERMS_REACH), m.i))
                          or self._verb_first_terms(view, c, m) or self._in_terms_list(view, c, m))),
                    None)

    def _verb_first_terms(self, view: SentenceView, deal: Match, m: Match) -> bool:
        """"وينص الاتفاق على تسليم السلاح"، "ونص الاتفاق على انسحاب ...": the terms verb before its subject, the
        deal noun, whose terms follow it within TERMS_REACH words, in the same clause (task left28)."""
        return deal.i >= 1 and view.toks[deal.i - 1].bare in TERMS_VERBS and m.i - deal.j <= TERMS_REACH \
            and not any(deal.j < k <= m.i for k in self._breaks)

    def _under_deal(self, view: SentenceView, m: Match) -> bool:
        """"وقعت لجنة الوجهاء اتفاق مصالحة برعاية روسية، خرج بموجبه قرابة ألف مسلح": a departure verb with
        "بموجبه" right after it, after an agreement word of the sentence, is a term of that deal carried out; its
        fighters are the grantor's adversary, not the sponsor (task read20a)."""
        toks = view.toks
        return m.j < len(toks) and toks[m.j].bare in UNDER_DEAL and any(
            "mutual" in c.flags and c.j <= m.i for c in self._sentence_matches)

    def _in_terms_list(self, view: SentenceView, deal: Match, m: Match) -> bool:
        """"تضمن الاتفاق بنوداً أبرزها تسليم السلاح ... وخروج الرافضين إلى إدلب": a list of terms opened by its
        most notable ones (wordset terms_list_lead after a terms noun, wordset terms_noun) runs on to every term
        joined in it, in the same clause: each is a term of the deal named before the list (task left27)."""
        toks = view.toks
        lead = next((k for k in range(m.i - 1, deal.j, -1) if toks[k].bare in TERMS_LIST_LEADS
                     and any(toks[q].bare in TERMS_NOUNS for q in range(max(deal.j, k - TERMS_REACH), k))), None)
        return lead is not None and not any(lead < k <= m.i for k in self._breaks)

    def _deal_carried_out(self, deal: Match, cues) -> bool:
        """"ويأتي خروج قافلة من المقاتلين وعائلاتهم بموجب اتفاق ... يقضي بخروج من يرغب من X": a departure told
        before the deal, which is how it came about ("بموجب"), carries the deal's terms out (they are done)."""
        return any(c.row.get("effect") == "deal_manner" and c.j == deal.i for c in cues) and any(
            "by_subject" in x.flags and x.i < deal.i for x in self._sentence_matches)

    @staticmethod
    def _terms_done(out: list[tuple[Event, list[Mention]]]) -> None:
        """The terms of a deal carried out in the same sentence are what happened, not what is expected
        (GUIDELINES: a deal's terms are expected only if the article does not report them done)."""
        for ev, _ in out:
            if ev.polarity == "expected":
                ev.polarity = "asserted"
                ev.rule = ev.rule.replace(" polarity:", " polarity:deal-done+", 1)

    def _terms_side(self, out: list[tuple[Event, list[Mention]]]) -> None:
        """"أبرمت لجنة الأهالي اتفاقاً مع الحكومة برعاية روسية يقضي بخروج المقاتلين": the fighters a deal's terms
        send away, named with no force, are not the party that grants the deal (the government or its backer,
        whose actor an implied side borrows): they are the government's adversary of the day."""
        for ev, _ in out:
            if ev.type == "withdraw" and ev.rule.endswith("side:implied") and ev.actor.side in DEAL_GRANTORS:
                side = adversary("government", ev.date.value or self.day)
                ev.actor = self._dated_actor(None, side, ev.date)
                ev.rule = ev.rule.replace("side:implied", "side:terms-adversary")

    def _bus_departure(self, view: SentenceView, m: Match) -> bool:
        """Whether a departure trigger is told of buses (in its words or right after them: "وانطلقت الحافلات"،
        "وغادرت الحافلات الحي"), so that who the sentence before named may be who they carry."""
        return any(t.bare in BUS_WORDS for t in view.toks[m.i:min(len(view.toks), m.j + _BUS_REACH)])

    def _riders_side(self, out: list[tuple[Event, list[Mention]]]) -> None:
        """Buses whose fighters the sentence before named with their force ("لنقل مقاتلي المعارضة. وغادرت الحافلات
        الحي وعلى متنها مئات المقاتلين"): a withdraw this sentence gives no side of its own is that force's (not the
        side that sent the buses, whose actor the implied side would borrow)."""
        force = self.riders[1]
        for ev, _ in out:
            if ev.type == "withdraw" and ev.rule.endswith("side:implied"):
                ev.actor = self._dated_actor(force, force.attrs.get("side", "unknown"), ev.date)
                ev.rule = ev.rule.replace("side:implied", "side:riders-before")

    @staticmethod
    def _counted_people(toks, i: int) -> bool:
        """"بينهم آلاف لجأوا إلى مدينة X": a bare count ("آلاف"، "مئات") right before the verb, "قد" aside,
        is its subject, and a count with no noun of a force after it counts people."""
        k = i - 1
        if k >= 0 and toks[k].bare in QAD:
            k -= 1
        return k >= 0 and toks[k].bare in PEOPLE_COUNT

    def _described_backref(self, view, m: Match, nxt: int, idx) -> set[int]:
        """"وسلّم الفصيل البلدة التي ظلت أبرز مواقعه بريف حمص": a back-reference noun the trigger
        takes, with a relative clause on it, is the place; the places inside that clause describe it
        (where it lies, what it was). The token indices of those places, to skip; none when a place
        stands between the trigger and the noun."""
        toks = view.toks
        starts = view.usable_starts
        for k in sorted(idx["backref"]):
            if not m.i < k < nxt or k + 1 >= len(toks) or toks[k + 1].bare not in RELATIVES:
                continue
            if any(m.j <= i < k for i in starts):
                return set()
            end = min([b for b in self._breaks if b > k + 1] + [nxt])
            return {i for i in starts if k + 1 < i < end}
        return set()

    def _between_both_parties(self, view: SentenceView, m: Match, nxt: int, made) -> list[Mention]:
        """"يتواجد مسلحو التنظيم في منطقة X، ... وأدى ذلك إلى مواجهات ما زالت دائرة بين الطرفين": a clash that
        names no place of its own and is fought "between the two sides" just told of is fought where the
        sentence's last event placed them (the previous sentence's, when this one told none yet). Not
        after a move ("سيطروا على تلة X، وما زال القتال دائراً بين الطرفين هناك"): fighting that goes
        on around a place taken is how it is taken, its manner (GUIDELINES), no clash of its own."""
        if "mutual" not in m.flags:
            return []
        toks = view.toks
        if not any(toks[k].bare in BOTH_PARTIES for k in range(m.j, min(nxt + 1, len(toks)))):
            return []
        last = made[-1] if made else (self.prev_events[-1] if self.prev_events else None)
        if last is None or last[0].type in FOUGHT_FOR:
            return []
        return list(last[1])

    def _sites_in_place(self, view: SentenceView, m: Match, idx, actor_idx) -> list[Mention]:
        """"ينفذ انقلاباً في مدينة X، ويحاصر مقرات الأمن العام": a trigger whose object is a force's
        sites (headquarters, positions, posts: the target cue right after it) and that names no place
        acts on them where the sentence's last place named before it, not a locator, lies."""
        if m.j not in idx["target"]:
            return []
        before = [p for i, p in view.places if i < m.i and usable_place(p) and i not in actor_idx]
        return before[-1:]

    @staticmethod
    def _locates_target(view: SentenceView, p: Mention, idx, actor_idx) -> bool:
        """"قصف مواقع (للجيش) في ريف X": a countryside or area that locates the positions struck, with no
        place of their own named, is where the strike fell (a counted "15 بلدة في ريف X" is not: GUIDELINES)."""
        toks = view.toks
        k = _before_in(toks, p)
        if k is None:
            return False
        adjectives = 0
        # "قصف مواقع عسكرية في ريف X": a nisba adjective or two on the sites ("عسكرية"، "عسكرية وأمنية") still
        # leaves them the object
        while k >= 0 and (k in actor_idx or (adjectives < TARGET_ADJECTIVES and k not in idx["target"]
                                             and toks[k].bare.endswith(wordlist("nisba_ending")))):
            adjectives += k not in actor_idx
            k -= 1
        return k >= 0 and k in idx["target"]

    @staticmethod
    def _locates_unnamed(view: SentenceView, p: Mention, idx) -> bool:
        """"قرى في ريف X"، "قرى وبلدات بمحافظات X وY": an area right after في/ب that locates a bare plural place
        noun the sentence names no member of. Counted ("15 بلدة في ريف X"، "عدة قرى") the noun is a tally of
        places, some of which the article may name: that stays a locator (GUIDELINES). A list or dual
        after the preposition ("بمحافظتي X وY") is read at its first member."""
        toks = view.toks
        g = p.attrs.get("group")
        if g not in (None, -1, ""):
            p = min((q for _, q in view.places if q.attrs.get("group") == g), key=lambda q: q.start, default=p)
        k = _before_in(toks, p)
        if k is None:
            return False
        if k >= 1 and _nisba_adjective(toks[k]) and (k - 1) in idx["generic"]:
            k -= 1  # "قرى علوية بريف X"، "بلدات كردية في ريف Y": the plural's own adjective stands between
        if k < 0 or k not in idx["generic"] or toks[k].forms[-1] not in SPREAD_PLURALS:
            return False  # "قرية في ريف X": one village the sentence does not name, no spread
        while k >= 1 and (k - 1) in idx["generic"] and toks[k].word.startswith(COORDINATION):
            k -= 1  # "قرى وبلدات": one noun phrase of two plurals
        prev = toks[k - 1].bare if k else ""  # "عدد من القرى"، "عدة قرى"، "15 بلدة": counted
        return not (prev.isdigit() or prev in SPREAD_COUNTS or prev in PARTITIVE_OF)

    @staticmethod
    def _progress_in(view: SentenceView, m: Match, nxt: int, idx) -> bool:
        """"تقدم القوات في المنطقة": progress in a place (في before any word of direction), not a move toward
        it; told of a place the same force takes in the article it is that takeover (dedupe)."""
        for k in range(m.j, min(nxt, m.j + PROGRESS_IN_REACH)):
            if k in idx["toward"]:
                return False
            if view.toks[k].bare in IN:
                return True
        return False

    def _manner(self, view: SentenceView, m: Match, cues, matches) -> bool:
        """How something happened (``ScopeRules._is_manner``), unless it is an advance over countrysides
        ("دخلت الفصائل مدينة X إثر تقدمها في ريف المحافظة الشرقي"): a move across other
        places, the stage before, not the way the town itself was taken."""
        if not self._is_manner(m, cues, view.toks, matches):
            return False
        if m.row.get("type") == "attack" and self._fought_elsewhere(view, m, self._breaks):
            return False
        if m.row.get("type") != "advance":
            return True
        end = min([b for b in self._breaks if b > m.j] + [m.j + COUNTRYSIDE_STAGE_REACH])
        ahead = [p for i, p in view.places if m.j <= i < end and usable_place(p)]
        return not ahead or any(p.attrs.get("kind") != "countryside" for p in ahead)

    @staticmethod
    def _clash_before_other(m: Match, cues, made) -> list[Mention]:
        """"أعلنت القيادة حظر تجوال في بلدة X حتى الصباح، بعد اشتباكات عشائرية اندلعت ظهراً": the clashes after
        بعد in a sentence that tells only a truce or a curfew are their own happening (``_is_manner``), and
        where the comma cut them off from the place they fought at, it is the curfew's or the truce's."""
        if "mutual" not in m.flags or not made or any(e.type != "other" for e, _ in made):
            return []
        if not any(c.row.get("effect") == "manner" and c.j <= m.i and m.i - c.j <= 1 for c in cues):
            return []
        return made[-1][1]

    def _raid_for_arrest(self, view, raids: list[tuple[Match, int]], cues, idx, continuation, fronted, made):
        """"أعلنت الوزارة القبض على ضابط متهم بارتكاب انتهاكات، خلال مداهمة في حي X": an arrest whose clause
        a mark closes before the raid it was made in names no place of its own; the raid, its manner, then
        tells where it was made (one event, ``other``, as the arrest would have given)."""
        if not raids or any(e.type == "other" for e, _ in made):
            return []
        m, _ = raids[0]
        # read from the sentence's start: the arrest's agent ("أعلنت الوزارة القبض") is the raid's
        res = self.trigger(view, m, 0, self._ends[id(m)], cues, idx, continuation, fronted, made)
        return res if isinstance(res, list) else []

    @staticmethod
    def _captives(view: SentenceView, m: Match, nxt: int) -> set[int]:
        """"أسرت أربعة مقاتلين من الفصائل"، "أُسر جنديان من قوات النظام": the force after the partitive "من" in a
        capture's scope is whose men were taken, never who took them."""
        toks = view.toks
        return {k for a0, a1, _ in view.actors if m.i < a0 < nxt and toks[a0 - 1].bare in PARTITIVE_OF
                for k in range(a0 - 1, a1 + 1)}

    def _fled_prisoners(self, made: list[tuple[Event, list[Mention]]]) -> None:
        """"فرار السجناء من سجن X": prisoners who flee do it themselves; the side of the prison's keeper, the
        announcer or the story is not theirs (unknown, as the gold codes it; task left14). Freed prisoners
        ("حررت الفصائل السجناء") keep the side of who freed them: another row."""
        for ev, _ in made:
            ev.actor = self._dated_actor(None, "unknown", ev.date)
            head, _, last = ev.rule.rpartition(" ")
            ev.rule = f"{head} side:fled-prisoners" if last.startswith("side:") else f"{ev.rule} side:fled-prisoners"

    def _time_clause_actors(self, view: SentenceView, m: Match) -> set[int]:
        """"وقبل أيام من سيطرة قوات النظام على X، سقطت عشرات القذائف على المدينة": a force named in a time clause
        (backrefs.time_clauses) is the agent of what the clause tells, not of a trigger outside it (task left14).
        The word before each such force and its first word are returned, as ``pick_actor`` reads exclusions."""
        spans = [(a, b) for a, b in time_clauses(view, self._breaks) if not a <= m.i < b]
        return {k for a0, _, _ in view.actors for a, b in spans if a < a0 < b for k in (a0 - 1, a0)}

    @staticmethod
    def _sent_from(view: SentenceView, m: Match, idx) -> bool:
        """"قبل أن تصل تعزيزات (عسكرية قادمة) من مدينة X": a reinforcement noun (wordset arrival_origin_lead) whose "من"
        follows it (two words between at most) tells where the force came from, not where it deploys (task probe20)."""
        toks = view.toks
        if toks[m.j - 1].bare in ARRIVAL_ORIGIN_LEAD and any(k in idx["from"] for k in range(m.j, m.j + 3)):
            return True
        # "وأن تعزيزات عسكرية وصلت إليها من مدينة Y": the arrival verb the row ends on, its destination a pronoun
        # (a back-reference) right after it, then "من": Y is where they came from (task probe30)
        return not ARRIVAL_VERBS.isdisjoint((toks[m.j - 1].bare, toks[m.j - 1].word)) and m.j + 1 < len(toks) \
            and m.j in idx["backref"] \
            and (m.j + 1) in idx["from"]

    @staticmethod
    def _fallen_actors(view: SentenceView, m: Match) -> set[int]:
        """"وتنفذ القوات الإسرائيلية منذ سقوط نظام الأسد توغلات": a force right after the noun of its fall is what
        fell, a date of the story, not the agent of another trigger (task probe20). Returned as ``pick_actor``
        reads exclusions."""
        toks = view.toks
        return {k for a0, _, _ in view.actors if a0 > 0 and not m.i <= a0 - 1 < m.j
                and not FALLEN_LEAD.isdisjoint(toks[a0 - 1].forms) for k in (a0 - 1, a0)}

    @staticmethod
    def _arrested(view: SentenceView, m: Match, nxt: int) -> set[int]:
        """"ألقت قوى الأمن القبض على ثلاثة من فلول النظام"، "أعلنت الوزارة القبض على خلية للتنظيم": a force after
        the arrest's "على" (flag patient_after) is whose men were taken, never who took them; "على يد X" still
        names the agent. The word before each such force is returned, as ``pick_actor`` reads exclusions."""
        toks = view.toks
        return {a0 - 1 for a0, _, _ in view.actors if m.j <= a0 < nxt and toks[a0 - 1].bare not in AGENT_HANDS}

    def _arrested_before(self, view: SentenceView, m: Match) -> set[int]:
        """"أعلنت الوزارة القبض على عميد سابق في الحرس الجمهوري خلال مداهمة في حي X": the force an arrest told
        before this trigger took (after its "على", flag patient_after) is whose man was taken; it does not carry
        out the raid or the arrest told after it either (task side38). The word before each such force, as
        ``pick_actor`` reads exclusions."""
        out: set[int] = set()
        for c in self._sentence_matches:
            if c is not m and "patient_after" in c.flags and c.j <= m.i:
                out |= self._arrested(view, c, m.i)
        return out

    @staticmethod
    def _matched_patient(view: SentenceView, m: Match) -> set[int]:
        """"أسقط الجيش طائرة مسيرة سورية"، "قالت قسد إنها أسقطت طائرة تركية": a row that matches its verb's object
        (flag patient_matched) matches what was hit; a force named from that object on (an aircraft's
        nationality, "طائرة سورية") owns what was hit and is never the agent (a subject inside the row's gap, "أسقطت الفصائل طائرة", still
        is). The word before each such force is
        returned, as ``pick_actor`` reads exclusions (task sides16)."""
        return {a0 - 1 for a0, _, _ in view.actors if a0 == m.j - 1}

    @staticmethod
    def _besieger(view: SentenceView, m: Match, nxt: int) -> set[int]:
        """"كسرت قوات النظام حصاراً فرضه التنظيم على المدينة": a force named right after a siege-laying verb
        (wordset siege_impose_stem) behind a broken siege (flag besieger_after) laid it; it is never who broke
        it. The word before each such force is returned, as ``pick_actor`` reads exclusions (task sides16)."""
        toks = view.toks
        return {a0 - 1 for a0, _, _ in view.actors if m.j < a0 < nxt
                and any(toks[k].word.startswith(_SIEGE_IMPOSE) for k in range(max(m.j, a0 - 3), a0))}

    @staticmethod
    def _participant(view: SentenceView, m: Match) -> Mention | None:
        """"ونفت مشاركة أي وحدات من الجيش في الاشتباكات"، "نفت الوزارة مشاركة قواتها في الهجوم على X": an event
        noun right after "في" behind a word of taking part (wordset participation_word) has as agent the force
        named between them, whoever the sentence named before."""
        toks = view.toks
        if m.i < 2 or toks[m.i - 1].bare not in IN:
            return None
        lead = next((k for k in range(m.i - 2, max(-1, m.i - 2 - _PARTICIPATION_REACH), -1)
                     if toks[k].bare in _PARTICIPATION), None)
        if lead is None:
            return None
        return next((a for a0, _, a in view.actors if lead < a0 < m.i - 1), None)

    def _scene_captor(self, view: SentenceView, m: Match, nxt: int) -> Mention | None:
        """Who took the men in the ambush a capture happened in ("قالت الوحدات إنها أسرت أربعة مقاتلين من الفصائل
        في كمين"): the capture's agent, unless the ambush names who set it ("في كمين نصبته X")."""
        matches = self._sentence_matches
        if not self._capture_scene(m, matches, view.toks) or self.launched_by(view, m, nxt) is not None:
            return None
        capture = max((c for c in matches if c.j <= m.i and "capture" in c.flags), key=lambda c: c.j, default=None)
        told = self._told.get(id(capture)) if capture is not None else None
        return self._subject_mention(told[-1]) if told else None

    def _scene_launcher(self, view: SentenceView, m: Match) -> Mention | None:
        """The force that set the ambush a capture happened in ("في كمين نصبته جبهة النصرة"), for a capture
        that names no captor of its own (a passive)."""
        scene = next((c for c in self._sentence_matches
                      if c.i >= m.j and self._capture_scene(c, self._sentence_matches, view.toks)), None)
        return None if scene is None else self.launched_by(view, scene, self._ends.get(id(scene), len(view.toks)))

    @staticmethod
    def _capture_scene(m: Match, matches: list[Match], toks) -> bool:
        """"أسر المقاتلون ثلاثة جنود في كمين قرب X": an attack told right after a capture behind "في/خلال/أثناء"
        (or "ب", "بكمين") is where the men were taken; it does not end the capture's scope, so the capture takes
        its place (the attack is still an event of its own)."""
        if m.row.get("type") != "attack" or not m.i:
            return False
        head = toks[m.i]  # (the words first: they rule out most attacks without a look at the triggers)
        if not (toks[m.i - 1].bare in IN_OR_DURING or (head.word.startswith(SCENE_CLITIC) and head.forms[-1] != head.word)):
            return False
        prev = max((c for c in matches if c.j <= m.i and c.row.get("type") != "none"), key=lambda c: c.j, default=None)
        return prev is not None and "capture" in prev.flags and m.i - prev.j <= CAPTURE_SCENE_REACH

    @staticmethod
    def _raid_of_arrest(view: SentenceView, m: Match, matches) -> bool:
        """"ألقت القوات القبض على X خلال مداهمة في حي Y": a raid after خلال/أثناء that follows an arrest told in
        the same sentence is how the arrest was made, its manner: no event of its own, and the arrest reads
        its place (and keeps its agent)."""
        toks = view.toks
        if m.row.get("type") != "other" or not m.i or toks[m.i - 1].bare not in DURING:
            return False
        if not (toks[m.i].bare in RAID_NOUNS or toks[m.i].forms[-1] in RAID_NOUNS):
            return False
        return any(x.row.get("type") == "other" and x.j <= m.i - 1 for x in matches if x is not m)

    @staticmethod
    def _operation_of_arrest(view: SentenceView, m: Match, matches) -> bool:
        """"نفذت وحداتها الخاصة عملية إنزال جوي في بلدة X، أسفرت عن اعتقال قيادي"، "نفذت قوة عملية في قرية Y،
        واعتقلت خمسة": an operation whose sentence tells arrests after it and nobody killed or wounded is how the
        arrests were made (eval P14 and probe6a Q06 annotate the arrest only): no attack of its own, once the
        arrest has read its place from it (task probe13)."""
        toks = view.toks
        if m.row.get("type") != "attack" or not any(
                toks[k].bare in ARREST_OPERATIONS or toks[k].forms[-1] in ARREST_OPERATIONS for k in range(m.i, m.j)):
            return False
        if any(x.row.get("type") == "casualties" for x in matches):
            return False
        return any(x.row.get("type") == "other" and x.i >= m.j and (
            toks[x.i].bare in ARREST_HEADS or toks[x.i].forms[-1] in ARREST_HEADS) for x in matches)

    @staticmethod
    def _fought_elsewhere(view: SentenceView, m: Match, breaks: Collection[int] = ()) -> bool:
        """"قصفت إسرائيل دمشق بعد اشتباكات في صحنايا": a clash noun after بعد with في and a place of its own
        right after it, when the sentence named another place before it and not this one, is a clash told
        there, not the way the main clause's place was taken or struck (GUIDELINES, Manner: "بعد مواجهات مع
        قوات النظام"). So is one told with its parties first ("دخلت القوات مدينة X بعد اشتباكات بين مسلحين
        وعناصر الأمن في بلدة Y"، "وسط اشتباكات مع المسلحين عند قرية Y", task miss29), unless its place is a
        countryside or governorate (the area that holds the main clause's town)."""
        toks = view.toks
        k, parties = _clash_site(view, m, breaks)
        if k is None:
            return False  # "بعد أيام من المعارك على جبل X وبلدة Y": fought over those places (task read8)
        k += 1
        at = {k, k + 1} if k < len(toks) and (toks[k].bare in PLACE_CUE_WORDS
                                              or toks[k].forms[-1] in PLACE_CUE_WORDS) else {k}
        here = next((p for i, p in view.places if i in at and usable_place(p)), None)
        if here is None or (parties and here.attrs.get("kind") in REGION_KINDS):
            return False
        key = here.attrs.get("id") or here.text
        before = [p.attrs.get("id") or p.text for i, p in view.places if i < m.i and usable_place(p)]
        return bool(before) and key not in before  # "وهي الآن في أيدي الفصائل بعد معارك في X": X is "هي"

    @staticmethod
    def _attempted(view: SentenceView, m: Match, prv: int) -> bool:
        """"بعد محاولة مجموعة مسلحة ترافقها شاحنة ...، آتية من X، الدخول إلى بلدة Y": a definite verbal noun of
        entry governed by an attempt word whose long subject stands between them (beyond the gap of the
        attempt rows) is an attempt: a move on Y, no entry. No other trigger stands between them."""
        toks = view.toks
        if not toks[m.i].bare.startswith(tuple(ARTICLE)):
            return False
        return any(toks[k].bare in ATTEMPT_WORDS for k in range(max(prv, m.i - ATTEMPT_REACH), m.i))

    @staticmethod
    def _repelled_attempt(view: SentenceView, m: Match) -> bool:
        """"تصدى الثوار، صباح اليوم، لمحاولة جديدة من قوات X والميليشيات التقدم نحو قرية Y": a definite verbal noun
        of a move governed by an attempt word (its subject between them, beyond the gap of the repel rows) that a
        repel verb governs in turn is the attempt repelled: the attack of who attempted it, no advance and no
        entry, as the rows of a thwarted or failed attempt (triggers.tsv, tasks left11, left29; task polar43).
        The attempt word nearest the move decides; the repel verb stands within REPEL_REACH words before it."""
        toks = view.toks
        if not toks[m.i].bare.startswith(DEFINITE_ARTICLE):
            return False
        for k in range(m.i - 1, max(-1, m.i - 1 - ATTEMPT_REACH), -1):
            if _with_proclitic(toks[k], ATTEMPT_WORDS):
                return any(_with_proclitic(toks[r], REPEL_WORDS) for r in range(max(0, k - REPEL_REACH), k))
        return False

    @staticmethod
    def _governed_from(view: SentenceView, m: Match, idx) -> int | None:
        """The من a verb of approach governs ("اقترب من X"، "اقتربت القوات من X"): the first one after the
        verb with only its subject's words between them."""
        k = m.j
        while k < len(view.toks) and k in view.actor_tokens:
            k += 1
        return k if k in idx["from"] else None

    def _time_clause_places(self, view: SentenceView, m: Match, nxt: int, idx, actor_idx: set[int]) -> set[int]:
        """"ودخلت وحدات الجيش المدينة بعد أيام من مواجهات في محيط X": a trigger whose object is a back-reference
        before a time clause (backrefs.time_clauses, "بعد/قبل <span> من ...") does not take the places of that
        clause: they are where the happening that dates it stood (task read18a). Without such an object the
        clause's places are left as they were ("تقدم الجنود في المنطقة بعد يومين من معارك في X": "في
        المنطقة" may recall a wider area than X, train O06)."""
        if not view.places or not idx["backref"]:
            return set()
        toks, out = view.toks, set()
        for a, b in time_clauses(view, self._breaks):
            if m.j <= a < nxt and any(m.j <= k < a and toks[k - 1].bare not in IN
                                      and self._verb_object(view, m, k, idx, actor_idx) for k in idx["backref"]):
                out |= {i for i, _ in view.places_by_start if a < i < b}
        return out

    @staticmethod
    def _approach_side(view: SentenceView, m: Match, nxt: int, idx) -> set[int]:
        """"دخلوا الحي من جهة X"، "تقدمت القوات نحو البلدة من ناحية X": a move whose place a back-reference
        names says after "من جهة/ناحية/محور" which side it came from; X is no place of the move (the
        back-reference is); so is a road named by its end ("دخل المدينة من جهة طريق X", task read18a). Without a
        back-reference before it the origin phrase is left as it was: it may be the one place the sentence gives
        ("تقدمت القوات من محور X")."""
        toks = view.toks
        starts = [i for i, _ in view.places if m.j <= i < nxt and ((i - 1) in idx["origin"] or (
            i >= 2 and (i - 2) in idx["origin"] and toks[i - 1].bare in _APPROACH_HEADS))]
        return {i for i in starts if any(k in idx["backref"] and (k + 1) in idx["origin"] for k in range(m.j, i))}

    def _origin_backref(self, view: SentenceView, m: Match, places: list[Mention], idx, actor_idx: set[int]
                        ) -> list[Mention]:
        """"وفر المدنيون من الحي باتجاه X"، "غادروا المخيم باتجاه X": people leave the place a facility's
        back-reference after "من" (or as the verb's object) points at, and go to X; the destination named in
        the scope does not make the origin's word idle. Empty when a place
        of the sentence is already the origin or no such word stands before the first place. A flight's origin told
        by a pronoun ("فروا منها نحو X") is read after its witness places (where._pronoun_origin); both recall the
        origin with ``recalled_beside``."""
        toks = view.toks
        at = [token_at(toks, p.start) for p in places if p.sentence == view.index]
        if not at or any(i and (i - 1) in idx["from"] for i in at):
            return []
        # after "من", or right after a verb that takes the place left as its object ("غادروا المخيم باتجاه X")
        # buses leave the town just named ("وانطلقت الحافلات من البلدة باتجاه X"): a town word there is the origin
        kinds = FACILITY_WORDS | (SETTLEMENT_WORDS if self._bus_departure(view, m) else frozenset())
        refs = [k for k in idx["backref"] if m.i < k < min(at) and k and ((k - 1) in idx["from"] or k == m.j)
                and toks[k].bare in kinds]  # a word of one kind ("الحي"), never "المدينة" at large
        # "غادرت العائلات البلدة باتجاه X": the object of a verb that takes the place left is the origin, a
        # town word too, right after the verb or after its subject (task read10)
        refs += [k for k in idx["backref"] if "place_object" in m.flags and m.i < k < min(at)
                 and toks[k].bare in LEFT_PLACE_WORDS and self._verb_object(view, m, k, idx, actor_idx)]
        # or "منهما", from the two places just named (read here only: as a back-reference at large it took one)
        refs = sorted(refs + [k for k in range(m.j, min(at)) if toks[k].word in FROM_DUAL])
        return self.recalled_beside(view, refs[:1], actor_idx, places)

    def _subject_origin(self, view: SentenceView, m: Match, prv: int, places: list[Mention], idx) -> list[Mention]:
        """"أن عشرات العائلات من قريتي X وY نزحت نحو مدينة Z": the subject told before the verb names where the
        people fled from after its "من" (a cue noun between); when the scope names only the destination, those
        places are the origins too (task probe20). Only in the verb's clause, a few words back."""
        toks = view.toks
        if not places or any(token_at(toks, p.start) < m.i for p in places if p.sentence == view.index):
            return []
        starts = [i for i, p in view.places if prv <= i < m.i and m.i - i <= SUBJECT_ORIGIN_REACH and usable_place(p)
                  and ((i - 1) in idx["from"] or (i >= 2 and (i - 2) in idx["from"]
                                                  and toks[i - 1].bare in CUE_NOUNS | GENERIC_PLACE_NOUNS))
                  and not any(i < k <= m.i for k in self._breaks)]
        if not starts:
            return []
        origins = set(starts) | self._joined_origins(view, set(starts))
        return [p for i, p in view.places if i in origins and not any(p is q for q in places)]

    def _verb_object(self, view: SentenceView, m: Match, k: int, idx, actor_idx: set[int]) -> bool:
        """Whether token k is the trigger verb's object: right after it, or after its subject ("وغادرت
        الحافلات التي تقل مقاتلين المنطقة"): a few words with no place, preposition or clause break between."""
        between = range(m.j, k)
        if all(i in actor_idx for i in between):
            return True
        preps = idx["from"] | idx["toward"] | idx["locative"]
        return k - m.j <= OBJECT_REACH and not any(
            i in view.place_tokens or i in preps or i in self._breaks for i in between)

    def _backref_in_list(self, view: SentenceView, m: Match, places: list[Mention], idx, actor_idx: set[int]
                         ) -> list[Mention]:
        """"طردت القوات من المدينة وقرى X وY"، "قصفت الطائرات البلدة ومزارع X": a back-reference noun that
        opens the list of the trigger's places is one of them, the place it points at. Only a noun of a
        kind of place ("المدينة"، "الحي"), joined by "و" to the first place named or to its cue."""
        toks = view.toks
        first = min((token_at(toks, p.start) for p in places if p.sentence == view.index), default=None)
        if first is None:
            return []
        refs = [k for k in idx["backref"] if m.i < k < first and first - k <= 3 and toks[k].bare in BACKREF_KINDS
                and toks[k + 1].word.startswith(COORDINATION) and k not in view.place_tokens
                and not (k and toks[k - 1].bare in DIRECTION_WORDS)]  # "أحياء عدة شرقي المدينة وجنوبيها": a locator
        return self.recalled_beside(view, refs[-1:], actor_idx, places)

    @staticmethod
    def _passed_by(view: SentenceView, etype: str, idx) -> set[int]:
        """An advance goes to a place, not by the way it takes: "تقدمت القوات نحو X عبر طريق Y" heads to X; the town
        that names the road after "عبر" (wordset via_preposition) is passed, no place of the advance (task probe28).
        An entry or a deployment keeps it when it is the only place: "دخلت القوات عبر معبر X" may name where they
        came in; with a destination of its own ("دخلت قافلة إلى مدينة X عبر بلدة Y"، "مروراً ببلدة Y") the
        place gone by is the route, not where the convoy arrives (task where33)."""
        if etype not in ("advance", "enter", "deploy") or not view.places or view.words.isdisjoint(VIA):
            return set()  # (a sentence with no via word goes by no place)
        at = {id(p): i for i, p in view.places}
        passed = {at[id(p)] for p in PlaceRules._passed_places(view, [p for _, p in view.places]) if id(p) in at}
        if not passed or etype == "advance":
            return passed
        toks, toward = view.toks, idx["toward"]
        arrived = any(i not in passed and ((i - 1) in toward or (i >= 2 and (i - 2) in toward
                                                                  and toks[i - 1].bare in CUE_NOUNS))
                      for i, _ in view.places)
        return passed if arrived else set()

    @staticmethod
    def _pronoun_linked_ends(view: SentenceView) -> set[int]:
        """"أغلقت الطريق الوحيد الذي يربطها بدمشق"، "الطريق الواصل بينها وبين X"، "طرق تربط قراهم بمدينة X": a road
        joined by a link verb (wordset road_link_verb) to a place told only by a pronoun is named by no two places
        (GUIDELINES: a place the sentence does not name gives no event); the town at its other end is where the
        road goes, not where it was closed or struck. Token indices of those towns (task prec29).

        Asked for every trigger of a sentence, each time walking every word: a sentence with no place has
        none to give, each word is first asked in C whether it begins a link verb, and the towns are kept for
        the last view asked about (its words and places do not change while its triggers are read: task
        speed21). A sentence none of whose words begins a link verb (one regular-expression search over its
        bare forms, a word a line) is not walked at all (task speed22)."""
        if not view.places:
            return set()
        last = _LINKED[0] if _LINKED else None  # one read: another thread may replace it
        if last is not None and last[0] is view and last[1] is view.places:
            return set(last[2])
        toks = view.toks
        out: set[int] = set()
        if _ROAD_LINK_LINE.search("\n".join(map(_BARE, toks[:-1]))) is None:
            _LINKED[:] = [(view, view.places, frozenset())]  # most sentences: no word begins a link verb
            return out
        for k, t in enumerate(toks[:-1]):
            if not t.bare.startswith(_ROAD_LINK_HEADS):  # most words: no generator made (task speed21)
                continue
            link = next(w for w in ROAD_LINKS if t.bare.startswith(w))
            on_verb = t.bare[len(link):] in ROAD_LINK_PRONOUNS
            after = toks[k + 1].bare
            if on_verb or after in ROAD_LINK_PRONOUNS or any(
                    after.endswith(x) and len(after) > len(x) + 2 for x in ROAD_LINK_PRONOUNS if len(x) > 1):
                out |= {i for i, _ in view.places if k < i <= k + 1 + ROAD_LINK_REACH}
        _LINKED[:] = [(view, view.places, frozenset(out))]
        return out

    @staticmethod
    def _joined_origins(view: SentenceView, origins: set[int]) -> set[int]:
        """"من إدلب وحماة": a place joined by و right after an origin is an origin too."""
        out: set[int] = set()
        for i, p in view.places_by_start:
            if i in origins or i in out:
                end = token_at(view.toks, max(p.start, p.end - 1))
                nxt = next((k for k, _ in view.places if k == end + 1), None)
                if nxt is not None and view.toks[nxt].word.startswith(COORDINATION):
                    out.add(nxt)
        return out

    @staticmethod
    def _against_other(view, m: Match, nxt: int, speaker: Mention) -> bool:
        """"أعلن المجلس العسكري بدء عمليات ضد قوات الحكومة"، "أعلنت قسد إطلاق حملة ضد خلايا داعش": a
        speaker that names the target of its own strike after ضد is its agent, not its victim. So is one that
        names the owner of what it struck, written with ل right after the struck noun ("أعلن التحالف تدمير
        مقرات لتنظيم الدولة"، "استهداف مواقع للفصائل")."""
        toks = view.toks
        return any(m.i < a0 < nxt and (toks[a0 - 1].bare in AGAINST or (
                       m.j <= a0 <= m.j + 1 and toks[a0].bare.startswith(LAM) and len(toks[a0].forms) > 1))
                   and a.attrs.get("side") not in (None, "", speaker.attrs.get("side")) for a0, _, a in view.actors)

    @staticmethod
    def _strike_outskirts(m: Match, matches, toks, breaks) -> bool:
        """"هاجمت مجموعات مسلحة حاجزاً للأمن العام على أطراف بلدة X": an outskirts phrase (على أطراف،
        على مشارف) in the clause of a strike told just before it says where the strike hit, not that a
        force reached the town: it gives no advance. So for a deployment ("حشدت قواتها على أطراف المدينة":
        where it massed) and for clashes fought there ("اندلعت اشتباكات بين X وY على أطراف بلدة Z", a mutual
        row): the phrase is the clash's locative adjunct, where the fighting is, and the clash keeps the place
        (``_outskirts_locate``); no force is said to move to the town (task prec26: 8 such advances spurious,
        2 matched, over 7 readable sets; the shared gold gives battles at a town's edges an attack only)."""
        return _Extractor._outskirts_prev(m, matches, toks, breaks) is not None

    @staticmethod
    def _outskirts_of_place(view: SentenceView, m: Match) -> bool:
        """"وصلت القوات إلى مقر اللواء 137 على الأطراف الغربية للمدينة": an outskirts phrase right after a
        place's name says where that place lies (a locator, GUIDELINES "Locators are not event places"), not
        that a force reached the town's edge: no advance of its own (task spurious8). So after a plural noun of
        places, "الأحياء الأخرى على أطراف العاصمة"، "قرى على أطراف المدينة": the phrase says where those
        places lie, an adjective of the noun, not a movement (task prec26)."""
        toks = view.toks
        return m.row.get("type") == "advance" and m.i > 0 and \
            ((m.i - 1) in view.place_ends or _Extractor._plural_places_before(view, m.i)) and \
            toks[m.i].bare in ON_PREP and bool(set(toks[m.j - 1].forms) & OUTSKIRTS)

    @staticmethod
    def _plural_places_before(view: SentenceView, i: int) -> bool:
        """A plural noun of places (wordset spread_plural_noun) right before word ``i``, or before one word that
        qualifies it ("الأحياء الأخرى"، "قرى عدة") and names no place."""
        toks = view.toks
        if i >= 1 and set(toks[i - 1].forms) & SPREAD_PLURALS:
            return True
        return i >= 2 and (i - 2) not in view.place_ends and (i - 1) not in view.place_ends and \
            bool(set(toks[i - 2].forms) & SPREAD_PLURALS)

    @staticmethod
    def _outskirts_locate(m: Match, matches, toks, breaks) -> bool:
        """An outskirts phrase right after a strike, a battle or a deployment of its clause does not cut
        that trigger's scope: "اندلعت اشتباكات على أطراف حي X" are clashes at X."""
        return _Extractor._outskirts_prev(m, matches, toks, breaks) is not None

    @staticmethod
    def _outskirts_prev(m: Match, matches, toks, breaks) -> Match | None:
        """The strike, battle, deployment or killing told just before an outskirts phrase of its clause, if any."""
        if m.row.get("type") != "advance" or not set(toks[m.j - 1].forms) & OUTSKIRTS:
            return None
        prev = max((c for c in matches if c.j <= m.i), key=lambda c: c.j, default=None)
        if prev is None or (prev.row.get("type") not in OUTSKIRTS_LOCATED and "receiver" not in prev.flags) \
                or m.i - prev.j > STRIKE_OUTSKIRTS_REACH \
                or any(prev.j <= k <= m.i for k in breaks):
            return None
        return prev

    @staticmethod
    def _destination_only(view: SentenceView, m: Match, nxt: int, idx) -> bool:
        """"وأشار المرصد إلى أن عناصر التنظيم انسحبوا باتجاه السخنة": the withdrawal's own scope names where
        it goes (a toward word with a place at most two words after it) and not where it left ("منها" would),
        so the previous sentence's place does not stand in for its origin (GUIDELINES, "Withdrawals name where
        they leave")."""
        starts = {i for i, _ in view.places}
        toks = view.toks
        return any(m.j <= k < nxt and (starts & {k + 1, k + 2} or (k + 1 < len(toks) and toks[k + 1].bare in OWN_POSITIONS))
                   for k in idx["toward"])  # "باتجاه مواقعها في X": its own positions (task left22)

    @staticmethod
    def _joins_departure(m: Match, matches, toks) -> bool:
        """A heading verb after a departure of the same sentence tells where those who left go
        ("خرجت الحافلات من X وستتوجه إلى Y"، "فروا من X ويتجه بعضهم إلى Y"، "انسحبوا من X ويتجهون نحو Y"): no
        move of its own, and Y is the departure's destination (a flight's; a withdrawal names only where it
        left, GUIDELINES)."""
        if "part_of_departure" not in m.flags:
            return False
        joined = "joined_heading" in m.flags and toks[m.i].word.startswith(COORDINATION) \
            and toks[m.i].word != toks[m.i].bare
        if not joined and m.i + 1 < len(toks) and toks[m.i + 1].bare in PART_OF_PEOPLE:
            return False  # "تغادر الحي باتجاه X، فيما توجه بعضها نحو مدينة Y": part of them heading on is their
            # own arrival, read by who moves (``_mover_type``; task read17a)
        return any(("by_subject" in c.flags or joined and c.row.get("type") in LEAVING_TYPES) and c.i < m.i
                   for c in matches)  # (a flight's own verb joined by و: "فروا من X ويتجهون"; after a comma,
        # "نزوح الآلاف من X، توجه معظمهم نحو Y", the heading verb tells the civilians' arrival itself)

    def _after_flight(self, m: Match) -> bool:
        """"عائلات فرّت من X خلال المعارك تصل إلى أطراف مدينة Y": an arrival verb with no subject of its own, right
        after a flight of the same clause (no clause break between), tells where those who fled arrive: a
        displacement at Y, not a force's move (task read16)."""
        return any(c.j <= m.i and c.row.get("type") == "displacement" and not any(c.j <= k <= m.i for k in self._breaks)
                   for c in self._sentence_matches)  # ("خلال القصف" between them is when they fled)

    def _mover_type(self, view, m: Match, prv: int, nxt: int) -> str | None:
        """Who enters or arrives decides it too: civilians arriving are displaced ("وصل ألفا مدني إلى
        نبل"); buses, ambulances or repair crews entering, with no force among them, are no event; nor are the
        dead or wounded brought to a hospital ("وصلت جثث ثلاثة قتلى إلى المشفى"), whose side they were on."""
        # what buses carry is read in their own clause: "بعد دخول الحافلات إلى المنطقة، قبل أن تتوجه
        # محملة بالمقاتلين" (they came in empty to fetch them)
        limit = min((k for k in self._breaks if k > m.j), default=len(view.toks))
        found = subject_classes(view, m, prv, nxt, self._breaks, limit)
        if not found and self._after_flight(m):
            return "displacement"
        if "casualties" in found or not found and self._carried_after(view, m, limit):
            return None  # the dead or the wounded brought somewhere, fighters' or civilians' (task left27)
        if "fighters" in found or not found:
            return m.row["type"]
        if "civilians" in found:
            return "displacement"
        # "وانتقل الوزير إلى مدينة حماة"، "وصل الوفد إلى درعا": an official with no force moves to visit, no force moves
        return None if "vehicles" in found or "officials" in found else m.row["type"]

    @staticmethod
    def _carried_after(view: SentenceView, m: Match, limit: int) -> bool:
        """"ووصل إلى مشفى X ستة قتلى": the arrival's subject put after its destination (verb, إلى and the place
        first) is the dead or the wounded when a casualty word (subjects.tsv, class casualties) stands within
        CARRIED_REACH words after the place, in the same clause: they were brought there, no force came."""
        toks = view.toks
        dest = min((k for k, _ in view.places if m.j <= k < limit), default=None)
        if dest is None:
            return False
        p = next(p for k, p in view.places if k == dest)
        end = max(dest, next((t.i for t in toks if t.start < p.end <= t.end), dest)) + 1
        window = toks[end:min(limit, end + CARRIED_REACH)]
        return any(c.row.get("class") == "casualties" for c in find_all(load_patterns("subjects.tsv"), window))

    @staticmethod
    def _place_owner(view: SentenceView, places: list[Mention]) -> str | None:
        """The side of a force named inside an event place's name ("مقر قيادة الأسايش"), if one is."""
        sides = [a.attrs.get("side") for _, _, a in view.actors for p in places
                 if p.start <= a.start and a.end <= p.end and (p.start, p.end) != (a.start, a.end)]
        return next((sd for sd in sides if sd in ARMED_SIDES), None)

    @staticmethod
    def _past_milestones(view: SentenceView, places: list[Mention]) -> list[Mention]:
        """"أن يتجه الجيش بعد تدمر نحو مدينة القريتين": a place named bare right after a time linker (بعد، قبل)
        is a milestone of the story (after Palmyra's fall), not where an advance goes; with another place of the
        trigger left, it gives no event (task probe21). Asked of advances only: "سيطرت على درعا، بعد حلب" tells
        a takeover of Aleppo too (the shared gold)."""
        if len(places) < 2:
            return places
        toks = view.toks
        kept = [p for p in places if not (0 < (i := token_at(toks, p.start)) and toks[i - 1].bare in TIME_LINKER
                                          and p.start == toks[i].start)]
        return kept or places

    @staticmethod
    def _governorate_sources(view: SentenceView) -> set[int]:
        """Tokens of a governorate named with its noun as a speaker ("وفق محافظة دمشق") or as the body of one
        ("بحسب مصدر في محافظة حلب"، "قال مسؤول في محافظة درعا"): the administration that tells, no event place;
        so is a hospital where the speaker works ("قال مصدر طبي في المشفى الوطني إن ..."): who tells, not where."""
        toks = view.toks
        out: set[int] = set()
        for s in view.sources:
            for i, p in view.places:
                if not toks[i].word.endswith(GOVERNORATE_NOUN) and not toks[i].bare.endswith(GOVERNORATE_NOUN) \
                        and p.attrs.get("kind") not in SPEAKER_SEAT_KINDS:
                    continue
                first = token_at(toks, s.start)
                last = token_at(toks, max(s.start, s.end - 1))
                if first <= i <= last + 1 or (i == last + 2 and toks[last + 1].bare in AFFILIATION_PREPS):
                    out.update(range(i, view.place_last.get(id(p), i) + 1))
        return out

    @staticmethod
    @needs_words(INSTITUTION_HEADS, phrase_keys(INSTITUTION_HEAD_PAIRS))
    def _institution_seats(view: SentenceView) -> set[int]:
        """Tokens of a place after في right after an institution that speaks, with its adjectives ("أعلنت وزارة
        الداخلية في دمشق القبض على ..."، "ونفت الحكومة السورية في دمشق أن ..."، "لم يصدر تعليق من الإدارة
        الجديدة في دمشق"): the seat of who speaks, no event place (task spurious8). Members of the institution,
        a building of it or a deal with it ("عناصر وزارة الداخلية في X"، "مقر وزارة الدفاع في دمشق") leave the
        place an event place. An institution that acts ("اعتقلت مديرية الأمن العام في حمص ثلاثة مطلوبين في حي
        الخالدية") sits there too when the sentence names a further place, where it acted (task nonevent19)."""
        toks = view.toks
        out: set[int] = set()
        for i, p in view.places:
            if i < 2 or toks[i - 1].bare not in IN:
                continue
            def head(k: int) -> bool:  # ("وزارة" keeps its و: the bare form would drop it)
                return toks[k].word in INSTITUTION_HEADS or toks[k].bare in INSTITUTION_HEADS or (
                    f"{toks[k].bare} {toks[k + 1].bare}" in INSTITUTION_HEAD_PAIRS)

            k = i - 2
            while k > 0 and k > i - 5 and toks[k].bare.startswith(ARTICLE) and k not in view.place_tokens \
                    and not head(k):
                k -= 1  # the institution's definite adjectives and genitives ("وزارة الداخلية"، "الحكومة السورية")
            if k < 1 or not head(k):
                continue
            last = view.place_last.get(id(p), i)
            if toks[k - 1].bare in INSTITUTION_SPEAKER_BEFORE or toks[k - 1].word in INSTITUTION_SPEAKER_BEFORE or (
                    toks[k - 1].bare in INSTITUTION_ACTOR_BEFORE and any(i2 > last for i2, _ in view.places)):
                out.update(range(i, last + 1))  # (an act: "اعتقلت مديرية الأمن العام في حمص ... في حي X", nonevent19)
        return out

    def _accusation(self, view: SentenceView) -> frozenset[int]:
        """Tokens of an accusation that describes a person ("عميد متهم بارتكاب جرائم في سجن صيدنايا"، "ضابطاً
        متورطاً في مجزرة X"): from the participle to the clause's end or to an adjunct of the main clause
        ("خلال مداهمة في حي المزة"). What it names is what the person is said to have done, before: its
        places are no event places and its triggers give no event."""
        if view.words.isdisjoint(_ACCUSATION_HEADS):
            return frozenset()  # (most sentences: no participle of accusation, no scan of their words)
        toks = view.toks
        out: set[int] = set()
        forces = {a0 for a0, _, _ in view.actors}
        for k, t in enumerate(toks):
            if not (t.bare in ACCUSED or (t.bare in RESPONSIBLE and self._responsible_for(toks, k))
                    or (t.bare in WANTED and self._wanted_for(toks, k))) \
                    or k + 1 in forces:  # (the word's own test first: this is asked of every word)
                continue  # "نفى ذلك، متهماً القوات الحكومية بقصف X": a speaker accusing a force (its object right
                # after it) charges that force with X, as "واتهم القوات" does: an event (SideRules.accused_agent)
            end = min([b for b in self._breaks if b > k] + [len(toks), k + 1 + ACCUSATION_REACH])
            stop = next((j for j in range(k + 1, end) if toks[j].bare in ACCUSATION_STOP), end)
            out.update(range(k, stop))
        return frozenset(out)

    @staticmethod
    def _wanted_for(toks, k: int) -> bool:
        """"شخص ملاحق بقضايا خطف"، "مطلوبين بجرائم قتل": a participle of being wanted with ب and a charge right after
        it describes a person by what he is said to have done, as "متهم ب" does; "مطلوب دولياً" names no act (task
        probe29)."""
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        return nxt is not None and nxt.bare in CHARGE_NOUNS

    @staticmethod
    def _responsible_for(toks, k: int) -> bool:
        """"كان مسؤولاً عن عمليات اغتيال": a participle of responsibility with "عن" and an act after it describes
        a person by what he is said to have done, as "متهم بارتكاب" does; "مسؤول عن الإعلام" is an office (task
        probe13)."""
        return toks[k].bare in RESPONSIBLE and k + 2 < len(toks) and toks[k + 1].bare in ABOUT \
            and toks[k + 2].bare in RESPONSIBLE_ACTS

    @staticmethod
    def _site_owners(view: SentenceView) -> set[int]:
        """"آخر المعاقل الكبرى للمسلحين"، "مواقع للتنظيم": a force written with ل right after a site noun (wordset
        held_site_noun; one adjective may stand between) owns the sites; it is no agent of a trigger after it
        (the token before it is excluded, as for ``_named_in_place``)."""
        toks = view.toks
        return {a0 - 1 for a0, _, a in view.actors if a0 >= 1 and _with_lam(view, a0, a) and any(
                HELD_SITES.intersection(toks[k].forms) for k in range(max(0, a0 - 2), a0))}

    @staticmethod
    def _named_in_place(view: SentenceView) -> set[int]:
        """Tokens before the actors named inside a place's name ("سيطروا على مبنى أمن الأسايش": the
        Asayish own the headquarters taken, they do not take it), so that no trigger takes them as its agent
        (the agent finders skip an actor whose preceding token is excluded)."""
        return {a0 - 1 for a0, _, a in view.actors for _, p in view.places
                if p.start <= a.start and a.end <= p.end and (p.start, p.end) != (a.start, a.end)}

    @staticmethod
    def _posts(view) -> set[int]:
        """"اعتقل عنصراً سابقاً في الفرقة الرابعة"، "رجلاً عمل مساعداً في فرع المخابرات الجوية": a unit or a branch after a
        person's role and "في" is where he served (his post), not where the arrest or the killing took place."""
        toks = view.toks
        return {k for i, p in view.places if p.attrs.get("kind") in POST_KINDS and role_before(toks, i) is not None
                for k in range(i, token_at(toks, max(p.start, p.end - 1)) + 1)}

    @staticmethod
    def _scene_cordon(how: str, places: list[Mention]) -> bool:
        """"انفجرت عبوة بدورية في مدينة X. وطوقت قوات الأمن المنطقة وبدأت عمليات بحث": an encirclement of "the area"
        (wordset named_area_backref) when no area was named before ("منطقة X") rings the scene of what happened,
        whose extent no map shows; the town named before is not what was encircled (a town ringed is called by its
        own noun, "طوقت البلدة/المدينة", as the golds' cordons are). A named area stays: "اشتباكات في منطقة X ...
        طوقت القوات المنطقة" (task prec36)."""
        if not how.startswith("backref:"):
            return False
        word = how.split(":", 1)[1]
        if not any(f in AREA_NOUN for f in (word, *clitic_forms(word))):
            return False
        return not any(fold_text(p.attrs.get("cue") or "").startswith(AREA_STEM) for p in places)

    def _sentence_sets(self, view, idx) -> tuple[frozenset[int], ...]:
        """Token sets of a sentence that every trigger in it reads alike, made once a sentence (each
        trigger made them again): (words read as actors, not places; places that only locate a
        generic noun; words that are never an agent; the words no trigger of the sentence takes as its
        agent: those, the locative and target cues, and the words before a force named inside a place's
        name; places that only locate another or a generic noun, for ``_fallback_places``). ``idx`` is
        complete before the first trigger is read."""
        if self._sets is not None and self._sets[0] is view and self._sets[1] is idx:
            return self._sets[2]
        toks = view.toks
        # places inside a longer actor name ("فيلق القدس") are not places; a capital standing for its
        # country as an actor ("طهران") still is one
        place_spans = {(p.start, p.end) for _, p in view.places}  # (once, not once per actor word)
        actor_idx = {i for a0, a1, a in view.actors if (a.start, a.end) not in place_spans
                     for i in range(a0, a1 + 1)}
        appositive = self._appositive_locators(view)
        actor_idx |= appositive
        actor_idx |= self._capitals_as_states(view)
        # "متهم بارتكاب جرائم في سجن X خلال مداهمة في حي Y": where he is said to have done it, when the
        # sentence names another place for what happens now (else the one place is the best word of where)
        accused = self._accused  # (read by sentence() before its first trigger)
        labels = self._line_labels(view)
        if any(i not in accused and i not in labels and usable_place(p) for i, p in view.places):
            actor_idx |= accused
        words = view.words  # (a helper that declares its words is asked only when the sentence holds one)
        if not words.isdisjoint(self._stretch_bounds.needs):
            actor_idx |= self._stretch_bounds(view)  # the two ends of a strip or area "بين X وY"
        if not words.isdisjoint(self._fire_origins.needs):
            actor_idx |= self._fire_origins(view, self._breaks)  # "قصف مصدره مواقع X في Y": where it came from
        if not words.isdisjoint(self._what_happened_places.needs):
            actor_idx |= self._what_happened_places(view)  # "في مشهد يذكر بما جرى في حلب": a comparison's place
        if not words.isdisjoint(self._unit_epithet_names.needs):
            actor_idx |= self._unit_epithet_names(view)  # "لواء صقور جبل الزاوية": a place in a unit's name
        if not words.isdisjoint(self._surroundings_locators.needs):
            actor_idx |= self._surroundings_locators(view)  # "القرى المحيطة بمدينة X": X only locates the villages
        if not words.isdisjoint(self._belonging_locators.needs):
            actor_idx |= self._belonging_locators(view)  # "قرية X التابعة لناحية Y": Y only locates X
        actor_idx |= self._governorate_sources(view)  # "بحسب مصدر في محافظة حلب"، "وفق محافظة دمشق": who speaks
        if not words.isdisjoint(self._institution_seats.needs):
            actor_idx |= self._institution_seats(view)  # "أعلنت وزارة الداخلية في دمشق": where it sits
        # "انتشرت وحدات من الفرقة الرابعة في X": a unit after "members of" is the force, not its base
        # and so is one right after them, in the construct ("فر عناصر الفرقة الرابعة")
        # and so is one that is a party to a clash ("اشتباكات بين الفرقة الرابعة ومسلحين في X")
        actor_idx |= {k for i, p in view.places if p.attrs.get("kind") == "unit" and i >= 1 and (
                      (i >= 2 and toks[i - 1].bare in PARTITIVE_OF and UNIT_MEMBERS & {toks[i - 2].word, toks[i - 2].bare})
                      or UNIT_MEMBERS & {toks[i - 1].word, toks[i - 1].bare} or self._clash_party(toks, i))
                      for k in range(i, token_at(toks, max(p.start, p.end - 1)) + 1)}
        # and so is one right after a verb, with a place after it: its subject ("وقصفت الفرقة الرابعة بلدة X")
        units = [(i, p) for i, p in view.places if i >= 1 and p.attrs.get("kind") == "unit"]  # (few sentences)
        if units:
            verbs = frozenset(m.i for m in self._sentence_matches if "verb" in m.flags)
            for i, p in units:
                end = token_at(toks, max(p.start, p.end - 1))
                if self._unit_subject(view, i, end, verbs) or self._unit_owner(view, i, end):
                    actor_idx.update(range(i, end + 1))
        if units:
            actor_idx |= self._announcing_units(view)  # "تنعى قيادة الفرقة 66 ...": the unit that mourns, no place
        actor_idx |= self._deal_names(view)  # "اتفاق سوتشي": a deal named after a city abroad
        # "إلى الشريط الحدودي مع الجولان": a border with a place only says where the border runs
        actor_idx |= {i for i, _ in view.places if i >= 2 and toks[i - 1].bare in WITH_PREP
                      and BORDER_WORDS & {toks[i - 2].bare, toks[i - 2].word}}
        # "محافظ حمص": the place names an official's office, not where something happens
        actor_idx |= {i for i, _ in view.places if i and toks[i - 1].bare in OFFICE_HEADS}
        actor_idx |= {i for i, _ in view.places if _district_seat(toks, i)}  # "قائد منطقة حلب": his office
        # "عند العاشرة صباحاً بتوقيت دمشق": a time zone names the clock the hour is told by, no place; "هاجم جيش
        # حمص"، "تجمع أحرار حوران": a body named after a place, the place names the body
        actor_idx |= {i for i, _ in view.places if i and NOT_PLACE_LEADS & {toks[i - 1].bare, toks[i - 1].word}}
        if not words.isdisjoint(self._seats_of_bodies.needs):
            actor_idx |= self._seats_of_bodies(view)  # "منظمة رقابية مقرها لندن": where the body sits
        actor_idx |= self._posts(view)
        actor_idx |= self._takeoff_points(view)  # (its word, من, is in most sentences: not gated)
        # a backer ("المدعومة من") and the word after it, and words that never act, are no agent
        never: set[int] = set()
        for i, t in enumerate(toks):  # (one pass over the words, not three)
            kind = _NEVER_AGENT.get(t.bare)
            if kind is None:
                kind = _never_agent_kind(t.bare)
            if kind == _BACKER:
                never.update((i, i + 1))
                if i + 1 < len(toks) and toks[i + 1].bare in _COVER:
                    never.update((i + 2, i + 3))  # "مدعومة بغطاء جوي روسي": روسي backs, it does not act
                if i + 3 < len(toks) and toks[i + 2].bare in PARTITIVE_OF:
                    never.update((i + 2, i + 3))  # "مدعومة بمقاتلين من حزب الله": the backer is after من
                if i + 3 < len(toks) and toks[i + 1].bare in PARTITIVE_OF and toks[i + 2].bare in _BACKER_HEAD:
                    never.update((i + 2, i + 3))  # "بدعم من ميليشيات حزب الله": the group named after the noun
            elif kind == _NOT_AGENT:
                never.add(i)
        excluded = idx["locative"] | idx["target"] | never | self._named_in_place(view) | self._site_owners(view)
        generic = self._located_by_generic(view, idx)
        sets = (frozenset(actor_idx), frozenset(generic), frozenset(never), frozenset(excluded),
                frozenset(appositive | generic))
        self._sets = (view, idx, sets)
        return sets

    def _line_labels(self, view: SentenceView) -> set[int]:
        """"▪️ درعا | دورية تعتقل شخصين متهمين بالتهريب في مدينة نوى": the place a bulletin's line opens with, set
        off by a bar, files the line under its governorate; it is no other place the line tells of, so it does
        not make the line's own place a mere description (task probe31). Token indices of such labels."""
        if not view.places or view.places[0][0] != 0:
            return set()
        i, p = view.places[0]
        last = view.place_last.get(id(p), i)
        toks = view.toks
        if last + 1 >= len(toks):
            return set()
        return {i} if LINE_LABEL_BAR in self.article.raw[toks[last].end:toks[last + 1].start] else set()

    @staticmethod
    @needs_words(SEAT_NOUNS)
    def _seats_of_bodies(view: SentenceView) -> set[int]:
        """"المرصد، ومقره العاصمة البريطانية"، "منظمة مقرها في بريطانيا": a place right after a seat noun
        (wordset seat_of_body; في may stand between) says where a reporting body sits, not where anything
        happened."""
        toks = view.toks
        out = set()
        for i, _ in view.places:
            k = i - 1 if i and toks[i - 1].bare not in IN else i - 2
            if k >= 0 and SEAT_NOUNS & {toks[k].bare, toks[k].word}:
                out.add(i)
        return out

    @staticmethod
    def _takeoff_points(view: SentenceView) -> set[int]:
        """"طائرات أقلعت من مطار X"، "أقلعت الطائرات من قاعدة X وقصفت Y": the airfield after the "من" of a
        take-off word is where the aircraft started; the strike fell elsewhere, so X is no event place."""
        toks = view.toks
        return {i for i, _ in view.places if i >= 2 and toks[i - 1].bare in TAKEOFF_FROM and any(
                toks[k].bare.startswith(TAKEOFF_STEMS) for k in range(max(0, i - 1 - TAKEOFF_REACH), i - 1))}

    def _typed(self, view, m: Match, etype: str, flags: frozenset[str], prv: int, nxt: int, cues, idx,
               continuation, fronted, made):
        """The events of one trigger read as one type (see ``trigger``)."""
        toks = view.toks
        source, smention = source_for(view, toks[m.i].start, *self.carried_source(continuation),
                                      self.headline_here(view))
        denial = bool(smention and smention.attrs.get("denial"))
        if denial and smention.sentence == view.index and contrast_between(toks, token_at(toks, smention.start), m.i):
            denial = False  # "نفى مصدر انسحاب قواته من X بينما سيطرت الفصائل على Y": the denial ends at "بينما" (task scope40)
        aside = frozenset(k for a, b in self._object_spans.items() for k in range(a, b)) | self._complement_asides
        verdict = self._sequence_verdict(view, m, cues, denial, judge(m, toks, cues, denial, aside, self._breaks))
        verdict = self._coordinated_verdict(view, m, self._result_verdict(view, m, verdict))
        self._verdicts[id(m)] = verdict
        if verdict.polarity == NO_EVENT:
            return None
        if "dist" in flags and not self._distance_is_advance(view, m, idx):
            return None
        actor_words, generic, _, no_agent, _ = self._sentence_sets(view, idx)
        actor_idx = set(actor_words)
        skip = actor_idx | generic | self._aside_idx  # "، الواقع غرب الرقة،": it describes, it is no event place
        # "تقدمت القوات، بعد سيطرتها على قرية X، نحو بلدة Y": X is the aside's own, not the verb's before it
        object_skip = {k for a, b in self._object_spans.items() if not a <= m.i < b for k in range(a, b)}
        skip |= object_skip
        skip |= self._described_backref(view, m, nxt, idx)  # "سلم المدينة التي كانت آخر معاقله في X"
        timed = self._time_clause_places(view, m, nxt, idx, actor_idx)  # "دخلت المدينة بعد أيام من مواجهات في محيط X"
        skip |= timed
        skip |= self._target_descriptions(view, m, idx, etype)  # "سيارة متجهة إلى X قرب Y": Y
        linked = self._pronoun_linked_ends(view)  # "أغلقت الطريق الذي يربطها بدمشق": no place of the closure
        skip |= linked
        approach: set[int] = set()  # "دخلوا الحي من جهة X": the side a move came from (enter, advance)
        if etype in ("displacement", "evacuation"):
            # (not the villages around a place, "من القرى المحيطة بمدينة X": X lies outside them, task read23a)
            around = self._surroundings_locators(view) if not view.words.isdisjoint(
                self._surroundings_locators.needs) else set()
            skip -= self._destination_areas(view, idx, generic - around)
        # "وصلوا إليها قادمين من حمص": Homs is where they came from (but "على بعد 6 كلم من X" measures from X,
        # the place approached: a distance row); reinforcements told with where they arrive deploy there,
        # not at their origins ("وصلت أرتال من إدلب إلى اللاذقية")
        origin_skip: set[int] = set()  # where reinforcements came from: no event place, nor the fallback city below
        if (etype in ("enter", "advance") and "dist" not in flags) or (
                etype == "deploy" and (any(k in idx["toward"] for k in range(m.i, m.j))
                                       or self._sent_from(view, m, idx))):
            origins = {i for i, _ in view.places if i and ((i - 1) in idx["from"] or (
                i >= 2 and (i - 2) in idx["from"] and toks[i - 1].bare in CUE_NOUNS))}
            if "approach" in flags and (gov := self._governed_from(view, m, idx)) is not None:
                # "اقترب (الجيش) من X": the من its verb governs names the place approached, not an origin
                origins = {i for i in origins if not (i - 1 == gov or (
                    i - 2 == gov and toks[i - 1].bare in CUE_NOUNS))}
            approach = self._approach_side(view, m, nxt, idx)
            skip |= origins | self._joined_origins(view, origins) | approach | self._passed_by(view, etype, idx)
            if etype == "deploy":  # (an advance's "من مدينة X" may be the place approached: "تقترب من مدينة X")
                origin_skip = origins | self._joined_origins(view, origins)
        elif etype not in DEPARTURE_TYPES:
            # "هاجموا الحي من جهة X"، "أغلقت مداخل المدينة من جهة X": after a back-reference, the side the strike or
            # the closure faces; the back-reference is the place (task left33)
            approach = self._approach_side(view, m, nxt, idx)
            skip |= approach
        # "أن تعزيزات وصلت إلى الحقل وأن تمشيطاً يجري في محيط بلدة X": a second complement of the report verb
        # ("وأن"، "وإن") tells a statement of its own, with its own place; the trigger's scope ends before it
        # (task read25a)
        end = next((k for k in range(m.j + 1, nxt) if toks[k].word in SECOND_THAT), nxt)
        end = _fled_toward(view, m, end, idx["toward"])
        places = scope_places(view, m.i + 1, end, idx["locative"], idx["toward"], "origin_only" in flags,
                              skip | _passages(view, m, end), idx["descriptor"])
        how = "scope"
        if (member := self._class_member(view, m)) is not None:
            places, how = [member], "class-member"  # "X كانت من أوائل البلدات التي خرجت عن سيطرة ...": X
        if dated_recall_beyond(view, m, places, self._breaks):
            return None  # "بعد نصف ساعة من الهجوم، وانتشرت ... قرب Y": the recall's scope ran into the next clause
        if id(m) in self._resumed:  # "سيطرت على X بعد دخولها أحياءها، وبلدة Y": Y is the takeover's too
            a, b = self._resumed[id(m)]
            places = places + [p for p in scope_places(view, a, b, idx["locative"], idx["toward"],
                                                       "origin_only" in flags, skip, idx["descriptor"])
                               if p not in places]
        if "adjacent" in flags:  # "وهي الآن عند جسر X": the place at once, or none ("في طريقهم إلى X")
            places = [p for p in places if token_at(toks, p.start) <= m.j + 1]
            if not places and m.j not in idx["backref"]:
                return None  # ("خسارة القرية": a back-reference at once names the place just told, task read7)
        places = self._not_residents(view, places, etype)
        if "held_people" in flags and places and not (places := self._not_hometowns(view, places)):
            return None  # "أفرجوا عن شاب من بلدة X": whose he is, not where he was freed
        places = self._unplaced_facilities(places)  # "القاعدة التركية في مدينة X": X
        places = self._framing_areas(view, places)
        if "accord" in flags and places and all(p.attrs.get("country") not in HOME_COUNTRIES for p in places):
            return None  # "بعد يومين على الاتفاق الروسي التركي في سوتشي": where it was signed abroad is no place it
            # concerns (GUIDELINES: agreements are other at the place they concern; task read17b)
        if etype == "advance":
            places = self._past_milestones(view, places)
        if etype == "casualties" and places and not self._settled and all(
                self._provenance(view, p) for p in places) and any(
                c.row.get("type") == "attack" and c.i > m.i for c in self._sentence_matches):
            return "pending"  # "قتل عشرات من أهالي X بانفجار ... في Y": they fell where the strike was, Y
        if self._struck_subject_first(view, m, places, idx):  # "حي X تعرض لقصف من بلدة Y": X, told before
            origin_skip |= {i for i, p in view.places if any(p is q for q in places)}
            places = []
        if (targets := self._targets(view, places, idx, etype)) != places:
            if not targets:  # "بقصف أحياء سكنية انطلاقاً من X": an unnamed target, X only where fire came from
                origin_skip |= {i for i, p in view.places if any(p is q for q in places)}
            places, how = targets, TARGET_RULE  # "على قرية Y انطلاقاً من بلدة X": Y, not the origin
        if places and (moved := self._deal_move_places(view, m, made)):
            places, how = moved, "deal-move"
        if etype in LEAVING_TYPES:
            places = self._origins(view, places, idx, destinations=etype != "withdraw")
            if places and (origin := self._origin_backref(view, m, places, idx, actor_idx)):
                places, how = origin + places, "scope+origin-backref"
            elif etype == "displacement" and "civilians_only" not in flags \
                    and (origin := self._subject_origin(view, m, prv, places, idx)):  # (a return: where to only)
                places, how = origin + places, "scope+subject-origin"
        if (including := self._including(view, m, places, idx, actor_idx)) != places:
            places, how = including, "scope+including"
        if places and (listed := self._backref_in_list(view, m, places, idx, actor_idx)):
            places, how = listed + places, "scope+listed-backref"
        if etype == "enter" and self._entered_period(view, m, nxt):
            return None  # "مع دخول الحصار على مدينة X شهره السابع": no entry (task left13)
        if etype == "enter" and self._into_the_country(view, m, nxt):
            # "عبرت الشاحنات الحدود عبر معبر X": the crossing is where they entered, or no place at all
            places = [p for i, p in view.places if m.j <= i < nxt and p.attrs.get("kind") == "crossing"]
            if not places:
                return None
            how = "scope+crossing"
        if not places:  # "غارات على أحياء في مدينة الرقة": with no place named, the city is the place (not the
            # town reinforcements came from: "وصلت تعزيزات إلى الحقل من مدينة X" arrive at the field recalled)
            places = [p for p in scope_places(view, m.i + 1, end, idx["locative"], idx["toward"],
                                              "origin_only" in flags,
                                              actor_idx | approach | origin_skip | object_skip | timed | linked,
                                              idx["descriptor"])
                      if p.attrs.get("kind") in CITY_KINDS
                      or (p.attrs.get("kind") in TARGET_SITE_KINDS and self._locates_target(view, p, idx, actor_idx))
                      or (etype in SPREAD_TYPES and p.attrs.get("kind") in SPREAD_AREA_KINDS
                          and self._locates_unnamed(view, p, idx))
                      # "تعرضت أحياء في مخيم اليرموك لقصف": a camp with quarters of its own, as a town (task read26c)
                      or (p.attrs.get("kind") in SETTLED_CAMP_KINDS and self._locates_unnamed(view, p, idx))]
        if places and etype in ("displacement", "evacuation"):
            places = self._witness_places(view, m, actor_idx, idx) + places  # "تشهد المنطقة نزوحاً نحو X"
            places = [p for p in self._host_places(view, m, actor_idx, idx) if p not in places] + places
            if origin := self._pronoun_origin(view, m, nxt, places, idx, actor_idx):
                places, how = origin + places, f"{how}+origin-pronoun"  # "فروا منها باتجاه مدينة X"
            elif origin := self._struck_origin(view, m, places, made, idx):
                places, how = origin + places, f"{how}+origin-resulted"
            elif origin := self._fronted_residents(view, m, places, idx, actor_idx):
                places, how = origin + places, f"{how}+origin-residents"  # "مئات من سكانها فروا نحو X"
            elif dest := self._backref_destination(view, m, nxt, places, idx, actor_idx):
                places, how = dest + places, f"{how}+destination-backref"
            if onward := [p for p in self._onward_destinations(view, nxt, idx, skip) if p not in places]:
                places, how = places + onward, f"{how}+onward"
        if not places and etype == "casualties" and not self._settled and any(
                c.row.get("type") == "attack" and c is not m for c in self._sentence_matches) \
                and not self._linked_apart(view, m):
            return "pending"  # the strike in this sentence says where they fell
        if not places and etype == "take_control" and self._into_the_country(view, m, nxt, COUNTRY_SHARE_REACH):
            return None  # "سيطرة التنظيم على ثلث أراضي سوريا": a share of a country is no place (GUIDELINES)
        if not places and (shared := self._shared_object(view, m, idx, flags, skip)):
            places, how = shared, "shared-object"
        if not places:
            places, how = self._fallback_places(view, m, prv, nxt, idx, continuation, fronted, made, actor_idx,
                                                      etype)
            if how.split("+")[0] in ("continuation", "coordinated", "fronted") and etype == "withdraw" \
                    and self._destination_only(view, m, nxt, idx):
                if self._deal_of(view, m) is None:
                    return None  # "وأضاف أنهم انسحبوا باتجاه X"، "هاجموا حاجزاً في X، وفرّ المهاجمون باتجاه Y": it names
                # only where they went, not where they left (GUIDELINES; task left14)
                places, how = self._deal_places(view, m, made, actor_idx)  # "بنوداً أبرزها ... وخروج الرافضين إلى
                # إدلب": a term of a deal leaves the place the deal concerns (task left27)
            if places and etype == "attack" and self._battle_told_before(view, m):
                return None  # "وقتل ثمانية منهم خلال المعارك": the fighting already told, no clash of its own
        if not places:
            places, how = self._deal_places(view, m, made, actor_idx)
        if not places:
            places, how = self._between_both_parties(view, m, nxt, made), "both-parties"
        if not places and (before_other := self._clash_before_other(m, cues, made)):
            places, how = before_other, "after-other"
        if not places:
            places, how = self._sites_in_place(view, m, idx, actor_idx), "sites-in-place"
        if not places:
            note_unplaced(view, m, etype)
            return "pending" if etype == "casualties" and not self._settled else None
        if etype == "advance" and self._scene_cordon(how, places):
            return None  # "انفجرت عبوة في مدينة X ... وطوقت قوات الأمن المنطقة": the scene ringed, not the town
        if how.split("+")[0] == "continuation" and verdict.polarity == "expected":
            return None  # "وأضاف أن قواته ستواصل التقدم"، "سيستعيدون ما خسروه": a vow that names no place of its
            # own is no plan at the place the report before told (task read17b)
        excluded = set(no_agent) | self._status_idx
        if any(c.j == prv and "loser" in c.flags for c in self._sentence_matches):
            excluded |= {prv}  # "خروج المدينة عن سيطرة النظام والدخول": النظام lost, it does not enter
        victims = self.victim_idx(view) if etype == "attack" else set()  # (read once: used twice below)
        owners = self.struck_owners(view) if etype == "attack" else set()  # "دورية للجيش" hit: no agent
        if etype == "attack":
            excluded |= {i - 1 for i in victims} | victims | owners
        if "agent" in flags:
            excluded |= set(range(m.i + 1, m.j))  # "القضاء على المسلحين": who is eliminated is no agent
        lost_by = self.taken_from(view, m) if etype == "take_control" and "loser" not in flags else set()
        excluded |= self._relative_event_actors(view, m, nxt)
        excluded |= self._time_clause_actors(view, m) | self._fallen_actors(view, m)
        if etype == "other":
            excluded |= self._served_civilians(view)
        excluded |= {i - 1 for i in lost_by} | lost_by
        if "capture" in flags:
            excluded |= self._captives(view, m, nxt)
        if "patient_after" in flags:
            excluded |= self._arrested(view, m, nxt)
        excluded |= self._arrested_before(view, m)
        if "patient_matched" in flags:
            excluded |= self._matched_patient(view, m)
        if "besieger_after" in flags:
            excluded |= self._besieger(view, m, nxt)
        actor = pick_actor(view, m, prv, self._subject_reach(m, nxt), excluded, idx["clause_open"])
        if actor is None and "capture" in flags:
            actor = self._scene_launcher(view, m)  # "أُسر جنديان في كمين نصبته جبهة النصرة": who set it
        repeller = None
        if etype == "attack" and (launcher := self.launched_by(view, m, nxt)) is not None:
            if self.repelled(view, m) and (by := actor if actor not in (None, launcher)
                                           else self.named_repeller(view, m, launcher)) is not None:
                self._repelled_by[id(m)] = by  # who repelled it: the subject a kill verb joined to it shares
            actor = launcher  # "تصدى المقاتلون لهجوم شنته القوات النظامية"
        elif etype == "attack" and actor is not None and actor.attrs.get("side") in ARMED_SIDES \
                and self.repelled(view, m):
            repeller, actor = self.responder(view, m) or actor, None  # "تصدت الفصائل لهجوم على X": the attack
            # is the repeller's enemy's; "رداً على القصف على X" the enemy's of who answers it
        if etype == "attack" and (captor := self._scene_captor(view, m, nxt)) is not None:
            actor = captor  # "أسرت أربعة مقاتلين من الفصائل في كمين": the ambush is the captor's
        leaver = None  # "انسحبت الفصائل من X بعد قصف استهدفها": who left suffered the strike, its enemy struck
        if etype == "attack" and actor is not None and self.left_under(view, m, self._sentence_matches, actor):
            leaver, actor = actor, None
        if etype == "attack" and actor is not None and token_at(view.toks, actor.start) in victims | owners:
            actor = None  # "سقوط خمسة جنود أتراك قتلى في هجوم": who suffered did not strike
        # "قتلت قوات الأمن 20 شخصاً": the subject of an active kill verb, read once for the actor and the side
        killer = self.killer(view, m) if etype == "casualties" else None
        if etype == "casualties" and killer is None:
            killer = self.joined_killer(view, m)  # "سيطرت الفصائل على X وقتلت عشرة عناصر": the subject it shares
        if etype == "casualties" and (perp := self.perpetrator(view, m) or killer) is not None:
            actor = perp
        reported_by = None
        if self.speaker_not_agent(view, m, etype, actor, smention):
            reported_by, actor = actor, None
        shares, shared = self.shared_subject(view, m, actor)
        if shares:  # "دخلت قوة القرية، وتمركزت بين المنازل": a joined verb's subject is the one before's
            actor = shared
        clash_subject = None
        if actor is not None and actor.attrs.get("coref") and smention is not None \
                and smention.attrs.get("side") not in (None, "", "unknown", "civilians") \
                and fold_text(actor.text).split()[0] not in DEMONSTRATIVES:
            if etype == "attack" and "mutual" in flags and self._verb_clash_subject(view, m, actor):
                clash_subject = smention  # "قالت الوزارة إن قواتها اشتبكت مع مسلحين": the clash verb's subject
            actor = smention  # "وذكرت أن قواتها دخلت": its forces are the speaker's ("هذه الفصائل" are not)
        elif actor is not None and self.pronoun_speaks(view, m, actor, smention):
            actor = smention  # "قالت فصائل تقاتل ضمن عملية X إنها سيطرت": the pronoun is the speaker, not X
        taking_part = self._participant(view, m) if etype == "attack" else None
        if taking_part is not None:
            actor = taking_part  # "نفت مشاركة الجيش في الاشتباكات": who took part, not a force named before
        struck = self._struck_subject(view, m, actor) if "exposed" in flags else None  # "تعرضت ... لقصف"
        if struck is not None:
            actor = self._striker_after(view, m, nxt)
        accused = self.accused_agent(view, m) if etype in ("attack", "casualties") else None
        if accused is not None:
            actor = accused  # "اتهمت X Y بالوقوف وراء التفجير": Y is the alleged agent, X the accuser
        if actor is not None and etype in ("attack", "casualties") and self.borrowed_unfit(view, m, actor):
            actor = None  # "سيطر الجيش الحر على X، في حين قصفت البلدة بالبراميل": the barrels are not its
        self.side_note = ""
        side = self._side(view, m, etype, flags, actor, smention, prv, nxt, killer)
        if clash_subject is not None and actor is clash_subject and side != clash_subject.attrs.get("side"):
            side, self.side_note = clash_subject.attrs["side"], "side:clash-verb-subject"  # the first-named party
        elif shares and shared is not None and actor is shared and etype == "attack" and "mutual" in flags \
                and shared.attrs.get("side") not in (None, "", "unknown", "civilians") \
                and self._verb_clash_subject(view, m, actor, joined=True):
            side, self.side_note = shared.attrs["side"], "side:clash-verb-subject"  # "داهمت ... واشتبكت مع مسلحين"
        if taking_part is not None and actor is taking_part:
            side = taking_part.attrs.get("side", "unknown")  # (a clash's first-named party does not hold here)
        if accused is not None:
            side = accused.attrs.get("side", "unknown")
        if struck is not None and actor is None:  # no striker named after the strike noun: the struck's enemy
            side = adversary(struck.attrs.get("side", "unknown"), self.day)
        if leaver is not None:
            side = self.adversary_here(leaver.attrs.get("side", "unknown"), view, m)
        if repeller is not None and actor is None:
            self._repelled_by[id(m)] = repeller  # "صدوا الهجوم ... وقتلوا": the verb joined to it is the repeller's
            side = self.adversary_here(repeller.attrs.get("side", "unknown"), view, m)
            self.side_note = "side:repeller-adversary"
        if actor is None and lost_by and etype == "take_control":
            loser = next(a for a0, _, a in view.actors if a0 in lost_by)
            side = adversary(loser.attrs.get("side", "unknown"), self.day)  # taken from the force named
        if actor is None and etype in OWNED_PLACE_TYPES and (owner := self._place_owner(view, places)):
            side = self.adversary_here(owner, view, m)  # "سيطروا على مبنى أمن الأسايش": the Asayish's enemy
        held_how = "side:accused" if accused is not None else ""
        if etype == "withdraw" and "by_subject" in flags and (held := self.held_side(places)) and (
                actor is None or token_at(toks, actor.start) not in view.subject_idx
                or actor.attrs.get("side") in ("civilians", "unknown")):
            side, held_how = held, "side:held-town"  # "مسلحي بلدتي X وY المواليتين": a loyalist town's fighters
        side_how = "side:leaver-adversary" if leaver is not None else self.side_note
        if reported_by is not None and etype == "attack" and self._against_other(view, m, nxt, reported_by):
            actor, side, side_how = reported_by, reported_by.attrs.get("side", "unknown"), "side:reporter-against"
        elif reported_by is not None and etype == "attack" and side == "unknown" and "exposed" not in flags \
                and reported_by.attrs.get("side") in FOREIGN_ARMY_SIDES and toks[m.i].bare in STRIKE_NOUNS:
            # "وقال المتحدث باسم الجيش الإسرائيلي إن الضربات طالت موقعاً في X": a foreign army's spokesman tells
            # of its own strikes in Syria ("الضربات"، "الغارات"), not of strikes on it (shells falling, a base
            # "تعرضت لقصف": its adversary's) (task probe17)
            side, side_how = reported_by.attrs.get("side", "unknown"), "side:reporter-own"
        elif reported_by is not None and etype == "attack" and side in (reported_by.attrs.get("side"), "unknown") \
                and self.side_note != "side:operation-air" and self._claim_at(view, m) is None \
                and not (side == "unknown" and self.covert_strike(view, m)):  # "مصدر نيران مجهول": unknown, said so
            # (an operation's air power, "قالت الفصائل المشاركة في عملية X إن الطيران قصف": the side is read)  # "أعلن X مسؤوليته عن قصف": a claimant tells of its own strike
            side = self.adversary_here(reported_by.attrs.get("side", "unknown"), view, m)  # a party tells of a strike on it
            side_how = "side:reporter-adversary"  # decided from the speaker, not a pro-drop guess
        retaken = False  # "قبل أن تطرده X منها": a force expels the one that held the place (dedupe keeps both)
        if "object_after" in flags:
            # "طرد عناصر التنظيم من البلدة": the force named after the head is expelled, the one before
            # it expels
            before = [a for a0, _, a in view.actors if prv <= a0 < m.i]
            spans = [(a0, a1, a) for a0, a1, a in view.actors_by_start if m.i < a0 < m.j + 3]
            inside = [a for _, _, a in spans]
            # "بعد طردها من البلدة على أيدي الفصائل": a passive expulsion names its agent after the place
            hands = [a for a0, _, a in view.actors if m.j <= a0 < nxt + 4 and toks[a0 - 1].bare in AGENT_HANDS]
            if hands:
                actor = hands[0]
                side = actor.attrs.get("side", "unknown")
            elif spans and spans[0][0] == m.i + 1 and _carries_object(toks[m.i]):
                # "قبل أن تطرده الفصائل منها"، "تطردهم": the verb carries the expelled as its pronoun, so the force
                # right after it is the expeller, not the force before it that took the place first (task backref17)
                actor, retaken = inside[0], True
                side = actor.attrs.get("side", "unknown")
            elif before:
                actor = before[-1]
                side = actor.attrs.get("side", "unknown")
            elif len(inside) >= 2 and (inside[0].attrs.get("side") != inside[1].attrs.get("side")
                                       or not _joined(toks, spans[0][1], spans[1][0])):
                # "طردت الفصائل عناصر التنظيم من البلدة": the verb's subject, then its object; of one side too
                # ("طردت جبهة النصرة مقاتلي جبهة ثوار سوريا"), unless the second is joined to the first by و
                # ("طرد مقاتلي النصرة ومقاتلي أحرار الشام": two objects of an expeller not named here)
                actor = inside[0]
                side = actor.attrs.get("side", "unknown")
            elif inside:
                actor = None  # "وطرد داعش منها" in a story of the army: the expeller is the army named here
                side = self.adversary_here(inside[0].attrs.get("side", "unknown"), view, m)
        if "receiver" in flags:  # "سلّم المقاتلون المنطقة للحكومة": the force it is handed to takes it
            side = self._receiver_side(view, m, nxt, actor)
        nat = subj = None
        if etype in ("attack", "casualties"):
            strikes = [c for c in self._sentence_matches if c.row.get("type") == "attack" and c.i <= m.i]
            # "قتل ثلاثة جنود سوريين": a nationality after a kill word is the victims', not the killers'; the
            # strike's is in the cause phrase after them (``cause_nationality``) or on a strike before
            own = [m] if etype == "attack" else []
            nat = next((n for c in [*own, *reversed(strikes)] if (n := self._nationality(view, c))), None)
        elif etype in ADJECTIVE_SIDE_TYPES and m.j < len(toks) and m.j not in view.actor_tokens \
                and toks[m.i].bare.startswith(DEFINITE_ARTICLE) and toks[m.j].bare.startswith(DEFINITE_ARTICLE):
            # "استمرار التوغلات الإسرائيلية في X"، "الانتشار التركي في Y": a definite move noun and the nationality
            # adjective agreeing with it name whose move it is, as they do after a strike noun (task probe25)
            nat = token_nationality(toks[m.j]) or None
        if etype == "casualties" and not nat and (cause := self.cause_nationality(view, m)) and (
                actor is None or actor.attrs.get("side") in (None, "unknown", "government")
                or token_at(toks, actor.start) in self.victim_idx(view)):
            # "قتل عناصر من الحرس الثوري جراء غارات إسرائيلية": the strike that caused the toll names its
            # agent by a nationality; the force counted among the dead suffered it
            actor, nat, side_how = None, cause, "side:cause-nationality"
        dead = actor is not None and self._dead_before_strike(view, actor)
        if etype == "casualties" and not nat and dead:
            nat = self.cause_nationality(view, m)
        if nat and self.side_note == "side:war-remnant":
            nat = None  # "بانفجار ألغام من مخلفات الحرب في محافظات سورية": debris has no striker to name (task conv33)
        if nat and (actor is None or actor.attrs.get("side") in (None, "unknown", "government") or dead):
            if dead:  # "قتل جنود أتراك بغارة روسية": the strike's nationality, not the dead's (task left25)
                actor, side_how = None, "side:dead-before-strike"
            side = nat
        elif actor is None and (subj := self._force_nationality(view, max(prv, m.i - 4), m.i) or (
                self._force_nationality(view, m.i + 1, m.j) if "verb" in flags else None)):
            side = subj  # "قوة إسرائيلية وصلت إلى ..."، "أطلقت دبابة إسرائيلية قذيفتين" (VSO, inside the row's gap)
        elif actor is None and etype == "attack" and "verb" in flags and (
                subj := self._force_nationality(view, m.i + 2, min(len(toks), m.i + 3))):
            side = subj  # "قصفت مدمرات أمريكية المطار": the verb's subject, a craft and its nationality, after it
            side_how = side_how or "side:craft-nationality"
        if accused is not None:  # what the accusation names holds over a reporter's or a nationality's guess
            actor, side = accused, accused.attrs.get("side", "unknown")
        elif (foreign := speaker_army(view, actor)) is not None:
            actor, side, side_how = None, foreign, "side:speaker-army"  # "قالت وسائل إعلام إسرائيلية إن الجيش":
            # Israel's army, not the Syrian army the bare word names at home
        date = event_date(view, m, self.article, self._previous_day(), continuation, self._breaks,
                          self.narrative, lead_until_today(self.article, self.lead_day, view.index))
        if not held_how and (then := self.adversary_then(side, date.value)):
            side, held_how = then, "side:loser-adversary-then"  # "خرجت عن سيطرة النظام السابق عام 2012"
        if actor is None and not side_how and not held_how and (
                we := self.first_person_side(view, m, date.value or self.day)):
            side, side_how = we, "side:first-person"  # "ج: دخلنا حمص": the interviewee's side at the event's day
        elif actor is not None and not side_how and not held_how and (
                we := self.first_person_side(view, m, date.value or self.day, actor)):
            actor, side, side_how = None, we, "side:first-person"  # "المتحدث: وقواتنا منتشرة": the speaker's forces
        if actor is None and not (nat or subj or side_how or held_how) and etype in ("attack", "casualties") and (
                arm := sole_operator_side(view, m, date.value or self.day, self.article.raw)) and not self.covert_strike(view, m):
            side, held_how = arm, "side:sole-operator"  # "ألقت المروحيات براميل": only one side flew them
        qty = quantity_near(view, m, prv, nxt, etype, self._sentence_matches)
        out = []
        for p in places:
            t = etype
            if "toward" in flags and t != "displacement" and (place_after_toward(view, p, m.i + 1, idx["toward"])
                                      or p.attrs.get("kind") in LINE_KINDS):
                t = "advance"  # "باتجاه X"، "إلى أطراف X"; a river is reached, never entered
            elif "toward" in flags and t == "enter" and _edge_object(toks, m.j):
                t = "advance"  # "ووصلت إلى أطرافها الغربية"، "إلى أطراف البلدة": its edges, by a back-reference
            elif "heading" in flags and t == "enter" and place_after_toward(view, p, m.i + 1, idx["toward"], False):
                t = "advance"  # "دخلت من الأراضي التركية باتجاه مدينة X": heading for it (task read17b)
            elif t == "advance" and "siege" not in flags and self._inside(view, m, p, nxt):
                t = "enter"  # "تقدمت داخل مدينة يبرود", "تقدم القوات داخلها": moving inside is an entry
            ev = self._event(view, m, t, verdict, p, actor, side, source, date, qty, how)
            if t == "advance" and "siege" not in flags and self._progress_in(view, m, nxt, idx):
                ev.rule = ev.rule.replace(f" place:{how} ", f" place:{how}+{WITHIN} ", 1)
            if held_how:  # the town's side (or the arm's), whatever actor the sentence named
                ev.rule = ev.rule.rsplit(" side:", 1)[0] + " " + held_how
            elif side_how:
                ev.rule = ev.rule.replace("side:implied", side_how)
            elif shared is not None and shared is actor:  # the subject it shares, not one named at it
                ev.rule = ev.rule.replace(" side:", " subject:shared side:")
            if retaken:
                ev.rule = ev.rule.replace(" side:", f" {RETAKEN} side:", 1)
            out.append((ev, places))
        # "أسفرت الاشتباكات عن مقتل 6 من X و4 من Y": a toll of two counted forces with no strike before it that
        # names no killer of its own is two tolls, each inflicted by the other force (task tolls19); a toll
        # spread over several places ("منذ الثلاثاء في محيط X وبلدة Y") is a running count, not one battle's
        if etype == "casualties" and len(out) == 1 and killer is None and accused is None \
                and (pair := self.coordinated_toll(view, m)) is not None \
                and (actor is None or actor.attrs.get("side") in pair[1:]) \
                and self._battle_foes(pair[1], pair[2], date.value or self.day):
            out = self._split_toll(out, *pair)
        self._told.setdefault(id(m), []).extend(ev for ev, _ in out)
        if "mutual" in m.flags and out and out[0][1]:
            self._last_deal = (view.index, out[0][1][:1])  # (a deal's sentence and place: _deal_places)
        # (asked only of a sentence holding its words, as _undated_day asks it: most triggers' sentences hold none)
        if not view.words.isdisjoint(is_recap.needs) and \
                is_recap(toks, m, max([k for k in self._breaks if k <= m.i], default=0), self.article.raw):
            self._recaps.update(ev.id for ev, _ in out)
        return out

    @staticmethod
    def _battle_foes(one: str, other: str, day: str | None) -> bool:
        """Whether two counted forces are the two parties of one battle (one the other's adversary on that
        day): "جرح ثلاثة من عناصر الأمن العام واثنان من الجنود الأمريكيين" counts partners hurt together."""
        return adversary(one, day) == other or adversary(other, day) == one

    @staticmethod
    def _joined_goal(m: Match, matches: list[Match], toks, cues, breaks: set[int]) -> bool:
        """A verbal noun joined by "و" to a goal just before it is a goal too ("يقاتلون للسيطرة على X
        والسيطرة على Y"): like the goal, it does not end the scope of the trigger before them."""
        head = toks[m.i]
        if not (m.i and head.word.startswith(COORDINATION) and head.bare.startswith(ARTICLE)):
            return False
        prev = [c for c in matches if c.j <= m.i and c.row.get("type") != "none"]
        return bool(prev) and not any(prev[-1].j < k <= m.i for k in breaks) \
            and is_purpose(prev[-1], toks, cues, breaks) and "purpose_ok" not in prev[-1].flags

    def _relative_event_actors(self, view: SentenceView, m: Match, nxt: int) -> set[int]:
        """"كسر الحصار الذي يفرضه التنظيم على X": a relative clause right after a trigger that is an event of
        its own (a trigger of the sentence opens with the relative word) has its own subject; the forces named
        in it are not the agent of the trigger it describes ("الحافلات التي تقل المسلحين" is no event: its
        fighters still leave)."""
        toks = view.toks
        rel = next((c for c in self._sentence_matches if c is not m and m.j <= c.i <= m.j + 1
                    and toks[c.i].bare in RELATIVES), None)
        if rel is None:
            return set()
        inside = {a0 for a0, _, _ in view.actors if rel.i < a0 < max(nxt, rel.j + 3)}
        return inside | {a0 - 1 for a0 in inside}  # (excluded sets hold a mention's token and the one before)

    @staticmethod
    def _served_civilians(view: SentenceView) -> set[int]:
        """"فتح ممر آمن لخروج المدنيين": civilians after a verbal noun with the purpose ل are whom a corridor or a
        deal serves, not who opens or makes it (the token before them is what the excluded sets hold)."""
        toks = view.toks
        out: set[int] = set()
        for a0, _, a in view.actors:
            if a0 and a.attrs.get("side") == "civilians":
                before = toks[a0 - 1]
                lam = tuple(LAM)
                if before.word.startswith(lam) and len(before.forms) > 1 and not before.forms[-1].startswith(lam):
                    out |= {a0 - 1, a0}
        return out

    def _subject_reach(self, m: Match, nxt: int) -> int:
        """Where a trigger's agent may stand after it: its scope end, unless a blocker opens right after the
        trigger on its subject ("قبل أن تدخلها أرتال الجيش وترفع العلم": the convoy that flies a flag is who
        enters; the blocker vetoes a flag raised, not the agent), then that blocker's end."""
        veto = next((c for c in self._sentence_matches if c.i == nxt and c.row.get("type") == "none"), None)
        return veto.j if veto is not None and m.j <= nxt <= m.j + 1 else nxt

    def _sequence_verdict(self, view: SentenceView, m: Match, cues, denial: bool, verdict: Verdict) -> Verdict:
        """"قصفت القوات البلدة قبل أن تنسحب منها": "قبل أن" + a verb after a happening told in the same sentence
        is the next happening of a sequence, told as it happened (GUIDELINES, Polarity), not a "before it
        happens" that has not come yet; the trigger is judged again without that cue, so an expectation or a
        denial over the whole sentence still reaches it. With no happening before it ("تنتظر ضمانات قبل أن
        تعزز نقاطها") the clause stays what has not come."""
        if verdict.polarity != NO_EVENT or not verdict.cue.startswith(NOT_YET) or m.i < 2:
            return verdict
        toks = view.toks
        if toks[m.i - 1].bare not in SUBORDINATE_THAT or toks[m.i - 2].bare not in BEFORE_LINKER:
            return verdict
        cue = next((c for c in cues if c.i == m.i - 2 and c.row.get("effect") == "notyet"), None)
        told = [c for c in self._sentence_matches if c.j <= m.i - 2 and c.row.get("type") != "none"
                and self._verdicts.get(id(c), verdict).polarity != NO_EVENT]
        if cue is None or not told:
            return verdict
        again = judge(m, toks, [c for c in cues if c is not cue], denial, breaks=self._breaks)
        return Verdict(again.polarity, f"sequence:{again.cue}") if again.polarity != NO_EVENT else again

    def _dead_before_strike(self, view: SentenceView, actor: Mention) -> bool:
        """"قتل جنود أتراك بغارة روسية"، "أصيب عناصر من قسد بقصف تركي": a force named right after a casualty
        word (the subject of the passive, the dead) with a strike noun right after it that names how they died
        suffered that strike; it struck nothing. The strike's own nationality, when it has one, is its side."""
        toks = view.toks
        a0 = token_at(toks, actor.start)
        a1 = token_at(toks, max(actor.start, actor.end - 1))
        if not any(toks[k].bare in CASUALTY_WORDS or toks[k].forms[-1] in CASUALTY_WORDS
                   for k in range(max(0, a0 - DEAD_SUBJECT_REACH), a0)):
            return False
        return any(c.row.get("type") == "attack" and a1 < c.i <= a1 + DEAD_SUBJECT_REACH
                   for c in self._sentence_matches)

    def _result_verdict(self, view: SentenceView, m: Match, verdict: Verdict) -> Verdict:
        """"انسحب عناصر التنظيم من قرية X، لتدخلها الميليشيات صباح اليوم": ل + an imperfect verb whose object
        pronoun recalls the place and whose own subject follows it, a force other than the first clause's, is
        the ل of what came next (لام العاقبة), not a goal: the next happening of a sequence, told as the one
        before it (its polarity). With no subject of its own ("حشدت القوات أرتالها قربها لتدخلها") the ل is the
        first force's purpose and stays no event (task left25)."""
        if verdict.polarity != NO_EVENT or verdict.cue != "purpose" or not m.i or m.j - m.i != 1:
            return verdict
        toks = view.toks
        head = toks[m.i]
        if not head.bare.startswith(tuple(PURPOSE_LAM)) or not head.bare.endswith(tuple(OBJECT_PRONOUNS)):
            return verdict
        if not any(a0 == m.j for a0, _, _ in view.actors):
            return verdict
        told = [c for c in self._sentence_matches if c.j <= m.i and c.row.get("type") not in ("none", m.row.get("type"))
                and self._verdicts.get(id(c), verdict).polarity != NO_EVENT]
        if not told:
            return verdict
        return Verdict(self._verdicts[id(told[-1])].polarity, "result-clause")

    def _coordinated_verdict(self, view: SentenceView, m: Match, verdict: Verdict) -> Verdict:
        """A trigger joined by "أو", or a verbal noun joined by "و", to the trigger before it in the same
        clause shares its polarity: "لم يدخل البلدة بعد أو يسيطر على النبع" (denied), "للسيطرة على X
        والسيطرة على Y" (a goal, no event); so does a verbal noun after a repeated "وعلى", a second object of the
        same verb ("اتفقا على تسليم X، وعلى انسحاب Y": expected)."""
        if verdict.polarity != "asserted" or not m.i:
            return verdict
        toks = view.toks
        prev = [c for c in self._sentence_matches if c.j <= m.i and c.row.get("type") != "none"]
        # "اتفقا على تسليم X، وعلى انسحاب Y": على repeated with و opens a second object of the same verb, past
        # a comma too
        repeated = toks[m.i - 1].word.startswith(COORDINATION) and any(f in ON_PREP for f in toks[m.i - 1].forms[1:])
        if not prev or (any(prev[-1].j < k <= m.i for k in self._breaks) and not repeated):
            return verdict
        before = self._verdicts.get(id(prev[-1]))
        head = toks[m.i]
        # "تنص على نشر قوات ... وانسحاب القوات من X": a verbal noun in construct joined by و to a term (task read10)
        noun = head.bare.startswith(ARTICLE) or (before is not None and before.polarity == "expected"
                                                  and ("noun" in m.flags or verbal_noun(head.word)))
        joined = toks[m.i - 1].bare in OR or (head.word.startswith(COORDINATION) and noun) or repeated
        if before is None or before.polarity == "asserted" or not joined:
            return verdict
        return Verdict(before.polarity, f"coordinated:{before.cue}")

    def _event(self, view, m: Match, etype, verdict, place: Mention, actor, side, source, date, qty, how):
        toks = view.toks
        start = toks[m.i].start
        end = max(toks[m.j - 1].end, place.end if place.start >= start else 0)
        if place.sentence != view.index:
            end = toks[m.j - 1].end
        if etype == "casualties" and qty and (part := _partial_toll(view, m, place)) is not None:
            qty = part  # "قتل 30 شخصاً في ريف إدلب، بينهم 12 في بلدة أريحا": Ariha's share, not the total
        side_note = "actor" if self._side_from_actor(view, actor, side) else "implied"
        named = actor
        if etype == "other" and "authority" in m.flags and side == "government" \
                and (actor is None or actor.rule.startswith(BARE_HEAD_RULE)) \
                and (far := foreign_post_side(place)) is not None:
            # "قررت الحكومة إغلاق مركز حدود جابر": a post across the border only its own state closes; the
            # government a bare head or no agent lent is that state's (task misread38)
            side, side_note, named = far, "foreign-post", None
        ev = Event(
            id=_event_id(self.article.id, etype, place.attrs.get("id") or place.text, start),
            article=self.article.id, type=etype,
            polarity=verdict.polarity, place=_place_of(place), actor=self._dated_actor(named, side, date),
            source=source, date=date, quantity=qty,
            quantity_of=(("wounded" if toll_counts_wounded(view, m, self._sentence_matches) else "dead")
                         if etype == "casualties" and qty else ""),
            evidence=evidence_span(self.article, view.index, start, end),
            confidence=self._confidence(m, place, actor, how),
            rule=f"trigger:{m.pattern.name} place:{how} polarity:{verdict.cue or 'asserted'} side:{side_note}",
            trigger=self.article.raw[start:toks[m.j - 1].end], sentence=view.index,
        )
        if etype == "casualties" and (dead := self.dead_named(view, m)) is not None:
            ev.rule = dead_tagged(ev.rule, dead)  # whose dead: dedupe keeps two sides' tolls of a place apart
        return ev

    @staticmethod
    def _strike_lands(view: SentenceView, m: Match, matches: list[Match]) -> bool:
        """Whether ``m`` is the verb of hitting that tells where the strike just named landed ("غارة جوية
        روسية أصابت سوقاً وسط X"): it hits no people, so it is no toll, and the strike's scope runs on to
        X. After any other subject ("أضرار أصابت نبع X") the verb opens a clause of its own."""
        if view.toks[m.i].bare in STRIKE_SUBJECT_VERB and any(
                c.row.get("type") == "attack" and c is not m and "verb" in c.flags and 0 <= m.i - c.j <= 1
                for c in matches):
            return True  # "شنت المقاتلات الإسرائيلية غارات استهدفت X": the raids the verb's subject launched hit X
        head = view.toks[m.i].bare  # "استهدفه": a targeting verb with its object pronoun, by its lemma
        if (head in STRIKE_SUBJECT_VERB or STRIKE_SUBJECT_VERB & analyses(head)) and any(
                c.row.get("type") == "attack" and 0 <= m.i - c.j <= _Extractor._strike_gap(view.toks, c)
                and any(f in STRIKE_SUBJECT_NOUN for f in view.toks[c.i].forms)
                and not any(view.toks[k].bare in RELATIVES for k in range(c.j, m.i)) for c in matches):
            # "قتل شاب بهجوم مسلح استهدفه في بلدة X" after a fronted frame: the attack's place is X (task read10);
            # a definite strike with its relative ("الغارات التي استهدفت X") keeps its own clause
            return True
        if "hits_people" not in m.flags or wounds_people(view, m):
            return False
        return any(c.row.get("type") == "attack" and 0 <= m.i - c.j <= STRIKE_SUBJECT_GAP for c in matches)

    @staticmethod
    def _strike_gap(toks, c: Match) -> int:
        """How many words may stand between a strike noun and its targeting verb: its adjectives, or its
        carrier after "من" ("بضربة من طائرة مسيرة تركية استهدفت سيارتهم"), a little longer (task read11)."""
        return STRIKE_CARRIER_GAP if c.j < len(toks) and toks[c.j].bare in STRIKE_CARRIER else STRIKE_SUBJECT_GAP

    @staticmethod
    def _side_from_actor(view: SentenceView, actor: Mention | None, side: str) -> bool:
        """Whether the event's side came from a named actor: not when a force of a known side was picked
        but the rules left the event unknown ("دمرت قسد دبابة ... كما أعطبت عربتين": who
        inflicted it is not said), so that ``dedupe`` weighs it as the guess it is. A force named as who
        suffered ("جرح ثلاثة من عناصر الأمن") still decided it: its adversary is unidentified."""
        if actor is None:
            return False
        if side != "unknown" or actor.attrs.get("side") in (None, "", "unknown"):
            return True
        k = next((a0 for a0, _, a in view.actors if a is actor), None)
        return bool(k) and view.toks[k - 1].bare in VICTIM_MARKERS

    @staticmethod
    def _confidence(m: Match, place: Mention, actor, how: str) -> float:
        c = 0.55 + (0.1 if "verb" in m.flags else 0.0)
        c += 0.1 if actor is not None else 0.0
        c += 0.1 if place.attrs.get("geo_precision", 1) == 1 and place.attrs.get("resolved", True) else 0.0
        c -= 0.15 if how not in ("scope", TARGET_RULE) else 0.0  # the target is read off the scope
        c = max(0.05, min(0.95, c))
        rounded = _ROUNDED.get(c)
        if rounded is None:  # a sum of the few steps above: some sixteen values in all
            rounded = _ROUNDED[c] = round(c, 2)
        return rounded


def extract_events(article: Article) -> Article:
    """Pipeline stage: fill ``article.events`` from its sentences and mentions."""
    reread_actors(article)  # dated actors at the article's date, inferred by the dates stage if need be
    article.events = _Extractor(article).run()
    return article


def _edge_object(toks: list, j: int) -> bool:
    """The object right after a reaching verb's "إلى" is an edge noun of a place told by a back-reference
    ("ووصلت إلى أطرافها الغربية"، "وصلوا إلى مشارف البلدة"): reaching the edges is an advance, not an entry, as
    with a named place ("إلى أطراف مدينة X": frames.place_after_toward) (task read20b)."""
    if j >= len(toks):
        return False
    word = toks[j].bare
    return word in OUTSKIRTS or toks[j].forms[-1] in OUTSKIRTS or any(
        word.endswith(sfx) and word[:-len(sfx)] in OUTSKIRTS for sfx in _EDGE_POSSESSIVES)


_EDGE_POSSESSIVES = tuple(wordlist("object_pronoun_suffix"))  # "أطرافها"، "مشارفه": the edges of the place told


OFFICE_OF_PLACE = wordset("office_of_place_noun")  # "محافظ المدينة": a person's office over the town
OFFICE_BODY = wordset("office_body_noun")  # "رئيس مجلس المدينة": the council between the office and the town


def _office_seat(toks, k: int) -> bool:
    """Whether the back-reference noun at ``k`` ("المدينة"، "البلدة") completes an official's title: right after
    an office or a council ("محافظ المدينة"، "رئيس مجلس المدينة"، "مختار القرية") or a district noun after a
    title ("مدير منطقة المدينة", as ``_district_seat``). Its place is where the office sits, named in passing;
    "في المدينة"، "على المدينة"، "دخلوا المدينة" stay the event's place (task misread26)."""
    if k < 1:
        return False
    if any(f in OFFICE_OF_PLACE for f in toks[k - 1].forms):
        return True
    if k >= 2 and toks[k - 1].bare in OFFICE_BODY and any(f in OFFICE_OF_PLACE for f in toks[k - 2].forms):
        return True  # "رئيس مجلس المدينة": the head of the town's council
    return _district_seat(toks, k - 1) and toks[k - 1].bare in DISTRICT_NOUNS


def _district_seat(toks, i: int) -> bool:
    """"قال قائد منطقة حلب إن ..."، "مدير منطقة جبلة"، "قائد قطاع درعا": a place after a district noun that
    follows a person's title names the district the official heads (as "محافظ حمص" names a governor's), not
    where what he reports or does happens; the place may be read with its district noun ("منطقة حلب") or
    after it (task left28)."""
    if i >= 1 and toks[i].bare in DISTRICT_NOUNS and toks[i - 1].bare in DISTRICT_OFFICES:
        return True
    return i >= 2 and toks[i - 1].bare in DISTRICT_NOUNS and toks[i - 2].bare in DISTRICT_OFFICES


def _clash_site(view: SentenceView, m: Match, breaks: Collection[int]) -> tuple[int | None, bool]:
    """The preposition that places a clash noun, and whether its parties stand between them: right after the
    noun (في/على, task read8), or past its adjectives and its parties opened by بين/مع ("اشتباكات عنيفة مع قوات
    النظام قرب قرية X", task miss29). A clause mark or a place inside the parties ("مع مسلحين من بلدة X")
    ends the search: what follows is no longer the clash's own place."""
    toks = view.toks
    k = m.j
    if k < len(toks) and (toks[k].bare in IN or toks[k].bare in BATTLE_SITE_PREPS):
        return k, False
    while k < len(toks) and toks[k].bare in CLASH_MODIFIERS and k not in breaks:
        k += 1
    if k >= len(toks) or toks[k].bare not in CLASH_PARTY_LEADS:
        return None, False
    for q in range(k + 1, min(len(toks), k + 1 + CLASH_PARTIES_REACH)):
        if q in breaks or q in view.place_tokens:
            return None, False
        if toks[q].bare in CLASH_SITE_PREPS:
            return q, True
    return None, False


def _told_as_cause(view: SentenceView, toll: Match, breaks: set[int]) -> bool:
    """"عقب توتر أمني أعقب العثور على جثتي رجل"، "بعد مقتل شابين": a toll inside a clause of what came before (a
    cause lead, wordset witnessed_cause_lead, or a verb of following, wordset follow_verb, within CAUSE_LEAD_REACH
    words before it, no mark between) is what the main clause's measure answered, not what that measure did
    (task read26c)."""
    toks = view.toks
    for k in range(toll.i - 1, max(-1, toll.i - 1 - CAUSE_LEAD_REACH), -1):
        if toks[k].bare in CAUSE_LEADS or toks[k].word in CAUSE_LEADS:
            return not any(k < b <= toll.i for b in breaks)
    return False


CAUSE_LEADS = wordset("witnessed_cause_lead") | wordset("follow_verb")
CAUSE_LEAD_REACH = 4  # words from a cause lead to the toll it opens ("أعقب العثور على جثتي")


def _apart_after(view: SentenceView, toll: Match, strikes: list) -> bool:
    """"وأضاف المراسل أن عشرات المسلحين قتلوا خلال المعارك، فيما فر الباقون باتجاه بلدة Y التي تتعرض لقصف": every
    strike of the sentence is told after the toll, past a word that opens another happening (wordset apart_linker:
    "فيما"، "بينما"); a toll that calls its battle by a definite clash noun ("خلال المعارك") counts the battle told
    before, not that strike (task read26b)."""
    toks = view.toks
    start = toks[toll.i].start
    linkers = [t.start for t in toks[toll.j:] if t.word in APART_LINKERS]
    return bool(linkers) and all(e.evidence.start > start and any(start < k <= e.evidence.start for k in linkers)
                                 for e, _ in strikes)


def _flight_refuges(view: SentenceView, made: list) -> list[Mention]:
    """The places that a flight of the sentence only reached: the destination of civilians or staff who
    fled or were moved ("نزحت عائلات من البلدة نحو مدينة X"، "لجأ آخرون إلى أقارب لهم في بلدة Y"). The flight is
    an event there (GUIDELINES "Destinations count"), but the town is named in passing: the story stays at the
    place they left, so "البلدة"/"المدينة" in a later sentence reads past the refuge (backrefs._in_the_news) as it
    reads past any town no event took (task place34); a dual word still counts it. The refuge is the place a
    heading word (إلى، نحو، باتجاه) stands a few words before, with no "من" of an origin between."""
    flights = [places for e, places in made if e.type in FLIGHT_REFUGE_TYPES]
    if not flights:
        return []  # (gate: most sentences tell no flight, and build no index)
    at = {id(m): i for i, m in view.places}
    out: list[Mention] = []
    for places in flights:
        for p in places:
            i = at.get(id(p))
            if i is not None and _after_heading(view.toks, i):
                out.append(p)
    return out


def _after_heading(toks: list, i: int) -> bool:
    """Whether a heading word of a move (wordsets withdrawal_heading, destination_preposition) stands within
    REFUGE_REACH words before token ``i`` with no origin preposition between."""
    for k in range(i - 1, max(-1, i - 1 - REFUGE_REACH), -1):
        bare = toks[k].bare
        if bare in REFUGE_HEADINGS:
            return True
        if bare in ORIGIN_WORDS:
            return False
    return False


def _with_proclitic(tok: Token, words: frozenset[str]) -> bool:
    """A word of ``words`` with its و or ل or none ("لمحاولة"، "وتصدى"; wordset repel_attempt_proclitic)."""
    return tok.bare in words or tok.word in words or any(
        tok.word.startswith(p) and tok.word[len(p):] in words for p in REPEL_PROCLITICS)


def _fled_toward(view: SentenceView, m: Match, end: int, toward: set[int]) -> int:
    """"اشتبكوا مع المهاجمين قبل أن يتراجع هؤلاء باتجاه قرية X": a trigger that names no place before "قبل أن",
    whose next happening heads toward a place, ends before "قبل": X is where that move went (a destination only,
    GUIDELINES "Withdrawals name where they leave"), never where the clash or strike told first was (task
    extraby43). A place of the trigger's own clause before "قبل أن" keeps the scope as it was, and so does a next
    verb that names a place before any toward word ("قبل أن ينسحبوا من X باتجاه Y")."""
    toks = view.toks
    starts = {i for i, _ in view.places}
    for k in range(m.j, end):
        if k in starts:
            return end  # the trigger's own clause names a place first
        if after_before_that(toks, k):
            first = min((i for i in starts if k <= i < end), default=None)
            if first is not None and any(k <= t < first for t in toward):
                return k - 2
            return end
    return end


def _passages(view: SentenceView, m: Match, end: int) -> set[int]:
    """"دخلت القافلة إلى مدينة X عبر ممر Y"، "فروا من حي X عبر معبر Y إلى حي Z": a named passage behind "عبر" (a
    roundabout, a corridor, a crossing, a gate), after a place the trigger's scope names, is the way it went by, not
    a place of the event (task extraby43); a place after it (Z) is still the event's. With no place before it the
    crossing is the event's own place ("دخلت الشاحنات الأراضي السورية عبر معبر X")."""
    toks = view.toks
    starts = {i for i, _ in view.places}
    named = {i for i, p in view.places if usable_place(p)}  # not a country ("من لبنان إلى سوريا عبر معبر X": X)
    out: set[int] = set()
    for k in range(m.j, end - 1):
        if toks[k].bare in VIA and toks[k + 1].bare in PASSAGE_HEAD and any(m.i < i < k for i in named):
            out |= {k + 1, k + 2} & starts
    return out

