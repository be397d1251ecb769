"""Trigger scope: where a trigger's arguments begin and end, and which matches are no event."""
from __future__ import annotations

from ..model import Mention
from ..read.wordsets import wordlist, wordset
from .frames import (
    CARRIERS,
    PLACE_CUE_WORDS,
    SentenceView,
    names_people,
    subject_classes,
    token_at,
    usable_place,
)
from .patterns import Match
from .polarity import cues_by_effect
from .vocab import (
    ARGUMENT_WORDS,
    ARTICLE,
    ATTRIBUTION_PREPS,
    COORDINATION,
    DEAL_MOVE_TYPES,
    IN,
    INCLUSION_WORDS,
    LIST_CONTINUERS,
    LOCAL_FIGURES,
    MOVE_TYPES,
    OFFENSIVE_NOUNS,
    PAIR_SIDE,
    PAIR_SIDE_FROM,
    PART_OF_PEOPLE,
    PARTITIVE,
    PERSON_APPOSITION,
    PLACE_PRONOUN_SUFFIXES,
    RELATIVES,
    SEEK_VERBS,
    TERMS_VERBS,
    TIME_LINKER,
    after_before_that,
    counts,
    imperfect_verb,
    number_words,
    opens_examples,
)
from .vocab import resumptive as is_resumptive

RECALLED_STRIKE_HEADING = wordset("recalled_strike_heading")
UNDER_FIRE = wordset("under_fire_preposition")
STRIKE_OBJECT_WORDS = wordset("strike_object_word")
# How far after a strike noun its own target may be named ("وسط قصف جوي ومدفعي مكثف من قوات X على الحي"): further on,
# the words tell something else.
STRIKE_OBJECT_REACH = 8
# How far after a manner cue a strike noun may stand when "من" of a span of time comes between ("بعد ساعات من القصف").
MANNER_SPAN_REACH = 5
VIA = wordset("via_preposition")  # "عبر طريق Y" after the place reached: the way (_scope_end)
ROAD_HEAD = wordset("road_head")
# "ففي": the فـ of detail opens the particulars of a summary told before it; the summary's trigger takes none of them
DETAIL_OPENER = wordset("report_detail_opener")
SERIES_KIND = wordset("series_kind")  # "من نوعه": the kind a happening is counted in (series_count)
SERIES_ORDINAL = wordset("series_ordinal")  # "ثاني هجوم"، "الهجوم الثالث"
SERIES_OF = wordset("series_of")  # the "من" of "من نوعه"
SERIES_PRONOUN = wordset("series_pronoun")  # "وهو الهجوم الثالث": a pronoun subject pointing back
SERIES_KIND_REACH = 2  # words from the noun (or its ordinal) to "من نوعه"
# words of a place's locating phrase ("بلدتي X وY على الضفة الشرقية لنهر الفرات، حيث ...") that may stand between the
# place and the "حيث" whose clause describes it (ScopeRules._describes_place, task probe30)
WHERE_LOCATOR_REACH = 6
_WHERE_ADVERBS = wordset("place_where_adverb")  # "بلدة X حيث تتمركز القوات": a clause describing X

# How far a relative word and its verb of seeking may stand before the trigger it governs (words): a
# subject with its own short relative clause fits ("التي تسعى قوات X، التي يقودها Y، إلى السيطرة عليها").
SOUGHT_REACH = 12
DURING_ASIDE = wordset("during_aside")
TRANSFER_VERBS = wordset("wounded_transfer_verb")
CARE_WORDS = wordset("wounded_care_word")
WOUNDED_PERSONS = wordset("wounded_person_noun")
# How far a verb of care may stand before the wounded it takes: its own place phrase and a count fit
# ("استقبلت عند معبر X عشرات الجرحى"، "تستقبل مستشفيات مدينة X يومياً العشرات من الجرحى").
CARE_REACH = 8
TRANSFER_TYPES = frozenset({"casualties", "attack"})
RESUMING_DEMONSTRATIVES = wordset("resuming_demonstrative")  # "، وذلك في بلدة X": the act just told, resumed
RESUMED_AT = wordset("resumed_at_preposition")  # the locative right after it ("في"، "قرب"، "عند")
RESUMED_PLACE_REACH = 3  # words from that locative to the place it names ("في قرية X": 2)
CONVEYANCE_NOUNS = wordset("conveyance_noun")  # "خط نقل النفط"، "أنبوب نقل الغاز": "نقل" a noun in construct after it
# "أعلن عناصر في بلدة X انشقاقهم والتحاقهم بالفصائل في Y": a joining word written with و after a defection opens
# what they joined; the place after it is where they joined, not where they left (ScopeRules._scope_end)
JOIN_STEMS = tuple(wordlist("join_stem"))
PART_NOUNS = wordset("locator_part_noun")
# the head nouns of a building or a target facility joined by و to a list ("ومحطة تحويل الكهرباء في مدينة X")
BUILDING_HEADS = wordset("masculine_place_head") | wordset("feminine_place_head")
JOINED_TARGETS = wordset("joined_target_noun")
TARGET_REACH = 5  # words from a joined facility to the place that locates it ("ومحطة كهرباء في محيط مدينة Y")
DURING_SUBJECT_REACH = 3  # words of a move's subject between its verb and "خلال الهجوم" (_during_a_move)


STRIKE_PARTICIPLES = wordset("strike_participle")
DEAL_SIGNING_VERBS = wordset("deal_signing_verb")
SIGNING_REACH = 2  # words after a deal noun its relative verb of signing may stand ("اتفاق مماثل وقعته")
PATROL_NOUNS = wordset("patrol_noun")
GAPPED_OTHER = wordset("gapped_other")  # "وآخر في بلدة Y" (_gapped)
# word -> whether an attribution preposition ("بحسب"، "وفق") is among its readings: ``_scope_end`` asks it of
# every word of every trigger's scope, and a derived token's readings follow from its word (bounded)
_ATTRIBUTION_WORDS: dict[str, bool] = {}


def _attribution_word(tok) -> bool:
    """``not ATTRIBUTION_PREPS.isdisjoint([tok.bare, *tok.forms])``, remembered by word when the token's
    readings follow from its word."""
    if not tok.derived:
        return not ATTRIBUTION_PREPS.isdisjoint([tok.bare, *tok.forms])
    hit = _ATTRIBUTION_WORDS.get(tok.word)
    if hit is None:
        if len(_ATTRIBUTION_WORDS) > 50_000:  # a bound for a long-running worker
            _ATTRIBUTION_WORDS.clear()
        hit = _ATTRIBUTION_WORDS[tok.word] = not ATTRIBUTION_PREPS.isdisjoint([tok.bare, *tok.forms])
    return hit


class ScopeRules:
    """Where a trigger's arguments begin and end, and which matches are no event of their own.

    A mixin of the extractor (``events._Extractor``), which holds the per-article state."""

    def _blocked_spans(self, view: SentenceView) -> set[int]:
        """Token indices inside actor or place names: no trigger there ("هيئة تحرير الشام")."""
        return set(view.actor_tokens | view.place_tokens)

    @staticmethod
    def _drop_carried(view: SentenceView, matches: list[Match], breaks: set[int]) -> list[Match]:
        """A casualty word among what a departure's buses carry ("حافلات تقل المسلحين والجرحى") is part of
        its subject: no event, and it does not end the departure's scope."""
        for k, m in enumerate(matches):
            if "by_subject" in m.flags:
                limit = next((c.i for c in matches[k + 1:] if c.row.get("type") not in ("casualties", "none")),
                             len(view.toks))
                subject_classes(view, m, 0, len(view.toks), breaks, limit)
        return [m for m in matches if not (m.row.get("type") == "casualties" and (
            m.i in view.carried_idx or ScopeRules._carried_for_care(m, view.toks)
            or ScopeRules._cared_for(m, view.toks, breaks, matches)))]

    @staticmethod
    def _cared_for(m: Match, toks, breaks: set[int], matches: list[Match]) -> bool:
        """"استقبلت المنظمة عند المعبر عشرات الجرحى"، "عالجت فرقه 25 جريحاً"، "بلدة X التي تستقبل مستشفياتها
        مئات الجرحى": a noun of wounded people (wordset wounded_person_noun) that a verb or verbal noun of
        receiving, treating or sheltering (wordset wounded_care_word) takes, in the same clause, is who is
        cared for; their wounding is told elsewhere, or not at all: no toll of its own (task prec30). A noun of
        a wounding ("إصابة"، "أصيب") stays a toll whatever stands before it; verbs of leaving ("إجلاء") are
        read by subjects.tsv, which knows the wounded among who leaves. A sentence that tells a strike keeps the
        wounded received as its toll ("استقبل مستشفى X عشرين جريحاً بعد القصف على أحياء المدينة", task spurious8)."""
        if not any(f in WOUNDED_PERSONS for f in (toks[m.i].bare, *toks[m.i].forms)):
            return False
        if any(x.row.get("type") == "attack" for x in matches):
            return False
        for k in range(m.i - 1, max(-1, m.i - 1 - CARE_REACH), -1):
            if k in breaks or k + 1 in breaks:
                return False
            if not CARE_WORDS.isdisjoint([toks[k].bare, *toks[k].forms]):
                return True
        return False

    @staticmethod
    def _carried_for_care(m: Match, toks) -> bool:
        """"ونقل المصابون إلى مستشفيات في X وY"، "وأسعف الجرحى إلى مشفى X": a carrying verb (wordsets
        wounded_transfer_verb) right before a definite casualty noun tells where the wounded already told were
        taken for care: no toll of its own, and the hospital's town is no place of one (task probe21). So is
        the noun as the subject before the verb ("مشيرة إلى أن الجرحى نقلوا إلى مستشفى X"، "وأن الجريح نُقل إلى
        مشفى X", task read17a)."""
        if not toks[m.i].bare.startswith(ARTICLE):
            return False
        near = [toks[k] for k in (m.i - 1, m.j) if 0 <= k < len(toks)]
        return any(not TRANSFER_VERBS.isdisjoint([t.bare, *t.forms]) for t in near)

    @staticmethod
    def _is_manner(m: Match, cues, toks=None, matches=None) -> bool:
        """A clash noun right after بعد/إثر/عقب/وسط says how something happened, not a new event; so does
        one a few words on after "من" ("بعد أكثر من أسبوعين من القتال"), and an offensive ("بعد عملية
        عسكرية بدأتها القوات"، "بعد هجوم للجيش") in a sentence that tells the move it brought about."""
        by_effect = cues_by_effect(cues)  # (a sentence's cues grouped once: each test below reads one effect's)
        manners = by_effect.get("manner", ())
        if m.row.get("type") == "advance" and "noun" in m.flags and any(
                c.j == m.i or (toks and m.i and toks[m.i - 1].bare in PARTITIVE and 0 <= m.i - c.j <= 5)
                for c in manners):
            return True  # "بعد تقدم القوات في الأحياء"، "بعد أيام من التقدم": how a takeover came
        if m.row.get("type") == "attack" and toks and _offensive_after_cue(m, cues, toks) and any(
                x.row.get("type") in MOVE_TYPES for x in (matches or []) if x is not m):
            return True  # "فرّ المسلحون من يبرود بعد هجوم كبير للجيش": the flight is the event
        if toks and _recalled_in_lead_adjunct(m, cues, toks, matches or []):
            return True  # "وعلى إثر الهجوم، استقدمت قسد تعزيزات إلى البلدة": the attack told before (task probe21)
        if any(c.j == m.i for c in by_effect.get("frame", ())):
            return True  # "يأتي التقدم في إطار معركة X"، "في إطار عمليات الإجلاء": the frame of what is told (task left13)
        if m.row.get("type") == "attack" and toks and _recalled_strike_of_a_move(m, manners, toks, matches or []):
            return True  # "تقدم المقاتلون بعد التفجير إلى أطراف حي X": the advance is the event (task probe30)
        if m.row.get("type") == "attack" and toks and _strike_closing_a_move(m, manners, toks, matches or []):
            return True  # "سيطرت على بلدتي X وY بعد قصف مكثف": the takeover is the event (task prec30)
        if m.row.get("type") == "attack" and toks and _during_a_move(m, cues, matches or []):
            return True  # "سيطرت القوات خلال الهجوم على قريتي X وY": the takeover is the event
        if m.row.get("type") == "attack" and toks and _campaign_frame(m, toks, matches or []):
            return True  # "سيطرت على بلدة X ضمن حملة عسكرية في منطقة Y": the takeover is the event (task read18a)
        if m.row.get("type") == "other" and "noun" in m.flags and _sweep_of_a_clash(m, cues, matches or []):
            return True  # "قتل أربعة في اشتباك مع الأمن العام خلال حملة تمشيط في قرية X": the clash is the event
        if "mutual" not in m.flags:
            return False
        if toks and _fought_at_its_edges(m, cues, toks):
            return False  # "تقدمت باتجاه قرية X وسط اشتباكات على أطرافها": a front of its own, not how the move came
        if any(c.j == m.i for c in by_effect.get("deal_manner", ())) and not any(
                t.bare in TERMS_VERBS for t in (toks or [])[m.j:]) and not ScopeRules._signed_deal(m, toks) and any(
                x.row.get("type") in DEAL_MOVE_TYPES for x in (matches or []) if x is not m):
            return True  # "خرج المقاتلون من X بموجب اتفاق": how they left; "بموجب اتفاق يقضي بـ" tells the deal
        # the clash's own toll tells no other happening, nor does a patrol named as one of its parties
        # ("بعد مواجهات بين دورية للأمن العام ومسلحين ... قتل فيها عنصر من الدورية"; task probe13)
        told = [x.row.get("type") for x in (matches or [])
                if x is not m and x.row.get("type") not in ("none", "casualties")
                and not (toks and x.j - x.i == 1 and toks[x.i].bare in PATROL_NOUNS)]
        if any(c.j <= m.i and m.i - c.j <= 1 for c in manners):
            # "هدنة ... بعد اشتباكات"، "حظر تجوال ... بعد اشتباكات": no place is taken, the clash is its own happening
            # (the clash's own toll, "وأوقعت قتيلين", tells no other happening); with nothing else told ("عاد
            # الهدوء إلى X بعد اشتباكات"، "ساد هدوء حذر في X بعد اشتباكات") the calm is no event, the clash is
            return bool(told) and not all(t == "other" for t in told)
        # "بعد أيام من اشتباكات في قرية X": counted from an indefinite clash with nothing else told ("ويأتي ذلك بعد
        # أيام من اشتباكات ...") the clash is a happening of its own, as right after بعد; the definite one ("بعد أسابيع
        # من الاشتباكات المتقطعة في المحافظة") recalls a background the text sums up (task read24a)
        return bool(toks) and m.i > 0 and toks[m.i - 1].bare in PARTITIVE and any(
            c.j <= m.i and m.i - c.j <= 5 for c in manners) and (
            toks[m.i].bare.startswith(ARTICLE) or m.row.get("type") != "attack"
            or (bool(told) and not all(t == "other" for t in told)))

    @staticmethod
    def asides(view: SentenceView, breaks: set[int], idx) -> dict[int, int]:
        """Descriptions right after a place, set off by a comma ("سد X، الواقع غرب الرقة، ...", "مطار X،
        المعروف سابقاً بمطار Y، ...") or opened by a relative word and a verb of description ("حاجز X الذي
        يربط بين ...، وحواجز Y"): their first token -> the token after them (the next clause mark, or the
        sentence's end). What they name only describes the place before them."""
        toks = view.toks
        out = {}
        # the words right after a place's last word, in order (not every word, asked whether one is)
        for k in sorted(e + 1 for e in view.place_ends if e + 1 < len(toks)):
            if toks[k].word.startswith(COORDINATION):
                continue
            participle = k in breaks and k in idx["describe"]
            # "حاجز X الذي يربط بين ...، وحواجز Y": a relative clause that describes the place
            relative = toks[k].bare in RELATIVES and (k + 1) in idx["describe"]
            if participle or relative:
                out[k] = min((b for b in breaks if b > k), default=len(toks))
        return out

    @staticmethod
    def _scope_end(m: Match, nxt: int, breaks: set[int], place_starts: set[int], idx, toks,
                   asides: dict[int, int] | None = None) -> int:
        """Where a trigger's arguments end: the next trigger, a new clause that does not go on with its
        arguments (a list of places, a preposition), a new coordinated clause after a place, a relative
        clause after a place, or a consequence cue. An aside that describes a place is stepped over when
        the arguments go on after it ("على سد X، الواقع غرب الرقة، إضافة إلى قرية Y")."""
        seen_place = False
        skip_to = -1
        # (the per-word tests that hold only at a clause break, or only for some types, are asked there:
        # the scope's every word asked them by a call)
        transfers = m.row.get("type") in TRANSFER_TYPES
        defects = m.row.get("type") == "defection"
        for k in range(m.j, nxt):
            if k < skip_to:
                continue
            w = toks[k].bare
            if defects and k > m.i and toks[k].word != w and toks[k].word.startswith(COORDINATION) \
                    and w.startswith(JOIN_STEMS):
                return k  # "انشقاقهم والتحاقهم بالفصائل في Y": Y is where they joined (task wrongplace42)
            if asides and k in asides:
                b = asides[k]
                if b < nxt and ScopeRules._goes_on(b, toks, breaks, place_starts):
                    skip_to = b
                    continue
                return k
            if k in breaks and ScopeRules._fronted_clause(m, k, nxt, toks, breaks, place_starts):
                return k
            if k == m.j and k in breaks and toks[k].word in SCOPE_LINKERS:
                return k  # "بعد أيام من دخولها، فيما لا تزال الحركة على الطريق إلى دمشق": a new clause (task read11)
            if k >= m.j and k not in place_starts and k not in breaks and (
                    k in idx["clause_open"] or (seen_place and k in idx["clause_open_placed"])):
                # "قصفت بلدة X فيما كان الأهالي في مدينة Y": a clause of its own (frames.clause_openers, task scope40);
                # a list of places that goes on after its clause mark steps over it ("منها X وجبل Y الذي يضم قرى، وZ")
                b = min((c for c in breaks if c > k), default=nxt)
                if seen_place and b < nxt and ScopeRules._goes_on(b, toks, breaks, place_starts):
                    skip_to = b
                    continue
                return k
            if seen_place and ScopeRules._adds_place(k, w, breaks, place_starts):
                continue
            if seen_place and w in VIA and k + 1 < nxt and toks[k + 1].bare in ROAD_HEAD:
                return k  # "وصلت القافلة إلى مدينة X عبر طريق Y": the way it came, no place it reached (frame33)
            if seen_place and k not in place_starts and toks[k].word in SECURING_PURPOSE:
                return k  # "باتجاه بلدة X لتأمين محيط المطار": the goal's object is no place of the move (task read11)
            if not seen_place and k in breaks and (
                    b := ScopeRules._person_apposition_end(k, nxt, toks, breaks)) is not None:
                skip_to = b  # "على اللواء ع. س.، الرئيس السابق للفرع، في قرية X": who the person is
                continue
            if not seen_place and k in breaks and ScopeRules._local_figure(k, nxt, toks, place_starts):
                continue  # "اغتال مسلحون الشيخ X، أحد وجهاء بلدة Y": the town he stands for is the act's (task recall38b)
            if not seen_place and k in breaks and k > m.j and w in DURING_ASIDE:
                b = ScopeRules._aside_end(k, nxt, toks, breaks, place_starts)
                if b is not None:
                    skip_to = b
                    continue
            if k in breaks and k > m.j and ScopeRules._resumed_here(k, nxt, toks, place_starts):
                continue  # "ألقت القبض على مطلوب، وذلك في بلدة X": where the act just told took place (task seats42)
            if k in breaks and k > m.j and k not in place_starts and (k + 1) not in place_starts \
                    and w not in ARGUMENT_WORDS and not opens_examples(toks, k) and not w.isdigit() \
                    and w not in number_words() \
                    and not ScopeRules._gapped(k, toks) and not ScopeRules._double_cue(k, toks, place_starts) \
                    and not ScopeRules._gapped_count(m, k, toks, place_starts) \
                    and not ScopeRules._strike_goes_on(m, w) \
                    and w not in CARRIERS and not ScopeRules._pair_side(toks, k):  # "خرجت الحافلات صباحاً، تقل المقاتلين، من X إلى Y": what they carry
                return k
            if seen_place and k not in place_starts and toks[k].word.startswith(COORDINATION) \
                    and len(toks[k].word) > 2 and toks[k].forms[-1] != toks[k].word \
                    and w not in ARGUMENT_WORDS and not opens_examples(toks, k) \
                    and (k + 1) not in place_starts and k not in idx["joined_goal"] \
                    and not ScopeRules._unnamed_member(k, toks, breaks, place_starts) \
                    and not ScopeRules._part_member(k, toks, place_starts) \
                    and not ScopeRules._facility_member(k, toks, breaks, place_starts) \
                    and toks[k].bare not in PRONOUN_LOCATIVES \
                    and not names_people(toks[k]) and not ScopeRules._gapped_count(m, k, toks, place_starts) \
                    and not ScopeRules._gapped_other(k, toks) \
                    and toks[k].word not in number_words():  # "خلال يوم واحد نحو X": a root و, the count "one"
                return k  # "... بلدة طرنجة وقام بتفتيش ...": a new verb
            if k in place_starts:
                seen_place = True
            if seen_place and k in idx["relative"] and (k in idx["describe"] or (k + 1) in idx["describe"]):
                return k
            if k in idx["source_aside"]:
                continue  # "سيطرت الفصائل، بحسب ناشطين، على بلدة X": the speaker is an aside (task probe14)
            if k in idx["hypo"] or (seen_place and w in ATTRIBUTION_PREPS) or (
                    k > m.j and _attribution_word(toks[k])):
                # "باتجاه إدلب بحسب مصدر في دمشق"، "وأودى بحياة العشرات بحسب وزارة الصحة في دمشق": the speaker's
                # seat is no argument, whether or not a place came before (task probe11)
                return k
            if transfers and k >= m.j and ScopeRules._transfer(m, toks[k]) and not ScopeRules._conveyance(toks, k):
                return k
        return nxt

    @staticmethod
    def _resumed_here(k: int, nxt: int, toks, place_starts: set[int]) -> bool:
        """"ألقت القبض على مطلوب متهم بهجمات في X، وذلك في قرية Y المجاورة": a comma, a demonstrative that resumes
        the whole act just told (wordset resuming_demonstrative) and a locative (wordset resumed_at_preposition)
        right after it, a place a few words on: the clause only says where that act took place, the trigger's
        arguments go on to it ("، وذلك في إطار حملة" names no place and ends them as before)."""
        return toks[k].word in RESUMING_DEMONSTRATIVES and k + 1 < nxt and toks[k + 1].bare in RESUMED_AT \
            and any(k + 1 < p <= k + 1 + RESUMED_PLACE_REACH and p < nxt for p in place_starts)

    @staticmethod
    def _conveyance(toks, k: int) -> bool:
        """"استهدفوا بعبوة ناسفة خط نقل النفط قرب حقل X": "نقل" right after a conduit's or a vehicle's noun (wordset
        conveyance_noun) is a verbal noun in construct naming what the conduit carries, not a verb of carrying the
        wounded away; the trigger's arguments go on past it (task seats42)."""
        return k >= 1 and toks[k].word == toks[k].bare and not CONVEYANCE_NOUNS.isdisjoint(
            [toks[k - 1].bare, *toks[k - 1].forms])

    @staticmethod
    def _double_cue(k: int, toks, place_starts: set[int]) -> bool:
        """A list member named by two place nouns, a facility and its village ("سيطرت على ثلاثة حواجز: حاجز قرية
        X، وحاجز Y"): after the clause mark it is the trigger's next place, as one cue noun before a name is (task
        probe28)."""
        def cue(t) -> bool:
            return t.bare in PLACE_CUE_WORDS or t.forms[-1] in PLACE_CUE_WORDS
        return k + 2 < len(toks) and (k + 2) in place_starts and cue(toks[k]) and cue(toks[k + 1])

    @staticmethod
    def _transfer(m: Match, tok) -> bool:
        """"أصيب عنصران بجروح نقلا على إثرها إلى المشفى الوطني"، "ونقلوا إلى مستشفى X": where the wounded were
        taken for care is no place of the strike or of the toll; a verb of carrying them (wordsets
        wounded_transfer_verb) ends the trigger's arguments (task probe11)."""
        return m.row.get("type") in TRANSFER_TYPES and not TRANSFER_VERBS.isdisjoint([tok.bare, *tok.forms])

    @staticmethod
    def _person_apposition_end(k: int, nxt: int, toks, breaks: set[int]) -> int | None:
        """"ألقت القبض على اللواء ع. س.، الرئيس السابق لفرع التحقيق، في قرية X": a comma and a word saying who
        the person is (wordsets person_apposition) open an apposition; when the next comma before ``nxt`` opens
        with an argument word ("، في قرية X"), the trigger's arguments go on there. The token there, else None."""
        if k not in breaks or toks[k].bare not in PERSON_APPOSITION:
            return None
        b = min((b for b in breaks if k < b < nxt), default=None)
        return b if b is not None and toks[b].bare in ARGUMENT_WORDS else None

    @staticmethod
    def _local_figure(k: int, nxt: int, toks, place_starts: set[int]) -> bool:
        """"اغتال مسلحون الشيخ X، أحد وجهاء بلدة Y"، "X، مختار قرية Y"، "X، وهو أحد وجهاء مدينة Y": a comma, up to two
        words saying who the person is (wordset person_apposition), then a local figure noun (wordset
        local_figure_noun) in construct with a place: the apposition names the town the victim stands for in his
        community, which the verb takes as its place as it does with no comma between; a post or a provenance
        ("رئيس فرع X"، "المنحدر من بلدة X") does not (task recall38b)."""
        j = k  # (a word's forms too: "وجهاء" is read as و + "جهاء")
        while j < min(k + 2, nxt) and toks[j].bare in PERSON_APPOSITION:
            j += 1
        return j < nxt and not LOCAL_FIGURES.isdisjoint([toks[j].bare, *toks[j].forms]) and any(j < p <= j + 2 for p in place_starts)

    @staticmethod
    def _adjunct_lists(view: SentenceView, matches: list[Match], breaks: set[int], place_starts: set[int],
                       ends: dict[int, int]) -> dict[int, tuple[int, int]]:
        """"سيطرت على كامل مدينة X بعد ساعات من دخولها الأحياء الغربية لها، وبلدة Y ومخيمها": a trigger in
        a time adjunct (بعد/إثر/عقب, "بعد ساعات من") of a trigger that already took a place has its own
        object up to the adjunct's comma; a place joined by و after that comma goes on with the main
        trigger's list. Sets the adjunct trigger's end in ``ends``; returns, by id of the main trigger,
        the span of the places it takes back."""
        toks = view.toks
        out: dict[int, tuple[int, int]] = {}
        events = [m for m in matches if m.row.get("type") != "none"]
        for m1, m2 in zip(events, events[1:], strict=False):
            linker = next((t for t in range(max(m1.j, m2.i - 4), m2.i) if toks[t].bare in TIME_LINKER), None)
            if linker is None or any(linker < b <= m2.i for b in breaks) \
                    or not any(m1.j <= i < linker for i in place_starts) or ends.get(id(m1)) != m2.i:
                continue
            end = ends.get(id(m2), len(toks))
            b = next((b for b in sorted(breaks) if m2.j < b < end), None)
            if b is None or b not in place_starts and (b + 1) not in place_starts \
                    or not toks[b].word.startswith(COORDINATION):
                continue
            ends[id(m2)] = b
            out[id(m1)] = (b, end)
        return out

    @staticmethod
    def _signed_deal(m: Match, toks) -> bool:
        """"بموجب اتفاق وقعته محافظة حلب مع المجلس المدني يوم الثلاثاء"، "تنفيذاً لاتفاق توصلت إليه الفصائل مع
        النظام يوم الخميس": a relative verb of signing right after the deal noun tells the signing, a happening of
        its own with its parties (GUIDELINES: agreements are other); the deal is no mere manner of the move."""
        return bool(toks) and any(not DEAL_SIGNING_VERBS.isdisjoint((t.word, t.bare, *t.forms))
                                  for t in toks[m.j:m.j + SIGNING_REACH])  # "وقعه": its و is no conjunction

    @staticmethod
    def _strike_goes_on(m: Match, w: str) -> bool:
        """"واصلت الطائرات غاراتها على مناطق X، مستهدفةً محيط مدينة Y وبلدة Z": a participle of targeting after
        a strike's comma names what the strike hit; the strike's places go on after it."""
        return m.row.get("type") == "attack" and w in STRIKE_PARTICIPLES

    @staticmethod
    def _aside_end(k: int, nxt: int, toks, breaks: set[int], place_starts: set[int]) -> int | None:
        """"سيطرت في تشرين الأول 2019، خلال عملية X، على مدينة Y": a clause opened at ``k`` by a word of time or
        circumstance (wordsets during_aside) that names no place and closes at a comma after which the
        arguments go on is an aside: where it ends (the verb's arguments resume there), else None."""
        b = min((b for b in breaks if b > k), default=None)
        if b is None or b >= nxt or any(k <= p < b for p in place_starts):
            return None
        return b if ScopeRules._goes_on(b, toks, breaks, place_starts) else None

    @staticmethod
    def _gapped(k: int, toks) -> bool:
        """"وخرج معظمهم سيراً، وآخرون في سيارات من X باتجاه Y": a clause that opens with و and a part of the
        people who move, with no verb of its own, goes on with the verb before it (its places are that
        verb's)."""
        return toks[k].word.startswith(COORDINATION) and (toks[k].bare in PART_OF_PEOPLE or ScopeRules._gapped_other(k, toks))

    @staticmethod
    def _gapped_other(k: int, toks) -> bool:
        """"قتل مدني في بلدة X وآخر في بلدة Y": "another" joined by و with a preposition of the arguments right after
        it and no verb of its own tells one more of what the trigger told (gapping); the place after it is the
        trigger's too (wordset gapped_other, task scope40)."""
        return toks[k].word.startswith(COORDINATION) and toks[k].bare in GAPPED_OTHER and k + 1 < len(toks) \
            and toks[k + 1].bare in ARGUMENT_WORDS

    @staticmethod
    def _gapped_count(m: Match, k: int, toks, place_starts: set[int]) -> bool:
        """"ألقت المروحيات ستة براميل على بلدة X، وأربعة على قرية Y": a clause of و, a count and a preposition of the
        arguments (wordset argument_word), with no verb of its own, counts more of what the trigger counted; the
        place after it is one more of the trigger's. A trigger that counted nothing ("قتل ثلاثة بغارة على X، واثنان
        في Y": the strike) is not what the count goes on with (task probe28). The count may be the trigger's
        object, before its first place: "ألقت القبض على سبعة من الفارين، خمسة منهم في بلدة X واثنان في مدينة Y" (task probe29)."""
        first_place = min((p for p in place_starts if p >= m.j), default=m.j)
        if not any(counts(toks[q]) for q in range(max(0, m.i - 1), max(m.j, first_place))):
            return False
        if k + 2 >= len(toks) or not toks[k].word.startswith(COORDINATION) \
                or not any(f in number_words() for f in toks[k].forms):
            return False
        return toks[k + 1].bare in ARGUMENT_WORDS and any(p in place_starts for p in range(k + 2, k + 4))

    @staticmethod
    def _unnamed_member(k: int, toks, breaks: set[int], place_starts: set[int]) -> bool:
        """"X والتلال المحيطة وأهمها تلة Y": a definite noun joined by و that an inclusion word ("وأهمها"،
        "ومنها") follows in its clause is a list member the text does not name; the members it names
        after the inclusion word are the trigger's places, so the noun does not end its arguments."""
        if not toks[k].bare.startswith(ARTICLE):
            return False
        for q in range(k + 1, min(k + 5, len(toks))):
            if q in breaks:
                return False
            if toks[q].bare in INCLUSION_WORDS:
                return ScopeRules._adds_place(q, toks[q].bare, breaks, place_starts)
        return False

    @staticmethod
    def _facility_member(k: int, toks, breaks: set[int], place_starts: set[int]) -> bool:
        """"استهدفت محطة X في ريف Y ومحطة تحويل الكهرباء في مدينة Z"، "ومحطة كهرباء في محيط مدينة Y": a building or
        a target facility joined by و (its head in the place-head wordsets or joined_target_noun) whose name does not
        place it, but a place within a few words before any clause mark does, is a further member of the list, not
        a new clause: that place is the trigger's (tasks probe14, probe15)."""
        if toks[k].bare not in BUILDING_HEADS and toks[k].forms[-1] not in JOINED_TARGETS \
                and toks[k].bare not in JOINED_TARGETS:
            return False
        for q in range(k + 1, min(k + TARGET_REACH + 1, len(toks))):
            if q in breaks:
                return False
            if q in place_starts:
                return True
        return False

    @staticmethod
    def _part_member(k: int, toks, place_starts: set[int]) -> bool:
        """"قصفت قرية X وأطراف بلدة Y": a part of a place (wordsets locator_part_noun: أطراف، مدخل، محيط ...)
        joined by و with the place it is part of after it is a list member, not a new clause (task read7)."""
        return toks[k].bare in PART_NOUNS and any(p in place_starts for p in (k + 1, k + 2))

    @staticmethod
    def _pair_side(toks, k: int) -> bool:
        """"اشتباكات بين X من جهة، وY من جهة أخرى": the comma after the first side of a pair goes on with
        the pair (the second side, then where they fight), it opens no new clause."""
        return k >= 2 and toks[k - 1].bare in PAIR_SIDE and toks[k - 2].bare in PAIR_SIDE_FROM \
            and toks[k].word.startswith(COORDINATION)

    @staticmethod
    def _goes_on(b: int, toks, breaks: set[int], place_starts: set[int]) -> bool:
        """Whether the clause at ``b`` carries a trigger's arguments on: a place, a preposition or
        quantifier of its arguments, or a word that adds a place."""
        w = toks[b].bare
        return b in place_starts or (b + 1) in place_starts or w in ARGUMENT_WORDS \
            or ScopeRules._adds_place(b, w, breaks - {b}, place_starts)

    @staticmethod
    def _fronted_clause(m: Match, k: int, nxt: int, toks, breaks: set[int], place_starts: set[int]) -> bool:
        """"قتل ثلاثة بضربة قرب بلدة X، وفي درعا عثر على جثة ..."، "في حين": a comma, "وفي" and a place with the
        next trigger right after it open a new clause fronted by its locative (a daily toll's long sentence):
        that place is the next incident's, not one more of this trigger's (task read11). So does the فـ of detail,
        "ففي" (wordsets report_detail_opener), after a summary's toll (task frame33)."""
        if k <= m.j or k not in breaks or (k + 1) not in place_starts or nxt >= len(toks) or nxt - k > FRONTED_REACH:
            return False
        tok = toks[k]
        if tok.word in DETAIL_OPENER:
            return True  # "مقتل 80 في أنحاء متفرقة من البلاد؛ ففي ريف حمص، سيطرت ...": a summary's details open (frame33)
        return tok.word.startswith(COORDINATION) and len(tok.word) > 2 and not IN.isdisjoint([tok.bare])

    @staticmethod
    def _adds_place(k: int, w: str, breaks: set[int], place_starts: set[int]) -> bool:
        """"سيطرت على X، ثم على قرية Y", "قصفت X وكذلك بلدة Y", "X إلى جانب بلدتي Y وZ": a word that adds a
        place to those the trigger took goes on with its arguments when a place starts within three words
        of it, in the same clause; before anything else ("وكذلك فعلت") it ends them as any clause does."""
        if w not in LIST_CONTINUERS and w not in INCLUSION_WORDS:
            return False
        return any(p in place_starts and not any(k < b <= p for b in breaks) for p in range(k + 1, k + 4))

    def _fronted(self, view: SentenceView) -> list[Mention]:
        toks = view.toks
        if len(toks) < 2 or IN.isdisjoint(toks[0].forms + [toks[0].bare]):
            return []
        return [m for i, m in view.places if i <= 3 and usable_place(m)][:1]

    @staticmethod
    def _describes_place(view: SentenceView, m: Match, idx) -> bool:
        """An imperfect control or presence verb in a relative clause describes who holds a place: right
        after a relative word ("التي تسيطر"), or with a resumptive pronoun after it ("يسيطر عليها") unless the verb
        opens the sentence or carries its conjunction ("وتتمركز فيها"), GUIDELINES "Presence and patrols"."""
        toks = view.toks
        head = toks[m.i].bare
        if not imperfect_verb(head) or "loser" in m.flags:  # "وتمركزت فيها" is a perfect
            return False
        resumptive = m.j < len(toks) and is_resumptive(toks[m.j])
        if resumptive:  # "منطقة يسيطر عليها الفصيل"; not a main clause opened by its verb ("وتنتشر فيها قوات
            # روسية" after a town: the pronoun recalls the town, the force is there, a deployment), nor one after a
            # verb of continuing ("وما زالوا يتمركزون فيهما", task read11)
            # nor the verb after "قبل أن" ("دخلتها الفصائل، قبل أن يسيطر عليها التنظيم": the next happening)
            return not (m.i == 0 or toks[m.i].word != head or toks[m.i - 1].bare in STILL_AUX
                        or after_before_that(toks, m.i))
        # the relative clause must hang on a place ("عفرين التي تنتشر فيها"، "بلدة أطمة حيث تتمركز الفصائل": task
        # nonevent19), not on a force ("قوات حزب الله التي تتمركز هناك" is a deployment)
        ends = view.place_ends
        return any((toks[k].bare in RELATIVES or toks[k].bare in _WHERE_ADVERBS)
                   and ((k - 1) in ends or (k - 1) in idx["backref"]
                                                  or (k - 1) in idx["generic"]
                        or (toks[k].bare in _WHERE_ADVERBS and _where_after_located_place(view, k)))
                   for k in range(max(1, m.i - 2), m.i))

    @staticmethod
    def _sought_in_relative(view: SentenceView, m: Match) -> bool:
        """"منبج، التي تسعى القوات إلى السيطرة عليها"، "الكلية التي يحاولون اقتحامها": a relative clause on a
        place whose verb seeks or tries a move on that same place (the trigger's pronoun points back at it)
        describes the place, what is sought there; it tells no event, neither done nor planned."""
        toks = view.toks
        head = toks[m.j - 1].bare
        back = (m.j < len(toks) and is_resumptive(toks[m.j])) or (
            len(head) > 4 and head.endswith(PLACE_PRONOUN_SUFFIXES))
        if not back:
            return False
        ends = {token_at(toks, max(p.start, p.end - 1)) for _, p in view.places}
        for k in range(max(1, m.i - SOUGHT_REACH), m.i - 1):
            if toks[k].bare in RELATIVES and toks[k + 1].bare in SEEK_VERBS:
                return any(e in ends for e in range(max(0, k - 3), k))
        return False


LEAD_ADJUNCT_REACH = 3  # words before a recalled strike noun that may open the sentence ("وعلى إثر")


def _recalled_in_lead_adjunct(m: Match, cues, toks, matches: list[Match]) -> bool:
    """"وعلى إثر الهجوم، استقدمت قسد تعزيزات إلى البلدة"، "وبعد الغارة، انتشرت فرق الإنقاذ": a definite strike
    noun right after a manner cue (بعد/إثر/عقب) that opens the sentence recalls the strike the story told before;
    the sentence tells what followed it, not a new attack at the place of what followed."""
    if m.row.get("type") != "attack" or m.i > LEAD_ADJUNCT_REACH or not toks[m.i].bare.startswith(ARTICLE):
        return False
    if not any(c.j == m.i and c.i <= 1 for c in cues_by_effect(cues).get("manner", ())):
        return False
    # the adjunct closes on the noun: a comma (more than a space) before the next word, no place of its own
    return m.j < len(toks) and toks[m.j].start - toks[m.j - 1].end > 1 and not any(
        x.i > m.j and x.row.get("type") == "attack" for x in matches)


def _forms(tok) -> frozenset[str]:
    """A token's word and its readings without clitics, as one set."""
    return frozenset([tok.bare, *tok.forms])


def series_count(m: Match, toks, matches: list[Match]) -> bool:
    """"وهو الهجوم الثالث من نوعه على مراكز الشرطة في ريف X خلال شهر"، "في ثاني هجوم من نوعه على الحواجز في
    ريف Y": a happening's noun counted by an ordinal in its series ("من نوعه") names the happening just told as
    one of a series; the place after it is the series' range, no new happening there (task left30). It points
    back when a pronoun subject stands before it ("وهو"، "وهي") or when an earlier trigger of its type opens the
    sentence; "وهاجم مسلحون مركزاً في ريف X" names a new one and stays."""
    i, j = m.i, m.j
    if i and not SERIES_ORDINAL.isdisjoint(_forms(toks[i - 1])):
        i -= 1  # "ثاني هجوم"
    elif j < len(toks) and not SERIES_ORDINAL.isdisjoint(_forms(toks[j])):
        j += 1  # "الهجوم الثالث"
    else:
        return False
    if not any(toks[k].bare in SERIES_OF and k + 1 < len(toks) and not SERIES_KIND.isdisjoint(_forms(toks[k + 1]))
               for k in range(j, min(len(toks) - 1, j + SERIES_KIND_REACH))):
        return False
    if any(not SERIES_PRONOUN.isdisjoint(_forms(toks[k])) for k in range(max(0, i - 2), i)):
        return True
    return any(x.i < m.i and x.row.get("type") == m.row.get("type") for x in matches if x is not m)


def _during_a_move(m: Match, cues, matches: list[Match]) -> bool:
    """An offensive or clash noun right after خلال/أثناء ("سيطرت القوات خلال الهجوم على قريتي X وY") that
    stands between a move's verb, with at most its subject, and the object the verb takes after it: when the
    move was made (GUIDELINES, "Manner is not an event"), so it neither gives an attack nor ends the verb's
    arguments. "قتل خمسة خلال اشتباكات في X" has no move before it and stays an attack (task read7)."""
    cue = next((c for c in cues_by_effect(cues).get("during", ()) if c.j <= m.i and m.i - c.j <= 1), None)
    return cue is not None and any(
        x.row.get("type") in MOVE_TYPES and x.j <= cue.i and cue.i - x.j <= DURING_SUBJECT_REACH
        for x in matches if x is not m)


STILL_AUX = wordset("still_auxiliary")  # "ما زالوا يتمركزون فيهما"
SCOPE_LINKERS = wordset("scope_linkers")  # "فيما"، "بينما" opening the next clause
PRONOUN_LOCATIVES = wordset("pronoun_locative")  # "داخل المنطقة العازلة وخارجها"
SECURING_PURPOSE = wordset("securing_purpose")  # "لتأمين"، "لحماية" after a move's place
FRONTED_REACH = 4  # words from a clause's "وفي" to its trigger: the place's words ("وفي ريف جبلة قتل")
CLASH_SWEEP_REACH = 5  # words between a clash noun and the "خلال" of the sweep it broke out in ("مع قوات الأمن العام")


CAMPAIGN_NOUNS = wordset("framing_campaign_noun")
CAMPAIGN_LEADS = wordset("framing_campaign_lead")


def _campaign_frame(m: Match, toks, matches: list[Match]) -> bool:
    """One campaign or battle noun right after خلال/ضمن ("ضمن حملة عسكرية واسعة في منطقة X"، "خلال الحملة
    العسكرية التي شنتها القوات على ريفي X وY"، "خلال معركة غضب الفرات") behind an event its sentence told before
    it: the frame of that event (GUIDELINES, "Manner is not an event"), no attack of its own (task read18a). A
    campaign told by its own verb ("تشن القوات حملة على X") or opening its sentence is left as it is."""
    if not m.i or toks[m.i].bare not in CAMPAIGN_NOUNS or toks[m.i - 1].bare not in CAMPAIGN_LEADS:
        return False
    return any(x is not m and x.j <= m.i - 1 and x.row.get("type") not in ("", "none") for x in matches)


def _sweep_of_a_clash(m: Match, cues, matches: list[Match]) -> bool:
    """A sweep or raid noun right after خلال/أثناء that follows a clash or strike within a few words ("قتل
    أربعة مسلحين في اشتباك مع قوات الأمن العام خلال حملة تمشيط في قرية X"): when the clash broke out, its
    circumstance (GUIDELINES, "Manner is not an event"), so it gives no event and does not end the clash's
    arguments: the village after it is where they fought (task read11)."""
    cue = next((c for c in cues_by_effect(cues).get("during", ()) if c.j <= m.i and m.i - c.j <= 1), None)
    return cue is not None and any(
        x.row.get("type") == "attack" and x.j <= cue.i and cue.i - x.j <= CLASH_SWEEP_REACH
        for x in matches if x is not m)


def _offensive_after_cue(m: Match, cues, toks) -> bool:
    """An offensive right after بعد/إثر/عقب/وسط ("بعد هجوم للجيش"), also when a campaign noun heads the strike
    noun the trigger starts on ("بعد حملة قصف استمرت شهراً", task spurious8): the offensive a move came out of.
    (One a few words on after "من", "بعد ثمانية أيام من هجوم", stays an attack: a held-out set annotates it.)"""
    head = m.i - 1 if m.i and toks[m.i - 1].bare in OFFENSIVE_NOUNS else m.i
    return toks[head].bare in OFFENSIVE_NOUNS and any(
        c.j <= head and head - c.j <= 1 for c in cues_by_effect(cues).get("manner", ()))


AMID_WORDS = wordset("amid_manner")  # "وسط" (its word: the reader strips its و as a conjunction)
EDGE_NOUNS = wordset("outskirts_noun")  # "وسط اشتباكات على أطراف حي X": a clash trigger ending on the edges (task read17b)
EDGES_REACH = 8  # words from a clash noun to the pronoun locative that places it ("وسط اشتباكات بين X وY في محيطها")


def _fought_at_its_edges(m: Match, cues, toks) -> bool:
    """"تقدمت القوات باتجاه قرية X وسط اشتباكات مع الفصائل على أطرافها"، "دخلت أطراف بلدة X وسط اشتباكات
    متقطعة بين الجيش وقسد في محيطها": clashes after "وسط" that a pronoun locative of the place just named
    places (its edges, its surroundings) are a front at that place, their own happening (GUIDELINES: an attack
    is an armed clash at a place), not the manner of the move; after "بعد" they stay its manner (task backref18).
    So are clashes whose trigger ends on the edges of a place named after them ("على أطراف حي X", task read17b)."""
    if not any(c.j <= m.i and m.i - c.j <= 1 and toks[c.i].word in AMID_WORDS
               for c in cues_by_effect(cues).get("manner", ())):
        return False
    return toks[m.j - 1].bare in EDGE_NOUNS or any(t.bare in PRONOUN_LOCATIVES for t in toks[m.j:m.j + EDGES_REACH])


def _recalled_strike_of_a_move(m: Match, manners, toks, matches: list[Match]) -> bool:
    """"تقدم المقاتلون بعد التفجير إلى أطراف حي X"، "وتقدمت القوات عقب القصف نحو بلدة Y": a strike noun with the
    article alone (no object of its own) right after بعد/إثر/عقب, between a move's verb and that move's heading word,
    recalls the blast or the shelling the story told; it says when the move was made and is no event of its own,
    and the place after the heading is the move's. An indefinite strike ("بعد قصف عنيف على X") or one with its own
    object is left as it reads (task probe30)."""
    if m.j - m.i != 1 or not toks[m.i].bare.startswith(ARTICLE):
        return False
    cue = next((c for c in manners if c.j == m.i), None)
    if cue is None or m.j >= len(toks) or toks[m.j].bare not in RECALLED_STRIKE_HEADING:
        return False
    return any(x is not m and x.j <= cue.i and x.row.get("type") in MOVE_TYPES | {"advance"} for x in matches)


def _strike_closing_a_move(m: Match, manners, toks, matches: list[Match]) -> bool:
    """"سيطرت على بلدات X وY وZ بعد قصف مكثف"، "انسحبوا من X باتجاه Y بعد ساعات من القصف المدفعي"، "انسحبوا من
    X تحت ضربات الجيش باتجاه Y": a strike noun (no clash) after بعد/إثر/عقب (indefinite, or after "بعد ساعات
    من") or after تحت, that names no target, spot or predicate of its own (wordset strike_object_word: "على X"،
    "استهدفت X"، "قرب سياجه"، "استمر أياماً" within a few words, before the move's heading word), after a move's
    verb in its sentence, is how the move was made (GUIDELINES: manner is not an event); it gives no attack at
    the move's places. A strike told with its target ("بعد قصف عنيف على X") stays an attack (task prec30)."""
    if "mutual" in m.flags:
        return False  # clashes: their own manner rules (_is_manner), "وسط اشتباكات ... في محيطها" a front
    head = toks[m.j - 1].bare
    if len(head) > 4 and head.endswith(PLACE_PRONOUN_SUFFIXES):
        return False  # "دخلت البلدة بعد يومين من قصفها": the strike's pronoun names its target, a strike of its own
    before = toks[m.i - 1].bare if m.i else ""
    under = before in UNDER_FIRE
    cue = next((c for c in manners if c.j == m.i or (before in PARTITIVE and c.j < m.i
                                                     and m.i - c.j <= MANNER_SPAN_REACH)), None)
    if cue is None and not under:
        return False
    if not under and cue.j == m.i and toks[m.i].bare.startswith(ARTICLE):
        return False  # "أخلوا المقرات بعد الغارات": the strikes the story told, recalled (_recalled_strike_of_a_move)
    start = m.i - 1 if under else cue.i
    if not any(x is not m and x.j <= start and x.row.get("type") in MOVE_TYPES | {"advance"} for x in matches):
        return False
    for k in range(m.j, min(len(toks), m.j + STRIKE_OBJECT_REACH)):
        if toks[k].bare in RECALLED_STRIKE_HEADING:
            return True  # "تحت ضربات الجيش باتجاه Y": the move's heading, its destination
        if not STRIKE_OBJECT_WORDS.isdisjoint([toks[k].bare, *toks[k].forms]):
            return False
    return True


def _where_after_located_place(view: SentenceView, k: int) -> bool:
    """"شنت غارات على بلدتي X وY على الضفة الشرقية لنهر الفرات، حيث يتحصن ما تبقى من مقاتلي التنظيم": "حيث" set off
    by a comma after a place and its locating phrase (a few words, no verb of the sentence's between: the phrase is
    prepositional) opens a clause on that place, as right after its name (task probe30)."""
    toks = view.toks
    if k < 1 or toks[k].start - toks[k - 1].end < 2:
        return False  # no comma or other mark before "حيث": it may go on the clause before
    ends = view.place_ends
    return any(e in ends for e in range(max(0, k - 1 - WHERE_LOCATOR_REACH), k - 1))
