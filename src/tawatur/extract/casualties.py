"""Casualties: who suffered them and where, from the strike that caused them."""
from __future__ import annotations

import re
from dataclasses import replace

from ..clean.normalize import fold_text
from ..model import Mention
from ..read.gazetteer import AREA_KINDS
from ..read.numbers import number_words
from ..read.wordsets import wordlist, wordset
from .attribution import quantity_near, source_for
from .backrefs import at_home
from .dedupe import DEAD_OF
from .frames import ARMED_SIDES, names_people, usable_place
from .patterns import Match
from .polarity import NO_EVENT, judge
from .sides import (
    BOTH_PARTIES,
    COVERT,
    UNATTRIBUTED,
    actor_of,
    adversary,
    agent_partitive,
    our_dead,
    told_as_clash,
)
from .vocab import (
    AGENT_HANDS,
    AGENT_MARKERS,
    CITY_KINDS,
    DEFINITE,
    DEMONSTRATIVES,
    PARTITIVE_OF,
    PLACE_CARRY_OPENERS,
    TOLL_SINCE,
    TOLL_SPAN_START,
    VICTIM_MARKERS,
    WITH_PREP,
    of_the_day,
)
from .when import event_date, lead_until_today

_DEFINITE = tuple(DEFINITE)
HIT_MATERIEL = wordset("hit_materiel")
WORK_TALLY = wordset("work_tally_noun")  # "حصيلة حملة التفتيش": what a tally sums up is arrests and seizures
CASUALTY_WORDS = wordset("casualty_word")
ATTACKER_NOUNS = wordset("counted_attackers")
OF_THEM = wordset("of_them_pronoun")
OWN_CLASH_NOTES = ("side:actor", "side:clash-with-group")  # a clash whose doer is its told subject or the story force
OF_THEM_REACH = 3  # words from a toll's trigger to "منهم" ("مقتل اثنين منهم"، "مقتل ثلاثة مسلحين منهم")
DEAD_PEOPLE = wordset("dead_people")  # "عنصرين من الأمن العام قتلا": the people a toll counts
ATTACKERS_REACH = 6  # words after a toll's word its "من المهاجمين" may stand ("مقتل 15 عنصراً من المهاجمين")
COUNTED_REACH = 5  # words from a force counted out ("عنصرين من الأمن العام") to the kill verb right after it
# the moves of a battle whose place a later toll of "the battles" takes
FIGHT_TYPES = frozenset({"attack", "take_control", "enter", "advance", "withdraw"})
WOUND_OBJECT_REACH = 3  # words after أصاب its counted or people object may stand (its subject first)
COUNTER_WORDS = wordset("counter_attack_word")  # "هجوماً معاكساً": an attack that answers another
ASSAULT = wordlist("assault_stem")
CLASH_NOUNS = wordset("clash_noun")  # "في اشتباك مع X": the clash a toll's dead fell in
CLASH_PARTNER_REACH = 14  # words after a toll's word its clash "مع X" may stand ("مقتل خمسة ... وإصابة تسعة آخرين
# بجروح أمس الاثنين في اشتباك مع عناصر X")
COUNT_BEFORE_REACH = 5  # words from a count to the verb of falling it is the subject of (counted_before)
FIGHT_REACH = 3  # sentences back a toll may look for the battle it names as known
_WA = wordlist("conjunction_clitic")[0]
BODIES = wordset("bodies_noun")  # "جثث ستة من X وأربعة من Y": bodies seen, not two tolls of a battle
_SIDE_RULE = re.compile(r"side:\S+")
TOLL_JOINERS = wordset("toll_joiner")  # "مقابل"، "فيما"، "في حين": a second count of the other force's dead
JOINED_DEATH_VERBS = wordset("toll_joined_death_verb")  # "فيما ارتقى أربعة من الثوار": the verb before it
JOINER_REACH = 12  # words from the first toll's force to its joiner ("... في المعارك على أطراف بلدة X، فيما")
DEAD_MARKER_REACH = 6  # words from a toll's word to the force its victim marker names at most (as _victim_of_toll)
DEAD_COUNT_REACH = 5  # words from a toll's word to its count at most ("مقتل ما لا يقل عن 100 عنصر")
COUNTED_FORCE_REACH = 4  # words from a toll's count to the force it counts ("12 من عناصر النظام"، "و7 من مقاتلي X")


def hits_materiel(view, m: Match) -> bool:
    """A wound word whose object, right after it (a number may stand between), is materiel or a building
    ("إصابة 3 عربات"، "أصيبت دبابتان"، "إصابة مبنى"): vehicles hit are no toll, a toll needs people."""
    toks = view.toks
    numbers = {t.i for i, n in view.numbers for t in toks[i:i + 4] if t.start < n.end}
    for tok in toks[m.j:m.j + 3]:
        if tok.bare in HIT_MATERIEL or tok.forms[-1] in HIT_MATERIEL:
            return True
        if not (tok.i in numbers or tok.word.isdigit()):  # a number mention also spans what it counts
            return False
    return False


WORK_TALLY_REACH = 5  # words after "حصيلة" where the campaign or the work it sums up is named


def tallies_work(view, m: Match) -> bool:
    """"أعلنت الوزارة حصيلة اليوم الثالث من حملة التفتيش"، "حصيلة عملياتها خلال الشهر": a tally of a campaign or of
    a force's own operations sums up arrests and seizures, no toll; "حصيلة القصف" is one (task probe29)."""
    for tok in view.toks[m.j:m.j + WORK_TALLY_REACH]:
        if tok.bare in WORK_TALLY or tok.forms[-1] in WORK_TALLY:
            return True
        if tok.bare in CASUALTY_WORDS or tok.forms[-1] in CASUALTY_WORDS:
            return False  # "حصيلة حملة القصف: 12 قتيلاً": a toll after all
    return False


def wounds_people(view, m: Match) -> bool:
    """"فأصابت ثلاثة منهم"، "أصاب القصف خمسة مدنيين": the active verb أصاب is a toll only when what it hits,
    within a few words (its subject may stand first), is counted or is people; "أضرار أصابت نبع X" is not."""
    toks = view.toks
    numbers = {t.i for i, n in view.numbers for t in toks[i:i + 4] if t.start < n.end}
    return any(tok.i in numbers or tok.word.isdigit() or names_people(tok) for tok in toks[m.j:m.j + WOUND_OBJECT_REACH])


def counted_before(view, m: Match) -> bool:
    """"ثلاثة مسلحين سقطوا في الاشتباكات"، "عنصرين من الأمن العام سقطا": a verb of falling is a toll only when
    its subject before it, within COUNT_BEFORE_REACH words, is counted; "ذوي الذين سقطوا في المعارك" tells who
    the people are, no toll (task left28)."""
    toks = view.toks
    numbers = {t.i for i, n in view.numbers for t in toks[i:i + 4] if t.start < n.end}
    return any(k in numbers or toks[k].word.isdigit() for k in range(max(0, m.i - COUNT_BEFORE_REACH), m.i))


class CasualtyRules:
    """Casualties: their side and the strike that gives them a place.

    A mixin of the extractor (``events._Extractor``), which holds the per-article state."""

    def _casualty_side(self, view, m: Match, nxt: int, side: str, speaker: Mention | None = None,
                       adversary: bool = True) -> str:
        """Who inflicted casualties: a force after an agent marker ("برصاص X"); else, for the dead of a
        named force ("عناصر X"), the armed party that announces them ("أعلنت قسد مقتل 63 عنصراً من
        فصائل X": a claim of the enemy's dead), else that force's adversary; not when a covert device
        (wordset covert_device) killed them: who planted it is not told."""
        toks = view.toks
        if self._dead_of_both(view, m):
            return "unknown"
        for a0, _, a in view.actors:
            if m.j <= a0 < nxt + 4 and a0 and (toks[a0 - 1].bare in AGENT_MARKERS or toks[a0 - 1].bare in AGENT_HANDS
                                               or agent_partitive(toks, a0)):
                return a.attrs.get("side", "unknown")
        if (partner := self._clash_partner(view, m)) is not None:
            return partner  # "مقتل خمسة من مقاتلي X في اشتباك مع عناصر Y": Y inflicted them
        if any(t.bare in COVERT or t.word in COVERT or t.bare in UNATTRIBUTED
               for t in toks[m.j:min(len(toks), m.j + 10)]):
            return "unknown"  # "قتل خمسة من عناصر X بانفجار لغم": anyone plants a mine, X's enemy or not
        if not adversary or our_dead(view, m):
            return "unknown"  # "حين قتل اثنان من عناصرنا": the speaker's own dead name no enemy (task left32)
        for a0, _, a in view.actors:
            if a0 and toks[a0 - 1].bare in VICTIM_MARKERS and abs(a0 - m.i) <= 6 and not agent_partitive(toks, a0):
                victim = a.attrs.get("side", "unknown")
                claimant = speaker.attrs.get("side") if speaker is not None else None
                if claimant in ARMED_SIDES and claimant != victim and victim in ARMED_SIDES:
                    return claimant
                return self.adversary_here(victim, view, m)
        return "unknown"

    @staticmethod
    def _clash_partner(view, m: Match) -> str | None:
        """"ووثقت الشبكة مقتل خمسة من مقاتلي X ... في اشتباك مع عناصر Y": the dead of a named force fell in a
        clash (wordset clash_noun, within CLASH_PARTNER_REACH words after the toll's word) with the party named
        right after مع (two words after the clash noun at most, "عناصر"، "مقاتلين من" before the force allowed);
        that party inflicted them (GUIDELINES: casualties, the side that inflicted them when stated). A party of
        no armed side ("مع مقاتلين من العشائر") is unknown, not the enemy of the dead. Dead the toll does not say
        are whose ("قتل شخصان في اشتباك مع X") may be X's own: None, as when no party follows the clash noun;
        the toll's other rules decide (task sides17)."""
        toks = view.toks
        for k in range(m.j, min(len(toks), m.j + CLASH_PARTNER_REACH)):
            if not any(f in CLASH_NOUNS for f in toks[k].forms):
                continue
            w = next((w for w in range(k + 1, min(len(toks), k + 3)) if toks[w].bare in WITH_PREP), None)
            partner = next((a for a0, _, a in view.actors if w is not None and w < a0 <= w + 3), None)
            if partner is None or not CasualtyRules._names_victims(view, m):
                return None
            side = partner.attrs.get("side")
            return side if side in ARMED_SIDES else "unknown"
        return None

    @staticmethod
    def _dead_of_both(view, m: Match) -> bool:
        """"قتل 15 مقاتلاً من الطرفين"، "سقط قتلى من كلا الجانبين": the toll counts the dead of both parties
        (wordset both_parties after a victim marker, "كلا" between allowed), so neither party inflicted it
        (GUIDELINES, casualties: the side that inflicted them when stated, else unknown)."""
        toks = view.toks
        # ("34 مقاتلاً من الطرفين قُتلوا في المعارك": the count told before its verb, task read26c)
        for k in (*range(max(m.i - ATTACKERS_REACH, 1), m.i), *range(max(m.j, 1), min(len(toks), m.j + ATTACKERS_REACH))):
            if toks[k].bare in BOTH_PARTIES and any(t.bare in VICTIM_MARKERS for t in toks[max(0, k - 2):k]):
                return True
        return False

    @staticmethod
    def _counts_attackers(view, m: Match) -> bool:
        """"مؤكداً مقتل 15 عنصراً من المهاجمين": the toll counts the attackers (wordset counted_attackers after a
        victim marker), so its dead are of the strike's own side, not of those it struck."""
        toks = view.toks
        return any(toks[k].bare in ATTACKER_NOUNS and toks[k - 1].bare in VICTIM_MARKERS
                   for k in range(max(m.j, 1), min(len(toks), m.j + ATTACKERS_REACH)))

    @staticmethod
    def _counter_attack(view, m: Match) -> bool:
        """"شنت الفصائل هجوماً معاكساً ... أوقع عشرات القتلى في صفوف المهاجمين": the attackers a counter-attack
        (an assault noun, then wordset counter_attack_word, before the toll) kills are those it answers, its
        launcher's enemy: the launcher inflicted the toll, not its adversary (task sides17)."""
        toks = view.toks
        return any(toks[k].bare in COUNTER_WORDS and any(f.startswith(ASSAULT) for f in toks[k - 1].forms)
                   for k in range(1, m.i))

    def _toll_told(self, view, m: Match) -> str | None:
        """"هذه الحصيلة"، "هذا العدد من القتلى": a demonstrative toll is the one the article told before;
        it keeps the side that one was given (who inflicted it), if any."""
        if not m.i or view.toks[m.i - 1].word not in DEMONSTRATIVES:
            return None
        before = [e for e in self.events if e.type == "casualties" and e.sentence < view.index
                  and e.actor.side not in ("", "unknown")]
        return before[-1].actor.side if before else None

    @staticmethod
    def _counted_after(view, m: Match) -> Mention | None:
        """The force a toll counts right after its word, behind a victim marker ("قتل 12 من عناصر X")."""
        toks = view.toks
        return next((a for a0, _, a in view.actors if m.i < a0 <= m.j + 6 and toks[a0 - 1].bare in VICTIM_MARKERS), None)

    def _toll_side(self, view, m: Match) -> str:
        """The adversary of the force a toll counts right after its word ("قتل 12 من عناصر X"), else unknown."""
        victim = self._counted_after(view, m)
        return adversary(victim.attrs.get("side", "unknown"), self.day) if victim is not None else "unknown"

    @staticmethod
    def _victim_of_toll(view, m: Match, prv: int) -> str | None:
        """The armed side a toll counts: a force right after a victim marker ("مقتل 22 مقاتلاً من التنظيم"),
        or the subject before a death verb (flag ``died``: "أن قائد الحملة للقوات الحكومية لقي مصرعه")."""
        toks = view.toks
        after = [a for a0, _, a in view.actors if m.i < a0 <= m.j + 6 and toks[a0 - 1].bare in VICTIM_MARKERS
                 and not agent_partitive(toks, a0)]
        # "قضت على أعداد كبيرة من إرهابيي داعش": a trigger that ends on its victims' noun (a verb and the men it
        # names), the force annexed right after it is theirs (task placeless41)
        after += [a for a0, _, a in view.actors if a0 == m.j and m.j - 1 > m.i and not after]
        before = [a for a0, _, a in view.actors_by_start if prv <= a0 < m.i] \
            if "died" in m.flags else []
        # "إن عنصرين من الأمن العام قتلا وأصيب أربعة آخرون باستهداف حاجز لهم": the people counted out of a force
        # right before the kill verb are its dead, not who killed them (task read11)
        counted = [a for a0, _, a in view.actors_by_start
                   if prv <= a0 < m.i and m.i - a0 <= COUNTED_REACH and a0 >= 2 and toks[a0 - 1].bare in PARTITIVE_OF
                   and _counts_dead(toks[a0 - 2]) and not agent_partitive(toks, a0)]
        # a possessive ("في صفوف قواتنا") points at a speaker the reader may have guessed: no evidence here
        sides = [a.attrs.get("side") for a in after + before[-1:] + counted[-1:] if not a.attrs.get("coref")]
        return next((sd for sd in sides if sd in ARMED_SIDES), None)

    @staticmethod
    def _names_victims(view, m: Match) -> bool:
        """Whether a toll says whose dead they are: a force after a victim marker right after its word,
        a possessive too ("في صفوف قواتنا": the speaker's own, whoever the reader takes the speaker for)."""
        toks = view.toks
        return any(m.i < a0 <= m.j + 6 and toks[a0 - 1].bare in VICTIM_MARKERS for a0, _, _ in view.actors)

    @staticmethod
    def _of_the_other_party(view, m: Match, clash) -> bool:
        """Whether a clash's toll counts "منهم" (wordset of_them_pronoun, within OF_THEM_REACH words after its
        trigger) and the clash's subject is a named armed force, or the story's force a clash "مع" a group of no side
        is told as (side:clash-with-group, task sides37): "of them" recalls the party named last, after مع, so the
        subject inflicted the toll (GUIDELINES: casualties, the side that inflicted them when stated)."""
        if clash.actor.side not in ARMED_SIDES or not clash.rule.endswith(OWN_CLASH_NOTES):
            return False
        return any(t.bare in OF_THEM for t in view.toks[m.j:m.j + OF_THEM_REACH])

    def _two_tolls(self, view, m: Match) -> bool:
        """Whether the sentence counts the dead of two forces ("قتل 12 من الفصائل، فيما قتل 9 من عناصر
        قوات النظام"): each toll is then inflicted by the adversary of whom it counts."""
        mine = self._toll_side(view, m)
        others = [c for c in self._sentence_matches if c is not m and c.row.get("type") == "casualties"]
        return mine != "unknown" and any(self._toll_side(view, c) not in ("unknown", mine) for c in others)

    def _other_toll_victim(self, view, m: Match) -> str | None:
        """In a sentence of two tolls (``_two_tolls``), the armed side the other toll counts: "قتل تسعة من
        عناصر النظام، فيما قتل خمسة من تنظيم داعش": the battle's two parties killed each other's men, so each
        toll was inflicted by the force the other counts, not by a default adversary (task firstperson18)."""
        mine = self._counted_after(view, m)
        for c in self._sentence_matches:
            if c is m or c.row.get("type") != "casualties":
                continue
            other = self._counted_after(view, c)
            side = other.attrs.get("side") if other is not None else None
            if mine is not None and side in ARMED_SIDES and side != mine.attrs.get("side"):
                return side
        return None

    @staticmethod
    def _counted_force(view, i: int, after: int) -> tuple[int, Mention] | None:
        """(last token, actor) of the armed force a count at token i counts: the first actor after the count
        (and after token ``after``) within COUNTED_FORCE_REACH words, with a victim marker between them
        ("12 من عناصر النظام"، "و7 من مقاتلي الفصائل")."""
        toks = view.toks
        for a0, a1, a in view.actors_by_start:
            if a0 <= max(i, after) or a0 > i + COUNTED_FORCE_REACH:
                continue
            if any(toks[k].bare in VICTIM_MARKERS for k in range(i + 1, a0)) and not agent_partitive(toks, a0):
                return (a1, a) if a.attrs.get("side") in ARMED_SIDES and not a.attrs.get("coref") else None
        return None

    def dead_named(self, view, m: Match) -> str | None:
        """The armed side whose dead a toll's own words name: a force right after a victim marker ("قتل 12 من
        عناصر X"، "القتلى في صفوف الجهاديين"، "ثلاثة من X": من only after a count, a people noun or the toll's own
        word; a definite noun the reader resolved counts, a possessive pronoun
        "قواتنا" does not), else the force its count counts (``_dead_counted``), else the force counted before its
        verb (``_victim_of_toll``); None when they name none, or the
        dead of both parties. Only what dedupe needs to tell two sides' tolls apart (task tolls41)."""
        toks = view.toks
        if self._dead_of_both(view, m):
            return None
        for a0, _, a in view.actors_by_start:
            if m.i < a0 <= m.j + DEAD_MARKER_REACH and toks[a0 - 1].bare in VICTIM_MARKERS \
                    and not agent_partitive(toks, a0):
                if toks[a0 - 1].bare in PARTITIVE_OF and not (m.i <= a0 - 2 < m.j or _counts_dead(toks[a0 - 2])):
                    continue  # "بغطاء ناري من القوات التركية": من counts no one out of the force here
                if a.attrs.get("coref") and not toks[a0].word.startswith(_DEFINITE):
                    return None
                side = a.attrs.get("side")
                return side if side in ARMED_SIDES else None
        return self._dead_counted(view, m) or self._dead_counted_before(view, m)

    @staticmethod
    def _dead_counted_before(view, m: Match) -> str | None:
        """"أن سبعة من مقاتلي الفصائل قتلوا": the armed force counted out right before the kill verb (COUNTED_REACH
        words at most), behind a victim marker, a count or a people noun before that (``_counts_dead``)."""
        toks = view.toks
        for a0, _, a in view.actors_by_start:
            if not (m.i - COUNTED_REACH <= a0 < m.i and a0 >= 2 and toks[a0 - 1].bare in VICTIM_MARKERS):
                continue
            if a.attrs.get("coref") or agent_partitive(toks, a0):
                continue
            if any(_counts_dead(toks[k]) for k in range(max(0, a0 - 3), a0 - 1)):
                side = a.attrs.get("side")
                return side if side in ARMED_SIDES else None
        return None

    def _dead_counted(self, view, m: Match) -> str | None:
        """The armed side whose men the toll's count counts ("مقتل ما لا يقل عن 100 عنصر من قوات النظام": a
        count starting DEAD_COUNT_REACH words after the toll's word at most, then ``_counted_force`` from its last
        word), else None."""
        count = next((n for i, n in view.numbers_by_start if m.i <= i <= m.j + DEAD_COUNT_REACH), None)
        if count is None:
            return None
        last = max(t.i for t in view.toks if t.start < count.end)  # the count's last word ("... 100 عنصر")
        found = self._counted_force(view, last, m.j)
        return found[1].attrs.get("side") if found is not None else None

    def coordinated_toll(self, view, m: Match) -> tuple[Mention, str, str] | None:
        """"قتل 12 من عناصر النظام و7 من مقاتلي الفصائل في المعارك": one toll word counts the dead of two
        forces, the second count joined by و. They are two casualties events (task firstperson18), each
        inflicted by the other force counted (GUIDELINES: casualties, the side that inflicted them):
        (the second count, the first toll's side, the second toll's side), else None."""
        toks = view.toks
        if any(toks[k].bare in BODIES for k in range(m.i, m.j)):
            return None
        first = next(((i, n) for i, n in view.numbers_by_start if m.i <= i <= m.j + 1), None)
        # "لقي 11 عنصراً من X مصرعهم": the count and its force inside the toll's words
        after = first[0] if first is not None and m.i < first[0] < m.j else m.j - 1
        got = self._counted_force(view, first[0], after) if first is not None else None
        if got is None:
            return None
        end, victim = got
        for i, n in view.numbers_by_start:
            if i <= end:
                continue
            joined = (i <= end + 2 and (toks[i].word.startswith(_WA) or toks[i - 1].word == _WA)) \
                or self._joined_by_word(view, m, end, i)
            second = self._counted_force(view, i, i) if joined else None
            if second is not None and second[1].attrs["side"] != victim.attrs["side"]:
                return n, second[1].attrs["side"], victim.attrs["side"]
        return None

    def _joined_by_word(self, view, m: Match, end: int, i: int) -> bool:
        """Whether the count at token i is joined to a toll whose force ends at token ``end`` by a toll joiner
        (wordset toll_joiner, within JOINER_REACH words): right before the count ("مقابل ستة من Y") or before a
        death verb before it ("فيما ارتقى أربعة من Y"). A count with a toll word of its own ("فيما قتل خمسة")
        is a toll of its own (``_two_tolls``), not a second count of this one."""
        toks = view.toks
        k = i - 1
        if toks[k].bare in JOINED_DEATH_VERBS:
            k -= 1
        if not end < k <= end + JOINER_REACH:
            return False
        word = toks[k].word  # folded with its clitics: the bare form of "فيما" loses its ف
        pair = f"{toks[k - 1].word} {word}" if k > end + 1 else ""
        if word not in TOLL_JOINERS and pair not in TOLL_JOINERS:
            return False
        return not any(c is not m and c.row.get("type") == "casualties" and k < c.i < i
                       for c in self._sentence_matches)

    def note_fighting(self, index: int, made) -> None:
        """Remember the first battle a sentence tells at a town in Syria (for ``known_battle``): the main
        clause comes first ("تدور المعارك في X بعد هدنة انتهت في Y"), and a toll of the
        battle for a town counts at the town, not at each post taken in it. A battle told at a post alone
        ("هاجمت الفصائل كلية المدفعية") is remembered at the post: "قتل ... خلال الهجوم" after it counts there."""
        first = True
        for e, places in made:
            if post := taken_post(e, places):
                self._post_taken = (index, e, post)
            if towns := _battle_towns(e, places):
                if first:
                    self._fighting = (index, e, towns)
                    first = False
                if _told_as_clash(e):
                    self._clash = (index, e, towns)
                    return

    def known_battle(self, view, m: Match):
        """The battle a toll that names no place belongs to: one it calls by a definite noun ("وقُتل في
        المواجهات خمسة جنود", "خلّف القصف ثلاثة قتلى") or one the sentence goes on from ("حيث قُتل
        سبعة مدنيين"), told at most FIGHT_REACH sentences before; or, for the dead of a named armed side, the
        battle of the sentence just before. A toll over a span ("منذ بداية العام") counts
        more than one battle: none."""
        if self._fighting is None or view.index - self._fighting[0] > FIGHT_REACH:
            return None
        toks = view.toks
        if self._over_a_span(view):
            return None
        named = any(c.row.get("type") == "attack" and c is not m and toks[c.i].bare.startswith(DEFINITE)
                    for c in self._sentence_matches)
        # "استعاد الثوار بلدة X. وقال مراسلنا إن الثوار قتلوا خمسين عنصراً من قوات الأسد": the dead of an
        # armed side counted right after the battle, with no place of their own, fell in it
        named = named or self._names_clash(view, m)  # "سقطوا في الاشتباكات": the battle noun inside the toll's row
        fighters = view.index - self._fighting[0] == 1 and self._victim_of_toll(view, m, 0) is not None
        if not named and not fighters and not (toks and toks[0].bare in PLACE_CARRY_OPENERS):
            return None
        clash = self._clash
        if clash is not None and clash is not self._fighting and view.index - clash[0] <= FIGHT_REACH \
                and self._names_clash(view, m):
            return clash[1], clash[2]  # "اشتباكات في X. وقصفت القوات Y. وقتل اثنان خلال المواجهات": the clash at X
        return self._fighting[1], self._fighting[2]

    def battle_in_sentence(self, view, m: Match, made, prv: int = 0):
        """"سيطرت الفصائل على بلدة X، وقتل 40 عنصراً من قوات النظام في المعركة": a toll whose clause calls its
        battle by a definite clash noun, in a sentence that told a battle (a takeover, a clash) before it, fell
        in that battle, at its town, as one told a sentence before would (``known_battle``, task left28). The dead
        of an armed side a clause after the battle counts ("سيطرت الوحدات على بلدة X، وقتلت العشرات من عناصر
        التنظيم") fell in it too, with no clash noun, as in the sentence after one (``known_battle``'s fighters; task
        placeless41): only a battle told before the toll then."""
        if self._over_a_span(view):
            return None
        fighters = not self._names_clash(view, m)
        if fighters and self._victim_of_toll(view, m, prv) is None:  # (a subject before the last trigger: its own)
            return None
        # "باتت الوحدات على بعد ثلاثة كيلومترات من مدينة X ... وقتل العشرات في المعارك": a distance tells how near a
        # force came, no battle; the battles named are those told before (known_battle, task read26c)
        near = tuple(f"trigger:{c.pattern.name} " for c in self._sentence_matches if "dist" in c.flags)
        start = view.toks[m.i].start
        for e, places in made:
            if near and e.rule.startswith(near):
                continue
            if fighters and not (e.evidence and e.evidence.start < start):
                continue
            if e.type != "casualties" and (towns := _battle_towns(e, places) or self._posts_town(view, e, places)):
                return e, towns
        return None

    def _posts_town(self, view, e, places) -> list:
        """"السيطرة على كلية المدفعية وكلية التسليح في الراموسة، وقتل ... في المعركة": a battle for posts that one
        town locates (a locator mention of the sentence whose list starts at one of the posts) is the battle for
        the town; its toll counts there, not at each post (as ``note_fighting``)."""
        if e.type not in FIGHT_TYPES or e.polarity != "asserted" or not places:
            return []
        mentions = self.article.mentions
        starts = {p.start for p in places}
        return [p for _, p in view.places if p.attrs.get("role") == "locator" and p.attrs.get("kind") in CITY_KINDS
                and at_home(p) and 0 <= (k := p.attrs.get("locates", -1)) < len(mentions)
                and mentions[k].start in starts][:1]

    def _names_clash(self, view, m: Match) -> bool:
        """Whether the toll's own clause calls its battle by a definite clash noun ("خلال المواجهات"، "في
        الاشتباكات"، "في المعركة"): it points at the clash told, not at a strike or a takeover told since."""
        toks = view.toks
        for k in range(m.i + 1, min(len(toks), m.j + CLASH_PARTNER_REACH)):
            if k > m.j and k in self._breaks:
                return False
            if (toks[k].bare.startswith(DEFINITE) or of_the_day(toks, k)) and any(f in CLASH_NOUNS for f in toks[k].forms):
                return True  # ("قتل خلال معارك اليوم": a battle noun annexed to a day is as definite)
        return False

    @staticmethod
    def _over_a_span(view) -> bool:
        """"منذ بداية العام"، "منذ اندلاع الحرب"، "خلال الشهر": the sentence counts a toll over a span (wordsets
        toll_since, toll_span_start), so it sums more than one battle."""
        toks = view.toks
        return any(_span_opens(toks, k) for k in range(len(toks) - 1))

    def _toll_over_a_span(self, view, m: Match) -> bool:
        """"قتل 40 عنصراً من التنظيم في غارات مماثلة منذ مطلع العام": the span opens in the toll's own clause,
        after its word; "ما أدى إلى مقتل ثلاثة، في وقت يعيش فيه السكان حصاراً منذ مطلع العام" dates the
        siege, not the toll."""
        toks = view.toks
        for k in range(m.j, len(toks) - 1):
            if k > m.j and k in self._breaks:
                return False
            if _span_opens(toks, k):
                return True
        return False

    def casualties_from(self, view, m: Match, prv, nxt, cues, donors, continuation, how: str = ""):
        toks = view.toks
        source, smention = source_for(view, toks[m.i].start, *self.carried_source(continuation),
                                      self.headline_here(view))
        verdict = judge(m, toks, cues, bool(smention and smention.attrs.get("denial")), breaks=self._breaks)
        if verdict.polarity == NO_EVENT:
            return []
        donor_event, donor_places = donors[-1]
        # the strike that caused them names who inflicted them, and so does the force that took or entered
        # the town fought over; a force that withdrew does not
        side = donor_event.actor.side if donor_event.type != "withdraw" else "unknown"
        # "قال المرصد إن 40 عنصراً من التنظيم قتلوا في غارات مماثلة منذ مطلع العام": a toll summed over a span
        # is not inflicted by the one strike a pro-drop guess gave a side (GUIDELINES: when stated, else unknown)
        span = donor_event.rule.endswith("side:implied") and self._toll_over_a_span(view, m)
        if span:
            side = "unknown"
        # unless the toll names its own dead: "قتل 12 من الفصائل، فيما قتل 9 من عناصر قوات النظام" are two
        # tolls of one battle, each inflicted by the adversary of whom it counts
        own = donor_event.rule.endswith("side:implied") and self._two_tolls(view, m)
        victim = self._victim_of_toll(view, m, prv)
        # "اندلعت اشتباكات بين X وY سقط فيها قتيلان": whose dead they are is not told, so neither side
        # inflicted them as far as the text says (GUIDELINES: casualties, the side when stated, else unknown)
        unnamed = not own and victim is None and not self._names_victims(view, m) \
            and told_as_clash(donor_event, self.triggers)
        theirs = unnamed and self._of_the_other_party(view, m, donor_event)
        if theirs:  # "اشتبكت دورية من حرس الحدود مع مهربين، ما أسفر عن مقتل اثنين منهم": the subject's
            unnamed, side = False, donor_event.actor.side
        # "بهجوم شنه مسلحون مجهولون ... ما أسفر عن مقتل ثلاثة من عناصره": the strike names its attacker, one of no
        # side; it inflicted them, not the enemy a victim's side would lend (task sides37). The rule keeps its
        # side:implied note: the side is the strike's, and the passes that refine an implied toll (caused_by_strike
        # ...) and dedupe's unstated sides must still read it
        named_none = donor_event.actor.side == "unknown" and donor_event.rule.endswith("side:actor")
        if own:
            side = self._other_toll_victim(view, m) or self._toll_side(view, m)
        elif unnamed or side in ("unknown", "civilians"):
            side = self._casualty_side(view, m, nxt, "unknown", adversary=not span and not named_none)
        if victim is not None and side == victim:  # a toll is never inflicted by the force it counts
            side = self._casualty_side(view, m, nxt, "unknown", smention)
            if side in ("unknown", victim):
                side = self.adversary_here(victim, view, m)
        attackers = donor_event.type == "attack" and side == donor_event.actor.side and side in ARMED_SIDES \
            and self._counts_attackers(view, m) and not self._counter_attack(view, m)
        if attackers:
            side = self.adversary_here(side, view, m)  # "صد هجوماً لـX مؤكداً مقتل 15 من المهاجمين": X's dead
        # "صد الثوار الهجوم على X، وقتلوا عشرين عنصراً": a kill verb joined to a repelled attack shares the
        # repeller as its subject, not the attack's launcher
        killer = self.joined_killer(view, m)
        if killer is not None and not any(killer is r for r in self._repelled_by.values()):
            killer = None
        if killer is not None and killer.attrs.get("side") in ARMED_SIDES:
            side, attackers = killer.attrs["side"], False
        # "وكان عنصر من التنظيم قد قتل ... جنديين أميركيين في هجوم قرب X": the active verb's own subject, whatever
        # the strike told with it guessed
        subject = self.killer(view, m)
        if subject is not None and subject.attrs.get("side") in ARMED_SIDES:
            side, attackers, killer = subject.attrs["side"], False, None
        else:
            subject = None
        told = self._toll_told(view, m)
        if told is not None:
            side = told  # "أسفرت عن هذه الحصيلة": the toll told before, by whom it said
        both = self._dead_of_both(view, m)
        if both:
            side = "unknown"  # "قتل 15 مقاتلاً من الطرفين": the dead of both sides, inflicted by neither alone
        qty = quantity_near(view, m, prv, nxt, "casualties", self._sentence_matches)
        date = event_date(view, m, self.article, donor_event.date, True, self._breaks, self.narrative,
                          lead_until_today(self.article, self.lead_day, view.index))
        places = [p for p in donor_places] if donor_places else []
        out = []
        for p in places:
            ev = self._event(view, m, "casualties", verdict, p, None, side, source, date, qty,
                             how or ("from-attack" if donor_event.sentence == view.index else "continuation"))
            if ev.actor.side == "unknown":
                ev.actor = actor_of(None, side, ev.date.value or self.day)
            if told is not None:  # the toll told before: its side, not a pro-drop guess
                ev.rule = ev.rule.replace("side:implied", "side:toll-told")
            elif subject is not None and side == subject.attrs.get("side"):
                ev.rule = ev.rule.replace("side:implied", "side:killer-subject")
            elif killer is not None and side == killer.attrs.get("side"):
                ev.rule = ev.rule.replace("side:implied", "side:joined-killer")
            elif attackers:  # the attackers' dead: decided from the strike's launcher, not a pro-drop guess
                ev.rule = ev.rule.replace("side:implied", "side:attackers-adversary")
            elif own:  # decided from the dead it counts, not a pro-drop guess
                ev.rule = ev.rule.replace("side:implied", "side:victim-adversary")
            elif both:  # the dead of both parties
                ev.rule = ev.rule.replace("side:implied", "side:dead-of-both")
            elif theirs:  # the dead of the party a named subject clashed with
                ev.rule = ev.rule.replace("side:implied", "side:clash-of-them")
            elif span and side == "unknown":  # a toll of many battles: no single strike's guessed side
                ev.rule = ev.rule.replace("side:implied", "side:span-toll")
            elif unnamed:  # a clash's toll of dead whose side is not told
                ev.rule = ev.rule.replace("side:implied", "side:clash-unnamed")
            if both:  # the dead of both parties: no one side's (the ``dead:`` tag ``_event`` gave, dropped)
                ev.rule = dead_tagged(ev.rule, None)
            out.append((ev, places))
        if told is None and not both and subject is None and killer is None and not attackers \
                and (pair := self.coordinated_toll(view, m)) is not None:
            out = self._split_toll(out, *pair)
        return out

    def _split_toll(self, made: list, count: Mention, first_side: str, second_side: str) -> list:
        """Each casualties event of a toll word that counts two forces' dead (``coordinated_toll``) as two: the
        first count inflicted by the second force, and a copy for the second count inflicted by the first."""
        out = []
        for ev, places in made:
            day = ev.date.value or self.day
            ev.actor = actor_of(None, first_side, day)
            ev.rule = _SIDE_RULE.sub("side:coordinated-toll", ev.rule)
            value = count.attrs.get("value")
            # (the second count's dead are another force's: not the first toll's ``dead:`` tag)
            second = replace(ev, id=f"{ev.id}-2", actor=actor_of(None, second_side, day),
                             rule=dead_tagged(ev.rule, None),
                             quantity=str(value) if value is not None else count.text)
            out += [(ev, places), (second, places)]
        return out



def dead_tagged(rule: str, victim: str | None) -> str:
    """A toll's rule with the side of the dead its own words count ("قتل 12 من عناصر X": ``dead:<X's side>``),
    before its side's tag (readers test how a rule ends), any tag it had replaced; None drops the tag. dedupe
    keeps two tolls of one place apart when each names the dead of another side (``dedupe._dead_apart``; task
    tolls41)."""
    rule = " ".join(t for t in rule.split() if not t.startswith(DEAD_OF))
    if victim is None:
        return rule
    head, mark, side = rule.rpartition(" side:")
    tag = f"{DEAD_OF}{victim}"
    return f"{head} {tag}{mark}{side}" if mark else f"{rule} {tag}"


def _counts_dead(tok) -> bool:
    """Whether the word before "من" and a force counts people out of it: a people noun ("عنصرين من الأمن
    العام"), a noun of the dead, or a bare count, digits or a number word ("اثنين من عناصر الأمن الداخلي قتلا"،
    "3 من جنود الجيش أصيبوا"): the counted are the toll's dead (task side29)."""
    return names_people(tok) or tok.bare in DEAD_PEOPLE or tok.bare.isdigit() or tok.bare in number_words()

def _span_opens(toks, k: int) -> bool:
    """Whether a span of a count opens at token ``k`` ("منذ بداية"، "خلال الشهر": wordsets toll_since then
    toll_span_start)."""
    return toks[k].bare in TOLL_SINCE and toks[k + 1].bare in TOLL_SPAN_START


def _told_as_clash(e) -> bool:
    """Whether a battle event was told by a clash noun ("اشتباكات"، "مواجهات"، "معارك"), not a strike or a
    takeover verb: the battle a later "خلال المواجهات" points back at (``known_battle``, task left28)."""
    return any(w in CLASH_NOUNS or w[1:] in CLASH_NOUNS for w in fold_text(e.trigger or "").split())


def _battle_towns(e, places) -> list:
    """The towns of an asserted battle event (FIGHT_TYPES) a later toll may fall at: its towns in Syria, or its
    one post when it is an attack; none for another event."""
    if e.type not in FIGHT_TYPES or e.polarity != "asserted":
        return []
    usable = [p for p in places if usable_place(p) and at_home(p)]
    return [p for p in usable if p.attrs.get("kind") in CITY_KINDS] or (
        usable if e.type == "attack" and len(usable) == 1 else [])


def taken_post(e, places) -> list:
    """The one post an asserted takeover took, when it names no town ("سيطر الثوار على مطار X"): where the
    captives the next sentence tells were taken (events._capture_in_battle, task list36). An area held
    ("تسيطر الهيئة على محافظة X") is no post; none for another event."""
    if e.type != "take_control" or e.polarity != "asserted":
        return []
    usable = [p for p in places if usable_place(p) and at_home(p)]
    return usable if len(usable) == 1 and usable[0].attrs.get("kind") not in AREA_KINDS | CITY_KINDS else []
