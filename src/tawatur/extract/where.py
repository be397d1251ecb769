"""Where an event happened: the places a trigger takes, most reliable first."""
from __future__ import annotations

from collections.abc import Collection

from ..clean.normalize import fold_text
from ..lang.ar import analyses, clitic_forms
from ..model import Mention
from ..read.gazetteer import Gazetteer, distance_km
from ..read.numbers import word_value
from ..read.sources import is_report_verb
from ..read.wordsets import wordlist, wordset
from .aspect import FLIGHT_TYPES
from .backrefs import (
    AREA_NOUN,
    BACKREF_KINDS,
    DUAL_OBJECT_SUFFIXES,
    DUAL_PRONOUNS,
    EDGE_NOUNS,
    NEIGHBOUR_WORDS,
    PERSONS_SUFFIXES,
    PLURAL_SETTLEMENT_WORDS,
    POST_WORDS,
    ROAD_WORDS,
    SETTLEMENT_KINDS,
    at_home,
    city_locator,
    edge_gender,
    noun_gender,
    plural_cue,
    pronoun_gender,
)
from .casualties import FIGHT_TYPES
from .frames import (
    CUE_NOUNS,
    PLACE_CUE_WORDS,
    SentenceView,
    scope_places,
    token_at,
    usable_place,
)
from .gates import needs_words
from .patterns import Match
from .sides import role_before
from .vocab import (
    ARRIVE,
    ARTICLE,
    BELONGING,
    BETWEEN,
    BETWEEN_STRETCH,
    CARRY_VERBS,
    CONJUNCTION,
    COORDINATION,
    COUNTRY_ADJ,
    COUNTRY_WORDS,
    COUNTRYSIDE_NOUN,
    DEFINITE,
    DISPLACED_NOUNS,
    EPITHET_HEAD,
    EXISTENTIAL,
    IN,
    IN_CLITIC,
    INCLUDING_HEAD,
    INCLUDING_TAIL,
    INSIDE,
    LAM,
    ON_PREP,
    OVERLOOKING,
    PART_OF_PEOPLE,
    PLACE_PREPOSITION,
    PLACE_PRONOUN_SUFFIXES,
    POSSESSIVE_SUFFIXES,
    RELATIVES,
    RESIDENT_NOUNS,
    RESUMPTIVES,
    SINCE,
    TAKEN_FROM,
    TERMS_VERBS,
    TERRITORY_WORDS,
    UNIT_MEMBERS,
    VIA,
    after_before_that,
    counts,
    imperfect_verb,
    is_dual,
    opens_examples,
)
from .vocab import resumptive as is_resumptive

# what a force does at a place it then leaves: "قبل أن تنسحب" after one of these leaves its place (task left31)
STAY_TYPES = frozenset({"enter", "take_control", "deploy"})

WHERE_ADVERBS = wordset("place_where_adverb")  # "بلدة X، حيث جرى اشتباك": a clause on X
WHERE_REACH = 4  # words from "حيث" to the trigger of its clause ("حيث جرى تبادل لإطلاق النار": 3)

FEMININE_PERFECT = tuple(wordlist("exposed_feminine_ending"))  # "تعرضت" (_exposed_topic)
CLAUSE_OPENERS = wordset("exposed_clause_opener")  # "إذ"، "وقد" before it
EXPOSED_PRONOUN = wordlist("exposed_topic_pronoun")[0]  # its subject, read as this pronoun would be
PEOPLE_NOUNS = wordset("dead_people")  # "شاب من بلدة X": whose the victim is (_hometown)
PEOPLE_OF_HOME = wordset("people_of_noun")  # "أبناء البلدة": whose people, the town the article is about
TRADE_NOUNS = wordset("trade_noun")  # "سائق شاحنة من ريف X": whose the victim is (_hometown)
BRACKETED_BELONGING_REACH = 5  # "التابعة لناحية تربه سبي (القحطانية)": the words from "التابعة" to the bracket
ORIGIN_GROUPS = wordset("origin_group_noun")
CLASS_RANKS = wordset("class_member_rank")  # "من أوائل البلدات التي": _class_member
CLASS_SETTLEMENTS = wordset("class_member_settlements")
CLASS_COPULAS = wordset("class_member_copula")
CLASS_TOPIC_REACH = 2  # words between the place and "من" ("X كانت من"), or between "تعد" and "من" ("تعد X من")  # "وآخرين من بلدة X": whose men a band is (_hometown)
FROM_PREP = wordset("count_partitive")  # من
SERVED_POST_KINDS = wordset("served_post_kind")  # where a person serves: "ضابط في الفرقة الرابعة"

# the settlements "المدينة"/"البلدة" and a fronted locative may name, and the parts of a town it frames
TOWN_KINDS = frozenset({"city", "town", "capital", "governorate_capital"})
QUARTER_KINDS = frozenset({"neighbourhood", "housing"})
HEADING_PARTICIPLES = wordset("heading_participle")
COMING_PARTICIPLES = wordset("coming_participle")
SECOND_THAT = wordset("second_that")
QUARTER_KM = 15.0  # a neighbourhood this close to the fronted town is one of its quarters

SEAT_OF_GOVERNMENT = wordset("seat_of_government")
LOCATED_ADJ = wordset("located_adjective")
SURROUNDING_ADJ = wordset("surrounding_adjective")  # "القرى المحيطة بـ X": X locates villages it does not name
SURROUNDED_POSITIONS = wordset("surrounded_position_plural")  # "التلال المحيطة بـ X": unnamed hills, posts (task prec36)
NEAR_TAIL = wordset("near_tail")  # "القريبة من X"
_SURROUNDING_CLITICS = tuple(wordlist("surrounding_clitic"))  # "المحيطة بمدينة X": the preposition on the place
RIVER_NOUNS = wordset("river_noun")  # "شرقي نهر الفرات" (_past_river)
RIVER_NAMES = wordset("river_name")  # "شرق الفرات"
RIVER_BANKS = wordset("river_bank_noun")  # "على الضفة الشرقية لنهر الفرات"
DIRECTION_NOUNS = wordset("direction_noun")  # "جنوب المدينة": a direction that locates (_locating_noun)
LOCATING_KINDS = frozenset({"countryside", "governorate"})  # what only locates a back-reference after في
SEQUENCE_ASIDE = wordset("sequence_aside")  # "إثر سيطرة التنظيم عليها": a clause of cause (_flight_destinations)
# "بسبب القصف المتكرر على محيطها": a cause word of a flight (task read17b)
FLIGHT_CAUSES = SEQUENCE_ASIDE | wordset("flight_cause")
REPORTER_NOUNS = wordset("reporter_noun")  # "مراسل البيادر"، "مراسلنا": a source that is a reporter (_reporter_seats)
INHERIT_REACH = 2  # sentences back a report naming only its speaker's seat inherits a told place (task backref40)
REPORTER_SEAT_REACH = 5  # words from the reporter to his seat ("مراسل "البيادر" في مدينة X": 4)
SPEAKER_SUBJECT = wordset("speaker_subject")  # "إنها سيطرت": the speaker is the subject of what it reports
ON_THE_SPOT = wordset("on_the_spot_source_kind")  # "سكان في X": speakers who live where it happens
THAT_FORMS = wordset("reporter_that")  # "بأن"، "إن": what opens the report after its speaker
CAUSE_REACH = 4  # words from the cause word to the back-reference ("إثر سيطرة التنظيم عليها": 3)
LEAVING_TYPES = ("displacement", "evacuation")  # a flight, or a departure ("خرج مئات المدنيين من X نحو Y جراء ...")
CAUSE_CLAUSE_REACH = 12  # the same, when no clause mark stands between them ("بعد سقوط قذائف على منازل في الطرف الجنوبي من البلدة": 9)
WITHDRAWAL_HEADING = wordset("withdrawal_heading")  # "انسحبوا من X باتجاه Y": Y (_withdrawal_destinations)  # "البلدة الواقعة جنوب X": a back-reference located (_locators_after_backref)
COMMENT_VERBS = wordset("comment_verb")  # "ولم تعلق دمشق رسمياً": the capital as the one who comments
COUNTRY_NISBA = wordset("country_nisba_form")  # "فصائل سورية": the nisba, not the country entered
COUNTRY_PREPS = wordset("country_nisba_not_after")  # "من سورية": the country itself
ENTER_LEMMA = wordset("enter_lemma")  # دخل
ENTERED_PERIOD = wordset("entered_period")  # "دخلت الحملة أسبوعها الثاني": how long it has lasted
ENTERED_PERIOD_ORDINAL = wordset("entered_period_ordinal")
ENTERED_STATE = wordset("entered_state")  # "دخل الاتفاق حيز التنفيذ"
TIME_OBJECT_PREPS = wordset("time_object_preposition")  # "في يومها الثالث": when, not what was entered

# How far back a pronoun looks for the noun that named its place in the sentence (words).
# "وسقط فيها قتيلان": a place falls as a subject; "في" with a pronoun says where something else fell
IN_PRONOUNS = wordset("in_pronoun")
ORIGIN_PRONOUNS = wordset("origin_pronoun")
DESTINATION_PRONOUNS = wordset("destination_pronoun")  # "نزحت إليها عائلات من X": where they went (task conv36)
ORIGIN_FROM = wordset("origin_from_preposition")  # "من القرية نحو مدينة X"
TARGET_DESCRIPTION = wordset("target_description_word")  # "سيارة متجهة إلى X" (_target_descriptions)
TARGET_DESCRIPTION_REACH = 3  # words from such a word to the preposition before its place ("تقل عمالاً من": 2)
TARGET_DESCRIPTION_TYPES = frozenset({"attack", "casualties"})  # a strike and its toll; a move's heading is its place
DESCENT_WORDS = wordset("origin_descent_word")  # "ينحدر من"، "نازح من": where a person comes from (_descends_from)
UNIT_HEADS = wordset("unit_name_head")  # "لواء"، "كتيبة": a unit's name begins (_unit_epithet_names)
UNIT_ORGANS = wordset("unit_organ_noun")  # "قيادة الفرقة 66": the unit's command, which speaks for it (_announcing_units)
OBITUARY_VERBS = wordset("obituary_verb")  # "تنعى"، "نعت": who mourns the dead (_announcing_units)
UNIT_EPITHETS = wordset("unit_epithet")  # "صقور"، "أحرار": its fighters' epithet before a place
VAGUE_HAPPENINGS = wordset("vague_happening_verb")  # "بما جرى في X" (_what_happened_places)
VAGUE_WITNESSED = wordset("vague_witness_verb")  # "ما شهدته مدينة X"
WHAT_RELATIVES = wordset("what_relative")  # "ما"، "بما"، "كما"
SERVICE_HEADS = wordset("service_institution_head")  # "قيادة شرطة X" (_unit_epithet_names)
INSTITUTION_SERVICES = wordset("institution_service")
FIRE_POSITION_NOUNS = wordset("fire_position_noun")  # "من قاعدتها في X": where the fire came from (_origin_places)
FIRE_POSITION_IN = wordset("fire_position_preposition")
LAUNCH_VERBS = wordset("launch_verb")  # "صواريخ أطلقتها الفصائل من X" (_launched_from)
LAUNCH_SUBJECT_REACH = 3  # words of the subject between the launch verb and its "من"
ORIGIN_NOUNS = wordset("origin_backref_noun")
ARRIVAL_ORIGIN_LEAD = wordset("arrival_origin_lead")  # "تعزيزات من مدينة X": where the force came from
ORIGIN_LEAD_REACH = 5  # words from a force's noun to its origin's "من" ("رتل من قوات وزارة الدفاع من X")
GENERIC_PLACE_NOUNS = wordset("generic_place_noun")
WITNESSED_CAUSE = wordset("witnessed_cause_lead")  # "شهدت X توتراً إثر مقتل": the cause told after it
BACKWARD_REACH = 8  # words from a place before a trigger that names none after it to the trigger
TITLE_HEADS = wordset("office_of_place_noun") | wordset("local_figure_noun")  # "رئيس بلدية X"، "مختار قرية X"
TITLE_SEAT_REACH = 3  # words from a title's head noun to the seat it names ("رئيس مجلس بلدة X": 3)
TITLE_LOCATOR_REACH = 6  # words from that seat to the comma of the name set apart after it ("X في ريف Y الغربي،")
APPOSED_NAME_REACH = 4  # words of the name between its two commas ("، أنس الحمدان،")
APPOSED_TRIGGER_REACH = 2  # words from the second comma to the trigger ("، من محاولة اغتيال")
CONSEQUENCE = wordlist("consequence_proclitic")  # "، فاستهدفتهم": the ف of what followed at once
FIRE_ORIGIN_NOUNS = wordset("fire_origin_noun")  # "قصف مصدره مواقع X في Y": where the fire came from (_fire_origins)
FIRE_ORIGIN_REACH = 12  # words from that noun to the last place of the origin it tells
FIRE_FROM_STRIKES = wordset("fire_from_strike")  # "قصف مدفعي من مواقعها في X" (_fire_origin_starts)
FIRE_FROM_SITES = FIRE_POSITION_NOUNS | wordset("fire_origin_site")  # "من مواقعها"، "من مواقع القوات"
FIRE_FROM_REACH = 5  # words from the strike word back from "من"
RESIDENTS_OF_IT = wordset("residents_of_it")  # "سكانها"
RESIDENTS_SUFFIXES = wordset("residents_pronoun_suffix")
COMPLEMENTIZERS = wordset("complementizer_word")  # "إن"، "أن": a clause opens, its subject follows
SEQUENCE_JOIN_REACH = 6  # words from the verb after "قبل أن" to a verb joined to it ("قبل أن يفتشوا المنازل ويعتقلوا")
FRONTED_RESIDENTS_REACH = 6  # words from a fronted subject's residents word to its flight ("مئات من سكانها فروا")
QUARTERS_OF_IT = wordset("quarters_of_it")  # "من أحيائها"
RECALLED_STRIKES = wordset("recalled_strike_noun")  # "بعد يومين من الهجوم": the strike told before
SPAN_UNITS = wordset("time_span_unit")
TIME_HEADS = wordset("temporal_head")
SPAN_FROM = wordset("time_span_from")  # "بعد يومين من الهجوم"
UNNAMED_PLACES = wordset("unnamed_place_noun")  # "مكاناً آخر يفرون إليه": a place the clause does not name
UNNAMED_ADJECTIVES = wordset("unnamed_place_adjective")
OFFICE_SEAT_REACH = 4  # words from an office's head noun to its seat ("قيادة الأمن الداخلي بدرعا")
THEN_LINKERS = wordset("then_linker")  # "ثم دخلتها": the next happening of one sequence
OWN_PRONOUNS = wordset("trigger_own_pronoun")  # "انسحاب قسد منها": the place the trigger itself leaves or takes
OWN_PRONOUN_REACH = 3  # words from the trigger to such a pronoun ("انسحاب مقاتلي قسد منها"); the words of a named
# force between them do not count: its name is one noun phrase however long ('انسحاب مقاتلي "مجلس منبج العسكري" منها')
RESULT_OF = wordset("result_verb")  # "أسفرت عن إلقاء القبض": what the happening just told brought about
RESULT_PREPS = wordset("result_preposition")
EXCHANGE_HEAD = wordset("exchange_head")  # "تبادل لإطلاق النار": an exchange of fire is the fire (task read26c)
CAUSATIVE = wordset("causative_verb")  # "ما دفع العائلات إلى الفرار"
COMPEL_PREPS = wordset("compel_preposition")  # "ما أجبر الأهالي على النزوح" (task conv36)
CAUSATIVE_REACH = 5  # words from the causative verb to the إلى before the flight (its object between)
FOLLOW_VERBS = wordset("follow_verb")  # "وتبعه اقتحام": what follows came after the happening just told
FOLLOW_OBJECT = wordset("follow_object")  # "وتلا ذلك دخول"
# "تشهد المنطقة منذ أشهر عمليات اغتيال متكررة": what a place witnesses over a long span, repeated or spreading, is a
# trend, no event (PlaceRules._witnessed_trend, task witness35)
TREND_MARKERS = wordset("witnessed_trend_marker")
TREND_SPAN_LEADS = wordset("witnessed_trend_span_lead")
TREND_SPAN_NOUNS = wordset("witnessed_trend_span_noun")
TREND_SPAN_REACH = 2  # words from the span's lead to its noun ("منذ مطلع العام"، "منذ ذلك الحين")
TREND_RECENT = wordset("witnessed_trend_recent")
TREND_SHORT_TIME = wordset("witnessed_trend_short_time")
TREND_TALLY_VERBS = wordset("witnessed_trend_tally_verb")  # "، إذ وثقت الشبكة أكثر من ثلاثين عملية": a tally
WITNESSED_TIME = wordset("time_span_noun") | wordset("period_noun")  # "شهدت الأيام الماضية قصفاً على X": a time subject
SUBORDINATE_THAT = wordset("subordinate_that")  # "أن": a clause opens ("منذ أن دخلها المقاتلون": the happening a span starts from)
WITNESS_OBJECT_PRONOUNS = tuple(wordlist("witnessed_object_suffix"))  # "مواجهات يشهدها الحيان": told before it
ASIDE_REACH = 12  # words of an aside between commas after a fronted subject place ("X، التي ...، قد شهدت")
QAD_PARTICLES = wordset("qad_particle")  # "وكانت X، ...، قد شهدت": the particle between the aside and the verb
WITNESS_SUBJECT_REACH = 6  # words from a place to the witness verb it is the subject of ("قرية X في ريف Y شهدت")
SINCE_LINKERS = wordset("since_linker")  # "بعد يومين من اختطافهما": what came before the happening just told
SINCE_OF = wordset("since_of")  # its "من"/"على"
POSSESSIVE_PEOPLE = wordset("possessive_people_suffix")  # "ـهما"، "ـهم": whose kidnapping it was
_ANTECEDENT_REACH = 10
# "بلدات ريف إدلب، مثل X وY"، "مناطق في ريف حلب، ومنها X": after a comma, a word that opens examples
_PRONOUN_LOCATIVES = wordset("pronoun_locative")  # "المنطقة العازلة وخارجها"
# "في محيط إدلب 12 نقطة مراقبة تركية أقيمت بموجب اتفاق آستانة، أبرزها X": how many words the counted noun and its
# qualifiers may run between a framing area and the superlative of examples after a comma (_superlative_after)
_SUPERLATIVE_REACH = 12
_EXAMPLE_SUPERLATIVE = wordset("example_superlative")
_EXAMPLE_WORDS = wordset("list_intro_word") | wordset("inclusion_word") | wordset("example_word") \
    | wordset("strike_participle")  # "غارات على ريف X، مستهدفةً بلدتي Y وZ": the targets in the area
# How many words a list's last named member may stand before the relative pronoun that hangs on the list
# ("والمطار العسكري (شرق) وفرع Y للمخابرات العسكرية (غرب) التي": an unnamed member and its qualifier).
_ANTECEDENT_GAP = 7
# "داعل من أولى مدن حوران التي دخلتها القوات": a rank word, then a plural of places (with the area they lie in):
# the relative clause tells of the class, and the place ranked in it (before "من") is where it happened
CLASS_RANKS = wordset("class_rank_word")
CLASS_FROM = wordset("class_rank_from")  # the "من" before the rank word
ANNOUNCER_VERBS = wordset("authority_announcer_verb")  # "وفرضت حظراً للتجوال" after a force's move
COORDINATED_REACH = 8  # words a verb opening the next clause with و may stand after the place it shares
# Kinds of place that locate a town named just before them rather than being an event place of their own.
# How many words an epithet in apposition may run between a place and the في that locates it (_after_epithet).
EPITHET_REACH = 4
_REGION_KINDS = ("countryside", "governorate", "region", "area", "district")
ADJECTIVE_REACH = 3  # relational adjectives a place may carry before the region that locates it
# "بلدة X في قضاء Y"، "قرية X بمنطقة Y": an administrative unit's noun between a place and the next: that one locates
DISTRICT_NOUN = wordset("district_noun")
SPREAD_PLURALS = wordset("spread_plural_noun")
UNNAMED_TARGET_REACH = 4  # words an unnamed target ("أحياء سكنية") may stand before an origin's "انطلاقاً من"
# Words that head a place's name after a preposition ("من بلدتي X وY", "من حي X").
_PLACE_HEADS = CUE_NOUNS | PLACE_CUE_WORDS


def _name_start(toks, i: int) -> int:
    """Where the phrase of a place named at token ``i`` begins: its place noun right before it ("بلدة X"،
    "حي X"), else the name itself; the words that govern the place stand before this token."""
    return i - 1 if i >= 2 and toks[i - 1].bare in _PLACE_HEADS else i


# Types whose people leave a place: the place after "من" is theirs, not an origin to drop.
LEAVING_TYPES = frozenset({"withdraw", "displacement", "evacuation"})
# Types whose place may be where their people come from ("نزح أهالي X"، "تظاهر أهالي X"); for any other type
# "سكان X"، "أهالي X" names whose the people are, not where it happened (``PlaceRules._not_residents``)
RESIDENTS_ACT_TYPES = LEAVING_TYPES | {"protest"}
# "اتفاق سوتشي"، "مسار أستانا": nouns of a deal or a process that a city abroad names (_deal_names)
DEAL_NAME_HEAD = wordset("deal_noun") | wordset("deal_name_head")
QUARTER_KINDS = frozenset({"neighbourhood"})  # a singular "الحي" (_singular_noun)
DURING_PRONOUNS = wordset("during_pronoun")
ENDED_WITH = wordset("ended_with_verb")  # "اشتباكات ... انتهت باتفاق": what the happening told ended with
ENDED_WITH_CLITIC = tuple(wordlist("ended_with_clitic"))  # its ب
DURING_TYPES = frozenset({"casualties", "displacement", "other"})  # what happens during a battle or a campaign
# a toll and the strike that makes one: they borrow no list of places a happening without a fight shared
# (``PlaceRules.list_of_no_fight``)
TOLL_OR_STRIKE = frozenset({"casualties", "attack"})
# a counted plural ("البلدات الثلاث") -> the kinds of the places it counts
COUNTED_PLURALS = {w: frozenset(SETTLEMENT_KINDS) for w in wordset("counted_settlement_plural")} \
    | {w: frozenset({"neighbourhood", "housing"}) for w in wordset("counted_quarter_plural")}
OLD_CITY_ADJ = wordset("old_city_adjective")  # (_old_city)
INSTITUTION_HEADS = wordset("institution_head")  # (_in_speaker)
SEAT_CLITIC = tuple(wordset("office_seat_clitic"))  # the seat of an office joined to its name (_in_speaker)
DEMONSTRATIVES = wordset("demonstrative")  # "تلك النقاط" (_demonstrated_list)
DEMONSTRATED_PLURALS = wordset("demonstrated_place_plural")
UNIT_OWNER_REACH = 3  # words from a noun of members to the unit owning them ("تعزيزات عسكرية جديدة للفرقة")
_BELONGING_LAM = tuple(wordlist("belonging_lam"))  # the لـ of belonging before a definite unit
CLASH_PARTY_REACH = 5  # words from "بين" to a unit joined by "و" to the first party (_clash_party)
TARGET_RULE = "scope+target"  # how a trigger's place was found when an origin in its scope was set aside


# An entry told only with where it came from ("دخلت من جهة بلدة X"، "من محور X") names no place entered: the sentence
# gives it no event (GUIDELINES: a place the sentence does not name); an attack's or an advance's front stays.
ENTERED_FROM_TYPES = frozenset({"enter"})



def _in_speaker(view: SentenceView, i: int, p: Mention) -> bool:
    """"وقالت مديرية صحة إدلب إنها استقبلت جرحى"، "أعلنت قيادة الأمن الداخلي بدرعا مقتل عنصرين": a town inside
    the name of an institution that reports (a source span of read/sources.py whose name opens on a word of
    wordset institution_head), or joined to its end by the clitic "ب" of an office's seat, says whose office
    speaks, not where what it reports or receives happened; a place of the sentence's own ("في مدينة X") still
    is (task left26). A person's title ("قائد منطقة X") is no institution: it is left as it reads."""
    seat = view.toks[i].word.startswith(SEAT_CLITIC)
    return any(_institution(s) and (s.start <= p.start and p.end <= s.end or seat and 0 <= p.start - s.end <= 2)
               or seat and (s.start <= p.start and p.end <= s.end or 0 <= p.start - s.end <= 2)
               and _office_before(view, i, s)
               for s in view.sources)


def _office_before(view: SentenceView, i: int, s: Mention) -> bool:
    """"ونفى مصدر في قيادة الأمن الداخلي بريف دمشق لشام إف إم اعتقال أي من المحتجين": a source span that names an
    outlet (or a person) still holds the office its speaker belongs to; the place joined by the seat's "ب" within a
    few words after that office's head noun (wordset institution_head) is the office's seat, not where what it
    reports happened (task read22a)."""
    toks = view.toks
    heads = [k for k in range(max(0, i - OFFICE_SEAT_REACH), i)
             if toks[k].start >= s.start and not INSTITUTION_HEADS.isdisjoint(clitic_forms(toks[k].bare))]
    return bool(heads)


def _reporting_seat(view: SentenceView, i: int, trig: int, reports) -> bool:
    """"وقال مسؤول أمني في اللاذقية إن الحملة أسفرت عن القبض على ..."، "وأفاد مراسلنا في ريف دمشق بأن وحدات
    طوّقت ...": a place after "في" in the reporting clause (after its verb, before the "أن/إن" that opens the report)
    says where the speaker sits; a trigger inside the report does not take it backward ("مصدر من داخل السجن"
    still tells where it happened; task read21a). Not when the complementizer carries the speaker as its subject
    ("وقالت فصائل في السويداء إنها سيطرت على ..."): what the speaker did, it did where it sits; nor for residents,
    witnesses and local sources (wordset on_the_spot_source_kind: "ويقول سكان في مضايا إن القناصة ..."), who
    tell what happens where they live."""
    toks = view.toks
    that = next((q for q in range(i + 1, trig) if THAT_FORMS.intersection(clitic_forms(toks[q].bare))), None)
    if that is None or not any(r < i for r in reports) or not SPEAKER_SUBJECT.isdisjoint(clitic_forms(toks[that].bare)):
        return False
    if not any(toks[k].bare in IN for k in (i - 1, i - 2) if k >= 0):
        return False
    start = toks[i].start
    speaker = max((s for s in view.sources if s.end <= start), key=lambda s: s.end, default=None)
    return speaker is None or speaker.attrs.get("kind") not in ON_THE_SPOT


def _institution(s: Mention) -> bool:
    """Whether a source's name opens on an institution's head noun ("مديرية"، "قيادة"، "وزارة")."""
    words = fold_text(s.attrs.name).split() if s.attrs.name else []
    return bool(words) and not INSTITUTION_HEADS.isdisjoint(clitic_forms(words[0]))


def _ranked_member(toks, i0: int, before: dict) -> Mention | None:
    """"وتعد داعل من أولى مدن حوران التي دخلتها قوات النظام": the place ``i0`` a relative clause hangs on is the
    area of a ranked class ("من أولى مدن"، "من أوائل بلدات"، "من أبرز قرى"), so the clause tells of the class, and
    the place named before "من" (``before``: places ending before ``i0``, by their end token) is its member, where
    it happened (task read21b). None when the words before ``i0`` are not that construction."""
    if i0 < 4 or toks[i0 - 1].bare not in SPREAD_PLURALS or toks[i0 - 2].bare not in CLASS_RANKS \
            or toks[i0 - 3].bare not in CLASS_FROM:
        return None
    last = max((e for e in before if e < i0 - 3), default=None)
    return before[last][1] if last is not None else None


def _clitic_cue(tok) -> bool:
    """A place noun with ب or ل written on it ("بمدينة"، "لبلدة"; not "بلدة", whose ب is its own)."""
    return tok.bare[:1] in _SURROUNDING_CLITICS and tok.bare[1:] in CUE_NOUNS


class PlaceRules:
    """Which places a trigger takes: its scope, a shared object, a back-reference, the narrative.

    A mixin of the extractor (``events._Extractor``), which holds the per-article state."""

    @staticmethod
    def _appositive_locators(view: SentenceView) -> set[int]:
        """A place right after another, with no "و" ("أعزاز شمال حلب") or with في/ب ("في المنطقة
        العازلة بريف القنيطرة"), only locates the first."""
        out = set()
        ordered = view.places_by_start
        last = view.place_last
        for (_i0, p0), (i1, p1) in zip(ordered, ordered[1:], strict=False):
            end0 = last[id(p0)]
            tok1 = view.toks[i1]
            if not usable_place(p0) or tok1.word.startswith(COORDINATION) or PlaceRules._resident(view, p0) or (
                    p0.attrs.get("kind") == "unit" and PlaceRules._clash_party(view.toks, _i0)):
                continue  # "سكان كفريا والفوعة في حي الراشدين": the second is where, not a locator (nor is the
                # place after a unit that is a party to a clash: "بين الفصائل والفرقة الرابعة في حي X")
            end0 = PlaceRules._past_time(view, end0, i1)  # "قرى X وY يوم أمس في ريف Z": the day between, then Z
            end0 = PlaceRules._past_river(view.toks, end0, i1)  # "بلدة X شرقي نهر الفرات في ريف Z": a bearing between
            adjacent = i1 == end0 + 1
            via_fi = i1 == end0 + 2 and view.toks[end0 + 1].bare in IN
            if via_fi and p0.attrs.get("kind") in SERVED_POST_KINDS and role_before(view.toks, _i0) is not None:
                continue  # "اعتقلت ضابطاً في الفرقة الرابعة في مدينة جبلة": his post; the town is where he was held
                # ("فرع المخابرات الجوية بحمص": ب on the town names which branch)
            # the place's span leaves a preposition out: one that starts with its word has none ("بالا")
            via_b = adjacent and tok1.bare.startswith(IN_CLITIC) and len(tok1.forms) > 1 and p1.start > tok1.start
            # "قرى X وY في ريف Z" read with Z a town the gazetteer has no countryside for: Z's countryside
            via_rif = i1 == end0 + 3 and view.toks[end0 + 1].bare in IN and view.toks[end0 + 2].bare in COUNTRYSIDE_NOUN
            via_rif = via_rif or PlaceRules._via_district(view.toks, end0, i1)
            region = p1.attrs.get("kind") in _REGION_KINDS
            if via_fi or via_b or via_rif or (region and (adjacent or PlaceRules._after_adjectives(view.toks, end0, i1))) or (
                    PlaceRules._after_epithet(view.toks, end0, i1)) or PlaceRules._via_b_head(view, end0, i1):
                out.add(i1)
        return out | PlaceRules._locators_after_loser(view) | PlaceRules._locators_after_backref(view)

    @staticmethod
    def _past_time(view: SentenceView, end0: int, i1: int) -> int:
        """The last word of a time phrase told right after a place and before the next place ("قرى X وY يوم أمس في
        ريف Z"، "بلدتي X وY صباح اليوم في ريف Z"): a time adverb does not part a place from its locator, which still
        only locates it (task left33); ``end0`` itself when no date mention starts right after it."""
        if not view.dates or i1 <= end0 + 2:
            return end0
        toks = view.toks
        for i, m in view.dates:
            if i == end0 + 1:
                last = token_at(toks, max(m.start, m.end - 1))
                return last if last < i1 - 1 else end0
        return end0

    @staticmethod
    def _past_river(toks, end0: int, i1: int) -> int:
        """The last word of a bearing from a river told right after a place and before the next one ("بلدة X شرقي
        نهر الفرات في ريف Z"، "قرية X غرب العاصي بريف Z"، "X على الضفة الشرقية لنهر الفرات في محافظة Z"): a river is
        no place (GUIDELINES: "شرق الفرات" is a region), its bearing only says where X lies, and the region after it
        still only locates X, as right after its name (task wrongplace42). ``end0`` itself when no such bearing
        starts right after it. A direction word (wordset direction_noun) then a river's noun (river_noun) and its
        name, or a river named alone (river_name); or "على" a bank (river_bank_noun), one adjective at most, then
        the river so told, ل written on it or not."""
        s = end0 + 1
        if i1 <= s + 1 or s >= len(toks):
            return end0
        k = s + 1
        if toks[s].bare in ON_PREP and toks[k].bare in RIVER_BANKS:
            k += 1
            if k < i1 and toks[k].word.startswith(tuple(ARTICLE)) and not RIVER_NOUNS.intersection(toks[k].forms) \
                    and not RIVER_NAMES.intersection(toks[k].forms):
                k += 1  # "الشرقية"
        elif toks[s].bare not in DIRECTION_NOUNS:
            return end0
        if k >= i1:
            return end0
        if RIVER_NOUNS.intersection(toks[k].forms):
            last = k + 1  # the river's name, one word
        elif RIVER_NAMES.intersection(toks[k].forms):
            last = k
        else:
            return end0
        return last if last < i1 else end0

    @staticmethod
    def _locators_after_backref(view: SentenceView) -> set[int]:
        """"استعاد الجيش السيطرة على البلدة الواقعة جنوب شرقي حمص": a participle of lying (wordset
        located_adjective, then في or not) after a back-reference to a settlement ("البلدة", "المدينة") says where
        the town told before lies; the place after it only locates, the event is the back-reference's (task read16)."""
        toks = view.toks
        out: set[int] = set()
        for i1, p1 in view.places:
            k = i1 - 2 if i1 >= 2 and toks[i1 - 1].bare in IN else i1 - 1
            if k >= 1 and toks[k].bare in LOCATED_ADJ \
                    and not set(BACKREF_KINDS.get(toks[k - 1].bare, ())).isdisjoint(SETTLEMENT_KINDS):
                out.add(i1)
            elif PlaceRules._countryside_of_backref(toks, i1, p1):
                out.add(i1)
        return out

    @staticmethod
    def _countryside_of_backref(toks, i1: int, p1) -> bool:
        """"خرجت الحافلات من البلدتين المحاصرتين في ريف إدلب الشمالي": a countryside or a governorate after في
        right after a back-reference to settlements (one adjective between at most) says where the towns told
        before lie; the event is the back-reference's (GUIDELINES: locators are not event places; task read18b)."""
        if getattr(p1.attrs, "kind", "") not in LOCATING_KINDS or i1 < 2 or toks[i1 - 1].bare not in IN:
            return False
        for k in (i1 - 2, i1 - 3):
            if k >= 0 and not set(BACKREF_KINDS.get(toks[k].bare, ())).isdisjoint(SETTLEMENT_KINDS):
                return k == i1 - 2 or toks[i1 - 2].word.startswith(tuple(ARTICLE))
        return False

    @staticmethod
    def _after_adjectives(toks, end0: int, i1: int) -> bool:
        """"بلدة معلولا المسيحية الأثرية، شمال شرقي دمشق": one to ADJECTIVE_REACH definite relational adjectives
        (ال, then wordlist relational_ending) describe the place before them; a region told right after them by
        its direction from a city (wordset direction_noun) locates that place, as it does right after its name
        ("صيدنايا، شمال دمشق"). A countryside named as such after the adjectives is left to the other readings.
        So does what a field or a plant yields ("حقل X للغاز، شرقي مدينة Y", wordset field_product; task read17a)."""
        gap = range(end0 + 1, i1)
        if toks[i1].bare not in wordset("direction_noun"):
            return False  # only a region told by its direction from a city ("شمال شرقي دمشق")
        ends = tuple(wordlist("relational_ending"))
        product = wordset("field_product")
        return 0 < len(gap) <= ADJECTIVE_REACH and all(toks[k].word in product or (
            toks[k].word.startswith(tuple(ARTICLE)) and len(toks[k].word) >= 5 and toks[k].word.endswith(ends)) for k in gap)

    @staticmethod
    def _via_district(toks, end0: int, i1: int) -> bool:
        """"سقطت قذائف على بلدة القصر في قضاء الهرمل"، "قرية X بناحية Y": the noun of an administrative unit
        (wordset district_noun), after في or with the clitic ب, heads the place that says where the first lies."""
        if i1 == end0 + 3:
            return toks[end0 + 1].bare in IN and toks[end0 + 2].bare in DISTRICT_NOUN
        tok = toks[end0 + 1] if i1 == end0 + 2 else None
        return tok is not None and tok.bare.startswith(IN_CLITIC) and any(f in DISTRICT_NOUN for f in tok.forms[1:])

    @staticmethod
    def _via_b_head(view: SentenceView, end0: int, i1: int) -> bool:
        """"مشفى X بحي الميدان": a place noun with the clitic ب right after a place ("بحي"، "ببلدة") heads
        the name that says where the first place lies: that place only locates. When its name is not in
        the gazetteer ("كنيسة X بحي Y في دمشق", Y unknown) the place after the next في/ب says where the
        first one lies: it only locates too, not a second event place."""
        toks = view.toks
        if end0 + 1 >= len(toks) or not _b_headed(toks[end0 + 1]):
            return False
        if i1 == end0 + 2:
            return True
        starts = {i for i, _ in view.places}
        return i1 == end0 + 4 and end0 + 2 not in starts and toks[end0 + 3].bare in IN

    @staticmethod
    def _after_epithet(toks, end0: int, i1: int) -> bool:
        """"بلدة X أبرز معاقل الفصائل في جبل Y", "تل X أعلى قمة في ريف Y": a superlative or rank in apposition
        to the place X, then في: the place after في tells where X lies, as in "X في Y" (wordset `epithet_head`); so
        does what X overlooks or borders ("المطل على Y", wordset `overlooking_participle`)."""
        if i1 == end0 + 3 and toks[end0 + 1].bare in OVERLOOKING and toks[end0 + 2].bare in ON_PREP:
            return True  # "جبل X المطل على مطار Y": what X overlooks only locates it
        gap = range(end0 + 1, i1 - 1)
        return (1 < len(gap) <= EPITHET_REACH and toks[end0 + 1].bare in EPITHET_HEAD
                and toks[i1 - 1].bare in IN and not any(toks[k].word.startswith(COORDINATION) for k in gap))

    @staticmethod
    def _locators_after_loser(view: SentenceView) -> set[int]:
        """"تحرير مدينة X من الفصائل في ريف Y": the force X is taken from stands between X and the place
        that locates it; Y still only says where X lies, as in "X في ريف Y"."""
        toks = view.toks
        # the words of "taken from" (من): both readings below need one
        taken = {k for k, t in enumerate(toks) if t.bare in TAKEN_FROM}
        out: set[int] = set()
        if not taken:
            return out
        ends = view.usable_ends
        # the last words of the forces named right after "X من" (found once, not once per place)
        losers = {a1 for a0, a1, _ in view.actors if a0 >= 2 and (a0 - 1) in taken and (a0 - 2) in ends}
        starts = {i for i, _ in view.places}
        for i1, p1 in view.places:
            tok1 = view.toks[i1]
            clitic = tok1.bare.startswith(IN_CLITIC) and len(tok1.forms) > 1 and p1.start > tok1.start
            last = i1 - 1 if clitic else i1 - 2  # the actor's last word
            if last < 2 or not (clitic or toks[i1 - 1].bare in IN):
                continue
            if last in losers:
                out.add(i1)
            elif p1.attrs.get("kind") in _REGION_KINDS and any(  # a force no lexicon names: 1-3 words
                    k >= 1 and k in taken and (k - 1) in ends and not (starts & set(range(k, last + 1)))
                    for k in range(last - 3, last)):
                out.add(i1)
        return out

    @staticmethod
    @needs_words(SURROUNDING_ADJ)
    def _surroundings_locators(view: SentenceView) -> set[int]:
        """"نزحت العائلات من القرى القريبة من X"، "القرى المحيطة بمدينة X"، "البلدات المجاورة لبلدة X": a plural of
        settlements (wordset plural_settlement_backref) or of positions (wordset surrounded_position_plural: "التلال"،
        "المواقع", task prec36) with an adjective of surrounding or nearness (wordset
        surrounding_adjective) names villages no map shows; the place after it (من, or ب/ل written on it) only says
        where they lie (GUIDELINES: locators are not event places; task read23a). "X والقرى المحيطة بها" still
        names X itself, before the villages."""
        toks = view.toks
        out: set[int] = set()
        for i, p in view.places:
            adj = next((k for k in range(i - 1, max(0, i - 4), -1) if toks[k].bare in SURROUNDING_ADJ), None)
            if adj is None or (PLURAL_SETTLEMENT_WORDS | SURROUNDED_POSITIONS).isdisjoint(
                    {toks[adj - 1].bare, toks[adj - 1].word, *toks[adj - 1].forms}):
                continue
            # between them only من, a place noun ("مدينة") or a word with ب/ل written on it ("لبلدة"); none: ب/ل on
            # the place's own word ("بالطبقة")
            # ("والقرى المحيطة وبلدة X": a new member of a list, not the villages' locator)
            gap = [toks[k] for k in range(adj + 1, i)]
            # (ب/ل on the place's own word links it; "و" there opens the next member: "البلدات المجاورة ومدينة X",
            # task read26c)
            linked = any(t.bare in NEAR_TAIL or _clitic_cue(t) for t in gap) or (
                not gap and p.start > toks[i].start and not toks[i].word.startswith(COORDINATION))
            if linked and all(t.bare in NEAR_TAIL or _clitic_cue(t) or (
                    t.bare in CUE_NOUNS and not t.word.startswith(COORDINATION)) for t in gap):
                out.update(range(i, view.place_last[id(p)] + 1))
        return out

    @staticmethod
    @needs_words(BELONGING)  # (as _belongs_to)
    def _belonging_locators(view: SentenceView) -> set[int]:
        """"في منطقة X التابعة لناحية Y": the place after "التابعة لـ" only says where the noun before
        it lies, also when that noun names a village no gazetteer knows; the event is at X, never at Y."""
        toks = view.toks
        out: set[int] = set()
        for i, p in view.places:
            last = token_at(toks, max(p.start, p.end - 1))
            if PlaceRules._belongs_to(view, i) or PlaceRules._bracketed_belonging(toks, i, last):
                out.update(range(i, last + 1))
        return out

    @staticmethod
    def _class_member(view: SentenceView, m: Match) -> Mention | None:
        """"يُذكر أن معرة مصرين كانت من أوائل البلدات التي خرجت عن سيطرة النظام في ريف إدلب": a trigger opening a
        relative clause on settlements a place is ranked among ("X كانت من أوائل البلدات التي"، "تعد X من أبرز
        المدن التي") tells what happened at that place; the area after it only locates them (task read25a)."""
        toks = view.toks
        k = m.i - 1
        if k < 3 or toks[k].bare not in RELATIVES or toks[k - 1].bare not in CLASS_SETTLEMENTS:
            return None
        f = k - 2 if toks[k - 2].bare in CLASS_RANKS else k - 1  # "من أوائل البلدات"، "من البلدات"
        if toks[f - 1].bare not in FROM_PREP or f < 2:
            return None
        f -= 1  # the "من"
        for i, p in reversed(view.places_by_start):
            last = token_at(toks, max(p.start, p.end - 1))
            if last >= f or not usable_place(p):
                continue
            between = [toks[j].bare for j in range(last + 1, f)]
            before = toks[i - 1].bare if i else ""
            if (len(between) <= CLASS_TOPIC_REACH and all(w in CLASS_COPULAS for w in between)
                    and (between or before in CLASS_COPULAS)):
                return p
            return None
        return None

    @staticmethod
    def _bracketed_belonging(toks, i: int, last: int) -> bool:
        """"قرية X التابعة لناحية تربه سبي (القحطانية)": the other name of the district, set off by marks on both
        sides right after its name (no "و" on it), a few words after "التابعة لـ", locates X as the district does;
        not a next member after a comma ("...التابعتين لمركز اللطامنة، تل هواش التابعة لـ ..."; task read25a)."""
        closed = last + 1 >= len(toks) or toks[last + 1].start - toks[last].end >= 2
        return 0 < i and closed and toks[i].start - toks[i - 1].end >= 2 \
            and not toks[i].word.startswith(COORDINATION) \
            and any(toks[k].bare in BELONGING for k in range(max(0, i - BRACKETED_BELONGING_REACH), i - 1))

    @staticmethod
    @needs_words(BETWEEN)
    def _stretch_bounds(view: SentenceView) -> set[int]:
        """"توغل في الشريط الحدودي بين X وY", "المنطقة الواقعة بين X وY": the pair after
        "بين" bounds a stretch (a strip, an area, a line) that a noun a few words before names; the event
        is in the stretch, not at its two ends (a road between two towns is read as a road already)."""
        toks = view.toks
        out: set[int] = set()
        for k, t in enumerate(toks):
            if t.bare not in BETWEEN or not any(toks[j].bare in BETWEEN_STRETCH for j in range(max(0, k - 3), k)):
                continue
            first = next((p for i, p in view.places_by_start if k < i <= k + 2), None)
            if first is None:
                continue
            g = first.attrs.get("group")
            for i, p in view.places:
                if p is first or (g not in (None, -1, "") and p.attrs.get("group") == g):
                    out.update(range(i, token_at(toks, max(p.start, p.end - 1)) + 1))
        return out

    @staticmethod
    @needs_words(FIRE_ORIGIN_NOUNS, FIRE_FROM_SITES)
    def _fire_origins(view: SentenceView, breaks: set[int]) -> set[int]:
        """"تعرضت بلدة X لقصف بقذائف الهاون مصدره مواقع قوات Y في جرود Z": the places after the noun of a fire's
        origin ("مصدره"، "مصدرها"), up to the end of its clause or to "على" (the target, "سقوط قذائف مصدرها مواقع
        قسد على حي X"), say where the fire came from: no event place (the strike is at its target; task read17a).
        So do the places after "من" and a firing position right after a strike ("قصف مدفعي من مواقعها في X"،
        "القذائف انطلقت من مواقع القوات في محيط بلدة X": task probe26), even with no target named."""
        toks = view.toks
        out: set[int] = set()
        for k in PlaceRules._fire_origin_starts(toks, breaks):
            end = next((j for j in range(k + 1, min(len(toks), k + FIRE_ORIGIN_REACH + 1))
                        if j in breaks or toks[j].bare in ON_PREP), min(len(toks), k + FIRE_ORIGIN_REACH + 1))
            last = -1  # the last token of the origin's place before
            for i, p in view.places:
                if not k < i < end:
                    continue
                head = _name_start(toks, i)
                if last >= 0 and head == last + 1 and not toks[head].word.startswith(COORDINATION):
                    break  # "طال قصف مصدره مواقع الجيش في جبل X مدينة Y": a place right after the origin's, no
                    # preposition nor "و" between, is the verb's object, the place struck (task roles19)
                if last >= 0 and toks[k - 1].bare in ORIGIN_FROM and not (
                        head == last + 1 and toks[head].word.startswith(COORDINATION)):
                    break  # "قصف انطلاقاً من قاعدته في بلدة X مواقع القوات في مدينة Y": after "من" the origin is
                    # its first place and the list it heads; a place further on is the target (task probe26)
                last = token_at(toks, max(p.start, p.end - 1))
                out.update(range(i, last + 1))
        return out

    @staticmethod
    def _fire_origin_starts(toks, breaks: set[int]) -> list[int]:
        """Where a fire's origin is told: a noun of origin ("مصدره"), or the firing position after "من" (wordsets
        fire_position_noun, fire_origin_site) when a strike word (wordset fire_from_strike) stands a few words
        before "من", no clause break between: "انسحبت القوات من مواقعها في X" tells a place left, not a fire."""
        out = []
        for k, t in enumerate(toks):
            if t.bare in FIRE_ORIGIN_NOUNS:
                out.append(k)
            elif t.bare in ORIGIN_FROM and k + 1 < len(toks) and toks[k + 1].bare in FIRE_FROM_SITES and any(
                    not FIRE_FROM_STRIKES.isdisjoint(toks[j].forms) and not any(b in breaks for b in range(j + 1, k + 1))
                    for j in range(max(0, k - FIRE_FROM_REACH), k)):
                out.append(k + 1)
        return out

    @staticmethod
    @needs_words(VAGUE_HAPPENINGS | VAGUE_WITNESSED)
    def _what_happened_places(view: SentenceView) -> set[int]:
        """"في مشهد يذكر بما جرى في حلب"، "على غرار ما حدث في X"، "يفوق ما شهدته مدينة X": a place of "what
        happened" (a relative ما, a verb that names no happening of its own: wordsets vague_happening_verb and
        vague_witness_verb) is that of a comparison or of history told without an event; no trigger of the
        sentence takes it (task roles19). A past event told with its own verb ("كما سيطرت على X عام 2016") is
        unaffected."""
        toks = view.toks
        out: set[int] = set()
        for i, p in view.places:
            head = _name_start(toks, i)
            told_in = head >= 3 and toks[head - 1].bare in IN and toks[head - 2].bare in VAGUE_HAPPENINGS \
                and toks[head - 3].bare in WHAT_RELATIVES
            witnessed = head >= 2 and toks[head - 1].bare in VAGUE_WITNESSED and toks[head - 2].bare in WHAT_RELATIVES
            if told_in or witnessed:
                out.update(range(head, token_at(toks, max(p.start, p.end - 1)) + 1))
        return out

    @staticmethod
    @needs_words(UNIT_EPITHETS | INSTITUTION_SERVICES)
    def _unit_epithet_names(view: SentenceView) -> set[int]:
        """"لواء صقور جبل الزاوية"، "كتيبة أحرار تلبيسة"، "تجمع ثوار مدينة الرستن": a unit's head noun, then an
        epithet of its fighters (wordset unit_epithet), then a place: the place is part of the unit's name (where
        its men come from), not where it fights. "عنصر من فوج تابع لقيادة شرطة حماة ... في بلدة Y": an
        institution's head and service (wordsets service_institution_head, institution_service) before a place name the
        institution; it is no event place when the sentence names another (alone, "اقتحموا مبنى قيادة شرطة X"
        tells where). Token indices of such places (task roles19)."""
        toks = view.toks
        units: set[int] = set()
        offices: set[int] = set()
        for i, p in view.places:
            head = _name_start(toks, i)
            if head < 2:
                continue
            span = range(head, token_at(toks, max(p.start, p.end - 1)) + 1)
            if toks[head - 1].bare in UNIT_EPITHETS and toks[head - 2].bare in UNIT_HEADS:
                units.update(span)
            elif toks[head - 1].bare in INSTITUTION_SERVICES and toks[head - 2].bare in SERVICE_HEADS:
                offices.update(span)
        named = units | offices
        if offices and not any(i not in named and usable_place(p) for i, p in view.places):
            return units
        return named

    @staticmethod
    def _capitals_as_states(view: SentenceView) -> set[int]:
        """A capital abroad that is also an actor and that no preposition introduces stands for its
        state ("الهدنة التي سعت إليها واشنطن", "ليضع أنقرة في مواجهة"): it is no event place. With one
        ("في واشنطن", "إلى العاصمة الإيرانية طهران") it stays a place."""
        toks = view.toks
        actor_spans = {(a.start, a.end) for _, _, a in view.actors}
        out: set[int] = set()
        starts = {a0: a for a0, _, a in view.actors}
        ends = {a1 for _, a1, _ in view.actors}
        for i, p in view.places:
            # a place at home stands for its state only as a party (below); one abroad only where it is
            # also an actor: most places are neither, and are passed before their last token is looked for
            home = at_home(p)
            if home and fold_text(p.attrs.get("name") or p.text) not in SEAT_OF_GOVERNMENT:
                continue
            if not home and (p.start, p.end) not in actor_spans:
                continue
            last = token_at(toks, max(p.start, p.end - 1))
            # "الاتفاق بين دمشق وقسد"، "توصلت دمشق وقسد إلى": the home capital joined by و to a force, with
            # no preposition of its own, is the government beside that force, a party
            if home and not (
                (last + 1 in starts and toks[last + 1].word.startswith(COORDINATION))
                or (toks[i].word.startswith(COORDINATION) and i - 1 in ends)
                # "وقالت دمشق إن"، "ونفت دمشق أن": the capital as the subject right after a reporting
                # verb is the government speaking, as "قالت أنقرة" is (a place needs a preposition)
                or (i > 0 and not toks[i].word.startswith(COORDINATION) and _speaks(toks[i - 1].bare))):
                continue
            tok = toks[i]
            clitic = tok.word.startswith(IN_CLITIC + LAM) and len(tok.forms) > 1
            # "... قرب الحدود، قالت أنقرة إنها": right after its reporting verb the capital speaks, whatever
            # preposition an earlier clause left a few words before (task probe15)
            speaks = i > 0 and not tok.word.startswith(COORDINATION) and _speaks(toks[i - 1].bare)
            if clitic or (not speaks and any(toks[k].bare in PLACE_PREPOSITION for k in range(max(0, i - 3), i))):
                continue
            out.update(range(i, last + 1))
        return out

    @staticmethod
    def _clash_party(toks, i: int) -> bool:
        """A unit right after "بين", or joined by "و" to a force named right after it ("بين فصائل المعارضة
        واللواء 80 في X"), is a party to the clash, not its place (task probe19)."""
        if toks[i - 1].bare in BETWEEN:
            return True
        return toks[i].word.startswith(COORDINATION) and any(
            toks[k].bare in BETWEEN for k in range(max(0, i - CLASH_PARTY_REACH), i))

    @staticmethod
    def _unit_subject(view: SentenceView, i: int, end: int, verbs: frozenset[int]) -> bool:
        """A unit right after a verb, with a place after it, is the verb's subject ("وقصفت الفرقة الرابعة بلدة X"،
        "ودخلت الفرقة الرابعة مدينة Y"): the force that acts, the place after it is what it acts on. After a
        noun ("استهدفت الفصائل الفرقة الرابعة") the unit is the object and stays a place (task left33)."""
        toks = view.toks
        if not (i - 1 in verbs or _verb_only(toks[i - 1])):
            return False
        return any(k > end and usable_place(p) for k, p in view.places)

    @staticmethod
    def _announcing_units(view: SentenceView) -> set[int]:
        """A unit that speaks or mourns: right after a verb of reporting or of an obituary, or after its organ
        ("قيادة"، "المكتب الإعلامي") right after one ("تنعى قيادة الفرقة 66 الشهيد ..."، "أعلنت قيادة اللواء 47
        مقتل ثلاثة من عناصرها"): the verb's subject, who tells of the dead, not where they fell; its number is
        its name, no toll (task misread26). Token indices of such units."""
        toks = view.toks
        out: set[int] = set()
        for i, p in view.places:
            if p.attrs.get("kind") != "unit" or i < 1:
                continue
            k = i - 1
            while k > 0 and toks[k].bare in UNIT_ORGANS and i - k <= 2:
                k -= 1
            if _speaks(toks[k].bare) or toks[k].bare in OBITUARY_VERBS:
                out.update(range(i, token_at(toks, max(p.start, p.end - 1)) + 1))
        return out

    @staticmethod
    def _unit_owner(view: SentenceView, i: int, end: int) -> bool:
        """A unit after the لـ of belonging, a few words after a noun of its members or detachments, with a place
        after it ("تعزيزات عسكرية جديدة للفرقة الرابعة إلى محيط X"، "عناصر تابعون للفرقة الرابعة في X"): it owns them,
        the force, not where they go (task left33). Without a place after it ("وصلت تعزيزات للفرقة") it is left."""
        toks = view.toks
        if not toks[i].bare.startswith(_BELONGING_LAM):
            return False
        if not any(UNIT_MEMBERS & {t.word, t.bare} for t in toks[max(0, i - UNIT_OWNER_REACH):i]):
            return False
        return any(k > end and usable_place(p) for k, p in view.places)

    @staticmethod
    def _deal_names(view: SentenceView) -> set[int]:
        """A city abroad right after a deal or process noun names the deal ("اتفاق سوتشي"، "مسار أستانا"،
        "ببنود اتفاقية سوتشي"): the deal concerns a place in Syria, the city is where it was signed or talked
        over, no event place (task probe19)."""
        toks = view.toks
        out: set[int] = set()
        for i, p in view.places:
            if i < 1 or at_home(p) or not set(toks[i - 1].forms) & DEAL_NAME_HEAD:
                continue
            out.update(range(i, token_at(toks, max(p.start, p.end - 1)) + 1))
        return out

    @staticmethod
    def _road_course(view: SentenceView, m: Match, idx) -> bool:
        """An entry or arrival in a sentence that tells a road's course ("مروراً بين سلمى وربيعة، ويدخل
        ريف إدلب"، "الطريق الرابط بين حلب وحماة، وصولاً إلى دمشق") is the road's, not a force's: no event,
        unless a force is named just before the road's course or as the subject after the trigger
        ("تقدمت القوات مروراً بـ X ووصلت إلى Y")."""
        route = [k for k in idx["route"] if k < m.i]
        if not route:
            return False
        lo, hi = max(0, route[-1] - 6), m.j + 3
        return not any(lo <= a0 < hi for a0, _, _ in view.actors)

    @staticmethod
    def _located_by_generic(view: SentenceView, idx) -> set[int]:
        """Places that only locate a generic or counted noun: "عشرات القرى والبلدات في ريفي حماة",
        "عدد من القرى في ريف حماة الشرقي", "عدة بلدات بريف درعا", "عدة قرى شرقي دير الزور"."""
        out = set()
        place_idx = view.place_tokens
        for i, p in view.places:
            tok = view.toks[i]
            prep_before = i and view.toks[i - 1].bare in IN
            # a name that starts with the letter ب keeps it ("منطقة بسيمة"): no preposition is attached
            prep_attached = tok.bare.startswith(IN_CLITIC) and len(tok.forms) > 1 and p.start > tok.start
            # "عدة قرى شرقي دير الزور": a countryside read from a bearing word locates the noun as في does
            bearing = p.attrs.get("kind") == "countryside" and i in idx["locative"]
            if not (prep_before or prep_attached or bearing) or p.attrs.get("facility"):
                continue  # ("مواقع قوات النظام في معسكر X": a site the map shows holds the positions struck; task roles19)
            lo = i - 1 if prep_before else i
            if bearing and not (prep_before or prep_attached):
                if i - 1 in idx["generic"] and i - 1 not in place_idx:
                    out.add(i)  # the bearing right after the generic noun; a bearing set off after a name is not
                continue
            if any(k in idx["generic"] and k not in place_idx for k in range(max(0, lo - 3), lo)):
                out.add(i)
                # "في ريفي حماة الشمالي والغربي": the whole list locates the noun, not its first member
                g = p.attrs.get("group")
                if g not in (None, -1, ""):
                    out.update(j for j, q in view.places if q.attrs.get("group") == g)
        return out

    @staticmethod
    def _destination_areas(view: SentenceView, idx, generic: frozenset[int]) -> set[int]:
        """Of the places that locate a generic noun, those locating where people go ("نزحوا باتجاه مناطق
        سيطرة النظام في X"): the areas they head for lie in X, so X is a destination of the displacement. Also
        those locating where they leave, a plural ("نزحت عائلات من القرى في ريف X"، "آلاف من سكان القرى في ريف X"):
        the villages left lie in X, its origin; "من قرية في ريف X" names none (task roles19)."""
        toks = view.toks
        out = set()
        for i in generic:
            lo = i - 1 if i and toks[i - 1].bare in IN else i
            if any(k in idx["generic"] and ((k - 1) in idx["toward"] or (toks[k].forms[-1] in SPREAD_PLURALS and (
                    (k - 1) in idx["from"] or (k >= 2 and toks[k - 1].bare in RESIDENT_NOUNS and (k - 2) in idx["from"]))))
                   for k in range(max(1, lo - 3), lo)):
                out.add(i)
        return out

    @staticmethod
    def _not_residents(view: SentenceView, places: list[Mention], etype: str) -> list[Mention]:
        """"فجر القافلة التي تنقل أهالي بلدتي X وY قرب حي Z": where people come from is not
        where a strike hits them; it stays the place of a departure (displacement, withdrawal)."""
        if etype in RESIDENTS_ACT_TYPES or len(places) < 2:
            return places
        resident = [p for p in places if PlaceRules._provenance(view, p)]
        rest = [p for p in places if p not in resident]
        return rest if resident and rest else places

    @staticmethod
    def _not_hometowns(view: SentenceView, places: list[Mention]) -> list[Mention]:
        """"أفرج المسلحون عن شاب من بلدة X"، "أفرجت السلطات عن موقوفين من أبناء محافظة X": a release (row flag
        held_people) names the people freed by where they come from; that hometown is not where they were set free,
        even when it is the only place told (the release then has none). A prison after "من" is where they were
        held ("عن 150 موقوفاً من سجن X"): it stays (task prec29)."""
        return [p for p in places if p.attrs.get("kind") == "prison" or not PlaceRules._provenance(view, p)]

    @staticmethod
    def _target_descriptions(view: SentenceView, m: Match, idx, etype: str) -> set[int]:
        """"استهدفت طائرة سيارة كانت متجهة إلى مدينة X قرب بلدة Y"، "تعرضت حافلة تقل عمالاً من X لهجوم في Y"، "قتل
        عنصر من الشرطة التي تحرس معبر X بانفجار في Y": a place governed by a word that describes the target (its
        heading, its origin, whom it carries or shelters, what it guards: wordset target_description_word), right
        or through "إلى/من/نحو", is no place of the strike or its toll, when the trigger's clause names another
        place after it (the toll's strike may be the next trigger: "بانفجار في Y"); alone it stays (the only place
        told). Token indices of such places and their lists, to skip."""
        if etype not in TARGET_DESCRIPTION_TYPES:
            return set()
        toks = view.toks
        lead = idx["toward"] | idx["from"]
        out: set[int] = set()
        for i, p in view.places:
            head = _name_start(toks, i)
            k = head - 1 if head >= 1 and (head - 1) in lead else head
            if any(toks[j].bare in TARGET_DESCRIPTION for j in range(max(0, k - TARGET_DESCRIPTION_REACH), k)):
                g = p.attrs.get("group")
                out.update(j for j, q in view.places if q is p or (g not in (None, -1, "") and q.attrs.get("group") == g))
        others = [i for i, p in view.places if i > m.i and i not in out and usable_place(p)]
        return out if out and others else set()

    @staticmethod
    def _unplaced_facilities(places: list[Mention]) -> list[Mention]:
        """"استهدفت بقذائف الهاون القاعدة التركية في مدينة X": a facility told by its kind (with the article, no name)
        and a nationality, that no town placed (unresolved, no coordinates), beside a place the map shows: the place is where it stands, the
        facility no event place of its own (task roles19)."""
        if len(places) < 2:
            return places
        unplaced = [p for p in places if p.attrs.get("facility") and p.attrs.get("lat") is None
                    and (p.attrs.get("name") or p.text).startswith(DEFINITE)]  # (a kind with its article, no name:
        # "حي الفردوس" unresolved is still a named quarter)
        if not unplaced or len(unplaced) == len(places):
            return places
        return [p for p in places if p not in unplaced]

    @staticmethod
    def _framing_areas(view: SentenceView, places: list[Mention]) -> list[Mention]:
        """"الغارات على مدن وبلدات ريف إدلب الجنوبي، مثل X وY": a place that a comma and an example word
        follow frames the examples the trigger names after it; the events are at the examples only
        (GUIDELINES: "a general area that frames examples gives events at the examples only")."""
        if len(places) < 2:
            return places
        toks = view.toks
        starts = {id(p): token_at(toks, p.start) for p in places}
        framed: set[int] = set()
        for p in places:
            last = view.place_last.get(id(p))
            k = last + 1 if last is not None else len(toks)
            if k < len(toks) and toks[k].bare in _PRONOUN_LOCATIVES and toks[k].word != toks[k].bare:
                last, k = k, k + 1  # "داخل المنطقة العازلة وخارجها، أبرزها X وY" (task read11)
            if k < len(toks) and toks[k].bare not in _EXAMPLE_WORDS and not opens_examples(toks, k):
                k = PlaceRules._superlative_after(view, k)  # "في محيط إدلب 12 نقطة مراقبة ...، أبرزها نقطة X"
                last = k - 1
            if k >= len(toks) or (toks[k].bare not in _EXAMPLE_WORDS and not opens_examples(toks, k)) \
                    or toks[k].start - toks[last].end < 2:
                continue  # no comma (or other mark) between the place and the example word
            if any(starts[id(q)] > k for q in places):
                framed.add(id(p))
        framed |= PlaceRules._framed_partners(places, framed, starts)
        rest = [p for p in places if id(p) not in framed]
        return rest if framed and rest else places

    @staticmethod
    def _framed_partners(places: list[Mention], framed: set[int], starts: dict[int, int]) -> set[int]:
        """"في محيط مدينتي X وY، أبرزها A وB": the dual (or list) of a place noun frames as one; the comma and the
        example word stand after its last member only, so the members before it (X) frame the examples too. Ids
        of the members of a framed place's list that stand before it (task probe30)."""
        groups = {p.attrs.get("group"): starts[id(p)] for p in places if id(p) in framed}
        groups = {g: at for g, at in groups.items() if g not in (None, -1, "")}
        return {id(q) for q in places if q.attrs.get("group") in groups and starts[id(q)] < groups[q.attrs.get("group")]}

    @staticmethod
    def _superlative_after(view: SentenceView, k: int) -> int:
        """"وتنتشر في محيط إدلب 12 نقطة مراقبة تركية أقيمت بموجب اتفاق، أبرزها نقطة X": the counted noun the
        area locates, and what qualifies it, may stand between the area and the superlative of examples
        ("أبرزها"، "أهمها": wordset example_superlative) that names its members; the area still frames them.
        Returns where that superlative stands, or ``k`` when no such word follows within reach with no other
        place between (task left22)."""
        toks = view.toks
        for q in range(k, min(len(toks), k + _SUPERLATIVE_REACH)):
            if q in view.place_tokens:
                return k
            if toks[q].bare in _EXAMPLE_SUPERLATIVE and q > k and toks[q].start - toks[q - 1].end >= 2:
                return q
        return k

    @staticmethod
    def _targets(view: SentenceView, places: list[Mention], idx, etype: str) -> list[Mention]:
        """An origin phrase ("انطلاقاً من X"، "قادمين من X"، "من محور X") names where an attack or a move
        starts, not where it lands: with a target named in the trigger's scope, the origin (and the list
        it heads) is no event place ("سيطرت على قرية Y انطلاقاً من بلدة X" -> Y). With none named
        ("السيطرة على أحياء المدينة الشرقية حياً بعد حي، انطلاقاً من حي X"، "هجوم شنته القوات انطلاقاً من
        X") the origin is the one place the sentence gives it: where the series began, the front the
        attack came from. A departure leaves its origin: that is its place (``_origins``)."""
        if etype in LEAVING_TYPES or not places:
            return places
        origins = PlaceRules._origin_places(view, idx)
        if not origins:
            return places
        if len(places) < 2:  # (the one place an origin: kept, unless the target is told unnamed)
            from_it = any(p is o for p in places for o in origins)
            if from_it and etype in ENTERED_FROM_TYPES:
                return []  # "دخلت آليات من جهة بلدة X": the place entered is not the one it came from (task probe23)
            return [] if from_it and PlaceRules._unnamed_target(view, origins) else places
        groups = {o.attrs.get("group") for o in origins} - {None, -1, ""}  # "انطلاقاً من X وY"
        rest = [p for p in places if not any(p is o for o in origins) and p.attrs.get("group") not in groups]
        if not rest and PlaceRules._unnamed_target(view, origins):
            return []  # "بقصف أحياء سكنية انطلاقاً من X": the target is told, unnamed; X is only where fire came from
        return rest or places

    @staticmethod
    def _origin_places(view: SentenceView, idx) -> list[Mention]:
        """Places right after an origin cue ("انطلاقاً من X"، "لقصف من بلدة X"): where a strike or a move came from.
        Also through a firing position ("انطلاقاً من قاعدته في بلدة X"، "قذائف من مواقعها في X") and after a launch
        verb whose subject stands before its "من" ("صواريخ أطلقتها الفصائل من بلدة X", ``_launched_from``)."""
        toks = view.toks
        out = []
        for i, p in view.places:
            head = _name_start(toks, i)
            at = head - 2 if head >= 2 and toks[head - 1].bare in FIRE_POSITION_IN \
                and toks[head - 2].bare in FIRE_POSITION_NOUNS else head  # "من قاعدتها في مدينة X"
            if (at - 1) in idx["origin"] or PlaceRules._launched_from(toks, at):
                out.append(p)
        return out

    @staticmethod
    def _launched_from(toks, at: int) -> bool:
        """"بصواريخ أطلقتها فصائل المعارضة من بلدة X": "من" before the place (or its firing position at ``at``),
        a launch verb a few words before it (its subject between): where the fire came from (task roles19)."""
        return at >= 2 and toks[at - 1].bare in ORIGIN_FROM and any(
            toks[j].bare in LAUNCH_VERBS for j in range(max(0, at - 2 - LAUNCH_SUBJECT_REACH), at - 1))

    @staticmethod
    def _struck_subject_first(view: SentenceView, m: Match, places: list[Mention], idx) -> bool:
        """"حي X تعرض لقصف من بلدة Y": the place struck is the subject told before "تعرض"; when the one place
        in the trigger's scope is where the fire came from, it is no event place (task probe14)."""
        if "exposed" not in m.flags or not places or m.i == 0 or (m.i - 1) not in view.usable_ends:
            return False
        origins = PlaceRules._origin_places(view, idx)
        return all(any(p is o for o in origins) for p in places)

    @staticmethod
    def _unnamed_target(view: SentenceView, origins: list[Mention]) -> bool:
        """Whether a plural of places no name follows (wordset spread_plural_noun: "أحياء سكنية"، "قرى") stands
        a few words before the first origin ("بقصف أحياء سكنية انطلاقاً من X"): the strike's target is told,
        and it is not the origin."""
        toks = view.toks
        first = min(token_at(toks, o.start) for o in origins)
        lo = max(0, first - 1 - UNNAMED_TARGET_REACH)
        return any(toks[k].bare in SPREAD_PLURALS for k in range(lo, first - 1))

    @staticmethod
    def _provenance(view: SentenceView, p: Mention) -> bool:
        """Whether a place says whose people are ("أهالي X"، "شاب من بلدة X") rather than where a strike fell."""
        return PlaceRules._resident(view, p) or PlaceRules._hometown(view, p)

    @staticmethod
    def _hometown(view: SentenceView, p: Mention) -> bool:
        """"قتل شاب من بلدة X برصاص ... في Y": a place after من right after a noun of people (wordset dead_people:
        "شاب"، "طفلان"، "مدني"), its place noun between, says whose the victim is, as "أبناء X" does; the
        strike's place named after it is where he fell (task left23)."""
        toks = view.toks
        first = next((i for i, q in view.places if q is p), None)
        if not first:
            return False
        k = _name_start(toks, first) - 1
        if k < 1 or toks[k].bare not in FROM_PREP:
            return False
        # "سائق شاحنة من ريف X"، "عامل إغاثة من بلدة X": a noun of trade, the noun it governs between (task left32)
        # "بين مسلحين من البلدة وآخرين من بلدة X": a band named by its town (task read25a)
        return toks[k - 1].bare in PEOPLE_NOUNS or toks[k - 1].bare in TRADE_NOUNS \
            or toks[k - 1].bare in ORIGIN_GROUPS or (k >= 2 and toks[k - 2].bare in TRADE_NOUNS)

    @staticmethod
    def _resident(view: SentenceView, p: Mention) -> bool:
        """A place named as where people come from: "سكان X"، "أهالي X وY"، "أبناء بلدة X" (any member of that
        list)."""
        toks = view.toks
        g = p.attrs.get("group")
        grouped = g not in (None, -1, "")
        first = next((i for i, q in view.places if q is p or (grouped and q.attrs.get("group") == g)), None)
        if not first:
            return False
        # the first member of its list, its place noun between too: "سكان بلدة X"، "أهالي بلدتي X وY"
        head = _name_start(toks, first)
        return toks[first - 1].bare in RESIDENT_NOUNS or (head < first and toks[head - 1].bare in RESIDENT_NOUNS) \
            or PlaceRules._descends_from(toks, head) or PlaceRules._carried_from(toks, head - 1)

    @staticmethod
    def _descends_from(toks, head: int) -> bool:
        """"مقاتل ينحدر من حي X"، "طفل نازح من مدينة X": a word of descent or displacement, then "من", before the
        place (or its noun at ``head``): where a person comes from (wordset origin_descent_word, task roles19)."""
        return head >= 2 and toks[head - 1].bare in ORIGIN_FROM and toks[head - 2].bare in DESCENT_WORDS

    @staticmethod
    def _carried_from(toks, lead: int) -> bool:
        """"حافلات تقل مهجّرين من بلدتي X وY": where the displaced a convoy carries come from, after a verb of
        carrying (wordset carry_verb), is where they were driven from, not where a strike on them fell (task
        read18b)."""
        return lead >= 2 and toks[lead].bare in ORIGIN_FROM and toks[lead - 1].bare in DISPLACED_NOUNS and any(
            toks[k].bare in CARRY_VERBS for k in range(max(0, lead - 3), lead - 1))

    @staticmethod
    def _inside(view: SentenceView, m: Match, p: Mention, nxt: int) -> bool:
        """Whether "داخل" stands between an advance and its place (or is the back-reference itself)."""
        toks = view.toks
        at = token_at(toks, p.start) if p.sentence == view.index else nxt
        at = nxt if at < m.j else at  # a place named before: "داخلها" after the trigger points at it
        return any(toks[k].bare.startswith(INSIDE) for k in range(m.j, min(at + 1, nxt, len(toks))))

    def _shared_object(self, view, m: Match, idx, flags, skip: set[int]) -> list[Mention]:
        """Coordinated triggers share their object ("دخولهم وسيطرتهم على X"): a trigger with no place of
        its own takes the places of the next trigger joined to it by و; an agreement takes the places of
        what it sets out a few words on ("اتفاق يقضي بخروجهم من X"). An advance or a clash before a
        takeover is how it was taken ("التقدم والسيطرة على X"), not an event of its own."""
        toks = view.toks
        nxt = next((c for c in self._sentence_matches if c.i >= m.j and c.row.get("type") != "none"), None)
        if nxt is None or any(m.j < k <= nxt.i for k in self._breaks):
            return []
        joined = nxt.i == m.j and toks[nxt.i].word.startswith(COORDINATION) and len(toks[nxt.i].forms) > 1 \
            and m.row.get("type") in ("enter", "take_control", "withdraw", "deploy")
        # the parties may stand between the agreement and its terms verb ("اتفاق بين X و Y يقضي بخروج"، "ينص على")
        terms = "own_sentence" in flags and (nxt.i - m.j <= 3 or (
            nxt.i - m.j <= 8 and any(toks[k].bare in TERMS_VERBS for k in range(max(m.j, nxt.i - 2), nxt.i))))
        if not (joined or terms):
            return []
        # "اتفاق يقضي بخروج المقاتلين من X إلى Y": the deal concerns the place they leave, not where they go
        origin_only = "origin_only" in flags or (terms and not joined and nxt.row.get("type") in LEAVING_TYPES)
        return scope_places(view, nxt.j, self._ends.get(id(nxt), len(toks)), idx["locative"], idx["toward"],
                            origin_only, skip, idx["descriptor"])

    def _distance_is_advance(self, view, m: Match, idx) -> bool:
        """"على بعد 20 كم من X" is an advance at X when a force is at that distance: not when a relative
        clause or a place before it is described ("بلدة Y الواقعة على بعد 5 كم من X")."""
        lo = max(0, m.i - 4)
        if any(lo <= k < m.i for k in idx["relative"]):
            return False
        # "القاعدة قائمة قرب الحدود على بعد ..."، "الذي كانت القوات تتخذه قاعدة لها على بعد ...": described
        wide = max(0, m.i - 10)
        if any(wide <= k < m.i for k in idx["describe"] | {k for k in idx["relative"] if view.toks[k].bare in
                                                               RELATIVES}) and \
                not any(wide <= k < m.i for k in idx["subject"]):
            return False
        if any(lo <= k < m.i for k in idx["subject"]):
            return True
        if m.row.get("pattern", "").startswith(ARRIVE):
            return True
        toks = view.toks
        ends = view.place_ends
        return not ({m.i - 1, m.i - 2} & ends) and not (m.i and toks[m.i - 1].word[:1].isdigit())

    def _fallback_places(self, view, m: Match, prv: int, nxt: int, idx, continuation, fronted, made,
                         actor_idx, etype: str | None = None):
        """Places for a trigger that names none in its scope, most reliable first."""
        toks = view.toks
        inside = view.place_tokens
        breaks = self._breaks

        def same_clause(a: int, b: int, allowed: int = 0) -> bool:
            return sum(1 for k in breaks if a < k <= b) <= allowed

        # a row that opens on the road it closes ("إن الطريق أُغلق"): its first word is the back-reference; "الطريق"
        # recalls a road only there, never as another verb's object ("قبل أن يستعيدها الجيش ويعيد فتح الطريق": the
        # town) nor as the object of a closing verb, which protesters' blocking shares ("أغلق محتجون الطريق الرئيسي
        # وسط المدينة": the town; task left25), unless an emphatic makes it the road named before ("قتل مدنيان على
        # الطريق ذاته"، "على نفس الطريق": task same36)
        refs = [k for k in idx["backref"] if prv <= k < nxt and k not in inside
                and ((k != m.i and (toks[k].bare not in ROAD_WORDS or _emphatic(toks, k)))
                     or (k == m.i and toks[k].bare in ROAD_WORDS))
                and (k > m.i or same_clause(k, m.i)) and not self._resumptive(view, m, k)
                and not (k + 1 == m.i and toks[k].bare in EXISTENTIAL)  # "هناك معارك": there are
                and not ("loser" in m.flags and toks[k].word in IN_PRONOUNS)  # "سقط فيها": what fell there
                and not (indefinite_relative(toks, k, _stay_after_trigger(view, m, k)) and not _own_noun(m, k))]
        if "withdraw" in (m.row.get("type"), etype):  # "قبل أن ينسحبوا إلى داخل البلدة": where they went, not
            # where they left (a departure whose leavers make it a withdraw too: "تغادر الحي باتجاه وسط المدينة")
            # "باتجاه المربع الأمني وسط المدينة": any ref after a toward word of its clause is where they went
            refs = [k for k in refs if k < m.i or not any(m.i < t < k and same_clause(t, k) for t in idx["toward"])]
        leaving = _leaving_cause(view, m, made)
        if leaving:  # "انسحاب الفصائل منها إثر قصف عنيف": what made them leave, not a strike there
            refs = [k for k in refs if k > m.i]
        if _dated_recall(toks, m):
            return [], ""  # "ألقينا القبض عليهم في بلدة X بعد يومين من الهجوم": the strike told before (task probe25)
        if _describes_unnamed(toks, m):
            return [], ""  # "لا يملكون مكاناً آخر يفرون إليه": the verb describes an unnamed place, its pronoun
            # resumes that noun; no place is named, so no frame nor earlier place is its own (task probe25)
        seen = self._witness_places(view, m, actor_idx, idx)
        if seen and not self._own_pronoun(view, m, refs, idx):
            return seen, "witness"
        antecedent = self._relative_antecedent(view, m, prv, actor_idx, idx)
        if antecedent:
            return antecedent, "relative"
        if made and made[-1][0].sentence == view.index and m.j < len(toks) and toks[m.j].bare in DURING_PRONOUNS \
                and m.row.get("type") in DURING_TYPES:
            # "سيطرت على X بعد معارك قتل خلالها عشرون": a toll, a flight or an arrest during the happening told; not
            # a move, whose place is its own object ("وسيطرت خلاله على عدة قرى": villages no map names)
            return made[-1][1], "during"
        if made and made[-1][0].sentence == view.index and made[-1][0].type == "attack" and m.i > 0 \
                and toks[m.i - 1].word in ENDED_WITH and toks[m.i].bare.startswith(ENDED_WITH_CLITIC) and m.row.get("type") == "other":
            # "شهدت البلدة مواجهات انتهت باتفاق تسوية": the agreement that ended the fighting just told is at its
            # place; one that ended a campaign told by its takeover is the manner of that takeover ("استعادت
            # القوات الحي بعد حملة، انتهت باتفاق خرج بموجبه المقاتلون": GUIDELINES, manner), none (task recall38)
            return made[-1][1], "ended-with"
        first = min((k for k in refs if k > m.i), default=None)  # the back-reference word nearest after the trigger
        if first is not None and self._described_plural(view, first) and not (
                (etype or m.row.get("type")) in FLIGHT_TYPES and view.toks[first - 1].bare in HEADINGS):
            # "سير دوريات في القرى الجبلية" after one town: villages of its own, none named (task read19a); people
            # who flee "إلى القرى المجاورة" still leave the town told before (an unnamed destination)
            # (before the sequence's recall: "قبل أن يُطرد التنظيم من القرى المحيطة بها" names no place; task read23a)
            return [], ""
        if made and (self._in_sequence(toks, m.i) and (any(k > m.i for k in refs) or (
                m.j == m.i + 1 and object_pronoun(toks[m.i]))) or self._then_object(view, m, made)):
            if got := self._kind_noun_recall(view, m, refs, made[-1][1], actor_idx):
                return got  # "أقامت حاجزاً عند مدخل بلدة Y قبل أن تنسحب من القرية": the village, not the town
            return made[-1][1], "sequence"  # "سيطروا على X قبل أن ينسحبوا منها": the place of what came first
        if (got := self._left_where_entered(view, m, made, etype)) or (got := self._seized_where_entered(view, m, made)):
            return got, "sequence"
        got = self._recall(view, [k for k in refs if k >= m.i], actor_idx)  # k == m.i: the road a row opens on
        if got:
            return got
        if seen:
            return seen, "witness"
        opens_relative = m.i > 0 and toks[m.i - 1].bare in RELATIVES
        # "وقصفها الطيران الروسي": a verb, its object pronoun and its subject right after it, in a row that runs on
        # to its subject or arm; the word read as a verb though it may be a noun with a possessive (task left13)
        subject_next = m.i + 1 in view.actor_tokens
        suffix = (object_pronoun(toks[m.i], subject_next) or dual_object(m, toks[m.i])) \
            if (m.j == m.i + 1 or subject_next) and not opens_relative else ""
        got = self._recall(view, [m.i], actor_idx, suffix) if suffix else None
        if got:
            return got
        if "exposed" in m.flags and (got := self._exposed_topic(view, m, actor_idx)):
            return got
        if leaving and not self._struck_them(view, m):
            # "انسحبوا من بلدة X بعد قصف عنيف": the cause borrows the town they left no more than its pronoun, nor
            # the place of an earlier sentence (task back26)
            return [], ""
        reports = idx["report"]
        if claim := _denied_scene(view, m, made, reports):
            return claim, "denied-claim"  # "نفى أن يكون التنظيم قد دخل X، مؤكداً أن الجيش صد الهجوم" (task scoped41)
        if subject := self._subject_past_aside(view, m, idx, actor_idx):
            return subject, "aside-subject"  # "وكانت بلدة X، جنوبي Y، قد شهدت اشتباكات" (task placeless41)
        # the appositive locators and the places locating a generic noun, made once a sentence
        actor_idx = actor_idx | self._sentence_sets(view, idx)[4]
        # "قتل عشرات من أهالي X بانفجار ... في Y": whose the dead are is not where a strike fell, when the
        # sentence names a place after the trigger that is not such a provenance
        elsewhere = m.row.get("type") not in RESIDENTS_ACT_TYPES and any(
            i > m.i and usable_place(p) and not self._resident(view, p) for i, p in view.places)
        before = [(i, p) for i, p in view.places if prv <= i < m.i and usable_place(p)
                  and at_home(p)
                  and not (elsewhere and self._resident(view, p))
                  and i not in actor_idx and not (i and (i - 1) in idx["locative"])
                  and (m.i - i <= BACKWARD_REACH and same_clause(i, m.i, 1 if _struck_where_placed(toks, m) else 0)
                       or _title_seat_apposed(view, i, m.i, breaks, reports))
                  and not any(i < k < m.i for k in reports)
                  and not _in_speaker(view, i, p)
                  and not _reporting_seat(view, i, m.i, reports)]
        if before:
            last = max(before, key=lambda x: x[0])[1]
            g = last.attrs.get("group")
            # the whole list the last place closes, its first members beyond the reach too: "كانت بلدتا X وY
            # المجاورتان قد شهدتا في آب/أغسطس 2023 مواجهات" (task read16)
            group = [p for i, p in view.places if prv <= i < m.i and usable_place(p) and at_home(p)
                     and g not in (None, -1, "") and p.attrs.get("group") == g] or [last]
            if len(group) == 1 and (last.start, last.end) in self.memory.seats:
                # the last place is a speaker's seat or home: the salience model weighs it against the story's
                # places ("وقال ناشط من أبناء بلدة X إن العائلات نزحت" after the town told: task backref40)
                story, verdict = self.memory.story_over_seat(last, view.index)
                if story:
                    return story, f"backward+{verdict}"
            i_last = max(before, key=lambda x: x[0])[0]
            if m.i - i_last > BACKWARD_REACH or not same_clause(i_last, m.i, 1):
                return group, "backward+title-apposition"  # "رئيس بلدية X، اسمه، من محاولة اغتيال" (task seats42)
            return group, "backward"
        got = self._recall(view, [k for k in refs if k < m.i and not self._speaker_seat(toks, k, m.i, reports)],
                           actor_idx)
        if got:
            return got
        # a verb joined by "و" right after another event shares its place: "موجود في حمص وينتشر"
        head = toks[m.i]
        if made and head.word.startswith(COORDINATION) and head.forms[-1] != head.word and prv and (
                m.i - prv <= 4 or self._same_subject_clause(view, m, made[-1][1])):
            return made[-1][1], "coordinated"
        if made and self._announced_by_joined_verb(view, m, prv, made[-1][1]):
            return made[-1][1], "coordinated"
        if made and self._follows(toks, m.i):
            return made[-1][1], "followed"
        if made and made[-1][0].sentence == view.index and self._before_told(toks, m, made):
            return made[-1][1], "before-told"
        if (told := _told_before(view, m, made)) and self._resulted(toks, m.i):
            return told[-1][1], "resulted"
        if made and m.row.get("type") == "casualties" and self._second_that(view, prv, m.i):
            return made[-1][1], "that-clause"
        quarter = self._framed_quarter(view, m, fronted, actor_idx)
        if quarter:
            return quarter, "fronted+quarter"
        if fronted and (got := self._recall(view, self._clause_refs(m, nxt, idx, inside, same_clause), actor_idx)):
            return got  # "وفي ريف X، ... وسط قصف مكثف بالبراميل على المدينة": the weapon's own trigger ends the
            # scope, the back-reference after it in the same clause still names the place (task probe19)
        if fronted:
            told = self._told_in_frame(view, m, made, fronted, self._breaks)
            return (told, "fronted+told") if told else (fronted, "fronted")
        if there := self._where_clause_place(view, m):
            return there, "where"
        if continuation and self.prev_events and "own_sentence" not in m.flags \
                and not self._names_own_place(view, actor_idx | set(idx["report"])):
            last = self.prev_events[-1][1]
            if (etype or m.row.get("type")) not in FLIGHT_TYPES:
                # more than one place could be inherited (an origin and a refuge, a seat, a locator): the salience
                # model keeps the plausible ones (task backref40b)
                kept, verdict = self.memory.continued_places(last, view.index)
                if kept:
                    return kept, f"continuation+{verdict}"
            if self.list_of_no_fight(etype or m.row.get("type")):
                return [], ""
            return last, "continuation"
        if got := self._inherited_past_seats(view, m):
            return got
        return [], ""

    def _inherited_past_seats(self, view: SentenceView, m: Match):
        """"هاجمت الفصائل بلدة Y. وقال مصدر عسكري في مدينة X إن القوات انسحبت بعد ساعتين": a verb trigger of a report whose
        sentence names no place but its speaker's seat or home (before the trigger) inherits the place the salience
        model ranks above that seat, an event's place of the sentences just before (extract/salience.py
        INHERIT_REACH; task backref40). The rule names the verdict: ``inherit+salience(kind=town,took,dist=1)``."""
        head = view.toks[m.i].bare
        if "noun" in m.flags or not any(a.endswith("/v") for f in clitic_forms(head) for a in analyses(f)):
            return None  # "نفت الحكومة في دمشق أن تكون عرقلت وصول المساعدات": a happening named as an object
        seats = [p for i, p in view.places if usable_place(p) and at_home(p)]
        if not seats or any((p.start, p.end) not in self.memory.seats or view.place_last.get(id(p), m.i) >= m.i
                            for p in seats):
            return None
        story, verdict = self.memory.story_over_seat(seats[-1], view.index, reach=INHERIT_REACH)
        return (story, f"inherit+{verdict}") if story else None

    def list_of_no_fight(self, etype: str | None) -> bool:
        """Whether a toll or a strike of a continuing sentence ("وأضاف المصدر أن شاباً قتل برصاص مجهولين") would
        borrow a list of places from the sentence before whose event no fight is part of ("فرضت حظر تجوال على
        بلدات X وY وZ"، "انتشرت في قرى X وY وZ"): one killing is not at every place of a curfew, a deployment or
        an arrest campaign, and the list does not say at which, so it stays unlocated. A single place, or a
        list a strike or a battle told, is still the continuation's place (GUIDELINES; task misread38)."""
        if etype not in TOLL_OR_STRIKE or not self.prev_events:
            return False
        last, places = self.prev_events[-1]
        return len(places) > 1 and last.type not in FIGHT_TYPES and last.type not in TOLL_OR_STRIKE

    def _where_clause_place(self, view: SentenceView, m: Match) -> list[Mention]:
        """"رصدت الخاطفين في مزرعة على أطراف بلدة X، حيث جرى تبادل لإطلاق النار": "حيث" right after a place opens
        a clause on that place, so a happening told in it with no place of its own is there, not at the place of
        the sentence before (task read20b). Only the adverb a few words before the trigger, in its clause; a
        presence verb there is status, which the scope rules drop before this is asked."""
        toks = view.toks
        for k in range(m.i - 1, max(-1, m.i - 1 - WHERE_REACH), -1):
            if toks[k].bare in WHERE_ADVERBS and k:
                right = [p for _, p in view.places if view.place_last.get(id(p)) == k - 1 and usable_place(p)]
                return right or self._located_before_where(view, m, k) or self._where_after_comma(view, k)
            if any(b == k for b in self._breaks):
                return []
        return []

    def _located_before_where(self, view: SentenceView, m: Match, k: int) -> list[Mention]:
        """"توغلت قوة في قرية X بريف Y، حيث أقامت حاجزاً": the locator right before "حيث" only says where X lies;
        the clause it opens is on the place the locator locates (task scoped41). Not a definite happening, the one
        told before going on ("سيطروا على تل X بالقرب من بلدة Y، حيث لا تزال المواجهات مستمرة": no event of its own,
        as ``_where_after_comma``)."""
        if view.toks[m.i].bare.startswith(DEFINITE):
            return []
        mentions = self.article.mentions
        here = {p.start: p for _, p in view.places}
        out = []
        for _, p in view.places:
            if view.place_last.get(id(p)) == k - 1 and p.attrs.get("role") == "locator" \
                    and 0 <= (j := p.attrs.get("locates", -1)) < len(mentions):
                q = here.get(mentions[j].start)
                if q is not None and usable_place(q):
                    out.append(q)
        return out

    def _where_after_comma(self, view: SentenceView, k: int) -> list[Mention]:
        """"واصل مركز التسوية في مدينة X استقبال العناصر، حيث سلم المئات أسلحتهم": "حيث" after a comma, with no place
        right before it, opens a clause on the last place its sentence named before it (as a sentence opened by
        "حيث" goes on at the place just told, wordset place_carry_opener); only when the clause before tells no happening
        of its own; task probe32."""
        toks = view.toks
        if toks[k].start - toks[k - 1].end < 2:
            return []  # no comma (or other mark) between the clause before and "حيث"
        if any(c.i < k and c.row.get("type") != "none" for c in self._sentence_matches):
            return []  # "سيطروا على تل X قرب بلدة Y، حيث لا تزال المواجهات مستمرة": a clause that goes on with a
            # happening told before it is part of that one, not a happening of its own at its place
        before = [(view.place_last.get(id(p), -1), p) for _, p in view.places if usable_place(p)]
        before = [(last, p) for last, p in before if 0 <= last < k - 1]
        if not before:
            return []
        last = max(i for i, _ in before)
        return [p for i, p in before if i == last]

    def _struck_them(self, view: SentenceView, m: Match, reach: int = 3) -> bool:
        """A verb with an object pronoun right after the strike, in its clause ("إثر قصف مكثف طالها"): the strike
        says it fell on the place they left, so that place is its own; so does a possessive there ("بعد قصف على
        مواقعها": their positions). Only a suffix of two letters: a one-letter "ه" ends a folded ta marbuta too."""
        toks = view.toks
        return any(len(sfx) > 1 and toks[k].word.endswith(sfx) for k in range(m.j, min(len(toks), m.j + reach))
                   for sfx in OBJECT_PRONOUNS
                   if not any(m.j <= b <= k for b in self._breaks))

    @staticmethod
    def _names_own_place(view: SentenceView, skip: set[int]) -> bool:
        """A speaker's continuing sentence names a place of its own in Syria, in any clause, not an actor's nor a
        speaker's seat ("وأضافت المصادر أن الدورية أقامت حاجزاً عند مدخل بلدة X"; "أن الوحدات طوقت قريتي X وY،
        وباشرت عملية تمشيط"): it does not *only* continue the previous report (GUIDELINES), so a trigger of it
        that took no place is not the previous sentence's happening. "وأضاف أن القصف تجدد" names none and continues
        it (task back26). Until task cont41 only the trigger's clause counted: a placeless clause beside a clause
        naming its own towns took the previous sentence's place (readable sets pooled F1 .8817 -> .8834 with the
        wider test; the tolls that continue a fight have their own rule in extract/casualties.py)."""
        return any(usable_place(p) and at_home(p) and i not in skip and not _in_speaker(view, i, p)
                   for i, p in view.places)

    @staticmethod
    def _described_plural(view: SentenceView, k: int) -> bool:
        """A plural settlement noun with an adjective of its own ("القرى المرتفعة"، "البلدات الحدودية"): a set of
        places the adjective describes, none named, not a back-reference to a town named before (task read19a).
        A relative after it ("من أوائل البلدات التي شهدت") ranks the town it is said of: still a back-reference."""
        toks = view.toks
        if not PLURAL_SETTLEMENT_WORDS & {toks[k].bare, toks[k].word} or k + 1 >= len(toks) or k + 1 in view.place_tokens:
            return False
        nxt = toks[k + 1]
        if nxt.bare in RELATIVES or nxt.word in RELATIVES:  # "في البلدات التي هدأت فيها المعارك"
            return not (k and toks[k - 1].bare in PLURAL_RANK_HEADS)  # "من أوائل البلدات التي": X is one of them
        return nxt.word.startswith(tuple(ARTICLE)) and word_value(nxt.word) is None

    @staticmethod
    def _clause_refs(m: Match, nxt: int, idx, inside: set[int], same_clause) -> list[int]:
        """Back-reference words after the next trigger that stand in this trigger's clause, nearest first."""
        return [k for k in sorted(idx["backref"]) if k >= nxt and k > m.i and k not in inside and same_clause(m.i, k)]

    @staticmethod
    def _told_in_frame(view: SentenceView, m: Match, made, fronted: list[Mention], breaks: set[int]) -> list[Mention]:
        """"وفي محافظة دير الزور، قتل عنصران بانفجار عبوة قرب بلدة الشحيل، في حين لم تتبن أي جهة الهجوم": a
        fronted area frames the sentence; once the sentence has told a happening at a place of its own, a trigger
        with no place of its own that recalls it (a definite noun: "الهجوم") or describes it in its own clause
        ("عثروا على جثة شاب مقتولاً") is that happening's, not the frame's; a new happening of a later clause
        ("فيما تواصل نزوح العائلات") keeps the frame (task probe11). The places of the last event of this
        sentence, when none is the frame."""
        if not made:
            return []
        event, places = made[-1]
        if event.sentence != view.index or not places or any(p in fronted for p in places):
            return []
        toks = view.toks
        start = next((k for k, t in enumerate(toks) if t.start >= event.evidence.start), m.i)
        same_clause = not any(min(start, m.i) < b <= max(start, m.i) for b in breaks)
        return places if same_clause or toks[m.i].bare.startswith(tuple(ARTICLE)) else []

    def _pronoun_origin(self, view: SentenceView, m: Match, nxt: int, places: list[Mention], idx,
                        actor_idx: set[int]) -> list[Mention]:
        """"فروا منها ليلة أمس باتجاه مدينة X"، "نزوح عائلات منها نحو Y"، "نزح معظم سكانها نحو Z": a flight whose
        origin is told by a pronoun of من (or on its residents) before the destination it names leaves the place the
        pronoun recalls too (GUIDELINES:
        the origin and the destinations of a displacement count). Only a pronoun between the trigger and the
        first place it took; a named origin ("من X") is a place already. A back-reference noun after من ("نزحت
        عائلات من القرية نحو مدينة X") tells the origin the same way (task read11), and so does "من أحيائها" (its quarters, task read16b)."""
        toks = view.toks
        first = min((token_at(toks, p.start) for p in places), default=nxt)
        for k in range(m.j, min(first, nxt)):
            if k in view.place_tokens or k in self._breaks:
                return []
            noun = k > m.j and toks[k - 1].bare in ORIGIN_FROM and toks[k].bare in ORIGIN_NOUNS
            quarters = k > m.j and toks[k - 1].bare in ORIGIN_FROM and toks[k].bare in QUARTERS_OF_IT
            if toks[k].bare in RESIDENTS_OF_IT or quarters:  # "نزح خلالها جميع سكانها نحو X": they left the place
                # (task read11); "نزحت العائلات من أحيائها نحو X": its quarters, so the place too (task read16b),
                # one of its own sentence only: a fronted "وفي X،" whose gender the pronoun misses would send it
                # to a town of the paragraph before
                suffix = max((x for x in RESIDENTS_SUFFIXES if toks[k].bare.endswith(x)), key=len, default="")
                got = self.recalled_beside(view, [k], actor_idx, places, suffix)
                return [p for p in got if p.sentence == view.index] if quarters else got
            if (toks[k].bare in ORIGIN_PRONOUNS or noun) and k in idx["backref"]:
                return self.recalled_beside(view, [k], actor_idx, places)
        return []

    def _fronted_residents(self, view: SentenceView, m: Match, places: list[Mention], idx, actor_idx: set[int]
                           ) -> list[Mention]:
        """"وقال ناشطون إن مئات من سكانها فروا نحو مدينة X"، "عشرات العائلات من أهالي القرية نزحت باتجاه X"، "آلاف
        من سكان بلدة Y هربوا إلى X": a flight whose subject, told before its verb, is the residents of a place (its
        pronoun, a back-reference noun, or the place named) left that place, as a residents pronoun after the verb
        tells it (:meth:`_pronoun_origin`; GUIDELINES: the origin and the destinations of a displacement count;
        task recall36). Only a few words back in the verb's own clause; a speaker ("وقال أحد سكانها إن ...") or
        another place between them ends the search."""
        toks = view.toks
        for k in range(m.i - 1, max(-1, m.i - 1 - FRONTED_RESIDENTS_REACH), -1):
            if k in self._breaks or toks[k].bare in COMPLEMENTIZERS:
                return []  # ("وقال أحد سكانها إن عائلات فرت نحو X": the residents speak, they are not who fled)
            if k in view.place_tokens:
                start = next((i for i, p in view.places if i <= k <= view.place_last.get(id(p), i)), k)
                heads = [i for i in (start - 1, start - 2) if i >= 0 and i > m.i - 1 - FRONTED_RESIDENTS_REACH]
                if heads and toks[heads[0]].bare in PEOPLE_OF_HOME or (
                        len(heads) > 1 and toks[heads[1]].bare in PEOPLE_OF_HOME and toks[heads[0]].bare in CUE_NOUNS):
                    return [p for i, p in view.places if i == start and usable_place(p) and i not in actor_idx
                            and not any(p is q for q in places)]
                return []
            if toks[k].bare in RESIDENTS_OF_IT:
                suffix = max((x for x in RESIDENTS_SUFFIXES if toks[k].bare.endswith(x)), key=len, default="")
                return self.recalled_beside(view, [k], actor_idx, places, suffix)
            if toks[k].bare in PEOPLE_OF_HOME and (k + 1) in idx["backref"] and toks[k + 1].bare in ORIGIN_NOUNS:
                return self.recalled_beside(view, [k + 1], actor_idx, places)
        return []

    def recalled_beside(self, view: SentenceView, refs: list[int], actor_idx: set[int], places: list[Mention],
                        pronoun: str = "") -> list[Mention]:
        """The places the first back-reference of ``refs`` recalls (``_recall``) that the trigger has not taken
        already: an origin ("من الحي"، "منها"، "سكانها") or a list's first member ("المدينة وقرى X") added to them."""
        got = self._recall(view, refs, actor_idx, pronoun)
        return [p for p in got[0] if p not in places] if got else []

    def _backref_destination(self, view: SentenceView, m: Match, nxt: int, places: list[Mention], idx,
                             actor_idx: set[int]) -> list[Mention]:
        """"عادت مئة عائلة إلى المدينة خلال الشهر الجاري قادمة من مخيمات X وY": a return or a flight whose
        destination is a back-reference noun after إلى/نحو, before the origin it names, reaches the place the noun
        recalls too (the mirror of :meth:`_pronoun_origin`'s "من القرية نحو مدينة X"; task probe18). A pronoun of إلى
        ("وقد نزحت إليها آلاف العائلات من مدينة X") tells the destination the same way (GUIDELINES: destinations
        count, and "ـها" names the place it recalls; task conv36)."""
        toks = view.toks
        first = min((token_at(toks, p.start) for p in places), default=nxt)
        for k in range(m.j, min(first, nxt)):
            if k in view.place_tokens or k in self._breaks:
                return []
            if toks[k].bare in DESTINATION_PRONOUNS and k in idx["backref"] \
                    and not (m.i and toks[m.i - 1].bare in RELATIVES):
                # ("البلدة التي لجأ إليها نازحون من X": a relative clause that describes the town as a refuge
                # is no destination told; GUIDELINES: status)
                return self.recalled_beside(view, [k], actor_idx, places)
            if k > m.j and (k - 1) in idx["toward"] and toks[k].bare in ORIGIN_NOUNS and k in idx["backref"] \
                    and not (k + 1 < len(toks) and (toks[k + 1].bare in NEIGHBOUR_WORDS or k + 1 in view.place_tokens)):
                # ("إلى البلدة المجاورة مدينة X": a town described and then named, no back-reference)
                return self.recalled_beside(view, [k], actor_idx, places)
        return []

    def _kind_noun_recall(self, view: SentenceView, m: Match, refs: list[int], last: list[Mention],
                          actor_idx: set[int]):
        """"دخلت الدورية قرية X ... وأقامت حاجزاً عند مدخل بلدة Y، قبل أن تنسحب من القرية": after a sequence
        word, a noun of a kind of place ("القرية") that the place of what came first is not of points back at
        the last place of its own kind, not at that place."""
        toks = view.toks
        noun = next((k for k in refs if k > m.i and toks[k].bare in BACKREF_KINDS), None)
        if noun is None or any(p.attrs.get("kind") in BACKREF_KINDS[toks[noun].bare] for p in last):
            return None
        return self._recall(view, [noun], actor_idx)

    @staticmethod
    def _in_sequence(toks, i: int) -> bool:
        """"انسحبوا من البلدة نحو Y، قبل أن تدخلها القوات": the verb right after "قبل أن" tells the next happening
        of a sequence, and its object pronoun points at the place of the happening told first in the sentence
        (the town left), not at the last place named (where those who left went)."""
        return after_before_that(toks, i)

    @staticmethod
    def _then_object(view: SentenceView, m: Match, made) -> bool:
        """"طوّقت قوات الأمن البلدة مساءً، ثم دخلتها بعد منتصف الليل": a verb right after "ثم" whose object is its own
        pronoun tells the next happening of the sequence the sentence told first, so the pronoun is that happening's
        place, not the last place of its gender named before (a town people fled to, sentences back; task read22a)."""
        toks = view.toks
        return (m.i >= 1 and toks[m.i - 1].bare in THEN_LINKERS and m.j == m.i + 1
                and bool(object_pronoun(toks[m.i])) and made[-1][0].sentence == view.index)

    def _left_where_entered(self, view, m: Match, made, etype: str | None) -> list[Mention]:
        """"توغلت قوة في قرية X وفتشت منازل قبل أن تنسحب": a withdrawal told bare after "قبل أن" (no place named
        after it) ends the stay the sentence, or the one before, told first: the force leaves the place it
        entered, took or deployed in (task left31). "قبل أن تنسحب من Y" names its own place and never comes here."""
        if "withdraw" not in (m.row.get("type"), etype) or not after_before_that(view.toks, m.i):
            return []
        toks = view.toks
        if any(i >= m.j for i, _ in view.places) or (m.j < len(toks) and toks[m.j].bare in HEADINGS):
            return []  # "قبل أن تنسحب باتجاه Y"، "باتجاه الشريط الحدودي": a destination only (GUIDELINES)
        passed: set[str] = set()
        for event, places in [*reversed(made), *reversed(getattr(self, "prev_events", []))]:
            if event.sentence < view.index - 1:
                break
            if event.type in STAY_TYPES and event.polarity == "asserted":
                return places if passed <= {event.actor.side} else []
            passed.add(event.actor.side)  # a happening between by another force: not the same force's stay
        return []

    def _seized_where_entered(self, view, m: Match, made) -> list[Mention]:
        """"توغلت قوة في قرية X، قبل أن تعتقل شابين": an arrest told bare after "قبل أن" (no place named after it) is
        the next happening of the sequence the sentence told first, done where the force entered, took or deployed
        (as a withdrawal after it left that place, :meth:`_left_where_entered`; task recall36). Only a stay told in
        the same sentence by the same force, asserted; an arrest row (flag authority) only."""
        toks = view.toks
        # "قبل أن يفتش جنودها المنازل ويعتقلوا شابين": a verb joined by و to the verb of the sequence goes on with it
        joined = toks[m.i].word.startswith(tuple(COORDINATION)) and any(
            after_before_that(toks, k) and not any(k < b <= m.i for b in self._breaks)
            for k in range(max(0, m.i - SEQUENCE_JOIN_REACH), m.i))
        if "authority" not in m.flags or m.row.get("type") != "other" or not (after_before_that(toks, m.i) or joined):
            return []
        if any(i >= m.j for i, _ in view.places):
            return []
        for event, places in reversed(made):
            if event.sentence != view.index:
                return []
            if event.type in STAY_TYPES and event.polarity == "asserted":
                return places
            return []  # a happening of another kind between: not the stay's own next step
        return []

    @staticmethod
    def _resulted(toks, i: int) -> bool:
        """"نفذت الوحدات حملة تمشيط في محيط بلدة X، أسفرت عن إلقاء القبض على ثلاثة"، "ما أدى إلى نزوح عشرات
        العائلات": a happening named right after a verb of resulting and its preposition was brought about by the
        one just told, at its place, not at the place of an earlier sentence (task probe11)."""
        # "ما أدى إلى تبادل (قصير) لإطلاق النار": an exchange of the happening, and a word describing it, stand between
        # (wordset exchange_head; task read26c)
        if i >= 1 and toks[i - 1].bare in EXCHANGE_HEAD:
            i -= 1
        elif i >= 2 and toks[i - 2].bare in EXCHANGE_HEAD and toks[i].forms[-1] != toks[i].bare:
            i -= 2  # (the trigger's word carries the "ل" of the exchange: "تبادل قصير لإطلاق")
        return i >= 2 and toks[i - 1].bare in RESULT_PREPS and toks[i - 2].bare in RESULT_OF

    @staticmethod
    def _pushed_to(toks, i: int) -> bool:
        """"ما دفع مئات العائلات إلى الفرار نحو مدينة Y"، "ما اضطر معظم السكان إلى النزوح": a flight after إلى that a
        causative verb a few words before drove people to (its object between) was brought about by the happening
        just told, as after a verb of resulting (task read15); "ما أجبر الأهالي على النزوح": a verb of compelling and
        its على, the same (task conv36)."""
        return i >= 2 and (toks[i - 1].bare in RESULT_PREPS or toks[i - 1].bare in COMPEL_PREPS) and any(
            toks[k].bare in CAUSATIVE for k in range(max(0, i - 1 - CAUSATIVE_REACH), i - 1))

    @staticmethod
    def _follows(toks, i: int) -> bool:
        """"قصفت القوات X، وتبعه اقتحام للبلدة"، "تلاها دخول القوات"، "وتلا ذلك انسحاب": the happening named
        right after a follow verb (and its "ذلك") came after the one just told, at its place."""
        if i and toks[i - 1].bare in FOLLOW_OBJECT:
            i -= 1
        return i > 0 and toks[i - 1].bare in FOLLOW_VERBS

    @staticmethod
    def _before_told(toks, m: Match, made) -> bool:
        """"عثر أهالي بلدة X على جثتي شقيقين، بعد يومين من اختطافهما": a verbal noun with a pronoun of the people
        just told, after "بعد ... من" (two words at most between), happened to them before, at the place of
        what this sentence told of them (task probe17)."""
        i = m.i
        if m.j != i + 1 or i < 3 or not made \
                or toks[i - 1].bare not in SINCE_OF or not toks[i].word.endswith(tuple(POSSESSIVE_PEOPLE)):
            return False
        return any(toks[k].bare in SINCE_LINKERS for k in range(max(0, i - 4), i - 1))

    def _onward_destinations(self, view: SentenceView, nxt: int, idx, skip: set[int]) -> list[Mention]:
        """"فرّوا من X ويتجه البعض منهم إلى مخيمات ... بينما ذهب آخرون إلى منطقتي Y وZ": a clause right after
        a displacement whose subject is a part of those who fled ("البعض منهم"، "آخرون"), or that opens with a
        participle of heading ("فروا من X، متجهين إلى Y"), tells where they went; the places it introduces by
        إلى/باتجاه are destinations of the displacement. One that opens with a participle of coming ("عادت
        العائلات إلى X، قادمة بمعظمها من مخيمات Y ومن مدينة Z") tells where they came from: its places after
        من are origins (task probe17)."""
        toks = view.toks
        if nxt >= len(toks):
            return []
        lead = range(nxt, min(nxt + 2, len(toks)))
        cue = "from" if any(toks[q].bare in COMING_PARTICIPLES for q in lead) else "toward"
        if cue == "toward" and not any(toks[q].bare in PART_OF_PEOPLE for q in range(nxt, min(nxt + 4, len(toks)))) \
                and not any(toks[q].bare in HEADING_PARTICIPLES for q in lead):
            return []  # "، متجهين إلى Y": where those who left go, as a part of them going on does
        end = next((c.i for c in self._sentence_matches if c.i >= nxt and c.row.get("type") != "none"), len(toks))
        return [p for i, p in view.places if nxt <= i < end and i not in skip and usable_place(p)
                and any(k in idx[cue] for k in range(max(nxt, i - 3), i))]

    @staticmethod
    def _relative_antecedent(view: SentenceView, m: Match, prv: int, actor_idx: set[int], idx) -> list[Mention]:
        """"سجن X والمطار العسكري (شرق) وفرع Y (غرب) التي دخلها التنظيم": a verb right after a relative
        pronoun, with a pronoun that points back (on the verb, "دخلها", or after it, "سيطر عليها"), tells
        what happened at what the clause hangs on: every member of the list just before the relative
        pronoun, however long the list (its members' qualifiers and unnamed members aside)."""
        toks = view.toks
        if m.i < 2 or toks[m.i - 1].bare not in RELATIVES:
            return []
        pronoun_on = toks[m.i].bare.endswith(POSSESSIVE_SUFFIXES) and m.j == m.i + 1
        if not (pronoun_on or (m.j < len(toks) and is_resumptive(toks[m.j]))):
            return []
        rel = m.i - 1
        ends = {token_at(toks, max(p.start, p.end - 1)): (i, p) for i, p in view.places
                if prv <= i < rel and usable_place(p) and at_home(p) and i not in actor_idx
                and not (i and (i - 1) in idx["locative"])}
        last = max((e for e in ends if rel - e <= _ANTECEDENT_GAP), default=None)
        if last is None or any(last < k < rel and toks[k].bare in RELATIVES for k in range(last, rel)):
            return []
        i0, p0 = ends[last]
        member = _ranked_member(toks, i0, {e: ip for e, ip in ends.items() if e < i0})
        if member is not None:
            return [member]
        g = p0.attrs.get("group")
        if g in (None, -1, ""):
            return [p0]
        return [p for i, p in view.places_by_start
                if prv <= i < rel and p.attrs.get("group") == g and usable_place(p) and i not in actor_idx]

    @staticmethod
    def _announced_by_joined_verb(view: SentenceView, m: Match, prv: int, places: list[Mention]) -> bool:
        """"وصلت تعزيزات من الأمن العام إلى مدينة X، وانتشرت عند مداخلها، وفرضت حظراً للتجوال": an act of
        authority (a curfew) told as the object of a verb of imposing that opens the next clause with و
        ("وفرضت"، "وأعلنت") is done by the force just told, at its place: the verb stands a few words after
        that place, or after the trigger before it, with no other force named between (task probe13)."""
        toks = view.toks
        if "authority" not in m.flags or m.i < 1:
            return False
        verb = toks[m.i - 1]
        if not verb.word.startswith(COORDINATION) or verb.bare not in ANNOUNCER_VERBS:
            return False
        ends = [token_at(toks, max(p.start, p.end - 1)) for p in places if p.sentence == view.index]
        anchor = max([prv, *ends])
        return 0 < anchor < m.i and m.i - anchor <= COORDINATED_REACH \
            and not any(anchor <= a0 < m.i for a0, _, _ in view.actors)

    def _same_subject_clause(self, view: SentenceView, m: Match, places: list[Mention]) -> bool:
        """"دخلت قوة قرية X في محافظة Y، وتمركزت بين المنازل": a verb opening the next clause with و,
        whose subject is the last event's (no force named since its place), acts at that place; so does one
        joined by و right after that place ("نصبوا كميناً لدورية للجيش قرب مطار X وأسروا خمسة من عناصرها")."""
        if "verb" not in m.flags or m.row.get("type") == "casualties" or view.toks[m.i].bare.startswith(tuple(ARTICLE)):
            return False  # a toll counts the whole battle; "والاقتراب من" is a noun, no verb of its own
        ends = [token_at(view.toks, max(p.start, p.end - 1)) for p in places if p.sentence == view.index]
        if not ends:
            return False
        last = max(ends)
        joined = m.i == last + 1 and view.toks[m.i].word.startswith(COORDINATION)
        return last < m.i and m.i - last <= COORDINATED_REACH and (joined or any(last < k <= m.i for k in self._breaks)) \
            and not any(last < a0 < m.i for a0, _, _ in view.actors)

    @staticmethod
    def _resumptive(view: SentenceView, m: Match, k: int) -> bool:
        """"الهدنة التي سعت إليها واشنطن", "الاتفاق الذي توصلوا إليه": an agreement is what parties seek,
        reach or sign, so a pronoun just after a relative clause opened on it points back at the agreement,
        not at a place. (For clashes the pronoun may be a place: "المعارك التي دارت فيها".)"""
        toks = view.toks
        if m.row.get("type") != "other" or m.j >= len(toks) or toks[m.j].bare not in RELATIVES or not m.j < k <= m.j + 3:
            return False
        return not any(f in BACKREF_KINDS for f in clitic_forms(toks[k].bare))

    def _own_pronoun(self, view: SentenceView, m: Match, refs: list[int], idx) -> bool:
        """"ويشهد محيط X وY معارك منذ ...، حين سيطرت الفصائل على Z بعد انسحاب قسد منها": a pronoun right after the
        trigger, in a clause after the witness verb's, names the trigger's own place ("منها": Z), not the places
        the witness verb framed. So does the object pronoun on the trigger's own verb ("شهد ريف X مواجهات، سيطر خلالها
        المقاتلون على بلدة Z قبل أن تستعيدها القوات": Z; task read20a)."""
        witness = [c for c in idx["witness"] if c < m.i]
        if not witness:
            return False
        after = [k for k in refs if view.toks[k].bare in OWN_PRONOUNS and m.j <= k
                 and sum(1 for t in range(m.j, k) if t not in view.actor_tokens) <= OWN_PRONOUN_REACH]
        own_object = m.j == m.i + 1 and bool(object_pronoun(view.toks[m.i]))
        return (bool(after) or own_object) and any(max(witness) < b <= m.i for b in self._breaks)

    @staticmethod
    def _host_places(view: SentenceView, m: Match, actor_idx: set[int], idx) -> list[Mention]:
        """"استقبلت مدينة X النازحين القادمين من Y"، "اكتظت X بالنازحين": the place a hosting verb (cues host) names
        as its subject before the displaced is where they went: a destination (GUIDELINES "Destinations count";
        task left22). Only the places between the verb and the trigger, with no clause opened between."""
        host = [c for c in idx["host"] if c < m.i]
        if not host:
            return []
        w = max(host)
        return [p for i, p in view.places if w < i < m.i and usable_place(p) and i not in actor_idx]

    def _witness_places(self, view: SentenceView, m: Match, actor_idx: set[int], idx) -> list[Mention]:
        """The place a "witness" verb names before the trigger ("تشهد مناطق X اشتباكات")."""
        witness = [c for c in idx["witness"] if c < m.i]
        if not witness:
            return []
        w = max(witness)
        seen = [(i, p) for i, p in view.places if w < i < m.i and usable_place(p) and i not in actor_idx]
        # "شهدت البلدة التي يقع فيها السد اشتباكات": a relative clause describes the witness place
        rel = next((k for k in range(w + 1, m.i) if view.toks[k].bare in RELATIVES
                    and any(i < k for i, _ in seen)), m.i)
        seen = [p for i, p in seen if i < rel]
        if seen:
            return seen
        if (subject := self._witness_subject(view, w, actor_idx)) and (
                any(w < k <= m.i for k in self._breaks)
                or (m.i - token_at(view.toks, subject[0].start) > BACKWARD_REACH
                    and any(view.toks[k].bare in WITNESSED_CAUSE for k in range(w + 1, m.i)))):
            return subject  # (in the verb's own clause the place before it is read as any place before a trigger,
            # when near enough: "وكانت مدينة X قد شهدت في آذار الماضي توتراً مماثلاً إثر مقتل عنصر", task probe20)
        inside = view.place_tokens
        refs = [k for k in idx["backref"] if w < k < m.i and k not in inside and not indefinite_relative(view.toks, k)]
        if not refs:
            return []
        earlier = [[p] for i, p in view.places_by_start
                   if i < refs[0] and usable_place(p) and i not in actor_idx]
        return list(self.memory.recall(view.toks[refs[0]].bare, earlier) or [])

    @staticmethod
    @needs_words(TREND_MARKERS)
    def _witnessed_trend(view: SentenceView, m: Match, idx, breaks: Collection[int]) -> bool:
        """"تشهد بلدات ريف درعا منذ أشهر عمليات اغتيال متكررة"، "شهدت المدينة خلال العام الماضي حوادث خطف
        متكررة"، "وتشهد قرى الريف الشرقي هجمات متكررة تتبناها خلايا التنظيم": a trigger in the clause of a witness
        verb (cues witness) whose witnessed thing carries a word of repetition or spread (wordset
        witnessed_trend_marker) tells a trend, no event at the place, when the clause tells a long span
        (_trend_span) or the verb is the present of habit, and no short one (اليوم، أمس، صباح: "شهدت المدينة قصفاً
        متكرراً صباح اليوم" is the day's strike). Kept: a trigger naming its own place after it in the clause (an
        example: "هجمات متكررة على بلدة X" is not the trend's place), one under a time subject ("شهدت الأيام
        الماضية قصفاً متقطعاً على بلدتي X وY"), a witnessed thing told before the verb ("أعنف مواجهات يشهدها
        الحيان منذ أشهر"), the happening a span starts from ("منذ أن دخلها مقاتلو المعارضة"), and a trend the
        next clause counts with a documenting verb ("، إذ وثقت الشبكة أكثر من ثلاثين عملية": a tally at the
        place). A flight is no trend: a wave of it ("تشهد X موجة نزوح واسعة") is the displacement itself, as the
        gold sets annotate it. An aside between commas right after the subject place ("بلدات X، الخاضعة لسيطرة قسد، هجمات")
        does not end the verb's clause. Task witness35."""
        witness = [c for c in idx["witness"] if c < m.i]
        if not witness or m.row.get("type") in FLIGHT_TYPES:
            return False  # ("تشهد X موجة نزوح"، "تزايداً في أعداد العائدين": a flight told as a wave is the flight)
        toks = view.toks
        w = max(witness)
        breaks = sorted(breaks)
        # "وتشهد بلدات X، الخاضعة لسيطرة قسد، هجمات": two breaks before the trigger, the first right after the
        # subject place, set off a description of it
        aside = {k for a, b in zip(breaks, breaks[1:], strict=False) if w < a and b <= m.i
                 and a - 1 in view.place_ends for k in (a, b)}
        breaks = [b for b in breaks if b not in aside]
        verb = toks[w].bare
        if any(w < b <= m.i for b in breaks) or verb.endswith(WITNESS_OBJECT_PRONOUNS) \
                or (w + 1 < m.i and toks[w + 1].bare in WITNESSED_TIME):
            return False
        lead = m.i - 2 if m.i >= 2 and toks[m.i - 1].bare in SUBORDINATE_THAT else m.i - 1
        if lead > w and toks[lead].bare in SINCE:
            return False  # "معارك يومية منذ أن دخلها مقاتلو المعارضة في تموز": the span's start, its own happening
        start = max((b for b in breaks if b <= w), default=0)
        end = min((b for b in breaks if b > w), default=len(toks))
        if not any(toks[k].bare in TREND_MARKERS for k in range(w + 1, end)):
            return False
        if any(toks[k].bare in TREND_SHORT_TIME for k in range(start, end)):
            return False
        own = next((k for k in range(m.j, end) if toks[k].bare in SINCE or toks[k].bare in TREND_SPAN_LEADS), end)
        if any(m.j <= i < own and usable_place(p) for i, p in view.places):
            return False  # ("معارك متواصلة منذ فك الحصار عن المطار": the span's place is no example's)
        after = min((b for b in breaks if b > end), default=len(toks))
        # (the word too: "وثق" is no conjunction before "ثق")
        if any(toks[k].word in TREND_TALLY_VERBS or toks[k].bare in TREND_TALLY_VERBS for k in range(end, after)) and any(
                counts(toks[k]) for k in range(end, after)):
            return False  # "، وثق مكتب توثيق محلي منها أكثر من 400 عملية": the trend counted, a tally at the place
        return imperfect_verb(verb) or PlaceRules._trend_span(view, start, end)

    @staticmethod
    def _trend_span(view: SentenceView, start: int, end: int) -> bool:
        """A long span in a clause: a span's lead with a noun of weeks, months or years within two words ("منذ
        أشهر"، "خلال العام الماضي"، "منذ مطلع العام"، "منذ ذلك الحين")، "في الآونة الأخيرة"، or "منذ" before a
        happening, not a date ("منذ سقوط النظام"، "منذ فك الحصار"، "منذ أن دخلها المقاتلون"): a named month or day
        ("منذ أيار 2011" dates the start: the gold sets annotate the event), a number or a short unit
        ("منذ أيام"، "منذ ساعات الصباح") is none."""
        toks = view.toks
        dated = {k for i, d in view.dates for k in range(i, token_at(toks, max(d.start, d.end - 1)) + 1)}
        for k in range(start, end):
            w = toks[k].bare
            if w in TREND_RECENT:
                return True
            if w in TREND_SPAN_LEADS and any(toks[t].bare in TREND_SPAN_NOUNS
                                             for t in range(k + 1, min(k + 1 + TREND_SPAN_REACH, end))):
                return True
            if w in SINCE and k + 1 < end and k + 1 not in dated and not counts(toks[k + 1]) \
                    and toks[k + 1].bare not in SPAN_UNITS and toks[k + 1].bare not in TREND_SHORT_TIME:
                return True
        return False

    def _subject_past_aside(self, view: SentenceView, m: Match, idx, actor_idx: set[int]) -> list[Mention]:
        """"وكانت بلدة X، جنوبي Y، قد شهدت اشتباكات"، "وكان حي X، آخر معاقل المسلحين في مدينة Y، قد تعرض لقصف": a
        place fronted as the subject of the trigger's verb (a witness verb whose clause holds the trigger, or the
        trigger's own verb), with an aside set off between two commas right after its name and قد right after the
        aside. The aside only describes or locates the subject (GUIDELINES: locators are not event places), so the
        clause runs on from the subject to its verb: the subject is the place (task placeless41)."""
        toks = view.toks
        witness = [c for c in idx["witness"] if c < m.i and not any(c < k <= m.i for k in self._breaks)]
        verb = max(witness) if witness else m.i
        if verb < 2 or toks[verb - 1].bare not in QAD_PARTICLES:
            return []
        breaks = sorted(k for k in self._breaks if k <= verb)
        if len(breaks) < 2 or breaks[-1] != verb - 1:
            return []
        opened = breaks[-2]  # the aside: from the token after the first comma to the one before the second
        if breaks[-1] - opened > ASIDE_REACH or opened - 1 not in view.place_ends:
            return []
        start = breaks[-3] if len(breaks) > 2 else 0
        subject = [p for i, p in view.places if start <= i and view.place_last.get(id(p)) == opened - 1
                   and usable_place(p) and i not in actor_idx]
        return subject[:1]

    def _witness_subject(self, view: SentenceView, w: int, actor_idx: set[int]) -> list[Mention]:
        """"يذكر أن قرية X في ريف Y شهدت في آذار الماضي أحداثاً دامية، قتل خلالها ...": the place named as the
        witness verb's subject before it, in its clause (the first of them: the others locate it), for a trigger
        of a later clause (task probe17)."""
        before = [(i, p) for i, p in view.places if w - WITNESS_SUBJECT_REACH <= i < w and usable_place(p)
                  and i not in actor_idx and not any(i < k <= w for k in self._breaks)]
        return [min(before, key=lambda x: x[0])[1]] if before else []

    @staticmethod
    def _into_the_country(view: SentenceView, m: Match, nxt: int, reach: int = 6) -> bool:
        """"دخلت القوات الأراضي السورية": an entry into the country, not into a place of it. A country word
        inside the subject's own name ("دخلت قوات سوريا الديمقراطية حي X") is the force, not where it went."""
        toks = view.toks
        named = {k for a0, a1, _ in view.actors for k in range(a0, a1 + 1)}
        for k in range(m.j, min(nxt, m.j + reach)):
            if k in named:
                continue
            w = toks[k].bare
            if w in COUNTRY_NISBA and k > m.j and PlaceRules._qualifies(toks[k - 1].bare):
                continue  # "دخلت القوات التركية وفصائل سورية موالية لها مركز مدينة X": Syrian factions
            if w in COUNTRY_WORDS or (w in TERRITORY_WORDS and k + 1 < len(toks) and toks[k + 1].bare in COUNTRY_ADJ):
                return True
        return False

    @staticmethod
    def _entered_period(view: SentenceView, m: Match, nxt: int, reach: int = 8) -> bool:
        """"مع دخول الحصار على مدينة X شهره السابع"، "دخل الاتفاق حيز التنفيذ": دخل whose object is a time the
        happening has lasted (a period with its ordinal) or a state (wordsets entered_period, entered_state) tells no
        entry; one after a preposition ("في يومها الثالث") is when the entry was made (task left13)."""
        toks = view.toks
        if ENTER_LEMMA.isdisjoint(analyses(toks[m.i].bare)):
            return False
        for k in range(m.j, min(nxt, m.j + reach, len(toks))):
            w = toks[k].bare
            if toks[k - 1].bare in TIME_OBJECT_PREPS:
                continue
            if w in ENTERED_STATE or (w in ENTERED_PERIOD and k + 1 < len(toks)
                                      and toks[k + 1].bare in ENTERED_PERIOD_ORDINAL):
                return True
        return False

    @staticmethod
    def _qualifies(prev: str) -> bool:
        """An indefinite noun the nisba after it may qualify ("فصائل سورية"), not a preposition ("من سورية")
        nor a definite word ("القوات التركية سورية": the country entered)."""
        return len(prev) > 2 and not prev.startswith(ARTICLE) and prev not in COUNTRY_PREPS

    def _including(self, view: SentenceView, m: Match, places: list[Mention], idx, actor_idx: set[int]):
        """"انسحبت من مواقعها في المدينة، بما فيها السجن والمطار": the place a back-reference names comes
        with the members the inclusion lists after it."""
        if not places:
            return places
        toks = view.toks
        first = min(token_at(toks, p.start) for p in places if p.sentence == view.index)
        incl = [k for k in range(m.j, first) if toks[k].word in INCLUDING_HEAD and k + 1 < len(toks)
                and toks[k + 1].word in INCLUDING_TAIL]
        refs = [k for k in idx["backref"] if incl and m.j <= k < incl[0]]
        got = self._recall(view, refs[-1:], actor_idx)
        return [*got[0], *places] if got else places

    @staticmethod
    def _origins(view: SentenceView, places: list[Mention], idx, destinations: bool = False) -> list[Mention]:
        """People leave the place after "من" ("خرجت الحافلات من دوما عند أوتستراد حرستا"): where they
        gather or pass is not where they leave; the people of a place leave it ("تقل أهالي X"). The origin
        keeps the list it heads ("من X وY"), and
        ``destinations`` keeps where they go ("إلى"، "باتجاه") for the civilians and officials."""
        toks = view.toks
        at = {id(p): i for i, p in view.places}

        def after(cue: str, i: int) -> bool:
            return (i - 1) in idx[cue] or (i >= 2 and (i - 2) in idx[cue] and toks[i - 1].bare in CUE_NOUNS)

        # "خرج المقاتلون عبر معبر X": fighters go by X, they do not leave it; "نزحوا من X باتجاه Y عبر معبر Z":
        # civilians pass Z on their way, it is neither where they left nor where they arrive (task roles19)
        passed = PlaceRules._passed_places(view, places)
        if passed and (not destinations or any(p not in passed and at_home(p) and usable_place(p) for p in places)):
            places = [p for p in places if p not in passed]  # (returns from abroad "عبر معبر X": X is where they
            # come in, the one place at home)
        # "حافلات تقل مهجري أهالي X وY": the people of X leave X
        origins = [p for p in places if id(p) in at and (after("from", at[id(p)]) or PlaceRules._resident(view, p))]
        if not origins:
            return places
        groups = {p.attrs.get("group") for p in origins} - {None, -1, ""}
        first = min(at[id(o)] for o in origins)
        toward = min((k for k in idx["toward"] if k > first), default=len(toks)) if destinations else len(toks)
        # "وصلت العائلات إلى مخيم X قادمة من Y": a destination named before the origin is kept too (task read7)
        return [p for p in places if any(p is o for o in origins) or p.attrs.get("group") in groups
                or (id(p) in at and (at[id(p)] > toward or (destinations and after("toward", at[id(p)]))))]

    @staticmethod
    def _passed_places(view: SentenceView, places: list[Mention]) -> list[Mention]:
        """Places named after "عبر" (wordset via_preposition), and the members joined to them by "و" past their
        locators ("عبر معبري جديدة يابوس في ريف دمشق والجوسية في ريف حمص"): the way people go by."""
        toks = view.toks
        passed: list[Mention] = []
        last_passed = False
        for i, p in view.places:
            if not usable_place(p):
                continue  # (a locator between the members of the list)
            via = any(toks[k].bare in VIA for k in range(max(0, i - 2), i))
            last_passed = via or (last_passed and toks[i].word.startswith(COORDINATION))
            if last_passed and any(p is q for q in places):
                passed.append(p)
        return passed

    @staticmethod
    def _belongs_to(view: SentenceView, i: int) -> bool:
        """Is the place at token i named only as what another belongs to ("التابعة لبلدة جنديرس")?"""
        return any(view.toks[k].bare in BELONGING for k in range(max(0, i - 2), i))

    def _exposed_topic(self, view: SentenceView, m: Match, actor_idx: set[int]):
        """"وتعد سرمين من أكثر بلدات ريف إدلب الشرقي تضرراً، إذ تعرضت لقصف متكرر": a feminine "تعرضت" opening its
        clause after a mark, with no subject after it and no force named before it, has the place the sentence is
        about as its subject, read as its pronoun "ها" would be (the countryside that locates it is no subject;
        task left23)."""
        toks = view.toks
        k = m.i
        if k == 0 or k + 1 in view.actor_tokens or not toks[k].word.endswith(FEMININE_PERFECT):
            return None
        if any(a < k for a in view.actor_tokens):
            return None  # "وصلت القوات إلى X، وتعرضت لكمين": a force told before is the one hit
        opener = k - 1 if toks[k - 1].bare in CLAUSE_OPENERS else k
        if opener == 0 or toks[opener].start - toks[opener - 1].end < 2:
            return None  # no mark before the clause: a subject of its own may stand before the verb
        return self._recall(view, [k], actor_idx, EXPOSED_PRONOUN)

    def _recall(self, view: SentenceView, refs: list[int], actor_idx: set[int], pronoun: str = ""):
        """The places a back-reference word points at (the nearest such word first); ``pronoun`` the
        object pronoun on the trigger's own verb ("ودخلتها"), read in place of the word."""
        if not refs:
            return None
        ref = refs[0]
        earlier = [(i, p) for i, p in view.places_by_start
                   if i < ref and usable_place(p) and i not in actor_idx]
        if len(refs) > 1 and not pronoun and view.toks[ref].bare in POST_WORDS \
                and not self.memory.recall(view.toks[ref].bare, [[p] for _, p in earlier], view.index):
            # "عناصر الحاجز الأخير في المدينة انسحبوا": a checkpoint no post located before names no place of its
            # own; the word after it that locates it does (task read25b)
            return self._recall(view, refs[1:], actor_idx)
        if earlier and self._belongs_to(view, earlier[-1][0]):
            return None  # "قرى X وY التابعة لبلدة Z، تم السيطرة عليها": the villages, which no map names
        gender = "" if pronoun else edge_gender(view.toks, ref)  # "في محيطه": masculine, not "محيطة"
        word = pronoun or self._antecedent_word(view, ref, gender)
        if origins := self._arrival_origins(view, earlier):  # "تعزيزات من مدينة X وتطوق البلدة": not X
            earlier = [(i, p) for i, p in earlier if i not in origins]
        if not pronoun and (gone := self._withdrawal_destinations(view, earlier, word)
                            | self._flight_destinations(view, earlier, ref)):
            earlier = [(i, p) for i, p in earlier if i not in gone]  # "انسحبت من X باتجاه Y، وبقاء حواجز عند مدخلي المدينة"
        if not pronoun and (old := self._old_city(view, ref, earlier)):
            return old, f"backref:{word}+old"
        topic = self._fronted_town(view, word, ref)
        if topic:
            return topic, f"backref:{word}+fronted"
        seat = self._seat_town(view, word, ref, actor_idx, earlier)
        if seat:
            return seat, f"backref:{word}+seat"
        if not pronoun and not earlier and ref and view.toks[ref - 1].bare in PEOPLE_OF_HOME \
                and (home := self.memory.home_town(word)):
            return home, f"backref:{word}+home"  # "وخرج العشرات من أبناء البلدة": the article's town (task left32)
        # a city named before only as a locator is named too ("الفوج 137 في الجهة الجنوبية من دير الزور، بعد
        # كسر الحصار عن المدينة"): before the sentence's places, so a word of any place still takes those
        located_in = [[p] for i, p in view.places_by_start if i < ref and city_locator(p)]
        if not earlier and self._demonstrated(view, ref):
            # "هذه المناطق" with no list named before it: a region, not the last town (task left26)
            listed = self.memory.last_settlements()
            return (listed, f"backref:{word}+demonstrative") if listed else None
        seats = self._reporter_seats(view, ref)
        # "وذكر مراسل الوكالة في حماة أن الوحدات واصلت تطهير البلدات الأربع": the count is of the towns the story told,
        # not the city the reporter files from (task probe28)
        counted_pool = [g for g in located_in if not seats or all(id(g[0]) != id(p) for i, p in view.places_by_start
                                                                 if i in seats)]
        if counted := self._counted(view, ref, counted_pool + [[p] for i, p in earlier if i not in seats]):
            return counted, f"backref:{word}+count"
        if seats:  # "وأفاد مراسل X في دير الزور بأن ... من المدينة": the story's city
            kept = [(i, p) for i, p in earlier if i not in seats]
            seat_ids = {id(p) for i, p in view.places_by_start if i in seats}
            kept_located = [g for g in located_in if id(g[0]) not in seat_ids]
            if self.memory.recall(word, kept_located + [[p] for _, p in kept], view.index):
                earlier, located_in = kept, kept_located
        got = self.memory.recall(word, located_in + [[p] for _, p in earlier], view.index,
                                 gender=gender if word == view.toks[ref].bare else "")
        if got and self._singular_noun(word) and (members := self._pair_of(got, earlier)):
            story = self.memory.story_member(members)  # "بين بلدتي X وY ... في البلدة": the story's town
            if story:
                return story, f"backref:{word}+story"
            # "فروا نحو حيي X وY، وإن عشرات قتلوا في الحي": a singular noun cannot point at the pair; it
            # points past it, at the single place of its kind named before (task probe19), or at none
            # the pair may stand sentences back ("تستهدف تجمعاتهم في حيي X وY. ونفى ناطق سقوط الحي"): skipped in
            # memory too, as is any place named under a plural cue ("باتجاه أحياء حمص القديمة"), not only among the
            # sentence's own places (task backref16)
            lists = [p for g in self.memory.groups for p in g if plural_cue(p)] + members
            past = self.memory.recall(word, located_in + [[p] for _, p in earlier if p not in members], view.index,
                                      frozenset((p.start, p.end) for p in lists))
            if past and not any(p is q for p in past for q in members) and len(past) == 1:
                return past, f"backref:{word}+past-pair"
            return None
        if got and word == view.toks[ref].bare and (listed := self._listed_with(got, earlier)):
            return listed, f"backref:{word}+list"
        if got and self.memory.verdict:  # the salience model read past a speaker's seat (task backref40)
            return got, f"backref:{word}+{self.memory.verdict}"
        return (got, f"backref:{word}") if got else None

    @staticmethod
    def _reporter_seats(view: SentenceView, ref: int) -> set[int]:
        """"وأفاد مراسل البيادر في دير الزور بأن مسلحي التنظيم فروا من المدينة": the place a correspondent files from
        (after "في" a few words past the source, before the "أن/إن" that opens the report, the back-reference after
        it) says where the reporter sits, not where the report happened; the caller skips it when another place of
        the word's kind was told (task backref20)."""
        toks = view.toks
        out: set[int] = set()
        for s in view.sources:
            first, last = token_at(toks, s.start), token_at(toks, max(s.start, s.end - 1))
            if not any(toks[k].bare in REPORTER_NOUNS for k in range(first, last + 1)):
                continue
            out.update(i for i, p in view.places_by_start
                       if last < i < ref and i - last <= REPORTER_SEAT_REACH
                       and any(toks[k].bare in IN for k in (i - 1, i - 2) if k > last)
                       and any(THAT_FORMS.intersection(clitic_forms(toks[q].bare)) for q in range(i + 1, ref)))
        return out

    @staticmethod
    def _arrival_origins(view: SentenceView, earlier: list[tuple[int, Mention]]) -> set[int]:
        """"قبل أن تصل تعزيزات من مدينة مصياف وتطوق البلدة": the place a force came from (after "من" right after a
        word of wordset arrival_origin_lead, a generic place noun between) is not what a back-reference of the
        same sentence points at: the force reached another place (task probe20)."""
        toks = view.toks
        starts = {i for i, _ in view.places_by_start}

        def origin(i: int) -> bool:
            i = i + 1 if toks[i].bare in GENERIC_PLACE_NOUNS else i  # a mention may open on its noun ("مدينة X")
            k = i - 2 if i >= 2 and toks[i - 1].bare in GENERIC_PLACE_NOUNS else i - 1
            if k < 1 or toks[k].bare not in ORIGIN_FROM:
                return False
            # "وصل رتل من قوات وزارة الدفاع من مدينة X إلى بلدة Y": the force's own words (a partitive, an
            # adjective) may stand between its noun and the origin's "من", no place among them (task left28)
            for q in range(k - 1, max(-1, k - 1 - ORIGIN_LEAD_REACH), -1):
                if toks[q].bare in ARRIVAL_ORIGIN_LEAD:
                    return True
                if q in starts:
                    return False
            return False
        return {i for i, _ in earlier if origin(i)}

    def _withdrawal_destinations(self, view: SentenceView, earlier: list[tuple[int, Mention]], word: str) -> set[int]:
        """"انسحب جزء من الأرتال من X باتجاه Y، وبقاء حواجز ثابتة عند مدخلي المدينة": where a withdrawal of the same
        sentence went (a place right after a word of wordset withdrawal_heading, a generic place noun between) is no
        event place (GUIDELINES: withdrawals name where they leave), so a settlement word after it points past it, at
        the town the story told (task read16)."""
        if set(BACKREF_KINDS.get(word, ())).isdisjoint(SETTLEMENT_KINDS):
            return set()
        left = [c.j for c in self._sentence_matches if c.row.get("type") == "withdraw"]
        return {i for i, _ in earlier if _headed_to(view.toks, i, left)} if left else set()

    def _flight_destinations(self, view: SentenceView, earlier: list[tuple[int, Mention]], ref: int) -> set[int]:
        """"ونزحت عائلته من المدينة نحو مدينة Y إثر سيطرة التنظيم عليها": a back-reference in a clause of cause (wordset
        sequence_aside right before its verbal noun) after a flight that names where it left (من) and where it went
        points at the place left, what was taken and fled: the destination is skipped (task read16); so does one after
        a cause word ("نزحت عائلات من بلدة X نحو مدينة Y بسبب القصف على محيطها", wordset flight_cause, task read17b).
        A cause word that opens the clause the back-reference lies in reaches it further, no clause mark between
        ("نزحت عائلات من X باتجاه بلدة Y، بعد سقوط قذائف على منازل في الطرف الجنوبي من البلدة": X, task backref20)."""
        if not self._in_cause(view.toks, ref):
            return set()
        toks = view.toks
        flights = [c.j for c in self._sentence_matches if c.row.get("type") in LEAVING_TYPES and c.j <= ref]
        if not flights:
            return set()
        origin = any(toks[k].bare in ORIGIN_FROM for k in range(min(flights), ref))
        return {i for i, _ in earlier if _headed_to(toks, i, flights)} if origin else set()

    def _in_cause(self, toks: list, ref: int) -> bool:
        """Whether a cause word (wordset flight_cause, sequence_aside) stands a few words before token ``ref``, or
        opens its clause within :data:`CAUSE_CLAUSE_REACH` words, no clause mark between (task backref20)."""
        for k in range(ref - 1, max(0, ref - CAUSE_CLAUSE_REACH) - 1, -1):
            if toks[k].bare in FLIGHT_CAUSES:
                return True
            if ref - k >= CAUSE_REACH and k in self._breaks:
                return False  # a clause mark closes the reach past the near words
        return False

    @staticmethod
    def _demonstrated(view: SentenceView, ref: int) -> bool:
        """"ونفى مصدر أن تكون القوات انسحبت من تلك النقاط" after "قريتي X وY": whether the back-reference at
        ``ref`` is a plural of places (wordset demonstrated_place_plural) after a demonstrative, which points back
        at the places last named together, all of them, as a counted plural does (task left26)."""
        toks = view.toks
        noun = ref + 1 if toks[ref].bare in DEMONSTRATIVES else ref
        if noun >= len(toks) or noun == 0 or toks[noun - 1].bare not in DEMONSTRATIVES:
            return False
        return bool(DEMONSTRATED_PLURALS.intersection(clitic_forms(toks[noun].bare)))

    def _counted(self, view: SentenceView, ref: int, extra: list[list[Mention]]) -> list[Mention]:
        """"البلدات الثلاث"، "القرى الأربع": a plural of settlements or quarters with a number word right after it
        points at that many places of its kinds last named (:meth:`PlaceMemory.counted`); empty otherwise."""
        toks = view.toks
        kinds = next((COUNTED_PLURALS[f] for f in clitic_forms(toks[ref].bare) if f in COUNTED_PLURALS), None)
        n = word_value(toks[ref + 1].bare) if kinds and ref + 1 < len(toks) else None
        return self.memory.counted(n, kinds, extra, view.index) if n and n > 1 else []

    def _old_city(self, view: SentenceView, ref: int, earlier: list[tuple[int, Mention]]) -> list[Mention]:
        """"المدينة القديمة" after "أحياء حمص القديمة": the old city named before (its name ends in the adjective),
        not the last town; empty when the word carries no such adjective or no old city was named."""
        toks = view.toks
        if ref + 1 >= len(toks) or toks[ref + 1].bare not in OLD_CITY_ADJ:
            return []
        named = [p for _, p in earlier] + [m for g in reversed(self.memory.groups) for m in reversed(g)]
        return next(([m] for m in named if at_home(m)
                     and fold_text(m.attrs.get("name") or m.text).split()[-1:] == [toks[ref + 1].bare]), [])

    @staticmethod
    def _second_that(view: SentenceView, prv: int, i: int) -> bool:
        """"قال ناشطون إن الدبابات اقتحمت مدينة X، وإن ثمانين مدنياً قتلوا": a toll in a second "وإن" clause of
        the same report, naming no place before the trigger, goes on with the report: at the place of the
        event the sentence just told (as a sentence that continues the previous report takes its place)."""
        toks = view.toks
        k = next((k for k in range(i - 1, max(prv, 0) - 1, -1) if toks[k].word in SECOND_THAT), None)
        return k is not None and not any(k < s < i for s in view.usable_starts)

    @staticmethod
    def _speaker_seat(toks, k: int, i: int, reports) -> bool:
        """"وقال قائد الأمن الداخلي في المحافظة ... إن مجموعة إرهابية حاولت اقتحام المخفر": a back-reference in the
        reporting clause (after its verb, before the "إن" that opens what is reported) says where the speaker
        serves; it is no place of a trigger inside the report (task read11)."""
        return any(r < k for r in reports) and any(toks[q].word in SUBORDINATE_THAT for q in range(k + 1, i))

    @staticmethod
    def _seat_town(view: SentenceView, word: str, ref: int, actor_idx: set[int], earlier: list) -> list[Mention]:
        """"وأعلنت قيادة الأمن الداخلي في اللاذقية فرض حظر تجوال في المدينة": a settlement word points at the
        town of its kind that the sentence named in its speaker's or subject's title before it (the authority's
        seat), not at the last town of the sentences before; only when no place outside a title stands between
        (task read11). A city word takes a town's seat when no city's is there, as news call towns cities ("نفى مدير
        منطقة مصياف ما تداولته صفحات عن عمليات خطف في المدينة", Masyaf a town in the gazetteer); not the other way:
        "البلدة" after a city's official is the town told before (task recall38b)."""
        kinds = next((BACKREF_KINDS[f] for f in clitic_forms(word) if f in BACKREF_KINDS), ())
        if not kinds or SETTLEMENT_KINDS.isdisjoint(kinds) or earlier:
            return []
        wider = set(kinds) | ({"town"} if "city" in kinds else set())
        seats = [p for i, p in view.places_by_start
                 if i < ref and i in actor_idx and usable_place(p) and at_home(p) and p.attrs.get("kind") in wider]
        return [p for p in seats if p.attrs.get("kind") in kinds][-1:] or seats[-1:]

    def _fronted_town(self, view: SentenceView, word: str, ref: int) -> list[Mention]:
        """"وفي حرستا، قال مراسلنا إن القوات انتشرت في المدينة": a settlement word ("المدينة"، "البلدة") points at
        the settlement the sentence opened on as its topic, whatever kind the gazetteer gives it (news call towns
        cities), though an earlier sentence called another place a city. The topic is set off by a mark ("وفي
        X،"); the first words of a clause ("في X قتل ...") are no topic."""
        kinds = next((BACKREF_KINDS[f] for f in clitic_forms(word) if f in BACKREF_KINDS), ())
        if not kinds or SETTLEMENT_KINDS.isdisjoint(kinds):
            return []
        fronted = self._fronted(view)
        toks = view.toks
        if not fronted or fronted[0].attrs.get("kind") not in SETTLEMENT_KINDS \
                or token_at(toks, fronted[0].start) >= ref:
            return []
        last = view.place_last.get(id(fronted[0]))
        set_off = last is not None and last + 1 < len(toks) and toks[last + 1].start - toks[last].end >= 2
        if set_off and self._named_as_kind(view, word, token_at(toks, fronted[0].start), ref):
            return []
        return fronted if set_off else []

    @staticmethod
    def _named_as_kind(view: SentenceView, word: str, after: int, ref: int) -> bool:
        """"في درعا: ألقى الطيران البراميل على بلدة X، وسط نزوح عائلات من البلدة": a place the sentence names
        with the very noun of the back-reference ("بلدة X" before "البلدة"), after the topic, is what it recalls;
        the topic is a section's label then, not the settlement the word points at (task probe15)."""
        noun = next((word[len(d):] for d in DEFINITE if word.startswith(d)), "")
        toks = view.toks
        return bool(noun) and any(after < i < ref and i > 0 and toks[i - 1].bare == noun for i, _ in view.places)

    def _framed_quarter(self, view: SentenceView, m: Match, fronted: list[Mention], actor_idx) -> list[Mention]:
        """"وفي دير الزور، قال ناشطون إن قوات الأمن أطلقت النار على متظاهرين خرجوا في حي X": the town a
        sentence opens on frames it; a neighbourhood the sentence names after the trigger (of that town,
        when both have coordinates) is where it happened, not the town (GUIDELINES: a framing area gives its
        examples)."""
        if not fronted or fronted[0].attrs.get("kind") not in TOWN_KINDS:
            return []
        town = fronted[0]
        for i, p in view.places_by_start:
            if i <= m.i or i in actor_idx or not usable_place(p) or p.attrs.get("kind") not in QUARTER_KINDS:
                continue
            lat, lon, tlat, tlon = p.attrs.get("lat"), p.attrs.get("lon"), town.attrs.get("lat"), town.attrs.get("lon")
            if None in (lat, lon, tlat, tlon) or distance_km(lat, lon, tlat, tlon) <= QUARTER_KM:
                return [p]
        return []

    @staticmethod
    def _singular_noun(word: str) -> bool:
        """A singular noun of a settlement or a quarter ("البلدة"، "المدينة"، "الحي"), not a pronoun nor a dual
        ("البلدتين")."""
        kinds = next((BACKREF_KINDS[f] for f in clitic_forms(word) if f in BACKREF_KINDS), ())
        return bool(set(kinds) & (SETTLEMENT_KINDS | QUARTER_KINDS)) and not is_dual(word)

    def _pair_of(self, got: list[Mention], earlier: list[tuple[int, Mention]]) -> list[Mention]:
        """The places of the list under a plural or dual cue ("بلدتي X وY") the place recalled belongs to,
        from this sentence or memory; empty when it heads no such list."""
        if len(got) != 1 or got[0].attrs.get("group") in (None, -1, "") or not plural_cue(got[0]):
            return []
        g = got[0].attrs.get("group")
        listed = [p for _, p in earlier if p.attrs.get("group") == g]
        if not any(p is got[0] for p in listed):
            listed = next((grp for grp in self.memory.groups if any(p is got[0] for p in grp)), [])
        return listed if len(listed) > 1 else []

    @staticmethod
    def _listed_with(got: list[Mention], earlier: list[tuple[int, Mention]]) -> list[Mention]:
        """"قرى X وY ...، وZ ...، تم السيطرة عليها": a pronoun (no noun of a kind before it) that points at a
        member of a list under a plural or dual cue points at the whole list (the villages), so each
        member is a place of the event; so does an area word ("منطقتي X وY ... باتجاه المنطقة"). Empty when
        the place recalled heads no such list."""
        if len(got) != 1:
            return []
        g = got[0].attrs.get("group")
        if g in (None, -1, "") or not plural_cue(got[0]):
            return []
        listed = [p for _, p in earlier if p.attrs.get("group") == g]
        return listed if len(listed) > 1 and got[0] in listed else []

    @staticmethod
    def _antecedent_word(view: SentenceView, ref: int, gender: str = "") -> str:
        """A pronoun ("منها", "عمقها") points at the noun that just named the place in its sentence
        ("دخول البلدة وطرد المسلحين منها": the town; "المنطقة" likewise), not at the last place named.
        An edge word ("على مداخلها") reaches back to its sentence's start for that noun while no place is
        named between them ("حظر تجوال في المدينة حتى إشعار آخر، فيما انتشرت الوحدات على مداخلها", task
        backref19); ``gender`` the pronoun's when its context decides it (:func:`edge_gender`)."""
        word = view.toks[ref].bare
        if any(f in BACKREF_KINDS for f in clitic_forms(word)):
            return word
        gender = gender or pronoun_gender(word)
        dual = word in DUAL_PRONOUNS  # "منهما" after "سجن تدمر ومطار المدينة": a dual noun, not "المدينة"
        edge = word in EDGE_NOUNS
        for k in range(ref - 1, -1 if edge else max(-1, ref - _ANTECEDENT_REACH), -1):
            if edge and k in view.place_ends:
                break  # a place named after the noun is what the edge word points at
            noun = view.toks[k].bare
            if dual and not is_dual(noun):
                continue
            # "دخول المطار ... وطرد المسلحين منه": the noun must agree with the pronoun (a ta marbuta folds to ه);
            # "المنطقة" too ("تسلمت إدارة المنطقة بعد انسحاب الجيش منها": the area, not a town named before)
            if any(f in BACKREF_KINDS or f in AREA_NOUN for f in clitic_forms(noun)) \
                    and gender in ("", noun_gender(noun)):
                if _locating_noun(view, k):
                    return word  # "بلدة X جنوب المدينة ... منها": the town located, not the city that locates it
                return noun
        return word


def _title_seat_apposed(view: SentenceView, i: int, trig: int, breaks: set[int], reports: Collection[int]) -> bool:
    """"نجا رئيس بلدية X في ريف Y، أنس الحمدان، من محاولة اغتيال": the subject's title names his seat X (a title
    head noun, wordsets office_of_place_noun and local_figure_noun, a few words before it), his name set apart by two
    commas comes after it, and the trigger opens the clause after the second comma: the name's commas do not cut
    the subject from its verb, the seat places what befell him as it does with no name between (task seats42). A
    speaker's seat places nothing he tells ("قال رئيس بلدية X، اسمه، إن مسلحين هاجموا": a report verb before the
    title, a complementizer after the name)."""
    toks = view.toks
    heads = [k for k in range(max(0, i - TITLE_SEAT_REACH), i) if not TITLE_HEADS.isdisjoint([toks[k].bare,
                                                                                               *toks[k].forms])]
    if not heads or any(heads[0] - TITLE_SEAT_REACH <= k < heads[0] for k in reports):
        return False
    cuts = sorted(b for b in breaks if i < b <= trig)
    if len(cuts) != 2:
        return False
    b1, b2 = cuts
    return b1 - i <= TITLE_LOCATOR_REACH and b2 - b1 <= APPOSED_NAME_REACH and trig - b2 <= APPOSED_TRIGGER_REACH \
        and not any(b1 <= k < b2 for k in view.place_tokens) \
        and not any(toks[k].bare in COMPLEMENTIZERS for k in range(b2, trig))


def _locating_noun(view: SentenceView, k: int) -> bool:
    """"دخل الرتل بلدة صرين جنوب المدينة بعد انسحاب المقاتلين منها": a back-reference noun after a direction
    word that follows a named place only says where that place lies (the city locates the town); a pronoun
    after it points at the place located, as it would with the city named ("بلدة X جنوب مدينة Y"), task probe27."""
    toks = view.toks
    return k >= 2 and toks[k - 1].bare in DIRECTION_NOUNS and k - 2 in view.place_ends


def object_pronoun(tok, subject_next: bool = False) -> str:
    """The object pronoun on a verb ("ودخلتها"، "اقتحموه": "ها", "ه"), "" for any other word: a verbal noun
    with a possessive ("دخولها"، "سيطرتها" may be either) names who moved, not where. With a force right after
    it (``subject_next``: "قصفها الطيران") a word that may be either is the verb: a noun with a possessive
    takes no genitive after it."""
    sfx = next((sfx for sfx in OBJECT_PRONOUNS if tok.word.endswith(sfx)), "")
    if _verb_only(tok):
        return sfx
    # (not a one-letter "ه", which a folded ta marbuta ends too: "عن سيطرة النظام")
    either = subject_next and len(sfx) > 1 and any(r.endswith(VERB_READING) for r in analyses(tok.word))
    return sfx if either else ""


def _verb_only(tok) -> bool:
    """Whether a word reads only as a verb (its pronoun an object), never as a noun (its pronoun a possessor)."""
    readings = analyses(tok.word)
    return any(r.endswith(VERB_READING) for r in readings) and not any(r.endswith(NOUN_READING) for r in readings)


def _struck_where_placed(toks, m: Match) -> bool:
    """"رصدت تحركات المسلحين في محيط بلدة X، فاستهدفتهم القوات بضربات": a verb opened by the ف of consequence
    whose object pronoun counts persons strikes the persons the clause before placed, so that clause's place
    (one comma back) is the strike's (task read20a). Not a verb with another object: "، فقصفت القوات بلدة Y"
    names its own place."""
    tok = toks[m.i]
    return (tok.word != tok.bare and tok.word.startswith(CONSEQUENCE)
            and tok.word.endswith(PERSONS_SUFFIXES) and _verb_only(tok))


def dual_object(m: Match, tok) -> str:
    """The dual object pronoun on the verb of a take-over or an entry ("طهرتهما", "دخلوهما"), "" otherwise: those
    verbs take places, so the pair is the last pair of places named; another verb's dual object may be two people
    ("اعتقلهما")."""
    if m.row.get("type") not in DUAL_OBJECT_TYPES or not _verb_only(tok):
        return ""
    return next((sfx for sfx in DUAL_OBJECT_SUFFIXES if tok.word.endswith(sfx)), "")


DUAL_OBJECT_TYPES = frozenset({"take_control", "enter"})
VERB_READING, NOUN_READING = "/v", "/n"
VERB_PARTICLE = wordset("verb_particle")
LEFT_AFTER = wordset("left_after_marker")  # "انسحبوا منها إثر قصف": the cause of a withdrawal
PRESSURE_NOUNS = wordset("pressure_noun")  # "تحت وطأة"، "تحت ضغط": what follows is the cause
LEFT_AFTER_REACH = 3  # words from the cause word to the strike ("بعد تعرضها لقصف"، "تحت وطأة القصف")
BEFORE_LINKER = wordset("before_linker")
# singular only ("ها" before "ه"): a dual "دخلهما" after "اللذان" is the relative clause's, read by its antecedent
OBJECT_PRONOUNS = tuple(sorted((s for s in PLACE_PRONOUN_SUFFIXES if s not in PERSONS_SUFFIXES), key=len, reverse=True))


# a denied change of hands ("نفى سقوط X"، "أن يكون التنظيم قد دخل X"، "انسحابهم من X") and the fight the denier tells
# instead ("صدوا الهجوم"، "انسحبوا بعد اشتباك"، "مقتل العشرات"); a claim of status ("ما زالوا في مواقعهم"، "يلتزمون
# بوقف إطلاق النار") is no event of the scene (task scoped41)
DENIED_SCENE_CHANGES = frozenset({"take_control", "enter", "withdraw"})
DENIED_SCENE_CLAIMS = frozenset({"attack", "withdraw", "casualties"})


def _denied_scene(view: SentenceView, m: Match, made: list, reports) -> list[Mention]:
    """"نفى مصدر أن يكون التنظيم قد اقتحم بلدة X، مؤكداً أن مقاتليه صدوا الهجوم": the denier's own claim, opened by a
    report cue after the denied happening of its sentence, answers the denial about the same scene; when the claim
    names no place between the cue and its trigger, it happens where the denied happening was placed (task scoped41).
    Only a denied change of hands placed by a name in the sentence, and a fight, a withdrawal or a toll claimed (a
    recalled "دخول المسلحين إلى المدينة" or a status "ما زالوا في مواقعهم" lends nothing); a claim that names a place
    of its own keeps it (the scope found it before this fallback)."""
    if not made or m.row.get("type") not in DENIED_SCENE_CLAIMS or view.toks[m.i].bare.startswith(DEFINITE):
        return []  # "مؤكداً أن الاشتباكات مستمرة": the fighting known, told as going on, is no new event (task read12)
    ev, places = made[-1]
    if ev.sentence != view.index or ev.polarity != "denied" or ev.type not in DENIED_SCENE_CHANGES or not places \
            or ev.evidence is None:
        return []
    toks = view.toks
    cues = [k for k in reports if k < m.i and toks[k].start >= ev.evidence.end]
    if not cues:
        return []
    k = max(cues)
    if any(k < i < m.i for i, _ in view.places):
        return []
    named = {(p.start, p.end) for i, p in view.places if toks[i].start >= ev.evidence.start and i < k}
    return places if all((p.start, p.end) in named for p in places) else []


def _told_before(view: SentenceView, m: Match, made: list) -> list:
    """The events made so far whose clause stands before the trigger: "أطلقوا النار، ما أدى إلى إصابة رجل، مشيراً
    إلى أن العائلات غادرت القرية باتجاه Y": what "ما أدى إلى" was brought about by is told before it, not the
    flight of the report after it, made earlier but told later (task probe23)."""
    start = view.toks[m.i].start
    return [x for x in made if x[0].sentence != view.index or x[0].evidence is None or x[0].evidence.start < start]


def _leaving_cause(view: SentenceView, m: Match, made: list) -> bool:
    """"بعد ساعات من انسحاب الفصائل منها إثر قصف عنيف"، "التي انسحب منها المقاتلون بعد تعرضها لقصف": a strike right
    after a word of cause or sequence (wordset left_after_marker) that follows its sentence's withdrawal is what made
    the force leave; it borrows no place from the withdrawal's pronoun (the gold logs the withdrawal alone), while a
    strike that names its own target ("بعد قصف على محيط السد") keeps it, and so does a definite one ("أخلوا المقرات
    في المدينة بعد الغارات": the strikes told before, at that place; task backref19)."""
    if m.row.get("type") != "attack" or not made or made[-1][0].sentence != view.index \
            or made[-1][0].type != "withdraw":
        return False
    # a definite strike ("بعد الغارات") recalls the strikes the story told, which were there: only a new one is a cause,
    # unless a noun of pressure governs it ("تحت وطأة الضربات": what pressed them, an idiom of cause; task read20b)
    if m.i and view.toks[m.i - 1].word in PRESSURE_NOUNS:  # the word itself: وطأة starts with a و
        return True
    if any(f.startswith(tuple(ARTICLE)) for f in view.toks[m.i].forms):
        return False
    return any(view.toks[k].bare in LEFT_AFTER for k in range(max(0, m.i - LEFT_AFTER_REACH), m.i))


def _stay_after_trigger(view, m: Match, k: int) -> bool:
    """"مع مقاتلين تحصنوا فيها": the trigger verb right before "فيها/فيه", after a word that is no place name, so
    that a perfect there may open a relative clause on the noun before it (indefinite_relative; task conv12)."""
    return k == m.i + 1 and "verb" in m.flags and view.toks[k].word in IN_PRONOUNS and k - 2 not in view.place_ends


HEADINGS = wordset("withdrawal_heading")  # "باتجاه"، "نحو"، "إلى": the plural after it is a destination
PLURAL_RANK_HEADS = wordset("plural_rank_head")


def _own_noun(m: Match, k: int) -> bool:
    """The word before the pronoun at ``k`` is the last word of a noun trigger ("فرض حظر تجوال فيها"): a verbal noun,
    though it looks like an imperfect ("تجوال"), so the pronoun opens no relative clause on it (task read19a)."""
    return "noun" in m.flags and m.i <= k - 1 < m.j


def indefinite_relative(toks, k: int, known_verb: bool = False) -> bool:
    """"أحياء يتحصن فيها مسلحون"، "في وقت تعيش فيه البلدة هدوءا": an imperfect right after an indefinite noun
    opens a relative clause on that noun (Arabic needs no relative word after an indefinite antecedent),
    and the pronoun after the verb is its resumptive: it points at the noun (the quarters, the time),
    not back at a place named before. known_verb: the word before the pronoun is a trigger verb, so a perfect
    not joined by و/ف opens the clause too ("مع مقاتلين تحصنوا فيها", task conv12)."""
    if k < 2 or not pronoun_gender(toks[k].bare) or toks[k].bare.startswith(tuple(ARTICLE)):
        return False
    verb, noun = toks[k - 1], toks[k - 2]
    imperfect = imperfect_verb(verb.word) or (known_verb and not verb.word.startswith(tuple(CONJUNCTION)))
    definite = noun.bare.startswith(tuple(ARTICLE)) or noun.word.startswith(tuple(ARTICLE))
    return imperfect and not definite and noun.word.isalpha() and noun.word not in RELATIVES \
        and noun.bare not in VERB_PARTICLE  # "قبل أن تنسحب منها": أن governs the verb, it is no antecedent




RESUMPTIVE_REACH = 8  # words from a relative word to the pronoun that resumes its noun ("التي استمرت شهراً في X قتل فيها")


def resumes_a_thing(view, k: int, refs: set[int], breaks: set[int]) -> bool:
    """"إن العملية التي استمرت شهراً في المخيم قتل فيها مئات"، "حقول النفط التي تنتشر فيها": a pronoun of في/على/ب
    (wordset resumptive_pronoun) a few words after a relative word, in the same clause, resumes the noun the relative
    clause hangs on. When that noun is no place named and no back-reference noun ("العملية"، "النفط"), the pronoun
    points at that thing, not back at a place named before; "بلدة X التي تنتشر فيها" or "المدينة التي قتل فيها"
    keep it, and so does land ("الأراضي التي توغلت فيها": wordset territory_noun)."""
    toks = view.toks
    if toks[k].word not in RESUMPTIVES and toks[k].bare not in RESUMPTIVES:
        return False
    rel = next((j for j in range(k - 1, max(0, k - 1 - RESUMPTIVE_REACH), -1) if toks[j].bare in RELATIVES), None)
    if rel is None or rel == 0 or any(rel <= b < k for b in breaks) or not _agrees(toks[rel].bare, toks[k].bare):
        return False
    head = rel - 1
    return head not in view.place_tokens and head not in refs and toks[head].word.isalpha() \
        and toks[head].bare not in TERRITORY_WORDS \
        and not _settlement_noun(toks[head].bare)  # "الأراضي التي توغلت فيها"، "من أولى المدن التي": places


RELATIVE_RESUMES = {rel: suffix for rel, _, suffix in (m.partition(">") for m in wordlist("relative_resumes"))}


def _agrees(relative: str, pronoun: str) -> bool:
    """Whether the pronoun may resume the relative word: it ends in the suffix of the relative's gender and number
    (wordset relative_resumes). "الثوار الذين سيطروا عليها": "ها" is no resumption of "الذين" but the verb's
    object, a place named before; "المدن التي خرجت فيها" resumes "التي"."""
    suffix = RELATIVE_RESUMES.get(relative)
    if suffix is None:
        return True
    longer = [s for s in RELATIVE_RESUMES.values() if len(s) > len(suffix) and s.endswith(suffix)]
    return pronoun.endswith(suffix) and not any(pronoun.endswith(s) for s in longer)


def _settlement_noun(bare: str) -> bool:
    """"وكانت دوما من أولى المدن التي خرجت فيها احتجاجات": a place noun of the gazetteer's cues ("مدن"، "البلدات"،
    "القرى"), definite or not, before the relative word: the pronoun resumes places of that kind, so the place the
    sentence names stands (the subject the clause is predicated of)."""
    cues = Gazetteer.default().cues
    word = fold_text(bare)
    return word in cues or any(word.startswith(d) and word[len(d):] in cues for d in DEFINITE)


def dated_recall_beyond(view, m: Match, places: list, breaks: set[int]) -> bool:
    """"وصلت دوريات إلى X بعد نحو نصف ساعة من الهجوم، وانتشرت ... على الطريق المؤدي إلى بلدة Y": a dated recall
    of a strike (:func:`_dated_recall`) whose scope finds its first place only past a clause break has no place
    of its own: the place belongs to the next clause, so it is no new strike there (task probe31)."""
    if not places or not _dated_recall(view.toks, m):
        return False
    first = min(token_at(view.toks, p.start) for p in places)
    return any(m.j <= k <= first for k in breaks)


def _dated_recall(toks, m: Match) -> bool:
    """"بعد يومين من الهجوم"، "عقب الهجوم": a definite strike noun (wordsets recalled_strike_noun) governed by a time
    head, at once or through "N أيام من", dates another clause against a strike already told; with no place of its
    own it is no new strike at the place of that clause nor of the sentence before (task probe25)."""
    if m.j - m.i != 1 or toks[m.i].bare not in RECALLED_STRIKES or not m.i:
        return False
    k = m.i - 1
    if toks[k].bare not in SPAN_FROM:
        return toks[k].bare in TIME_HEADS
    if k < 2 or toks[k - 1].bare not in SPAN_UNITS:  # "بعد يومين من"، "بعد ثلاثة أيام من": the span, its count
        return False
    # "بعد يومين من"، "بعد ثلاثة أيام من"، "بعد نحو نصف ساعة من": the head up to three words before the unit
    return any(toks[h].bare in TIME_HEADS for h in (k - 2, k - 3, k - 4) if h >= 0)


def _describes_unnamed(toks, m: Match) -> bool:
    """"لا يملكون مكاناً آخر يفرون إليه"، "ملجأً يلجؤون إليه": a trigger verb right after an indefinite place noun
    (wordsets unnamed_place_noun, an adjective such as "آخر" between), with a pronoun right after it, is a relative
    clause describing that unnamed place (Arabic needs no relative word there); the pronoun resumes the noun, so
    the clause names no place (task probe25)."""
    if m.i < 2 or m.j - m.i != 1 or m.j >= len(toks) or toks[m.j].bare not in OWN_PRONOUNS:
        return False
    k = m.i - 2 if toks[m.i - 1].bare in UNNAMED_ADJECTIVES else m.i - 1
    return toks[k].bare in UNNAMED_PLACES


def _b_headed(tok) -> bool:
    """A place noun carrying the clitic ب ("بحي"، "ببلدة"، "بقرية")."""
    return tok.bare.startswith(IN_CLITIC) and tok.bare[1:] in _PLACE_HEADS


def _speaks(word: str) -> bool:
    """A verb whose subject speaks: a reporting verb ("قالت دمشق") or one of commenting ("ولم تعلق دمشق رسمياً",
    wordset comment_verb): a capital right after it is its government, not a place."""
    return is_report_verb(word) or word in COMMENT_VERBS


def _headed_to(toks, i: int, moves: list[int]) -> bool:
    """Whether the place at token ``i`` (a generic place noun before its name or opening it) stands right after a word
    of wordset withdrawal_heading ("باتجاه"، "نحو") that follows the end of one of ``moves``: where those who moved
    went (_withdrawal_destinations, _flight_destinations; task read16)."""
    i = i + 1 if toks[i].bare in GENERIC_PLACE_NOUNS else i
    k = i - 2 if i >= 2 and toks[i - 1].bare in GENERIC_PLACE_NOUNS else i - 1
    return k >= 0 and toks[k].bare in WITHDRAWAL_HEADING and any(j <= k for j in moves)


SAME_AFTER_NOUN = wordset("same_after_noun")
SAME_BEFORE_NOUN = wordset("same_before_noun")


def _emphatic(toks, k: int) -> bool:
    """Is the class noun at ``k`` said to be the same one ("الطريق ذاته"، "الطريق نفسه"، "نفس الطريق")? The emphatic
    makes it the one the text named before, where the bare definite noun may be any road (task same36)."""
    return (k + 1 < len(toks) and toks[k + 1].bare in SAME_AFTER_NOUN) or (k > 0 and toks[k - 1].bare in SAME_BEFORE_NOUN)
