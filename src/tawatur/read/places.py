"""The place reader: every place a sentence names, resolved against the gazetteer.

The article is folded once; each sentence's words are scanned left to right for the longest gazetteer
name (the first word may carry the proclitics و ف ب ل ك and the article). Around each name the reader
looks for the structures news Arabic builds places with:

* a cue word before it ("مدينة", "بلدتي", "مطار", "محافظتي", "ريفي"...; ``cues.tsv``) which hints the
  kind, lets "محافظة X" resolve to the governorate, and keeps an unknown name after "بلدة"/"قرية" as an
  unresolved place rather than losing it;
* coordinated lists and duals ("كفرنبل وحاس ومعرة النعمان", "ريفي إدلب الجنوبي والشرقي"): members share
  ``group``; "X وريفها" adds the countryside of X on "ريفها";
* locators right after a place ("الرستن بريف حمص", "أريحا جنوبي إدلب", "قرب بلدة نوى"): role
  "locator", ``locates`` = index in ``article.mentions`` of the first place of the list it locates;
  its governorate also decides between homonyms of the located place.

Names that are common words (``ambiguous.tsv``) need a cue, a locator or a list around them. Homonyms
are chosen by the stated locator, then the governorates the rest of the article names, then the cue's
kind, population and layer. A village the gazetteer knows in one governorate only is another village of that
name when its locator names another governorate or the story is set in another one (``_homonym_elsewhere``):
kept by its name, unresolved.
"""
from __future__ import annotations

import bisect
import re
import weakref
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ..clean.normalize import Folded, fold, fold_text, proclitic_splits
from ..clean.tokens import spans, tokens_of
from ..model import Article, Mention
from .actors import POSSESSOR_CLITICS  # "وسجن"، "بسجن"، "لسجن" before a facility head
from .gazetteer import AREA_KINDS, DATA_DIR, Cue, Entry, Gazetteer, common_nouns, distance_km
from .lexicon import (
    first_word_forms,
    load_tsv,
    read_tsv,
    register_first_words,
    split_forms,
    word_forms,
    word_mask,
)
from .wordsets import marks, wordlist, wordset

# Between two words of one name only spaces or a hyphen may stand (no comma, no full stop).
_GAP_OK = re.compile(r"^[\s\-]*$")
# Kinds located by ACLED-style precision: 3 = a region stands for the place, 2 = part of / near.
_PRECISION = {"country": 3, "governorate": 3, "countryside": 3, "region": 3, "district": 3,
              "mountain": 2, "road": 2, "area": 2, "river": 2, "camp": 1}
# Words that introduce a locator right after a place (folded). Directions come from the gazetteer.
_LOC_PREPS = wordset("locator_preposition")
# "X التابعة لبلدة Y": Y only says where X lies, whatever its kind
_BELONGS = wordset("belonging_adjective")
# "X، القريبة من بلدة Y": Y only says where X lies (a comma may stand before it)
_NEAR_ADJ = wordset("near_adjective")
_RESIDENT_NOUNS = wordset("resident_noun")  # "من أبناء مدينة X": where people come from
_NEAR_TAIL = wordset("near_tail")
# "منذ"، "خلال": a time phrase right after an unknown second word closes the name before it; never after a word of
# time itself ("بلدة X يوم منذ" does not occur, "بلدة X يوم أمس" does: wordsets weekday_lead, time_ago_noun)
_TIME_OPENERS = wordset("time_preposition")
_STRIKE_ARMS = wordset("strike_instrument") | wordset("munition")  # "بالقذائف المدفعية" after a struck village
_INSTRUMENT_CLITIC = wordlist("instrument_clitic")
_TIME_WORDS = wordset("weekday_lead") | wordset("time_ago_noun") | wordset("span_noun")
_SECTION_NOUNS = wordset("locator_section_noun")
_SECTION_STATES = wordset("besieged_participle")  # "القسم الشرقي المحاصر من Y"
_COMMODITIES = wordset("commodity_noun")  # "حقول النفط": no field's name
_UTILITIES = wordset("utility_noun")  # "محطة تحويل الكهرباء": no station's name
_CAPITAL_TITLE = wordset("capital_title")  # "في العاصمة دمشق": a title before the capital's name
_POST_KINDS = wordset("served_post_kind")  # where a person serves: "ضابط في الفرقة الرابعة"
_ROLES = wordset("affiliated_role")
_FORMER = wordset("former_adjective")
_IN_WORDS = wordset("in_preposition")
_BI = wordlist("in_clitic")[0]  # "بضواحي": the preposition ب on a part noun
_LAM = wordlist("dative_clitic")[0]  # "الطرف الغربي لمدينة حلب": the genitive ل of a section
_IN = wordlist("in_preposition")[0]
# "X الواقعة في Y": a participle of lying between a place and its locator
_LOCATED = wordset("located_adjective")
_PLACE_ADJECTIVES = wordset("country_adjective") | wordset("loyalist_adjective") | wordset("besieged_participle") \
    | wordset("place_quality_adjective") | wordset("place_ordinal")
_ON = wordset("on_preposition")
_OVERLOOKING = wordset("overlooking_participle")  # "التلال المشرفة على X": an adjective, not a village
_CANTON_CUES = wordset("canton_cue")  # "مقاطعة كوباني": a canton named by its town
_ON_PRONOUN = wordset("on_pronoun")  # "المشرفة عليها": "على" with the pronoun of what is overlooked
_POSSESSOR = wordset("possessor_noun")
_DEFINITE = tuple(wordlist("definite_article"))
_TANWEEN = marks("tanween_marks")  # fathatan, dammatan, kasratan: an indefinite word's case ending
_TA, _TA_MARBUTA = wordlist("ta_before_suffix")[0], wordlist("ta_marbuta_folded")[0]
_NEAR = wordlist("near_preposition")[0]  # the locator word a nearness adjective stands for
# First words that make a two-word name: "كفر الطون", "تل الشيحة", "عين النورية".
_NAME_HEADS = wordset("name_head")
# A facility named after a person: "مسجد الإمام زيد بن أبي سالم", "جامع عمر بن الخطاب".
_NAME_TITLES = wordset("facility_name_title")
_PATRONYMIC = wordset("patronymic")
_KUNYA = wordset("kunya_head")
_SERVANT = wordset("servant_name_head")  # "عبد" + its definite second word
_TITLED_PARTICLE_NAMES = wordset("titled_particle_name")
_PLACE_NAME_TITLES = wordset("place_name_title")
_GIVEN_NAMES = wordset("given_name")
# Cue kinds whose one place takes a two-word name the gazetteer lacks as a village's does, closed by a locator or by an
# adjective of the place ("معبر مرشد بينار قرب الحدود"، "معبر X Y الحدودي"، "تلة مشتى نور الاستراتيجية"; task gazvillage40)
_NAMED_LIKE_VILLAGE = ("crossing", "hill")
_DIRECTIONS = wordlist("direction_adjective")
# "جنوب شرق منبج": direction nouns before a town name its countryside on that side.
_DIRECTION_NOUNS = wordset("direction_noun")
_DIRECTIONS_EN = dict(zip(_DIRECTIONS, ("northern", "southern", "eastern", "western"), strict=True))
# Settlements whose countryside by direction the reader builds (a village has no countryside of its own).
_COUNTRYSIDE_TOWNS = frozenset({"city", "town"})
# Single words and clitics the rules below spell out (first members of their sets).
_AL = wordlist("definite_article")[0]
_LIL = wordlist("lam_article")[0]
_NISBA = _DIRECTIONS[0][-1]  # the nisba ending of a direction adjective
_WA = wordlist("conjunction_clitic")[0]
_DUAL_ENDING = tuple(wordlist("dual_suffix"))
_RIF_TOWN_TITLES = wordset("countryside_town_title")  # "ريف بلدة X": the countryside of X
_CAPITAL_BACKREF = wordset("backref_capital")  # "أحياء العاصمة": the capital's quarters, no quarter so named (task probe22)
_DUAL_CONSTRUCT = wordlist("dual_construct_ending")[0]  # "قريتي X وY": the dual noun before its names  # "المتجاورتين": a dual adjective after a list
_LETTERS_ONLY = re.compile("[\u0621-\u064a]+")  # a word of Arabic letters alone (no digit, no Latin)
_RIF = wordlist("countryside_noun")[0]
_ROAD_WORD = wordlist("road_noun")[0]
_BETWEEN = wordlist("between_preposition")[0]
# A conjunction and a preposition written on a word: "وبدمشق", "لدمشق".
_PROCLITICS = frozenset(c + p for c in ("", *wordlist("conjunction_proclitic")) for p in wordlist("preposition_clitic"))
# "ريفي المحافظة": the countryside of the governorate (or city) the article is about
_AREA_BACKREFS = wordset("area_backref")
_RIFHA = wordset("countryside_of_it")
# Kinds of places below the town: "المعبر" points back at the last crossing named.
_FACILITY_KINDS = frozenset({"airport", "crossing", "prison", "base", "hospital", "castle", "dam", "bridge", "port",
                             "refinery"})
# Kinds whose names are often indefinite words ("حي كرم الدعدع", "تلة سيرياتل", "مساكن هنانو"); other
# heads take an unknown name only when it is definite or quoted ("دوار النعيم", not "مشفى ميدانياً").
_BARE_NAME_KINDS = frozenset({"neighbourhood", "hill", "housing", "square", "camp"})
# Nouns before a unit that make it the force, not a place ("دبابات الكتيبة 77").
_FORCE_BEFORE = wordset("force_noun")
# Cue kinds whose word belongs to an unknown place's name ("جبل الطار", "تلة X", "مخيم X", "حي X").
_NAMED_WITH_CUE = frozenset({"mountain", "hill", "camp", "neighbourhood"})
# Roads named by the towns they join ("الطريق الدولي حلب - حماة").
_ROAD_HEADS = wordset("road_head")
_ROAD_PLURAL = wordset("road_plural_head")
_ROAD_WORDS = _ROAD_HEADS | _ROAD_PLURAL  # (made once: road_at asks at every token that is not inert)
# Cues of facilities, whose indefinite adjective describes them ("حاجز عسكري") rather than names them.
_FACILITY_CUE_KINDS = frozenset({"checkpoint", "airport", "crossing", "camp"})
_CAMP_OCCUPANTS = wordset("camp_occupant_noun")  # "مخيم النازحين في بلدة X": who lives there names no camp (nonevent19)
_FIELD_PRODUCTS = wordset("field_product")  # "الحقول النفطية والغازية": what fields yield (task read17a)
_VILLAGE_WORD_NAMES = wordset("village_word_name")  # "قرية الحرية": abstract nouns villages are named after
_ROAD_ADJECTIVES = wordset("road_adjective")
_ROAD_TOWN_HEADS = wordset("road_town_head")  # "بين مدينة X وبلدة Y": the head before a road's town
_LINKS = wordset("road_link_verb")
_ROAD_GAP = re.compile(r"^[\s\-–(]*$")
# Adjectives that describe a facility but do not name it ("حي الصاخور الاستراتيجي", "القاعدة الرئيسية").
_EVALUATIVE = wordset("evaluative_adjective")
# "تلة قرب حضر"، "تلة مطلة على بلدة X": a locator or a description after an unnamed facility, never its name
_NOT_A_FACILITY_NAME = wordset("locator_preposition") | wordset("indefinite_descriptive") | wordset("complementizer_word")
_NAME_AGE = wordset("name_age_adjective")  # "ساحة الساعة الجديدة", "السوق القديم": the name's own adjective
_TIME_OF_COUNT = wordset("time_of_count_noun")  # "للمرة الثانية": when, not whose
_PURPOSE_NOUNS = wordset("purpose_noun")  # "أمام مبنى المحافظة للمطالبة بـ": why, not whose the building is
_VILLAGE_EPITHETS = wordset("village_epithet")  # "دير الشرقي": a side names a sister village, it does not describe
# Settlements a facility can be named after or placed in ("سجن تدمر", "السجن" after "مدينة تدمر").
_SETTLEMENTS = frozenset({"city", "town", "village", "capital", "governorate_capital"})
_UNIT_KINDS = frozenset({"unit"})  # facilities.tsv kind of "لواء"، "فوج"، "فرقة"، "كتيبة"
# what a road after "على" may locate: a settlement, or one named as an area ("منطقة X على طريق Y", task read7)
_ROAD_SIDE_KINDS = _SETTLEMENTS | {"area"}
# Facilities whose gazetteer names may leave out a relational adjective ("مطار التيفور" + "العسكري").
_NAMED_FACILITY_KINDS = frozenset({"airport", "base", "prison", "crossing", "dam", "port", "camp", "unit"})
# Quotes and commas may stand between the members of a list: قرى "طويران"، و"خليلية".
_QUOTES = "\"'«»“”„‘’"
_LIST_GAP = re.compile(f"^[\\s{_QUOTES}]*[{re.escape(marks('comma_marks'))}]?[\\s{_QUOTES}]*$")
_UNQUOTE = str.maketrans("", "", _QUOTES)
_QUOTE_GAP = re.compile(f"^[\\s{_QUOTES}]*$")
# A colon or semicolon after a plural cue opens its list ("قرى؛ X وY").
_INTRO_GAP = re.compile(f"^\\s*[{re.escape(marks('list_intro_marks'))}]\\s*$")
# "عدة قرى، منها X وY": a quantifier after the cue, then the word that announces (some of) its members.
_INTRO_WORDS = wordset("list_intro_word")
# words of qualifiers a plural cue may carry before the comma of its intro word ("قرى الريف المحيط، أبرزها X")
_CUE_QUALIFIER_REACH = 4
_PLURAL_PLACE_NOUNS = wordset("spread_plural_noun") | wordset("struck_site_noun")
_PLACE_PRONOUN_SUFFIXES = tuple(wordlist("place_pronoun_suffix"))  # "وجنوبيها": a direction said of the city
_NAMING_VERBS = wordset("person_naming_verb")
_OWNER_HEADS = wordset("owner_named_body_head")  # "مجموعة القاطرجي": the owner's name, no place
_QUANTIFIERS = wordset("list_quantifier")
_INTRO_PREPS = wordset("list_intro_preposition")
# "القرى التي سيطرت عليها القوات وهي: X وY": a pronoun or phrase that presents a plural cue's members a few words on
_PRESENTING = tuple(sorted((tuple(p.split()) for p in wordset("list_presenting_phrase")), key=len, reverse=True))
_PRESENTING_REACH = 8  # words between the cue and the presenting phrase (a short relative clause)
_SENTENCE_MARKS = frozenset(".!\n" + marks("question_mark"))  # a sentence ends between
# first word -> the phrases it begins, in _PRESENTING's order (longest first): the phrases a word can begin,
# compared by one slice each (a generator made a tuple of every phrase's length at each asking, task speed38)
_PRESENTING_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    w: tuple(p for p in _PRESENTING if p[0] == w) for w in dict.fromkeys(p[0] for p in _PRESENTING)}
_PRESENTING_FIRST = frozenset(_PRESENTING_BY_FIRST)
_INDEFINITE_DUALS = tuple(wordlist("indefinite_dual_ending"))  # "قريتين هما X وY": a dual noun of a singular cue, no construct
# Words between two members that do not end the list ("ومحيط حقل التيم", "وأطراف قرية X").
_LIST_FILLERS = wordset("list_filler")
# A cue counted by a number is a generic noun, not a name's cue: "60 قرية كردية", "عشرات القرى".
_COUNT_WORDS = wordset("place_count_word")
_OPEN_LAND = wordset("open_land_noun")  # "قرية X والمزارع": no second name after one place
_LIST_PRONOUNS = wordset("list_pronoun_word")  # "في قرية X والأخير في قرية Y": the last one, no place
_CLOSING_VERBS = wordset("list_closing_verb")  # "في تل X وY أسفر عن ...": the next clause's verb closes a list
# Places inside a city: a direction of the city said of them is a part of the city ("في شرق حلب").
_NEIGHBOURHOOD_KINDS = frozenset({"neighbourhood", "housing"})
_AT_FACILITY_CUES = frozenset({"checkpoint"})  # "حاجز دوار X": the checkpoint at the roundabout, read as it
# "في محيط بلدة X": the surroundings of X, a place of its own at X's coordinates.
_SURROUNDINGS = wordset("surroundings_noun")
_STREETS = wordset("street_noun")
# Facilities inside a settlement: "مسجد X في بلدة Y", "كنيسة X في حي Y بدمشق": the town or neighbourhood after
# them says where they lie (the event is at the facility, placed at the town's coordinates).
_IN_TOWN_KINDS = frozenset({"church", "mosque", "school", "university", "clinic", "market", "stadium", "hotel",
                            "restaurant", "depot", "factory", "hospital", "square", "building", "college", "branch", "headquarters", "station",
                            "palace", "post",
                            "neighbourhood", "housing"})
_EPITHETS = wordset("facility_epithet")
# Places that lie inside a neighbourhood: "كلية X في حي Y" (a college the gazetteer files as a base), "مشفى
# X بحي Y": the neighbourhood after them only says where they lie.
_BELOW_NEIGHBOURHOOD = frozenset({"base", "airport", "prison", "college", "hospital", "school", "university",
                                  "mosque", "church", "market", "stadium", "hotel", "restaurant", "building",
                                  "branch", "headquarters", "station", "palace", "clinic", "factory", "depot",
                                  "square", "unit", "post", "checkpoint"})
# Small sites whose district is their place when the text names it after them ("سوق الخضار في حي الشعار",
# "مدرسة X بحي Y"): a market, a shop or a school is no map place apart from its quarter. A landmark (a mosque,
# a church, a hospital, a university, a base, a prison) keeps its own name, with the district among its
# aliases, as the gold names "مسجد X" with its quarter for an alias.
_ROAD_LEADING = wordset("road_leading_participle")  # "الطريق المؤدي إلى X": X is the road's end
_ROAD_TO = wordset("road_end_link")  # folded "إلى", a detached "لـ", "نحو"
_PLACE_TITLES = wordset("place_title_noun")
_NEIGHBOURING = wordset("neighbouring_place_adjective")  # "بلدة X المجاورة": an adjective, no rest of the name
_OF_TOWN_KINDS = wordset("facility_of_town_kind")  # "مطار المدينة": the town's airport
_TOWN_BACKREFS = wordset("backref_city") | wordset("backref_town")
_FACILITY_TOWN_TITLES = wordset("facility_town_title")  # "سجن بلدة X": the settlement's title between
_DISTRICT_SITE_KINDS = frozenset({"market", "school", "clinic", "restaurant", "hotel", "building", "square",
                                  "stadium"})
# An unnamed school in a named town ("على مدرسة في مدينة جرمانا") is told by the town; a market there keeps its own
# name ("سوق في منبج", tests/extract/test_extract_tolls.py), the market being a landmark of the town's life (task read24b)
_TOWN_TOLD_SITES = frozenset({"school"})
_MAIN_POINT_KINDS = frozenset({"post", "college", "hospital", "square", "castle", "field", "housing", "palace",
                               "branch", "headquarters", "station", "spring", "building", "city", "town",
                               "village", "neighbourhood", "airport", "base", "crossing",
                               "checkpoint", "unit", "prison", "bridge", "port", "hill", "camp",
                               "mountain", "road", "area", "dam", "junction", "river"})


@dataclass(frozen=True)
class Facility:
    """A head of a place below the town (``facilities.tsv``): "سجن", "مطار", "دوار", "اللواء"."""

    form: str
    singular: str
    number: str
    written: str  # the singular as written, for names made from context ("سجن" + "تدمر")
    kind: str
    precision: int
    follows: frozenset[str]
    bare: bool


_FACILITIES: dict[str, Facility] | None = None


def facilities() -> dict[str, Facility]:
    """Facility heads by folded form (loaded once from ``data/gazetteer/facilities.tsv``)."""
    global _FACILITIES
    if _FACILITIES is None:
        rows = read_tsv(DATA_DIR / "facilities.tsv")
        _FACILITIES = {fold_text(r["form"]): Facility(fold_text(r["form"]), fold_text(r["singular"]), r["number"], r["singular"],
                                                      r["kind"], int(r["precision"] or 1),
                                                      frozenset(r["follows"].split(",")), r["bare"] == "yes")
                       for r in rows}
    return _FACILITIES


_ROAD = Facility(_ROAD_WORD, _ROAD_WORD, "1", _ROAD_WORD, "road", 2, frozenset({"town"}), False)

# word -> _is_trigger_word's answer: the scanner asks it of the same words many times a sentence (ten
# call sites), and each answer was an import statement, a Token and two look-ups of the table's index
_TRIGGER_WORDS: dict[str, bool] = {}


def _is_trigger_word(word: str) -> bool:
    """Whether a word opens an event trigger ("وتقدمت", "سيطرة"): it ends a list of names. Asked of
    the trigger table's first-step index, as the extractor asks it (by word, remembered), not by
    testing the word against each of the table's some seven hundred first alternatives in turn."""
    got = _TRIGGER_WORDS.get(word)
    if got is None:
        from ..extract.patterns import Token, load_patterns, starting_at
        if len(_TRIGGER_WORDS) > 200_000:  # a bound for a long-running worker
            _TRIGGER_WORDS.clear()
        tok = Token(0, word)  # the token layer's clitic analyses, as the extractor reads the word
        got = _TRIGGER_WORDS[word] = any(p.row.get("type") not in ("", "none")
                                         for p in starting_at(load_patterns("triggers.tsv"), tok))
    return got


@dataclass
class _Found:
    """A place found in a sentence, before homonyms are chosen."""

    ti: int  # first token (after the cue)
    tj: int  # token after the name
    fstart: int
    fend: int
    candidates: list[Entry]
    key: str
    cue: Cue | None = None
    cue_word: str = ""
    role: str = "main"
    group: int = -1
    locates: int = -1  # index in the sentence's found list
    rule: str = ""
    extra: dict = field(default_factory=dict)


def _fold_pos(f: Folded, orig: int) -> int:
    return bisect.bisect_left(f.index, orig)


_INERT: weakref.WeakKeyDictionary[Gazetteer, dict[str, bool]] = weakref.WeakKeyDictionary()
# gazetteer -> (its start keys' bit in the phrase tables' shared first-word masks, the keys): see _start_keys
_START_KEYS: weakref.WeakKeyDictionary[Gazetteer, tuple[int, frozenset[str]]] = weakref.WeakKeyDictionary()


def _inert_words(gaz: Gazetteer) -> dict[str, bool]:
    """The per-word verdicts of :func:`_is_inert` for one gazetteer (it never changes once built)."""
    memo = _INERT.get(gaz)
    if memo is None:
        memo = _INERT[gaz] = {}
    return memo


def _start_keys(gaz: Gazetteer) -> tuple[int, frozenset[str]]:
    """Every form a place, road, facility, cue or countryside word can begin with, as one set: the union
    of the five tables :func:`_is_inert` asks, so a new word's form is tested once, not seven times. A
    facility head is asked without its article when it has one and is long (``table.get(f[2:])``), so
    the set holds each head's forms that reach it: the head itself (unless it is such a form) and the
    head after the article. The set is entered in the phrase tables' shared first-word masks under a bit
    of its own (0 when none is left, or for a gazetteer not the process's): a new word's clitic analyses are then looked up once for the
    phrase readers and this reader alike (:func:`word_mask`)."""
    got = _START_KEYS.get(gaz)
    if got is None:
        heads: set[str] = set()
        for k in facilities():
            if not (k.startswith(_AL) and len(k) > 4):
                heads.add(k)
            with_al = _AL + k
            if len(with_al) > 4 and with_al[2:] == k:
                heads.add(with_al)
        keys = frozenset(heads.union(gaz.max_words, _ROAD_HEADS, _ROAD_PLURAL, gaz.cues, _RIFHA,
                                     wordset("countryside_noun")))
        # (the process's gazetteer only: gazetteers made on the fly, tests and tools, would each take a bit)
        got = _START_KEYS[gaz] = (register_first_words(keys) if gaz is Gazetteer.default() else 0, keys)
    return got


def _is_inert(word: str, gaz: Gazetteer, memo: dict[str, bool],
              start: tuple[int, frozenset[str]] | None = None) -> bool:
    """Can no place begin at a token ``word`` when no list cue carries over? True when none of its
    clitic forms starts a gazetteer name (``name_at``), is a road head (``road_at``), a facility head
    (``head_at``), a cue (``cue_at``) or a countryside word (``_lone_rifha``): ``scan`` then skips the
    token, as ``place_at`` and ``_lone_rifha`` would have, without the five look-ups of each (one set
    holds their keys, read through the word's shared first-word mask: :func:`_start_keys`). ``start``: the
    gazetteer's :func:`_start_keys`, read once a sentence by ``scan`` (a weak dictionary's look-up is a
    Python call that makes a weak reference: it was asked once for each new word)."""
    got = memo.get(word)
    if got is None:
        if len(memo) > 200_000:  # a bound for a long-running worker
            memo.clear()
        bit, keys = start or _start_keys(gaz)
        first = not word_mask(word) & bit if bit else keys.isdisjoint([f for f, _ in word_forms(word)])
        got = memo[word] = first and keys.isdisjoint([f for f, _ in _SentenceScanner._lil_forms(word)])
    return got


@lru_cache(maxsize=1 << 16)
def _name_forms(word: str, clitics: bool) -> tuple[tuple[str, int], ...]:
    """(form, prefix length) a gazetteer name may start with at a word: its clitic analyses (or the word
    alone), then the "وب"-like ones of :meth:`_SentenceScanner._lil_forms`. Cached by word: every word
    not inert is asked, and a text repeats its words."""
    forms = first_word_forms(word) if clitics else [(word, 0)]
    forms += [(w, p) for w, p in _SentenceScanner._lil_forms(word) if (w, p) not in forms]
    return tuple(forms)


@lru_cache(maxsize=1 << 16)
def _road_head(word: str) -> tuple[int, bool] | None:
    """(prefix length, plural) of the road head a word's first form names ("الطريق"، "طرق"), or None.
    Remembered by word: ``road_at`` asks it at every token the inert gate lets through (issue 13)."""
    return next(((p, f in _ROAD_PLURAL) for f, p in word_forms(word) if f in _ROAD_WORDS), None)


class _SentenceScanner:
    """Scans one sentence's tokens; ``found`` collects places in text order."""

    def __init__(self, gaz: Gazetteer, f: Folded, toks: list[tuple[int, int, str]]) -> None:
        self.gaz, self.f, self.toks = gaz, f, toks
        # the tokens' words, for keys of several words built by slicing (``name_at``, ``_cue_name``): a
        # generator over the tokens per key was resumed at each word of each key tried (issue 13)
        self.words = [t[2] for t in toks]
        self.found: list[_Found] = []
        self.next_group = 0
        self._skip_to = 0
        self._road_list_end = -1  # the token where a plural head's next road may begin ("وحمص - حماة")

    def article_names(self, names: dict[str, _Found]) -> None:
        """Names the article introduced under a cue ("قرى الشولا وعياش"), read again where it names them
        bare ("باتجاه الشولا"): the gazetteer lacks them, the article does not."""
        taken = {k for it in self.found for k in range(it.ti, it.tj)}
        added = False
        # the names by their first word (each in the order of ``names``): a token is tried against the
        # names its forms begin, not against every name the article introduced
        by_first: dict[str, list[tuple[str, list[str], _Found]]] = {}
        for key, src in names.items():
            words = key.split()
            by_first.setdefault(words[0], []).append((key, words, src))
        for i in range(len(self.toks)):
            hit = None if i in taken else self._article_name_at(i, by_first, taken)
            if hit is not None:
                plen, key, src = hit
                n = len(key.split())
                cands = src.candidates if src.rule == "gazetteer+cue" else []  # a known town keeps its entries
                item = self._add(i, i + n, plen, key, cands, src.cue, src.cue_word, "article-name")
                if src.extra.get("facility") is not None:  # "المنشية" after "حي المنشية": the quarter, named whole
                    item.extra.update(src.extra, head_in_span=False)
                taken |= set(range(i, i + n))
                added = True
        if added:  # keep text order; a locator's index follows its place
            targets = {id(it): self.found[it.locates] for it in self.found if it.locates >= 0}
            self.found.sort(key=lambda it: it.ti)
            for it in self.found:
                if id(it) in targets:
                    it.locates = self.found.index(targets[id(it)])

    def _article_name_at(self, i: int, by_first: dict[str, list[tuple[str, list[str], _Found]]],
                         taken: set[int]) -> tuple[int, str, _Found] | None:
        for form, plen in word_forms(self.toks[i][2]):
            for key, words, src in by_first.get(form, ()):
                n = len(words)
                if i + n > len(self.toks) or any(k in taken for k in range(i, i + n)):
                    continue
                if [t[2] for t in self.toks[i + 1:i + n]] == words[1:] and (n == 1 or self._gap_ok(i, i + n - 1)):
                    return plen, key, src
        return None

    # -------------------------------------------------------------- low-level matching
    def _gap_ok(self, a: int, b: int) -> bool:
        """Do only spaces, quotes, brackets or hyphens fill the gaps between tokens ``a`` and ``b``?"""
        if b >= len(self.toks):  # no token after the last one ("... في ريف." ends the sentence)
            return False
        if 0 <= a <= b:
            # the gaps asked are read where asked: some fourteen calls a sentence that asks at all, nine in ten
            # of one gap (the next word of a name), so reading every gap of the sentence once up front, as
            # this did, read more of them than the calls do (issue 13, task speed41)
            toks, text = self.toks, self.f.text
            for k in range(a, b):
                gap = text[toks[k][1]:toks[k + 1][0]]
                if gap != " " and not _GAP_OK.match(gap):  # most gaps: one space
                    return False
            return True
        return all(_GAP_OK.match(self.f.text[self.toks[k][1]:self.toks[k + 1][0]]) for k in range(a, b))

    def name_at(self, i: int, clitics: bool = True) -> tuple[int, int, str, list[Entry]] | None:
        """Longest gazetteer name starting at token ``i``: (prefix length, end token, key, entries)."""
        if i >= len(self.toks):
            return None
        forms = _name_forms(self.toks[i][2], clitics)
        best = None
        for form, plen in forms:
            n_max = min(self.gaz.max_words.get(form, 0), len(self.toks) - i)
            for n in range(n_max, 0, -1):
                if best and n <= best[1] - i:
                    break
                if n > 1 and not self._gap_ok(i, i + n - 1):
                    continue
                key = " ".join([form, *self.words[i + 1:i + n]])
                hit = self.gaz.lookup(key)
                if hit:
                    best = (plen, i + n, key, hit)
                    break
        return best

    @staticmethod
    def _lil_forms(word: str) -> list[tuple[str, int]]:
        """"للرستن" -> "الرستن" is in first_word_forms; "لدمشق" / "بدمشق" -> "دمشق" too; add "وب" cases:
        the shared splitter's reading by a conjunction and a preposition (at most one a word), its stem of
        three letters or more."""
        for pre, stem in proclitic_splits(word):
            if pre in _PROCLITICS and len(stem) > 2:
                return [(stem, len(pre))]
        return []

    def cue_at(self, i: int) -> tuple[Cue, int] | None:
        """A cue word at token ``i`` (clitics allowed): the cue and the prefix length."""
        if i >= len(self.toks):
            return None
        for form, plen in word_forms(self.toks[i][2]):
            cue = self.gaz.cues.get(form)
            if cue:
                return cue, plen
        return None

    def _allowed(self, key: str, cue: Cue | None, context: bool, i: int = -1) -> bool:
        policy = self.gaz.ambiguous.get(key)
        if policy is None:
            return True
        if policy == "cue":
            return cue is not None or context
        if policy == "dual":
            return cue is not None or not self._dual_named_before(key, i)
        return False

    def _near_alone(self, j: int) -> bool:
        """"على أطراف بلدة X القريبة.": "القريبة" closing the phrase is an adjective, no second word of X's name;
        before "من" ("X القريبة من المطار") it opens a locator, read as before (task probe25)."""
        nxt = self.toks[j + 1][2] if j + 1 < len(self.toks) else ""
        return self.toks[j][2] in _NEAR_ADJ and nxt not in _NEAR_TAIL

    def _overlooking_adjective(self, key: str, i: int, j: int) -> bool:
        """A bare name that is also the participle "overlooking" (wordset overlooking_participle: "المشرفة")
        followed by "على", or after a plural noun of land ("على التلال المشرفة،"), describes the noun before it
        ("التلال المشرفة على بلدة X"، "والتلال المشرفة عليها", "على" with the pronoun of the place just named: task
        read26b): no place of its own; under a cue ("بلدة المشرفة") it stays the village."""
        if key not in _OVERLOOKING:
            return False
        before = self.toks[i - 1][2] if i > 0 else ""
        if before.startswith(_WA) and before[len(_WA):] in _OPEN_LAND:
            before = before[len(_WA):]  # "أحياءها والتلال المشرفة عليها": the land noun joined by و
        return (j < len(self.toks) and self.toks[j][2] in _ON | _ON_PRONOUN) or before in _OPEN_LAND

    def _dual_named_before(self, key: str, i: int) -> bool:
        """A town named like a dual noun ("القريتين" Al-Qaryatayn, "the two villages") is the back-reference
        once the article has named a pair of that noun ("قريتي X وY ... مقتل 20 مدنياً في القريتين"):
        ``ambiguous.tsv`` policy dual; a cue ("مدينة القريتين"، "مدينتي تدمر والقريتين") still makes it the
        town, a preposition before it does not ("في القريتين")."""
        ending = next((e for e in _DUAL_ENDING if key.endswith(e)), "")
        if not (key.startswith(_AL) and ending):
            return False
        construct = key[len(_AL):-len(ending)] + ending[0] + _DUAL_CONSTRUCT
        if any(form == construct for k in range(max(i, 0)) for form, _ in word_forms(self.toks[k][2])):
            return True
        if self._two_singulars_before(key[len(_AL):-len(ending)] + _TA_MARBUTA, i):
            return True
        # the pair named in an earlier sentence ("قصفت قريتي X وY. ونزحت العائلات من القريتين"): the article's
        # folded text before this sentence (task probe22); read only for a dual-policy name, rare
        earlier = self.f.text[:self.toks[0][0]] if self.toks else ""
        return construct in earlier and any(form == construct for w in earlier.split()
                                            for form, _ in word_forms(w))

    def _two_singulars_before(self, singular: str, i: int) -> bool:
        """Two places named one at a time under the singular of the dual noun earlier in its sentence ("دخلت
        القوات قرية X وطوقت قرية Y ... مداهمة المنازل في القريتين"): the dual points back at them, as after
        "قريتي X وY" (task probe23)."""
        named = 0
        for k in range(max(i, 0)):
            if any(form == singular for form, _ in word_forms(self.toks[k][2])):
                named += 1
                if named == 2:
                    return True
        return False

    # -------------------------------------------------------------- structures
    def _add(self, ti: int, tj: int, plen: int, key: str, cands: list[Entry], cue: Cue | None,
             cue_word: str, rule: str) -> _Found:
        fs = self.toks[ti][0] + plen
        fe = self.toks[tj - 1][1]
        item = _Found(ti, tj, fs, fe, cands, key, cue, cue_word, rule=rule)
        self.found.append(item)
        return item

    def place_at(self, i: int, context: bool = False, cue: Cue | None = None,
                 cue_word: str = "") -> _Found | None:
        """A place at token ``i``: a full name (which may itself begin with a cue word), or a cue
        followed by a name, or an unknown name after a cue that allows it. ``cue`` is the cue of
        the list this place continues ("محافظتي السويداء والقنيطرة")."""
        if cue is not None:
            whole = self._cue_name(i, cue, clitics=True)
            if whole:
                plen, j, key, cands = whole
                return self._add(i, j, plen, key, cands, cue, cue_word, "gazetteer+cue")
            if (rif := self._listed_town_rif(i, cue)) is not None:
                return rif
        hit = self.name_at(i)
        road = self.road_at(i)
        if road is not None:
            return road
        if not (hit and hit[1] > i + 1):
            fac = self.facility_at(i)
            if fac is not None:
                return fac
        c = self.cue_at(i)
        intro = self._intro_member(i, c[0]) if c else None
        if intro is not None:
            return self._announced(intro, c[0])  # "عدة قرى، منها X وY"
        if c and (many := self._counted_cue(i, c[0])) is not None \
                and (intro := self._intro_member(i, many)) is not None:
            return self._announced(intro, many)  # "على 50 بلدة وقرية، بينها X وY وZ": the count's members
        if c and self._counted(i):
            c = None  # "60 قرية كردية": a counted noun, not a cue
        if hit and (not c or hit[1] > i + 1):
            if c and (longer := self._longer_bare_name(i + 1, hit, c[0])) is not hit:
                return self._add(i + 1, longer[1], 0, longer[2], longer[3], c[0], c[0].form, "gazetteer+cue")
            plen, j, key, cands = hit
            if (longer := self._titled_prefix(i, hit, cue)) is not None:
                return longer
            first = key.split()[0]
            own_cue = self.gaz.cues.get(first) if len(key.split()) > 1 else None
            if cue is None and own_cue is None and self._overlooking_adjective(key, i, j):
                return None  # "التلال المشرفة على X": "overlooking", not the village Al-Mishrifah (task long23)
            if self._allowed(key, cue or own_cue, context, i):
                return self._add(i, j, plen, key, cands, cue or own_cue,
                                 cue_word or (own_cue.form if own_cue else ""), "gazetteer")
            return None
        if c:
            cue2, _plen = c
            if i + 1 >= len(self.toks) or not (self._gap_ok(i, i + 1) or (
                    _QUOTE_GAP.match(self._gap(i, i + 1)) and self._quoted(i + 1)) or self._list_intro(i, cue2)):
                return None
            whole = self._cue_name(i + 1, cue2)
            if whole:
                _plen, j, key, cands = whole
                item = self._add(i + 1, j, 0, key, cands, cue2, cue2.form, "gazetteer+cue")
                item.fstart = self.toks[i][0] + c[1]  # the cue is part of this name: "ريفي حماة"
                return item
            if cue2.kind == "countryside" and cue2.number in ("1", "2") and (rif := self._town_rif(i, c)) is not None:
                return rif
            if (hill := self._hill_named_after(i + 1, cue2)) is not None:
                return hill
            if (named := self._cued_name(i + 1, cue2)) is not None:
                return named
            if self._direction_quarter(i + 1, self.toks[i + 1][2], cue2):
                return self._add(i + 1, i + 3, 0, " ".join(t[2] for t in self.toks[i + 1:i + 3]), [], cue2, cue2.form,
                                 "cue-unknown")  # "حيي جنوب الملعب والأربعين"
            if cue2.unknown_ok and not self._describes(i + 1, cue2):
                return self._unknown(i + 1, cue2, cue2.form)
            if cue2.number in ("2", "n") and self._list_follows(i + 1, cue2):
                return self._unknown(i + 1, cue2, cue2.form)  # "قرى طويران وخليلية"
            if cue2.number == "2" and i + 1 < len(self.toks) and self._name_word(self.toks[i + 1][2]) \
                    and self._name_tail(self._unknown_end(i + 1)):
                return self._unknown(i + 1, cue2, cue2.form)  # "بلدتي مليحة العطش وناحتة" (_follow lengthens it)
            if (zone := self._zone_named(i + 1, cue2)) is not None:
                return zone
            if cue2.number == "1" and cue2.kind == "area" and self._area_list_follows(i + 1):
                return self._area_list(i + 1, cue2)  # "منطقة بسيمة ودير مقرن"
            return self._area_named(i + 1, cue2)
        return None

    def _sister_village(self, i: int, j: int, key: str, cue: Cue) -> _Found | None:
        """"قرية البويضة الشرقية"، "بلدة كفر عويد الصغرى": a known village followed by an adjective of side,
        size, height or age names its sister village, which the gazetteer lacks (it would have matched the
        longer name): an unknown name of both words, not the known village. Only after one village or
        town: "مدينة حلب الشرقية" is a part of the city, "ريف حماة الشمالي" a countryside."""
        if not self._epithet_at(j, cue) or self._head_direction(i, j):
            return None
        return self._add(i, j + 1, 0, f"{key} {self.toks[j][2]}", [], cue, cue.form, "cue-unknown")

    def _head_direction(self, i: int, j: int) -> bool:
        """"على مدخل بلدة X الغربي"، "في الطرف قرية Y الشمالي": a masculine direction adjective after the name
        agrees with the side noun that governs the cue (an entrance, an edge, surroundings), not with a sister
        village: the known village stays itself (task read9)."""
        h = i - 2
        if h < 0 or self.toks[j][2] not in _DIRECTIONS or not self._gap_ok(h, h + 1):
            return False
        heads = wordset("side_head_noun")
        return any(f in heads for f, _ in word_forms(self.toks[h][2]))

    def _epithet_at(self, j: int, cue: Cue) -> bool:
        """An adjective of side, size, height or age at ``j`` right after a name under one village or town."""
        return cue.kind in ("village", "town") and cue.number == "1" and 0 < j < len(self.toks) \
            and self._gap_ok(j - 1, j) and self.toks[j][2] in wordset("village_epithet")

    def _area_list_follows(self, i: int) -> bool:
        """Does an unquoted list of names start at ``i`` and end as a list does: its second member followed
        by a clause mark, the sentence's end, a locator or one more member ("منطقة X وY، ..."), not by a
        word of a new clause ("طوّق منطقة X وقطع الطريق": a verb and its object)?"""
        if self._quoted(i) or not self._list_follows(i):
            return False
        second = self._unknown_end(i)
        known = self.name_at(second)
        end = known[1] if known is not None else self._unknown_end(second, 1)
        if end >= len(self.toks) or not self._gap_ok(end - 1, end):
            return True
        w = self.toks[end][2]
        return w in _LOC_PREPS or w.startswith(_WA) or self.cue_at(end) is not None

    def _area_list(self, i: int, cue: Cue) -> _Found | None:
        """"منطقة X وY": an area named by the places it spans; the singular noun heads a list as a dual or
        plural cue does, so each name of the list is a place (none is read after "منطقة" alone: "منطقة
        عسكرية" names nothing). A noun that says what an area is (wordset area_kind_noun: "منطقة التماس شمالي X")
        heads no list of names (task where33)."""
        if self.toks[i][2] in wordset("area_kind_noun"):
            return None
        item = self._unknown(i, cue, cue.form)
        if item is not None:
            item.extra["area_list"] = True
        return item

    def _town_rif(self, i: int, c: tuple[Cue, int]) -> _Found | None:
        """"ريف منبج"، "ريف القصير الشمالي"، "ريف منبج الجنوبي الشرقي": the countryside of a town that
        is no governorate capital (the gazetteer files those) is the area around it, on the sides its
        direction adjectives name, not the town itself (GUIDELINES: areas; a village has none)."""
        k = i + 1
        if k + 1 < len(self.toks) and self.toks[k][2] in _RIF_TOWN_TITLES and self._gap_ok(k, k + 1):
            k += 1  # "في ريف بلدة تل تمر": the town's title between (task probe22)
        hit = self.name_at(k, clitics=False)
        towns = [e for e in hit[3] if e.kind in _COUNTRYSIDE_TOWNS] if hit else []
        if not hit or not towns:
            return None
        town = self.gaz.rank(towns, None, "city")[0]
        j, side = hit[1], []
        while j < len(self.toks) and len(side) < 2 and self.toks[j][2] in _DIRECTIONS and self._gap_ok(j - 1, j):
            side.append(self.toks[j][2])
            j += 1
        item = self._add(i + 1, j, 0, " ".join([_RIF, hit[2], *side]), [_town_countryside(town, side)],
                         c[0], c[0].form, "town-countryside")
        item.fstart = self.toks[i][0] + c[1]  # the countryside word is part of the name
        item.extra["direction_of"] = town  # "ريف عين العرب (كوباني)": the bracketed name is the town's
        return item

    def _longer_bare_name(self, k: int, whole: tuple[int, int, str, list[Entry]], cue: Cue
                          ) -> tuple[int, int, str, list[Entry]]:
        """"حي المزة 86": a name filed with its cue ("حي المزة", ``whole`` from the cue's token) that a longer
        name from the token after the cue goes on from ("المزة 86", a quarter of its own) is that longer name,
        under the cue, when it is a place of the cue's kind ("مدينة حلب الجديدة" stays the city, task read17a)."""
        hit = self.name_at(k, clitics=False)
        return hit if hit is not None and hit[1] > whole[1] and any(e.kind == cue.kind for e in hit[3]) else whole

    def _listed_town_rif(self, k: int, cue: Cue) -> _Found | None:
        """"في ريفي جبلة وبانياس": a town after the dual countryside cue ("ريفي") names the
        countryside around it, as "ريف جبلة" does (``_town_rif``), not the town (GUIDELINES: lists and duals fan
        out; the countryside of a governorate capital comes from the gazetteer by ``_cue_name``; task read17a)."""
        if cue.kind != "countryside" or cue.number == "1":
            return None
        hit = self.name_at(k)
        towns = [e for e in hit[3] if e.kind in _COUNTRYSIDE_TOWNS] if hit else []
        if not towns:
            return None
        plen, j, key, _cands = hit
        town = self.gaz.rank(towns, None, "city")[0]
        item = self._add(k, j, plen, " ".join([_RIF, key]), [_town_countryside(town, [])], cue, cue.form,
                         "town-countryside")
        item.extra["direction_of"] = town
        return item

    @staticmethod
    @cache
    def _time_words() -> frozenset[str]:
        """Words of the date lexicons (أمس، الخميس، آذار ...): after a place name they date, they name no one."""
        return frozenset(w for name in ("relative_dates.tsv", "weekdays.tsv", "months.tsv")
                         for r in load_tsv(name) for f in split_forms(r["forms"]) for w in f.split())

    def _titled_prefix(self, i: int, hit: tuple[int, int, str, list[Entry]], cue: Cue | None) -> _Found | None:
        """"جبل الشيخ منصور" is not "جبل الشيخ": a gazetteer name that ends in a title ("الشيخ"، "الإمام"،
        "السيدة") followed by a person's name is only the start of a longer name the gazetteer lacks. The
        longer name is kept whole, unresolved, rather than placed at the shorter one's coordinates."""
        plen, j, key, _cands = hit
        if key.split()[-1] not in _NAME_TITLES or j >= len(self.toks):
            return None
        w = self.toks[j][2]
        if w in _DIRECTION_NOUNS or w in _LOC_PREPS or w in _NEAR_ADJ or w in self._time_words() \
                or not self._name_word(w) \
                or self.name_at(j, clitics=False) is not None:
            return None  # "جبل الشيخ جنوب دمشق", "جبل الشيخ قرب X": the name ends at the title
        if w.startswith(_WA) and w[len(_WA):].endswith(tuple(wordlist("facility_possessive"))):
            return None  # "جبل الشيخ ومرصده": a noun of the place's own joined by و, no person's name
        if w.startswith(_WA) and w[len(_WA):] in _PLURAL_PLACE_NOUNS:
            return None  # "جبل الشيخ ومواقع أخرى": a plural of places joined by و, the next member, no name
        end = self._person_tail(j, True)
        if end <= j:
            return None
        words = [self.toks[k][2] for k in range(j, end)]
        return self._add(i, end, plen, " ".join([key, *words]), [], cue, cue.form if cue else "", "titled-name")

    def _describes(self, i: int, cue: Cue) -> bool:
        """"حاجز عسكري", "معبر حدودي", "مطار عسكري": an indefinite relational adjective after the cue of a
        facility says what kind it is, it names none (a settlement's cue keeps it: "قرية كويا"). A locator
        preposition right after any cue says where an unnamed place lies ("قرية قرب مدينة X"، "بلدة بالقرب
        من جسر Y"): it is no name of its own."""
        w = self.toks[i][2]
        if w in _LOC_PREPS or w in _DIRECTION_NOUNS or (cue.kind == "camp" and w in _CAMP_OCCUPANTS):
            return True  # "قصفت الطائرات مخيم النازحين في بلدة X": who lives there names no camp (task nonevent19)
        return cue.kind in _FACILITY_CUE_KINDS and not w.startswith(_AL) and w.endswith(wordlist("relational_ending"))

    def _list_intro(self, i: int, cue: Cue) -> bool:
        """A plural or dual cue whose list opens after a colon or semicolon ("على قرى؛ X وY وZ"): the
        mark announces the members, it does not end the phrase. Only a list: one name after it is not read."""
        return cue.number in ("2", "n") and i + 1 < len(self.toks) and bool(_INTRO_GAP.match(self._gap(i, i + 1))) \
            and (self._list_follows(i + 1) or self.name_at(i + 1, clitics=False) is not None)

    def _intro_member(self, i: int, cue: Cue) -> int | None:
        """Where the members of a plural cue at ``i`` start when a word announces them ("عدة قرى، منها
        X وY", "قرى عدة من بينها X", "البلدات، وأبرزها X"): after an optional quantifier, a comma and
        the intro word; only when a list or a known name follows. A counted cue ("عشرات القرى") may
        announce its members so too: the number counts them, the list names some."""
        toks, k = self.toks, i + 1
        if cue.number not in ("2", "n") or k >= len(toks):
            return None
        if self._counted(i) and self._joined_cue(k):
            k += 1  # "50 بلدة وقرية، بينها": a second counted noun joined to the first
        if toks[k][2] in _QUANTIFIERS and self._gap_ok(i, k):
            k += 1
        k = self._framing_area_end(k)
        k = self._cue_qualifiers_end(k)
        if k + 1 < len(toks) and toks[k][2] in _INTRO_PREPS and toks[k + 1][2] in _INTRO_WORDS and self._gap_ok(k, k + 1):
            k += 1  # "من بينها"
        if k + 1 >= len(toks) or toks[k][2] not in _INTRO_WORDS or not _LIST_GAP.match(self._gap(k - 1, k)):
            return None
        start = k + 1
        if not (self._gap_ok(k, start) or _INTRO_GAP.match(self._gap(k, start))):
            return None
        return start if self._list_follows(start) or self.name_at(start, clitics=False) is not None else None

    def _presented_list(self, k: int) -> _Found | None:
        """The first member of a list that a pronoun or phrase at ``k`` presents (wordset list_presenting_phrase)
        for a plural or dual place noun a few words before it: "القرى التي سيطرت عليها القوات 3 وهي: X وY وZ"،
        "قريتين هما X وY"، "عدد من القرى على النحو التالي: X، Y". A relative clause may stand between; no place
        and no sentence end. Only when a list or a known name follows the phrase (a colon may open it): "وهي
        تتعرض للقصف" names nothing (task left28)."""
        toks, words = self.toks, self.words
        phrase = None
        for p in _PRESENTING_BY_FIRST.get(words[k], ()):
            if tuple(words[k:k + len(p)]) == p:
                phrase = p
                break
        start = k + len(phrase) if phrase else len(toks)
        if start >= len(toks) or not (self._gap_ok(start - 1, start) or _INTRO_GAP.match(self._gap(start - 1, start))):
            return None
        cue = self._presented_noun(k, bool(_INTRO_GAP.match(self._gap(start - 1, start))))
        if cue is None or not (self._list_follows(start) or self.name_at(start, clitics=False) is not None):
            return None
        return self._announced(start, cue)

    def _presented_noun(self, k: int, colon: bool) -> Cue | None:
        """The plural or dual place noun (a cue of number 2 or n, with or without its article, or an indefinite
        dual "قريتين"، "بلدتين" of a singular cue) up to _PRESENTING_REACH words before ``k``, in the same
        sentence. A place between ("القرى الواقعة شرق مدينة منبج وهي X وY") may be what the pronoun stands for,
        unless a colon opens the list: the colon announces members, and a town has none."""
        toks = self.toks
        for j in range(k - 1, max(-1, k - 2 - _PRESENTING_REACH), -1):
            if _SENTENCE_MARKS & set(self._gap(j, j + 1)):
                return None
            w = toks[j][2]
            c = next((c for f, _ in word_forms(w) for c in (self.gaz.cues.get(f[len(_AL):] if f.startswith(_AL) else f),)
                      if c is not None), None)  # "القرى"، "والبلدات": the definite plural too
            if c is not None and c.number in ("2", "n"):
                return c
            one = next((self.gaz.cues.get(w[:-len(e)] + _TA_MARBUTA) for e in _INDEFINITE_DUALS if w.endswith(e)), None)
            if one is not None and one.number == "1":
                return Cue(w, one.singular, "2", one.kind, False)
            if not colon and self.name_at(j, clitics=False) is not None:
                return None  # a place between: the phrase presents another noun's members
        return None

    def _counted_after(self, j: int) -> bool:
        """"تلة X 3 قذائف": a number followed by a noun counts that noun; it is no part of the name before it."""
        return j + 1 < len(self.toks) and self._gap_ok(j, j + 1) and not self.toks[j + 1][2].startswith(_AL) \
            and _LETTERS_ONLY.fullmatch(self.toks[j + 1][2]) is not None and self.cue_at(j + 1) is None \
            and self.toks[j + 1][2] not in _DIRECTION_NOUNS and self.toks[j + 1][2] not in _LOC_PREPS

    def _cue_qualifiers_end(self, k: int) -> int:
        """"قرى الريف المحيط، أبرزها X"، "أحياء عدة شرقي المدينة وجنوبيها، أبرزها X": words that qualify the
        plural cue (a definite genitive or adjective, a direction said of the city, a quantifier) may stand
        between it and the comma of the intro word; the members still belong to the cue. Returns where the
        intro word stands, or ``k`` itself when the words do not end on a comma and an intro word."""
        toks, j = self.toks, k
        while j < len(toks) and j - k < _CUE_QUALIFIER_REACH and (j == k or self._gap_ok(j - 1, j)):
            if self._cue_qualifier(toks[j][2]):
                j += 1
            elif (area := self.name_at(j, clitics=False)) is not None and area[1] > j:
                j = area[1]  # "قرى ريف القصير، أبرزها X": the area that frames the members
            else:
                break
        if j == k or j >= len(toks) or toks[j][2] not in _INTRO_WORDS or not _LIST_GAP.match(self._gap(j - 1, j)) \
                or self._gap_ok(j - 1, j):
            return k
        return j

    @staticmethod
    def _cue_qualifier(w: str) -> bool:
        """A word that qualifies a plural place noun rather than opening a clause: a definite word that is no
        trigger ("الريف"، "المحيط"), a direction said of a place with its pronoun or و ("شرقي"، "وجنوبيها"),
        a quantifier ("عدة")."""
        bare = w[len(_WA):] if w.startswith(_WA) and len(w) > 3 else w
        bare = next((bare[:-len(x)] for x in _PLACE_PRONOUN_SUFFIXES if bare.endswith(x)
                     and bare[:-len(x)] in _DIRECTION_NOUNS), bare)
        if bare in _DIRECTION_NOUNS or w in _QUANTIFIERS:
            return True
        return w.startswith(_AL) and not _is_trigger_word(w) and w not in _INTRO_WORDS

    def _framing_area_end(self, k: int) -> int:
        """"عدة أحياء في شرق حلب، بينها X وY": an area after "في" that frames the plural cue sits between
        it and the intro word; the members still belong to the cue. Returns where the intro word may start
        (``k`` itself when no such area is there)."""
        toks = self.toks
        if k + 1 >= len(toks) or toks[k][2] != _IN or not self._gap_ok(k, k + 1):
            return k
        area = self.name_at(k + 1, clitics=False)
        if area is None and (c := self.cue_at(k + 1)) is not None and c[0].kind == "countryside" \
                and c[0].number == "2" and self._gap_ok(k + 1, k + 2):
            area = self.name_at(k + 2, clitics=False)  # "في ريفي حلب الغربي وإدلب الشرقي": two countrysides
        if area is None:
            return k
        end = area[1]
        while end < len(toks) and toks[end][2] in _DIRECTIONS and self._gap_ok(end - 1, end):
            end += 1  # "في ريف إدلب الجنوبي"
        if end < len(toks) and toks[end][2].startswith(_WA) and self._gap_ok(end - 1, end) \
                and (other := self.name_at(end)) is not None:
            end = other[1]  # "... الغربي وإدلب الشرقي": the dual's second member
            while end < len(toks) and toks[end][2] in _DIRECTIONS and self._gap_ok(end - 1, end):
                end += 1
        return end if end < len(toks) and _LIST_GAP.match(self._gap(end - 1, end)) else k

    def _cued_name(self, k: int, cue: Cue) -> _Found | None:
        """A gazetteer name at ``k`` read under ``cue`` (not one the gazetteer says never to read)."""
        nxt = self.name_at(k, clitics=False)
        if nxt and self.gaz.ambiguous.get(nxt[2]) != "never":
            plen, j, key, cands = nxt
            if plen == 0 and (sister := self._sister_village(k, j, key, cue)) is not None:
                return sister
            return self._add(k, j, plen, key, cands, cue, cue.form, "gazetteer+cue")
        return None

    def _zone_named(self, k: int, cue: Cue) -> _Found | None:
        """"منطقة الشقيف الصناعية": an area cue, one name-like word, then the adjective of a zone's use
        (wordset zone_use_adjective): the zone is named after its place, which the gazetteer may lack; an
        area cue keeps unknown_ok "no" otherwise ("منطقة واسعة" names nothing; task read19c)."""
        if cue.kind != "area" or cue.number != "1" or k + 1 >= len(self.toks) or not self._gap_ok(k, k + 1):
            return None
        w = self.toks[k][2]
        if self.toks[k + 1][2] not in wordset("zone_use_adjective") or not self._name_word(w) \
                or self._describes_place(w) or self._adjective(w):
            return None
        return self._add(k, k + 1, 0, w, [], cue, cue.form, "cue-unknown")

    def _area_named(self, k: int, cue: Cue) -> _Found | None:
        """"منطقة المصاصنة شمالي حماة"، "منطقة الملاح بريف حلب": an area cue, one definite name-like word the gazetteer
        lacks, and a locator at once after it (a direction, "قرب", the countryside: ``_area_locator``) is an
        unknown place, kept unresolved, where the event is (not the last place named). Without the locator the
        area cue keeps unknown_ok "no": "منطقة النزاع"، "منطقة التماس" name what an area is, no place (task
        read19c); nor does a noun of that kind (wordset area_kind_noun) become one with a locator (task where33)."""
        if cue.kind != "area" or cue.number != "1" or k + 1 >= len(self.toks) or not self._gap_ok(k, k + 1):
            return None
        w = self.toks[k][2]
        if not w.startswith(_AL) or not self._name_word(w) or self._adjective(w) or self._describes_place(w) \
                or w in _common_nouns() or w in wordset("area_kind_noun") or not self._area_locator(k + 1):
            return None
        return self._add(k, k + 1, 0, w, [], cue, cue.form, "cue-unknown")

    def _area_locator(self, j: int) -> bool:
        """A locator right at ``j``: a direction ("شمالي")، "قرب"، "بريف X" or "في ريف X"."""
        w = self.toks[j][2]
        if w in _DIRECTION_NOUNS or w in wordset("near_preposition") or self._countryside_locator(j):
            return True
        return w in wordset("in_preposition") and j + 1 < len(self.toks) and self._gap_ok(j, j + 1) \
            and (c := self.cue_at(j + 1)) is not None and c[0].kind == "countryside"

    def _hill_named_after(self, k: int, cue: Cue) -> _Found | None:
        """"تل ملح"، "تل أبو قلقل": a hill the gazetteer lacks, named after a word that is also a town's name,
        is that hill, an unresolved place, not the town (Malah lies two hundred kilometres from a hill of
        that name in Hama). Names the gazetteer has whole ("تل أبيض") were read before this."""
        if cue.kind != "hill":
            return None  # ("تل" keeps unknown_ok "no": "على تل صغير" names no hill)
        nxt = self.name_at(k, clitics=False)
        if nxt is None or nxt[0] != 0 or any(e.kind == "hill" for e in nxt[3]):
            return None
        return self._add(k, nxt[1], 0, nxt[2], [], cue, cue.form, "cue-unknown")

    def _announced(self, k: int, cue: Cue) -> _Found | None:
        """The first member of a list an intro word announced: a known name or a name-like unknown word."""
        named = self._cued_name(k, cue)
        if named is not None:
            return named
        return self._unknown(k, cue, cue.form) if self._list_follows(k) else None

    def _counted_cue(self, i: int, cue: Cue) -> Cue | None:
        """A singular place noun counted by a number ("50 بلدة"، "أكثر من 20 قرية"): Arabic counts eleven and
        more with a singular noun, yet it stands for many places; an intro word after it ("، بينها X وY") names
        some of them as a plural noun's would. The noun as a plural cue, else None."""
        if cue.number != "1" or not self._counted(i):
            return None
        return Cue(cue.form, cue.singular, "n", cue.kind, cue.unknown_ok)

    def _joined_cue(self, k: int) -> bool:
        """"بلدة وقرية": a place noun joined by و right after another, no name of its own."""
        w = self.toks[k][2] if k < len(self.toks) else ""
        return w.startswith(_WA) and self._gap_ok(k - 1, k) and self.gaz.cues.get(w[1:]) is not None

    def _counted(self, i: int) -> bool:
        """A cue word right after a number ("15 مدينة", "عشرات القرى") counts places, it names none."""
        if i == 0:
            return False
        w = self.toks[i - 1][2]
        return w.isdigit() or w in _COUNT_WORDS or w[1:] in _COUNT_WORDS

    def _list_follows(self, i: int, cue: Cue | None = None) -> bool:
        """An unknown word at ``i`` heads a list of names: a quoted name, or a name-like word followed by
        "و" + another name-like word (or a comma and a quoted one); under a cue of quarters, a word that
        names a quarter only after its head ("حيي الصناعة والبدو") counts as a name."""
        if i >= len(self.toks):
            return False
        if self._quoted_end(i) is not None and not self.toks[i][2].isdigit():
            return True
        if not self._name_word(self.toks[i][2], cue):
            return False
        end = self._unknown_end(i)
        if end >= len(self.toks) or not _LIST_GAP.match(self._gap(end - 1, end)):
            return False
        nxt = self.toks[end][2]
        if nxt.startswith(_WA) and len(nxt) > 2:
            return self._name_word(nxt[1:], cue) or self.name_at(end) is not None
        return self.name_at(end, clitics=False) is not None

    def _quoted_end(self, i: int) -> int | None:
        """The token after a quoted name of up to three words that opens at ``i``, or None."""
        if not self._quoted(i):
            return None
        for e in range(i, min(i + 3, len(self.toks))):
            after = self.f.text[self.toks[e][1]:self.toks[e + 1][0] if e + 1 < len(self.toks) else self.toks[e][1] + 1]
            if any(q in after for q in _QUOTES):
                return e + 1
            if e + 1 < len(self.toks) and not self._gap_ok(e, e + 1):
                return None
        return None

    def _continues(self, end: int) -> bool:
        """Whether the list goes on after token ``end - 1``: "و" + a name-like word, or a place."""
        if end >= len(self.toks) or not _LIST_GAP.match(self._gap(end - 1, end)):
            return False
        w = self.toks[end][2]
        if w.startswith(_WA) and len(w) > 2 and self._name_word(w[1:]):
            return True
        return self.name_at(end) is not None

    def _gap(self, a: int, b: int) -> str:
        return self.f.text[self.toks[a][1]:self.toks[b][0]]

    def _quoted(self, i: int) -> bool:
        before = self.f.text[self.toks[i - 1][1] if i else 0:self.toks[i][0]].rstrip()
        return bool(before) and before[-1] in _QUOTES  # an opening quote, not the last member's closing one

    def _name_word(self, w: str, cue: Cue | None = None) -> bool:
        """A word that may be (the first word of) an unknown place name in a list (under ``cue``, its list's)."""
        if w in _NAME_HEADS:
            return True  # "تل الورد", "معر شمارين": the head of a two-word name
        if self._listed_quarter(cue, w):
            return True  # "حيي الصناعة والبدو": a quarter's name after its (dual or plural) head
        return _looks_like_name(w, self.gaz) and not _is_trigger_word(w) and w not in _LIST_FILLERS \
            and w not in facilities() and w not in wordset("indefinite_descriptive")

    def _unknown_end(self, i: int, plen: int = 0) -> int:
        """The token after an unknown name starting at ``i`` (two words for "كفر X", or a quoted pair);
        ``plen``: the length of a conjunction written on the first word ("ودير الشرقي")."""
        j = i + 1
        if j < len(self.toks) and self._gap_ok(i, j):
            w, w2 = self.toks[i][2][plen:], self.toks[j][2]
            quoted_pair = self._quoted(i) and not any(q in self._gap(i, j) for q in _QUOTES) \
                and self.f.text[self.toks[j][1]:self.toks[j][1] + 1] in _QUOTES
            adjective = w2.startswith(_AL) and w2.endswith(wordlist("adjective_ending"))
            alone_never = self.gaz.ambiguous.get(w) == "never"  # "دير الشرقي": "دير" is no name alone
            described = self._describes_place(w2)  # "بلدة القصر الحدودية": it describes the town
            # "قرية حمام التابعة لناحية X"، "قرية عين القريبة من Y": where the village lies, no word of its name
            described = described or w2 in _BELONGS or w2 in _NEAR_ADJ or w2 in _LOCATED
            # "قرية عرب حسن"، "تل علي": a village named after a person, his given name its second word (task gazvillage40)
            after_person = w in _NAME_HEADS and w2 in _GIVEN_NAMES and not (w2 in _ON and self._written_maqsura(j))
            if (w in _NAME_HEADS or quoted_pair) and (_looks_like_name(w2, self.gaz) or alone_never or after_person) \
                    and (w2 not in _DIRECTIONS or alone_never) and not self.gaz.cues.get(w2) \
                    and (not adjective or alone_never) and not described:
                j += 1
                if self._titled_given_name(j):
                    j += 1  # "حوش السيد علي": the person a name is after goes on after his title
        return self._person_tail(j, False)  # "حيي هشام بن عبد الملك والبريد": a name after a person goes on

    def _titled_given_name(self, j: int) -> bool:
        """A given name at ``j`` right after a title that is the second word of an unknown name ("حوش السيد
        علي"، "تل الشيخ حسين"): the name is after a person, and his name is its third word."""
        return j < len(self.toks) and self._gap_ok(j - 1, j) and self.toks[j - 1][2] in _PLACE_NAME_TITLES \
            and self.toks[j][2] in _GIVEN_NAMES

    # -------------------------------------------------------------- facilities
    def head_at(self, i: int) -> tuple[Facility, int, bool] | None:
        """A facility head at token ``i``: (head, prefix length, definite)."""
        if i >= len(self.toks):
            return None
        table = facilities()
        for form, plen in word_forms(self.toks[i][2]):
            definite = form.startswith(_AL) and len(form) > 4
            head = table.get(form[2:] if definite else form)
            if head is not None:
                return head, plen + (0 if definite else 0), definite
        return None

    def facility_at(self, i: int) -> _Found | None:
        """A place below the town read as a noun phrase: head + (town | proper name | number) + adjectives.

        "سجن تدمر" (the town's coordinates), "دوار النعيم" (a name the gazetteer lacks: the town around
        it is found later), "اللواء 135", "المطار العسكري" (a definite head: the town around it), "السجن".
        A head followed by a name the gazetteer knows as "HEAD NAME" is left to the cue path."""
        got = self.head_at(i)
        if got is None:
            return None
        head, plen, definite = got
        if head.kind == "unit" and i and self.toks[i - 1][2] in _FORCE_BEFORE:
            return None  # "دبابات الكتيبة 77": the unit is the force, not a place
        j, town, name_words, titled_town = i + 1, None, [], False
        nxt = j < len(self.toks) and (self._gap_ok(i, j) or _LIST_GAP.match(self._gap(i, j)) and self._quoted(j))
        if not definite:
            if not nxt or self._cue_name(j, Cue(head.form, head.singular, head.number, head.kind, False)):
                return None
            if head.kind in _OF_TOWN_KINDS and self.toks[j][2] in _TOWN_BACKREFS:
                return self._facility_of_backref(i, j, plen, head)  # "مطار المدينة": the airport of the town
            known = self.name_at(j, clitics=False)
            w = self.toks[j][2]
            if not known and "town" in head.follows and head.kind in _OF_TOWN_KINDS \
                    and w in _FACILITY_TOWN_TITLES and j + 1 < len(self.toks) and self._gap_ok(j, j + 1) \
                    and (titled := self.name_at(j + 1, clitics=False)) \
                    and any(e.kind in _SETTLEMENTS for e in titled[3]):
                known = titled  # "سجن بلدة الجرنية"، "مستشفى مدينة كفرنبل": the town's, as "سجن تدمر" (task misread38);
                # a site of its own on a map only (wordset facility_of_town_kind): "دوار مدينة X"، "مخيم بلدة X" stay X
                titled_town = True
            if w.startswith(tuple(wordlist("owner_proclitic"))):
                return None  # "مستودعات للأسلحة قرب مطار المزة": what or whose the depots are, not their name
            if known and head.kind in _NEIGHBOURHOOD_KINDS and any(e.kind in _SETTLEMENTS for e in known[3]) \
                    and self.gaz.ambiguous.get(known[2]) != "never":
                return None  # "حي الحجر الأسود": a town the city grew around, named whole by the cue path
            if known and "town" in head.follows and any(e.kind in _SETTLEMENTS for e in known[3]) \
                    and self.gaz.ambiguous.get(known[2]) != "never":
                town, j = [e for e in known[3] if e.kind in _SETTLEMENTS], known[1]
            elif known and known[3][0].kind not in _SETTLEMENTS | {"region"} \
                    and self.gaz.ambiguous.get(known[2]) != "never" \
                    and not (head.form in wordset("named_after_quarter_head")
                             and known[3][0].kind in _NEIGHBOURHOOD_KINDS):
                return None  # "حي الميدان", "جبل الزاوية": the gazetteer's own place (a region is none:
                # "فرع البادية للمخابرات العسكرية" is a branch named after it; nor is a quarter a roundabout is
                # named after: "دوار الليرمون", read below as a name; "ساحة درعا البلد" stays the quarter's square)
            elif "number" in head.follows and w.isdigit():
                name_words, j = [w], j + 1
            elif head.kind not in _UNIT_KINDS and self._numbered_unit_at(j):
                return None  # "مقر اللواء 82": the numbered unit names the place (read from j), not "مقر
                # اللواء" read as a general's headquarters (the rank "اللواء" takes a name, never a number)
            elif head.follows & {"proper", "number"} and _FACILITY_CODE.fullmatch(w):
                name_words, j = [w], j + 1  # "محطة T3"، "قاعدة H3": a code in Latin letters and digits is its name
            elif head.follows & {"proper", "definite"} and not w.isdigit() and w not in _NOT_A_FACILITY_NAME \
                    and not (head.kind == "camp" and w in _CAMP_OCCUPANTS) \
                    and (self._name_word(w) or (w in _TITLED_PARTICLE_NAMES and self._patronymic_at(j + 1))
                         or self._institution_word(head, w) or self._quarter_name(head.kind, w)
                         or self._construct_chain_end(j) > j) \
                    and (w.startswith(_AL) or self._quoted(j) or self._construct(j) or self._patronymic_at(j + 1)
                         or self._construct_chain_end(j) > j
                         or (w in _NAME_TITLES and self._person_tail(j + 1, True) > j + 1)
                         or ("proper" in head.follows and head.kind in _BARE_NAME_KINDS and (w in _NAME_HEADS
                                                                 or not w.endswith(wordlist("nisba_ending"))))):
                j = self._unknown_end(j) if not w.startswith(_AL) or w in _NAME_HEADS else j + 1  # "حي الشيخ فارس"
                if j - (i + 1) == 1 and not w.startswith(_AL) and j < len(self.toks) and self._gap_ok(j - 1, j) \
                        and self.toks[j][2].startswith(_AL) and self._name_word(self.toks[j][2]) \
                        and not self._adjective(self.toks[j][2]) and self.toks[j][2] not in _NEIGHBOURING:
                    j += 1  # "كرم الدعدع", "قيادة الاسايش"; not "حي حلكو المجاور", the quarter beside (task read11)
                j = self._person_tail(j, j - (i + 1) == 1 and w in _NAME_TITLES)
                if (chain := self._construct_chain_end(i + 1)) > j:
                    j, town = chain, self._chain_town(i + 1, chain)
                if j < len(self.toks) and self._gap_ok(j - 1, j) and self.toks[j][2].startswith(_LIL) \
                        and self._name_word(_AL + self.toks[j][2][len(_LIL):]) \
                        and _AL + self.toks[j][2][len(_LIL):] not in _PURPOSE_NOUNS \
                        and _AL + self.toks[j][2][len(_LIL):] not in _TIME_OF_COUNT:
                    j += 1  # "فرع البادية للمخابرات العسكرية": the institution the named branch belongs to
                if "number" in head.follows and j < len(self.toks) and self._gap_ok(j - 1, j) \
                        and self.toks[j][2].isdigit() and not self._counted_after(j):
                    j += 1  # "تلة المرصد 45": a named hill (or unit) with its number
                name_words = [t[2] for t in self.toks[i + 1:j]]
                if town is None and name_words and (all(w in _COMMODITIES for w in name_words)
                                                    or name_words[0] in _UTILITIES):
                    return None  # "حقول النفط في ريف X": the fields of a commodity, no field's name; "محطة
                    # تحويل الكهرباء في مدينة X"، "ساحة عامة": what the building is for, not which it is
            elif not self._unnamed_in_town(head, j):
                return None
        elif nxt and "number" in head.follows and self.toks[j][2].isdigit():
            name_words, j = [self.toks[j][2]], j + 1
        elif not head.bare and head.number == "1" and not (nxt and (self._adjective(self.toks[j][2])
                                                                     or _ordinal_of(head, self.toks[j][2]))):
            return None
        elif definite and head.number == "n" and nxt and self.toks[j][2] in _FIELD_PRODUCTS:
            return None  # "في محيط الحقول النفطية والغازية": a kind of place, no one of them ("الكليات العسكرية"
            # may be one complex; task read17a)
        if j < len(self.toks) and self._gap_ok(j - 1, j) and _ordinal_of(head, self.toks[j][2]):
            name_words, j = [*name_words, self.toks[j][2]], j + 1  # "محطة الضخ الثالثة": which one, kept in its name
        adj = []
        while j < len(self.toks) and len(adj) < 2 and self._gap_ok(j - 1, j) and self._adjective(self.toks[j][2]):
            adj.append(self.toks[j][2])
            j += 1
        item = self._add(i, j, plen, " ".join([head.singular, *name_words, *adj]), [], None, "", "facility")
        item.extra.update({"facility": head, "town": town, "name_words": name_words, "adjectives": adj,
                           "definite": definite, "titled_town": titled_town})
        return item

    def _numbered_unit_at(self, j: int) -> bool:
        """Whether a military unit with its number starts at j ("اللواء 82", "الفوج 46"): a place of its own
        that a head before it ("مقر", "ثكنة") only says a part of."""
        got = self.head_at(j)
        return got is not None and got[0].kind in _UNIT_KINDS and j + 1 < len(self.toks) \
            and self._gap_ok(j, j + 1) and self.toks[j + 1][2].isdigit()

    def _facility_of_backref(self, i: int, j: int, plen: int, head: Facility) -> _Found:
        """"ودخل التنظيم سجن تدمر ومطار المدينة"، "قصف الطيران مشفى المدينة": a facility head before a
        back-reference to the town is that town's facility, named after the last town the article names
        (``_facility_mention``), not the town itself."""
        item = self._add(i, j + 1, plen, head.singular, [], None, "", "facility")
        item.extra.update({"facility": head, "town": None, "name_words": [], "adjectives": [], "definite": False,
                           "of_backref": True})
        return item

    def _unnamed_in_town(self, head: Facility, j: int) -> bool:
        """"استهدف كنيسة في حي القصاع": an unnamed building of a town, placed by "في" and the settlement
        or neighbourhood after it, is that building (the locator after it gives its town)."""
        if head.kind not in _IN_TOWN_KINDS - _NEIGHBOURHOOD_KINDS or self.toks[j][2] not in wordset("in_preposition") \
                or j + 1 >= len(self.toks) or not self._gap_ok(j, j + 1):
            return False
        c = self.cue_at(j + 1)
        if c is not None:
            return c[0].kind in _SETTLEMENTS | _NEIGHBOURHOOD_KINDS
        known = self.name_at(j + 1, clitics=False)
        return bool(known) and any(e.kind in _SETTLEMENTS | _NEIGHBOURHOOD_KINDS for e in known[3])

    def _patronymic_at(self, j: int) -> bool:
        """"بن الخطاب" at ``j``: the word before it is a person's name (a facility named after a person)."""
        return j + 1 < len(self.toks) and self._gap_ok(j - 1, j) and self._gap_ok(j, j + 1) \
            and self.toks[j][2] in _PATRONYMIC and _looks_like_name(self.toks[j + 1][2], self.gaz)

    def _person_tail(self, j: int, titled: bool) -> int:
        """The token after a person's name that names a facility: "مسجد الإمام زيد بن أبي سالم", "جامع عمر
        بن الخطاب", "كنيسة السيدة مريم". A title takes the name after it; "بن X" (or "بن أبي X") goes on."""
        w = self.toks[j][2] if j < len(self.toks) else ""
        if titled and self._gap_ok(j - 1, j) and not w.startswith(_AL) \
                and (_looks_like_name(w, self.gaz) or w in _TITLED_PARTICLE_NAMES):
            j += 1  # "الإمام علي" (a definite word after a title is an adjective or a new noun, "في" no name)
        while self._patronymic_at(j):
            j += 2
            if self.toks[j - 1][2] in _KUNYA and j < len(self.toks) and self._gap_ok(j - 1, j) \
                    and _looks_like_name(self.toks[j][2], self.gaz):
                j += 1  # "بن أبي طالب"
            elif self.toks[j - 1][2] in _SERVANT and j < len(self.toks) and self._gap_ok(j - 1, j) \
                    and self.toks[j][2].startswith(_AL):
                j += 1  # "بن عبد الملك"
        return j

    def _construct(self, j: int) -> bool:
        """"مقر قيادة الأسايش": an indefinite noun annexed to a definite one is a definite name (idafa),
        so a facility head takes it as the name it lacks ("مقر قيادة" alone is no name)."""
        if j + 1 >= len(self.toks) or not self._gap_ok(j, j + 1):
            return False
        w, w2 = self.toks[j][2], self.toks[j + 1][2]
        return (self._annexed_noun(w) or self._hamza_noun(j)) and w2.startswith(_AL) and self._name_word(w2) \
            and not self._adjective(w2)

    def _hamza_noun(self, j: int) -> bool:
        """"هيئة" folds to a word with the nisba ending ("هييه"); as written (ئة) it is a noun that heads an idafa."""
        s, t = self.f.span(self.toks[j][0], self.toks[j][1])
        w = self.toks[j][2]
        raw = self.f.original[s:t]
        return not w.startswith(_AL) and len(raw) > 2 and raw[-2] in marks("hamza_noun_marks") \
            and not _is_trigger_word(w)

    def _institution_word(self, head: Facility, w: str) -> bool:
        """"مبنى الأمن القومي"، "قصر العدل": a building head takes the definite common noun of the institution
        it houses as its name, though that noun alone is never a place (``ambiguous.tsv``, policy never)."""
        return "institution" in head.follows and w.startswith(_AL) and self.gaz.ambiguous.get(w) == "never" \
            and not _is_trigger_word(w) and w not in facilities() and not self.gaz.cues.get(w) \
            and not self._adjective(w) and w not in _DIRECTION_NOUNS

    def _quarter_name(self, kind: str, w: str) -> bool:
        """"حي الصناعة": right after a neighbourhood head, a definite word that is never a
        place alone (``ambiguous.tsv`` policy never: "الصناعة" industry) is the quarter's name; not the capital's
        back-reference ("أحياء العاصمة": its quarters)."""
        return kind in _NEIGHBOURHOOD_KINDS and w.startswith(_AL) and len(w) > 4 \
            and self.gaz.ambiguous.get(w) == "never" and not _is_trigger_word(w) and w not in _CAPITAL_BACKREF

    def _listed_quarter(self, cue: Cue | None, w: str) -> bool:
        """"حيي الصناعة والبدو", "أحياء الصناعة والمشلب": under a cue of quarters, a word that names a quarter
        only after its head is a member's name; not a common noun of places ("أحياء المدينة": the city's
        quarters, no quarter named "المدينة")."""
        return cue is not None and self._quarter_name(cue.kind, w) and w not in _common_nouns()

    def _annexed_noun(self, w: str) -> bool:
        """An indefinite noun that can head an idafa: no article, no nisba adjective, no trigger word."""
        return not w.startswith(_AL) and not w.endswith(wordlist("nisba_ending")) and not _is_trigger_word(w)

    def _chain_town(self, j: int, end: int) -> list[Entry] | None:
        """The settlement a construct chain ends on ("... محافظة القنيطرة"): the building stands in it."""
        for k in range(j + 1, end):
            known = self.name_at(k, clitics=False)
            if known and known[1] == end and (towns := [e for e in known[3] if e.kind in _SETTLEMENTS]):
                return towns
        return None

    def _construct_chain_end(self, j: int) -> int:
        """"مبنى قيادة شرطة محافظة القنيطرة": a chain of up to four indefinite nouns, each annexed to the
        next, closed by a place the gazetteer knows, is one institution's name; the token after it, or ``j`` when the
        words from ``j`` are no such chain. The place it ends on only says where the building stands.
        A word ending like a nisba may be a noun here ("مديرية"): an adjective cannot stand before the
        definite noun that closes an idafa."""
        k = j
        while k < len(self.toks) and k - j < 4 and (k == j or self._gap_ok(k - 1, k)) \
                and not self.toks[k][2].startswith(_AL) and not _is_trigger_word(self.toks[k][2]) \
                and (self._name_word(self.toks[k][2]) or self.toks[k][2] in self.gaz.cues):
            if k > j + 1 and self.name_at(k, clitics=False):
                break  # "... محافظة درعا": the known name that closes the chain
            k += 1
        if k - j < 2 or k >= len(self.toks) or not self._gap_ok(k - 1, k):
            return j
        w = self.toks[k][2]
        if any(t[2] in _PATRONYMIC for t in self.toks[j:k]):
            return j  # "مسجد زيد بن أبي سالم": a person's name, read by _person_tail
        known = self.name_at(k, clitics=False)  # "... محافظة القنيطرة", "... محافظة درعا": a place the gazetteer knows
        return known[1] if known and known[2].split()[0] == w else j

    def road_at(self, i: int) -> _Found | None:
        """A road named by the two towns it joins: "الطريق الدولي حلب - حماة", "الطريق السريع (دمشق- حلب
        الدولي)", "الطريق الرئيسي بين الحسكة وحلب". The gazetteer's road when it knows the pair (either
        order), else a road at the midpoint of the towns; the towns only name the road."""
        if i < len(self.toks) and i == self._road_list_end and self.toks[i][2].startswith(_WA):
            return self._road_pair(i, i, 0, False)  # "... وحمص - طرطوس": the next road of a plural head
        head = _road_head(self.toks[i][2]) if i < len(self.toks) else None
        if head is None:
            return None
        plen, plural = head
        j = i + 1
        while j < len(self.toks) and j - i <= 3 and self.toks[j][2] in _ROAD_ADJECTIVES \
                and _ROAD_GAP.match(self._gap(j - 1, j)):
            j += 1
        if j + 1 < len(self.toks) and self.toks[j][2] in wordset("relative_pronoun") and self.toks[j + 1][2] in _LINKS:
            j += 2  # "الطريق الدولي السريع الذي يصل حلب بدمشق"
        elif j < len(self.toks) and self.toks[j][2] in _LINKS:
            j += 1  # "الطريق الواصل بين X وY"
        between = j < len(self.toks) and self.toks[j][2] in wordset("between_preposition")
        if between:
            j += 1
            dual = self.cue_at(j)
            if dual is not None and dual[0].number == "2":
                return self._road_between_unknown(i, j + 1, plen)  # "الطريق بين قريتي X وY"
        return self._road_pair(i, j, plen, plural)

    def _road_pair(self, i: int, j: int, plen: int, plural: bool) -> _Found | None:
        """The road a pair of towns from token ``j`` names (the head or the list member at ``i``). After a
        plural head ("طرق دمشق - درعا ودمشق - السويداء") each pair is a road of its own, so the next "و"
        may open another pair (``_road_list_end``). Each pair needs its dash: "طرق حمص وحماة" are the towns' roads."""
        start, listed = i, i == j
        towns = []
        headed = False  # the town's head noun came just before it, joined by و ("بين داعل وبلدة إبطع")
        while j < len(self.toks) and len(towns) < 2 and _ROAD_GAP.match(self._gap(j - 1, j)):
            if towns and self.toks[j][2] == _WA:
                j += 1
                continue
            if not listed and not plural and self._road_town_head(j, bool(towns)):
                headed = bool(towns)  # "بين مدينة داعل وبلدة إبطع": a settlement head names no end of its own
                j += 1
                continue
            hit = self.name_at(j) if towns or listed else self.name_at(j, clitics=False)
            if hit is None or not any(e.kind in _SETTLEMENTS | {"governorate"} for e in hit[3]):
                return None
            if towns and not (self.toks[j][2].startswith(wordlist("road_town_joiner")) or "-" in self._gap(j - 1, j)
                              or self.toks[j - 1][2] == _WA or headed or not (listed or plural)):
                return None  # "طريق عامودا القامشلي": after one road head two towns side by side are its ends
            towns.append(hit)
            j = hit[1]
        if len(towns) < 2 or ((listed or plural) and "-" not in self._gap(towns[0][1] - 1, towns[0][1])):
            return None
        if listed:
            plen = towns[0][0]  # the "و" before the pair is no part of the road's name
        while j < len(self.toks) and self.toks[j][2] in _ROAD_ADJECTIVES and self._gap_ok(j - 1, j):
            j += 1
        self._road_list_end = j if plural or listed else -1
        a, b = (fold_name(t[3][0].name) for t in towns)
        known = self.gaz.lookup(f"{_ROAD_WORD} {a} {b}") or self.gaz.lookup(f"{_ROAD_WORD} {b} {a}")
        item = self._add(start, j, plen, f"{_ROAD_WORD} {a} {b}", known, None, "", "road" if known else "road-towns")
        if not known:
            item.extra.update({"facility": _ROAD, "town": None, "name_words": [a, b], "adjectives": [],
                               "definite": False, "road_towns": [t[3][0] for t in towns]})
        return item

    def _road_town_head(self, j: int, second: bool) -> bool:
        """Whether token ``j`` is a settlement's head noun before one of a road's towns ("مدينة"، "بلدة"، "قرية";
        the second town's joined by و: "الطريق الواصل بين داعل وبلدة إبطع"), with a word after it (task read21b)."""
        w = self.toks[j][2]
        if second:
            if not w.startswith(_WA):
                return False
            w = w[len(_WA):]
        return w in _ROAD_TOWN_HEADS and j + 1 < len(self.toks)

    def _road_between_unknown(self, i: int, j: int, plen: int) -> _Found | None:
        """"الطريق بين قريتي عاليا وكنطري": a road between two places the gazetteer may lack."""
        if j + 1 >= len(self.toks) or not self._gap_ok(j - 1, j) or not self._gap_ok(j, j + 1):
            return None
        a, b = self.toks[j][2], self.toks[j + 1][2]
        if not (self._name_word(a) and b.startswith(_WA) and self._name_word(b[1:])):
            return None
        item = self._add(i, j + 2, plen, f"{_ROAD_WORD} {a} {b[1:]}", [], None, "", "road-between")
        item.extra.update({"facility": _ROAD, "town": None, "name_words": [a, b[1:]], "adjectives": [],
                           "definite": False, "road_between": True})
        return item

    def _facility_adjective(self, members: list[_Found], w: str) -> bool:
        """"مطار التيفور العسكري": a relational adjective right after a facility the gazetteer names without
        it (an airport, a base, a prison, a crossing) belongs to that name, so a locator may follow it."""
        if members and _found_kind(members[-1]) in _IN_TOWN_KINDS and w in _EPITHETS:
            return True  # "جامع X الكبير في حي Y": size or age, as a relational adjective, sits before the locator
        return bool(members) and _found_kind(members[-1]) in _NAMED_FACILITY_KINDS and self._adjective(w)

    @staticmethod
    def _describes_place(w: str) -> bool:
        """"بلدة القصر الحدودية"، "مدينة X الاستراتيجية": an adjective that describes the place, never a second
        word of its name (a side or a size does name a sister village: "قرية البويضة الشرقية")."""
        return w in _EVALUATIVE and w not in _VILLAGE_EPITHETS

    @staticmethod
    def _adjective(w: str) -> bool:
        """A definite relational adjective after a facility: العسكري، المركزي، الوطني، الدولي، الجوية; or an
        adjective of age that is part of a square's or a market's name ("ساحة الساعة الجديدة": wordsets
        name_age_adjective, task read14)."""
        return w in _NAME_AGE or w.startswith(_AL) and len(w) >= 5 and w.endswith(wordlist("relational_ending")) \
            and not w.endswith(wordlist("plural_nisba_ending")) and w not in _EVALUATIVE

    def _cue_name(self, i: int, cue: Cue, clitics: bool = False
                  ) -> tuple[int, int, str, list[Entry]] | None:
        """A name that begins with the cue's singular: "محافظتي" + "السويداء" -> "محافظة السويداء".

        Returns (prefix length, end token, key without the cue, entries)."""
        if i >= len(self.toks):
            return None
        n_max = min(self.gaz.max_words.get(cue.singular, 0) - 1, len(self.toks) - i)
        forms = word_forms(self.toks[i][2]) if clitics else [(self.toks[i][2], 0)]
        for n in range(n_max, 0, -1):
            if n > 1 and not self._gap_ok(i, i + n - 1):
                continue
            for form, plen in forms:
                key = " ".join([form, *self.words[i + 1:i + n]])
                hit = self.gaz.lookup(f"{cue.singular} {key}")
                if hit:
                    return plen, i + n, key, hit
        return None

    def _unknown(self, i: int, cue: Cue, cue_word: str) -> _Found | None:
        """An unknown name right after a cue: one word, or two for "كفر X" / "تل X"-style names."""
        if i >= len(self.toks):
            return None
        w = self.toks[i][2]
        j = self._quoted_end(i)
        if j is None:
            if not _looks_like_name(w, self.gaz) and not (w in _NAME_HEADS and self._unknown_end(i) > i + 1) \
                    and not self._listed_quarter(cue, w) and not _village_word_name(cue, w):
                return None
            if _is_trigger_word(w):
                return None  # "مدينة فقدت الكثير": a verb, not a name
            if w in _NOT_A_FACILITY_NAME:
                return None  # "تلة حاكمة تشرف على الطريق": an unnamed hill described (task read11); "قصفت قرى قرب
                # سد تشرين": unnamed villages located, "قرب" no village (task sides22)
            if w.startswith(tuple(wordlist("owner_proclitic"))):
                return None  # "حاجز للشرطة": whose checkpoint it is, not its name
            if cue.kind in _AT_FACILITY_CUES and self.head_at(i) is not None:
                return None  # "حاجز دوار الشيحان": a checkpoint named by the facility it stands at, read as that
            if w in wordset("negating_noun"):
                return None  # "معبر غير شرعي": "غير" begins a description (an illegal crossing), not a name
            if w in wordset("affiliated_adjective") or w in wordset("belonging_locator"):
                return None  # "حاجز تابع للأمن العام": the same, told by an adjective of belonging
            if w.startswith(_WA) and len(w) > 3 and i and self.cue_at(i - 1) and self.name_at(i + 1) is not None:
                return None  # "مدينة وبساتين القصير": a second noun joined to the cue, not a name
            j = self._unknown_end(i)
            if cue.kind == "crossing" and j < len(self.toks) and self._gap_ok(j - 1, j):
                town = self.name_at(j, clitics=False)
                if town is not None and self.gaz.ambiguous.get(town[2]) is None:
                    j = town[1]  # "معبر حوار كلس": a crossing named after the town across the border
        if self._epithet_at(j, cue):
            j += 1  # "قرية كفر عويد الصغرى": the sister village's name takes its adjective
        key = " ".join(t[2] for t in self.toks[i:j])
        two_words = j < len(self.toks) and self._gap_ok(j - 1, j) and self.toks[j][2].startswith(_AL) \
            and _looks_like_name(self.toks[j][2], self.gaz) and self.toks[j][2] not in _LOCATED \
            and not self._adjective(self.toks[j][2]) and not self._describes_place(self.toks[j][2]) \
            and self.toks[j][2] not in _NEIGHBOURING and not self._near_alone(j)  # "بلدتي مليحة العطش": a longer
        # name, not "المليحة"; "قرية X المجاورة" is X beside the story's place, the adjective no part of its name
        if not two_words and j == i + 1 and (self._located_name_tail(j, cue) or self._closed_second_word(j, cue)):
            j += 1  # "قرية زور مغار غربي مدينة X": two unknown words the locator closes, one name
            key = " ".join(t[2] for t in self.toks[i:j])
            return self._add(i, j, 0, key, [], cue, cue_word, "cue-unknown")
        if two_words and j == i + 1 and self._closed_name_tail(j, cue):
            j += 1  # "بلدة مليحة العطش" under one town: the name the gazetteer lacks, not "المليحة"
            key = " ".join(t[2] for t in self.toks[i:j])
            return self._add(i, j, 0, key, [], cue, cue_word, "cue-unknown")
        if not two_words and (towns := self._other_article(key, cue)):
            return self._add(i, j, 0, key, towns, cue, cue_word, "cue-article")
        return self._add(i, j, 0, key, [], cue, cue_word, "cue-unknown")

    def _other_article(self, key: str, cue: Cue) -> list[Entry]:
        """"بلدة مزيريب" for the gazetteer's "المزيريب" (and "قرية السوسة" for its "سوسة"): after a settlement
        cue an unknown name is the settlement the gazetteer spells with (or without) the article. Only
        under a cue: bare, a common word without its article is no town."""
        if cue.kind not in _SETTLEMENTS or len(key.replace(" ", "")) < 4:
            return []
        other = key[len(_AL):] if key.startswith(_AL) else _AL + key
        if self.gaz.ambiguous.get(other) == "never":
            return []
        return [e for e in self.gaz.lookup(other) if e.kind in _SETTLEMENTS and e.country == "SY"]

    def scan(self) -> None:
        i = 0
        inert = _inert_words(self.gaz)
        toks, gaz = self.toks, self.gaz
        start = _start_keys(gaz)  # (for the sentence's new words: _is_inert)
        while i < len(toks):
            # (the two gates read here, not by a call each: they are asked of every word of every sentence)
            if i and toks[i - 1][2] in _NAMING_VERBS and (named := self._person_named(i)) > i:
                i = named  # "ويدعى جوان حسكة": a person's name, whatever place its words spell
                continue
            word = toks[i][2]
            if word in _PRESENTING_FIRST and (item := self._presented_list(i)) is not None:
                i = self._follow(item)  # "القرى التي سيطرت عليها وهي: X وY"
                continue
            if inert[word] if word in inert else _is_inert(word, gaz, inert, start):
                i += 1  # nine words in ten: no name, cue, road, facility or "ريفها" begins with them
                continue
            item = self.place_at(i, context=True)
            if item is not None and i and toks[i - 1][2] in _OWNER_HEADS and not item.cue:
                self.found.remove(item)  # "مستودعات مجموعة القاطرجي": the owner's name, though a quarter shares it
                i = item.tj
                continue
            if item is not None and self._street_name(item):
                self.found.remove(item)  # "شارع راجو في عفرين": a street of the city, not the town of Raju
                i = item.tj
                continue
            if item is None and (item := self._lone_rifha(i)) is not None:
                i = self._skip_to
                continue
            if item is None and self._unnamed_before(i) and (got := self._direction_adjectives(i)):
                i = got[1]  # "أربع قرى غرب مدينة X": where unnamed villages lie; the town stays the place
                continue
            if item is None and (items := self._town_direction(i)):
                if (k := self._aside_before(i, len(self.found) - len(items))) is not None:
                    for it in items:  # "سد X (سد Y سابقاً) شرقي الطبقة": it locates the place before the aside
                        it.role, it.locates = "locator", k
                loc = self._locator(items, items[-1].tj)
                i = loc.tj if loc is not None else items[-1].tj
                continue
            if item is None:
                i += 1
                continue
            i = self._follow(item)
        for k, it in enumerate(self.found):
            self._bracketed_alias(k, it)
            if self._city_part(k, it):
                it.extra["city_part"] = True
            elif self._surroundings(it):
                it.extra["surroundings"] = True

    def _person_named(self, i: int) -> int:
        """The token after a person's name that a naming verb ("يدعى"، "المدعو") puts at ``i``, else ``i``.
        A name runs over up to three words joined by spaces only; a comma or a full stop ends it."""
        if i == 0 or self.toks[i - 1][2] not in _NAMING_VERBS or not self._gap_ok(i - 1, i):
            return i
        j = i + 1
        while j < min(i + 3, len(self.toks)) and self._gap_ok(j - 1, j):
            j += 1
        return j

    def _street_name(self, it: _Found) -> bool:
        """"شارع بغداد في دمشق"، "دوار حمص": a street, square or roundabout named after a town is inside the
        city the sentence names (or implies), not at that town. A name the gazetteer files with its own street
        word ("دوار الباسل") begins with that word and is kept."""
        k = it.ti - 1
        if it.cue is not None or k < 0 or not self._gap_ok(k, k + 1):
            return False
        return any(f in _STREETS for f, _p in word_forms(self.toks[k][2]))

    def _surroundings(self, it: _Found) -> bool:
        """"في محيط بلدة X": the area around a settlement, which is no event at the settlement itself
        ("سيطر على 60 قرية في محيط بلدة X" takes villages around it). Not a facility ("محيط المطار")."""
        if it.extra.get("facility") is not None or not it.candidates or it.candidates[0].kind not in _SETTLEMENTS:
            return False
        k = it.ti - 1
        if it.cue is not None and k >= 0 and self.cue_at(k) is not None:
            k -= 1  # "محيط بلدة X": the cue stands between
        return k >= 0 and self.toks[k][2] in _SURROUNDINGS and self._gap_ok(k, k + 1)

    def _city_part(self, k: int, it: _Found) -> bool:
        """"الأحياء المحاصرة في شرق حلب", "حي X أكبر منطقة في شرق حلب": a direction and a city said of
        neighbourhoods name a part of the city, not the countryside the gazetteer files that phrase
        under ("شرق حلب" is also the eastern countryside): a neighbourhood lies inside its city.
        Needs a neighbourhood word just before it or a neighbourhood named earlier in the sentence."""
        e = it.candidates[0] if it.candidates else None
        if e is None or e.kind != "countryside" or it.cue is not None \
                or any(w in wordset("countryside_noun") or w[len(_AL):] in wordset("countryside_noun")
                       for w in it.key.split()):
            return False
        for j in range(max(0, it.ti - 3), it.ti):
            w = self.toks[j][2]
            cue = self.gaz.cues.get(w[len(_AL):] if w.startswith(_AL) else w) or self.cue_at(j)
            if cue is not None and (cue if isinstance(cue, Cue) else cue[0]).kind in _NEIGHBOURHOOD_KINDS:
                return True
        return any(_found_kind(o) in _NEIGHBOURHOOD_KINDS for o in self.found[:k])

    def _lone_rifha(self, i: int) -> _Found | None:
        """"ريفها الشمالي" with no place just before, or "ريفي المحافظة الشمالي والغربي": the countryside
        of the last town the article named, or of its governorate (resolved in :func:`read_places`)."""
        hit = next(((f, p) for f, p in word_forms(self.toks[i][2]) if f in _RIFHA), None)
        end, scope = i + 1, "town"
        if hit is None and (got := self._rif_of_backref(i)) is not None:
            return got
        if hit is None:
            hit = next(((f, p) for f, p in word_forms(self.toks[i][2]) if f in wordset("countryside_noun")), None)
            if hit is None or end >= len(self.toks) or self.toks[end][2] not in _AREA_BACKREFS \
                    or not self._gap_ok(i, end):
                return None
            end, scope = end + 1, "governorate"
        directions = []
        first_end = end
        if end < len(self.toks) and self.toks[end][2] in _DIRECTIONS and self._gap_ok(end - 1, end):
            directions.append((end, self.toks[end][2]))
            end += 1
            if end < len(self.toks) and self._gap_ok(end - 1, end) and _compound(directions[0][1], self.toks[end][2]):
                directions[0] = (directions[0][0], f"{directions[0][1]} {self.toks[end][2]}")  # "الشمالي الشرقي"
                end += 1
            first_end = end
            while end < len(self.toks) and self._gap_ok(end - 1, end) and self.toks[end][2][1:] in _DIRECTIONS \
                    and self.toks[end][2].startswith(_WA):
                directions.append((end, self.toks[end][2][1:]))  # "الشمالي والغربي"
                end += 1
        first_end = first_end if directions else end
        located = self._located_by_rifha(i)
        item = self._add(i, first_end, hit[1], _RIF, [], None, "", "rifha-around")
        item.extra.update({"rifha_direction": directions[0][1] if directions else "", "rifha_scope": scope})
        if located is not None:
            item.role, item.locates = "locator", located
        for k, d in directions[1:]:
            sib = self._add(k, k + 1, 1, _RIF, [], None, "", "rifha-around")
            sib.extra.update({"rifha_direction": d, "rifha_scope": scope})
            item.group = sib.group = self.next_group
        if len(directions) > 1:
            self.next_group += 1
        self._skip_to = end
        return item

    def _located_by_rifha(self, i: int) -> int | None:
        """"مدينة X ومناطق بقرى Y وZ ومطارها بريفها الشمالي": "ريفها" after "في" or with ب on it, a word or two
        after places of its sentence, says where they lie, as "بريف حمص" does: the index of the first place of
        the list it locates (task rif19)."""
        w = self.toks[i][2].removeprefix(_WA)
        if not self.found or not (w.startswith(_BI) or (i and self.toks[i - 1][2] == _IN)):
            return None
        last = self.found[-1]
        if last.tj < i - 2 - (not w.startswith(_BI)):
            return None
        same = [k for k, f in enumerate(self.found) if f is last or (last.group >= 0 and f.group == last.group)]
        return same[0]

    def _rif_of_backref(self, i: int) -> _Found | None:
        """"الريف الغربي للمدينة": the definite countryside, one direction, then "لـ" and the city or
        governorate the article is about, is "ريف المدينة الغربي" said with the possessor after the adjective
        (read as that: the countryside of the governorate of the last town). "الريف الغربي" alone names nothing."""
        w, end = self.toks[i][2], i + 2
        if not (w.startswith(_AL) and w[len(_AL):] in wordset("countryside_noun")) or end >= len(self.toks) \
                or self.toks[i + 1][2] not in _DIRECTIONS or not self._gap_ok(i, i + 1) or not self._gap_ok(i + 1, end):
            return None
        owner, lil = self.toks[end][2], wordlist("lam_article")[0]
        if not (owner.startswith(lil) and _AL + owner[len(lil):] in _AREA_BACKREFS):
            return None
        item = self._add(i, i + 2, 1, _RIF, [], None, "", "rifha-around")
        item.extra.update({"rifha_direction": self.toks[i + 1][2], "rifha_scope": "governorate"})
        self._skip_to = end + 1
        return item

    def _direction_adjectives(self, i: int) -> tuple[list[list[str]], int] | None:
        """Direction nouns at token ``i`` as countryside adjectives, and the token after them:
        "جنوب شرق" / "جنوبي شرقي" → [[الجنوبي, الشرقي]] (one side), "جنوب وشرق" → [[الجنوبي], [الشرقي]]
        (two sides). A north/south noun may take an east/west noun after it; nothing else compounds."""
        noun = next((f for f, _p in word_forms(self.toks[i][2]) if f in _DIRECTION_NOUNS), None)
        if noun is None:
            return None
        sides = [[_direction_adjective(noun)]]
        j = i + 1
        if j < len(self.toks) and self._gap_ok(i, j):
            w = self.toks[j][2]
            if w in _DIRECTION_NOUNS and _DIRECTIONS.index(sides[0][0]) < 2 <= _DIRECTIONS.index(
                    _direction_adjective(w)):
                sides[0].append(_direction_adjective(w))
                j += 1
            elif w.startswith(_WA) and w[1:] in _DIRECTION_NOUNS and _direction_adjective(w[1:]) not in sides[0]:
                sides.append([_direction_adjective(w[1:])])
                j += 1
        return sides, j

    def _bracketed_alias(self, k: int, it: _Found) -> None:
        """"في ريف عين العرب (كوباني)": another name of the place just named, in brackets right after
        it, is that place again and plays its role (a locator stays a locator, not a new event place)."""
        prev = self.found[k - 1] if k else None
        if prev is not None and self._bracketed_town_of(prev, it):
            prev.extra["locator"] = it  # "معبر تل كوجر (اليعربية)": the facility's other name is its town's
            prev.extra["bracketed_town"] = it.candidates[0]
            it.role, it.locates = "locator", k - 1
            return
        if prev is None or prev.role != "locator" or not prev.candidates or not it.candidates:
            return
        gap = self.f.text[prev.fend:it.fstart].strip()
        if gap in marks("bracket_open_marks") and gap and it.candidates[0].id in {c.id for c in prev.candidates} | {
                getattr(prev.extra.get("direction_of"), "id", "")}:
            it.role, it.locates = "locator", prev.locates

    def _bracketed_town_of(self, prev: _Found, it: _Found) -> bool:
        """"معبر تل كوجر (اليعربية)": a known town alone in brackets right after a facility or a cued place whose
        own name the gazetteer lacks names its town, the same place under another name (task read18a): it
        locates the facility, which takes its coordinates, and is no second event place."""
        if (prev.extra.get("facility") is None and prev.cue is None) or prev.extra.get("town") \
                or prev.extra.get("locator") is not None or prev.candidates \
                or not it.candidates or it.candidates[0].kind not in _SETTLEMENTS:
            return False
        gap = self.f.text[prev.fend:it.fstart].strip()
        close = self.f.text[it.fend:it.fend + 2].strip()[:1]
        return bool(gap) and gap in marks("bracket_open_marks") and bool(close) \
            and close in marks("bracket_close_marks")

    def _aside_before(self, i: int, n: int) -> int | None:
        """The place a direction at ``i`` locates across a closed aside ("X (Y سابقاً) شرقي Z", "X (اسمه
        القديم) شرقي Z"): the last of the first ``n`` places found, when only a short aside that closes
        right before ``i`` stands between, with no clause mark. None when there is none."""
        if not n or self.toks[i][2].startswith(_WA):
            return None
        last = max(range(n), key=lambda k: self.found[k].fend)
        gap = self.f.text[self.found[last].fend:self.toks[i][0]].strip()
        if not gap or gap[-1] not in marks("bracket_close_marks") or len(gap.split()) > 4:
            return None
        return None if any(ch in gap for ch in marks("clause_marks")) else last

    def _unnamed_before(self, i: int) -> bool:
        """A plural place noun right before ``i`` ("قرى", "عدة بلدات"): places the sentence does not name."""
        c = self.cue_at(i - 1) if i > 0 else None
        return c is not None and c[0].number == "n" and c[0].kind in _SETTLEMENTS and self._gap_ok(i - 1, i)

    def _town_direction(self, i: int) -> list[_Found]:
        """"جنوب شرق الباب", "جنوبي شرق مدينة الباب", "شمال وغرب الباب": directions said of a town (or
        city) name its countryside on those sides ("ريف الباب الجنوبي الشرقي"), one place per side. A
        governorate capital's countryside comes from the gazetteer; another town's is built here."""
        got = self._direction_adjectives(i)
        if got is None:
            return []
        sides, j = got
        if j >= len(self.toks) or not self._gap_ok(j - 1, j):
            return []
        c = self.cue_at(j)
        if c is not None and (c[0].kind in _SETTLEMENTS or self.toks[j][2] in _CANTON_CUES) \
                and j + 1 < len(self.toks) and self._gap_ok(j, j + 1):
            j += 1  # "جنوب شرق مدينة منبج"; "غربي مقاطعة كوباني": the canton named by its town (task read26b); "شمال
            # منطقة عفرين" keeps the area, which a later "المنطقة" recalls
        hit = self.name_at(j, clitics=False)
        towns = [e for e in hit[3] if e.kind in _COUNTRYSIDE_TOWNS] if hit else []
        if not towns or (self.gaz.ambiguous.get(hit[2]) is not None and c is None):
            return []
        town = self.gaz.rank(towns, None, "city")[0]
        items = []
        for side in sides:
            cands = self.gaz.lookup(" ".join([_RIF, hit[2], *side])) or [_town_countryside(town, side)]
            key = " ".join([*side, hit[2]])  # no countryside word: a locator by direction, a city part
            items.append(self._add(j, hit[1], 0, key, cands, None, "", "town-direction"))
            items[-1].extra["direction_of"] = town
        items[0].fstart = self.toks[i][0]
        if len(items) > 1:  # "شمال وغرب الباب": two spans that do not overlap, each read as one place
            items[0].fend = self.toks[i][1]
            items[1].fstart = self.toks[i + 1][0] + len(_WA)
        for it in items:
            it.ti = i  # the phrase starts at the direction: what stands before it stands before the place
        if len(items) > 1:
            for it in items:
                it.group = self.next_group
            self.next_group += 1
        return items

    def _served_post(self, it: _Found) -> bool:
        """A unit or a branch after a person's role and في ("ضابطاً (سابقاً) في الفرقة الرابعة"): his post, whose
        name says where he served; a place after it tells where the event was (read/wordsets affiliated_role)."""
        if _found_kind(it) not in _POST_KINDS or it.ti < 2 or self.toks[it.ti - 1][2] not in _IN_WORDS:
            return False
        k = it.ti - 2
        if k >= 1 and self.toks[k][2] in _FORMER:
            k -= 1
        return self.toks[k][2] in _ROLES

    def _follow(self, first: _Found) -> int:
        """After a place: its list or dual, "وريفها", then a locator. Returns the next token.

        A list announced by a plural or dual cue ("قرى X، Y و Z", "بلدتي X وY", "كليات التسليح
        والمدفعية") may hold names the gazetteer lacks and commas or quotes between its members; it ends
        at the first word that is not a name (a verb, a preposition, a locator)."""
        cue = first.cue if first.cue and (first.cue.number in ("2", "n") or first.extra.get("area_list")) else None
        if self._dual_name_tail(first):
            first = self._lengthened(first)
        members = [first]
        j = first.tj
        fac = first.extra.get("facility")
        plural_fac = fac if fac is not None and fac.number in ("2", "n") else None
        listy = cue is not None or plural_fac is not None
        while j < len(self.toks):
            if self._bracketed_direction(j):
                j += 1  # "سجن X والمطار العسكري (شرق) وفرع Y (غرب)": where a member lies, inside the list
            comma = not self._gap_ok(j - 1, j) and not self._closes_bracket(j)
            if comma and not (listy and _LIST_GAP.match(self._gap(j - 1, j))):
                break
            w = self.toks[j][2]
            if not comma and not w.startswith(_WA):
                break
            if w in _RIFHA or w[1:] in _RIFHA:
                nxt = self._rifha(members[-1], j)
            elif w[1:] in _DIRECTIONS and members[-1].candidates \
                    and members[-1].candidates[0].kind == "countryside":
                nxt = self._sibling_direction(members[-1], j)
            else:
                nxt = self._member(j, cue, plural_fac, first, len(members))
            if nxt is None:
                break
            members.append(nxt)
            if nxt.cue is not None and nxt.cue.number in ("2", "n"):
                cue, listy = nxt.cue, True  # "... وقرى الشولا وعياش": a new cue carries the list on
            j = nxt.tj
        if j < len(self.toks) and self.toks[j][2] in _RIFHA:
            extra = self._rifha(members[-1], j)
            if extra:
                members.append(extra)
                j = extra.tj
        if len(members) > 1:
            for m in members:
                m.group = self.next_group
            self.next_group += 1
        loc = self._locator(members, j)
        if loc is not None:
            outer = self._locator([loc], loc.tj)  # "جملة بمنطقة حوض اليرموك جنوب نوى": the locator's own
            end = (outer or loc).tj
            if cue is not None and cue.number == "n" and self.toks[j][2] in _BELONGS:
                end = self._qualified_members(end, cue, members)
            return end
        # an ambiguous first name (policy "cue") needs the list or a locator to stand
        if len(members) == 1 and self.gaz.ambiguous.get(first.key) == "cue" and first.cue is None:
            self.found.remove(first)
        return j

    def _dual_name_tail(self, first: _Found) -> bool:
        """"بلدتي مليحة العطش وناحتة": after a dual cue, a name the gazetteer lacks followed by a definite word
        that is no place, no direction and no verb, then "و": the word is the rest of a two-word name the
        gazetteer lacks (the dual needs its second member after "و"), not the end of the list; a known name
        keeps its entry ("مدينتي حلب الشهباء وإدلب": an epithet)."""
        return first.cue is not None and first.cue.number == "2" and not first.candidates and self._name_tail(first.tj)

    def _name_tail(self, j: int) -> bool:
        """Is the word at ``j`` the definite second word of a name, with the list going on after it?"""
        if j < 1 or j + 1 >= len(self.toks) or not self._gap_ok(j - 1, j) or not self._gap_ok(j, j + 1):
            return False
        w = self.toks[j][2]
        return (w.startswith(_AL) and w not in _DIRECTIONS and not _is_trigger_word(w)
                and self.toks[j + 1][2].startswith(_WA) and len(self.toks[j + 1][2]) > 2
                and self.name_at(j) is None and self.cue_at(j) is None)

    def _list_name_tail(self, j: int, cue: Cue) -> bool:
        """Under a plural or dual cue of villages or towns, is the definite word at ``j``, right after a one-word
        member the gazetteer lacks, the second word of its name ("بلدات X وY ومليحة العطش، ...")? Only when the
        member ends there as a list member does: a mark, the sentence's end, a locator or "و" follows; not a
        direction, an adjective, a day, a verb, a cue or a known name ("قرى X وY الحدودية"، "بلدتي X وY المتجاورتين": an
        adjective of all the members, a dual one agreeing with the dual cue)."""
        if cue.kind not in ("village", "town") or cue.number not in ("2", "n") or j >= len(self.toks) \
                or not self._gap_ok(j - 1, j):
            return False
        w = self.toks[j][2]
        if not w.startswith(_AL) or len(w) < 4 or w in _DIRECTIONS or w in _LOCATED \
                or w.endswith(wordlist("relational_ending")) or w in self._time_words() \
                or w in _BELONGS or w in _NEAR_ADJ or w.endswith(_DUAL_ENDING) \
                or _is_trigger_word(w) or not _LETTERS_ONLY.fullmatch(w) \
                or self.name_at(j) is not None or self.cue_at(j) is not None:
            return False
        k = j + 1
        return k >= len(self.toks) or not self._gap_ok(j, k) or self.toks[k][2] in _LOC_PREPS \
            or self.toks[k][2].startswith(_WA)

    def _direction_quarter(self, k: int, bare: str, cue: Cue) -> bool:
        """Under a cue of quarters, a member that is a direction noun and a definite word no place ("أحياء
        الحاضر وجنوب الملعب والقصور"): a quarter named after the side of a landmark, not a side of a place
        ("وجنوب حماة" keeps its reading as the south of the city, read before this)."""
        if cue.kind not in _NEIGHBOURHOOD_KINDS or cue.number not in ("2", "n") or bare not in _DIRECTION_NOUNS \
                or k + 1 >= len(self.toks) or not self._gap_ok(k, k + 1):
            return False
        w = self.toks[k + 1][2]
        return w.startswith(_AL) and len(w) > 4 and not _is_trigger_word(w) and w not in _DIRECTIONS \
            and self.name_at(k + 1) is None and self.cue_at(k + 1) is None

    def _closed_name_tail(self, j: int, cue: Cue) -> bool:
        """After one village or town and an unknown indefinite word, is the definite word at ``j`` the rest
        of its name ("بلدة مليحة العطش في ريف دمشق")? Only when the name ends there: the sentence ends, a
        mark follows or a locator does; not a verb, a direction, a cue or a known name."""
        if cue.kind not in ("village", "town") or cue.number != "1":
            return False
        w = self.toks[j][2]
        if w in _DIRECTIONS or w in _NEIGHBOURING or w in _PLACE_ADJECTIVES or _is_trigger_word(w) \
                or self.name_at(j) is not None or self.cue_at(j) is not None:
            return False
        if w in _BELONGS or w in _NEAR_ADJ or w in _LOCATED or self._town_adjective(w):
            return False  # "قرية X التابعة لناحية Y": where it lies, no word of its name
        k = j + 1
        return k >= len(self.toks) or not self._gap_ok(j, k) or self.toks[k][2] in _LOC_PREPS \
            or self._town_adjective(self.toks[k][2]) \
            or self._countryside_locator(k) \
            or self._clause_after(k)  # "بلدة مغر الصخر المجاورة": the adjective closes it; "قرية غدير
        # البستان بريف القنيطرة": the countryside with its preposition written on it does, as "في ريف" does

    def _clause_after(self, k: int) -> bool:
        """Does "و" written on a verb of the trigger table or on a place cue at ``k`` open what follows a name ("قرية
        معرسة الخان وانسحبت منها"، "قرية X الخان وقرية Y")? A new clause or the next place: the name closed before it
        (task gazvillage40). "و" on any other word may go on with the name, and is left to the rules of lists."""
        w = self.toks[k][2]
        if not w.startswith(_WA) or len(w) < 4:
            return False
        return _is_trigger_word(w) or (self.cue_at(k) is not None and self.cue_at(k)[1] > 0)

    def _located_name_tail(self, j: int, cue: Cue) -> bool:
        """After one village or town and an unknown word, is the indefinite name-like word at ``j`` the rest of
        its name? Only when a direction or a locator preposition follows it at once ("قرية زور مغار غربي مدينة
        X"، "بلدة عين حور قرب X"): the locator closes the name; not a verb, a cue or a known name."""
        toks = self.toks
        if j + 1 >= len(toks) or not self._gap_ok(j - 1, j) or not self._gap_ok(j, j + 1):
            return False
        w = toks[j][2]
        # the word as written (its clitic readings do not matter inside a name: "مغار" is no "م" + "غار"); a
        # conjunction opens the next member ("قرية X والأخير في"، "بلدة X ومخيمها"), no name goes on with و
        if w.startswith((_AL, _WA)) or len(w) < 3 or not _LETTERS_ONLY.fullmatch(w) \
                or self.gaz.ambiguous.get(w) == "never" or w in _DIRECTION_NOUNS or w in _LOC_PREPS \
                or w in wordset("time_adverb"):
            return False  # "قرية X أمس بريف Y": when, not the second word of the name
        nxt = toks[j + 1][2]
        return (cue.kind in ("village", "town") or cue.kind in _NAMED_LIKE_VILLAGE) and cue.number == "1" \
            and (nxt in _DIRECTION_NOUNS or nxt in _LOC_PREPS or self._countryside_locator(j + 1)) \
            and not _is_trigger_word(w) and self.name_at(j) is None and self.cue_at(j) is None

    def _closed_second_word(self, j: int, cue: Cue) -> bool:
        """After one village or town and an unknown word, is the indefinite name-like word at ``j`` the rest of its
        name because the name closes right after it ("نزحوا إلى قرية حمرا ضاهر."، "بلدة X Y المجاورة"، "بلدة X Y
        التركية")? The sentence or clause ends (a mark), or an adjective that describes the settlement follows. Not a
        word of a closed class that may follow a name (time adverbs, "نفسها"، "بالكامل": wordset name_closing_word),
        nor an indefinite accusative written with tanween ("انتشاراً"، "مجدداً"): an adverb or an object; nor a definite
        noun after a preposition ("قرية X بالهاون"): how or with what, no name. A preposition of time closes the
        name too ("قرى X وY Z منذ الصباح": wordset time_preposition; task place34). Under a
        plural or dual cue a member closes as list members do: also at a locator or at "و" and the next member
        ("قرى X وحمرا ضاهر وكوران شيخ في ريف Y")."""
        toks = self.toks
        if not (cue.kind in ("village", "town") or cue.kind in _NAMED_LIKE_VILLAGE and cue.number == "1") \
                or j >= len(toks) or not self._gap_ok(j - 1, j):
            return False
        w = toks[j][2]
        if w.startswith((_AL, _WA, *wordlist("definite_prefix"))) or len(w) < 3 or not _LETTERS_ONLY.fullmatch(w) \
                or self.gaz.ambiguous.get(w) == "never" or w in _DIRECTION_NOUNS or w in _LOC_PREPS \
                or w in wordset("time_adverb") or w in wordset("name_closing_word") or self._tanween(j) \
                or _is_trigger_word(w) or self.name_at(j) is not None or self.cue_at(j) is not None \
                or self.head_at(j) is not None:
            return False
        k = j + 1
        if k >= len(toks) or not self._gap_ok(j, k):
            return True  # "إلى قرية حمرا ضاهر." / "قرية X Y، ...": the name closes at the mark
        nxt = toks[k][2]
        if nxt in _TIME_OPENERS and w not in _TIME_WORDS:
            return True  # "قرى X وY Z منذ الصباح": a time phrase opens after the name, which closes there
        if cue.number == "1" and self._strike_instrument(nxt):
            return True  # "قصفت قرية زور مغار بالقذائف المدفعية": with what it was struck, after the whole name
        if cue.number in ("2", "n") and (nxt in _LOC_PREPS or nxt in _DIRECTION_NOUNS or self._countryside_locator(k)
                                         or nxt.startswith(_WA) and len(nxt) > 2 and nxt[1:2] != _WA):
            return True
        return self._town_adjective(nxt)

    @staticmethod
    def _strike_instrument(w: str) -> bool:
        """"بالقذائف"، "بصواريخ"، "بالمدفعية": ب written on a weapon (wordsets strike_instrument, munition) says what a
        strike was made with; after a struck village's unknown second word it closes the name (task read26c)."""
        return w.startswith(_INSTRUMENT_CLITIC) and w[1:] in _STRIKE_ARMS

    def _town_adjective(self, w: str) -> bool:
        """An adjective that describes a settlement after its name ("المجاورة"، "القريبة"، "الحدودية"، "التركية"): it
        closes the name, and is no word of it ("بلدة X التركمان القريبة": the near adjective, as the neighbouring one,
        ends a two-word name; task place34)."""
        return w in _NEIGHBOURING or w in _NEAR_ADJ or w in _PLACE_ADJECTIVES \
            or w in wordset("neighbour_country_adjective") or self._describes_place(w)

    def _written_maqsura(self, j: int) -> bool:
        """Does the word at ``j`` end in alef maqsura in the original? "على" the preposition, which folds to the given
        name "علي" ("نحو قرية حمام على محور X" names no village "حمام علي")."""
        end = self.f.orig(self.toks[j][1] - 1)
        last = self.f.original[end:end + 1]
        return bool(last) and last in marks("alif_maqsura_written")

    def _tanween(self, j: int) -> bool:
        """Is the word at ``j`` written with tanween in the original ("مجدداً")? An indefinite adverb or object."""
        a, b = self.f.orig(self.toks[j][0]), self.f.orig(self.toks[j][1] - 1) + 2
        return any(c in _TANWEEN for c in self.f.original[a:b])

    def _countryside_locator(self, k: int) -> bool:
        """"بريف المالكية" at ``k``: the countryside cue with its preposition written on it locates the name before
        it ("قرية تقل بقل بريف المالكية"), as a locator preposition does."""
        got = self.cue_at(k)
        return got is not None and got[0].kind == "countryside" and got[0].number == "1" and got[1] > 0

    def _lengthened(self, first: _Found) -> _Found:
        """The first member read again with the word after it, as one name the gazetteer lacks."""
        self.found.remove(first)
        plen = first.fstart - self.toks[first.ti][0]
        key = f"{first.key} {self.toks[first.tj][2]}"
        return self._add(first.ti, first.tj + 1, plen, key, [], first.cue, first.cue_word, "cue-unknown")

    def _bracketed_direction(self, j: int) -> bool:
        """A direction noun alone in brackets at ``j`` ("(شرق)") with the list going on after it ("و")."""
        return j + 1 < len(self.toks) and self._gap(j - 1, j).strip() in marks("bracket_open_marks") \
            and self.toks[j][2] in _DIRECTION_NOUNS and self._closes_bracket(j + 1) \
            and self.toks[j + 1][2].startswith(_WA)

    def _closes_bracket(self, j: int) -> bool:
        """Is the gap before ``j`` only a bracket that closes after a bracketed direction?"""
        return self._gap(j - 1, j).strip() in marks("bracket_close_marks") and j >= 2 \
            and self._gap(j - 2, j - 1).strip() in marks("bracket_open_marks") \
            and self.toks[j - 1][2] in _DIRECTION_NOUNS

    def _qualified_members(self, j: int, cue: Cue, members: list[_Found]) -> int:
        """"قرى X وY التابعتين لبلدة Z، وW وV التابعتين لمركز U، T التابعة لبلدة S": a plural cue's list
        whose members carry their own "التابعة لـ" goes on after the qualifier, one comma-set group at a
        time, each closed by its own qualifier (which, as the first, only says where its names lie). The
        new members join the list's group; returns the token after the last qualifier read."""
        while j < len(self.toks) and _LIST_GAP.match(self._gap(j - 1, j)) and not self._gap_ok(j - 1, j):
            names = self._qualified_names(j)
            if names is None:
                break
            group = [self._add(a, b, plen, " ".join(t[2] for t in self.toks[a:b])[plen:], [], cue, cue.form,
                               "cue-unknown") for a, b, plen in names]
            for it in group:
                it.group = members[0].group if members[0].group != -1 else self.next_group
            members.extend(group)
            if members[0].group == -1:
                for m in members:
                    m.group = self.next_group
                self.next_group += 1
            loc = self._locator(group, names[-1][1])
            j = (self._locator([loc], loc.tj) or loc).tj if loc is not None else self._qualifier_end(names[-1][1])
        return j

    def _qualifier_end(self, k: int) -> int:
        """The token after a belonging qualifier at ``k`` that names no place the gazetteer knows ("التابعتين
        لمركز X"): it runs to the next clause mark, a few words at most; what it names only locates."""
        q = k + 1
        while q < len(self.toks) and q - k < 5 and self._gap_ok(q - 1, q):
            q += 1
        return q

    def _qualified_names(self, j: int) -> list[tuple[int, int, int]] | None:
        """The names from token ``j`` up to a belonging adjective ("وW وV التابعتين", "T S التابعة"): each a
        name-like word or two, joined by و, with no clause mark between; (start, end, conjunction length)
        a name, or None when the words up to the adjective are not such a list."""
        names: list[tuple[int, int, int]] = []
        k = j
        while k < len(self.toks) and k - j < 6:
            if k > j and not self._gap_ok(k - 1, k):
                return None
            w = self.toks[k][2]
            if w in _BELONGS:
                return names or None
            plen = 1 if w.startswith(_WA) and len(w) > 3 else 0
            if not self._name_word(w[plen:]) or self.name_at(k, clitics=False) is not None and plen == 0 \
                    and self.gaz.ambiguous.get(w) is not None:
                return None
            if names and not plen and names[-1][1] - names[-1][0] == 1:
                names[-1] = (names[-1][0], k + 1, names[-1][2])  # "كانة كاور": a two-word name
            elif names and not plen:
                return None
            else:
                names.append((k, k + 1, plen))
            k += 1
        return None

    def _member(self, j: int, cue: Cue | None, plural_fac: Facility | None, first: _Found,
                n_members: int) -> _Found | None:
        """The next member of a list at token ``j`` (its conjunction, a quote or a filler such as
        "محيط" before it): a known place, a facility, or under a list cue a name-like unknown word."""
        k, plen = j, 0
        w = self.toks[j][2]
        if w == _WA and j + 1 < len(self.toks):
            k = j + 1
        elif w.startswith(_WA) and len(w) > 2:
            plen = 1
        bare = self.toks[k][2][plen:]
        if bare in _LIST_FILLERS and k + 1 < len(self.toks) and self._gap_ok(k, k + 1):
            k, plen = k + 1, 0
        own = self._own_facility(k, plen, n_members and self.found[-1])
        if own is not None:
            return own
        # a name that is also a common word ("الباب") stands in a list of towns or quarters: "منبج والباب",
        # "درعا البلد وطريق السد"
        town_list = bool(first.candidates) and first.candidates[0].kind in _SETTLEMENTS | _NEIGHBOURHOOD_KINDS \
            and self.gaz.ambiguous.get(first.key) is None
        nxt = self.place_at(k, context=cue is not None or town_list, cue=cue, cue_word=cue.form if cue else "")
        if nxt is not None:
            return nxt
        if cue is None and plural_fac is None:
            return self._last_unknown(j, k, plen, first, n_members)
        bare = self.toks[k][2][plen:]
        if cue is not None and cue.number == "2" and n_members > 1:
            return None
        end = self._quoted_end(k)
        if end is None and cue is not None and self._direction_quarter(k, bare, cue):
            end = k + 2  # "أحياء الحاضر وجنوب الملعب": a quarter named by a direction and a landmark
        if end is None and (not (self._name_word(bare, cue) or self._listed_trigger_like(k, bare, cue, n_members))
                            or (self.head_at(k) is not None and bare not in _NAME_HEADS)):
            return None
        end = end or self._unknown_end(k, plen)
        if end == k + 1 and cue is not None and (self._list_name_tail(end, cue) or self._closed_second_word(end, cue)):
            end += 1  # "بلدات بصر الحرير والحراك ومليحة العطش،": the definite second word of a member's name
        if end < len(self.toks) and self._gap_ok(end - 1, end) and self._direction_word(self.toks[end][2]) \
                and self._continues(end + 1):
            end += 1  # "قرى X والغور الغربي وY": a direction adjective inside a list is the member's own
        if not self._gap_ok(j - 1, j) and not self._quoted(k) and not self._continues(end):
            return None  # "...، رابع كبرى مدن": after a comma an unquoted unknown word must go on the list
        words = [bare, *(t[2] for t in self.toks[k + 1:end])]
        if plural_fac is not None:
            item = self._add(k, end, plen, " ".join([plural_fac.singular, *words]), [], None, "", "facility")
            item.extra.update({"facility": plural_fac, "town": None, "name_words": words, "adjectives": [],
                               "definite": False, "head_in_span": False})
            return item
        return self._add(k, end, plen, " ".join(words), [], cue, first.cue_word or cue.form, "cue-unknown")

    @staticmethod
    def _direction_word(w: str) -> bool:
        """"الغربي", "الغربية": a definite direction adjective, masculine or feminine."""
        return w in _DIRECTIONS or (w.endswith(_TA_MARBUTA) and w[:-1] in _DIRECTIONS)

    def _listed_trigger_like(self, k: int, w: str, cue: Cue | None, n_members: int) -> bool:
        """"قرى X وY ورفعين وZ": inside a plural cue's list of two names or more, a word that a trigger
        stem would match is a name when the list goes on after it ("و" + a name, or a place)."""
        if cue is None or not _looks_like_name(w, self.gaz) or w in _LIST_FILLERS or w in facilities():
            return False
        if cue.number == "2" and n_members == 1:
            return self._dual_closed(k + 1)  # "بلدتي تسيل وعدوان،": a dual cue's second name (task read18a)
        return cue.number == "n" and n_members >= 2 and self._continues(k + 1)

    def _dual_closed(self, end: int) -> bool:
        """Whether the second member of a dual ends at token ``end - 1``: the sentence ends, a mark follows, or
        a locator ("بريف درعا"، "قرب X"). A dual noun ("بلدتي") names two places, so the word after its first name and
        "و" is the second name even where a trigger stem would match it ("عدوان", aggression), as long as
        nothing of a phrase goes on after it."""
        if end >= len(self.toks) or not self._gap_ok(end - 1, end):
            return True
        return self.toks[end][2] in _LOC_PREPS or self.name_at(end) is not None

    def _last_unknown(self, j: int, k: int, plen: int, first: _Found, n_members: int) -> _Found | None:
        """"X وY وZ" with Z a name the gazetteer lacks: after two or more known towns, one name-like word
        written with "و" that ends the list (a clause mark, the sentence's end or a locator after it) is a
        place of the list too ("سيطرت على حلفايا وصوران ومعركبة."). Not a word with a possessive
        ("وغيرها", "ومحيطها"), a verb or a filler."""
        last = self.found[-1] if self.found else None
        if k != j or plen != 1 or last is None or not (n_members >= 2 and all(
                it.candidates and it.candidates[0].kind in _SETTLEMENTS for it in (first, last))
                or n_members == 1 and self._cued_single(first)):
            return None
        bare = self.toks[k][2][plen:]
        if not self._name_word(bare) or self.head_at(k) is not None or self._possessive(k) \
                or bare.startswith(_AL) and bare[2:] in wordset("countryside_noun"):
            return None
        if n_members == 1 and (not bare.startswith(_AL) or bare in _OPEN_LAND or bare in _LIST_PRONOUNS
                               or bare in _common_nouns()):
            return None  # after one place only a definite name: "تل ملح والجبين", not "قرية X ومزارع"
        end = k + 1
        if end < len(self.toks) and self._gap_ok(k, end) and self.toks[end][2] not in _LOC_PREPS \
                and self.toks[end][2] not in _CLOSING_VERBS:
            return None
        return self._add(k, end, plen, bare, [], None, "", "list-unknown")

    def _possessive(self, k: int) -> bool:
        """Does the word at ``k`` end in a possessive pronoun ("وغيرها"، "ومحيطه")? A folded final "ه" that was
        a ta marbuta in the text ("والجلمة") is the end of a name, no pronoun."""
        w, end = self.toks[k][2], self.toks[k][1]
        return w.endswith(wordlist("possessive_suffix")) and not (
            w.endswith(_TA_MARBUTA) and self.f.original[self.f.orig(end - 1)] != _TA_MARBUTA)

    @staticmethod
    def _cued_single(first: _Found) -> bool:
        """A first member named under its own singular cue of a hill, a village or a town ("تل ملح") and no
        longer one: "في تل ملح والجبين أوقع ...": one name-like word after it with "و", closed by a mark, a
        locator or a verb of what it caused ("أسفر"), is the list's second place (GUIDELINES: lists fan out)."""
        return first.cue is not None and first.cue.number == "1" and first.cue.kind in ("hill", "village", "town") \
            and first.extra.get("facility") is None

    def _own_facility(self, k: int, plen: int, of: _Found | None) -> _Found | None:
        """"بلدة المبروكة ومخيمها", "تدمر وسجنها", "جبل الشيخ ومرصده": a facility of the place just named (a town's,
        or a height's)."""
        if of is None or (of.candidates and of.candidates[0].kind not in _OWNER_KINDS) or (
                not of.candidates and not (of.cue and of.cue.kind in _SETTLEMENTS)):
            return None
        head = _possessed_head(self.toks[k][2][plen:], self.gaz)
        if head is None:
            return None
        end = k + 1
        adj = []
        while end < len(self.toks) and len(adj) < 2 and self._gap_ok(end - 1, end) \
                and self._adjective(self.toks[end][2]):
            adj.append(self.toks[end][2])  # "وقلعتها الأثرية"
            end += 1
        item = self._add(k, end, plen, f"{head.singular} {of.key}", [], None, "", "facility")
        item.extra.update({"facility": head, "town": of.candidates, "name_words": [],
                           "adjectives": adj, "definite": True, "own": of})
        return item

    def _rifha(self, of: _Found, j: int) -> _Found | None:
        """"X وريفها" / "X وريفها الشمالي": the countryside of X."""
        if not of.candidates:
            return None
        key = f"{_RIF} {fold_name(of.candidates[0].name)}"
        end = j + 1
        town = of.candidates[0] if of.candidates[0].kind in _COUNTRYSIDE_TOWNS else None
        side = []
        if end < len(self.toks) and self.toks[end][2] in _DIRECTIONS and self._gap_ok(j, end):
            if self.gaz.lookup(f"{key} {self.toks[end][2]}") or town is not None:
                key, side, end = f"{key} {self.toks[end][2]}", [self.toks[end][2]], end + 1
        cands = self.gaz.lookup(key)
        if not cands and town is not None:
            cands = [_town_countryside(town, side)]  # "منبج وريفها الشمالي": a town's own countryside
        if not cands:
            return None
        plen = 1 if self.toks[j][2].startswith(_WA) else 0
        return self._add(j, end, plen, key, cands, None, "", "rifha")

    def _sibling_direction(self, prev: _Found, j: int) -> _Found | None:
        """"ريفي حماة الشمالي والجنوبي": the second direction of the same countryside."""
        e = prev.candidates[0]
        base = e.name
        for adj in _DIRECTIONS:
            if base.endswith(" " + adj) or fold_name(base).endswith(" " + adj):
                base = fold_name(base)[: -len(adj) - 1]
                break
        else:
            return None
        key = f"{fold_name(base)} {self.toks[j][2][1:]}"
        cands = self.gaz.lookup(key)
        if not cands:
            return None
        return self._add(j, j + 1, 1, key, cands, prev.cue, prev.cue_word, "gazetteer+direction")

    def _section_of(self, k: int) -> int:
        """After a locator preposition, "القسم الجنوبي الشرقي من مدينة Y", "الجزء الشمالي من بلدة Y": a section
        of Y (its noun, up to two directions, then من) stands between the preposition and Y; the index of
        Y's first word, or ``k`` unchanged when no such section stands there."""
        toks = self.toks
        if k >= len(toks) or toks[k][2] not in _SECTION_NOUNS:
            return k
        n = k + 1
        while n < len(toks) and n - k <= 2 and _section_direction(toks[n][2]) and self._gap_ok(n - 1, n):
            n += 1
        if n > k + 1 and n < len(toks) and toks[n][2] in _SECTION_STATES and self._gap_ok(n - 1, n):
            n += 1  # "في القسم الشرقي المحاصر من مدينة حلب": the section's state after its direction (task read17b)
        if n + 1 < len(toks) and toks[n][2] in _NEAR_TAIL and self._gap_ok(n - 1, n) and self._gap_ok(n, n + 1):
            return n + 1
        if n > k + 1 and n < len(toks) and toks[n][2].startswith(_LAM) and len(toks[n][2]) > 3 \
                and self._gap_ok(n - 1, n):
            return n  # "في الطرف الغربي لمدينة حلب": the genitive ل (after a direction) names Y as well
        return k

    def _past_possessor(self, j: int) -> int:
        """"بلدتي X وY ذات الغالبية الشيعية بإدلب": a "having" phrase (ذات + a definite noun and at most one
        definite adjective) describes the towns and stands between them and their locator; the index after
        it, or ``j`` unchanged."""
        toks = self.toks
        if not (j + 1 < len(toks) and toks[j][2] in _POSSESSOR and self._gap_ok(j - 1, j)
                and self._gap_ok(j, j + 1) and toks[j + 1][2].startswith(_DEFINITE)):
            return j
        n = j + 2
        if n + 1 < len(toks) and toks[n][2].startswith(_DEFINITE) and self._gap_ok(n - 1, n):
            n += 1
        return n

    def _past_purpose(self, first: _Found, j: int) -> int:
        """"حقل حيان للغاز في ريف حمص"، "محطة الزارة للكهرباء بريف حماة": what a facility (or a field the gazetteer
        names, "حقل الشاعر") is for, a definite noun with the genitive "لـ" written on it, stands between the name and
        its locator; the index after it, or ``j`` unchanged (not after a settlement; task read26a)."""
        toks = self.toks
        if (first.extra.get("facility") is None and _found_kind(first) in _SETTLEMENTS) or j + 1 >= len(toks) or not self._gap_ok(j - 1, j) \
                or not self._gap_ok(j, j + 1):
            return j
        w = toks[j][2]
        if not (w.startswith(_LAM + _LAM) and len(w) > 4) or self.name_at(j) is not None:
            return j
        nxt = toks[j + 1][2]
        return j + 1 if nxt in _LOC_PREPS or self._countryside_locator(j + 1) else j

    def _residents_of(self, it: _Found) -> bool:
        """"اختُطف طبيب من أبناء مدينة X على طريق Y": a town named as where people come from (a resident noun
        before it or before its cue) is no village lying on the road after it; the road is where it happened
        (task probe13)."""
        k = it.ti - (2 if it.cue is not None else 1)
        return k >= 0 and self.toks[k][2] in _RESIDENT_NOUNS

    def _locator(self, members: list[_Found], j: int) -> _Found | None:
        """A place right after a place (or list) that says where it lies."""
        if j < len(self.toks) and self.toks[j][2] in _IN_WORDS and self._served_post(members[0]):
            return None  # "اعتقلت ضابطاً سابقاً في الفرقة الرابعة في مدينة جبلة": where he was arrested, not the unit's town
        if j + 1 < len(self.toks) and self._gap_ok(j - 1, j) and (
                self.toks[j][2] in _PLACE_ADJECTIVES or self._facility_adjective(members, self.toks[j][2])):
            j += 1  # "مدينة القصير السورية جنوب حمص", "بلدتي X وY المواليتين في ريف إدلب", "مطار X العسكري في
            # ريف حمص": an adjective of the name's phrase (a country's, an allegiance, a siege, a facility's
            # relational adjective left out of a gazetteer name) stands between it and its locator
        j = self._past_possessor(j)
        j = self._past_purpose(members[0], j)
        if j >= len(self.toks):
            return None
        w = self.toks[j][2]
        if not (self._gap_ok(j - 1, j) or _QUOTE_GAP.match(self._gap(j - 1, j))
                or (w in _NEAR_ADJ and _LIST_GAP.match(self._gap(j - 1, j)))):
            return None
        k = j
        prep, edge = "", False
        if w in _LOCATED and j + 1 < len(self.toks) and self._gap_ok(j, j + 1) \
                and (self.toks[j + 1][2] in _LOC_PREPS or self.toks[j + 1][2] in _ON):
            j, w = j + 1, self.toks[j + 1][2]  # "كنيسة X الواقعة في حي Y": the participle only says "lying"
        on_road = w in _ON and j + 1 < len(self.toks) and self.toks[j + 1][2] in _ROAD_HEADS \
            and self._gap_ok(j, j + 1) and _found_kind(members[0]) in _ROAD_SIDE_KINDS \
            and not self._residents_of(members[0])
        if on_road:
            prep, k = w, j + 1  # "قرية X على طريق دمشق - السويداء": the road says where the village lies
        elif w in _LOC_PREPS or w in _BELONGS or w in _NEAR_ADJ:
            prep, k = (_NEAR if w in _NEAR_ADJ else w), j + 1
            if (w in wordset("near_preposition") or w in _NEAR_ADJ) and k < len(self.toks) and self.toks[k][2] in _NEAR_TAIL:
                k += 1
            elif k + 1 < len(self.toks) and self.toks[k][2] in wordset("locator_part_noun") and self._gap_ok(k, k + 1):
                k += 1  # "كلية X في مدخل مدينة حلب": the entrance of the city locates the college
            elif k + 2 < len(self.toks) and self.toks[k][2] in wordset("countryside_noun") and self._gap_ok(k, k + 1) \
                    and self.toks[k + 1][2] in wordset("place_title_noun"):
                k += 1  # "قرية X في ريف بلدة Y": the town whose countryside holds X locates it (task probe15)
            else:
                k = self._section_of(k)  # "حي X في القسم الغربي من بلدة Y"
            if k + 1 < len(self.toks) and self.toks[k][2] in _CAPITAL_TITLE and self._gap_ok(k, k + 1):
                k += 1  # "مقر X في (وسط) العاصمة دمشق": the title before the capital's name
        elif w.startswith(_BI) and w[len(_BI):] in wordset("locator_part_noun") and j + 1 < len(self.toks) \
                and self._gap_ok(j, j + 1):
            prep, k = _IN, j + 1  # "منطقة X بضواحي مدينة حلب", "قرية X بأطراف بلدة Y": the part of Y locates X
        elif w in _ON and j + 2 < len(self.toks) and self.toks[j + 1][2] in wordset("locator_part_noun") \
                and self._gap_ok(j, j + 1) and self._gap_ok(j + 1, j + 2) and _found_kind(members[0]) not in _SETTLEMENTS:
            prep, k, edge = _IN, j + 2, True  # "حاجز X على أطراف بلدة Y"، "مطار X على مشارف مدينة Y": a site at Y's edge
        n_before = len(self.found)
        loc = self.place_at(k, context=True) if k < len(self.toks) else None
        if loc is None and not w.startswith(_WA) and (sides := self._town_direction(j)):
            for side in sides:  # "قرية X جنوب شرق منبج" locates X; "X وجنوب شرق منبج" is a new place
                side.role, side.locates = "locator", self.found.index(members[0])
            loc = sides[0]
        if loc is None:
            return None
        kind = loc.candidates[0].kind if loc.candidates else (loc.cue.kind if loc.cue else "")
        # "بريف حمص": the preposition written on the word; not a cue word before the name ("الفرقة الرابعة
        # مدينة داريا": the town is the object of the verb before the unit, no locator; task probe18)
        via_b = not prep and k == j and loc.fstart > self.toks[j][0] \
            and self.toks[j][2].removeprefix(_WA).startswith(_BI)
        direction = loc.candidates and loc.candidates[0].kind == "countryside" \
            and not loc.key.startswith(_RIF)
        main_kind = members[0].candidates[0].kind if members[0].candidates else "town"
        # a country is not said to lie near or around a place ("قصفت إسرائيل محيط الكسوة": the country
        # is the agent, the place the head of the object), nor in a place of another country ("الفصائل
        # الموالية لتركيا في ريف منبج": the place is where the event is, the country names the backer)
        near = prep in wordset("near_area_preposition")
        if main_kind == "country" and not near and loc.candidates and members[0].candidates \
                and loc.candidates[0].country != members[0].candidates[0].country:
            del self.found[n_before:]
            return None
        inside = (prep or via_b) and members[0].extra.get("facility") is not None \
            and _found_kind(members[0]) in _IN_TOWN_KINDS and _found_kind(loc) in _SETTLEMENTS | _NEIGHBOURHOOD_KINDS
        inside = inside or ((prep or via_b) and _found_kind(members[0]) in _BELOW_NEIGHBOURHOOD
                            and _found_kind(loc) in _NEIGHBOURHOOD_KINDS)
        inside = inside or (edge and _found_kind(loc) in _SETTLEMENTS)
        ok = not (near and main_kind == "country") and (near or prep in _BELONGS
              or direction or inside or (on_road and _found_kind(loc) == "road")
              or ((prep or via_b) and (kind in AREA_KINDS
                                       or (kind == "city" and main_kind in _MAIN_POINT_KINDS - {"city"})
                                       or kind == "mountain")))
        if not ok:
            del self.found[n_before:]
            return None
        loc.role = "locator"
        loc.locates = self.found.index(members[0])
        for m in members:
            m.extra["locator_admin1"] = loc.candidates[0].admin1 if loc.candidates else ""
            m.extra["locator"] = loc
        # a list of locators ("بريفي حماة وحمص") is rare; the first one is enough
        return loc


def _section_direction(w: str) -> bool:
    """"الجنوبي", "الشرقية": a direction adjective of either gender, qualifying a section noun."""
    return w in _DIRECTIONS or (w.endswith(_TA_MARBUTA) and w[:-1] in _DIRECTIONS)


def _compound(first: str, second: str) -> bool:
    """"الشمالي الشرقي": a north or south adjective then an east or west one, with no و between, is one side
    (north-east), not two countrysides: "ريفها الشمالي الشرقي" keeps both words (task backref19)."""
    return first in _DIRECTIONS[:2] and second in _DIRECTIONS[2:]


def _direction_adjective(noun: str) -> str:
    """"جنوب"/"جنوبي" → "الجنوبي": the article, the noun without its nisba ي, and the nisba ي."""
    return f"{_AL}{noun.removesuffix(_NISBA)}{_NISBA}"


def _town_countryside(town: Entry, side: list[str]) -> Entry:
    """The countryside of a town (on one side), at the town's coordinates: layer "rule", which
    :func:`_mention` reads as an area around the town (precision 2), not a governorate's part."""
    name = " ".join([_RIF, town.name, *side])
    side_en = "-".join(_DIRECTIONS_EN[a] for a in side).replace("ern-", "-")
    return Entry(id=":".join(["rif", town.id, *([side_en] if side else [])]), name=name,
                 name_en=" ".join([*([side_en.capitalize()] if side else []), town.name_en or town.name, "countryside"]),
                 lat=town.lat, lon=town.lon, kind="countryside", admin1=town.admin1,
                 source=f"built from {town.id} by the town-countryside rule", country=town.country, layer="rule")


def fold_name(name: str) -> str:
    from ..clean.normalize import fold_text
    return fold_text(name)


_ALIF, _ALIF_MAQSURA = wordlist("alif_before_suffix")[0], wordlist("alif_maqsura_folded")[0]


def _possessed_head(w: str, gaz: Gazetteer) -> Facility | None:
    """The head of one facility a word names with a possessive pronoun ("مخيمها", "سجنه", "مشفاها", "حاجزها"): a
    facility of the place just named. Not a head written whole ("تلة" is a hill of its own, not "تل" + "ه")."""
    if w in facilities():
        return None
    for suffix in wordlist("facility_possessive"):
        stem = w[: -len(suffix)] if w.endswith(suffix) else ""
        # a ta marbuta is written ت before a pronoun ("قلعتها": "قلعة" + "ها"), an alif maqsura ا ("مشفاها")
        head = facilities().get(stem) or (facilities().get(stem[:-1] + _TA_MARBUTA) if stem.endswith(_TA) else None) \
            or (facilities().get(stem[:-1] + _ALIF_MAQSURA) if stem.endswith(_ALIF) else None) or _cue_head(stem, gaz) \
            or (Facility(stem, stem, "1", stem, _POST, 1, frozenset(), False) if stem in _OWNED_POSTS else None)
        if head is not None and head.number == "1":
            return head
    return None


_OWNER_KINDS = _SETTLEMENTS | {"mountain", "hill"}  # places a facility named with a possessive belongs to
_OWNED_POSTS = wordset("owned_post_noun")
_POST = "post"
_OWN_CUE_KINDS = frozenset({"checkpoint"})  # cue words of a facility facilities.tsv does not list as a head


def _cue_head(stem: str, gaz: Gazetteer) -> Facility | None:
    """"وحاجزها": a checkpoint is announced by a cue ("حاجز X"), not read as a facility head; with a possessive
    after a town it is the town's own checkpoint all the same."""
    cue = gaz.cues.get(stem) if stem else None
    if cue is None or cue.kind not in _OWN_CUE_KINDS:
        return None
    return Facility(cue.form, cue.singular, cue.number, cue.singular, cue.kind, 1, frozenset(), False)


@cache
def _common_nouns() -> frozenset[str]:
    """``common_nouns.tsv`` folded, read once: words that name a kind of place, never one place."""
    return common_nouns()


def _village_word_name(cue: Cue, w: str) -> bool:
    """"قرية الحرية"، "بلدة النصر": right after the singular cue of a village or a town, an abstract noun that is never
    a place alone (``ambiguous.tsv`` policy never) but that villages are named after (wordset village_word_name) is
    the village's name, kept unresolved when the gazetteer lacks it (task read17a)."""
    return cue.number == "1" and cue.kind in ("village", "town") and w in _VILLAGE_WORD_NAMES


def _looks_like_name(w: str, gaz: Gazetteer) -> bool:
    """A word that may be an unknown place name: Arabic letters, not a function or common word."""
    if len(w) < 2 or not _LETTERS_ONLY.fullmatch(w):
        return False
    for form, _plen in word_forms(w):
        if gaz.ambiguous.get(form) == "never" or form in gaz.cues:
            return False
    return True


def _found_kind(it: _Found) -> str:
    """The kind a found place announces: its facility head, its cue, else its first candidate."""
    fac = it.extra.get("facility")
    if fac is not None:
        return fac.kind
    if it.cue is not None:
        return it.cue.kind
    return it.candidates[0].kind if it.candidates else ""


def _city_part_mention(gaz: Gazetteer, it: _Found, f: Folded, sentence: int, text: str) -> Mention | None:
    """"شرق حلب" said of neighbourhoods: the city's part, at the city's coordinates (precision 2)."""
    e = it.candidates[0]
    city_name = it.key.split()[-1]
    cities = [c for c in gaz.lookup(city_name) if c.kind in _SETTLEMENTS and c.admin1 == e.admin1]
    if not cities:
        return None
    city = gaz.rank(cities, e.admin1, "city")[0]
    m = _mention(it, city, f, sentence, text)
    attrs = dict(m.attrs, name=m.text, kind="area", geo_precision=2, town=city.id,
                 aliases=[city.name, *m.attrs["aliases"]][:12])
    return Mention("place", m.start, m.end, m.text, sentence, attrs, f"city-part:{city.id}")


def _surroundings_mention(m: Mention) -> Mention:
    """"محيط X": named so, at X's coordinates with precision 2; X stays an alias (the event is near X)."""
    a = m.attrs
    if not a.get("resolved"):
        return m
    around = f"{wordlist('surroundings_noun')[0]} {a['name']}"
    attrs = dict(a, name=around, geo_precision=2, aliases=[a["name"], *a["aliases"]][:12])
    return Mention("place", m.start, m.end, m.text, m.sentence, attrs, f"{m.rule}+surroundings")


def _precision(kind: str) -> int:
    return _PRECISION.get(kind, 1)


def _choose(gaz: Gazetteer, item: _Found, context: Counter) -> Entry | None:
    if not item.candidates:
        return None
    if len(item.candidates) == 1:
        return item.candidates[0]
    admin = item.extra.get("locator_admin1") or None
    if not admin and context:
        admin = context.most_common(1)[0][0]
    kind = item.cue.kind if item.cue else None
    return gaz.rank(item.candidates, admin, kind)[0]


_QUARTERED = frozenset({"city", "capital", "governorate_capital"})  # settlements a story's quarter may be of
_QUARTER_REACH_KM = 12.0  # a known quarter farther than this from the town its locator names is another town's


def _quarter_mention(gaz: Gazetteer, it: _Found, story: tuple[Counter, Counter, _Around], f: Folded,
                     sentence: int, text: str) -> Mention:
    """A place resolved against the gazetteer, unless it is a quarter the gazetteer knows in another town than
    the one its locator names ("حي العزيزية بحماة" is no quarter of Aleppo): quarter names (العزيزية، النزهة،
    المنشية، العامرية) recur from city to city, so a stated town decides. The quarter is then that town's,
    at the town's coordinates, as a quarter of a town the gazetteer lacks is read (``_facility_mention``).
    Kept out of :func:`_choose`, which also places a building at its quarter. With no locator, a story about
    another city (its last town named is a city in another governorate, and nothing else the article names lies
    in the quarter's) makes the quarter that city's."""
    context, quarters, around = story
    e = _choose(gaz, it, context)
    town = _stated_town(gaz, it, e, context)
    if town is None and e is not None and it.extra.get("locator") is None:
        town = _story_town(e, context, quarters, around)
    if e is None or town is None:
        return _mention(it, e, f, sentence, text)
    m = _mention(it, None, f, sentence, text)
    name = f"{wordlist('quarter_head')[0]} {e.name}"  # the quarter's name, not the other town's quarter's names
    attrs = dict(m.attrs, name=name, name_en="", lat=town.lat, lon=town.lon, admin1=town.admin1, kind=e.kind,
                 geo_precision=_precision(town.kind), resolved=town.lat is not None, country=town.country,
                 town=town.id, aliases=[e.name, *e.variants][:12])
    return Mention("place", m.start, m.end, m.text, sentence, attrs, f"quarter-of-town:{town.id}")


def _stated_town(gaz: Gazetteer, it: _Found, e: Entry | None, context: Counter) -> Entry | None:
    """The settlement a known quarter's locator names when the quarter does not lie there, else None."""
    loc = it.extra.get("locator")
    if e is None or e.kind not in _NEIGHBOURHOOD_KINDS or loc is None or loc.extra.get("facility") is not None:
        return None
    town = _choose(gaz, loc, context)
    if town is None or town.kind not in _SETTLEMENTS or None in (town.lat, e.lat):
        return None
    far = distance_km(e.lat, e.lon, town.lat, town.lon) > _QUARTER_REACH_KM  # type: ignore[arg-type]
    return town if far else None


def _story_town(e: Entry, context: Counter, quarters: Counter, around: _Around) -> Entry | None:
    """The town the story is about when a known quarter lies in a governorate the article names by nothing
    else (its own mentions are all that count there) and the last town named lies far from it."""
    town = around.town  # a city (quarters are a city's): "حي القابون" after "بلدة مضايا" stays Damascus's
    if e.kind not in _NEIGHBOURHOOD_KINDS or town is None or town.attrs.get("kind") not in _QUARTERED \
            or town.attrs.get("admin1") == e.admin1 or context[e.admin1] > quarters[e.id]:
        return None
    return Gazetteer.default().get(town.attrs.get("id", "")) if town.attrs.get("lat") is not None else None


_ELSEWHERE_KINDS = frozenset({"village"})  # the smallest settlements, whose names recur from region to region
_ELSEWHERE_STORY = 3  # places of one other governorate an article names that set its story there
_TWIN_ADMIN1 = {"Damascus": "Rif Dimashq", "Rif Dimashq": "Damascus"}  # the city and its belt share a border


class _Singles:
    """How many of an article's names each gazetteer entry answers alone (one candidate), counted when first
    asked: only a village with no locator, in a story set elsewhere, asks (``_homonym_elsewhere``), and most
    articles hold none (task speed22). ``count`` is called before a name's candidates are replaced
    (``_rifha_mention``), so the counts are those of the names as read, whenever asked."""

    def __init__(self, per_sentence: list[tuple[int, list[_Found]]]) -> None:
        self._per_sentence = per_sentence
        self._counts: Counter | None = None

    def count(self) -> Counter:
        """The counts, made on the first call."""
        if self._counts is None:
            self._counts = Counter(it.candidates[0].id for _, found in self._per_sentence for it in found
                                   if len(it.candidates) == 1)
        return self._counts

    def __getitem__(self, entry_id: str) -> int:
        return self.count()[entry_id]


def _homonym_elsewhere(it: _Found, context: Counter, singles: _Singles) -> Entry | None:
    """The one village the gazetteer knows by a name, when the article means another village of that name: its
    locator names another governorate ("قرية مريمين بريف عفرين" is not Maryamin of Homs), or, with no locator,
    nothing else the article names lies in the village's governorate while three or more of its places lie in
    one other. Villages share names across Syria (مريمين of Homs and of Afrin) and the gazetteer holds only
    some of them, so such a village is kept by its name, unresolved, rather than placed a governorate away.
    Returns the entry set aside, or None when the village stands."""
    if len(it.candidates) != 1 or it.candidates[0].kind not in _ELSEWHERE_KINDS or it.candidates[0].country != "SY":
        return None  # a foreign village ("المقيبلة اللبنانية") is named for itself in a Syrian story
    e = it.candidates[0]
    home = {e.admin1, _TWIN_ADMIN1.get(e.admin1, e.admin1)}
    if (loc := it.extra.get("locator")) is not None:
        # a road or a river runs through several governorates: only an area or a settlement states one
        stated = it.extra.get("locator_admin1") or ""
        bounded = bool(loc.candidates) and loc.candidates[0].kind in AREA_KINDS | _SETTLEMENTS
        return e if bounded and stated and stated not in home else None
    if sum(context[a] for a in home) > singles[e.id]:
        return None
    others = [n for a, n in context.items() if a not in home]
    return e if others and max(others) >= _ELSEWHERE_STORY else None


def _mention(item: _Found, e: Entry | None, f: Folded, sentence: int, text: str) -> Mention:
    s, t = f.span(item.fstart, item.fend)
    if e is None:
        name, aliases = text[s:t], []
        if item.cue and item.cue.kind in _NAMED_WITH_CUE:
            # "جبل الطار", "مخيم الباغوز"; a list's member under its singular ("أحياء X وY" → "حي Y")
            head = item.cue.form if item.cue.number == "1" else item.cue.singular
            name, aliases = f"{head} {name}", [name]
        # "بلدة X غرب درعا": a name the gazetteer lacks lies in the governorate its locator names
        attrs = {"id": "", "name": name, "name_en": "", "lat": None, "lon": None,
                 "admin1": item.extra.get("locator_admin1", ""),
                 "kind": item.cue.kind if item.cue else "", "geo_precision": 3, "population": None,
                 "aliases": aliases, "resolved": False}
        if (town := item.extra.get("bracketed_town")) is not None:  # "معبر تل كوجر (اليعربية)": at its town
            attrs.update(lat=town.lat, lon=town.lon, admin1=town.admin1, aliases=[*aliases, town.name])
        rule = f"{item.rule}:{item.cue_word}"
    else:
        aliases = [n for n in [*e.variants, e.name_en, *e.variants_en] if n and n != e.name]
        if item.cue and item.cue.kind == e.kind and not fold_text(e.name).startswith(item.cue.singular):
            aliases.insert(0, f"{item.cue_word} {e.name}")  # "جبل الطار" for the entry "الطار"
        attrs = {"id": e.id, "name": e.name, "name_en": e.name_en, "lat": e.lat, "lon": e.lon,
                 "admin1": e.admin1, "kind": e.kind,
                 "geo_precision": _PRECISION["area"] if e.layer == "rule" else _precision(e.kind),
                 "population": e.population, "aliases": aliases[:12], "resolved": True, "country": e.country}
        rule = f"{item.rule}:{e.id}"
    attrs.update({"cue": item.cue_word, "group": item.group, "role": item.role, "locates": -1})
    return Mention("place", s, t, text[s:t], sentence, attrs, rule)


def read_places(article: Article) -> Article:
    """Add a place :class:`Mention` for every place named in ``article.sentences`` (offsets into raw)."""
    gaz = Gazetteer.default()
    if not article.sentences or not article.raw:
        return article
    f = fold(article.raw)
    per_sentence: list[tuple[int, list[_Found]]] = []
    scanners: list[_SentenceScanner] = []
    for sent in article.sentences:
        a = _fold_pos(f, sent.start)
        toks = spans(tokens_of(article, sent), a)  # folded offsets into the article's fold
        sc = _SentenceScanner(gaz, f, toks)
        sc.scan()
        scanners.append(sc)
        per_sentence.append((sent.index, sc.found))
    names = _introduced_names(per_sentence, gaz)
    if names:
        for sc in scanners:
            sc.article_names(names)
    context: Counter = Counter()
    for _, found in per_sentence:
        for it in found:
            admins = {c.admin1 for c in it.candidates if c.admin1}
            if len(admins) == 1 and it.candidates[0].kind != "country":
                context[admins.pop()] += 1
    singles = _Singles(per_sentence)
    quarters = Counter(it.candidates[0].id for _, found in per_sentence for it in found
                       if len(it.candidates) == 1 and it.candidates[0].kind in _NEIGHBOURHOOD_KINDS)
    group_base = 0
    road_ends = bool(_words_in(f.text, _ROAD_LEADING_STEMS))  # (see _words_in)
    around = _Around()
    for idx, found in per_sentence:
        base = len(article.mentions)
        for it in found:
            if it.extra.get("facility") is not None:
                m = _facility_mention(gaz, it, context, around, f, idx, article.raw)
            elif it.extra.get("city_part") and (cp := _city_part_mention(gaz, it, f, idx, article.raw)):
                m = cp
            elif it.extra.get("surroundings"):
                m = _surroundings_mention(_mention(it, _choose(gaz, it, context), f, idx, article.raw))
            elif it.rule == "rifha-around":
                singles.count()  # (before it replaces the name's candidates)
                m = _rifha_mention(gaz, it, around, f, idx, article.raw)
            elif (hill := _hill_again(it, around, idx)) is not None:
                m = _again(hill, it, f, idx, article.raw)
            elif (other := _homonym_elsewhere(it, context, singles)) is not None:
                m = _mention(it, None, f, idx, article.raw)
                m.rule = f"homonym-elsewhere:{other.id}"
            else:
                m = _quarter_mention(gaz, it, (context, quarters, around), f, idx, article.raw)
            if it.group >= 0:
                m.attrs["group"] = group_base + it.group
            if it.locates >= 0:
                m.attrs["locates"] = base + it.locates
            article.mentions.append(m)
            if not (road_ends and _road_end(article.raw, m)):
                around.note(m, it.extra.get("direction_of") if m.rule.startswith("town-direction") else None,
                            article.raw)
        _free_locators_of_dropped(article.mentions, base)
        groups = [it.group for it in found if it.group >= 0]
        group_base += (max(groups) + 1) if groups else 0
    _drop_unit_name_places(article)
    if _words_in(f.text, _BACKER_WORDS):
        _mark_backers(article)
    return article


def _words_in(text: str, words: frozenset[str]) -> list[str]:
    """The members of ``words`` that stand in ``text`` (the article's fold) as substrings. A word
    :func:`_road_end` or :func:`_mark_backers` reads is a whole word of the fold of some stretch of the raw
    text, and a fold maps each character alone, so it stands in the article's fold: an article holding
    none of a rule's words is not walked mention by mention, each with a fold of the characters before
    it (most articles hold none; issue 13). The road rule reads "للواصل" as "الواصل": its words are asked
    without their article (``_ROAD_LEADING_STEMS``), which both spellings hold."""
    return [w for w in words if w in text]


_BACKER_WORDS = wordset("backer_allegiance_word")
_BACKER_WRITTEN_ON = wordset("backer_clitic")  # "موالية لأنقرة": the preposition written on the place
_BACKER_APART = wordset("backer_apart_preposition")  # "المدعومة من طهران": the preposition as a word of its own
_BACKER_REACH = 30  # characters before a place that may hold "موالية لـ" / "المدعومة من"


def _mark_backers(article: Article) -> None:
    """"فصائل سورية موالية لأنقرة"، "الميليشيات المدعومة من طهران": a place right after an allegiance word and its
    preposition ("لـ" written on the place, or "من") names the backer, a government told by its capital; it is no
    event place, as a locator is none (role "backer", which :func:`usable_place` skips; task read26a)."""
    raw = article.raw
    for m in article.mentions:
        if m.kind != "place":
            continue
        words = fold_text(raw[max(0, m.start - _BACKER_REACH):m.start]).split()
        if len(words) < 2:
            continue
        prep, word = words[-1], words[-2]
        apart = raw[m.start - 1:m.start].isspace()
        if prep not in (_BACKER_APART if apart else _BACKER_WRITTEN_ON):
            continue
        if word in _BACKER_WORDS or (word.startswith(_WA) and word[len(_WA):] in _BACKER_WORDS):
            m.attrs["role"] = "backer"


_QUOTED_UNIT_HEADS = wordset("quoted_unit_head")
_OPENING_QUOTES = "«“"
_CLOSING_QUOTES = "»”"
_QUOTED_NAME_REACH = 60  # characters from the name's opening quote to its closing one
_QUOTED_NAME_WORDS = 6  # words of a quoted group name at most ("اتحاد قوات جبل الشيخ")


def _in_quoted_unit_name(raw: str, start: int, end: int) -> bool:
    """"قال قيادي في «اتحاد قوات جبل الشيخ» إن ...": a place between the quotes of an armed group's name (its first
    word in wordset quoted_unit_head) is part of the name, where its men come from; the quotes bound the name
    where unquoted words would not."""
    line = raw.rfind("\n", 0, start) + 1
    before = raw[line:start]  # the paragraph so far: straight quotes pair up from its start
    opened = max(before.rfind(q) for q in _OPENING_QUOTES)
    if opened >= 0 and not any(q in before[opened:] for q in _CLOSING_QUOTES):
        closers = _CLOSING_QUOTES
    elif before.count('"') % 2 == 1:  # straight quotes: an odd count before the place opens a name
        opened, closers = before.rfind('"'), '"'
    else:
        return False
    if len(before) - opened > _QUOTED_NAME_REACH:
        return False  # a quotation, not a name
    after = raw[end:end + _QUOTED_NAME_REACH]
    close = min((k for k in (after.find(q) for q in closers) if k >= 0), default=-1)
    if close < 0 or "\n" in after[:close] or any(q in after[:close] for q in _OPENING_QUOTES):
        return False
    words = before[opened + 1:].split()
    if not words or len(words) + len(after[:close].split()) + 1 > _QUOTED_NAME_WORDS:
        return False  # a quoted saying ("إن "القوات حاولت التسلل نحو X تحت غطاء ناري""), not a name
    return fold_text(words[0]) in _QUOTED_UNIT_HEADS


def _drop_unit_name_places(article: Article) -> None:
    """Remove place mentions inside a quoted armed group's name (:func:`_in_quoted_unit_name`), keeping the
    indices that other place mentions hold ("locates") pointing at the same mentions."""
    ms = article.mentions
    drop = {k for k, m in enumerate(ms) if m.kind == "place" and _in_quoted_unit_name(article.raw, m.start, m.end)}
    if not drop:
        return
    new_index: dict[int, int] = {}
    kept: list[Mention] = []
    for k, m in enumerate(ms):
        if k not in drop:
            new_index[k] = len(kept)
            kept.append(m)
    for m in kept:
        if m.kind == "place" and m.attrs.get("locates", -1) >= 0:
            m.attrs["locates"] = new_index.get(m.attrs["locates"], -1)
    article.mentions[:] = kept


_INTRODUCED_KINDS = _SETTLEMENTS | {"neighbourhood"}
_INTRODUCED_PAIR_KINDS = {"camp", "base"}
_HILL_AGAIN = wordset("hill_again")
_HILL = "hill"
_HILL_REACH = 3  # sentences back a bare "التل" may point at a hill named before


def _hill_again(it: _Found, around: _Around, sentence: int) -> Mention | None:
    """The hill a bare "التل" names when the article named a hill "تل X" a few sentences before: the definite
    head alone is that hill, not the town al-Tall the gazetteer knows by the same word ("مدينة التل" keeps
    its cue and stays the town)."""
    hill = around.hill
    if it.cue is not None or it.key not in _HILL_AGAIN or hill is None or sentence - hill.sentence > _HILL_REACH:
        return None
    return hill


def _again(m: Mention, it: _Found, f: Folded, sentence: int, text: str) -> Mention:
    """A place named again by a word of this sentence: the earlier mention's place at the word's span."""
    s, t = f.span(it.fstart, it.fend)
    attrs = dict(m.attrs, cue=it.cue_word, group=it.group, role=it.role, locates=-1)
    return Mention("place", s, t, text[s:t], sentence, attrs, f"again:{m.rule}")


def _introduced_names(per_sentence: list[tuple[int, list[_Found]]], gaz: Gazetteer) -> dict[str, _Found]:
    """Unknown names the article introduced as villages, towns or neighbourhoods ("قرى X وY"), and the names of
    neighbourhoods it read under their head ("حي المنشية": "المنشية" again further on is that quarter)."""
    names = {it.key: it for _, found in per_sentence for it in found
             if it.rule == "cue-unknown" and it.role == "main" and it.cue is not None
             and _introduces(it.cue) and len(it.key.replace(" ", "")) >= 3}
    for _, found in per_sentence:
        for it in found:
            if (key := _quarter_key(it, gaz)) and key not in names:
                names[key] = it
            elif _cued_sense(it, gaz) and it.key not in names:
                names[it.key] = it
    return names


def _introduces(cue: Cue) -> bool:
    """A cue whose unknown names the article may repeat bare: a settlement's or a quarter's, or the dual of a camp
    or a base ("معسكري وادي الضيف والحامدية ... انسحبت من وادي الضيف": the pair names two sites, task read19b).
    A single camp's unknown name stays with its head: "مخيم الأمل" does not make every "الأمل" a place."""
    return cue.kind in _INTRODUCED_KINDS or (cue.kind in _INTRODUCED_PAIR_KINDS and cue.number == "2")


def _cued_sense(it: _Found, gaz: Gazetteer) -> bool:
    """A town whose name is also a common word, read under its cue ("مدينة الباب"): the article has fixed the
    word's sense, so "في محيط الباب"، "نحو الباب" further on are that town (ambiguous.tsv sense "article": only
    names whose common sense rarely stands in a story that names the town; task read9). A later member of a list
    under a dual or plural cue ("قريتي معان وكوكب") is named under that cue as much as the first (task gaz25)."""
    under_cue = it.rule == "gazetteer+cue" or (it.rule == "gazetteer" and it.cue is not None and it.cue.number != "1")
    return under_cue and it.role == "main" and bool(it.candidates) \
        and it.key in gaz.article_sense and gaz.ambiguous.get(it.key) == "cue"


def _quarter_key(it: _Found, gaz: Gazetteer) -> str:
    """The bare name of a neighbourhood read under its head ("حي المنشية" -> "المنشيه"), else "": a definite name
    the gazetteer does not know, that may stand alone (not a word that is never a place, "الصناعة")."""
    head, words = it.extra.get("facility"), it.extra.get("name_words") or []
    if head is None or head.kind not in _NEIGHBOURHOOD_KINDS or it.role != "main" or not words \
            or it.extra.get("town") or not words[0].startswith(_AL) or len("".join(words)) < 5:
        return ""
    if any(gaz.ambiguous.get(w) == "never" or gaz.lookup(w) for w in words):
        return ""
    return " ".join(words)


# what the article's fold must hold for _road_end to find a word of _ROAD_LEADING (see _words_in)
_ROAD_LEADING_STEMS = frozenset(w[len(_AL):] if w.startswith(_AL) else w for w in _ROAD_LEADING)


def _road_end(raw: str, m: Mention) -> bool:
    """"قطع الطريق المؤدي للعاصمة دمشق"، "الطريق الواصل إلى حماة": a settlement named as where a road leads
    is not where the story stands, so a facility named after it without a town ("كلية التسليح") is not put
    there. Read on the words just before the name: a title noun and "إلى"/"لـ" may stand between."""
    words = fold_text(raw[max(0, m.start - 60):m.start]).split()
    for _ in range(3):
        if not words:
            return False
        w = words[-1]
        if w.startswith(_LIL):
            w = _AL + w[len(_LIL):]  # "للعاصمة": لـ before the article's ال, which drops its alif
        if w in _ROAD_LEADING:
            return True
        if not (w in _ROAD_TO or w in _PLACE_TITLES or w[:1] in _ROAD_TO and w[1:] in _PLACE_TITLES):
            return False
        words.pop()
    return False


@dataclass
class _Around:
    """What the article has named so far: its last Syrian settlement and its last facility of each kind
    ("المعبر" is the last crossing named)."""

    town: Mention | None = None
    town_id: str = ""  # the last settlement named, or the town of the last facility placed at one
    last_of_kind: dict[str, Mention] = field(default_factory=dict)
    hill: Mention | None = None  # the last hill named, known or not ("تل الحارة", "تل سكيك"): what "التل" names
    admin1: str = ""  # the governorate of the last Syrian governorate or settlement named: "مبنى المحافظة" is in its capital
    town_sentence: int = -1  # the sentence the last settlement was named in

    def note(self, m: Mention, direction_of: Entry | None = None, text: str = "") -> None:
        """Take ``m`` as named so far; ``direction_of`` is the town a direction phrase is taken from ("غرب مدينة
        دير الزور" names the city as much as "مدينة دير الزور": its bare "المطار العسكري" further on; task gaz25).
        ``text`` is the article's, to tell a facility someone was carried or fled to (:func:`_refuge_named`)."""
        a = m.attrs
        if direction_of is not None and direction_of.country == "SY" and direction_of.kind in _SETTLEMENTS:
            self.town_id = direction_of.id
        if a.get("kind") == _HILL:
            self.hill = m
        if a.get("resolved") and a.get("country", "SY") == "SY" and a.get("admin1") and (
                a.get("kind") in _SETTLEMENTS or a.get("kind") == "governorate"):
            self.admin1 = a["admin1"]
        if a.get("resolved") and a.get("country", "SY") == "SY" and (
                a.get("kind") in _SETTLEMENTS or m.rule.startswith("city-part:")):
            self.town = m  # "حي X جنوب شرقي دمشق": a part of a city names the city too
            self.town_id = a.get("id", "")
            self.town_sentence = m.sentence
        elif a.get("facility") and a.get("resolved") and a.get("town") and a.get("role") == "main":
            self.town_id = a["town"]  # "سجن تدمر والمطار العسكري": the airport of the prison's town
        if (a.get("resolved") and a.get("kind") in _FACILITY_KINDS) or (a.get("facility") and a.get("name")
                                                                         and a.get("role") == "main"):
            if a["kind"] in self.last_of_kind and text and _refuge_named(text, m.start):
                return  # "نقلوا جرحاهم إلى مطار Y" after "هاجموا مطار X": "المطار" further on is still X (task where33)
            self.last_of_kind[a["kind"]] = m


_REFUGE_VERBS = wordset("wounded_transfer_verb") | wordset("refuge_verb")
_DESTINATION_PREPS = wordset("destination_preposition")
_CLAUSE_MARKS = re.compile("[" + re.escape(marks("clause_marks")) + ".]")


_FACILITY_CODE = re.compile(r"[a-z]{1,3}-?\d{1,4}")  # (tokens are folded: Latin letters lower-cased)


@cache
def _ordinal_words() -> frozenset[str]:
    """The one-word ordinals of lexicons/ordinals.tsv ("الثالث"، "الثالثة"), folded."""
    return frozenset(f for r in load_tsv("ordinals.tsv") for f in split_forms(r["forms"]) if " " not in f)


def _ordinal_of(head: Facility, w: str) -> bool:
    """Is ``w`` an ordinal that tells which facility of its kind is meant ("محطة الضخ الثالثة"، "الحاجز الأول")?
    It agrees with the head across a genitive, so it is part of the name, not a description to drop (a relational
    adjective is: "العسكري"). A unit with an ordinal ("الفرقة الرابعة"، "الفيلق الخامس") is a force, not a place."""
    return head.kind != "unit" and w in _ordinal_words()


def _refuge_named(text: str, start: int, reach: int = 6) -> bool:
    """Is the place at ``start`` the destination (wordset destination_preposition right before it) of a verb of
    carrying or fleeing (wordsets wounded_transfer_verb, refuge_verb) in its clause ("نقلت جرحاها إلى مطار Y"،
    "فر الضباط إلى مطار Y")? Such a place is where people went away from the scene: it is named in passing, and
    a definite kind noun after it ("سقوط المطار") recalls the one of that kind the story is about, named before."""
    clause = _CLAUSE_MARKS.split(text[max(0, start - 120):start])[-1]
    words = [fold_text(w) for w in clause.split()][-reach:]
    if not words or words[-1] not in _DESTINATION_PREPS:
        return False
    return any(w in _REFUGE_VERBS or (w.startswith(wordlist("conjunction_proclitic")) and w[1:] in _REFUGE_VERBS)
               for w in words[:-1])


def _town_entry(gaz: Gazetteer, it: _Found, context: Counter, around: _Around, sentence: int = -1) -> Entry | None:
    """The settlement a facility belongs to: the one in its phrase, its locator, else the last one named
    (the governorate's building, "مبنى المحافظة", named in a sentence that names no town before it: the
    capital of the governorate named last; "تجمع أهالي مدينة جبلة أمام مبنى المحافظة" stays Jableh's)."""
    if it.extra.get("town"):
        admin = context.most_common(1)[0][0] if context else None
        return gaz.rank(it.extra["town"], admin, "city")[0]
    loc = it.extra.get("locator")
    if loc is not None and loc.extra.get("facility") is not None and loc is not it:
        return _town_entry(gaz, loc, context, around, sentence)  # "مسجد X في حي Y بحمص": the neighbourhood's town
    if loc is not None and loc.extra.get("direction_of") is not None:
        return loc.extra["direction_of"]  # "حي X جنوب شرقي دمشق": the neighbourhood lies at the town
    if loc is not None and loc.candidates:
        e = _choose(gaz, loc, context)
        if (other := _stated_town(gaz, loc, e, context)) is not None:
            return other  # "جامع X في حي العزيزية بحماة": the quarter is Hama's, not Aleppo's Aziziyah
        if e is not None and (e.kind in _SETTLEMENTS or e.kind in _NEIGHBOURHOOD_KINDS
                              and it.extra["facility"].kind in _IN_TOWN_KINDS):
            return e  # "كنيسة X في حي باب توما": a building lies at its known neighbourhood
    if around.admin1 and around.town_sentence != sentence and _governorate_building(it) \
            and (seat := _capital_of(gaz, around.admin1)) is not None:
        return seat  # "أمام مبنى المحافظة" after "محافظة السويداء" or a town of Daraa: the governorate's capital
    town = gaz.get(around.town_id) if around.town_id else None
    return town if town is not None and town.kind in _SETTLEMENTS else None


def _governorate_building(it: _Found) -> bool:
    """"مبنى المحافظة"، "مقر المحافظة": a building named only by the governorate's office (wordset
    governorate_backref), which stands in the governorate's capital, not in the last town named (task misread26)."""
    words = it.extra.get("name_words") or []
    return it.extra["facility"].kind == "building" and len(words) == 1 \
        and fold_text(words[0]) in wordset("governorate_backref")


@cache
def _capitals() -> dict[str, str]:
    """Each governorate (admin1, English) -> its capital's folded Arabic name (gazetteer/admin1.tsv)."""
    return {r["name_en"]: fold_text(r["capital_ar"]) for r in read_tsv(DATA_DIR / "admin1.tsv") if r.get("capital_ar")}


def _capital_of(gaz: Gazetteer, admin1: str) -> Entry | None:
    """The gazetteer's settlement that is the capital of ``admin1`` ("As-Suwayda" -> the city of As-Suwayda)."""
    name = _capitals().get(admin1)
    cands = [e for e in gaz.lookup(name) if e.admin1 == admin1 and e.kind in _SETTLEMENTS] if name else []
    return gaz.rank(cands, admin1, "city")[0] if cands else None


def _facility_mention(gaz: Gazetteer, it: _Found, context: Counter, around: _Around, f: Folded,
                      sentence: int, text: str) -> Mention:
    """A place below the town, named by its phrase, at its town's coordinates."""
    head: Facility = it.extra["facility"]
    s, t = f.span(it.fstart, it.fend)
    definite, words = it.extra.get("definite"), it.extra.get("name_words") or []
    if definite and not words and not it.extra.get("adjectives") and head.kind in around.last_of_kind:
        prev = around.last_of_kind[head.kind]  # "المعبر": the crossing named before
        return Mention("place", s, t, text[s:t], sentence, dict(prev.attrs, group=-1, role="main", locates=-1),
                       f"facility-backref:{prev.attrs.get('id', '')}")
    town = _town_entry(gaz, it, context, around, sentence) if not it.extra.get("own") or it.extra["town"] else None
    if definite and not words and head.bare and not it.extra.get("adjectives") and _same_after(text, t):
        # "شهد السجن ذاته"، "قصفت المستشفى نفسه": the one named before, at the town its phrase named, or none; never
        # the facility of the town named last (task misread38)
        told = _told_before(gaz, text, s, head, context)
        if told is not None:
            town = told if told.kind in _SETTLEMENTS else None
            if town is None:
                return _dropped(s, t, text, sentence, head)
    if definite and not words and not head.bare and not it.extra.get("own") and not it.extra.get("adjectives"):
        return _dropped(s, t, text, sentence, head)  # "الكليات" with none named before
    if _one_of_before(text, s) and (town is None or fold_text(town.name) not in fold_text(text[s:t])):
        return _dropped(s, t, text, sentence, head)  # "في أحد حقول الزيتون قرب بلدة X": one of many, no name of its own
    if it.extra.get("road_towns"):
        t1, t2 = it.extra["road_towns"]
        name = f"{_ROAD_WORD} {t1.name} - {t2.name}"
        lat = (t1.lat + t2.lat) / 2 if t1.lat is not None and t2.lat is not None else None
        lon = (t1.lon + t2.lon) / 2 if t1.lon is not None and t2.lon is not None else None
        attrs = {"id": f"fac:{fold_text(name)}", "name": name, "name_en": "", "lat": lat, "lon": lon,
                 "admin1": t1.admin1, "kind": "road", "geo_precision": 2, "population": None,
                 "aliases": [f"{_ROAD_WORD} {t2.name} - {t1.name}", text[s:t]], "resolved": lat is not None, "country": "SY",
                 "facility": True, "town": "", "cue": _ROAD_WORD, "group": it.group, "role": it.role, "locates": -1}
        return Mention("place", s, t, text[s:t], sentence, attrs, f"road-towns:{t1.id}:{t2.id}")
    if it.extra.get("road_between"):
        raw_words = text[s:t].split()
        a, b = raw_words[-2], raw_words[-1][1:]
        attrs = {"id": f"fac:{fold_text(_ROAD_WORD + ' ' + a + ' ' + b)}", "name": f"{_ROAD_WORD} {a} - {b}", "name_en": "",
                 "lat": None, "lon": None, "admin1": "", "kind": "road", "geo_precision": 2, "population": None,
                 "aliases": [f"{_AL}{_ROAD_WORD} {_BETWEEN} {a} {_WA}{b}", f"{_ROAD_WORD} {b} - {a}"], "resolved": False, "country": "SY",
                 "facility": True, "town": "", "cue": _ROAD_WORD, "group": it.group, "role": it.role, "locates": -1}
        return Mention("place", s, t, text[s:t], sentence, attrs, "road-between")
    if town is None and _town_institution(head, words):
        return _dropped(s, t, text, sentence, head)  # "أمام مبنى المجلس المحلي" with no town in reach
    if it.extra.get("of_backref"):
        if town is None:
            return _dropped(s, t, text, sentence, head)
        name = f"{head.written} {town.name}"  # "مطار المدينة" after "تدمر" -> "مطار تدمر"
    elif it.extra.get("own"):
        of = it.extra["own"]
        of_name = town.name if town is not None else text[slice(*f.span(of.fstart, of.fend))]
        name = f"{head.written} {of_name}"  # "ومخيمها" after "المبروكة" -> "مخيم المبروكة"
    elif definite and not words and head.bare:
        if town is None:
            return _dropped(s, t, text, sentence, head)
        adjs = text[s:t].split()[1:]
        name = " ".join([head.written, town.name, *adjs])  # "المطار العسكري" -> "مطار تدمر العسكري"
    elif not definite and not words and not it.extra.get("adjectives") and not it.extra.get("town") and town is not None:
        prev = around.last_of_kind.get(head.kind)
        if prev is not None and prev.attrs.get("facility") and prev.attrs.get("town") == town.id:
            return Mention("place", s, t, text[s:t], sentence, dict(prev.attrs, group=it.group, role=it.role, locates=-1),
                           f"facility-unnamed:{prev.attrs.get('id', '')}")  # "كنيسة في حي X" after "كنيسة Y في حي X"
        if head.kind in _TOWN_TOLD_SITES and town.kind in _SETTLEMENTS and it.extra.get("locator") is not None:
            return _site_in_district(it, head, town, [" ".join([head.written, wordlist("in_preposition")[0],
                                                                town.name])], (s, t), sentence, text)
            # "على مدرسة في مدينة جرمانا": an unnamed school or market is told by its town, as in a quarter
        name = " ".join([head.written, wordlist("in_preposition")[0], town.name])  # "كنيسة في القصاع"
    elif it.extra.get("titled_town") and town is not None:
        name = f"{head.written} {town.name}"  # "سجن بلدة الجرنية" -> "سجن الجرنية"
    elif (head.number == "n" and words) or not it.extra.get("head_in_span", True):
        name = " ".join([head.written, *text[s:t].split()[0 if words and not it.extra.get("head_in_span", True)
                                                        else 1:]])  # "كليات التسليح" -> "كلية التسليح"
    else:
        name = text[s:t]
        if name.startswith(wordlist("conjunction_proclitic")) and fold_text(name[1:]).startswith(head.singular[:2]):
            name = name[1:]
    name = " ".join(name.translate(_UNQUOTE).split())  # "تلة "سيريتل"": the quotes mark the name, they are no part of it
    spoken, name = name, _without_product(_in_town(name, town), words)
    fname = fold_text(name)
    if (prev := _shortened(around, head, fname, town)) is not None:
        return Mention("place", s, t, text[s:t], sentence, dict(prev.attrs, group=it.group, role=it.role, locates=-1),
                       f"facility-short:{prev.attrs.get('id', '')}")
    if head.kind in _DISTRICT_SITE_KINDS and town is not None and town.kind in _NEIGHBOURHOOD_KINDS:
        return _site_in_district(it, head, town, [name, spoken], (s, t), sentence, text)
    aliases = []
    if head.kind in ("neighbourhood", "housing") and words:
        aliases.append(" ".join(name.split()[1:]))
    if spoken != name:
        aliases.append(spoken)
    if town is not None and town.kind in _NEIGHBOURHOOD_KINDS and head.kind not in _NEIGHBOURHOOD_KINDS:
        aliases.extend([town.name, *town.variants][:4])  # "كنيسة X في حي Y": the quarter it lies in
    elif town is not None and head.kind == "post" and (loc := it.extra.get("locator")) is not None \
            and town in loc.candidates:
        aliases.append(town.name)  # "مخفر الشرطة في بلدة X": a post is told by its town, as analysts name it
    elif town is not None and town.kind in _SETTLEMENTS and head.kind in wordset("town_told_facility_kind"):
        aliases.append(town.name)  # "مستشفى الأتارب الجراحي"، "مبنى المحافظة": the building of a town, told by it
    attrs = {"id": f"fac:{_named_part(fname, it)}", "name": name, "name_en": "", "lat": town.lat if town else None,
             "lon": town.lon if town else None, "admin1": town.admin1 if town else "", "kind": head.kind,
             "geo_precision": head.precision if town else 3, "population": None, "aliases": aliases,
             "resolved": town is not None and town.lat is not None, "country": town.country if town else "SY",
             "facility": True, "town": town.id if town else "", "cue": head.written, "group": it.group,
             "role": it.role, "locates": -1}
    return Mention("place", s, t, text[s:t], sentence, attrs, f"facility:{head.form}:{town.id if town else ''}")


def _site_in_district(it: _Found, head: Facility, district: Entry, names: list[str], span: tuple[int, int],
                      sentence: int, text: str) -> Mention:
    """"سوق الخضار في حي الشعار": a small site (``_DISTRICT_SITE_KINDS``) inside a district the gazetteer knows
    is recorded as that district, with the site's names as aliases: the district is what a map and the other
    reports of the happening name (a site and its district are no match for the linker), and the site
    adds no place of its own an analyst would plot apart from it."""
    s, t = span
    aliases = list(dict.fromkeys(n for n in [*names, *district.variants, district.name_en] if n and n != district.name))
    attrs = {"id": district.id, "name": district.name, "name_en": district.name_en, "lat": district.lat,
             "lon": district.lon, "admin1": district.admin1, "kind": district.kind,
             "geo_precision": _precision(district.kind), "population": district.population,
             "aliases": aliases[:12], "resolved": district.lat is not None, "country": district.country,
             "cue": head.written, "group": it.group, "role": it.role, "locates": -1}
    return Mention("place", s, t, text[s:t], sentence, attrs, f"site-in-district:{head.form}:{district.id}")


def _named_part(fname: str, it: _Found) -> str:
    """The facility's identity: its head and name without the adjectives after them ("قلعة تدمر الأثرية" is
    "قلعة تدمر" described, "مطار حماة العسكري" is "مطار حماة"), so the place said twice is one place. With no
    name before them the adjectives are the name ("المستشفى الوطني")."""
    adjs = it.extra.get("adjectives") or []
    if not adjs or not (it.extra.get("name_words") or it.extra.get("town")):
        return fname
    words = fname.split()
    return " ".join(words[:-len(adjs)]) if len(words) > len(adjs) + 1 and words[-len(adjs):] == adjs else fname


def _without_product(name: str, words: list[str]) -> str:
    """"حقل التيم النفطي" -> "حقل التيم", "حقل الهيل للغاز" -> "حقل الهيل": what a named field or plant yields
    (wordset field_product) describes it like a relational adjective and is no part of its name; reports and
    maps name the field by head and name alone (the whole phrase stays an alias). A facility with no name of
    its own keeps the word ("المحطة الغازية" has nothing else to be told by)."""
    parts = name.split()
    keep = len(parts)
    while keep > 2 and fold_text(parts[keep - 1]) in _FIELD_PRODUCTS:
        keep -= 1
    return " ".join(parts[:keep]) if words and keep < len(parts) else name


def _in_town(name: str, town: Entry | None) -> str:
    """"مسجد بمدينة حمص" -> "مسجد في حمص": the locating preposition and its cue are how the sentence
    places the facility, not part of its name; an analyst writes the facility and its town."""
    if town is None:
        return name
    words, folded, tname = name.split(), fold_text(name).split(), fold_name(town.name)
    heads = wordset("settlement_head")
    for i in range(1, len(words)):
        w, rest = folded[i], " ".join(folded[i:])
        clitic = w.startswith(wordlist("in_clitic")) and (w[1:] in heads or tname.startswith(w[1:]))
        if (w in wordset("locator_preposition") or clitic) and tname in rest:
            return " ".join([*words[:i], wordlist("in_preposition")[0], town.name])
    return name


def _shortened(around: _Around, head: Facility, fname: str, town: Entry | None) -> Mention | None:
    """The facility named before whose name holds every word of this one's and more, in the same town:
    "جامع خالد بن الوليد" after "جامع الصحابي خالد بن الوليد" is that mosque said without its title."""
    prev = around.last_of_kind.get(head.kind)
    if prev is None or not prev.attrs.get("facility") or (town is not None and prev.attrs.get("town") != town.id):
        return None
    words, before = fname.split(), fold_text(prev.attrs.get("name", "")).split()
    return prev if len(words) >= 3 and set(words) < set(before) else None


def _rifha_mention(gaz: Gazetteer, it: _Found, around: _Around, f: Folded, sentence: int, text: str) -> Mention:
    """"ريفها الشمالي": the countryside of the last town named, or a mention no event stands at."""
    s, t = f.span(it.fstart, it.fend)
    town = gaz.get(around.town.attrs.get("id", "")) if around.town is not None else None
    direction = it.extra["rifha_direction"]
    key = f"{_RIF} {fold_name(town.name)} {direction}".strip() if town else ""
    cands = gaz.lookup(key) if key and it.extra.get("rifha_scope") == "town" else []
    if not cands and town is not None and town.admin1 and it.extra.get("rifha_scope") == "governorate":
        cands = _countryside_of(gaz, town.admin1, direction)
    if not cands and town is not None and _own_countryside(town, around, it):
        # "دخلت الفصائل جسر الشغور، ثم سيطرت على قرى في ريفها الغربي": a town the gazetteer has no
        # countryside for has its own, built as "ريف X" is when named (:func:`_town_countryside`)
        cands = [_town_countryside(town, direction.split())]
    if not cands:
        attrs = {"id": "", "name": text[s:t], "name_en": "", "lat": None, "lon": None, "admin1": "",
                 "kind": "countryside", "geo_precision": 3, "population": None, "aliases": [], "resolved": False,
                 "group": -1, "role": "locator", "locates": -1}
        return Mention("place", s, t, text[s:t], sentence, attrs, "rifha-unplaced")
    it.candidates = cands
    m = _mention(it, cands[0], f, sentence, text)
    return m


def _own_countryside(town: Entry, around: _Around, it: _Found) -> bool:
    """May "ريفها" be read as the last town's own countryside? Only of a town (a village has none) named
    alone: after a list ("مدينة X ومناطق بقرى Y وZ بريفها الشمالي") the pronoun recalls the city heading
    it, not the list's last member, so the word stays unplaced."""
    if town.kind not in _COUNTRYSIDE_TOWNS or it.extra.get("rifha_scope") != "town" or around.town is None:
        return False
    return around.town.attrs.get("group", -1) in (-1, None, "")


def _countryside_of(gaz: Gazetteer, admin1: str, direction: str) -> list[Entry]:
    """The countryside of a governorate, in one direction or whole ("ريف حماة الشمالي")."""
    for e in gaz.entries.values():
        if e.kind == "countryside" and e.admin1 == admin1 and e.id.startswith("rif:"):
            whole = e.id.count(":") == 1
            if (not direction and whole) or (direction and fold_name(e.name).endswith(" " + direction)):
                return [e]
    return []


def _town_institution(head: Facility, words: list[str]) -> bool:
    """"مبنى المحافظة"، "مبنى المجلس المحلي": a building named only by the office every town has (wordset
    town_institution_noun, then adjectives) says which building only with its town; alone it is no place."""
    return head.kind == "building" and bool(words) and fold_text(words[0]) in wordset("town_institution_noun") \
        and all(fold_text(w).endswith(wordlist("nisba_ending")) for w in words[1:])


_SAME_AFTER = wordset("same_after_noun")  # "السجن ذاته"، "المستشفى نفسه"
_TOLD_TOWN_REACH = 3  # words from a facility's earlier head to the town its phrase names ("سجن بلدة X": 2)


def _same_after(text: str, t: int) -> bool:
    """Does an emphatic (wordset same_after_noun) follow the phrase ending at ``t`` ("السجن ذاته")?"""
    nxt = fold_text(text[t:t + 12]).split()
    return bool(nxt) and nxt[0] in _SAME_AFTER


def _told_before(gaz: Gazetteer, text: str, s: int, head: Facility, context: Counter) -> Entry | Facility | None:
    """The earlier mention of a facility a head with an emphatic points at ("السجن ذاته" after "من سجن بلدة X" or
    "من سجن في ريف الرقة"): the last occurrence of the head before ``s``, and the settlement its phrase names within
    a few words (a title noun such as "بلدة" between), or the head itself when its phrase names none; None when the
    head was not named before."""
    words = fold_text(text[:s]).split()
    forms = {head.singular, head.form}
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        bare = w[1:] if w[:1] in POSSESSOR_CLITICS and (w[1:].startswith(_AL) or w[1:] in forms) else w
        if bare.startswith(_AL):
            bare = bare[len(_AL):]
        if bare not in forms:
            continue
        for n in range(k + 1, min(len(words), k + 1 + _TOLD_TOWN_REACH)):
            if words[n] in _PLACE_TITLES:
                continue
            for span in (" ".join(words[n:n + 2]), words[n]):
                cands = [e for e in gaz.lookup(span) if e.kind in _SETTLEMENTS and e.country == "SY"]
                if cands:
                    admin = context.most_common(1)[0][0] if context else None
                    return gaz.rank(cands, admin, "city")[0]
            break
        return head
    return None


def _free_locators_of_dropped(mentions: list[Mention], base: int) -> None:
    """"انتشرت دوريات في محيط الكنائس بحلب القديمة": a facility no event can stand at (``_dropped``: unnamed, no
    town of its own) locates nothing; the place that says where it lies is where the happening is, an event place
    of its own, not a locator (task wrongplace42). ``base``: the first mention of the sentence."""
    for m in mentions[base:]:
        j = m.attrs.get("locates", -1) if m.kind == "place" else -1
        if j >= base and j < len(mentions) and mentions[j].rule.startswith("facility-unplaced:") \
                and m.attrs.get("role") == "locator":
            m.attrs["role"] = "main"
            m.attrs["locates"] = -1


def _one_of_before(text: str, s: int) -> bool:
    """"في أحد حقول الزيتون قرب بلدة X"، "داخل إحدى المزارع على أطراف قرية Y": "one of" right before a facility head
    makes the site indefinite by construction, one of many that has no name of its own even with a noun after it
    ("حقول الزيتون" are no name); no event can stand at it, and the town that locates it is where it happened
    (``_free_locators_of_dropped``; task unnamed43)."""
    before = fold_text(text[max(0, s - 12):s]).split()
    if not before:
        return False
    word, ones = before[-1], wordset("one_of_indefinite")
    return word in ones or any(stem in ones for _, stem in proclitic_splits(word))


def _dropped(s: int, t: int, text: str, sentence: int, head: Facility) -> Mention:
    """A definite facility head with no town around it: kept as a mention no event can stand at."""
    attrs = {"id": "", "name": text[s:t], "name_en": "", "lat": None, "lon": None, "admin1": "",
             "kind": head.kind, "geo_precision": 3, "population": None, "aliases": [], "resolved": False,
             "facility": True, "cue": head.written, "group": -1, "role": "locator", "locates": -1}
    return Mention("place", s, t, text[s:t], sentence, attrs, f"facility-unplaced:{head.form}")
