"""The named word sets the event rules test tokens against (members and meaning: ``wordsets.tsv``)."""
from __future__ import annotations

from ..read.numbers import number_words
from ..read.wordsets import wordlist, wordset

# a sentence opening with one of these continues the previous report (and takes its place)
CONTINUATION_VERBS = wordset("continuation_verb")
# words after a comma that carry on a trigger's arguments ("، على 15 مدينة", "، منها X وY")
ARGUMENT_WORDS = wordset("argument_word")
_EXAMPLE_NEGATOR = wordset("example_negator")
_EXAMPLE_WORD = wordset("example_word")


def opens_examples(toks: list, k: int) -> bool:
    """"، ولا سيما قريتي X وY"، "، ولاسيما بلدة X": a word of examples (wordsets example_word), or "لا" and "سيما"
    written apart, opens examples of the area before it; it starts no clause of its own."""
    return toks[k].bare in _EXAMPLE_WORD or (
        toks[k].bare in _EXAMPLE_NEGATOR and k + 1 < len(toks) and toks[k + 1].bare in _EXAMPLE_WORD)
PERSON_APPOSITION = wordset("person_apposition")
# "الشيخ X، أحد وجهاء بلدة Y"، "X، مختار قرية Y": a local figure of the town named after him (task recall38b)
LOCAL_FIGURES = wordset("local_figure_noun")
# "بين X من جهة، وY من جهة أخرى": the side of a pair (its comma opens no clause)
PAIR_SIDE = wordset("pair_side_noun")
PAIR_SIDE_FROM = wordset("pair_side_from")
RELATIVES = wordset("relative_word")
# "هذه الفصائل": a demonstrative points back at a force already named (the actor reader resolved it)
DEMONSTRATIVES = wordset("demonstrative")
# "ثم"، "وكذلك"، "إلى جانب": a word that adds a place to those a trigger took
LIST_CONTINUERS = wordset("list_continuer")
INCLUSION_WORDS = wordset("inclusion_word")
PART_OF_PEOPLE = wordset("part_of_people")
ATTRIBUTION_PREPS = wordset("attribution_preposition")
INCLUDING_HEAD = wordset("including_head")
INCLUDING_TAIL = wordset("including_tail")
COUNTRY_WORDS = wordset("country_word")
TERRITORY_WORDS = wordset("territory_noun")
COUNTRY_ADJ = wordset("country_adjective")
RESUMPTIVES = wordset("resumptive_pronoun")


def resumptive(tok) -> bool:
    """A resumptive pronoun ("يسيطر عليها"، "تتمركز فيها"): tested on the word as written too, since the
    reader takes the ف of "فيها" for a clitic and leaves "يها" as its bare form."""
    return tok.bare in RESUMPTIVES or tok.word in RESUMPTIVES


_SUBORDINATE_THAT = wordset("subordinate_that")
_BEFORE_LINKER = wordset("before_linker")


def after_before_that(toks: list, i: int) -> bool:
    """The word at ``i`` is the verb right after "قبل أن" ("قبل أن تدخلها القوات"، "قبل أن يسيطر عليها التنظيم"): a
    subjunctive that tells the next happening of a sequence, never a relative clause describing a place."""
    return i >= 2 and toks[i - 1].bare in _SUBORDINATE_THAT and toks[i - 2].bare in _BEFORE_LINKER


SEEK_VERBS = wordset("seek_verb")
PLACE_PRONOUN_SUFFIXES = wordlist("place_pronoun_suffix")
BACKER_PREFIXES = wordlist("backer_stem")
FORCE_NOUNS = wordset("force_head_noun")
OFFENSIVE_NOUNS = wordset("offensive_noun")
# the moves an offensive told as their manner brings about ("سيطرت على X بعد عملية عسكرية")
MOVE_TYPES = frozenset({"take_control", "withdraw", "displacement", "enter", "evacuation"})
# the moves a deal told as their manner brings about: a deployment too ("انتشر الجيش في X بموجب اتفاق")
DEAL_MOVE_TYPES = MOVE_TYPES | {"deploy"}
CIVILIAN_TYPES = {"displacement", "protest", "other", "evacuation"}
AREA_WORDS = wordset("any_place_backref")
CLASS_ADJECTIVES = wordset("class_adjective")
AFFILIATION_PREPS = wordset("affiliation_prep")
GOVERNORATE_NOUN = tuple(wordlist("governorate_noun"))
CITY_KINDS = {"city", "town", "village", "capital", "neighbourhood", "governorate_capital"}
RESIDENT_NOUNS = wordset("resident_noun")
VICTIM_MARKERS = wordset("victim_marker")
AGENT_MARKERS = wordset("agent_marker")
AGENT_HANDS = wordset("agent_hands")
# small closed classes the rules below test tokens against (members and meaning: wordsets.tsv)
CONJUNCTION = wordlist("conjunction_proclitic")
COORDINATION = wordlist("coordination_clitic")
IN = wordset("in_preposition")
DISPLACED_NOUNS = wordset("displaced_noun")  # "النازحين القادمين من X"، "تقل مهجّرين من X"
CARRY_VERBS = wordset("carry_verb")  # "حافلات تقل مهجّرين من X": a verb of carrying before the displaced
IN_CLITIC = wordlist("in_clitic")
PLACE_PREPOSITION = wordset("place_preposition")
BELONGING = wordset("belonging_locator")
EXISTENTIAL = wordset("existential")
VIA = wordset("via_preposition")
TAKEN_FROM = wordset("taken_from_preposition")
COUNTRYSIDE_NOUN = wordset("countryside_noun")
EPITHET_HEAD = wordset("epithet_head")
OVERLOOKING = wordset("overlooking_participle")
REFUSAL_PARTICIPLE = wordlist("refusal_participle")
OFFICE_HEADS = wordset("office_of_place")
DISTRICT_OFFICES = wordset("district_office")  # "قائد منطقة حلب": a title over a district
DISTRICT_NOUNS = wordset("office_district_noun")  # ("منطقة"، "قطاع")
SEAT_NOUNS = wordset("seat_of_body")
TIME_ZONE_NOUNS = wordset("time_zone_noun")  # "بتوقيت دمشق": a clock, no place
BODY_NAME_HEADS = wordset("body_named_after_place")  # "جيش حمص": a body, no place
INSTITUTION_HEADS = wordset("institution_head")
INSTITUTION_HEAD_PAIRS = wordset("institution_head_pair")  # "الدفاع المدني": a two-word civil body
INSTITUTION_SPEAKER_BEFORE = wordset("institution_speaker_before")
INSTITUTION_ACTOR_BEFORE = wordset("institution_actor_before")  # "اعتقلت مديرية الأمن في X ... في Y"
TAKEOFF_STEMS = wordlist("takeoff_stem")  # "أقلعت الطائرات من مطار X": X is no strike place
TAKEOFF_FROM = wordset("takeoff_from")
TAKEOFF_REACH = 4  # words from the take-off word to the "من" before its airfield
UNIT_MEMBERS = wordset("unit_member_noun")
BORDER_WORDS = wordset("border_with_noun")
WITH_PREP = wordset("with_preposition")
PARTITIVE_OF = wordset("count_partitive")
ON_PREP = wordset("on_preposition")
LAM = wordlist("object_clitic")
PARTITIVE = wordset("count_partitive")
SINCE = wordset("since_preposition")
FIRST_PERSON = wordlist("first_person_verb_suffix")  # "دخلنا"، "كنا نزحنا": a verb whose subject is the speaker
CONTINUE_NOW = wordset("continue_now_verb")  # "وتتواصل الهجمات": a state that goes on now
PAST_NEGATION = wordset("past_negation")  # لم، ولم، فلم
IMPERFECT = wordlist("imperfect_prefix")
PERFECT_SUFFIXES = tuple(wordlist("perfect_person_suffix"))


def imperfect_verb(word: str) -> bool:
    """Whether a word of four letters or more reads as an imperfect verb ("تتمركز"، "يسيطر"): it opens with a
    person prefix; a perfect of the form تفعّل opens with ت too ("تمركزت"، "تحصنوا"), its suffix tells it apart."""
    return word.startswith(IMPERFECT) and not word.endswith(PERFECT_SUFFIXES) and len(word) >= 4
NOT_AGENT = wordset("non_agent_preposition")
HOLDER = wordset("holder_preposition")  # "معتقل لدى الحكومة": the force after it holds, it does not act
AGAINST = wordset("against_preposition")
SPEECH_NOUNS = wordset("speech_noun")  # "تصريحات X حول": X claims, it does not act
RECIPIENT = wordset("recipient_preposition")
OR = wordset("disjunction")
ARTICLE = wordlist("definite_article")
INSIDE = wordlist("inside_stem")
ARRIVE = wordlist("arrive_stem")
POSSESSIVE = wordlist("force_possessive_suffix")
POSSESSIVE_SUFFIXES = tuple(wordlist("possessive_suffix"))  # "دخلها": the pronoun on a verb that points back
TIME_LINKER = wordset("temporal_linker")
FRAME_LINKER = wordset("frame_linker")  # "وفي زحفها، ...": a fronted frame, read as a time clause
BETWEEN = wordset("between_preposition")
# "الشريط الحدودي بين X وY": a stretch that two places bound
BETWEEN_STRETCH = wordset("between_stretch")
TERMS_VERBS = wordset("terms_verb")
DUAL = wordlist("dual_suffix")
DUAL_NOUNS = wordset("dual_place_noun")


def is_dual(word: str) -> bool:
    """A dual back-reference noun: a feminine one told by its ending ("المدينتين"), a masculine one listed
    ("الحيين": its ending is a plural's too). It points at every place of the last group, not the last one."""
    return word.endswith(DUAL) or word in DUAL_NOUNS
# a casualty toll with no place of its own: the battle it names as known ("جراء المعارك"), or a
# sentence opening with "حيث", takes the place of the fighting just told; a toll over a span does not
DEFINITE = wordlist("definite_prefix")
PLACE_CARRY_OPENERS = wordset("place_carry_opener")
BATTLE_SUBJECT_ARTICLE = wordlist("battle_subject_article")
BATTLE_SUBJECT_BEFORE = wordset("battle_subject_before")
BATTLE_SETTING_BEFORE = wordset("battle_setting_before")
BATTLE_DAY_NOUNS = wordset("battle_day_noun")
TOLL_SINCE = wordset("toll_since")
TOLL_SPAN_START = wordset("toll_span_start")


def of_the_day(toks, k: int) -> bool:
    """A battle noun at ``k`` without the article, annexed to a day ("معارك اليوم"، "اشتباكات الأمس"): the construct
    is definite, the fighting of that day already told, as "المعارك" is (task placeless41)."""
    return k + 1 < len(toks) and toks[k + 1].bare in BATTLE_DAY_NOUNS and not toks[k].bare.startswith(DEFINITE)


def counts(tok) -> bool:
    """A word that is a count: digits ("3000") or a number word ("مئتي"، "ثلاثمئة"; read/numbers)."""
    return tok.word[:1].isdigit() or tok.bare in number_words()
