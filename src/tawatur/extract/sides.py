"""Sides: nationalities, adversaries over time, the article's protagonist, and the rules that choose
the actor and side of an event."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache

from ..clean.normalize import fold_text, strip_clitics, words
from ..model import Actor, Article, Event, EventDate, Mention
from ..read.actors import (
    ALTERNATIVE_RULE,
    actor_attrs,
    actor_entries,
    backed_groups,
    client_group,
    dated_fields,
    parse_periods,
    side_actor,
)
from ..read.wordsets import marks, wordlist, wordset
from .backrefs import time_clauses
from .frames import (
    AGENT_GENITIVE_NOUNS,
    ARMED_SIDES,
    SUBJECT_COMP,
    SentenceView,
    is_lam_object,
    names_people,
    own_people_after,
    state_office_announces,
    state_office_at,
    time_words,
    token_at,
    verbal_noun,
)
from .patterns import Match, Pattern, Token, read_table
from .vocab import (
    AGENT_HANDS,
    AGENT_MARKERS,
    ARTICLE,
    BACKER_PREFIXES,
    BETWEEN,
    CIVILIAN_TYPES,
    CONJUNCTION,
    COORDINATION,
    FIRST_PERSON,
    FORCE_NOUNS,
    FRAME_LINKER,
    HOLDER,
    LAM,
    OFFENSIVE_NOUNS,
    PART_OF_PEOPLE,
    PERFECT_SUFFIXES,
    POSSESSIVE,
    RECIPIENT,
    RELATIVES,
    TIME_LINKER,
    VICTIM_MARKERS,
)

CASUALTY_WORDS = wordset("casualty_word")
PERPETRATE = wordset("perpetrate_verb")
CLAIM = wordset("claim_verb")
AIRCRAFT_BACKREF = wordset("aircraft_backref")  # "إن الطائرة كانت تنفذ غارات": the aircraft named before
CLAIM_IT = wordset("claim_it_verb")  # "في هجوم تبناه تنظيم داعش"
RESPONSIBILITY = wordset("responsibility_noun")
RESPONSIBILITY_PREP = wordset("responsibility_prep")
CLAIM_NEGATOR = wordset("claim_negator")
CLAIM_DENIER = wordset("claim_denier")  # "نفت الهيئة مسؤوليتها عن": a named party denies its own part
DISCLAIM_REACH = 9  # words from a denial to the claim word it denies, its subject between ("نفت "الجبهة الوطنية
# للتحرير"، المدعومة من تركيا، مسؤوليتها": 6); polarity._disclaimed reads the same reach
SPEAKER_SUBJECT = wordset("speaker_subject")
SPEAKER_COPULA = wordset("speaker_copula")
ACT_CARRIERS = wordset("act_carrier_noun")
ANY_DETERMINER = wordset("any_determiner")
PARTITIVE_OF = wordset("count_partitive")
PART_OF_FORCE = wordset("part_of_force")
LAUNCH = wordset("launch_marker")
OWNED_ASSAULT = wordset("owned_assault_noun")
HEDGE = wordset("hedge_word")
ALONE = wordset("alone_word")
COMMAS = marks("comma_marks")
REPEL = wordset("repel_verb")
RESPONSE = wordset("response_noun")
ANSWER_LABELS = wordset("answer_label")  # "ج:"، "المتحدث:": a line an interviewee or a press speaker says
INTERVIEWEE_TITLES = wordset("interviewee_title")  # "وهو قائد مجموعة في X": the guest's title before his body
GENERIC_MOVERS = wordset("generic_mover_noun")  # "عناصر الحاجز فروا": soldiers or fighters of no side named
_MOVER_BACK, _MOVER_AHEAD = 6, 4  # words before and after a leaving verb its subject may stand
_MOVER_FORCE_REACH = 3  # words from the mover noun to a force named as theirs ("مقاتلين من فصائل المعارضة")
_LEAVING_TYPES = ("withdraw", "defection")
CIVILIAN_DOERS = wordset("civilian_doer_noun")  # "شباناً غاضبين أسقطوا التمثال": people, no armed side
_CIVILIAN_DOER_BACK = 3  # words before the verb its civilian subject may stand
# events whose side is not a party acting against leavers: a toll's is who inflicted it, a deal's is one of its
# parties ("توصلت الفصائل والجيش إلى اتفاق يقضي بخروج المقاتلين": the fighters are not the deal's adversary)
_NOT_AGAINST = ("casualties", "other")
FIRE_ORIGIN = wordset("fire_origin_lead")  # "من مواقع X"، "مصدره مواقع X": where the fire came from
FIRE_SITE = wordset("fire_origin_site")
_FIRE_ORIGIN_REACH = 8  # words from the strike to the force it was fired from
DEFECT_FROM = wordset("defect_from")  # "انشقوا عن قوات النظام": the force they leave is theirs
CARRIER = wordset("carrier_verb")
INTRO_SENTENCES = 2  # sentences at an article's head that introduce an interview's guest
TITLE_REACH = 4  # words from a title to the body it names ("قائد مجموعة في إدارة العمليات")
MIN_WE_VERB = 5  # letters of a first-person verb at least ("دخلنا"): shorter words in نا are particles
ASIDE_REACH = 5  # words of a comma-enclosed aside between a speaker and the act it denies ("، في بيان لها،")
DEAL_NOUNS = wordset("deal_noun")
SPONSOR = wordset("sponsor_noun")
CLASH_WITH_REACH = 6  # words of a date a clash verb's مع may stand after ("اشتبكت صباح اليوم الأربعاء مع")
CLASH_VICTIM_REACH = 12  # words from the dead of a force to the clash they fell in ("مقتل خمسة من مقاتلي X وإصابة تسعة آخرين أمس في اشتباك")
CLASH_BETWEEN_REACH = 6  # words from a clash's trigger to its بين ("في اشتباك بالأسلحة الخفيفة والمتوسطة بين")
UNARMED_KIND = wordset("unarmed_clash_kind")  # "اشتباك عائلي"، "اشتباكات عشائرية": a clash of families or clans
PARTIES_REACH = 6  # words after بين that name a clash's two parties ("بين أفراد من عشيرتين")
ARM_AIR = wordset("strike_arm_air")  # "غارات جوية": a strike from the air
ARM_GROUND = wordset("strike_arm_ground")  # "قصف مدفعي": a strike fired from the ground
ARM_REACH = 3  # words from a strike's trigger that may name its arm ("قصف مدفعي على"، "في غارات جوية")
OFFICE_NATIONALITY_REACH = 2  # words after an office its nationality adjective may stand ("وزير الدفاع التركي")
NATIONALITY_REACH = 3  # words after a strike noun its nationality adjective may stand ("قصف مدفعي تركي")
LAUNCH_REACH = 3  # words from "شنته" to the force it names: "شنته خلية من التنظيم"
PATROL_VERB_GAP = 3  # words of a force's name between a patrol and its verb ("دورية للأمن العام تعرضت")
LEFT_AFTER = wordset("left_after_marker")
KILL_VERB = wordset("kill_verb")
STRUCK_SITE = wordset("struck_site_noun")
KILLED_OBJECT = wordset("killed_object")
QAD = wordset("qad_particle")  # "وكان X قد قتل": the particle between a subject and its verb
SEQUENCE_WORDS = wordset("sequence_aside")  # "بعد"، "إثر"، "عقب": what a main clause's subject did before
COUNTED_DEAD_MARKER = wordset("counted_dead_marker")  # "في صفوف X": the force whose dead are counted
DATE_PREP = wordset("date_preposition")  # "في أيار الماضي": the preposition before a date
FORCES_NOUN = wordset("forces_noun")
MEMBER_NOUNS = wordset("member_noun")
AFFILIATED_ROLE = wordset("affiliated_role")
SURVIVAL_WORDS = wordset("survival_word")  # "نجا قيادي في X من محاولة اغتيال": he underwent it
VICTIM_WORDS = CASUALTY_WORDS | SURVIVAL_WORDS
FORMER_ADJ = wordset("former_adjective")
IN_PREP = wordset("in_preposition")
FORCE_MEMBERS = wordset("force_noun")
STRIKE_OBJECT = wordset("strike_object_lead")
STRIKE_INSTRUMENT = wordset("strike_instrument")  # "بصاروخ محلي الصنع" between a strike and what it hit
IN_CLITIC_PREFIX = tuple(wordlist("in_clitic"))  # the ب of "بصاروخ"
PATROL_NOUNS = wordset("patrol_noun")
REMNANT_NOUNS = wordset("war_remnant_noun")
CLASH_ATTACKER = wordset("clash_attacker_verb")  # "... وقوات النظام التي حاولت اقتحام المدينة"
RELATIVE_WORDS = wordset("relative_word")
STRIKE_LAUNCH = wordset("strike_launch_verb")  # "وكان الجيش التركي قد شن حملة جوية استهدفت X"
LAUNCHED_STRIKE = AGENT_GENITIVE_NOUNS | wordset("launched_campaign_noun")
LAUNCHER_REACH = 16  # words from the launch verb to the targeting verb ("شنت فجر اليوم الجمعة غارات جوية بصواريخ ...، استهدفت")
OFFENSIVE_LAUNCH = wordset("offensive_launch_verb")  # "أعلنت الفصائل إطلاق عملية"
OFFENSIVE_OBJECTS = wordset("offensive_launch_object")
OFFENSIVE_REACH = 8  # words after a force where the launch of its offensive is read
COORD_CLITIC = tuple(COORDINATION)  # "و" on a word, or alone before it
AGENT_UNKNOWN = wordset("agent_unknown_noun")  # "تحديد الجهة المسؤولة": who did it
AGENT_UNKNOWN_CUE = wordset("agent_unknown_cue")  # "لم"، "دون" before it, "مجهولة" after it
AGENT_UNKNOWN_REACH = 6  # words between the negator and the agent noun ("لم يتمكن الفريق من تحديد الجهة")
REMNANT_OF = wordset("war_remnant_of")
REMNANT_REACH = 16  # words after a blast or a toll its war debris may be named in ("بانفجار لغم أرضي من مخلفات")
STRUCK_HOLDINGS = wordset("struck_holding_noun")  # "دورية للجيش" after a strike word: the army's, hit
STRUCK_SITES = wordset("struck_site_noun")
MOVE_TYPES = frozenset({"enter", "advance", "withdraw"})
ON = wordset("on_preposition")
# "في أعقاب الهجوم، أرسلت ..."، "بعد الهجوم دفعت ...": the heads of a time adjunct (task read22b)
TIME_ADJUNCT_HEADS = wordset("temporal_head")
COORD = COORDINATION
BOTH_PARTIES = wordset("both_parties")
TOPIC_SHIFT = wordset("topic_shift")
NON_AGENT = wordset("non_agent_preposition")
CLASH_SUPPORT = wordset("clash_support_verb")  # "خاضت اشتباكات": a verb whose object noun tells the clash
ASSAULT = wordlist("assault_stem")
ATTACKER = wordset("attacker_noun")
CAUSE = wordset("cause_marker")
EPITHET_RULE = "coref:construct-epithet"  # (read/actors.py _construct_epithets)
INSTRUMENT = wordlist("means_clitic")
CLASH_SUBJECT_REACH = 3  # words from a clash verb back to the start of its subject ("وحدات الجيش تشتبك")
RESULT_WHAT, RESULT_VERB, RESULT_PREP = wordset("result_what"), wordset("result_verb"), wordset("result_preposition")
LOYALIST = wordset("loyalist_adjective")
BESIEGED = wordset("besieged_participle")
BY = wordset("agent_preposition")
DEVICE_TARGET = tuple(wordlist("device_target_clitic"))
WITH = wordset("with_preposition")
WITH_PRONOUN = wordset("with_pronoun")  # "اشتبكت معهم": مع with the other party as its pronoun
CLASH_GROUP = wordset("clash_partner_group")  # "مع المهربين"، "مع مرافقي الضابط": a group of no side
COVERT = wordset("covert_device")
UNATTRIBUTED = wordset("unattributed_adjective")
UNOWNED_SHOOTER = wordset("unowned_shooter")  # "برصاص قناص": a sniper no force is named for
SHOOTER_OWNER_REACH = 3  # words after a sniper its force may be named in ("قناص تابع لقوات النظام")
STRIKE_SUBJECT = wordset("strike_subject_noun")
STRIKE_SUBJECT_VERB = wordset("strike_subject_verb")
RESULT_OF = wordset("result_verb")  # "أسفرت عن مقتل": a toll the happening just told brought about
RESULT_PREPS = wordset("result_preposition")
RESULT_DIRECT = wordset("result_direct_verb")
RESULT_LIST_REACH = 12  # words from "أدى إلى" to a toll coordinated with its first result
RESULT_DONOR_NOTES = ("side:actor",)  # the donors of a resulted toll: a happening whose agent is named
RESULT_NO_DONOR = ("withdraw", "displacement", "evacuation", "protest", "return")  # no one's dead: leaving inflicts none
RETOLD_REACH = 2  # sentences back the strike or operation a toll's definite subject names may have been told
RETOLD_OPERATION_TYPES = ("attack", "take_control", "enter", "advance", "other")  # what an operation told before did
BOTH_DEAD_REACH = 6  # words after a toll's trigger its "من الطرفين" may stand ("مقتل 14 مقاتلاً من الطرفين على الأقل")
ATTACKERS_RECALLED = wordset("attackers_recalled")
MORE_VICTIMS = wordset("more_victims")
MORE_VICTIMS_REACH = 4  # words after a toll's trigger where "آخرون" counts more of the same dead
ATTACKERS_REACH = 3  # words before a trigger where "المهاجمون" stands as its subject (eight after a toll)
TARGET_REACH = 4  # words between a targeting verb and the role it targets ("استهدفت غارة أمريكية زعيم")
STRIKE_TOLD_TARGET = wordset("strike_told_target")
RELATIVE_PRONOUNS = wordset("relative_pronoun")
DEFINITE_ARTICLE = tuple(wordlist("definite_article"))
DOWNED_LEAD = wordset("downed_lead")
ACCUSE = wordset("accuse_verb")
ACCUSED_LINK = wordset("accused_link")
ACCUSED_LINK_CLITIC = wordlist("accused_link_clitic")
ACCUSED_AFTER_REACH = 8  # words from a strike to the force an accusation after it names
BACK_POINTING = tuple(wordlist("act_pronoun_suffix"))  # the pronoun on the link that points back at the strike
BEHIND = tuple(wordlist("behind_preposition"))  # "بالوقوف وراءه": behind it
VERB_COORDINATOR = wordset("verb_coordinator")
SUBORDINATOR = wordset("subordinator")
THAT = wordset("subordinate_that")
BEFORE_LINKER = wordset("before_linker")
SEQUENCE_SUBJECT_REACH = 3  # words after a verb of a "قبل أن" clause where its own subject may stand

# a force that enters, takes or is posted at a place (the side that leaves it in the same sentence is another)
_HOLDING_MOVES = frozenset({"enter", "take_control", "deploy"})


JOIN_STEMS = wordlist("join_stem")
JOIN_REACH = 3  # words between a join verb and the force joined ("التحق بصفوف المعارضة")
KIDNAP_STEMS = wordlist("kidnap_stem")  # "بعد أيام على خطفه": names the victim, not the kidnapper
KIDNAP_DOERS = wordset("kidnap_doer_noun")  # "أفراد عصابة خطف": the kidnap word qualifies its doer
MEMBERS_OF = wordset("members_of_marker")  # "في صفوف قسد"، "عن الجيش": the defectors' own force follows
DEFECT_BACK, DEFECT_AHEAD = 6, 7  # words before and after a defection trigger its defectors' force may stand
HANDOVER_STEMS = wordlist("handover_stem")  # "سلّم مسلحون أسلحتهم": the hander's side, not the recipient's
HANDED_ARMS = wordlist("handed_arms_stem")  # "أسلحتهم": a handover of arms
RECIPIENT_CLITIC = wordlist("recipient_clitic")  # "للأمن العام": the recipient force
INDEFINITE_ACC = marks("indefinite_accusative_marks")  # "مواطناً خطفته": a relative clause on an indefinite


def _assault(trigger: str) -> bool:
    """Whether a trigger's words name an assault ("شنت هجوماً", "هاجمت", "هجماتها"), not a shelling."""
    return any(f.startswith(ASSAULT) for w in fold_text(trigger).split() for f in strip_clitics(w))


def _place_key(p: Mention) -> str:
    return str(p.attrs.get("id") or fold_text(p.text))


_INCURSION_TYPES = frozenset({"enter", "advance"})  # a force coming in (_incursion_force)


def events_since(events: list[Event], sentence: int) -> list[Event]:
    """The tail of ``events`` (in sentence order) from ``sentence`` on, without scanning the rest."""
    k = len(events)
    while k and events[k - 1].sentence >= sentence:
        k -= 1
    return events[k:]



def _result_verb(word: str) -> bool:
    """A folded word that is a verb of resulting (wordset result_verb), with or without a leading و."""
    return word in RESULT_OF or (word.startswith(COORD_CLITIC) and word[1:] in RESULT_OF)


def _definite_operation(word: str) -> bool:
    """Whether a folded word is a definite operation noun ("العمليات"، "الحملة"، "الهجوم": wordset offensive_noun
    with the article): an operation told before."""
    return word.startswith(DEFINITE_ARTICLE) and (word in OFFENSIVE_NOUNS or word[2:] in OFFENSIVE_NOUNS)


def _definite_strike(trigger: str) -> bool:
    """Whether a trigger is a definite strike noun ("الغارات"، "القصف"، "بالغارات"): strikes told before."""
    word = fold_text(trigger.split()[0]) if trigger else ""
    return any(f.startswith(DEFINITE_ARTICLE) and f in STRIKE_SUBJECT for f in (word, *strip_clitics(word)))


@lru_cache(maxsize=1)
def nationalities() -> list[tuple[str, str]]:
    """(folded stem, side) of nationality adjectives."""
    return [(fold_text(r["stem"]), r["side"]) for r in read_table("nationalities.tsv")]


@lru_cache(maxsize=1)
def sole_operators() -> dict[str, tuple[str, str, str]]:
    """folded form -> (side, until, kind) of arms only one side used (extract/sole_operators.tsv)."""
    out: dict[str, tuple[str, str, str]] = {}
    for r in read_table("sole_operators.tsv"):
        for form in r["forms"].split("|"):
            out[fold_text(form)] = (r["side"], r["until"], r["kind"])
    return out


@lru_cache(maxsize=1)
def _foreign_posts() -> tuple[dict[str, str], dict[str, str]]:
    """(folded post name -> side, country code -> side) of the posts on the far side of the border
    (extract/foreign_posts.tsv)."""
    names: dict[str, str] = {}
    countries: dict[str, str] = {}
    for r in read_table("foreign_posts.tsv"):
        for form in filter(None, r["forms"].split("|")):
            names[fold_text(form)] = r["side"]
        if r["country"]:
            countries.setdefault(r["country"], r["side"])
    return names, countries


def foreign_post_side(place: Mention) -> str | None:
    """The side of the state a border post stands in when it is on the far side of Syria's border ("مركز حدود
    جابر": Jordan, no side of the conflict, so unknown; "معبر جيلفه غوزو": Turkey), read from the words the text
    wrote or the country the gazetteer files the place in; None for a Syrian place. Only that state opens or closes
    it (task misread38)."""
    names, countries = _foreign_posts()
    written = fold_text(place.text)
    for form, side in names.items():
        if written == form or written.endswith(" " + form) or written.startswith(form + " "):
            return side
    return countries.get(str(place.attrs.get("country") or "SY"))


def arm_window(view: SentenceView, m: Match, raw: str = "") -> tuple[int, int]:
    """Where a strike's arm or device is read: three words before the trigger to three after it (six after a toll,
    "لقي 40 مصرعهم خلال تفجير انتحاري": the strike that took them). A comma-enclosed aside right before the
    trigger ("طائرات حربية شنت، بعد ساعات من سقوط المطار، غارات") does not count: the three words are read
    before it (``raw``, the article's text, tells where its commas are)."""
    lo = m.i
    if raw and (k := aside_before(raw, view.toks, m.i)) is not None:
        lo = k
    return max(0, lo - 3), min(len(view.toks), m.j + (6 if m.row.get("type") == "casualties" else 3))


def aside_before(raw: str, toks: list[Token], i: int) -> int | None:
    """The first token of a comma-enclosed aside of at most ASIDE_REACH words that ends right before token
    ``i`` ("شنت، بعد ساعات من سقوط المطار، غارات" -> the token of بعد), or None."""
    def comma_before(k: int) -> bool:
        return any(c in COMMAS for c in raw[toks[k - 1].end:toks[k].start])
    if i < 2 or i >= len(toks) or not comma_before(i):
        return None
    return next((k for k in range(i - 1, max(0, i - 1 - ASIDE_REACH), -1) if comma_before(k)), None)


def sole_operator_side(view: SentenceView, m: Match, day: str | None, raw: str = "") -> str | None:
    """"ألقت المروحيات براميل متفجرة على البلدة"، "قتل سبعة في قصف بالبراميل": a strike told by an arm only
    one side used (a helicopter, a barrel bomb), in the trigger or three words either side of it (six after a
    toll), is that side's while it had them. An aircraft one or two words after a word that downs or wrecks it
    ("إسقاط مروحية"، "تحطم طائرة حربية") is the target, and says nothing of who struck."""
    arms = sole_operators()
    toks = view.toks
    lo, hi = arm_window(view, m, raw)
    for k in range(lo, hi):
        hit = next((arms[f] for f in toks[k].forms if f in arms), None)
        if hit is None:
            continue
        side, until, kind = hit
        if kind == "aircraft" and any(t.bare in DOWNED_LEAD for t in toks[max(0, k - 2):k]):
            continue  # "إسقاط مروحية"، "إسقاط طائرة حربية": the aircraft (or its adjective) after a downing noun
        if day is None or day < until:
            return side
    return None


CONTRAST_LINKERS = wordset("contrast_linker")  # بينما، فيما، (في) حين
AIR_STRIKE = wordset("air_strike_word")
DRONES = wordset("drone_word")


def air_power_side(view: SentenceView, m: Match, day: str | None, side: str) -> str | None:
    """"قال مصدر إن الطيران الحربي شن غارات على البلدة" in a story of the opposition, ISIS or the SDF: the side
    guessed for an unnamed agent from the story (``side``) flew no aircraft, so a strike from the air, in the
    trigger or three words either side of it, is the air force's that struck for that side's enemies or with it
    (sides.tsv ``air_periods``: the Syrian Air Force until the fall, the coalition for the SDF). A drone near it,
    or a warplane that was downed, says nothing."""
    backer = _dated(side, "air_periods", day, "")
    if not backer:
        return None
    air, drone = air_words(view, m)
    return backer if air and not drone else None  # "طائرات مسيرة": non-state sides flew drones


def _sided_fall(view: SentenceView, m: Match) -> bool:
    """Whether a fall of munitions ("سقطت قذائف على X") tells who fired them after all: a munition only one side
    drops (wordset sided_munition, barrel bombs) or a word of a strike from the air stands by the trigger."""
    lo, hi = arm_window(view, m)
    return any(f in SIDED_MUNITION for t in view.toks[lo:hi] for f in t.forms) or any(air_words(view, m))


SIDED_MUNITION = wordset("sided_munition")


def air_words(view: SentenceView, m: Match) -> tuple[bool, bool]:
    """Whether a word of a strike from the air (wordset air_strike_word, not an aircraft just downed), and
    whether a drone, stands in the trigger or three words either side of it (``arm_window``)."""
    toks = view.toks
    lo, hi = arm_window(view, m)
    air = drone = False
    for k in range(lo, hi):
        forms = toks[k].forms
        drone = drone or any(f in DRONES for f in forms)
        air = air or (any(f in AIR_STRIKE for f in forms)
                      and not any(t.bare in DOWNED_LEAD for t in toks[max(0, k - 2):k]))
    return air, drone


@cache
def led_operations() -> tuple[tuple[str, str], ...]:
    """(folded name, side) of the operations a foreign army led (extract/led_operations.tsv)."""
    return tuple((fold_text(form), r["side"]) for r in read_table("led_operations.tsv")
                 for form in r["forms"].split("|"))


def operation_side(texts: list[str]) -> str | None:
    """The army of the first led operation named in these sentences' texts (the sentence, the one before)."""
    for text in texts:
        folded = fold_text(text)
        hit = next((side for name, side in led_operations() if name in folded), None)
        if hit:
            return hit
    return None


@lru_cache(maxsize=1)
def _nationality_stems() -> tuple[str, ...]:
    """Every nationality stem at once: a form that starts with none of them names no nationality, found
    by one ``str.startswith`` call instead of a loop over the table."""
    return tuple(stem for stem, _ in nationalities())


# word -> the side its nationality adjective names ("" none), for tokens whose forms follow from their
# word: the rules ask it of every word near each strike and force noun, and a corpus repeats its words
_NATIONALITY_OF: dict[str, str] = {}


def token_nationality(tok: Token) -> str:
    """The side of the first nationality of ``nationalities.tsv`` (in its order) one of the token's
    clitic forms starts with, "" when none does."""
    if tok.derived:
        hit = _NATIONALITY_OF.get(tok.word)
        if hit is not None:
            return hit
    forms = tok.forms
    stems = _nationality_stems()
    side = ""
    if any(f.startswith(stems) for f in forms):
        side = next(sd for stem, sd in nationalities() if any(f.startswith(stem) for f in forms))
    if tok.derived:
        if len(_NATIONALITY_OF) > 50_000:  # a bound for a long-running worker
            _NATIONALITY_OF.clear()
        _NATIONALITY_OF[tok.word] = side
    return side


def _strike_arms(ws: Iterable[str]) -> set[str]:
    """The arms ("air", "ground") that words of a strike name (wordsets strike_arm_air, strike_arm_ground)."""
    arms: set[str] = set()
    for w in ws:
        if w in ARM_AIR:
            arms.add("air")
        elif w in ARM_GROUND:
            arms.add("ground")
    return arms


@cache
def _clash_names(triggers: tuple[Pattern, ...]) -> frozenset[str]:
    """The names of the mutual attack rows ("اشتباكات"): the same for every article, read once."""
    return frozenset(t.name for t in triggers if "mutual" in t.flags and t.row.get("type") == "attack")


def told_as_clash(e: Event, triggers: tuple[Pattern, ...]) -> bool:
    """Whether an attack event was told by a mutual row ("اشتباكات بين X وY"): a fight of two sides, so
    neither inflicted what it cost unless the text says whose dead they were."""
    return e.type == "attack" and e.rule.split(" ")[0].removeprefix("trigger:") in _clash_names(triggers)


@lru_cache(maxsize=1)
def adversaries() -> dict[str, str]:
    """side -> the side that takes a place it loses."""
    return {r["side"]: r["adversary"] for r in read_table("sides.tsv")}


@cache
def _periods(column: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """side -> the dated values of one column of sides.tsv ("2024-12-08:government": from that day on)."""
    return {r["side"]: parse_periods(r.get(column, "")) for r in read_table("sides.tsv")}


def _dated(side: str, column: str, day: str | None, value: str) -> str:
    """``value``, or what ``column`` says for ``side`` from a day on or before ``day``."""
    for start, other in _periods(column).get(side, ()):
        if day and day[:10] >= start:
            value = other
    return value


def adversary(side: str, day: str | None) -> str:
    """The side that takes what ``side`` loses, on ``day``: after the fall of Damascus the incumbent is
    the new government (``adversary_periods`` in sides.tsv)."""
    return _dated(side, "adversary_periods", day, adversaries().get(side, "unknown"))


UNNAMED_AGENT_TYPES = ("attack", "casualties", "other")  # strikes, agreements, arrests; not movements


def unnamed_agent(side: str, etype: str, day: str | None) -> str:
    """The side of an event whose agent the text leaves unnamed, guessed from the article's main side:
    that side, except for a strike, casualty, agreement or arrest in a period where ``unnamed_agent_periods``
    (sides.tsv) says the main side is the incumbent that responds ("اندلعت اشتباكات في البلدة" in 2025
    names no government attack)."""
    return side if etype not in UNNAMED_AGENT_TYPES else _dated(side, "unnamed_agent_periods", day, side)


def unnamed_authority(side: str, day: str | None) -> str:
    """The side of an act only a power holding the place does (a curfew, closing roads: trigger flag
    ``authority``) when no agent is named: after the fall of Damascus the incumbent government, whatever
    the article is mostly about ("بعد رفع حظر التجول في المدينة"); before it the article's main side."""
    return _dated(side, "authority_periods", day, side)


def protagonist(article: Article) -> str:
    """The side the article is mostly about (first mentions weigh more). An outlet's pejorative epithet repeated
    for a group ("المرتزقة" after "مرتزقة داعش", read/actors.py) names the side it reports against: not counted."""
    counts: Counter[str] = Counter()
    for n, m in enumerate(sorted(article.mentions_of("actor"), key=lambda m: m.start)):
        side = m.attrs.get("side", "unknown")
        if side in ("unknown", "civilians") or m.rule == EPITHET_RULE:
            continue
        counts[side] += 1.0 + (2.0 if n < 3 else 0.0)
    return counts.most_common(1)[0][0] if counts else "unknown"


def _alternatives_before(view: SentenceView, m: Match) -> bool:
    """Whether the sentence named, before the trigger, a force offered as one of two ("الطيران الحربي، الروسي أو
    التابع للنظام"، read/actors.py ``_alternative_end``): a verb with no subject after it is that force's, and
    its side stays unknown rather than the story's."""
    return any(a.rule.startswith(ALTERNATIVE_RULE) and last < m.i for _, last, a in view.actors)


_QUARREL = wordset("quarrel_noun")  # خلاف، شجار، مشاجرة، توتر
_ESCALATED = wordset("escalation_verb")  # تطور، تحول ... إلى
_ESCALATED_TO = wordset("escalation_to")  # the إلى after it
_QUARREL_REACH = 8  # words before the escalation verb where the quarrel may be named ("خلاف بين عائلتين في البلدة تطور")


def quarrel_escalated(view: SentenceView, m: Match) -> bool:
    """"انتشرت دوريات للأمن العام بعد خلاف عشائري تطور إلى إطلاق نار"، "مشاجرة بين عائلتين تطورت إلى اشتباك": a
    shooting or clash a quarrel grew into ("تطور/تحول إلى") is its quarrellers' (families, clans, youths), whom the text
    leaves unnamed as a force: not the force that came to part them, nor the main clause's subject (GUIDELINES
    actor_side, task side38). A force named in the quarrel ("خلاف بين عناصر الأمن ومسلحين تطور إلى اشتباك") keeps
    the clash its parties'."""
    toks = view.toks
    k = next((k for k in range(m.i - 1, max(-1, m.i - 4), -1) if toks[k].bare in _ESCALATED_TO), None)
    if k is None or k == 0 or toks[k - 1].bare not in _ESCALATED:
        return False
    q = next((q for q in range(k - 2, max(-1, k - 2 - _QUARREL_REACH), -1) if toks[q].bare in _QUARREL), None)
    if q is None:
        return False
    lo, hi = toks[q].start, toks[k - 1].start
    return not any(lo <= a.start < hi and a.attrs.get("side") in ARMED_SIDES for _, _, a in view.actors)


def actor_of(m: Mention | None, side: str, day: str | None = None) -> Actor:
    """The event's actor under its canonical names (read at ``day``); a side with no named actor, or a
    side the rules derived from another actor's (a loser's adversary), gets the side's generic actor."""
    a = dated_fields(m.attrs, day) if m is not None else {}
    if m is None or a.get("side") != side or not a.get("actor_en"):
        c = side_actor(side, day)
        return Actor(name=c.name_ar, name_en=c.name_en, side=side, id=c.id)
    return Actor(name=a["actor_ar"], name_en=a["actor_en"], side=side, id=a.get("actor", ""))


def _time_adjunct(c: Match, toks) -> bool:
    """"في أعقاب الهجوم، أرسلت الوزارة تعزيزات"، "وبعد الهجوم دفع الجيش بتعزيزات": a definite strike noun of one word
    governed by a time head (wordset temporal_head) recalls a happening as a time; the definite noun takes no
    object of its own ("الهجوم على دورية" needs its على), so a deploy verb after it opens the sentence's main clause,
    no patrol the strike hit; a patrol noun there may still be the object of a verb before the adjunct ("هاجم
    مسلحون في أعقاب الهجوم دورية": the caller reads verb rows only; task read22b)."""
    return c.j - c.i == 1 and c.i > 0 and toks[c.i - 1].bare in TIME_ADJUNCT_HEADS \
        and any(f.startswith(DEFINITE_ARTICLE) for f in (toks[c.i].word, *strip_clitics(toks[c.i].word)))


def _instrument_words(toks, end: int) -> frozenset[int]:
    """The words before ``end`` of an instrument phrase, "ب" and a weapon (wordset strike_instrument) and up to two
    words that describe it ("بصاروخ محلي الصنع"): between a strike and what it hit they stand aside as the
    striker's name does, so "استهدفت الفصائل بصاروخ موجه تمركزات للجيش" is one strike (task read18b)."""
    out: set[int] = set()
    for p in range(max(0, end - 6), end):
        b = toks[p].bare
        if b.startswith(IN_CLITIC_PREFIX) and b[1:] in STRIKE_INSTRUMENT:
            out.update(range(p, min(p + 3, end)))
    return frozenset(out)


class SideRules:
    """Who did it: the actor a trigger takes and the side it is coded with.

    A mixin of the extractor (``events._Extractor``), which holds the per-article state."""

    _offensive: bool | None = None  # protagonist_offensive, read once an article
    _guest: tuple[str, Mention | None] | None = None  # (article id, the interviewee's body), read once an article
    lost_side: str = ""  # the loser's side when ``_side`` coded a "loser" trigger as its adversary (else "")

    def first_person_side(self, view: SentenceView, m: Match, day: str | None, actor: Mention | None = None) -> str | None:
        """The side of a first-person verb (or noun: "تحت سيطرتنا") in an interview's answer ("ج: دخلنا حمص بعد منتصف الليل"، "المتحدث:
        ضبطنا أحزمة ناسفة"): its subject is the one who answers, introduced at the article's head as a
        commander or spokesman of a body ("التقينا أبا خالد، وهو قائد مجموعة في X"); X's side, not a pro-drop
        guess from the force named last (task firstperson18); so does a first-person possessive subject the
        reader could not resolve ("قواتنا منتشرة", ``actor``), read at the event's day ("إدارة العمليات العسكرية"
        fought the government until December 2024). None outside an answer line or with no such body."""
        tok = view.toks[m.i]
        if actor is not None:  # "وقواتنا منتشرة عند مداخلها": a first-person possessive the reader left sideless
            if actor.attrs.get("person") != 1 or actor.attrs.get("side") in ARMED_SIDES:
                return None
        elif not tok.word.endswith(FIRST_PERSON) or len(tok.bare) < MIN_WE_VERB:
            return None
        raw = self.article.raw
        line = raw[raw.rfind("\n", 0, tok.start) + 1:tok.start]
        if ":" not in line or fold_text(line.split(":", 1)[0]).strip() not in ANSWER_LABELS:
            return None
        if self._guest is None or self._guest[0] != self.article.id:
            self._guest = (self.article.id, self._interviewee_body())
        body = self._guest[1]
        side = dated_fields(body.attrs, day).get("side") if body is not None else None
        return side if side in ARMED_SIDES else None

    def _interviewee_body(self) -> Mention | None:
        """The armed side of the body an interview's head names after a title ("قائد مجموعة في إدارة العمليات
        العسكرية"، "للمتحدث باسم وزارة الداخلية"), within its first INTRO_SENTENCES sentences."""
        raw = self.article.raw
        fallback = None
        for index in range(INTRO_SENTENCES):
            armed = sorted((x for x in self.by_sent.get(index, []) if x.kind == "actor"
                            and x.attrs.get("side") in ARMED_SIDES), key=lambda x: x.start)
            for a in armed:
                before = [w for _, _, w in words(fold_text(raw[max(0, a.start - 80):a.start]))[-TITLE_REACH:]]
                if any(INTERVIEWEE_TITLES.intersection(strip_clitics(w)) for w in before):
                    return a
            if fallback is None and armed and self._titles_guest(index):
                fallback = armed[0]  # "بعد إعلان الجيش السوري استعادة X، تحدثنا مع أحد القادة الميدانيين للمعركة"
        return fallback

    def _titles_guest(self, index: int) -> bool:
        """Whether the article's sentence ``index`` holds a guest's title (wordset interviewee_title)."""
        sent = next((s for s in self.article.sentences if s.index == index), None)
        return sent is not None and any(INTERVIEWEE_TITLES.intersection(strip_clitics(w))
                                        for _, _, w in words(fold_text(sent.text)))

    def note_allegiance(self, view: SentenceView) -> None:
        """Remember the side of towns the text says whose they are: "بلدتي X وY المواليتين" (loyalist: the
        government's clients, actor_backed.tsv), "الموالية لـ Z" (Z's clients, else Z's), "المحاصرة من قبل
        Z" (besieged by Z: Z's adversary). The fighters of such a town who leave it are of that side
        (``held_side``), whoever the article is mostly about."""
        toks = view.toks
        places = view.places_by_start
        last = view.place_last  # each place's last token, read once by build_view
        k = 0
        while k < len(places):
            group = [places[k]]
            end = last[id(places[k][1])] + 1
            while k + 1 < len(places) and places[k + 1][0] <= end + 1 and (
                    places[k + 1][0] == end or toks[end].word in COORD or toks[places[k + 1][0]].word.startswith(
                        tuple(COORD))):
                k += 1
                group.append(places[k])
                end = last[id(places[k][1])] + 1
            k += 1
            side = self._allegiance_at(view, end)
            if side:
                for _, p in group:
                    self.allegiance[_place_key(p)] = side

    def adversary_then(self, side: str, day: str | None) -> str | None:
        """The side of a "loser" trigger ("خرجت البلدة عن سيطرة النظام السابق عام 2012") read at the event's own
        day when the text dates it before the article's and the two days name different adversaries: who took
        a town from the regime in 2012 was the opposition, though in a 2025 text the regime's adversary is no
        one side (sides.tsv adversary_periods). None when ``_side`` coded no loser, or it was recoded since."""
        lost = self.lost_side
        if not lost or not day or not self.day or day >= self.day or side != adversary(lost, self.day):
            return None
        then = adversary(lost, day)
        return then if then != side else None

    def _allegiance_at(self, view: SentenceView, j: int) -> str | None:
        """The side a loyalty adjective or a besieged participle at token ``j`` names, if any."""
        toks = view.toks
        if j >= len(toks):
            return None
        word = toks[j].bare
        if word not in LOYALIST and word not in BESIEGED:
            return None  # most words after a place: neither, and no actor is looked for
        after = next((a for a0, _, a in view.actors if j < a0 <= j + 3), None)
        if word in LOYALIST:
            backer = after.attrs if after is not None and toks[j + 1].word.startswith(LAM) else None
            owner = backer.get("side") if backer else None
            # "الموالية للنظام السابق" in 2025: the clients of a government no longer in office (client_group)
            client = client_group(backer, self.day) if backer else backed_groups().get("government")
            if client in actor_entries():
                return actor_attrs(actor_entries()[client], self.day).get("side")
            return owner
        if word in BESIEGED and after is not None and all(
                toks[k].bare in PARTITIVE_OF or toks[k].bare in BY for k in range(j + 1, token_at(toks, after.start))):
            return self.adversary_here(after.attrs.get("side", "unknown"), view)
        return None

    @staticmethod
    def _device_hit(view, m: Match, actor: Mention) -> bool:
        """"انفجرت عبوة ناسفة بدورية روسية"، "تفجير سيارة مفخخة بحافلة للجيش": a force joined by ب right after
        the device phrase is what the device hit, its target, not who set it off."""
        a = token_at(view.toks, actor.start)
        return m.j <= a <= m.j + 1 and view.toks[a].bare.startswith(DEVICE_TARGET) and len(view.toks[a].bare) > 3

    @staticmethod
    def _taker_by_hand(view, actor: Mention | None) -> bool:
        """"سقطت المدينة بيد الفصائل"، "سقوطها في أيدي التنظيم": the force after يد/أيدي is the one the place
        fell to, the taker, not the force that lost it."""
        if actor is None:
            return False
        a = token_at(view.toks, actor.start)
        return a > 0 and view.toks[a - 1].bare in AGENT_HANDS

    @staticmethod
    def _war_remnant(view: SentenceView, m: Match, actor: Mention | None) -> bool:
        """"استشهد راعيان جراء انفجار لغم من مخلفات النظام البائد"، "بانفجار ذخيرة غير منفجرة": a blast of war
        debris (a remnant noun and what it is left from, wordsets war_remnant_noun/war_remnant_of, within a few
        words after the trigger) and its toll are no strike of anyone's: no side, though the debris names the
        force it was left by. A force named before the trigger (a subject) still acts (task probe13)."""
        toks = view.toks
        if actor is not None and token_at(toks, actor.start) < m.i:
            return False
        if "debris" in m.flags:
            return True  # "بانفجار لغم أرضي"، "بانفجار قنبلة عنقودية": the row names the debris (task conv33)
        end = min(len(toks) - 1, m.j + REMNANT_REACH)
        return any(toks[k].bare in REMNANT_NOUNS and (toks[k + 1].bare in REMNANT_OF or (
                   k + 2 < len(toks) and toks[k + 2].bare in REMNANT_OF)) for k in range(m.i, end))

    def _debris_cause(self, m: Match, actor: Mention | None) -> bool:
        """"فيما قتل ثلاثة أطفال وأصيب اثنان في بلدة X بانفجار جسم غريب": a toll whose cause, told within a few
        words after it, is a blast of a mine or of war debris (a trigger row flagged ``debris``) was inflicted by
        nobody now, as a toll of war debris named by its noun (``_war_remnant``; task conv33)."""
        if actor is not None:
            return False
        return any("debris" in c.flags and m.j <= c.i <= m.j + REMNANT_REACH for c in self._sentence_matches)

    @staticmethod
    def agent_untold(view: SentenceView, m: Match) -> bool:
        """"استهدف قصف صاروخي مدرسة في X، لم يتمكن الفريق من تحديد الجهة المسؤولة عنه"، "لم تعرف هوية
        المنفذين": the sentence says, after the act, that who did it is not known (an agent noun of wordset
        agent_unknown_noun with a negator a few words before it, or "مجهولة" right after it): the act stands,
        and no side is guessed from the story's side (task read15)."""
        toks = view.toks
        for k in range(m.j, len(toks)):
            if toks[k].bare not in AGENT_UNKNOWN:
                continue
            if any(toks[q].bare in AGENT_UNKNOWN_CUE for q in range(max(m.j, k - AGENT_UNKNOWN_REACH), k)) or any(
                    toks[q].bare in AGENT_UNKNOWN_CUE for q in range(k + 1, min(len(toks), k + 3))):
                return True
        return False

    def held_side(self, places: list[Mention]) -> str | None:
        """The side the text gave the town a departure leaves (``note_allegiance``), if it gave one."""
        return next((self.allegiance[k] for p in places if (k := _place_key(p)) in self.allegiance), None)

    def _side(self, view, m: Match, etype, flags, actor, smention, prv, nxt, killer: Mention | None = None) -> str:
        """The side of a trigger's event from its actor and the sentence; ``killer`` is the subject of an
        active kill verb (``SideRules.killer``), read once by the caller (its actor too, unless a perpetrator is named)."""
        day = self.day
        self.lost_side = ""
        if actor is not None and actor.attrs.get("side") == "civilians" and etype not in CIVILIAN_TYPES:
            actor = None  # civilians are victims or witnesses of a strike, never its agent here
        side = actor.attrs.get("side", "unknown") if actor else "unknown"
        if etype in ("attack", "casualties") and (self._war_remnant(view, m, actor) or self._debris_cause(m, actor)):
            self.side_note = "side:war-remnant"
            return "unknown"  # "قضى طفلان بانفجار قذيفة من مخلفات الحرب": nobody set it off
        if etype == "attack" and quarrel_escalated(view, m):
            self.side_note = "side:quarrel"
            return "unknown"  # "بعد خلاف عشائري تطور إلى إطلاق نار": the quarrellers shot, no force named
        if etype in ("attack", "casualties") and actor is None and self.agent_untold(view, m):
            self.side_note = "side:agent-untold"
            return "unknown"  # "استهدف قصف مدرسة ..., لم يتمكن الفريق من تحديد الجهة المسؤولة عنه"
        if etype in ("attack", "casualties") and (claimed := self._claimant_side(view, m)):
            return claimed  # "تبنى التنظيم التفجير الذي استهدف حاجزاً للأمن العام": the claimant struck
        if etype == "attack" and actor is None and (doer := self._with_group_doer(view, m)):
            self.side_note = "side:clash-with-group"
            return doer  # "اشتباك مع المهربين"، "واشتبكت معهم": the story's force, not an unidentified
            # one, nor a covert shooter ("تبادل لإطلاق النار مع مسلحين")
        if etype in ("attack", "casualties") and (actor is None or self._device_hit(view, m, actor)) \
                and self.covert_strike(view, m):
            if actor is None and not self.device_told(view, m) and (story := self._story_striker(view, m)):
                self.side_note = "side:story-striker"
                return story  # "صعّدت الطائرات الروسية غاراتها ... وقتل خمسة في غارات على X": the same raids
            return "unknown"  # "قتل 40 شخصاً في تفجير انتحاري": the device is told, its agent is not
        if "loser" in flags:
            if self._taker_by_hand(view, actor):
                return side
            self.lost_side = side  # read again at the event's own day once it is known (``adversary_then``)
            return adversary(side, day)
        if etype in ("displacement", "protest"):
            return "civilians"
        if etype in ("casualties", "attack") and (perp := self._perpetrator_side(view, m)):
            return perp  # "ارتكبت الطائرات التركية مجزرة"
        if etype == "casualties" and "agent" in flags and actor is not None and side not in ("", "unknown"):
            return side  # "أعدم التنظيم 11 مدنياً": who executes or eliminates inflicted the toll
        if etype == "casualties" and killer is not None and killer.attrs.get("side") not in (None, "", "civilians"):
            return killer.attrs["side"]  # "قتلت قوات الأمن 20 شخصاً": the active verb's subject
        if etype == "casualties" and actor is None and "agent" in flags and (doer := self._main_doer(view, m)):
            self.side_note = "side:main-subject"
            return doer  # "أحكمت وحدات الجيش سيطرتها على X بعد القضاء على آخر الإرهابيين فيها"
        if etype == "casualties":  # a toll summed over a span names no inflicter by its dead (task sides21)
            return self._casualty_side(view, m, nxt, side, smention, adversary=not self._toll_over_a_span(view, m))
        if etype == "attack" and actor is None and (origin := _fired_from(view, m)):
            self.side_note = "side:fired-from"
            return origin  # "تعرضت قرى لقصف مدفعي من مواقع فصائل الجيش الوطني": the force it was fired from
        if etype == "attack" and "mutual" in flags and (doer := self._not_the_partner(view, m, nxt, etype, actor)):
            self.side_note = "side:not-the-partner"
            return doer  # "وسط اشتباكات مع مقاتلي المعارضة": the party after مع is not the doer
        if etype == "attack" and actor is None and not ("mutual" in flags and self._first_between(view, m, nxt)) \
                and (hurt := self._victim_side(view) or _struck_state_site(view, m)):
            # "مقتل جنود أتراك في عملية نوعية": their adversary struck; not a clash "بين X وY" that names its
            # parties, whose toll counts both ("أسفرت عن مقتل اثنين من المجموعة وإصابة أربعة من الأمن"; task probe17)
            return self.adversary_here(hurt, view, m)
        if "mutual" in flags:
            if etype == "other" and side in ARMED_SIDES:
                # "توصلت الوزارة إلى هدنة"، "أعلنت الفصائل التوصل إلى اتفاق مع X": a deal is its named party's
                # (the subject that reached, signed or announced it), not the story's default side
                return side
            present = {a[2].attrs.get("side") for a in view.actors}
            parties = {a[2].attrs.get("side") for a in view.actors
                       if not (a[0] and view.toks[a[0] - 1].bare in HOLDER)}  # "معتقل لدى الحكومة": a holder
            if etype == "other" and actor is None and not parties & ARMED_SIDES:
                # "تم الاتفاق على إخراج ..."، "ووقف إطلاق النار في X": a deal whose parties the sentence does not
                # name is no party's, unless a party announces it
                sp = smention.attrs.get("side") if smention else None
                if sp in ARMED_SIDES:
                    return sp
                if (office := self._office_side(view, m)) is not None:
                    self.side_note = "side:state-office"
                    return office
                if deal := self._deal_nationality(view):
                    self.side_note = "side:deal-nationality"
                    return deal
                return "unknown"
            if etype == "attack" and self._verb_clash_subject(view, m, actor) and side in ARMED_SIDES:
                self.side_note = "side:clash-verb-subject"
                return side  # "وحدات الجيش تشتبك مع فلولهم": the subject of a clash verb, not the story's side
            first = self._first_between(view, m, nxt) or self._first_of_both(view, m, nxt) \
                or self._clash_subject(view, m)
            if etype == "other" and actor is None and first is None and (deal := self._deal_nationality(view)):
                self.side_note = "side:deal-nationality"  # "لاتفاق تسوية برعاية روسية، ... انتشرت الشرطة": the
                return deal  # sponsor, not a force a later clause of the sentence names
            if (attacker := self._relative_attacker(view, m, nxt)) is not None:
                self.side_note = "side:clash-attacker"
                return attacker  # "اشتباكات بين X وقوات النظام التي حاولت اقتحام المدينة": who attacked
            if first is not None and (self.protagonist not in present or (
                    self._first_between(view, m, nxt) and not self.protagonist_offensive())):
                # "اشتباكات بين X وY": the first-named force, when the article's own side (the attacker its
                # story follows) is not a party, or is named only second after بين (GUIDELINES Sides, task read15)
                return first
            if actor is None or self.protagonist in present:
                implied = unnamed_agent(self.protagonist, etype, day)
                # after the fall a clash is not the incumbent's by default: its first-named party, if any
                return implied if implied == self.protagonist else first or implied
        if etype == "defection" and (own := self._defectors_own(view, m)):
            self.side_note = "side:defectors-own"
            return own  # "بعد انشقاق عشرات الضباط عن الجيش": the force they leave, not the main clause's subject
        if etype == "other" and (actor is None or side == "unknown") and self._kidnapper_untold(view, m):
            self.side_note = "side:kidnapper-untold"
            return "unknown"  # "أفرجت قوى الأمن عنه بعد أيام على خطفه": the rescuer did not kidnap him
        if etype == "other" and (hander := self._handers_side(view, m, actor)):
            self.side_note = "side:arms-handers"
            return hander  # "سلّم آخرون أنفسهم مع أسلحتهم إلى الجيش": not the army that receives them
        if actor is None and etype == "defection" and not self._joined_side(view, m) \
                and adversary("government", day) == "opposition":
            self.side_note = "side:defectors-state"  # "انشق ملازم أول عن حاجز": while the opposition fought the
            return "government"  # state, defectors no force is named for are the state's (GUIDELINES: usually)
        if actor is None and etype == "defection" and (joined := self._joined_side(view, m)):
            self.side_note = "side:joined-adversary"
            return adversary(joined, day)  # "انشق جنود وانضموا إلى الجيش الحر": they left the side it fights
        if actor is None and etype == "withdraw" and own_people_after(view, m) and (
                mover := self._main_clause_side(view)):
            return self.adversary_here(mover, view, m)  # "دخلت القوات X بعد خروج المقاتلين": the other side left
        if etype == "other" and (k := self._civilian_doers(view, m)) is not None and (
                actor is None or actor.end <= view.toks[k].start):  # the nearer subject, not one shared before
            self.side_note = "side:civilian-doers"
            return "civilians"  # "أظهرت صور شباناً يسقطون تمثال الأسد": young men, not the force the story follows
        if actor is None and etype in _LEAVING_TYPES and (mover := self._generic_mover_side(view, m, etype)):
            self.side_note = "side:generic-mover"
            return mover  # "وأن عناصر الحاجز فروا قبل وصول المهاجمين": the attackers' adversary left
        if actor is None and etype == "attack" and (launcher := launcher_side(view, m)):
            self.side_note = "side:launcher"
            return launcher  # "وكان الجيش التركي قد شن حملة جوية استهدفت X": the strikes its subject launched
        if actor is None:
            sp = smention.attrs.get("side") if smention else None
            if etype == "attack" and not self.speaker_is_subject(view, m, smention):
                sp = None  # the speaker reports the strike; it did not strike
            if sp and sp not in ("unknown", "civilians"):
                return sp
            if etype == "attack" and "fell" in m.flags and not _sided_fall(view, m) and not self._strike_just_told():
                self.side_note = "side:fell-unnamed"  # "سقطت قذائف على الحي": shells that fell, no one named as
                return "unknown"  # firing them, were fired by someone unstated (GUIDELINES actor_side), not the story's side
            if etype == "attack" and "exposed" in m.flags and not _sided_fall(view, m) and not self._strike_just_told() \
                    and not self._exposed_named(view, m):
                # "تعرضت البلدة لقصف بقذائف الهاون": a strike told from what it hit (a place, not a force: a struck
                # force leaves it to its enemy, events.py), no force named after it, is as unstated as shells that
                # fell; one from the air keeps the guess of who flew (air_power_side), as after سقط (task side29)
                self.side_note = "side:exposed-unnamed"
                return "unknown"
            if etype == "casualties" and our_dead(view, m):
                self.side_note = "side:our-dead"
                return "unknown"
            implied = self._possessor_side(view, m) or self._implied_side(etype, view, m)
            return self._not_the_opponent(view, m, implied)
        return side

    @staticmethod
    def _defectors_own(view: SentenceView, m: Match) -> str | None:
        """The armed force named right after a members-of word (wordset members_of_marker) near a defection
        trigger: "العناصر العرب في صفوف قسد ... إلى الانشقاق"، "انشقاق ضباط من أبنائها عن الجيش". GUIDELINES:
        a defection is the side whose members defect, whoever is the subject of the sentence's main clause."""
        lo, hi = max(0, m.i - DEFECT_BACK), min(len(view.toks), m.j + DEFECT_AHEAD)
        for a0, _, a in view.actors_by_start:
            if lo < a0 < hi and view.toks[a0 - 1].bare in MEMBERS_OF and a.attrs.get("side") in ARMED_SIDES:
                return a.attrs["side"]
        return None

    def _kidnapper_untold(self, view: SentenceView, m: Match) -> bool:
        """A kidnapping told by a kidnap word (wordset kidnap_stem) at the trigger: its verbal noun ("خطف
        طبيب"، "على خطفه") or passive ("اختُطف التاجر") names the victim only; with no kidnapper named the
        pro-drop guess (the rescuer, the story's side) is wrong: GUIDELINES' unknown when not stated. Not a
        kidnap word that qualifies a doer noun before it ("عصابة خطف"، "متهم بخطف"), nor a relative clause on an
        indefinite victim ("حررت الدورية مواطناً خطفته عصابة"): the main verb's event is told there."""
        toks = view.toks
        if not toks[m.i].bare.startswith(KIDNAP_STEMS):
            return False
        prev = toks[m.i - 1] if m.i else None
        return prev is None or (prev.bare not in KIDNAP_DOERS
                                and not any(c in INDEFINITE_ACC for c in self.article.raw[prev.end:toks[m.i].start]))

    def _handers_side(self, view: SentenceView, m: Match, actor: Mention | None) -> str | None:
        """Arms handed in (a handover word at the trigger, a weapons word in it) with no hander named, or with
        the recipient as the only force ("إلى الجيش", "للأمن العام": wordset recipient_preposition): those who hand in arms are
        the state's adversaries before the fall of Damascus ("سلم نحو أربعين مسلحاً أسلحتهم"); after it the
        house gold gives the new authorities' settlement handovers to the government (probe32 README)."""
        toks = view.toks
        if not toks[m.i].bare.startswith(HANDOVER_STEMS) or not any(
                t.bare.startswith(HANDED_ARMS) for t in toks[m.i:m.j + 1]):
            return None
        if actor is not None and actor.attrs.get("side") not in (None, "", "unknown"):
            a0 = next((a0 for a0, _, a in view.actors if a is actor), None)
            if not a0 or (toks[a0 - 1].bare not in RECIPIENT and not toks[a0].word.startswith(RECIPIENT_CLITIC)):
                return None
        hander = adversary("government", self.day)
        return hander if hander != "unknown" else unnamed_authority("government", self.day)

    def _exposed_named(self, view: SentenceView, m: Match) -> bool:
        """Whether "تعرّض X لـ" says more than a place hit by someone unstated: a force in its clause (the struck
        subject, "تعرضت قوات الأمن لإطلاق نار", whose enemy struck; or the firer past a weapon phrase, "لقصف بقذائف
        الهاون من قوات النظام"), an agent after "من قبل" ("من قبل مسلح"), or a strike from the air anywhere in the
        frame (wordset strike_arm_air: "تعرضت البلدة في الأيام الأخيرة لغارات"، raids a place underwent: the guess
        of who flew, air_power_side)."""
        toks = view.toks
        lo = max((b for b in self._breaks if b <= m.i), default=0)
        hi = min((b for b in self._breaks if b > m.j), default=len(toks))
        if any(lo <= a0 < hi for a0, _, _ in view.actors):
            return True
        if any(toks[k].bare in BY for k in range(m.j, hi)):
            return True
        return any(f in ARM_AIR for t in toks[m.i:min(hi, m.j + 3)] for f in t.forms)

    def _civilian_doers(self, view: SentenceView, m: Match) -> int | None:
        """The token of the subject, if a verb of an act that is no strike ("أسقطوا تمثال") has for subject, just
        before it in its clause, a noun of unarmed people (wordset civilian_doer_noun: شبان، محتجون، الأهالي): they
        did it as civilians, not as the story's force. Only before a verb: after one, or after a verbal noun, such a
        noun is who is acted on ("اعتقال عشرات الشبان")."""
        if "noun" in m.flags:
            return None
        return self._word_back(view, m, CIVILIAN_DOERS, _CIVILIAN_DOER_BACK)

    def _word_back(self, view: SentenceView, m: Match, words: frozenset[str], reach: int) -> int | None:
        """The nearest token before the trigger, at most ``reach`` words back and not past a clause break,
        whose word is one of ``words``."""
        toks = view.toks
        for k in range(m.i - 1, max(-1, m.i - reach - 1), -1):
            if toks[k].bare in words:
                return k
            if k in self._breaks:
                break
        return None

    def _generic_mover_side(self, view: SentenceView, m: Match, etype: str) -> str | None:
        """Soldiers or fighters named by a generic noun (wordset generic_mover_noun) that withdraw, flee, leave
        or defect: "عناصر الحاجز فروا"، "خرج مئات المقاتلين". The side that leaves is not the one the story
        follows but the adversary of the party that acts against them here: a force's event told earlier in
        this sentence or in the one before, not a toll or a deal (a move of other leavers is theirs again). A force named as theirs
        ("مقاتلين من فصائل المعارضة"، "جنود انشقوا عن قوات النظام") is their side; buses that carry fighters
        under a deal, with no party acting, say nothing (None: the rules after this one decide)."""
        k = self._generic_mover_at(view, m)
        if k is None:
            return None
        toks = view.toks
        own = next((a.attrs.get("side") for a0, _, a in view.actors
                    if (k < a0 <= k + _MOVER_FORCE_REACH or (m.j <= a0 <= m.j + _MOVER_AHEAD and a0
                                                             and toks[a0 - 1].bare in DEFECT_FROM))
                    and a.attrs.get("side") in ARMED_SIDES), None)
        if own is not None:
            return own
        if etype == "defection" or any(a0 == k + 1 for a0, _, _ in view.actors) \
                or (k + 1 < len(toks) and names_people(toks[k + 1])) \
                or any(toks[j].bare in CARRIER for j in range(max(0, k - 2), k)):
            # a defector leaves his own side ("انشقاقه مع 14 عنصراً عن كتيبته"); "عناصر الميليشيات"، "عناصر
            # الفصائل" name their owner; "حافلات تقل مقاتلين": a deal's departure, no attacker in it
            return None
        party = [e for e in events_since(self.events, self._current - 1) + [e for e, _ in self._made]
                 if e.actor.side in ARMED_SIDES and e.type not in _NOT_AGAINST
                 and not e.rule.endswith("side:held-town") and e.sentence >= self._current - 1]
        dating = self._dating_clauses(view, m)
        for e in reversed(party):
            if e.sentence == self._current and any(x <= e.evidence.start < y for x, y in dating):
                continue
            if e.type in _LEAVING_TYPES:
                return e.actor.side  # "انسحب مقاتلو X من A ... وانسحب المقاتلون من B": the same leavers
            other = self.adversary_here(e.actor.side, view, m)
            if other == "unknown" and e.date.value:  # "استعادت قوات النظام السابق حي برزة في أيار 2017":
                other = adversary(e.actor.side, e.date.value)  # the adversary of the event's time
            return other
        return None

    def _generic_mover_at(self, view: SentenceView, m: Match) -> int | None:
        """The token of a generic mover noun in the trigger's clause: up to six words before it (back to a
        clause break) or four after it ("انسحب منها المقاتلون")."""
        if (k := self._word_back(view, m, GENERIC_MOVERS, _MOVER_BACK)) is not None:
            return k
        toks = view.toks
        for k in range(m.j, min(len(toks), m.j + _MOVER_AHEAD)):
            if k in self._breaks:
                break
            if toks[k].bare in GENERIC_MOVERS:
                return k
        return None

    def _main_doer(self, view: SentenceView, m: Match) -> str | None:
        """"سيطرت الفصائل على حاجز X بعد القضاء على عناصره": a killing told by its verbal noun (a casualty row
        flagged ``agent``) right after a word of sequence (wordset sequence_aside) is how the main clause's
        subject did what it did: the side of the event this sentence made before it, read from its named
        actor, if one armed side (task sides17)."""
        if not m.i or view.toks[m.i - 1].bare not in SEQUENCE_WORDS:
            return None
        sides = {e.actor.side for e, _ in self._made if e.rule.endswith("side:actor") and e.actor.side in ARMED_SIDES}
        return sides.pop() if len(sides) == 1 else None

    @staticmethod
    def _office_side(view: SentenceView, m: Match) -> str | None:
        """"أعلن المحافظ تمديد الهدنة"، "أعلن وزير الدفاع التوصل إلى اتفاق": a deal no party of which the sentence
        names, announced by an office of the state as its verb's own subject, is that state's: the one a
        nationality adjective right after the office or its portfolio names ("وزير الدفاع التركي"), else the
        government's (who appoints governors and ministers in Syria)."""
        k = state_office_at(view, m)
        if k is None:
            return None
        for q in range(k + 1, min(len(view.toks), k + 1 + OFFICE_NATIONALITY_REACH)):
            if side := token_nationality(view.toks[q]):
                return side
        return "government"

    @staticmethod
    def _deal_nationality(view: SentenceView) -> str | None:
        """"بموجب الاتفاق الروسي التركي"، "لاتفاق تسوية برعاية روسية": with no armed party named, the state a
        deal of the sentence is named after (the first nationality adjective right after a deal noun) or its
        sponsor (a nationality adjective or a force right after رعاية/وساطة/ضمانة) is the deal's side."""
        toks = view.toks
        named = {a0: a for a0, _, a in view.actors}
        for k, tok in enumerate(toks[:-1]):
            if tok.bare in DEAL_NOUNS or tok.forms[0] in DEAL_NOUNS:
                if side := token_nationality(toks[k + 1]):
                    return side
            elif tok.bare in SPONSOR or tok.forms[0] in SPONSOR:
                if k + 1 in named and named[k + 1].attrs.get("side") in ARMED_SIDES:
                    return named[k + 1].attrs["side"]
                if side := token_nationality(toks[k + 1]):
                    return side
        return None

    @staticmethod
    def _joined_side(view: SentenceView, m: Match) -> str | None:
        """The side of a force named after a join verb following a defection ("انشق ضابط والتحق بصفوف
        المعارضة"): defectors come from its adversary, not from it."""
        for a0, _, a in view.actors_by_start:
            if a0 > m.j and any(t.bare.startswith(JOIN_STEMS) for t in view.toks[max(m.j, a0 - JOIN_REACH):a0]):
                side = a.attrs.get("side")
                if side in ARMED_SIDES:
                    return side
        return None

    def _fought_with(self, view: SentenceView, side: str) -> str | None:
        """The side of the force the sentence names as whom a side fought: after مع or ضد at most two words
        after a fight noun of the sentence ("في اشتباكات مع X"، "معارك عنيفة ضد X"), not the side's own
        force; two forces of one side (infighting) count too. None when no such force is named."""
        toks = view.toks
        fights = [c for c in self._sentence_matches if c.row.get("type") == "attack"]
        own = {a.attrs.get("actor") for a0, _, a in view.actors if a.attrs.get("side") == side
               and not self._fought_at(toks, a0, fights)}
        for a0, _, a in view.actors_by_start:
            sd = a.attrs.get("side")
            if sd in ARMED_SIDES and self._fought_at(toks, a0, fights) and (sd != side or (own and a.attrs.get("actor") not in own)):
                return sd
        return None

    @staticmethod
    def _fought_at(toks, a0: int, fights) -> bool:
        """Whether the force at token a0 stands after مع or ضد that follows a fight noun by two words at most."""
        return a0 >= 2 and toks[a0 - 1].bare in NON_AGENT and any(c.j <= a0 - 1 <= c.j + 2 for c in fights)

    @staticmethod
    def _owns_struck_site(toks, a0: int, fights) -> bool:
        """"استهدفت المدفعية تجمعات للإرهابيين في X"، "تحركات المسلحين": the force right after a site or movement
        noun (wordset struck_site_noun) that a strike of the sentence hits owns what was hit; it is no agent."""
        return a0 >= 1 and toks[a0 - 1].bare in STRUCK_SITE and any(c.j <= a0 - 1 <= c.j + 3 for c in fights)

    def _not_the_opponent(self, view: SentenceView, m: Match, implied: str) -> str:
        """"سيطر مقاتلون على القرية بعد معارك عنيفة مع الجيش": an unnamed agent is never the force the
        sentence names only as whom it fought (after مع or ضد, two words at most after a fight noun of the
        sentence: "بالتنسيق مع X" names an ally, not an opponent); it is that force's adversary."""
        toks = view.toks
        same = [a0 for a0, _, a in view.actors if a.attrs.get("side") == implied]
        if implied not in ARMED_SIDES or not same:
            return implied
        fights = [c for c in self._sentence_matches if c.row.get("type") == "attack"]
        owners = [a0 for a0 in same if self._owns_struck_site(toks, a0, fights)]
        for a0, _, a in view.actors:
            if a0 not in same or a0 in owners or (owners and a.attrs.get("coref")):
                continue  # "في صفوفهم" after the owner of what was hit: the owner again
            if not self._fought_at(toks, a0, fights):
                return implied  # the side is named as an agent too
        self.side_note = "side:opponent-named"
        return self.adversary_here(implied, view, m)

    def cause_nationality(self, view: SentenceView, m: Match) -> str | None:
        """"أصيب ثلاثة أطفال بنيران تركية"، "قتل ثلاثة عناصر من الحرس الثوري جراء غارات جوية إسرائيلية": the
        nationality adjective of the strike a toll is told to come from, after it: an agent noun (wordset
        agent_marker: برصاص، بنيران، جراء) or a cause word (cause_marker) before a strike noun of the sentence,
        and the adjective at most three words on ("بقصف مدفعي تركي"), with no force named between."""
        toks = view.toks
        starts = {c.i for c in self._sentence_matches if c.row.get("type") == "attack" and c.i >= m.j}
        for k in range(m.j, min(len(toks), m.j + 10)):
            if not (toks[k].bare in AGENT_MARKERS or (toks[k].bare in CAUSE and k + 1 in starts) or k in starts):
                continue
            for q in range(k + 1, min(len(toks), k + 4)):
                if q in view.actor_tokens or q in view.place_tokens:
                    break
                if side := token_nationality(toks[q]):
                    return side
        return None

    @staticmethod
    def accused_agent(view: SentenceView, m: Match) -> Mention | None:
        """"اتهمت الإدارة الذاتية تركيا بالوقوف وراء تفجير ..."، "حمّلت الوزارة التنظيم مسؤولية الهجوم"،
        "اتهم المرصد قسد بقتل ثلاثة مدنيين": the object of an accusation verb (wordset accuse_verb), the force
        named last before the word that links it to the act (wordset accused_link, or a verbal noun with ب
        that opens the strike: "بتفجير سيارة مفخخة"), is the strike's alleged agent; the accuser, its
        subject, is not. The act comes at most five words after the accused."""
        toks = view.toks
        for a0, a1, a in sorted(view.actors, key=lambda x: x[0], reverse=True):
            if a1 >= m.i or m.i - a1 > 5 or not any(toks[k].bare in ACCUSE for k in range(max(0, a0 - 5), a0)):
                continue
            link = toks[a1 + 1]
            if link.bare in ACCUSED_LINK or (link.bare.startswith(ACCUSED_LINK_CLITIC) and (
                    a1 + 1 == m.i or (m.i - a1 <= 3 and len(link.bare) > 4))):
                return a
        return SideRules._accused_after(view, m)

    @staticmethod
    def _accused_after(view: SentenceView, m: Match) -> Mention | None:
        """"تعرضت البلدة لهجوم بغازات سامة اتهمت المعارضة قوات النظام بتنفيذه": an accusation told after the strike,
        whose link points back at it with a pronoun ("بتنفيذه"، "بشنها"، "بالوقوف وراءه"), names its alleged agent,
        the force right before the link; the accuser is not."""
        toks = view.toks
        for a0, a1, a in view.actors_by_start:
            if a0 < m.j or a0 - m.j > ACCUSED_AFTER_REACH or a1 + 1 >= len(toks) \
                    or not any(toks[k].bare in ACCUSE for k in range(max(m.j, a0 - 5), a0)):
                continue
            link = toks[a1 + 1]
            behind = toks[a1 + 2].word if a1 + 2 < len(toks) else ""  # (its و is a root letter)
            back = link.bare.endswith(BACK_POINTING) or (
                link.bare in ACCUSED_LINK and behind.startswith(BEHIND) and behind.endswith(BACK_POINTING))
            if back and link.bare.startswith(ACCUSED_LINK_CLITIC):
                return a
        return None

    @staticmethod
    def covert_strike(view: SentenceView, m: Match) -> bool:
        """"خلال تفجير انتحاري استهدف الحافلات"، "انفجار سيارة مفخخة في X"، "لقي 40 مصرعهم في تفجير عبوة
        ناسفة": a strike told by its device (wordset covert_device), or said to be of unknown origin ("بغارات
        مجهولة", wordset unattributed_adjective), in the trigger, up to three words before it (the subject of
        "استهدف") or after it. Such a strike has no agent to guess from the story's side:
        unless a force is named, it stays unknown (``identified_attacker`` names it when the article does)."""
        toks = view.toks
        lo, hi = max(0, m.i - 3), min(len(toks), m.j + 3)
        if m.row.get("type") == "casualties":
            hi = min(len(toks), m.j + 6)  # "لقي 40 مصرعهم خلال تفجير انتحاري": the strike that took them
        return SideRules.device_told(view, m) or SideRules.strike_as_subject(view, lo, hi)

    @staticmethod
    def device_told(view: SentenceView, m: Match) -> bool:
        """A covert device or a strike said to be of unknown origin near the trigger (``covert_strike`` less
        the strike noun as subject): its agent is never guessed, whatever the story told before."""
        toks = view.toks
        lo, hi = arm_window(view, m)
        return any(toks[k].bare in COVERT or toks[k].word in COVERT or toks[k].bare in UNATTRIBUTED
                   or SideRules._unowned_shooter(view, k) for k in range(lo, hi))

    @staticmethod
    def _unowned_shooter(view: SentenceView, k: int) -> bool:
        """"قتل شاب برصاص قناص في حي X": an indefinite sniper (wordset unowned_shooter) with no force named
        within SHOOTER_OWNER_REACH words after it ("قناص تابع لقوات النظام" names one) is told like a covert
        device: nobody's the text says (gold practice of the read sets: unknown; the definite "القناصة" are the
        ones the story told of)."""
        if view.toks[k].bare not in UNOWNED_SHOOTER:
            return False
        return not any(k < a0 <= k + SHOOTER_OWNER_REACH for a0, _, _ in view.actors)

    def _story_striker(self, view: SentenceView, m: Match) -> str | None:
        """The side of the strikes the story is telling: an attack of this sentence, or of the one before
        (unless this one turns the topic), whose striker was named ("صعّدت الطائرات الروسية غاراتها على X.
        وقتل خمسة مدنيين في غارات على Y": the Russian raids go on; GUIDELINES gold practice: an unnamed
        strike in a story where one side strikes is that side's). An unnamed strike that names its arm
        ("قصف مدفعي"، "قصف صاروخي") continues only named strikes of that arm: "غارات نفذتها طائرات روسية ...
        كما قضت سيدة في قصف مدفعي على Y" adds another item of a list, not the same raids."""
        told = [e for e, _ in self._made] or (
            [] if self._turns_topic(view) else [e for e in self.events if e.sentence == self._current - 1])
        arm = _strike_arms(t.bare for t in view.toks[m.i:min(len(view.toks), m.j + ARM_REACH)])
        strikes = [e for e in told if e.type == "attack" and e.rule.endswith("side:actor")
                   and e.actor.side in ARMED_SIDES]
        named = {e.actor.side for e in strikes}
        if len(named) != 1:
            return None  # strikes of two sides told together: an unnamed one is neither's
        if arm and not any(arm & _strike_arms(fold_text(e.evidence.text).split() if e.evidence else ())
                           for e in strikes):
            return None
        return named.pop()

    @staticmethod
    def strike_as_subject(view: SentenceView, lo: int, hi: int) -> bool:
        """"جراء قصف مدفعي استهدف حي X"، "غارات استهدفت مدينة X"، "التفجير الذي استهدف المبنى": a strike
        noun (wordset strike_subject_noun) that is itself the subject of a targeting verb (wordset
        strike_subject_verb), with at most one adjective or a relative pronoun between, tells the strike
        and not who struck; like a covert device it names no agent to guess from the story. A force or a
        nationality adjective between ("غارات روسية استهدفت") names one, and then it is no such strike;
        a definite noun counts only with its relative pronoun ("التفجير الذي استهدف"). A sentence that names
        who suffered (``victim_idx``) leaves the strike to their adversary."""
        toks = view.toks
        if SideRules.victim_idx(view):
            return False  # "مقتل خمسة من الجنود الأتراك في هجوم على X": who suffered says who struck
        for k in range(lo, hi):
            if not any(f in STRIKE_SUBJECT for f in toks[k].forms):
                continue
            if any(q in view.actor_tokens or token_nationality(toks[q]) for q in range(max(0, k - 3), k)):
                return False  # "شنت المقاتلات الإسرائيلية غارات استهدفت X": the object of a named striker
            definite = toks[k].bare.startswith(DEFINITE_ARTICLE)
            caused = k > 0 and toks[k - 1].bare in CAUSE or (toks[k].bare not in STRIKE_SUBJECT and not definite)
            arms = sole_operators()
            armed = False
            for q in range(k, min(len(toks), k + 4)):
                if q in view.actor_tokens or token_nationality(toks[q]):
                    break  # a force or a nationality names who struck
                armed = armed or any(f in arms for f in toks[q].forms)
                if q == k:
                    continue
                if caused and not definite and not armed and toks[q].bare in STRIKE_TOLD_TARGET:
                    return True  # "في قصف بالبراميل على X": an arm only one side used still names it
                if toks[q].bare in STRIKE_SUBJECT_VERB:
                    # "الغارات طالت أيضاً X": a definite strike with no relative clause is the one told
                    # before, whose agent the story has named
                    return not definite or toks[q - 1].bare in RELATIVE_PRONOUNS
                if toks[q].bare in RELATIVE_PRONOUNS or q <= k + 2:
                    continue
                break
        return False

    def clashes_to_attacker(self, events: list[Event]) -> None:
        """"اندلعت اشتباكات بين X و Y" names two parties; when the article says who attacked ("وشنت
        فصائل X هجوماً على القرى"), the clash is the attacker's (eval/GUIDELINES.md, Sides). The attacker
        is the one side that the article's asserted, non-clash strikes name as their agent; it takes a
        clash whose sentence names it as a party, or names at most one armed side (the other left
        implicit, "قالت قسد إن الاشتباكات أسفرت عن ...")."""
        clash = _clash_names(self.triggers)
        def trig(e: Event) -> str:
            return e.rule.split(" ")[0].removeprefix("trigger:")
        strikes = {e.actor.side for e in events if e.type == "attack" and e.polarity == "asserted"
                   and e.rule.endswith("side:actor") and trig(e) not in clash and _assault(e.trigger)}
        if len(strikes) != 1 or not strikes <= ARMED_SIDES:
            return
        attacker = next(iter(strikes))
        for e in events:
            if e.type != "attack" or trig(e) not in clash or e.actor.side == attacker:
                continue
            named = [a for a in self.by_sent.get(e.sentence, []) if a.kind == "actor"]
            if self._unarmed_parties(e, named):
                continue  # "في اشتباك بين أفراد من عشيرتين": the clash names its own parties, no armed side
            if any(a.attrs.get("side") == attacker and self._after_with(a) for a in named):
                continue  # "اشتباكات مع الإرهابيين": who the clash is with is not whose it is
            between = self._between_sides(e, named)
            if between and attacker not in between:
                continue  # "اشتباكات بين قوات الأمن العام ومسلحين": the clash names its armed party, the first-named
            parties = {a.attrs.get("side") for a in named} & ARMED_SIDES
            if attacker in parties or len(parties) <= 1:
                e.actor = actor_of(None, attacker, e.date.value or self.day)
                e.rule = e.rule.rsplit(" side:", 1)[0] + " side:attacker-in-article"

    def _unarmed_parties(self, e: Event, named: list[Mention]) -> bool:
        """"في اشتباك بالأسلحة الخفيفة بين أفراد من عشيرتين": a clash whose بين (within CLASH_BETWEEN_REACH words
        of its trigger) names its parties, none of them an armed side (clans, families, unnamed gunmen), is
        theirs (GUIDELINES: tribes and local armed groups are `unknown`), not the attacker's of another item
        of the article's list."""
        after = self._words_after_trigger(e)[1]
        if after and fold_text(after[0].group()).strip(COMMAS + ".") in UNARMED_KIND:
            return True  # "إثر اشتباك عائلي قتل فيه شخصان": the kind names its parties, no armed side (task probe24)
        between = self._between_sides(e, named)
        return between is not None and not between

    def _words_after_trigger(self, e: Event) -> tuple[int, list[re.Match]]:
        """Where a clash's trigger ends in the article's raw text and its next CLASH_BETWEEN_REACH words (match
        objects relative to that end) in its sentence; no words when the trigger is not found there."""
        if e.evidence is None or e.sentence >= len(self.article.sentences):
            return 0, []
        raw, end = self.article.raw, self.article.sentences[e.sentence].end
        at = raw.find(e.trigger, e.evidence.start, end)
        if at < 0:
            return 0, []
        lo = at + len(e.trigger)
        return lo, list(re.finditer(r"\S+", raw[lo:end]))[:CLASH_BETWEEN_REACH]

    def _between_sides(self, e: Event, named: list[Mention]) -> set[str] | None:
        """The armed sides a clash's بين (within CLASH_BETWEEN_REACH words of its trigger) names in its next
        PARTIES_REACH words ("اشتباكات بين قوات الأمن العام ومسلحين" → {government}); None when the clash has
        no بين, so names no parties of its own."""
        lo, after = self._words_after_trigger(e)
        k = next((i for i, w in enumerate(after) if fold_text(w.group()) in BETWEEN), None)
        if k is None:
            return None
        raw, end = self.article.raw, self.article.sentences[e.sentence].end
        lo += after[k].end()
        rest = list(re.finditer(r"\S+", raw[lo:end]))[:PARTIES_REACH]
        hi = lo + (rest[-1].end() if rest else 0)
        return {a.attrs.get("side", "") for a in named if lo <= a.start < hi} & ARMED_SIDES

    def identified_attacker(self, events: list[Event]) -> None:
        """"أقدم انتحاري على تفجير نفسه ... وأكدت الوزارة أن الانتحاري عضو في تنظيم X": when the article
        identifies its attacker (an attacker noun owned by one armed group, wordset attacker_noun), the
        strikes and tolls it told with no agent named are that group's."""
        owners = {a.attrs.get("side") for a in self.article.mentions_of("actor")
                  if "+owner:" in a.rule and a.text and fold_text(a.text.split()[0]) in ATTACKER}
        if len(owners) != 1 or not owners <= ARMED_SIDES:
            return
        side = next(iter(owners))
        for e in events:
            if e.type in ("attack", "casualties") and e.actor.side == "unknown" and e.rule.endswith("side:implied"):
                e.actor = actor_of(None, side, e.date.value or self.day)
                e.rule = e.rule.rsplit(" side:", 1)[0] + " side:identified-attacker"

    def claimed_after(self, events: list[Event]) -> None:
        """"استشهد أربعة ... جراء تفجير سيارة مفخخة استهدف مخفر الشرطة في X، في هجوم تبناه تنظيم داعش": a claim
        verb with the pronoun of the act, told after it in the same sentence, names the agent of the strikes and
        tolls that sentence told with no agent (a covert device's stays unknown only until someone claims it)."""
        for a in self.article.mentions_of("actor"):
            side = a.attrs.get("side")
            before = self.article.raw[max(0, a.start - 12):a.start].split()
            if side not in ARMED_SIDES or not before or fold_text(before[-1]) not in CLAIM_IT:
                continue
            for e in events:
                if e.sentence == a.sentence and e.type in ("attack", "casualties") and e.actor.side == "unknown" \
                        and e.evidence.start < a.start and e.rule.endswith("side:implied"):
                    e.actor = actor_of(None, side, e.date.value or self.day)
                    e.rule = e.rule.rsplit(" side:", 1)[0] + " side:claimed-after"

    def strikes_retold(self, events: list[Event]) -> None:
        """"شنت طائرات روسية غارات على X ... وأفاد الدفاع المدني بمقتل 17 جراء الغارات التي استهدفت X": a definite
        strike noun told as its own subject, with no agent (``strike_as_subject``: unknown), at a place the
        article already told struck by one named armed side, is those strikes told again: that side's, and so
        is the toll its sentence tells at that place (a definite strike at a place nobody was said to strike
        stays unknown, "التفجير الذي استهدف مبنى X")."""
        struck: dict[str, set[str]] = {}  # place -> the sides that were told striking it, by name
        retold: dict[tuple[int, str], str] = {}  # (sentence, place) -> the side of the strikes told again
        for e in events:
            if e.type != "attack" or e.place is None:
                continue
            name = e.place.name
            if e.polarity == "asserted" and e.rule.endswith("side:actor") and e.actor.side in ARMED_SIDES:
                struck.setdefault(name, set()).add(e.actor.side)
            elif e.actor.side == "unknown" and e.rule.endswith("side:implied") and len(struck.get(name, ())) == 1 \
                    and self._definite_strike_at(e):
                retold[(e.sentence, name)] = next(iter(struck[name]))
        for e in events:
            side = retold.get((e.sentence, e.place.name)) if e.place is not None else None
            if side and e.type in ("attack", "casualties") and e.actor.side == "unknown" \
                    and e.rule.endswith("side:implied"):
                e.actor = actor_of(None, side, e.date.value or self.day)
                e.rule = e.rule.rsplit(" side:", 1)[0] + " side:strikes-retold"

    def _definite_strike_at(self, e: Event) -> bool:
        """Whether an attack is told by a definite strike noun ("الغارات"), or by the targeting verb whose
        subject such a noun is ("القصف الذي استهدف X": the verb, up to two words after the noun)."""
        if _definite_strike(e.trigger):
            return True
        head = fold_text(e.trigger.split()[0]) if e.trigger else ""
        if head not in STRIKE_SUBJECT_VERB:
            return False
        before, _ = self._words_by_trigger(e, 40, 0)
        gap = [w for w in before[-2:] if w not in RELATIVE_PRONOUNS]
        return len(gap) == 1 and _definite_strike(gap[0])

    def resulted_toll(self, events: list[Event]) -> None:
        """"نفذت قوى الأمن الداخلي عملية أمنية في X، أسفرت عن مقتل قيادي في التنظيم": a toll told right after a
        verb of resulting took its place from the happening just told (where.py ``_resulted``); that happening's
        named agent brought it about, so inflicted it (a toll of its own men is told with a victim, read before)."""
        for k, c in enumerate(events):
            if c.type != "casualties" or c.actor.side != "unknown" \
                    or not (c.rule.endswith("side:implied") or self._dead_as_agent(c)) \
                    or not (" place:resulted " in c.rule or self._after_result_verb(c)):
                continue
            if self._toll_of_both(c):
                continue  # "وأسفرت المعارك عن مقتل عشرة من الطرفين": no one side inflicted them (task tollside38)
            told = [e for e in events[:k] if e.sentence == c.sentence and e.type != "casualties"]
            # the happening told right before the verb of resulting, not one the result list made after it ("شنت
            # طائرات غارات على X، ما أسفر عن تدمير Y وإصابة أربعة") nor another the sentence told first ("فرضت
            # الأمن حظر تجوال بعد اشتباك بين مهربين أدى إلى مقتل شخص": the clash's; task tollside38)
            donor = self._result_donor(c, [e for e in events if e.sentence == c.sentence and e.type != "casualties"])
            if donor is None and not self._result_donor_told(c, events):
                # no happening of its sentence stands before the verb: as before, the list order decides
                donor = (told[0] if self._coordinated_result(c) else told[-1]) if told else None
            if donor is not None and donor.polarity == "asserted" and donor.rule.endswith(RESULT_DONOR_NOTES) \
                    and donor.actor.side in ARMED_SIDES and donor.type not in RESULT_NO_DONOR:
                c.actor = actor_of(None, donor.actor.side, c.date.value or self.day)
                c.rule = c.rule.rsplit(" side:", 1)[0] + " side:resulted-from"
            elif (prev := self._strike_retold_before(c, donor, told, events)) is not None:
                # "قصفت المدفعية التركية قرى X. وأوضح المرصد أن القصف أدى إلى مقتل أربعة": the definite strike noun
                # subject of the verb of resulting is the strike of the sentence before (task tollside38)
                c.actor = actor_of(None, prev.actor.side, c.date.value or self.day)
                c.rule = c.rule.rsplit(" side:", 1)[0] + " side:resulted-from-before"

    def _trigger_at(self, e: Event) -> int:
        """Where an event's trigger stands in the article (its evidence's start when not found there)."""
        at = self.article.raw.find(e.trigger, e.evidence.start) if e.trigger else -1
        return at if at >= 0 else e.evidence.start

    def _result_donor(self, c: Event, told: list[Event]) -> Event | None:
        """The happening of a toll's sentence told last before the verb of resulting that leads to the toll (a
        verb of wordset result_verb stands between its trigger and the toll's); None when there is none."""
        here, raw = self._trigger_at(c), self.article.raw
        best: tuple[int, Event] | None = None
        for e in told:
            at = self._trigger_at(e)
            if at >= here or (best is not None and at <= best[0]):
                continue
            if any(_result_verb(w) for _, _, w in words(fold_text(raw[at:here]))[1:]):
                best = (at, e)
        return best[1] if best else None

    def _result_donor_told(self, c: Event, events: list[Event]) -> bool:
        """Whether a happening of a toll's sentence stands before the toll's trigger at all."""
        here = self._trigger_at(c)
        return any(e.sentence == c.sentence and e.type != "casualties" and self._trigger_at(e) < here for e in events)

    def _toll_of_both(self, c: Event) -> bool:
        """"مقتل عشرة مقاتلين من الطرفين": a word of both parties within a few words after the toll's trigger."""
        _, after = self._words_by_trigger(c, 0, 80)
        return any(w in BOTH_PARTIES for w in after[:BOTH_DEAD_REACH])

    def _strike_retold_before(self, c: Event, donor: Event | None, told: list[Event],
                              events: list[Event]) -> Event | None:
        """A toll told right after a verb of resulting whose subject is a definite strike noun ("أن القصف أدى إلى
        مقتل"، "بأن الغارات أسفرت عن"، "وأسفر القصف عن") or a definite operation noun ("أن العمليات أسفرت عن"،
        "وأسفرت الحملة عن"), that noun read as no happening of the sentence or as a strike with no agent of its own
        (told again, ``side:implied``): the last asserted strike (an operation: the last asserted happening of
        RETOLD_OPERATION_TYPES) of the nearest sentence before that told one, within RETOLD_REACH sentences, when
        its agent was named (side:actor) and it was no clash."""
        if donor is not None and not (donor.type == "attack" and donor.rule.endswith("side:implied")
                                      and self._definite_strike_at(donor)):
            return None
        if donor is None and told:
            return None
        before, _ = self._words_by_trigger(c, 60, 0)
        k = next((k for k in range(len(before) - 1, 0, -1) if before[k] in RESULT_PREPS
                  and any(_result_verb(w) for w in before[max(0, k - 2):k])), None)
        if k is None or k < len(before) - 1:
            return None  # the toll stands right after the preposition of the verb of resulting
        subject = before[max(0, k - 3):k]
        if any(_definite_strike(w) for w in subject):
            types: tuple[str, ...] = ("attack",)
        elif any(_definite_operation(w) for w in subject):
            types = RETOLD_OPERATION_TYPES
        else:
            return None
        for back in range(c.sentence - 1, max(-1, c.sentence - 1 - RETOLD_REACH), -1):
            here = [e for e in events if e.sentence == back]
            if not here:
                continue
            strikes = [e for e in here if e.type in types and e.polarity == "asserted"]
            last = max(strikes, key=self._trigger_at, default=None)
            if last is None or not last.rule.endswith("side:actor") or last.actor.side not in ARMED_SIDES \
                    or (last.type == "attack" and told_as_clash(last, self.triggers)):
                return None
            return last
        return None

    def _words_by_trigger(self, e: Event, before: int, after: int) -> tuple[list[str], list[str]]:
        """The folded words of up to ``before`` characters before an event's trigger and ``after`` from it (the
        trigger's own first word left out); two empty lists when the trigger is not found in its evidence."""
        raw = self.article.raw
        at = raw.find(e.trigger, e.evidence.start) if e.trigger else -1
        if at < 0:
            return [], []
        return ([w for _, _, w in words(fold_text(raw[max(0, at - before):at]))],
                [w for _, _, w in words(fold_text(raw[at:at + after]))][1:])

    def _dead_as_agent(self, c: Event) -> bool:
        """"أسفرت عن مقتل مسلحين اثنين"، "عن مقتل ثلاثة مسلحين": members right after the toll word (a count or a word
        of the killed before them) are the dead; an unidentified group read there as the toll's agent inflicted
        nothing, so the happening the toll resulted from may still give it its side (task vary15: probe16's rule
        held only for dead with no group noun, "مطلوبين")."""
        if c.actor.id != "unidentified" or not c.rule.endswith("side:actor"):
            return False
        _, after = self._words_by_trigger(c, 0, 40)
        return bool(after) and (after[0] in MEMBER_NOUNS or (
            len(after) > 1 and (after[0] in KILLED_OBJECT or after[0].isdigit()) and after[1] in MEMBER_NOUNS))

    def _after_result_verb(self, c: Event) -> bool:
        """Whether a toll's trigger stands right after a verb of resulting and its preposition ("أسفرت عن مقتل"),
        or is coordinated with the first thing the verb resulted in ("ما أدى إلى تدمير مدرجات وحظائر، وإصابة 12
        شخصاً": a toll joined by و within RESULT_LIST_REACH words of it; task read15)."""
        words, _ = self._words_by_trigger(c, 30, 0)
        if len(words) >= 2 and words[-1] in RESULT_PREPS and words[-2] in RESULT_OF:
            return True
        if any(w in RESULT_DIRECT for w in words[-2:]):
            return True  # "في عملية خلّفت مئات القتلى": a verb that takes the toll with no preposition (task tollside38)
        return self._coordinated_result(c)

    def _coordinated_result(self, c: Event) -> bool:
        """"ما أدى إلى تدمير مدرجات وحظائر، وإصابة 12 شخصاً": a toll joined by و to the first thing a verb of
        resulting brought about, within RESULT_LIST_REACH words of the verb and its preposition (task read15)."""
        words, _ = self._words_by_trigger(c, 160, 0)
        joined = (words and words[-1] in COORD_CLITIC) or (c.trigger or "").startswith(COORD_CLITIC)
        tail = words[-RESULT_LIST_REACH:] if joined else []
        return any(tail[k] in RESULT_OF and tail[k + 1] in RESULT_PREPS for k in range(len(tail) - 1))

    def attackers_recalled(self, events: list[Event]) -> None:
        """"هاجمت قوات موالية للحكومة مقراً لقسد ... وقال مسؤول إن المهاجمين تقدموا باتجاه X": an event whose agent
        is told only as the definite attackers (wordset attackers_recalled: up to three words before its trigger,
        or up to eight after a toll, "إصابة ثلاثة بقذائف أطلقتها المجموعات المهاجمة") is theirs who made the
        assault told before (the last asserted هجوم/هاجم event with a named agent, wordset assault_stem; a named
        force of no side, "شن مسلحون من فلول النظام هجوماً", leaves them unknown too)."""
        assault: str | None = None
        for e in events:
            if e.type == "attack" and e.polarity == "asserted" and e.rule.endswith("side:actor") \
                    and e.actor.side != "civilians" and _assault(e.trigger or ""):
                assault = e.actor.side
                continue
            if assault is None or e.actor.side == assault or not e.rule.endswith("side:implied") \
                    or not self._attackers_near(e):
                continue
            e.actor = actor_of(None, assault, e.date.value or self.day)
            e.rule = e.rule.rsplit(" side:", 1)[0] + " side:attackers-recalled"

    def _attackers_near(self, e: Event) -> bool:
        """Whether the definite attackers stand as the subject of an event's trigger (see ``attackers_recalled``)."""
        before, after = self._words_by_trigger(e, 60, 120)
        if e.type != "casualties":
            return any(w in ATTACKERS_RECALLED for w in before[-ATTACKERS_REACH:])
        # a toll's attackers are its agents after it ("برصاص المهاجمين"), never the dead it counts ("ثلاثة من
        # المهاجمين قتلوا"، "مقتل ثلاثة من المهاجمين": counted_attackers, their adversary's)
        return any(w in ATTACKERS_RECALLED and (k == 0 or after[k - 1] not in PARTITIVE_OF)
                   for k, w in enumerate(after[:8]))

    def more_victims(self, events: list[Event]) -> None:
        """"قتل 17 مدنياً جراء الغارات الروسية على X، فيما سقط ثلاثة قتلى آخرون في Y": a toll of "others" (wordset
        more_victims, up to four words after its trigger) with no agent, after a toll of the same sentence whose
        side is known, counts more dead of the same happening: the same side inflicted them."""
        for c in events:
            if c.type != "casualties" or c.actor.side != "unknown" or not c.rule.endswith("side:implied"):
                continue
            _, after = self._words_by_trigger(c, 0, 80)
            k = next((k for k, w in enumerate(after[:MORE_VICTIMS_REACH]) if w in MORE_VICTIMS), None)
            if k is None or (k + 1 < len(after) and after[k + 1] in PARTITIVE_OF):
                continue  # ("وقتل ثلاثة آخرون من المهاجمين": others of a force named, not more of the same dead)
            # the toll it continues is the nearest one before it: in a daily list ("قتل جنديان في هجوم لداعش،
            # ... في حين قتل شابان وأصيب أربعة آخرون في اشتباك بين عشيرتين") an earlier item's killer is not its
            first = max((e for e in events if e.sentence == c.sentence and e.type == "casualties"
                         and e.evidence.start < c.evidence.start), key=lambda e: e.evidence.start, default=None)
            if first is not None and first.actor.side not in ("unknown", "civilians"):
                c.actor = actor_of(None, first.actor.side, c.date.value or self.day)
                c.rule = c.rule.rsplit(" side:", 1)[0] + " side:more-victims"

    def caused_by_strike(self, events: list[Event]) -> None:
        """"وقوع إصابتين جراء إطلاق نار من قبل X": a toll with no agent of its own, caused (جراء، بسبب،
        إثر) by a strike of the same sentence whose agent is named, was inflicted by that agent."""
        for c in events:
            if c.type != "casualties" or c.actor.side != "unknown" or not c.rule.endswith("side:implied") \
                    or c.sentence >= len(self.article.sentences):
                continue
            cause = self._nearest_cause(c, events)
            if cause is not None and cause.polarity == "asserted" and cause.actor.side in ARMED_SIDES \
                    and cause.rule.endswith("side:actor"):
                c.actor = actor_of(None, cause.actor.side, c.date.value or self.day)
                c.rule = c.rule.rsplit(" side:", 1)[0] + " side:caused-by-strike"
            elif cause is not None and cause.polarity == "asserted" and cause.rule.endswith("side:actor") \
                    and cause.actor.side == "unknown" and cause.actor.id not in ("", "unidentified"):
                # "قتل ثلاثة شبان بنيران مسلحين من العشائر": a named group of no side of the table fired (task read20a)
                c.actor = cause.actor
                c.rule = c.rule.rsplit(" side:", 1)[0] + " side:caused-by-strike"

    def _nearest_cause(self, c: Event, events: list[Event]) -> Event | None:
        """The strike a toll's cause word leads to: the first one told after the toll ("قضى رجل برصاص
        مسلحين مجهولين ... وقتل طفل بانفجار لغم ... في اشتباك بين عشيرتين"), not any strike of a daily
        list's sentence, whose other items have causes of their own. When no strike is told after the
        toll, the first strike of the sentence named after a cause word, as before."""
        sent = self.article.sentences[c.sentence]
        text = fold_text(self.article.raw[sent.start:sent.end])
        here = len(fold_text(self.article.raw[sent.start:c.evidence.start])) if c.evidence else 0
        told: list[tuple[int, Event]] = []
        for a in events:
            if a.sentence != c.sentence or a.type != "attack" or not a.trigger:
                continue
            i = self._told_as_cause(text, fold_text(a.trigger), here)
            if i >= 0:
                told.append((i, a))
        if told:
            return min(told, key=lambda t: t[0])[1]
        return next((a for a in events if a.sentence == c.sentence and a.type == "attack"
                     and a.polarity == "asserted" and a.actor.side in ARMED_SIDES
                     and a.rule.endswith("side:actor")
                     and any(f"{w} {fold_text(a.trigger)}" in text for w in CAUSE)), None)

    @staticmethod
    def _told_as_cause(text: str, trig: str, here: int) -> int:
        """Where, after ``here``, a strike's trigger is told as a cause: after a cause word ("في هجوم"،
        "جراء قصف"), or as the means in the toll's own clause (no comma between), ب on it or on the word
        before it ("قضى رجل برصاص مسلحين"، "برصاص قناص"; "بجروح، وألقى الطيران 4 براميل" is a clause of its own)."""
        i = text.find(trig, here)
        while i >= 0:
            before = text[:i].split()
            last = before[-1] if before and text[i - 1:i].isspace() else ""
            clitic = before[-1] if before and not text[i - 1:i].isspace() else ""  # "بقصف" with trigger قصف
            means = not any(c in COMMAS for c in text[here:i]) and (
                trig.startswith(INSTRUMENT) or last.startswith(INSTRUMENT) or clitic in INSTRUMENT)
            if last in CAUSE or means:
                return i
            i = text.find(trig, i + 1)
        return -1

    def resulted_from_strike(self, events: list[Event]) -> None:
        """"قصفت طائرات النظام أحياء X وY، ما أدى إلى مقتل 4 مدنيين في حي X": a toll with no agent of its own,
        told right after a clause of result (wordsets result_what, result_verb, result_preposition) that follows
        a strike of the same sentence whose agent is named, was inflicted by that agent (the strike told last
        before it; a clash is no one's strike). The other order is ``caused_by_strike``."""
        for c in events:
            if c.type != "casualties" or c.actor.side != "unknown" or not c.rule.endswith("side:implied") \
                    or c.sentence >= len(self.article.sentences) or not c.trigger:
                continue
            sent = self.article.sentences[c.sentence]
            text, trig = fold_text(self.article.raw[sent.start:c.evidence.end]), fold_text(c.trigger)
            if not any(f"{w} {v} {p} {trig}" in text or f"{w} {v} {p}{trig}" in text
                       for w in RESULT_WHAT for v in RESULT_VERB for p in RESULT_PREP):
                continue
            before = [a for a in events if a.sentence == c.sentence and a.type == "attack" and a.polarity == "asserted"
                      and a.evidence.start < c.evidence.start]
            last = max(before, key=lambda a: a.evidence.start, default=None)
            # a strike told by an arm only one side used ("طائرات حربية شنت غارات" in 2013) names its agent too
            if last is not None and last.actor.side in ARMED_SIDES \
                    and last.rule.endswith(("side:actor", "side:sole-operator")) \
                    and not told_as_clash(last, self.triggers):
                c.actor = actor_of(None, last.actor.side, c.date.value or self.day)
                c.rule = c.rule.rsplit(" side:", 1)[0] + " side:resulted-from-strike"

    def _after_with(self, a: Mention) -> bool:
        """Whether a force is named right after "مع" or "ضد" ("اشتباكات مع X")."""
        words = self.article.raw[max(0, a.start - 12):a.start].split()
        return bool(words) and fold_text(words[-1]) in NON_AGENT

    @staticmethod
    def victim_idx(view: SentenceView) -> set[int]:
        """Tokens of actors named as who suffered: "مقتل ثمانية من الجنود الأتراك"، "أوقعت قتلى من جيش
        النظام"، "40 مقاتلاً قتلوا من الفصائل"، "قتل عشرة من عناصر قوات النظام"، "قتل قيادي في فصيل X" (a
        force after "من", after "من" and a members' noun, or after a rank noun and "في", with a casualty
        word a few words before it). They are never the agent of a strike."""
        toks = view.toks
        out: set[int] = set()
        for a0, a1, _ in view.actors:
            p = a0  # "مقتل عشرة من عناصر قوات النظام": من before the members' noun
            if p >= 3 and toks[p - 1].bare in MEMBER_NOUNS and toks[p - 2].bare in PARTITIVE_OF:
                p -= 1
            if (role := role_before(toks, p)) is not None:  # "مقتل قيادي (سابق) في جبهة النصرة": his force suffered
                # "نجا قيادي في X من محاولة اغتيال"، "تعرض عنصر في X لمحاولة اغتيال": who survived or underwent it
                # suffered it too (wordset survival_word, task conv35)
                if any(toks[k].bare in VICTIM_WORDS or toks[k].forms[-1] in VICTIM_WORDS
                       for k in range(max(0, role - 6), role)) or _targeted(toks, role):
                    out.update(range(a0, a1 + 1))
                continue
            if p and toks[p - 1].bare in AFFILIATED_ROLE and _targeted(toks, p - 1):
                out.update(range(a0, a1 + 1))  # "استهدفت غارة زعيم التنظيم": the leader's group was the target
                continue
            if p < 2 or toks[p - 1].bare not in PARTITIVE_OF or agent_partitive(toks, p):
                continue
            if any(toks[k].bare in CASUALTY_WORDS or toks[k].forms[-1] in CASUALTY_WORDS
                   for k in range(max(0, p - 6), p - 1)):
                out.update(range(a0, a1 + 1))
        # "هاجمت خلية من التنظيم دورية للجيش": the owner of what was hit suffered, when another force is named to
        # strike it; alone ("غارات استهدفت مقرات للحرس الثوري") it says nothing of who struck (struck_owners)
        owners = SideRules.struck_owners(view)
        if owners and any(a0 not in owners for a0, _, _ in view.actors):
            out |= owners
        return out

    @staticmethod
    def struck_owners(view: SentenceView) -> set[int]:
        """Tokens of forces that own what a strike hit ("هاجمت خلية من التنظيم دورية للجيش"): no agent of
        it. Unlike ``victim_idx`` they are not read as who suffered when no agent is named ("غارات استهدفت
        مقرات للحرس الثوري": who struck is not thereby the Guards' enemy)."""
        return {k for a0, a1, a in view.actors if SideRules._struck_holding(view, a0, a) for k in range(a0, a1 + 1)}

    @staticmethod
    def _struck_holding(view: SentenceView, a0: int, a: Mention) -> bool:
        """"هاجمت خلية من التنظيم في آب دورية للجيش"، "استهدفوا حاجزاً للأمن العام": a force written with ل right
        after a patrol, a checkpoint or a post (wordset struck_holding_noun) that a strike word a few words
        before takes as its object (wordset strike_object_lead) owns what was hit; it is no agent."""
        toks = view.toks
        # (the ل outside the force's span: "للأمن العام", whose folded forms end on "لامن")
        if a0 < 2 or (toks[a0 - 1].bare not in STRUCK_HOLDINGS and not (  # "كمين نصب لدورية للأمن العام"
                toks[a0 - 1].bare.startswith(tuple(LAM)) and toks[a0 - 1].bare[1:] in STRUCK_HOLDINGS)) or not (
                a.start > toks[a0].start and toks[a0].bare.startswith(tuple(LAM))):
            return False
        return any(toks[k].bare in STRIKE_OBJECT for k in range(max(0, a0 - 1 - TARGET_REACH), a0 - 1))

    def _victim_side(self, view: SentenceView) -> str | None:
        """The side of the first force the sentence names as who suffered, if it has one."""
        idx = self.victim_idx(view)
        sides = [a.attrs.get("side") for a0, _, a in view.actors_by_start if a0 in idx]
        return next((sd for sd in sides if sd not in (None, "", "unknown", "civilians")), None)

    def _not_the_partner(self, view: SentenceView, m: Match, nxt: int, etype: str, actor: Mention | None) -> str | None:
        """"وسط اشتباكات عنيفة مع مقاتلي المعارضة"، "تخوض معارك ضارية مع الإرهابيين": a clash whose other party
        stands after مع (adjectives or a date between allowed, CLASH_WITH_REACH words) and that names no pair
        after بين: that party is the one the doer fought, not the doer (task sides24). The doer is the force the
        sentence names as having suffered in it, the first-named party (GUIDELINES Sides: "قتل خمسة من مقاتلي Y
        في اشتباكات مع X" is Y's, whether or not X is a known force: "مع مجموعة من المهربين"); else, X named,
        the unnamed subject the context gives (``_implied_side``) unless that is X itself or no side, then X's
        adversary here. None where another subject is named, where X was read as the actor and no one's dead are
        told ("وقتل جنديان في اشتباك مع عناصر التنظيم": whose soldiers is not said), or where nothing after مع is a
        party and no one suffered."""
        toks = view.toks
        if self._first_between(view, m, nxt) or self._first_of_both(view, m, nxt):
            return None
        k = next((k for k in range(m.j, min(len(toks), m.j + CLASH_WITH_REACH)) if toks[k].bare in WITH), None)
        if k is None:
            return None
        partner = next((a for a0, _, a in view.actors_by_start if k < a0 <= k + 3), None)
        if actor is not None and actor is not partner:
            return None  # "خاضت فصائل المعارضة معارك مع قوات النظام": the subject named is the doer
        theirs = partner.attrs.get("side", "unknown") if partner is not None else None
        idx = self.victim_idx(view)
        hurt = next((a.attrs.get("side") for a0, _, a in view.actors_by_start if a0 in idx and a is not partner
                     and 0 < m.i - a0 <= CLASH_VICTIM_REACH and a.attrs.get("side") not in (None, "", "civilians")),
                    None)  # the dead told just before the clash noun, not a victim of another clause
        if hurt is not None and hurt != theirs:
            return hurt  # "مقتل خمسة من مقاتلي العشائر في اشتباك مع قسد": a local group of no side, unknown
        if partner is None or actor is not None:
            return None  # X read as the clash's own actor, no one's dead told: the rules before decide
        guess = self._implied_side(etype, view, m)
        if guess in (theirs, "unknown", "civilians") and theirs in ARMED_SIDES:
            return self.adversary_here(theirs, view, m)
        return guess

    def _with_group_doer(self, view: SentenceView, m: Match) -> str | None:
        """"اشتباك مسلح مع المهربين"، "تبادل لإطلاق النار مع مرافقي الضابط"، "واشتبكت معهم": a clash or an exchange
        of fire whose other party, after مع (CLASH_WITH_REACH words on), is a group of no side (wordset
        clash_partner_group; "مسلحين" read as an actor of no side too) or a pronoun (wordset with_pronoun), with no
        doer named, has for its doer a participant
        the clause implies: the force the story follows, not an unidentified one (sides.tsv unnamed_agent_periods
        leaves unknown a clash told with no party at all; GUIDELINES Sides: the first-named force) (task side29)."""
        if self.protagonist not in ARMED_SIDES:
            return None
        toks = view.toks
        for k in range(m.j, min(len(toks), m.j + CLASH_WITH_REACH)):
            if k > m.j and k in self._breaks:
                return None
            if toks[k].bare in WITH_PRONOUN:
                return self.protagonist
            if toks[k].bare in WITH:
                group = any(f in CLASH_GROUP for t in toks[k + 1:k + 2] for f in t.forms)
                named = any(k < a0 <= k + 3 and a.attrs.get("side") in ARMED_SIDES for a0, _, a in view.actors)
                return self.protagonist if group and not named and not self._group_attacked(toks, k) else None
        return None

    @staticmethod
    def _group_attacked(toks, k: int) -> bool:
        """"مع أفراد الشبكة الذين بادروا بإطلاق النار": a relative clause on the group after مع (its pronoun within
        four words of مع) says it attacked (wordset clash_attacker_verb), so the clash is the group's (GUIDELINES
        Sides: the attacker when the text says who attacked), as ``_relative_attacker`` reads one after بين."""
        rel = next((q for q in range(k + 2, min(len(toks), k + 5)) if toks[q].bare in RELATIVE_WORDS), None)
        return rel is not None and any(toks[q].bare in CLASH_ATTACKER for q in range(rel + 1, min(len(toks), rel + 3)))

    @staticmethod
    def struck_patrol(m: Match, toks, matches, actor_idx: frozenset[int] = frozenset(),
                      breaks: frozenset[int] | set[int] = frozenset()) -> bool:
        """"شنت فلول النظام هجوماً على دوريات للأمن العام", "استهدف مسلحون دورية للجيش": a patrol a
        strike just before it hits (after على / استهداف, or its object after the subject, short or a
        named force "هاجم مسلحون من فلول النظام دورية") is the strike's target, no deployment of its own. A verb
        row that opens a coordinated clause ("هاجم التنظيم ليلاً وسيّر الجيش دورية") tells a clause of its own, no
        target; "استهدفت تمركزات للقوات" (no و) stays one (task lex18)."""
        if m.row.get("type") != "deploy" or not m.i or (
                "verb" in m.flags and toks[m.i].word.startswith(COORDINATION)):
            return False
        # "وعقب الضربة، انتشرت دوريات في X": a clause break between the strike and the verb opens a clause of its
        # own, whose patrols deploy; nothing a strike hits stands across it (task read22a); nor a strike that is
        # the verb's time adjunct ("في أعقاب الهجوم أرسلت ... تعزيزات", task read22b)
        strikes = [c for c in matches if c.row.get("type") == "attack" and c.j <= m.i
                   and not ("verb" in m.flags and _time_adjunct(c, toks))
                   and not any(c.j <= b <= m.i for b in breaks)]
        if toks[m.i - 1].bare in STRIKE_OBJECT:
            return toks[m.i - 1].bare not in ON or bool(strikes)
        # (not across a new coordinated clause: "قتل جندي خلال الاشتباك، وأن تعزيزات وصلت إلى X" deploys)
        aside = actor_idx | _instrument_words(toks, m.i)
        return any((m.i - c.j <= 2 and not any(toks[k].word.startswith(COORDINATION) for k in range(c.j, m.i)))
                   or (c.j < m.i and all(k in aside or toks[k].bare in PARTITIVE_OF
                                                         or toks[k].bare in FORCE_MEMBERS
                                                         for k in range(c.j, m.i))) for c in strikes)

    @staticmethod
    def moving_patrol(m: Match, toks, matches, actor_idx: frozenset[int] = frozenset()) -> bool:
        """"دخلت دورية مشتركة إلى حي X"، "انسحبت دوريات للجيش من Y": a patrol right after a verb of moving
        (or its verbal noun: "بعد دخول دورية") is its subject, who enters or leaves; it tells no deployment of its own and does not cut
        the verb's scope (a patrol told as such, "سيّرت القوات دورية في X", stays a deployment)."""
        if m.row.get("type") != "deploy" or not m.i or toks[m.i].bare not in PATROL_NOUNS:
            return False
        # "داهمت دورية منزلاً في X": the subject of a raid or an arrest, who raids, as well
        if any(c.j == m.i and c.row.get("type") in MOVE_TYPES | {"other"} for c in matches):
            return True
        # "إن دورية أوقفت عنصراً"، "دورية للأمن العام تعرضت لهجوم": a patrol subject before its verb (an arrest, a
        # move, a strike it suffers), its force's name between, is that verb's subject, no deployment
        return any(m.j <= c.i <= m.j + PATROL_VERB_GAP and all(k in actor_idx for k in range(m.j, c.i)) and (
            c.row.get("type") in MOVE_TYPES | {"other"} or "exposed" in c.flags) for c in matches)

    @staticmethod
    def launched_by(view: SentenceView, m: Match, nxt: int) -> Mention | None:
        """"تصدى المقاتلون لهجوم شنته القوات النظامية": the force after "شنته" launched the strike; members
        named before their force ("لهجوم شنه مسلحو جبهة النصرة"، "شنه عناصر من التنظيم", wordset member_noun,
        with "من" between or not) stand between the marker and the force they belong to, and so does a unit of
        it ("هجوماً شنته خلية من التنظيم": up to LAUNCH_REACH words between). An assault noun the trigger ends
        with, then a force written with ل ("هجوم للفصائل") or in its genitive ("محاولة تقدم الجيش التركي"، inside
        the trigger "محاولة الجيش التركي التقدم"), or its members with ل ("هجوماً لعناصر التنظيم"), is that force's."""
        toks = view.toks
        for a0, _, a in view.actors_by_start:
            if m.i < a0 < m.j and toks[a0 - 1].bare in OWNED_ASSAULT and not is_lam_object(view, a0, a):
                return a  # "أحبطوا محاولة الجيش التركي التقدم": the attempt's genitive, inside the trigger
            if not m.j <= a0 < min(len(toks), max(nxt, m.j) + 4) or not a0:
                continue
            if toks[a0 - 1].bare in OWNED_ASSAULT and all(toks[q].bare in OWNED_ASSAULT for q in range(m.j, a0)):
                return a  # "صد محاولة تقدم لقوات النظام"، "لمحاولة تقدم الجيش التركي": the force after ل, or in
                # the genitive of the assault noun, is who attempted it
            if a0 - 1 == m.j and toks[m.j - 1].bare in OWNED_ASSAULT and toks[a0 - 1].bare.startswith(tuple(LAM)) \
                    and any(f in MEMBER_NOUNS for f in toks[a0 - 1].forms[1:]):
                return a  # "صدت هجوماً لعناصر تنظيم الدولة": the members before their force carry the ل
            k = a0 - 1
            if k > m.j and toks[k].bare in PARTITIVE_OF:
                k -= 1  # "عناصر من التنظيم"
            if k > m.j and toks[k].bare in MEMBER_NOUNS:
                k -= 1  # "مسلحو جبهة النصرة"
            if toks[k].bare in LAUNCH or any(
                    toks[q].bare in LAUNCH for q in range(max(m.j, a0 - LAUNCH_REACH), a0)):
                return a
        return None

    @staticmethod
    def repelled(view: SentenceView, m: Match) -> bool:
        """Whether the trigger is an attack its subject repels: the trigger opens with a repel verb ("تصدت
        لهجوم") or one stands right before it ("يتصدون للهجوم"); the repeller did not launch it. So does a
        subject that acts "in response to" it ("سيطرت الفصائل على حواجز رداً على الهجوم على X"): the attack
        answered, told with a place of its own, is its enemy's (bare "رداً على الهجوم" takes the place of the
        response and tells no other attack)."""
        toks = view.toks
        return toks[m.i].bare in REPEL or toks[m.i].forms[0] in REPEL or (m.i >= 1 and (
            toks[m.i - 1].bare in REPEL or toks[m.i - 1].forms[0] in REPEL)) or SideRules.answered(view, m)

    @staticmethod
    def answered(view: SentenceView, m: Match) -> bool:
        """"رداً على الهجوم على X": the attack is one the sentence's subject answers, told with a place of its own."""
        toks = view.toks
        return m.i >= 2 and toks[m.i - 1].bare in ON and toks[m.i - 2].bare in RESPONSE \
            and m.j < len(toks) and toks[m.j].bare in ON | IN_PREP

    @staticmethod
    def named_repeller(view: SentenceView, m: Match, launcher: Mention) -> Mention | None:
        """"صدت الفصائل هجوماً لقوات النظام على X، وقتلت ...": when the attack's launcher is named after it (with ل or
        "شنته"), the subject of the repel verb, inside the trigger or up to four words before it, is who repelled
        it; the actor reading may have taken the launcher (task vary15: probe16's rule held only with no launcher named)."""
        named = [a for a0, _, a in view.actors if max(0, m.i - 4) <= a0 < m.j and a is not launcher]
        return named[-1] if named else None

    @staticmethod
    def responder(view: SentenceView, m: Match) -> Mention | None:
        """Who answers an attack ("سيطر مقاتلون محليون على حاجز للجيش رداً على القصف على X"): the first force
        the sentence names before the response, its subject, not the nearest one (the army owning the
        checkpoint)."""
        if not SideRules.answered(view, m):
            return None
        return next((a for a0, _, a in view.actors if a0 < m.i - 2), None)

    @staticmethod
    def left_under(view: SentenceView, m: Match, matches: list[Match], actor: Mention) -> bool:
        """"انسحبت الفصائل من X بعد قصف عنيف استهدفها": an attack told right after "بعد/إثر/جراء" behind a
        departure (withdraw, flight) is what drove the leaving force out; the leaving verb's subject suffered
        it and is not its agent (a strike whose agent is named, "بعد قصف شنته قوات X", is read by launched_by)."""
        toks = view.toks
        a = token_at(toks, actor.start)
        for c in matches:
            if c.j > m.i or c.row.get("type") not in ("withdraw", "evacuation", "displacement"):
                continue
            marker = next((k for k in range(max(c.j, m.i - 2), m.i) if toks[k].bare in LEFT_AFTER), None)
            if marker is not None and c.i - 4 <= a < marker:
                return True
        return False

    @staticmethod
    def taken_from(view: SentenceView, m: Match) -> set[int]:
        """"استعادة السيطرة على البلدة من التنظيم": a force after "من" once the trigger is said lost
        the place; it is not the taker ("من قبل X" names the taker). A part of a force before من ("سيطرت
        وحدات من الجيش على X", wordset part_of_force) makes the force after it the subject."""
        toks = view.toks
        out: set[int] = set()
        for a0, a1, _ in view.actors:
            if a0 > m.j and toks[a0 - 1].bare in PARTITIVE_OF \
                    and not {toks[a0 - 2].word, toks[a0 - 2].bare} & PART_OF_FORCE:
                out.update(range(a0, a1 + 1))
        return out

    @staticmethod
    def perpetrator(view: SentenceView, m: Match) -> Mention | None:
        """"ارتكبت الطائرات الحربية التابعة للنظام مجزرة": the force between the verb and the massacre,
        else the subject just before the verb ("أن الطائرات الحربية ارتكبت مجزرة"). The verb stands
        before the trigger (a casualty row on the massacre noun) or opens it (the attack row "ارتكب …
        مجزرة"); the massacre is the trigger's last word."""
        verb = SideRules._perpetrate_verb(view, m)
        if verb is None:
            return None
        inside = [a for a0, _, a in view.actors if verb < a0 < m.j - 1]
        if inside:
            return inside[0]
        subject = [a for _, a1, a in view.actors if verb - 4 <= a1 < verb]  # "الطائرات ... ارتكبت مجزرة"
        return subject[-1] if subject else None

    @staticmethod
    def killer(view: SentenceView, m: Match) -> Mention | None:
        """Who killed, when the killing word is an active verb with its object: "قتلت قوات الأمن 20
        شخصاً" (VSO), "أن مسلحين من فلول النظام قتلوا خمسة عناصر" (SVO). Unvocalised, قتل is as often
        the passive ("قُتل مسلحون في الاشتباكات"): only a count or a victim noun right after the subject
        (VSO) or the verb (SVO) makes it active. In "X من Y" the force after من is the one meant."""
        toks = view.toks
        if toks[m.i].bare not in KILL_VERB or m.j - m.i > 1:
            return None
        spans = view.actors_by_start
        first = m.i + 1
        if first + 1 < len(toks) and toks[first].bare in MEMBER_NOUNS and toks[first + 1].bare in PARTITIVE_OF:
            first += 2  # "قتل عناصر من فرقة X 12 مدنياً": the members' force
        elif first + 1 < len(toks) and toks[first].bare in FORCES_NOUN and not any(a[0] == first for a in spans):
            first += 1  # "قتلت قوات حرس الحدود التركية شابين": the force read from its head after قوات
        after = [a for a in spans if a[0] == first]
        if after:
            a0, a1, a = after[0]
            nxt = next((b for b in spans if b[0] == a1 + 2 and toks[a1 + 1].bare in PARTITIVE_OF), None)
            if nxt is not None:
                a0, a1, a = nxt
            return a if _killed_object(view, a1 + 1) else None
        verb = m.i - 1 if m.i and toks[m.i - 1].bare in QAD else m.i  # "وكان مسلح من التنظيم قد قتل ..."
        before = [a for a in spans if a[1] == verb - 1 and not _counted_out(view, a[0])]
        return before[0][2] if before and _killed_object(view, _past_date(view, m.i + 1)) else None

    def joined_killer(self, view: SentenceView, m: Match) -> Mention | None:
        """"سيطرت الفصائل على X وقتلت عشرة عناصر فيها": an active kill verb with no subject of its own (a count
        or victims right after it) joined by و to the trigger before it has that trigger's subject, who killed."""
        toks = view.toks
        if toks[m.i].bare not in KILL_VERB or m.j - m.i > 1 or not _killed_object(view, m.i + 1):
            return None
        if not toks[m.i].bare.endswith(PERFECT_SUFFIXES):  # bare "وقتل 10 من عناصرها" is as often passive
            return None
        if not self._conjoined(toks[m.i], lambda t: t.bare in KILL_VERB):
            return None
        p = self._joined_to(view, m)
        if p is None:
            return None
        if (repeller := self._repelled_by.get(id(p))) is not None:
            return repeller  # "صد الثوار الهجوم على X، وقتلوا عشرين عنصراً": who repelled it killed them
        shares, subject = self._subject_of(view, p, m)
        return subject if shares else None

    @staticmethod
    def _claim_at(view: SentenceView, m: Match) -> int | None:
        """Where a claim of the act stands, up to six words before the trigger: "تبنى" or "مسؤوليته عن"."""
        toks = view.toks
        for k in range(m.i - 1, max(-1, m.i - 7), -1):
            w = toks[k].bare
            if w in CLAIM or (w in RESPONSIBILITY and k + 1 < len(toks) and toks[k + 1].bare in RESPONSIBILITY_PREP):
                return k
        return None

    @staticmethod
    def _claimant_side(view: SentenceView, m: Match) -> str | None:
        """The side of who claims a strike ("تبنى تنظيم الدولة الهجوم"، "أعلنت الفصائل مسؤوليتها عن"): the
        force right after the claim word, else the one just before it; "unknown" when the claim is not made
        ("لم تتبن أي جهة"): the act stands, its agent is not named (a target named after the trigger is
        no agent). A claim a named force denies ("نفت هيئة تحرير الشام مسؤوليتها عن قصف X") is its denial of its own
        part, the act denied of its side (polarity._disclaimed, task conv36): that force's side; a denial whose force
        is not named between ("ونفت مسؤوليتها عن") leaves the side to the other rules (None). None when no claim is told."""
        k = SideRules._claim_at(view, m)
        if k is None:
            return None
        toks = view.toks
        if (q := next((q for q in range(k - 1, max(-1, k - DISCLAIM_REACH - 1), -1) if toks[q].bare in CLAIM_DENIER),
                      None)) is not None:
            denier = next((a for a0, _, a in view.actors if q < a0 < k), None)
            side = denier.attrs.get("side") if denier is not None else None
            return side if side not in (None, "", "civilians") else None
        if any(toks[q].bare in CLAIM_NEGATOR for q in range(max(0, k - 5), k)):
            return "unknown"
        after = [a for a0, _, a in view.actors if k < a0 < m.i]
        before = [a for _, a1, a in view.actors if k - 4 <= a1 < k]
        who = after[0] if after else (before[-1] if before else None)
        side = who.attrs.get("side") if who is not None else None
        return side if side not in (None, "", "civilians") else None

    @staticmethod
    def _perpetrate_verb(view: SentenceView, m: Match) -> int | None:
        """Where "ارتكب" stands: opening the trigger or up to 8 words before it."""
        return next((k for k in range(m.i, max(-1, m.i - 9), -1) if view.toks[k].bare in PERPETRATE), None)

    def _perpetrator_side(self, view: SentenceView, m: Match) -> str | None:
        """The side of who committed a massacre: its named force, else a force noun with a nationality
        between the verb and the massacre ("ارتكبت الطائرات العسكرية التركية مجزرة": an adjective may
        stand between the noun and its nationality)."""
        verb = self._perpetrate_verb(view, m)
        if verb is None:
            return None
        if not any(verb < a0 < m.j - 1 for a0, _, _ in view.actors) and (nat := self._nationality_of_force(
                view, verb + 1, m.j - 1)):
            return nat  # before the subject a speaker named just before the quote could be taken for
        perp = self.perpetrator(view, m)
        return perp.attrs["side"] if perp is not None and perp.attrs.get("side") not in (None, "") else None

    @staticmethod
    def _nationality_of_force(view: SentenceView, lo: int, hi: int) -> str | None:
        """The nationality of the first force noun in tokens ``lo`` to ``hi`` (exclusive), up to 3 words
        after it ("الطائرات العسكرية التركية")."""
        toks = view.toks
        force = next((k for k in range(lo, hi) if toks[k].forms[-1] in FORCE_NOUNS or toks[k].bare in FORCE_NOUNS),
                     None)
        if force is None:
            return None
        for k in range(force + 1, min(hi, force + 4)):
            if side := token_nationality(toks[k]):
                return side
        return None

    @staticmethod
    def speaker_is_subject(view: SentenceView, m: Match, smention: Mention | None) -> bool:
        """"أكدت المعارضة أنها أوقعت قتلى", "أعلنت الوزارة أن قاذفاتها دمرت": a pronoun after the
        complementizer, or a force of the speaker's own, makes the speaker the subject of what it reports."""
        if smention is None:
            return False
        at = view.toks[m.i].start
        if any(a.attrs.get("coref") and smention.end <= a.start < at for _, _, a in view.actors):
            return True  # "أن قاذفاتها دمرت": its own bombers
        if any(smention.end <= t.start < at and (t.bare in SPEAKER_SUBJECT or (
                len(t.word) >= 6 and t.word.endswith(POSSESSIVE))) for t in view.toks):
            return True
        return SideRules._copula_speaks(view, m, smention)

    @staticmethod
    def _copula_speaks(view: SentenceView, m: Match, smention: Mention) -> bool:
        """"نفى الجيش التركي أن يكون قد قصف القرية": a copula after the speaker (wordset speaker_copula) with no
        force named between it and the trigger leaves the verb's subject unsaid: it is the speaker's, who denies
        (or claims) its own act; "أن يكون الجيش قد قصف" names another subject."""
        at = view.toks[m.i].start
        cop = next((t.start for t in view.toks if smention.end <= t.start < at and t.bare in SPEAKER_COPULA), None)
        return cop is not None and not any(cop < a.start < at for _, _, a in view.actors)

    @staticmethod
    def pronoun_speaks(view: SentenceView, m: Match, actor: Mention, smention: Mention | None) -> bool:
        """"قالت فصائل من الجيش الحر تقاتل ضمن عملية درع الفرات إنها سيطرت على X": a pronoun on the
        complementizer right before the trigger (wordset speaker_subject) is the verb's subject and points at the
        speaker; a force named before it, inside the speaker's phrase, is not the agent. Only for a speaker of
        an armed side (a reporter's pronoun tells nothing of who acted)."""
        if smention is None or smention.attrs.get("side") not in ARMED_SIDES or not m.i:
            return False
        pron = view.toks[m.i - 1]
        return pron.bare in SPEAKER_SUBJECT and actor.start < pron.start \
            and actor.attrs.get("side") != smention.attrs.get("side")

    def speaker_not_agent(self, view: SentenceView, m: Match, etype: str, actor: Mention | None,
                          smention: Mention | None) -> bool:
        """A speaker is never the agent of the strike it reports ("قالت وزارة الداخلية إن انتحارياً فجر
        نفسه"، "أكد قيادي في الجيش الحر أن القصف وحشي"): an actor named between the speech verb and its
        clause does not do a strike inside the clause, unless a pronoun makes it the subject ("أنها")."""
        if actor is None or smention is None or etype not in ("attack", "casualties"):
            return False
        lo = smention.attrs.get("scope_start")
        if lo is None or not smention.start <= actor.start < lo <= view.toks[m.i].start:
            return False
        if (etype == "attack" or "agent" in m.flags) and self._own_act(view, m, smention):
            return False
        return not self.speaker_is_subject(view, m, smention)

    def _comma_enclosed(self, view: SentenceView, end: int, i: int) -> bool:
        """Whether a comma stands right after character ``end`` (before the next word) and right before token
        ``i``: the words between are an aside ("، في بيان لها،")."""
        raw, toks = self.article.raw, view.toks
        nxt = next((t for t in toks if t.start >= end), None)
        return nxt is not None and i >= 1 and any(c in COMMAS for c in raw[end:nxt.start]) \
            and any(c in COMMAS for c in raw[toks[i - 1].end:toks[i].start])

    def _own_act(self, view: SentenceView, m: Match, smention: Mention) -> bool:
        """"نفت وزارة الدفاع التركية استهداف مواقع في X"، "أعلنت الوزارة تحييد 12 عنصراً"، "أعلن الجيش إطلاق
        عملية ضد X": a force that announces or denies a verbal noun as its object, right after it (no "أن" clause
        with a subject of its own, no agent after the noun; a carrier such as إطلاق or تنفيذ may stand
        before it), tells of its own act: it is the agent ("نفت قسد قصف مواقع الجيش": the army owns the sites,
        the strike denied is still the speaker's). A toll it announces is not its own unless the
        noun names who inflicts it (the agent rows: تحييد، القضاء على)."""
        first = next((i for i, t in enumerate(view.toks) if t.start >= smention.end), None)
        if first is not None and first < m.i <= first + ASIDE_REACH and self._comma_enclosed(view, smention.end, m.i):
            first = m.i  # "نفت القيادة، في بيان لها، استخدام ...": an aside between the speaker and its object
        if first is not None and first + 1 < m.i and view.toks[first].bare in ACT_CARRIERS:
            first += 1  # "نفت الوزارة تنفيذ غارات": the carrier, then the noun it carries
        if first is not None and first + 1 == m.i and view.toks[first].bare in ANY_DETERMINER:
            first = m.i  # "نفت الوزارة (تنفيذ) أي غارات": the denial's "any" before the noun
        if first is not None and first + 1 == m.i and view.toks[first].bare in ACT_CARRIERS:
            first = m.i
        # "نفت قسد قصف مواقع الجيش": a force after a site noun owns the site struck; it is no agent of the noun
        site = m.j < len(view.toks) and view.toks[m.j].bare in STRUCK_SITES
        return first == m.i and not any(m.j <= a0 <= m.j + 1 and not (site and a0 == m.j + 1)
                                        for a0, _, _ in view.actors)

    def _possessor_side(self, view: SentenceView, m: Match) -> str | None:
        """"وإثر انسحابها من المدينة": a trigger noun with a possessive (ـها، ـهم) is done by the last force
        named before it in its paragraph (this sentence first, then the ones before)."""
        word = view.toks[m.j - 1].word
        linker = view.toks[m.i - 1].bare if 0 < m.i <= 2 else ""
        fronted = linker in TIME_LINKER or linker in FRAME_LINKER
        # a short word is a verb with its object ("قصفها") unless a preposition makes it a noun ("وفي زحفها")
        if (len(word) < 6 and not fronted) or not word.endswith(POSSESSIVE):
            return None
        if fronted:
            # "وإثر انسحابها من المدينة، أعلنت المعارضة"، "وفي زحفها نحو X، وجهت قوات Y": a fronted clause
            # points at the main subject
            later = [a for a0, _, a in view.actors if a0 >= m.j and not a.attrs.get("coref")
                     and a.attrs.get("side") not in (None, "", "civilians", "unknown")]
            if later:
                return later[0].attrs["side"]
        para = self.article.sentences[view.index].paragraph if view.index < len(self.article.sentences) else 0
        for k in range(view.index, -1, -1):
            if k < view.index and (k >= len(self.article.sentences)
                                   or self.article.sentences[k].paragraph != para):
                break
            named = [a for a in self.by_sent.get(k, []) if a.kind == "actor" and not a.attrs.get("coref")
                     and a.attrs.get("side") not in (None, "", "civilians", "unknown")
                     and (k < view.index or a.end <= view.toks[m.i].start)]
            if named:
                return max(named, key=lambda a: a.start).attrs["side"]
        return None

    def adversary_here(self, side: str, view: SentenceView, m: Match | None = None) -> str:
        """The adversary of ``side`` in this story: the table's (``adversary``) when the text names it or
        names no other armed side; else the other armed side named nearest, in the sentence (before the
        trigger first), then in the paragraph before it. "أعلنت قسد مقتل عناصر من فصائل الجيش الوطني"
        in 2025: whoever inflicted them fought the SDF, not the ISIS of the 2017 table."""
        static = adversary(side, self.day)
        if side in ("", "unknown", "civilians") or static == "unknown":  # an unidentified adversary stays one
            return static
        at = view.toks[m.i].start if m is not None else 0
        toks = view.toks
        if m is not None and (fought := self._fought_with(view, side)):
            return fought  # "قتل عناصر من الهيئة في اشتباكات مع حركة أحرار الشام": whom they fought, even one of their side
        # a force counted among the dead or wounded ("إصابة عناصر من X وأفراد من Y") suffered with them
        # a backer ("بمساندة طيران التحالف") supports the force it follows; it is not who fought them here
        backer = {a0 for a0, _, _ in view.actors if a0 and toks[a0 - 1].bare.startswith(BACKER_PREFIXES)}
        here = sorted(((abs(a.start - at) + (0 if a.start <= at else 1000), a.attrs.get("side"))
                       for a0, _, a in view.actors if not (a0 and toks[a0 - 1].bare in VICTIM_MARKERS)
                       and a0 not in backer),
                      key=lambda x: x[0])
        if any(a.attrs.get("side") == static for a0, _, a in view.actors if a0 not in backer):
            return static  # the table's adversary is a party here, even as one that suffered
        named = [sd for _, sd in here]
        sents = self.article.sentences
        para = sents[view.index].paragraph if view.index < len(sents) else 0
        for k in range(view.index - 1, -1, -1):
            if k >= len(sents) or sents[k].paragraph != para:
                break
            named += [a.attrs.get("side") for a in sorted(self.by_sent.get(k, []), key=lambda a: -a.start)
                      if a.kind == "actor"]
        others = [sd for sd in named if sd in ARMED_SIDES and sd != side]
        if not others or static in named:
            return static
        return others[0]

    @staticmethod
    def _first_between(view: SentenceView, m: Match, nxt: int) -> str | None:
        """"اشتباكات بين X و Y" / "معارك عنيفة بين X من جهة و Y": the side of X, the first force named
        after بين (within three words of the clash noun, not counting the words of a place: "اشتباكات في حي X
        بمدينة Y بين X و Y" names its place first); a coreferent or civilian X names no side."""
        toks = view.toks
        k = _between_after(view, m.j, min(len(toks), max(nxt, m.j + 1)))
        if k is None:
            return None
        reach = k + 2
        if k + 2 < len(toks) and toks[k + 1].bare in MEMBER_NOUNS and toks[k + 2].bare in PARTITIVE_OF:
            reach = k + 3  # "بين عناصر من الأمن الداخلي ومقاتلين من قسد": the members' force is the party
        first = next((a for a0, _, a in view.actors_by_start if k < a0 <= reach), None)
        if first is None or first.attrs.get("side") in (None, "", "unknown", "civilians") \
                and not first.attrs.get("actor"):
            return None
        return first.attrs.get("side")

    def protagonist_offensive(self) -> bool:
        """Whether the article says its own side opened an offensive ("أعلنت فصائل المعارضة إطلاق عملية ردع
        العدوان"): a launch verb and its offensive noun within a few words after a force of that side. Then the
        text says who attacked, and the clashes it tells are that side's, though it is named second after بين
        (GUIDELINES Sides). Read once an article (task read15)."""
        if self._offensive is None:
            self._offensive = any(self._launches_after(a) for a in self.article.mentions_of("actor")
                                  if a.attrs.get("side") == self.protagonist)
        return self._offensive

    def _launches_after(self, a: Mention) -> bool:
        """Whether a launch verb and its offensive noun follow the force ``a`` within OFFENSIVE_REACH words."""
        after = [w[1:] if w.startswith(COORD_CLITIC) and w[1:] in OFFENSIVE_LAUNCH else w
                 for w in re.findall(r"[\u0621-\u064a]+", fold_text(self.article.raw[a.end:a.end + 120]))]
        after = after[:OFFENSIVE_REACH]
        return any(w in OFFENSIVE_LAUNCH and any(x in OFFENSIVE_OBJECTS for x in after[k + 1:k + 3])
                   for k, w in enumerate(after))

    @staticmethod
    def _relative_attacker(view: SentenceView, m: Match, nxt: int) -> str | None:
        """"اشتباكات بين الجيش الحر وقوات النظام التي حاولت اقتحام المدينة": the side of a party of a clash
        "بين X وY" that a relative clause right after it says attacked (wordset clash_attacker_verb within two
        words of the relative pronoun): GUIDELINES Sides give a clash to its attacker when the text says who
        attacked, and to the first-named force only otherwise (task read15)."""
        toks = view.toks
        k = _between_after(view, m.j, min(len(toks), max(nxt, m.j + 1)))
        if k is None:
            return None
        parties = [(a0, a1, a) for a0, a1, a in view.actors_by_start if k < a0 <= k + 8][:2]
        for _, a1, a in parties:
            rel = next((q for q in range(a1, min(len(toks), a1 + 2)) if toks[q].bare in RELATIVE_WORDS), None)
            if rel is not None and any(toks[q].bare in CLASH_ATTACKER for q in range(rel + 1, min(len(toks), rel + 3))):
                side = a.attrs.get("side")
                return side if side not in (None, "", "unknown", "civilians") else None
        return None

    @staticmethod
    def _verb_clash_subject(view: SentenceView, m: Match, actor: Mention | None, joined: bool = False) -> bool:
        """"قال إن وحدات الجيش تشتبك مع فلولهم"، "الفصائل اشتبكت مع قوات النظام": a clash told by a verb (not its
        noun) whose subject is named right before it (SUBJECT_REACH words at most) and whose other party stands
        after مع: the subject is the first-named party (GUIDELINES Sides), whatever side the article follows.
        ``joined``: the subject is that of a verb the clash verb is joined to ("داهمت قوات الأمن منزلاً في بلدة X
        واشتبكت مع مسلحين"), however far back it stands (task read20a)."""
        toks = view.toks
        if actor is None or m.i >= len(toks):
            return False
        head = m.i
        if verbal_noun(toks[m.i].word):
            # "قوات حرس الحدود خاضت اشتباكات مع مهربين": the noun is the object of a verb whose subject fights
            if m.i == 0 or toks[m.i - 1].bare not in CLASH_SUPPORT:
                return False
            head = m.i - 1
        if actor.end > toks[head].start:
            return False
        a0 = token_at(toks, actor.start)
        # "دورية من حرس الحدود اشتبكت فجر اليوم مع مهربين": a time adverb before مع does not count
        k = m.j + time_words(view, m.j, min(len(toks), m.j + CLASH_WITH_REACH))
        return (joined or head - a0 <= CLASH_SUBJECT_REACH) and any(t.bare in NON_AGENT for t in toks[k:k + 2])

    @staticmethod
    def _clash_subject(view: SentenceView, m: Match) -> str | None:
        """"اشتبكت قوات الحكومة مع عناصر قسد": in a verb-first clause the subject right after the clash verb is
        the first-named party (the one after مع is the other), so the clash is its side. A part of a force
        before من ("اشتبك عناصر من فرقة X مع مسلحين") makes the force after it that subject."""
        toks = view.toks
        reach = m.j + 1
        if m.j + 1 < len(toks) and toks[m.j].bare in MEMBER_NOUNS and toks[m.j + 1].bare in PARTITIVE_OF:
            reach = m.j + 2
        for a0, a1, a in view.actors_by_start:
            if not m.j <= a0 <= reach:
                continue
            side = a.attrs.get("side")
            if side in ARMED_SIDES and any(toks[k].bare in WITH for k in range(a1, min(len(toks), a1 + 2))):
                return side
        return None

    def _first_of_both(self, view: SentenceView, m: Match, nxt: int) -> str | None:
        """"اشتباكات بين الجانبين": the two parties are the last two armed sides named before the clash
        in its paragraph; the one of them named first takes the side."""
        toks = view.toks
        k = next((k for k in range(m.j, min(len(toks) - 1, m.j + 3, max(nxt, m.j + 1))) if toks[k].bare in BETWEEN),
                 None)
        if k is None or toks[k + 1].bare not in BOTH_PARTIES:
            return None
        sents = self.article.sentences
        para = sents[view.index].paragraph if view.index < len(sents) else 0
        named: list[Mention] = []
        for s in range(view.index, -1, -1):
            if s < view.index and (s >= len(sents) or sents[s].paragraph != para):
                break
            named = [a for a in self.by_sent.get(s, []) if a.kind == "actor" and not a.attrs.get("coref")
                     and a.attrs.get("side") in ARMED_SIDES and (s < view.index or a.end <= toks[m.i].start)] + named
        last_two: list[str] = []
        for a in reversed(named):
            if a.attrs["side"] not in last_two:
                last_two.append(a.attrs["side"])
            if len(last_two) == 2:
                return last_two[1]
        return None

    @staticmethod
    def _turns_topic(view: SentenceView) -> bool:
        """"وفي سياق آخر، ..." / "من جهة أخرى": a sentence that opens by turning to another story."""
        words = [t.bare for t in view.toks[:5]]
        return any(" ".join(words[k:k + n]) in TOPIC_SHIFT for n in (2, 3) for k in range(0, 3))

    def shared_subject(self, view: SentenceView, m: Match, actor: Mention | None) -> tuple[bool, Mention | None]:
        """Whether a trigger joined to the verb before it shares that verb's subject, and the subject.

        Arabic drops a subject it has just named: a verb (or verbal noun) joined by و، فـ or ثم to an earlier
        trigger of its sentence, with no subject of its own, has the subject of the trigger it is joined to.
        - Verb-first clauses, coordinated: "دخلت قوة من الجيش القرية، وتمركزت بين المنازل" (the army deploys);
          a chain goes on through every verb ("يحاصر المقرات، وينشر القناصة، ويقطع الطرق"), and a verbal noun
          joined to one shares its agent ("خروج درعا عن سيطرة النظام والدخول إلى المدينة": the taker enters).
        - The conjunction و may stand on a light verb before the trigger: "وأعلنت حظر التجوال"، "وباتت تسيطر".
        - The trigger joined to may give no event (no place) and still name its subject, in it or right after
          it: "قبل أن يشن الجيش الحر هجوماً ويسيطر على القرية" (the Free Army takes the village).
        - A new explicit subject breaks the chain: one right after the trigger ("وقصفت الطائرات الروسية X", a
          verb-first subject, or an agent "على يد X") or right before it ("والطائرات قصفت": the و joins the
          subject, not the verb); the trigger keeps its own.
        - A passive verb shares nothing: its subject is who suffered ("وقُتل خمسة مدنيين"، "وتعرضت البلدة
          لقصف"); a toll whose row is not an act of killing (flag agent) and تعرض (flag exposed) are left to
          the casualty and struck-subject rules.
        - A relative or subordinate clause ("التي"، "بعد أن"، "حيث") has a subject of its own: a verb joined
          inside it shares that one ("بعد أن شن الجيش هجوماً وسيطر على التلال": the army), and a verb after
          the clause's comma goes back to the clause it hangs on ("سيطرت القوات على البلدة بعد أن انسحب منها
          التنظيم، وأعلنت حظر التجوال": the forces, not the Islamic State).
        The subject of the trigger joined to is the actor of its event when a named force decided its side
        (the side it was given: the taker of what a loser lost), else the force named in it or right after it,
        else the subject it shared itself. When its event's side was a guess the subject is None (shared, but
        unnamed): ``_implied_side`` guesses again from the sentence's earlier events, and a force the agent
        rules picked elsewhere in the sentence (an object before it, "الخاضعة للمعارضة، وسيطرت") is no agent."""
        if "exposed" in m.flags or (m.row.get("type") == "casualties" and "agent" not in m.flags):
            return False, None
        if not self._joined(view, m) or (actor is not None and self._own_agent(view, m, actor)):
            return False, None
        if m.j < len(view.toks) and view.toks[m.j].bare in PART_OF_PEOPLE:
            return False, None  # "قتل عشرون من عناصره، وفر الباقون": a subject of its own, the rest of them
        p = self._joined_to(view, m)
        return self._subject_of(view, p, m) if p is not None else (False, None)

    @staticmethod
    def _conjoined(tok: Token, word_matches) -> bool:
        """Whether a word carries the conjunction و/ف as a clitic: the word without it is still what
        ``word_matches`` accepts ("وسيطرت"), not a word whose root begins with it ("وصول"، "فرض")."""
        word = tok.word
        return len(word) > 2 and word.startswith(tuple(CONJUNCTION)) and word_matches(Token(tok.i, word[1:]))

    def _joined(self, view: SentenceView, m: Match) -> bool:
        """Whether a trigger is joined to what came before by a conjunction: on its head ("وتمركزت"), as a
        word before it ("ثم سيطرت"), or on a light verb right before it ("وأعلنت حظر التجوال"، "وباتت تسيطر";
        not a subject "والقوات تسيطر", nor a root letter "وقت"); or it is the verb right after "قبل أن", the
        next happening of a sequence ("قصفت البلدة قبل أن تنسحب منها"), whose dropped subject is the same; or a
        circumstantial participle (row flag circumstantial, "انسحبت القوة مصطحبةً معها شابين"), whose subject is its
        main verb's (task recall36)."""
        toks = view.toks
        if self._conjoined(toks[m.i], lambda t: m.pattern.step_matches(0, t)) or "circumstantial" in m.flags:
            return True  # (a circumstantial participle, "انسحبت مصطحبةً معها شابين": the subject of its main verb)
        if not m.i:
            return False
        before = toks[m.i - 1]
        if before.bare in VERB_COORDINATOR:
            return True
        if m.i >= 2 and before.bare in THAT and toks[m.i - 2].bare in BEFORE_LINKER:
            # "سيطروا على X قبل أن يتقدموا نحو Y": the next verb of a sequence, its subject dropped; not when a
            # force follows the verb ("قبل أن تدخلها أرتال الجيش": its own subject)
            return not any(m.j <= a0 <= m.j + SEQUENCE_SUBJECT_REACH for a0, _, _ in view.actors)
        return m.i - 1 not in view.actor_tokens and before.word.startswith(tuple(COORD)) \
            and len(before.forms) > 1 and not before.bare.startswith(tuple(ARTICLE)) \
            and before.forms[0] not in ALONE  # "أن الشرطة الروسية وحدها ستنتشر": a root و, the subject's own

    @staticmethod
    def _own_agent(view: SentenceView, m: Match, actor: Mention) -> bool:
        """Whether the actor the agent rules picked for a joined trigger is its own subject: named in it (not
        as the one expelled, flag object_after) or after it ("وسيطرت القوات التركية"، "على يد X"). A force
        right before a joined verb is not its subject ("القرية التي انسحب منها التنظيم، وسيطرت على X": a
        subject before its verb takes the conjunction itself, "والقوات سيطرت")."""
        k = next((a0 for a0, _, a in view.actors if a is actor), None)
        return k is not None and (k >= m.j or (k > m.i and "object_after" not in m.flags))

    def _joined_to(self, view: SentenceView, m: Match) -> Match | None:
        """The trigger a joined trigger is joined to: the one before it in its sentence, or, when that one
        stands in a relative or subordinate clause that a comma closed before the trigger, the one that
        clause hangs on."""
        before = [c for c in self._sentence_matches if c.j <= m.i and c is not m and c.row.get("type") != "none"]
        p = before[-1] if before else None
        while p is not None and (k := self._embedded_at(view, p)) is not None \
                and any(p.i < b <= m.i for b in self._breaks):
            outer = [c for c in before if c.j <= k]
            p = outer[-1] if outer else None
        return p

    def _embedded_at(self, view: SentenceView, p: Match) -> int | None:
        """Where the relative pronoun or subordinator that opens a trigger's clause stands ("التي دخلتها"،
        "بعد أن انسحب"، "حيث اشتبكت"): up to three words before it, in its clause; None in a main clause."""
        toks = view.toks
        for k in range(p.i - 1, max(-1, p.i - 4), -1):
            if any(k < b <= p.i for b in self._breaks):
                return None
            word = toks[k].bare
            if word in RELATIVES or word in SUBORDINATOR:
                return k
            if word in THAT and k and toks[k - 1].bare in TIME_LINKER:
                return k - 1
        return None

    @staticmethod
    def _named_subject(view: SentenceView, p: Match, m: Match) -> Mention | None:
        """The first force of a side named in trigger ``p`` or after it, before ``m``, that is no object: not
        written with ل ("للحكومة"), nor after على، من، مع، ضد or لدى ("المعتقلين لدى الحكومة")."""
        toks = view.toks
        for a0, _, a in view.actors_by_start:
            if not p.i < a0 < m.i or a.attrs.get("side") in (None, "", "unknown", "civilians"):
                continue
            before = toks[a0 - 1].bare
            if not (toks[a0].bare.startswith(tuple(LAM)) or before in HOLDER or before in NON_AGENT
                    or before in ON or before in PARTITIVE_OF):
                return a
        return None

    def _subject_of(self, view: SentenceView, p: Match, m: Match) -> tuple[bool, Mention | None]:
        """Whether trigger ``p`` had a subject for trigger ``m`` joined to it, and which (see
        ``shared_subject``): (False, None) when it gave no event and names none."""
        told = self._told.get(id(p))
        if told:
            e = told[-1]
            subject = self._subject_mention(e) if e.rule.endswith("side:actor") else None
            return subject is not None or e.rule.endswith("side:implied"), subject
        if (named := self._named_subject(view, p, m)) is not None:
            return True, named
        if self._joined(view, p) and (q := self._joined_to(view, p)) is not None:
            return self._subject_of(view, q, p)
        return False, None

    def borrowed_unfit(self, view: SentenceView, m: Match, actor: Mention) -> bool:
        """A strike in a clause of contrast ("بينما"، "فيما"، "في حين") with no subject of its own borrows the force
        named before the linker only when it fits: an arm only another side used ("في حين قصفت البلدة بالبراميل
        المتفجرة" after "سيطر الجيش الحر على X") is not the borrowed force's (task left13)."""
        toks = view.toks
        a0 = token_at(toks, actor.start)
        if a0 < m.i and self._flew_none(view, m, actor):
            return True
        if a0 >= m.i or not any(toks[k].bare in CONTRAST_LINKERS for k in range(a0 + 1, m.i)):
            return False
        arm = sole_operator_side(view, m, self.day, self.article.raw)
        return arm is not None and arm != actor.attrs.get("side")

    def _flew_none(self, view: SentenceView, m: Match, actor: Mention) -> bool:
        """"انسحبت الفصائل من X، واستهدفها الطيران الحربي": a strike from the air whose agent would be a force named
        before it (a subject a joined verb shares) that flew no aircraft (``air_power_side``) is not that force's,
        whatever its contrast linker (task vary15: left13's "وقصفها الطيران الروسي" held only with the arm's side named)."""
        side = actor.attrs.get("side") or ""
        return side in ARMED_SIDES and air_power_side(view, m, self.day, side) is not None

    def _main_clause_side(self, view: SentenceView) -> str | None:
        """The side of a move or deployment this sentence told before (its main clause), if a force's."""
        for e, _ in reversed(self._made):
            if e.sentence == view.index and e.type in _HOLDING_MOVES and e.actor.side in ARMED_SIDES:
                return e.actor.side
        return None

    def _strike_just_told(self) -> bool:
        """Whether the sentence before told a strike by a named armed force ("قصف عنيف للقوات النظامية ...
        . وقال المرصد: قتل 12 شخصاً إثر سقوط قذيفة على منزلهم"): a fall told next is that strike told again or
        its sequel, the story's side, not an unnamed firer's."""
        return any(e.sentence == self._current - 1 and e.type == "attack" and e.actor.side in ARMED_SIDES
                   and e.rule.endswith("side:actor") for e in events_since(self.events, self._current - 1))

    def _implied_side(self, etype: str, view: SentenceView | None = None, m: Match | None = None) -> str:
        """A pro-drop subject: the side of the last event of this type in the article, else of the last
        event with a party, else the side the article is mostly about; a strike from the air guessed for a
        side that flew no aircraft is its air support's (``air_power_side``)."""
        side = self._pro_drop_side(etype, view, m)
        if m is not None and view is not None and etype in ("attack", "casualties") and (
                air := self._operation_air(view, m)):
            self.side_note = "side:operation-air"
            return air
        if m is not None and view is not None and etype in ("attack", "casualties") and (
                air := air_power_side(view, m, self.day, side)):
            self.side_note = "side:air-power"
            return air
        return side

    def _operation_air(self, view: SentenceView, m: Match) -> str | None:
        """"في إطار عملية غصن الزيتون، قصفت الطائرات الحربية X": a strike from the air (or by drones) with no agent
        named, in a sentence naming an operation a foreign army led or just after one, is that army's
        (extract/led_operations.tsv), whatever side the story would lend it."""
        air, drone = air_words(view, m)
        if not (air or drone):
            return None
        by_index = {s.index: s.text for s in self.article.sentences if s.index in (view.index, view.index - 1)}
        return operation_side([by_index[k] for k in (view.index, view.index - 1) if k in by_index])

    def _named_aircraft_side(self, view: SentenceView, m: Match) -> str | None:
        """"أسقط الجيش الإسرائيلي طائرة حربية سورية. وقال مصدر سوري إن الطائرة كانت تنفذ غارات": a definite
        aircraft noun just before the trigger (wordset aircraft_backref), with no force named, points back at the
        aircraft named with its nationality in this sentence or the one before (an actor_heads aircraft); the
        strike is that aircraft's side, not the last event's (its shooter's)."""
        if not any(view.toks[k].bare in AIRCRAFT_BACKREF for k in range(max(0, m.i - 4), m.i)):
            return None
        at = view.toks[m.i].start
        for k in (view.index, view.index - 1):
            named = [a for a in self.by_sent.get(k, []) if a.kind == "actor" and (k < view.index or a.end <= at)
                     and str(a.attrs.get("id", "")).endswith("_aircraft")]
            if named:
                return max(named, key=lambda a: a.start).attrs.get("side")
        return None

    def _pro_drop_side(self, etype: str, view: SentenceView | None, m: Match | None) -> str:
        """The side of an unnamed agent guessed from the article (``_implied_side``)."""
        if m is not None and view is not None and "authority" in m.flags and state_office_announces(view, m):
            return "government"  # "، وأعلن المحافظ حظر التجوال فيها": the state's office, not the earlier subject
        if m is not None and view is not None and (craft := self._named_aircraft_side(view, m)):
            return craft
        if m is not None and view is not None and _alternatives_before(view, m):
            self.side_note = "side:alternatives"
            return "unknown"  # "ارتكب الطيران، الروسي أو السوري، مجزرة ... حين استهدف فرناً": one of two, untold
        party = [e for e in events_since(self.events, self._current - 1) + [e for e, _ in self._made]
                 if e.actor.side not in ("unknown", "civilians")
                 and not e.rule.endswith("side:held-town")]  # a town's side is not a subject's
        dating = self._dating_clauses(view, m)
        for e in reversed(party):  # the subject of this sentence's earlier verb (not one of a time clause)
            if e.sentence == self._current and not any(a <= e.evidence.start < b for a, b in dating):
                return e.actor.side
        for e in reversed(party):  # the same kind of event just before, unless the story turns
            if e.type == etype and self._current - e.sentence <= 1 and (
                    e.sentence == self._current or view is None or not self._turns_topic(view)):
                return e.actor.side
        if m is not None and view is not None and (raider := self._incursion_force(view, m, party)):
            self.side_note = "side:incursion-force"
            return raider
        if m is not None and "authority" in m.flags:
            return unnamed_authority(self.protagonist, self.day)
        return unnamed_agent(self.protagonist, etype, self.day)

    def _incursion_force(self, view: SentenceView, m: Match, party: list[Event]) -> str | None:
        """"توغلت قوة إسرائيلية في قرية X. واعتقلت قوة ثلاثة رعاة": an act whose subject is an unnamed force noun
        (wordset force_head_noun: "قوة"، "القوة"، "دورية") right by its verb, told in the sentence after (or the
        same sentence as) a force's incursion or entry (enter, advance), is that force's, not the side that would
        hold the place (an arrest is an authority's act only when no force has just come in). The last such entry
        of the two sentences decides (task left28)."""
        toks = view.toks
        if not any(toks[k].forms[-1] in FORCE_NOUNS or toks[k].bare in FORCE_NOUNS
                   for k in range(max(0, m.i - 2), min(len(toks), m.i + 3)) if k != m.i):
            return None
        entries = [e for e in party if e.type in _INCURSION_TYPES and self._current - e.sentence <= 1]
        return entries[-1].actor.side if entries else None

    def _dating_clauses(self, view: SentenceView | None, m: Match | None) -> list[tuple[int, int]]:
        """The character spans of the sentence's time clauses ("وبعد أسبوعين من سيطرة الفصائل على X،") that do
        not hold the trigger: what they tell is another happening, whose subject is not this one's (task left14)."""
        if view is None or m is None or not view.toks:
            return []
        toks = view.toks
        return [(toks[a].start - 1, toks[b - 1].end) for a, b in time_clauses(view, self._breaks) if not a <= m.i < b]

    def _receiver_side(self, view: SentenceView, m: Match, nxt: int, giver: Mention | None) -> str:
        """The side a place is handed to: an actor written with ل or after إلى in the trigger's
        stretch, else the adversary of the force that hands it over."""
        toks = view.toks
        for a0, _, a in view.actors:
            if m.j <= a0 < min(len(toks), nxt + 3) and (
                    (toks[a0].bare.startswith(LAM) and len(toks[a0].forms) > 1) or
                    (a0 and toks[a0 - 1].bare in RECIPIENT) or
                    # "سلمنا نقاطنا ... لوحدات الجيش": ل on the unit noun that heads the actor's name (task read7)
                    (a0 - 1 >= m.j and toks[a0 - 1].bare.startswith(LAM) and len(toks[a0 - 1].forms) > 1
                     and toks[a0 - 1].forms[-1] in FORCE_NOUNS)):
                return a.attrs.get("side", "unknown")
        side = giver.attrs.get("side", "unknown") if giver is not None else "unknown"
        return adversary(side, self.day)

    def _dated_actor(self, actor: Mention | None, side: str, date: EventDate) -> Actor:
        """Sides hold for periods: an actor whose side came from its name is read at the event's date
        ("قوات النظام" in a 2025 report of a 2016 battle is the government's army)."""
        day = date.value or self.day
        if actor is not None and actor.attrs.get("base_actor") and side == actor.attrs.get("side"):
            side = dated_fields(actor.attrs, day).get("side", side)
        return actor_of(actor, side, day)

    @staticmethod
    def _subject_mention(e: Event) -> Mention | None:
        """The actor of an event as a mention another trigger can take (one of no side of the table too:
        a local group stays unknown, it does not fall back on the story's main side); none for civilians."""
        if e.actor.side in ("", "civilians"):
            return None
        return Mention("actor", 0, 0, e.actor.name, -1,
                       {"side": e.actor.side, "name": e.actor.name, "name_en": e.actor.name_en, "id": e.actor.id,
                        "actor": e.actor.id, "actor_en": e.actor.name_en, "actor_ar": e.actor.name},
                       "coordinated-subject")

    @staticmethod
    def _nationality(view: SentenceView, m: Match) -> str | None:
        """"غارات جوية روسية سورية": the first nationality adjective near a strike noun names the side; one
        inside a named force ("معارك مع قوات سوريا الديمقراطية") is part of its name."""
        toks = view.toks
        named = view.actor_tokens
        k, reach = m.j, NATIONALITY_REACH
        while k < len(toks) and reach > 0:
            if k not in named and (side := token_nationality(toks[k])):
                return side
            if toks[k].bare not in HEDGE:  # "غارات جوية يرجح أنها روسية": a hedge keeps the adjective near
                reach -= 1
            k += 1
        return None

    @staticmethod
    def _force_nationality(view: SentenceView, lo: int, hi: int) -> str | None:
        """A force named by a noun and a nationality ("قوة إسرائيلية", "دبابات تركية") before a verb; not
        one inside a named force's name ("قوات سوريا الديمقراطية")."""
        toks = view.toks
        named = view.actor_tokens
        for k in range(max(lo, 1), hi):
            if k in named:
                continue
            if toks[k - 1].forms[-1] in FORCE_NOUNS or toks[k - 1].bare in FORCE_NOUNS:
                if side := token_nationality(toks[k]):
                    return side
        return None


BARE_ARMY = wordset("bare_army_word")
FOREIGN_ARMIES = wordset("foreign_army_side")


def launcher_side(view: SentenceView, m: Match) -> str | None:
    """"وكان الجيش التركي قد شن حملة جوية واسعة استهدفت X"، "إن طائرات حربية روسية شنت فجر اليوم غارات ...، استهدفت
    X": a targeting verb with no subject of its own, after a strike noun launched earlier in its sentence, has
    those strikes for subject; its side is the launcher's (the force before شن, قد between, or right after it),
    not the story's guess (task sides20). Not across a complementizer or past another force."""
    if "verb" not in m.flags:
        return None
    toks = view.toks
    k = next((q for q in range(m.i - 1, max(0, m.i - LAUNCHER_REACH) - 1, -1)
              if set(toks[q].forms) & STRIKE_LAUNCH), None)
    noun = None if k is None else next((q for q in range(k + 1, m.i) if set(toks[q].forms) & LAUNCHED_STRIKE), None)
    if noun is None or any(toks[q].bare in SUBJECT_COMP for q in range(k, m.i)):
        return None
    if any(noun < a0 < m.i for a0, _, _ in view.actors):
        return None  # "شن هجوماً على مواقع قوات النظام التي استهدفت": another force in between
    subject = k - 1 - (k >= 2 and toks[k - 1].bare in QAD)
    launcher = next((a for a0, a1, a in view.actors if a1 == subject or k < a0 < noun), None)
    side = launcher.attrs.get("side") if launcher is not None else None
    return side if side in ARMED_SIDES else None


def speaker_army(view: SentenceView, actor: Mention | None) -> str | None:
    """"قالت وسائل إعلام إسرائيلية إن الجيش شن غارات"، "ذكرت القناة 12 الإسرائيلية أن الجيش قصف": the army a
    foreign speaker calls just "the army" is its own country's, not Syria's. The bare word (wordset
    bare_army_word) after a complementizer, with a foreign nationality (wordset foreign_army_side) in the
    attribution before the complementizer, names that side; a nationality after it ("الجيش السوري") is the
    actor's own name and is read as usual."""
    if actor is None:
        return None
    toks = view.toks
    a0 = token_at(toks, actor.start)
    if a0 is None or a0 < 2 or toks[a0].bare not in BARE_ARMY or toks[a0 - 1].bare not in SUBJECT_COMP:
        return None
    if a0 + 1 < len(toks) and token_nationality(toks[a0 + 1]):
        return None  # "إن الجيش السوري": named with its own nationality
    sides = {n for k in range(a0 - 1) if (n := token_nationality(toks[k]))}
    if len(sides) > 1:  # "قال الجيش الإسرائيلي إنه رصد قذائف من الأراضي السورية، وأضاف أن الجيش قصف": the
        sides = _speaker_nationalities(toks, a0)  # speaker's, named before its first complementizer (task left14)
    return sides.pop() if len(sides) == 1 and not sides.isdisjoint(FOREIGN_ARMIES) else None


def _speaker_nationalities(toks, a0: int) -> set[str]:
    """The nationalities named before the sentence's first complementizer ("إن"، "إنه"، "أن"), before ``a0``:
    the attribution's, not those of what it reports."""
    first = next((k for k in range(a0) if toks[k].bare in SPEECH_THAT), a0)
    return {n for k in range(first) if (n := token_nationality(toks[k]))}


SPEECH_THAT = wordset("aside_object_not")  # "إن"، "إنه"، "أن": where an attribution ends and its report begins
BETWEEN_UNCOUNTED = wordset("between_uncounted")  # "عنيفة"، "في مدينة": no word between a clash and its parties

def _between_after(view: SentenceView, start: int, limit: int, reach: int = 3) -> int | None:
    """The token of بين within ``reach`` words from ``start`` (before ``limit``), the words of a place
    name or a date not counted: a clash tells its place before its parties as often as after them."""
    toks = view.toks
    # "تجددت الاشتباكات، مساء أمس الأربعاء، بين X و Y": the words of a date do not count either
    dated = {k for i, d in view.dates for k in range(i, token_at(toks, max(d.start, d.end - 1)) + 1)}
    k = start
    while k < limit and reach > 0:
        if toks[k].bare in BETWEEN:
            return k
        if k not in view.place_tokens and k not in dated and toks[k].bare not in BETWEEN_UNCOUNTED:
            reach -= 1  # ("اشتباكات عنيفة في مدينة X بين": the clash's adjective and the place's cue words neither)
        k += 1
    return None


def role_before(toks, a0: int) -> int | None:
    """The token of a person's role before "في" and a force or a unit ("قيادي في X"، "عنصر سابق في X"، "ضابطاً في
    الفرقة الرابعة"), if any."""
    if a0 < 2 or toks[a0 - 1].bare not in IN_PREP:
        return None
    k = a0 - 2
    if k >= 1 and toks[k].bare in FORMER_ADJ:
        k -= 1
    return k if toks[k].bare in AFFILIATED_ROLE else None


STATE_SITE_ADJ = wordset("state_security_adjective")
STATE_SIDE = "government"


def _struck_state_site(view: SentenceView, m: Match) -> str | None:
    """"هجمات استهدفت مقرات أمنية"، "هاجم مسلحون حواجز أمنية": the security posts or headquarters a strike word
    takes as its object (a struck holding noun with a security adjective, wordset state_security_adjective) are
    the state's, so with no attacker named the strike is the state's adversary of the period (GUIDELINES Sides),
    not the side of an earlier deployment a pro-drop guess would borrow."""
    toks = view.toks
    for k in range(m.i, min(len(toks) - 1, m.j + TARGET_REACH + 1)):
        if toks[k].bare in STRUCK_HOLDINGS and toks[k + 1].bare in STATE_SITE_ADJ and any(
                toks[q].bare in STRIKE_OBJECT for q in range(max(0, k - TARGET_REACH), k)):
            return STATE_SIDE
    return None


def _targeted(toks, role: int) -> bool:
    """Whether a person's role at token ``role`` is the object of a targeting verb a few words before it
    ("استهدفت غارة أمريكية زعيم التنظيم"، "عملية ... استهدفت قيادياً في X"; wordset strike_subject_verb)."""
    return any(toks[k].bare in STRIKE_SUBJECT_VERB or toks[k].forms[-1] in STRIKE_SUBJECT_VERB
               for k in range(max(0, role - TARGET_REACH), role))


def agent_partitive(toks, a0: int) -> bool:
    """"برصاص عناصر من قوات الحكومة"، "بنيران مسلحين من العشائر": a force after من, with an agent
    marker one or two words before من, is who fired (the agent's members), not who fell; so is one
    right after an attack noun and من ("بغارة من طائرة إسرائيلية"، "بهجوم من مسلحي العشائر")."""
    if a0 < 2 or toks[a0 - 1].bare not in PARTITIVE_OF:
        return False
    if set(toks[a0 - 2].forms) & AGENT_GENITIVE_NOUNS:
        return True
    markers = AGENT_MARKERS | AGENT_HANDS  # "على يد عناصر من X"
    return a0 >= 3 and (toks[a0 - 2].bare in markers or toks[a0 - 3].bare in markers)


def _counted_out(view: SentenceView, a0: int) -> bool:
    """Whether the force at token a0 is counted out as the dead ("ثلاثة من عناصر X قتلوا"، "في صفوف X"): a
    count or صفوف up to three words before it. A subject headed by a members' noun ("أن مقاتلي التنظيم قتلوا
    12 عنصراً"، "مسلح من التنظيم") is the killer, not its victims (task sides17)."""
    if a0 and view.toks[a0 - 1].bare in COUNTED_DEAD_MARKER:
        return True
    return any(a0 - 3 <= i < a0 for i, _ in view.numbers)


def _fired_from(view: SentenceView, m: Match) -> str | None:
    """"لقصف مدفعي من مواقع فصائل الجيش الوطني"، "قصف مصدره مواقع القوات التركية": a force named after a word of
    origin and a word of positions (wordsets fire_origin_lead, fire_origin_site), a few words after the strike,
    is the force that fired, not the owner of a site struck."""
    toks = view.toks
    for a0, _, a in view.actors:
        if not m.j <= a0 - 2 or a0 - m.j > _FIRE_ORIGIN_REACH or a.attrs.get("side") not in ARMED_SIDES:
            continue
        if toks[a0 - 1].bare in FIRE_SITE and toks[a0 - 2].bare in FIRE_ORIGIN:
            return a.attrs["side"]
    return None


def _past_date(view: SentenceView, k: int) -> int:
    """The token after a date that stands at token k, "في" before it allowed ("قتلت مساء الأحد عشرات"، "قد قتل
    في أيار الماضي أربعة"): an active kill verb's object may come after when it happened."""
    toks = view.toks
    at = (k, k + 1) if k < len(toks) and toks[k].bare in DATE_PREP else (k,)
    for i, d in view.dates:
        if i in at:
            return token_at(toks, max(d.start, d.end - 1)) + 1
    return k


def _killed_object(view: SentenceView, k: int) -> bool:
    """Whether token k opens the object of an active killing: a count ("20 شخصاً"، "عشرات") or a noun of
    people killed ("مدنيين"، "عناصر")."""
    if k >= len(view.toks):
        return False
    return view.toks[k].bare in KILLED_OBJECT or any(i == k for i, _ in view.numbers)


_OUR_MEN = wordset("our_men_noun")  # عناصرنا، مقاتلينا: the speaker's own men
_OUR_DEAD_REACH = 4  # words after a toll's trigger where its dead are counted ("قتل اثنان من عناصرنا")


def our_dead(view: SentenceView, m: Match) -> bool:
    """"وأصيب عنصران من عناصرنا"، "حين قتل اثنان من عناصرنا": dead or wounded the speaker counts as "ours" (wordset
    our_men_noun) are the speaker's own men, so the side the context implies (the speaker's) is the victim's, not
    who inflicted them; with no inflicter named the toll's side is unknown (GUIDELINES actor_side, task left32)."""
    toks = view.toks
    return any(t.bare in _OUR_MEN for t in toks[m.j:min(len(toks), m.j + _OUR_DEAD_REACH)])
