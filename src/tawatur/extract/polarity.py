"""Polarity and modality of a trigger: asserted, denied, expected, or no event at all.

Reads the cue lexicon (``data/extract/cues.tsv``) matched over the sentence. The rules, in order:
a claim of responsibility, made or not ("لم تتبن أي جهة التفجير"), presupposes the act (asserted), and one a named party denies ("نفت الهيئة مسؤوليتها عن") denies the act of its side; a hypothetical, a consequence, a "not yet announced" statement or a "without" (دون وقوع) gives no event;
a goal ("للسيطرة", "تمهيداً لدخولها") gives none unless the trigger allows it (a call to defect is itself
a defection event), and an intention's goal ("تستعد لدخولها") is expected, and so is a deal's ("اتفاق لخروج
المقاتلين من X": what it sets out); a denial by a source before the
trigger, with no new report between them, makes it denied unless the trigger is what the denied clause takes
as given ("نفى سقوط قتلى خلال الغارة"), and so do a denial after it ("... عارية عن الصحة") and the author's
own "لم" right before it (not the لم of a result verb whose subject it is: "لم تسفر المواجهات عن"); a prediction or plan makes it expected,
and so does the future س on the trigger's own verb ("ستنسحب").
A cue of a scoped class (``data/extract/cue_scope.tsv``, the row's ``scope``: denial, prediction, plan, terms, threat,
condition, purpose, call, fear) reaches a trigger by the span of the complement it opens, not by a word window: every trigger
up to the complement's end, however far, and none after it (:func:`in_span`, task modality40).
"""
from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from ..lang.ar import affixes, analyses
from ..read.wordsets import wordlist, wordset
from .aspect import past_habit
from .frames import contrast_between, goes_on_after_contrast, linker_starts
from .patterns import Match, Token, read_table
from .sides import DISCLAIM_REACH, token_nationality
from .vocab import PAST_NEGATION

NO_EVENT = "none"
_PAST_AUX = wordset("pluperfect_aux")  # "كانت تخطط لـ": a plan told in the past
# small closed classes the rules below test words against (members and meaning: wordsets.tsv)
_PURPOSE = wordlist("purpose_clitic")
_PURPOSE_VERB = wordlist("purpose_verb_prefix")
_LAM_OBJECT_VERB = wordlist("lam_object_verb")
_TRUTH = wordset("truth_noun")
_NEAR_FUTURE = wordlist("near_future_noun")
_SUBJECT_OPENER = wordset("subject_opener")
_RELATIVE = wordset("relative_word")
_ANY = wordset("any_determiner")
_DENIED_OCCURRENCE = wordset("denied_occurrence_object")  # "نفي لحدوث أي": ل of an object, no purpose
_RESTART = wordset("complement_restart")  # "قال إن ...، وإن ...": a second complement of the same saying verb
_WHILE = wordset("while_frame_word")  # "بينما يستعد ...، قصفت": a frame of while (_while_framed)
_WHILE_REACH = 4  # words from such a word to the cue in its clause ("وبينما يستعد": 1; "في الوقت الذي تستعد فيه": 2)
_COPULA = wordset("negated_copula")
_JUDGEMENT = wordset("judgement_predicate")
_DONE_EXPLAINER = wordset("done_explainer")  # "إذ أفرجت": a perfect after it tells what was done
_IMPERFECT_PREFIXES = tuple(wordlist("imperfect_prefix"))
_NOT_PERFECT_PREFIXES = tuple(wordlist("future_proclitic")) + tuple(wordlist("definite_article"))
_LIKELIHOOD = wordset("likelihood_cue")  # "يرجح"
_CONJUNCTIONS = tuple(wordlist("conjunction_proclitic"))  # "وغادرت": a clause joined on (_joined_done)
_LIKELY_THAT = frozenset(wordlist("likelihood_complementizer"))  # "أن"، "أنهم"
_DEFINITE = tuple(wordlist("definite_article"))
_LIKELY_SKIPPED = wordset("likelihood_skipped")  # "قد" before the clause's verb
_LIKELY_SUBJECT = 3  # words of who thinks it between the likelihood verb and أن ("يرجح مصدر محلي أن")
_JUDGEMENT_REACH = 12  # words from the happening to what the copula says of it
_DENIAL_VEHICLE = wordset("denial_vehicle_noun")
_IN_STATEMENT = wordset("denial_vehicle_preposition")
_ANY_REACH = 4  # words from a denial to its "any" ("نفت وزارة الداخلية وجود أي")
_REPORT_ABOUT = wordset("denied_report_about")  # "نفى ما تداولته صفحات عن أي عمليات خطف": the claim's "about"
_OCCURRENCE = wordset("occurrence_noun")  # حصول، وقوع: the denied happening's head right before its "any"
_OCCURRENCE_REACH = 9  # the same, with a long denier between ("نفت وكالة الأنباء السورية الرسمية سانا حصول أي": 7)
# "نفت الوزارة أن تكون طائراتها الحربية قد نفذت أي غارة": the denied complement opened by "أن تكون" holds its
# subject and verb before the "any" (task left22)
# one that-word set for the module: أن، إن، أنه ... (the complement a speech verb opens; also read by _restated)
_THAT = wordset("likelihood_complementizer")
_DENIED_COPULA = wordset("denied_that_copula")
_ANY_COPULA_REACH = 8
_THAT_IT = wordset("speaker_subject")  # أنها، أنه، أنهم: "يرجح أنها روسية"
_MEMBER_OF = wordset("identity_preposition")  # "يرجح أنهم من خلايا التنظيم"
_PURPOSE_L = tuple(wordlist("purpose_clitic"))
_NOUN_ENDING = wordlist("verbal_noun_ending")
_ARTICLE = wordlist("definite_article")
_FUTURE = wordlist("future_proclitic")
_IMPERFECT = affixes().get("prefix", "i")  # ي ت ن ا: the person prefixes of an imperfect
# the cue effects that may stand after the trigger (or inside it) and still make it expected
_AFTER_EFFECTS = ("expect", "expect_after", "expect_inside", "expect_later")
# the verdict cue of an expected move that is a later batch (postponed, or of those who remain): dedupe keeps
# it beside the same move reported done, which was another batch
LATER = "expect_later"


@dataclass
class Verdict:
    polarity: str  # asserted | denied | expected | none
    cue: str = ""  # the rule that decided it


# the last cue list's (list, length, cues by effect): judge asks _before for up to ten effects for each
# trigger of a sentence, over the same list; the list is held so its id stays its own
_GROUPS: list[tuple[list[Match], int, dict[str, list[Match]]]] = []


def _grouped(cues: list[Match]) -> dict[str, list[Match]]:
    """The cues by effect, in their order, grouped once per cue list."""
    last = _GROUPS[0] if _GROUPS else None  # one read: another thread may replace it
    if last is None or last[0] is not cues or last[1] != len(cues):
        groups: dict[str, list[Match]] = {}
        for c in cues:
            groups.setdefault(c.pattern.row.get("effect"), []).append(c)
        last = (cues, len(cues), groups)
        _GROUPS[:] = [last]
    return last[2]


cues_by_effect = _grouped  # (the scope rules read a sentence's cues of one effect from the same groups)


@dataclass(frozen=True)
class ScopeClass:
    """A class of cue that governs the complement it opens (data/extract/cue_scope.tsv): the verdict a trigger in
    its span takes, what ends the span, and the event types it makes expected although its verdict is none."""

    name: str
    verdict: str
    ends: frozenset[str]
    expected_types: frozenset[str]


@cache
def scope_classes() -> dict[str, ScopeClass]:
    """The cue classes of data/extract/cue_scope.tsv by name."""
    return {r["class"]: ScopeClass(r["class"], r["verdict"], frozenset(e for e in r["ends"].split("|") if e),
                                   frozenset(t for t in r["expected_types"].split("|") if t))
            for r in read_table("cue_scope.tsv")}


_SCOPE_WHILE = wordset("scope_end_while")  # فيما، بينما
_SCOPE_WHILE_HEAD = wordset("scope_end_while_head")  # the حين of "في حين"
_SCOPE_WHILE_LEAD = wordset("scope_end_while_lead")
_ANSWER = wordset("condition_answer_word")  # فإن، فسوف: a condition's answer opens
_ANSWER_CLITIC = tuple(wordlist("condition_answer_proclitic"))  # "فستقصف": the answer's ف
_AFTER_HEAD = wordset("scope_after_head")  # بعد، إثر، عقب: "بعد وصول تعزيزات", what came before a plan
AFTER_REACH = 2  # words from بعد to the happening it governs ("بعد تعزيزات"، "بعد وصول تعزيزات")
_CONTINUER = wordset("scope_continuer")  # "، ثم باقتحام": the same complement goes on after a mark
_CLAUSE_OPENER = wordset("scope_clause_opener")  # "، وذلك بعد": a clause of its own, though joined by و
_CALL_OPENER = wordset("call_complement_opener")  # "دعا ...، إلى وقفة": what a call asks for opens
_CALL_OPENER_CLITIC = tuple(wordlist("call_complement_clitic"))  # "طالبت ...، بفتح ممرات"
_SAYING_THAT = wordset("likelihood_complementizer")  # the complement a new reporting verb opens (أن، إن، بأن)
_SAYING_PREP = wordset("report_prep")  # "مشيراً إلى أن"
SAYING_SUBJECT_REACH = 3  # words of a speaker between a verb of saying and its complement ("وقالت مصادر محلية إن")
_PLURAL_ENDING = tuple(wordlist("feminine_plural_ending"))
_SPEECH_ABOUT = wordset("speech_about_verb")  # "يتحدثون عن": a report about a thing
_ABOUT = wordset("speech_about_preposition")


def in_span(c: Match, trig: Match, toks: list[Token], breaks: Collection[int], cues: Sequence[Match]) -> bool:
    """Whether the trigger stands in the complement a scoped cue opens (its row's ``scope`` names the class,
    data/extract/cue_scope.tsv): from the cue's end to the sentence's end, unless one of its class's ends comes
    first, at or before the trigger's head (task modality40). However many words stand between them: "ينص
    الاتفاق ... على خروج المقاتلين ... ثم دخول وحدات الجيش إلى X، وانتشار الشرطة في Y" holds three terms; "نفى
    مصدر ... انسحاب وحداته من X، وأكد أن قواته سيطرت على Y" ends at the new report."""
    ends = scope_classes()[c.row["scope"]].ends
    if _quote_closed(c, trig, getattr(breaks, "quotes", None), breaks):
        return False  # "قال: «سنقتحم البلدة»، ثم ...": what the quotation holds ends where it closes (task modality40b)
    if "perfect" in ends and trig.i and toks[trig.i - 1].bare in _RELATIVE:
        return False  # "ينتظرون المغادرة عبر المعبر الذي تسلمه الجيش": a relative clause's verb tells a thing done, aside
    if "after" in ends and any(toks[k].bare in _AFTER_HEAD for k in range(max(c.j, trig.i - AFTER_REACH), trig.i)):
        return False  # "تستعد لاقتحام X بعد وصول تعزيزات": what a plan follows has come
    answered = False
    quotes = getattr(breaks, "quotes", None) or {}  # "توعد القائد: «سنقصف ...»": a quotation opened at a mark is the complement
    reports = {r.i for r in cues if r.row.get("effect") == "report"} if "report" in ends else ()
    for k in range(c.j, min(trig.i + 1, len(toks))):
        tok = toks[k]
        if "while" in ends and (tok.word in _SCOPE_WHILE or tok.bare in _SCOPE_WHILE
                                or (tok.bare in _SCOPE_WHILE_HEAD and k and toks[k - 1].bare in _SCOPE_WHILE_LEAD)) \
                and not goes_on_after_contrast(toks, k + 1):
            return False  # "بينما انتشرت": a fact of its own; "فيما تدخل دورية": the terms go on (task scope40)
        if k < trig.i and (k in reports and _opens_statement(k, cues, toks, breaks)
                           or "speech_about" in ends and _speaks_about(toks, k)):
            return False  # "، وأكد أن ..."، "، وناشطون يتحدثون عن ...": the next statement
        if k in breaks and k > c.j and not _goes_on(toks, k) and k not in quotes and \
                ("break" in ends or ("break_past_aside" in ends and not _short_aside(k, trig, toks, breaks))):
            return False
        if "perfect" in ends and k > c.j and finite_perfect(toks, k, k == trig.i):
            return False
        if "answered_perfect" in ends:
            if answered and finite_perfect(toks, k) and tok.word.startswith(_CONJUNCTIONS) and tok.word != tok.bare:
                return False
            answered = answered or tok.bare in _ANSWER or (tok.word.startswith(_ANSWER_CLITIC) and tok.word != tok.bare)
    return True


QUOTED_STATEMENT_MIN = 5  # words a quotation that opens a cue's complement holds at least: a shorter one is a name


def _quote_closed(c: Match, trig: Match, quotes: dict[int, int] | None, breaks: Collection[int]) -> bool:
    """Whether a quotation that holds the cue closes before the trigger ("وتوعد القائد: «سنقصف البلدة حتى يسلموا
    المطلوبين»، والقصف مستمر على Y"), or one opened after the cue holds a statement and closes before it ("دعا البيان
    إلى «التظاهر في ساحة المدينة حتى رحيل المحافظ»، وتشهد المدينة إضراباً"): what the cue governs is quoted, the
    words after the closing mark are the author's. A quotation holds a cue as a statement when it opens at a clause
    mark ("قال: «...»") or with the cue itself ("«تهدف إلى طرد ...»"); a cue inside a quoted name ("مجموعة العمل من
    أجل فلسطينيي سورية"، "«خريطة طريق» تنص على") is no statement of its own. A short quotation after the cue is a
    name ("نفت «هيئة تحرير الشام» دخول ..."، "انسحاب «جيش الثورة» من X"), which ends nothing (task modality40b)."""
    if not quotes:
        return False
    return any(close <= trig.i and ((o <= c.i < c.j <= close and (o == c.i or o in breaks))
                                    or (c.j <= o and close - o >= QUOTED_STATEMENT_MIN))
               for o, close in quotes.items())


SCOPE_ASIDE_REACH = 4  # words an aside between two clause marks holds at most ("دعا ناشطون، عبر صفحات محلية، إلى")


def _short_aside(k: int, trig: Match, toks: list[Token], breaks: Collection[int]) -> bool:
    """Whether the clause mark at ``k`` opens a short aside that another mark closes before the trigger, or closes one
    ("دعا ناشطون، عبر صفحات محلية، إلى وقفة"), and the word after the aside opens the call's complement (إلى، على، a
    word with ب): the complement goes on after it. "طلب عدم ذكر اسمه، أن يكون ..." has its complement before the mark."""
    close = next((b for b in sorted(breaks) if k < b <= min(k + SCOPE_ASIDE_REACH, trig.i)), None)
    if close is None and any(k - SCOPE_ASIDE_REACH <= b < k for b in breaks):
        close = k
    if close is None or close >= len(toks):
        return False
    nxt = toks[close]
    return nxt.bare in _CALL_OPENER or nxt.word.startswith(_CALL_OPENER_CLITIC)


_CALL_NOUN = wordset("call_noun_cue")
_CALL_NOUN_OPENER = wordset("call_noun_cue_opener")
_CALL_NOUN_CLITIC = tuple(wordlist("call_noun_cue_clitic"))
_CALL_NOUN_NOT_ASKED = wordset("call_noun_not_asked")
_CALL_NOUN_ANSWERED = wordset("call_noun_answered")
CALL_ANSWERED_REACH = 3  # words from a word of answering to the call it answers ("لبى الأهالي في البلدة دعوة")


def noun_call_asks(c: Match, toks: list[Token]) -> bool:
    """Whether a call cue asks for what follows it. A verb of calling always does; a call written as a noun
    ("دعوات"، "نداء", wordsets call_noun) only when ل or إلى opens what it asks for right after it ("تداول ناشطون
    دعوات لتنظيم وقفة في X"، "وسط دعوات إلى إضراب عام"), not a prayer or an invitation there ("الدعوات لأرواح
    الضحايا"، "دعوة لحضور مؤتمر", call_noun_not_asked), nor a call answered ("لبى الأهالي دعوة إلى الإضراب": it
    was held; task modality40b)."""
    head = toks[c.i]
    if head.word not in _CALL_NOUN and head.bare not in _CALL_NOUN:
        return True
    if any(toks[k].bare in _CALL_NOUN_ANSWERED or toks[k].word in _CALL_NOUN_ANSWERED
           for k in range(max(0, c.i - CALL_ANSWERED_REACH), c.i)):
        return False
    if c.j >= len(toks):
        return False
    nxt = toks[c.j]
    if nxt.bare in _CALL_NOUN_OPENER:
        if c.j + 1 >= len(toks):
            return False
        asked = toks[c.j + 1]
    elif nxt.bare.startswith(_CALL_NOUN_CLITIC) and len(nxt.forms) > 1:
        asked = nxt  # "لتنظيم": a ل the clitic analyses strip ("لتنظيم" -> "تنظيم")
    else:
        return False  # "نداء استغاثة": it asks for nothing named
    return _CALL_NOUN_NOT_ASKED.isdisjoint(asked.forms)


def _goes_on(toks: list[Token], k: int) -> bool:
    """Whether the word after a clause mark goes on with a threat's or a goal's complement: joined by و/ف, no perfect
    and no word that opens a clause of its own ("، وذلك بعد"), as "، وباقتحام Y"، "، والسيطرة على Z"; or a word of
    going on ("، ثم باقتحام Y")."""
    tok = toks[k]
    return tok.bare in _CONTINUER or (tok.word != tok.bare and tok.word.startswith(_CONJUNCTIONS)
                                      and tok.bare not in _CLAUSE_OPENER and not finite_perfect(toks, k))


def _speaks_about(toks: list[Token], k: int) -> bool:
    """"، وناشطون يتحدثون عن إطلاق نار": a verb of speaking about a thing, a new report; not one of a relative clause
    that names what is denied ("نفى الأنباء التي تحدثت عن انسحاب الجيش")."""
    return toks[k].bare in _SPEECH_ABOUT and k + 1 < len(toks) and toks[k + 1].bare in _ABOUT \
        and not (k and toks[k - 1].bare in _RELATIVE)


def _opens_statement(k: int, cues: Sequence[Match], toks: list[Token], breaks: Collection[int] = ()) -> bool:
    """Whether the report cue at ``k`` is a verb of saying with its own complement ("وأكد أن"، "مشيراً إلى أن"، "قالت
    مصادر إن")."""
    for r in cues:
        if r.i != k or r.row.get("effect") != "report":
            continue
        n = r.j + 1 if r.j < len(toks) and toks[r.j].bare in _SAYING_PREP else r.j
        # "قالت مصادر محلية إن": the speaker may stand between the verb and its complement; "من المتوقع، كما قالت
        # المصادر، أن ...": a speaker set off by a mark before the complement opens none (task read22b)
        if any(toks[m].bare in _SAYING_THAT and not any(r.j < b <= m for b in breaks)
               for m in range(n, min(n + SAYING_SUBJECT_REACH + 1, len(toks)))):
            return True
    return False


def finite_perfect(toks: list[Token], k: int, trigger: bool = False) -> bool:
    """Whether the word at ``k`` is a finite perfect verb of the pack ("وقصفت"، "سيطرت"، "دخل"), or, for the trigger's
    own word (``trigger``) the pack does not hold, one that ends as a perfect ("عززوا"، "عززت", not "تعزيزات"): a verb reading and
    no noun reading, no future س nor person prefix of an imperfect (unless a perfect's suffix ends it, "تقدمت"), and
    not the verb of a relative clause ("المواقع التي خسرتها")."""
    tok = toks[k]
    w = tok.bare
    kinds = {a.rpartition("/")[2] for a in analyses(w) if "/" in a}
    if not kinds and trigger:  # a trigger word the pack does not hold ("عززت"، "فروا"): its ending tells a perfect
        w = w if w == tok.word or analyses(tok.word) else tok.word  # "فروا": no ف of a clause stripped off a root
        ends_as_perfect = perfect_form(w) and not w.endswith(_PLURAL_ENDING) and not w.startswith(_FUTURE + _DEFINITE)
        kinds = {"v"} if ends_as_perfect else set()
    if "v" not in kinds or "n" in kinds or _future_word(w):
        return False
    if k and toks[k - 1].bare in _RELATIVE:
        return False
    if w.startswith(_IMPERFECT_PREFIXES[0]):
        return False  # "يتقدموا": ي opens an imperfect (its subjunctive ends as a perfect does), never a perfect of the pack
    return perfect_form(w) or not w.startswith(_IMPERFECT_PREFIXES)


def _expected_types(c: Match) -> frozenset[str]:
    """The event types a scoped cue makes expected although its class's verdict is none (a call for a protest)."""
    klass = c.row.get("scope")
    return scope_classes()[klass].expected_types if klass else frozenset()


def _span_closed(held: dict[str, list[Match]], trig: Match, denials: list[Match]) -> bool:
    """Whether the sentence's denials all end before the trigger: scoped deny cues stand before it and none of
    them reaches it ("نفت الفصائل سقوط X، بينما قصفت الطائرات Y": the strike is told beside the denial, asserted),
    so a denying source does not deny it either (task modality40)."""
    return not denials and any(c.j <= trig.i and c.row.get("scope") for c in held.get("deny", ()))


def _before(cues: list[Match], trig: Match, effect: str, aside: frozenset[int] = frozenset(),
            toks: list[Token] | None = None, breaks: Collection[int] = ()) -> list[Match]:
    """Cues of one effect that end before the trigger, within their window. A hypothetical cue may end
    on the trigger's own head: "قد تستهدف" (might strike) is "قد" plus the verb. The words of an aside
    between them (``aside``: "يسعى الثوار، بحسب مصادر ميدانية، إلى التقدم") do not count in the window.
    A cue whose row names a scope class reaches the trigger when it stands in the cue's span (:func:`in_span`),
    however far, when ``toks`` are given; its window is not read (task modality40)."""
    out = []
    for c in _grouped(cues).get(effect, ()):
        row = c.pattern.row  # (Match.row, without the property call: judge asks for each effect in turn)
        overlaps = effect == "hypo" and c.i < trig.i < c.j <= trig.j
        if c.j > trig.i and not overlaps:
            continue
        if toks is not None and row.get("scope"):
            if in_span(c, trig, toks, breaks, cues) and not (row["scope"] == "fear" and _future(toks[trig.i], trig)):
                out.append(c)  # "حذر من أن آلاف العائلات ستنزح من X": a warning told by a future is a forecast
            continue
        window = int(row.get("window") or 0)
        if window and trig.i - c.j - sum(1 for k in aside if c.j <= k < trig.i) > window:
            continue
        out.append(c)
    return out


@dataclass(frozen=True)
class _Unless:
    """A cue row's ``unless`` read once (it was split and walked again for every cue of every trigger, task
    speed22): the "^set" wordsets tried before the cue, in order; whether "%perfect" is among them; the words
    right after the cue ("+w", and the members of every "+^set"); the cue's last words (every other item)."""

    carets: tuple[str, ...]
    perfect: bool
    next_words: frozenset[str]
    next_sets: frozenset[str]
    last_words: frozenset[str]


@cache
def _unless_of(text: str) -> _Unless | None:
    """The parsed ``unless`` of a cue row, None when it has none."""
    unless = [w for w in text.split("|") if w]
    if not unless:
        return None
    plus = [w for w in unless if w.startswith("+")]
    return _Unless(carets=tuple(w[1:] for w in unless if w.startswith("^")), perfect="%perfect" in unless,
                   next_words=frozenset(w[1:] for w in plus),
                   next_sets=frozenset().union(*(wordset(w[2:]) for w in plus if w.startswith("+^"))),
                   last_words=frozenset(w for w in unless if not w.startswith("+")))


def cancelled(c: Match, toks: list[Token]) -> bool:
    """Whether a word of the cue's ``unless`` cancels it: its last word ("قد تم" is not "might"),
    written "+w", the word right after it ("قبل عامين، سيطرت": a time ago, not "before it happens"), or,
    written "^set", a word of that wordset just before the cue (:func:`_aux_before`)."""
    unless = _unless_of(c.row.get("unless") or "")
    if unless is None:
        return False
    last = toks[c.j - 1]
    nxt = toks[c.j] if c.j < len(toks) else None
    if unless.carets and any(_aux_before(c.i, toks, w) for w in unless.carets):
        return True
    if unless.perfect and perfect_form(last.word) and not _aux_before(c.i, toks, "future_perfect_aux"):
        return True  # "وبذلك تكون القوات قد تمكنت من ...": "will have done", a conclusion drawn, stays no event
    if nxt is not None and (nxt.word in unless.next_sets or nxt.bare in unless.next_sets):
        return True  # "قبل فرارهم": a wordset's word right after the cue
    return (nxt is not None and (nxt.bare in unless.next_words or nxt.word in unless.next_words)) \
        or last.bare in unless.last_words or last.word in unless.last_words


_PERFECT_SUFFIXES = tuple(wordlist("perfect_suffix"))  # "نزحت"، "تقدموا": a perfect's subject suffix
_PERFECT_INITIALS = tuple(wordlist("perfect_short_initial"))  # "نزح": no "we" imperfect has three letters
PERFECT_SHORT_LEN = 3


def perfect_form(word: str) -> bool:
    """"وقد نزحت مئات العائلات"، "وقد تقدموا"، "وقد نزح أكثر من ألف": after "قد" a verb that opens like an
    imperfect (ت, ن) but ends on a perfect's subject suffix, or is a bare triliteral opening on ن, is a perfect
    ("has done", asserted), not "قد" + imperfect (might) (task backref18: "وقد نزح أكثر من 30 ألفاً من سكانها")."""
    return len(word) > PERFECT_SHORT_LEN and word.endswith(_PERFECT_SUFFIXES) or \
        len(word) == PERFECT_SHORT_LEN and word.startswith(_PERFECT_INITIALS)


# words before "قد" its كان may stand: a subject of a few words between them ("وكانت هيئة تحرير الشام والفصائل
# المتحالفة معها قد نفت": seven, task probe19)
AUX_REACH = 9
_COMPLEMENTIZER = wordset("subject_complementizer")  # (_aux_before)


def _aux_before(i: int, toks: list[Token], name: str, reach: int = AUX_REACH) -> bool:
    """Whether a word of wordset ``name`` stands in the few words before the cue at ``i``: written
    "^pluperfect_aux", كان before "قد" makes a pluperfect ("وكانت الوحدات قد تسلمت"), whatever letter
    the perfect opens with, not "قد" + imperfect (might). A complementizer between them ends the search: "وكان
    القائد قال إن الفصائل قد تسيطر" is a كان of another clause."""
    words = wordset(name)
    for k in range(i - 1, max(0, i - reach) - 1, -1):
        if toks[k].bare in words:
            return True
        if toks[k].bare in _COMPLEMENTIZER:
            return False
    return False


# A verbal noun after the purpose ل is a goal for moves and takeovers ("للسيطرة", "لإخلاء", "لدخولها");
# after ل an attack or a casualty noun is the object of تعرض/تصدى ("تصدت لهجوم"), not a goal.
PURPOSE_TYPES = {"take_control", "enter", "advance", "withdraw", "deploy", "defection", "evacuation",
                 "displacement"}


def is_purpose(trig: Match, toks: list[Token], cues: list[Match], breaks: Collection[int] = ()) -> bool:
    """A goal, not a happening: "للسيطرة على", "لإخلاء مواقعهم", "تمهيداً لدخولها". ``breaks``: the tokens that
    open a clause (frames.clause_breaks), where a fronted goal ends (:func:`_purpose_cues`)."""
    flags = trig.flags
    if trig.row.get("type") not in PURPOSE_TYPES and "goal" not in flags:
        return bool(_purpose_cues(cues, trig, toks, breaks))
    head = toks[trig.i]
    w = head.bare
    # a verbal noun after ل ("لاقتحام المدينة", "لاستعادة السيطرة"), whatever the row's head
    if "exposed" not in flags and w.startswith(_PURPOSE) and len(w) > 3 \
            and head.forms[-1] != w and not head.forms[-1].startswith(_PURPOSE_VERB):
        prev = toks[trig.i - 1].bare if trig.i else ""
        # "تعرض لقصف" (suffered) and "لا صحة لانسحاب" (no truth to) take ل as their object
        if not prev.startswith(_LAM_OBJECT_VERB) and prev not in _TRUTH \
                and not _lam_verb_before(toks, trig.i, breaks):
            return True
    return bool(_purpose_cues(cues, trig, toks, breaks))


def _lam_verb_before(toks: list[Token], i: int, breaks: Collection[int], reach: int = 8) -> bool:
    """Whether a verb that takes its object with ل opens the clause a few words before ``i``, its subject
    between them ("تعرض حاجز للأمن العام في مدينة X لتفجير"): verb-subject-object order, so the ل is the
    verb's and marks no goal (task prec28). The search stops at a clause break."""
    for k in range(i - 2, max(i - reach, 0) - 1, -1):  # at most ``reach`` words back
        if k in breaks:
            return False
        w = toks[k].bare
        if w.startswith(_LAM_OBJECT_VERB) or (w.startswith(_CONJUNCTIONS) and w[1:].startswith(_LAM_OBJECT_VERB)):
            return True
    return False


def _purpose_cues(cues: list[Match], trig: Match, toks: list[Token], breaks: Collection[int]) -> list[Match]:
    """The purpose cues that reach the trigger. A goal fronted before a comma ("بهدف قطع طرق الإمداد، قصفت
    القوات X"، "في محاولة لاستعادة المواقع، شنت ...") ends at the comma: the verb after it opens the main clause,
    told as done (task left13). A verbal noun after the comma ("، والسيطرة على Y") goes on with the goal."""
    found = _before(cues, trig, "purpose", toks=toks, breaks=breaks)
    if not found or not breaks or _noun_only(toks[trig.i]):
        return found
    return [c for c in found if not any(c.j <= k <= trig.i for k in breaks)]


def _ended_by_comma(c: Match, trig: Match, toks: list[Token], breaks: Collection[int]) -> bool:
    """Whether a cue whose ``unless`` holds "," ends at a comma before the trigger, a verb ("بهدف قطع الطريق،
    قصفت ..."): as a purpose cue does (:func:`_purpose_cues`)."""
    return "," in (c.row.get("unless") or "").split("|") and not _noun_only(toks[trig.i]) \
        and any(c.j <= k <= trig.i for k in breaks)


def _noun_only(tok: Token) -> bool:
    """Whether the word is a noun of the pack and no verb ("والسيطرة"، not "قصف" nor "شنت")."""
    kinds = {a.rpartition("/")[2] for a in analyses(tok.bare) if "/" in a}
    return "n" in kinds and "v" not in kinds


def _future(tok: Token, trig: Match | None = None) -> bool:
    """"ستنسحب القوات", "وسيدخل الجيش": the future س before a verb of the pack, read as the same verb
    without it ("سيطرت" is no س plus "يطرت": the rest must be a known form of the same lemma). A verb
    outside the pack that its row writes out ("=ستصل", "سيشن*") is future when the rest is an imperfect
    the same row accepts ("تصل", "يشن"), so a row need not repeat its future forms as a lemma would."""
    known = _future_word(tok.word)
    if known is not None:
        return known
    return trig is not None and any(_row_imperfect(tok.word[len(p):], trig)
                                    for p in _FUTURE if tok.word.startswith(p))


@lru_cache(maxsize=1 << 16)
def _future_word(word: str) -> bool | None:
    """:func:`_future` of a folded word of the pack, kept per word (every trigger asks, and a corpus
    repeats its trigger words); None for a word that is no verb of the pack."""
    lemmas = {a for a in analyses(word) if a.endswith("/v")}
    if not lemmas:
        return None
    return any(word.startswith(p) and lemmas & analyses(word[len(p):]) for p in _FUTURE)


def _row_imperfect(rest: str, trig: Match) -> bool:
    """Whether ``rest`` (a word without its future س) is an imperfect that the trigger's first word accepts."""
    return (len(rest) > 2 and rest.startswith(_IMPERFECT)
            and trig.pattern.step_matches(0, Token(0, rest)))


def _near_future(source: str) -> bool:
    """An expectation cue that names the coming hours ("خلال الساعات المقبلة") may follow the trigger."""
    return any(w in source for w in _NEAR_FUTURE)


def _named_as_subject(trig: Match, toks: list[Token], cues: list[Match]) -> Match | None:
    """A verbal noun that opens its sentence (or follows "هذا"، "إن") and is the subject of a verb of
    consequence a few words on ("سيطرة الفصائل على البلدة تتيح لها قطع ..."): the cue, else None."""
    head = toks[trig.i].bare
    if trig.i and toks[trig.i - 1].bare in _SUBJECT_OPENER:
        pass  # "هذا التقدم"، "إن سيطرة"
    elif trig.i or not (head.endswith(_NOUN_ENDING) or head.startswith(_ARTICLE)):
        return None  # not the sentence's opening noun ("وسيطرت القوات ... مما يعني" is a verb)
    # the predicate of a subject takes no "و": "قبل أن تقتحمها عناصر ... وتنهي الاحتجاجات" joins a second verb of
    # the same doer, no consequence of the happening (task prec36)
    return next((c for c in cues if c.row.get("effect") == "consequence"
                 and trig.j <= c.i <= trig.j + int(c.row.get("window") or 6)
                 and not (toks[c.i].word.startswith(_COORDINATION) and toks[c.i].bare != toks[c.i].word)), None)


def _denied_any(c: Match, toks: list[Token], held, source_denial: bool, failures: Sequence[Match] = (),
                breaks: Collection[int] = (), trig_i: int = -1) -> bool:
    """"نفت الوزارة وجود أي تعزيزات في X": "أي" a few words after a denial, the object of its verbal noun,
    is the denial's "any" (the thing is denied), not a hypothetical ("لن نسمح بأي تقدم"); one after a
    purpose ("نفى الانسحاب وأكد جاهزيته لصد أي هجوم") is still a hypothetical."""
    if toks[c.i].bare not in _ANY or c.i == 0 or (toks[c.i - 1].word.startswith(_PURPOSE_L)
                                                  and toks[c.i - 1].bare not in _DENIED_OCCURRENCE):
        return False
    if source_denial and toks[c.i - 1].word in _REPORT_ABOUT:
        # "نفى مدير المنطقة ما تداولته صفحات على مواقع التواصل عن "أي عمليات خطف" في المدينة": inside a denial of
        # what was reported, "أي" right after the "about" that opens the reported content is the thing denied, however
        # far the denier stands (task recall38b)
        return True
    occurrence = toks[c.i - 1].bare in _OCCURRENCE  # "نفت وكالة الأنباء الرسمية "سانا" حصول أي قصف"
    # "نفى المركز الإعلامي لقسد في بيان أي انشقاقات": the statement that carries the denial, told between
    # the denier and its object, stands where an occurrence noun would (task probe32)
    occurrence = occurrence or (c.i > 1 and toks[c.i - 1].bare in _DENIAL_VEHICLE
                                and toks[c.i - 2].bare in _IN_STATEMENT)
    if any(d.j <= c.i <= d.j + (_OCCURRENCE_REACH if occurrence else _ANY_REACH)
           or denied_complement(toks, d.j, c.i) or (trig_i == c.j and _denier_only_between(toks, d.j, c.i, breaks))
           for d in held.get("deny", ())):
        return True
    # "عجزت القوات عن تحقيق أي تقدم"، "لم تتمكن من تحقيق أي تقدم": the "any" of a failure that reaches the trigger
    # (``failures``, the negate cues within their window of it) is nothing done (task left29); a bare "لم" whose
    # verb is not the trigger ("لم يشارك في أي قصف") does not reach it and leaves the "any" to the hypotheticals
    return any(d.j <= c.i <= d.j + _ANY_REACH and not cancelled(d, toks) for d in failures)


def _denied_perfect(c: Match, toks: list[Token], held) -> bool:
    """"نفت الوزارة أن تكون قواتها قد تقدمت نحو X": "قد" and a perfect inside the complement "أن تكون/يكون" that a
    denial opens is the past act denied ("that its forces have advanced"), not the conclusion the same copula draws
    elsewhere ("وبذلك تكون القوات قد تمكنت من ...": will have done) nor "قد" with an imperfect (might, "أن تكون
    قد تتقدم"): the trigger after it is denied, as it is when the perfect opens on another letter ("قد انسحبوا"),
    which "قد" never reads as might (task polar41)."""
    unless = _unless_of(c.row.get("unless") or "")
    if unless is None or not unless.perfect or not perfect_form(toks[c.j - 1].word):
        return False
    return any(d.j <= c.i and denied_complement(toks, d.j, c.i) and not cancelled(d, toks)
               for d in held.get("deny", ()))


def _denier_only_between(toks: list[Token], start: int, i: int, breaks: Collection[int]) -> bool:
    """"وتنفي قسد في بيان أمس الأربعاء أي تحرك لقواتها نحو X": between a denial verb and its "any" stand only the
    denier and adjuncts of where and when it denied (no verb, no clause break, within _OCCURRENCE_REACH words): the
    "any" is still the head of the denied object, however long the denier's phrase (task polar41; asked only for the
    trigger the "any" governs at once, not one inside a noun before it: "نفى مصدر اعتقال أي من المحتجين"). A verb or a
    complementizer between ("نفى الانسحاب وتوعد بصد أي هجوم"، "نفى أن تكون الفصائل تخطط لأي هجوم") opens another
    predicate, whose "any" is its own, and so does a purpose ل on the "any" itself."""
    return start <= i <= start + _OCCURRENCE_REACH and not toks[i].word.startswith(_PURPOSE_L) \
        and not any(start < k <= i for k in breaks) \
        and not any(_verb_only(toks[k]) or toks[k].bare in _THAT for k in range(start, i))


def _disclaimed(claim: Match, toks: list[Token], held) -> Match | None:
    """"نفت هيئة تحرير الشام مسؤوليتها عن قصف X"، "نفت الجبهة، المدعومة من تركيا، تبنيها الهجوم على X": a claim of
    responsibility that a named party denies (a denial word before the claim word, its subject between) is that
    party's denial of its own part in the act: the act by its side did not happen, as "نفت أن تكون قواتها قد قصفت X"
    (golds annotate both as the act denied, of the denier's side; task conv36). "لم تتبن أي جهة" (no claim made) is
    the author's negation, no denial: the act stands. The deny cue, else None."""
    return next((d for d in reversed(held.get("deny", ())) if d.j <= claim.i and claim.i - d.j <= DISCLAIM_REACH
                 and not cancelled(d, toks)), None)


def denied_complement(toks: list[Token], start: int, i: int) -> bool:
    """Whether the "أي" at ``i`` stands in a complement "أن تكون/يكون" opened after a denial (from ``start``, its
    subject between: "نفت وزارة الدفاع أن تكون طائراتها نفذت أي غارة"): the thing denied, with its own subject
    and verb before the "any" (task left22)."""
    if toks[i].word.startswith(_PURPOSE_L):
        return False  # "نفى أن تكون الفصائل تخطط لأي هجوم": a plan's object, left to the plan's rules
    return any(toks[k].bare in _THAT and toks[k + 1].bare in _DENIED_COPULA
               for k in range(max(start, i - _ANY_COPULA_REACH), i - 1))


def judge(trig: Match, toks: list[Token], cues: list[Match], source_denial: bool,
          aside: frozenset[int] = frozenset(), breaks: Collection[int] = ()) -> Verdict:
    """The polarity of one trigger in its sentence. A rule whose effect no cue of the sentence has is
    skipped by a look-up in ``held`` (:func:`_before` would find nothing): most sentences hold a few
    cues, of effects (toward, from) that none of these rules reads. ``aside``: the words of asides between a
    verb and its object (frames.object_asides), which an expectation's window steps over (task probe14); ``breaks``: the
    tokens that open a clause, where a fronted goal ends (task left13)."""
    flags = trig.flags
    # "يتوقع أن تنسحب القوات من X بينما انتشرت الشرطة في Y": a linker of contrast with a verb of its own opens a
    # clause told in its own right; no cue before it reaches the trigger after it (frames.contrast_between, task scope40)
    # (asked only when a word that may begin such a linker stands before the trigger: else no cue is dropped, and
    # the list stays the caller's, whose groups by effect are kept for the next trigger; task speed41)
    if (starts := linker_starts(toks)) and starts[0] < trig.i:
        cues = [c for c in cues if c.j > trig.i or not contrast_between(toks, c.j - 1, trig.i)]
    if toks[trig.i].bare in _RELATIVE:
        # a trigger that opens a relative clause ("لم تنجح في كسر الحصار الذي يفرضه التنظيم على X") is
        # a clause of its own: the negation or expectation of the verb it hangs on does not reach it
        cues = [c for c in cues if c.i >= trig.i]
    held = _grouped(cues)
    if (c := _named_as_subject(trig, toks, cues)) is not None:
        return Verdict(NO_EVENT, f"consequence:{c.pattern.source}")
    if trig.i > 0 and toks[trig.i - 1].bare in _JUDGEMENT and toks[trig.i - 1].bare == toks[trig.i - 1].word:
        return Verdict(NO_EVENT, "category")  # "لم تكن ... مجرد تقدم ميداني": a kind of happening, none told
    if "intend" in held and (plans := [c for c in _before(cues, trig, "intend", toks=toks, breaks=breaks)
                                       if c.i > 0 and toks[c.i - 1].bare in _PAST_AUX]):
        # "خلية قالت إنها كانت تخطط لتنفيذ تفجيرات في المدينة": a plan told in the past, of those caught or
        # stopped, is neither done nor still expected: no event (task probe17)
        return Verdict(NO_EVENT, f"past-plan:{plans[-1].pattern.source}")
    if past_habit(trig, toks, breaks):
        return Verdict(NO_EVENT, "past-habit")
    if "claim" in held and (claims := _before(cues, trig, "claim", toks=toks, breaks=breaks)):
        if (denier := _disclaimed(claims[-1], toks, held)) is not None:
            return Verdict("denied", f"disclaim:{denier.pattern.source}")  # "نفت الهيئة مسؤوليتها عن قصف X"
        return Verdict("asserted", f"claim:{claims[-1].pattern.source}")  # "لم تتبن أي جهة التفجير"
    if "breach" in held and "accord" in flags and (broken := _before(cues, trig, "breach", toks=toks, breaks=breaks)):
        return Verdict(NO_EVENT, f"breach:{broken[-1].pattern.source}")  # "خرقت الهدنة": no truce made (task left23)
    failures = _before(cues, trig, "negate", toks=toks, breaks=breaks) if "negate" in held else []
    for effect in ("hypo", "notyet", "negfuture", "without"):
        hits = [c for c in _before(cues, trig, effect, toks=toks, breaks=breaks) if not cancelled(c, toks)
                and not _ended_by_comma(c, trig, toks, breaks)
                and not any(d.i <= c.i and c.j <= d.j and not cancelled(d, toks) for d in held.get("deny", ()))
                and not _denied_any(c, toks, held, source_denial, failures, breaks, trig.i)
                and not _denied_perfect(c, toks, held)
                and not _object_filled(c, trig, toks)] if effect in held else []
        # ("أكد عدم انسحاب": the عدم of a stated denial denies, it is no "without")
        if hits:
            if trig.row.get("type") in _expected_types(hits[-1]):  # "هدد المعلمون بالاعتصام في X": announced
                return Verdict("expected", f"{effect}:{hits[-1].pattern.source}")
            return Verdict(NO_EVENT, f"{effect}:{hits[-1].pattern.source}")
    if "hypo_after" in held and (figure := _figure_after(trig, toks, held["hypo_after"])) is not None:
        return Verdict(NO_EVENT, f"hypo_after:{figure.pattern.source}")
    if "prepare" in held and _before(cues, trig, "prepare", toks=toks, breaks=breaks):
        return Verdict("expected", "prepare")  # "تمهيداً لتحرير المدينة": what a build-up prepares
    if is_purpose(trig, toks, cues, breaks) and "purpose_ok" not in flags:
        intents = _before(cues, trig, "intend", toks=toks, breaks=breaks) if "intend" in held else []
        if intents:  # "تستعد القوات لدخول X": the goal of an intention is what is planned
            return Verdict("expected", f"intend:{intents[-1].pattern.source}")
        deals = _before(cues, trig, "deal_goal", toks=toks, breaks=breaks) if "deal_goal" in held else []
        if deals:  # "اتفاق لخروج المقاتلين من X": what the deal sets out, as "يقضي بخروج"
            return Verdict("expected", f"deal_goal:{deals[-1].pattern.source}")
        return Verdict(NO_EVENT, "purpose")
    demands = [c for c in _before(cues, trig, "demand", toks=toks, breaks=breaks) if noun_call_asks(c, toks)] \
        if "demand" in held else []
    if demands and "purpose_ok" not in flags:
        call = demands[-1]
        if trig.row.get("type") in _expected_types(call):  # "دعا ناشطون إلى وقفة احتجاجية يوم غد": announced
            return Verdict("expected", f"call:{call.pattern.source}")
        return Verdict(NO_EVENT, f"demand:{call.pattern.source}")
    given = _before(cues, trig, "presuppose", toks=toks, breaks=breaks) if "presuppose" in held else []
    given += [c for c in held.get("presuppose_rel", ()) if c.j == trig.i]  # "الغارة التي استهدفت X"
    # a deny row's unless: "لم تسجل أي إصابات" is a report of no toll, not a denial (task left24)
    denials = [c for c in _before(cues, trig, "deny", toks=toks, breaks=breaks) if not cancelled(c, toks)] if "deny" in held else []
    if source_denial and not given and not _reported_since(denials, trig, cues, toks, breaks) and not _span_closed(held, trig, denials):
        return Verdict("denied", "source-denial")
    if denials:
        last = denials[-1]
        reports = [c for c in _before(cues, trig, "report", toks=toks, breaks=breaks) if c.i > last.i
                   and not _relay_aside(c, trig, toks, breaks)]
        if not reports and not any(c.i > last.i for c in given):
            return Verdict("denied", f"deny:{last.pattern.source}")
    if "deny_after" in held and (late := _denied_after(trig, cues)) is not None:
        return Verdict("denied", f"deny_after:{late.pattern.source}")
    if _negated_again(trig, toks):
        return Verdict("denied", "negated-again")
    if "negate" in held and not _excepted(trig, toks) \
            and any(not _result_subject(c, trig, held) and not _judged_subject(c, trig, toks)
                    and not cancelled(c, toks)  # "لم تتمكن إلا من دخول X": only (task read17b)
                    for c in _before(cues, trig, "negate", toks=toks, breaks=breaks)):
        return Verdict("denied", "negated")
    expects = [c for c in _before(cues, trig, "expect", aside, toks=toks, breaks=breaks) if not _hedges_agent(c, trig, toks)
               and not _likely_past(c, trig, toks) and not _restated(c, trig, cues, toks)
               and not cancelled(c, toks) and not _while_framed(c, trig, toks, breaks)] \
        if "expect" in held and not _explains_done(trig, toks) and not _joined_done(trig, toks, breaks) else []
    if not expects and "expect" in held and (term := _term_run_on(trig, toks, held["expect"])) is not None:
        expects = [term]  # "ينص على خروج المقاتلين ... مع سلاحهم الفردي، ودخول الجيش إلى البلدة"
    if "accord" in flags:  # "اتفق الجانبان على وقف إطلاق النار": the truce agreed is the agreement, made
        expects = [c for c in expects if c.j != trig.i]
    # "عن قرب انسحاب الفصائل": a cue read only right before the trigger (task left23)
    expects += [c for c in held.get("expect_at", ()) if c.j == trig.i and not cancelled(c, toks)]
    if "per_terms" in held and _imperfect_verb(toks[trig.i]):
        expects += _before(cues, trig, "per_terms", toks=toks, breaks=breaks)  # "بحسب الاتفاق، تنسحب القوات من X": a term, not yet done
    expects += [c for c in _before(cues, trig, "intend", toks=toks, breaks=breaks) if not _restarted(c, trig, toks)
                and not _while_framed(c, trig, toks, breaks) and not _in_force_now(c, trig, toks)] \
        if "intend" in held else []
    if "expect_near" in held and trig.row.get("type") != "advance":
        expects += _before(cues, trig, "expect_near", toks=toks, breaks=breaks)  # "تقترب من تحقيق تقدم": approaching is a move
    after = [c for c in cues if (c.row.get("effect") == "expect" and trig.j <= c.i <= trig.j + 8
                                 and _near_future(c.pattern.source))
             or (c.row.get("effect") == "expect_after" and trig.j <= c.i <= trig.j + _after_window(c))
             or (c.row.get("effect") == "expect_inside" and trig.i < c.i < trig.j)] \
        if not held.keys().isdisjoint(_AFTER_EFFECTS) else []  # most sentences hold none of them
    later = _later(trig, cues) if not held.keys().isdisjoint(("expect_later", "remainder", "later_batch")) else None
    if later is not None and later.row.get("effect") == "expect_later":
        return Verdict("expected", f"{LATER}:{later.pattern.source}")
    if expects or after or _future(toks[trig.i], trig):
        cue = f"expect:{(expects or after)[-1].pattern.source}" if expects or after else "future"
        return Verdict("expected", f"{LATER}:{later.pattern.source}+{cue}" if later is not None else cue)
    return Verdict("asserted", "")


_EXCEPTION = wordset("exception_particle")
EXCEPTION_REACH = 2  # "لم تستهدف سوى"، "لم تقصف الطائرات إلا": the particle right after the verb or its subject


_REFUSING = wordset("refusing_participle")


def _object_filled(c: Match, trig: Match, toks: list[Token]) -> bool:
    """A participle that describes who refuses ("المقاتلين الرافضين للتسوية") has its refused object right after
    it: a trigger beyond that word ("، ودخول قوات الجيش إلى البلدة") is not what they refuse (task read20b)."""
    return c.j == c.i + 1 and toks[c.i].bare in _REFUSING and trig.i > c.j


_TERMS_VERB = wordset("terms_verb")  # يقضي، ينص، يشمل: what an agreement sets out follows it
_COORDINATION = tuple(wordlist("coordination_clitic"))
_TEMPORAL_HEAD = wordset("temporal_head")  # بعد، إثر، عقب، قبل: a verbal noun governed by it is a time
TERM_CONDITION_REACH = 3  # words from "بعد" to the verbal noun it governs ("بعد إتمام عملية الإخلاء": 3)
TERMS_LIST_REACH = 16  # words from the terms verb to a later term of its list (a term with its qualifiers: 8-12)


def _term_run_on(trig: Match, toks: list[Token], cues: list[Match]) -> Match | None:
    """An agreement's list of terms runs on past a cue's window: a verbal noun joined by "و" ("ينص على خروج
    المقاتلين الرافضين للتسوية مع سلاحهم الفردي، ودخول قوات الجيش إلى البلدتين") is one more term, expected as the
    first one is, however long the first term's qualifiers, and so is a term's condition ("بعد إتمام عملية
    الإخلاء": a verbal noun after بعد/عقب/قبل). Only a verbal noun with no verb between: a verb joined
    after the terms ("، ودخلت الوحدات البلدة صباح اليوم") tells what was done (task read20b)."""
    head = toks[trig.i]
    joined = head.word.startswith(_COORDINATION) and head.bare != head.word
    # "ودخول الجيش إلى البلدتين بعد إتمام عملية الإخلاء": the condition of a term is the deal's too
    conditioned = any(toks[k].bare in _TEMPORAL_HEAD for k in range(max(0, trig.i - TERM_CONDITION_REACH), trig.i))
    if not (joined or conditioned) or _verb_only(head):
        return None
    for c in reversed(cues):
        if c.j > trig.i or trig.i - c.j > TERMS_LIST_REACH:
            continue
        if _TERMS_VERB.isdisjoint(toks[k].bare for k in range(c.i, c.j)):
            continue
        if any(_verb_only(toks[k]) for k in range(c.j, trig.i)):
            return None
        return c
    return None


def _verb_only(tok: Token) -> bool:
    """Whether the word is a verb of the pack and no noun ("دخلت"، not "دخول")."""
    kinds = {a.rpartition("/")[2] for a in analyses(tok.bare) if "/" in a}
    return "v" in kinds and "n" not in kinds


def _excepted(trig: Match, toks: list[Token]) -> bool:
    """"لم تستهدف المدفعية سوى مواقع عسكرية في X": لم + a verb + an exception particle (سوى، إلا) is a
    restriction, "targeted only": the act is asserted, only its objects are limited (task left25)."""
    return any(toks[k].bare in _EXCEPTION for k in range(trig.j, min(len(toks), trig.j + EXCEPTION_REACH)))


_DECISION = wordset("decision_verb")  # قرر، قررت: a decision, done when it is told
_ONSET = wordset("onset_word")  # اعتباراً، بدءاً، ابتداءً: "from" a time on
_ONSET_FROM = wordset("onset_from")  # the "من" after it
_NOW = wordset("present_time_word")  # اليوم، الآن، الليلة، أمس: a time already come
_ONSET_REACH = 12  # words from the trigger to its onset phrase ("إغلاق معبر X أمام حركة الشاحنات اعتباراً من")
_NOW_REACH = 5  # words from "من" to its time ("اعتباراً من الساعة العاشرة من مساء اليوم")


def _in_force_now(c: Match, trig: Match, toks: list[Token]) -> bool:
    """"قررت الحكومة إغلاق المعبر اعتباراً من اليوم": a decision (wordset decision_verb) whose measure runs from a time
    already come (an onset word, "من", then today, now or yesterday within a few words) is in force: the measure
    is done, asserted. From a later time ("اعتباراً من الأسبوع المقبل"، "بدءاً من غد") it stays planned (task left32)."""
    if toks[c.i].bare not in _DECISION:
        return False
    for k in range(trig.j, min(len(toks) - 1, trig.j + _ONSET_REACH)):
        if toks[k].bare in _ONSET and toks[k + 1].bare in _ONSET_FROM:
            return any(toks[n].bare in _NOW for n in range(k + 2, min(len(toks), k + 2 + _NOW_REACH)))
    return False


def _restarted(c: Match, trig: Match, toks: list[Token]) -> bool:
    """"قال إن الجيش "لا ينوي البقاء" في X، وإن القوة انسحبت منها": a second complement of the saying verb, opened by
    "وإن" (wordset complement_restart) between the cue and the trigger, is a statement of its own: the intention of
    the first does not reach it (task read16). Read for intentions only: after an expectation ("يتوقع أن ...، وأن تتجه
    الفصائل إلى X") the same folded "وأن" coordinates a second thing expected."""
    return any(toks[k].word in _RESTART for k in range(c.j, trig.i))


def _while_framed(c: Match, trig: Match, toks: list[Token], breaks: Collection[int]) -> bool:
    """"وبينما يستعد أهالي X لموسم القطاف، قصفت قوات النظام بلدة Y"، "في حين تخطط الإدارة لـ...، اقتحمت": a cue inside a
    fronted clause of while (wordset while_frame_word, a few words before the cue) that a clause break closes before
    the trigger, a verb: the plan is the frame's, the main clause is told as done (task roles19)."""
    return not _noun_only(toks[trig.i]) and any(toks[k].bare in _WHILE for k in range(max(0, c.i - _WHILE_REACH), c.i)) \
        and any(c.j <= k <= trig.i for k in breaks)


def _after_window(c: Match) -> int:
    """How many words after the trigger an ``expect_after`` cue may start: its row's window (3 when
    none is given). A future verb of starting may stand after a long subject ("دوريات مشتركة من X وY
    ستبدأ"), an adjective of imminence right after its noun."""
    return int(c.row.get("window") or 3)


def _explains_done(trig: Match, toks: list[Token]) -> bool:
    """"وينص الاتفاق على تبادل المحتجزين، إذ أفرجت قسد أمس عن 110 محتجزين": a perfect verb right after إذ/حيث
    tells what was done to carry the terms out; the terms or the plan before it do not make it expected."""
    k = trig.i
    w = toks[k].bare
    return k > 0 and toks[k - 1].bare in _DONE_EXPLAINER \
        and not w.startswith(_IMPERFECT_PREFIXES + _NOT_PERFECT_PREFIXES)  # no imperfect, future or noun


def _joined_done(trig: Match, toks: list[Token], breaks: Collection[int]) -> bool:
    """"ونص اتفاق ... على خروج مقاتليها من الحيين، وغادرت دفعات من المقاتلين الحيين بالحافلات": a perfect verb
    written with its "و" at the head of a clause of its own (after a comma) narrates what was done; the terms
    before it are verbal nouns or imperfects ("على خروج"، "على أن تنسحب"), it is none of them (task left28)."""
    k = trig.i
    if k not in breaks or "noun" in trig.flags:
        return False
    word, bare = toks[k].word, toks[k].bare
    return word != bare and word.startswith(_CONJUNCTIONS) \
        and not bare.startswith(_IMPERFECT_PREFIXES + _NOT_PERFECT_PREFIXES) and perfect_form(bare)


def _likely_past(c: Match, trig: Match, toks: list[Token]) -> bool:
    """"ما يرجح أنهم أعدموا بعد اقتحام البلدة"، "ويرجح أن القوات انسحبت منها": a verb of likelihood whose
    that-clause holds a perfect verb infers what happened; the likelihood hedges it, the event is reported
    (asserted). With an imperfect there ("يرجح أن تنسحب القوات") it is a forecast and stays expected. The
    clause's verb is the first word after the that-word and its definite subject nouns ("أن القوات انسحبت")."""
    if toks[c.j - 1].bare not in _LIKELIHOOD:
        return False
    k = next((k for k in range(c.j, min(c.j + _LIKELY_SUBJECT + 1, trig.i + 1, len(toks)))
              if toks[k].bare in _LIKELY_THAT), None)  # "ويرجح مصدر محلي أن": who thinks it, then أن
    if k is None:
        return False
    k += 1
    while k < min(trig.j, len(toks)) and (toks[k].bare.startswith(_DEFINITE) or toks[k].bare in _LIKELY_SKIPPED):
        k += 1
    if k >= len(toks) or k > trig.i:
        return False
    verb = toks[k].bare
    return not verb.startswith(_IMPERFECT_PREFIXES + _NOT_PERFECT_PREFIXES) or perfect_form(verb)


def _imperfect_verb(tok: Token) -> bool:
    """A verb in the imperfect ("تنسحب"، "يدخل"): a person prefix, a verb reading, no perfect's suffix."""
    w = tok.bare
    return w.startswith(_IMPERFECT_PREFIXES) and not perfect_form(w) \
        and any(a.endswith("/v") for a in analyses(w))


def _hedges_agent(c: Match, trig: Match, toks: list[Token]) -> bool:
    """"غارات جوية يرجح أنها روسية استهدفت البلدة، ما أدى إلى مقتل ...": the likelihood word hedges whose
    strike it was (a pronoun and a nationality adjective right after it, the trigger after them), not whether
    the strike or its toll happened. So does "مسلحون يرجح أنهم من خلايا التنظيم" (the group they are thought
    to belong to): in a toll's long sentence it hedges that one attacker, not the incidents told after it."""
    k = c.j
    return k + 2 <= trig.i and toks[k].bare in _THAT_IT \
        and (bool(token_nationality(toks[k + 1])) or toks[k + 1].bare in _MEMBER_OF)


_REPORT_PREP = wordset("report_prep")  # "لافتة إلى أن"


def _restated(c: Match, trig: Match, cues: list[Match], toks: list[Token]) -> bool:
    """"رجّحت مصادر وقوف التنظيم خلفه، لافتة إلى أن التنظيم سبق أن نفذ هجوماً على X"، "يتوقع ناشطون أن تقتحم
    القوات X، مشيرين إلى أن الطائرات قصفت Y أمس": a speech word with its own complement ("مشيراً إلى أن"، "وقال إن")
    between a prediction and the trigger opens the speaker's next statement, told as done; the prediction does not
    reach past it. A speaker set off before the complement ("من المتوقع، كما قالت المصادر، أن ...") opens none
    (task read22b)."""
    for r in _before(cues, trig, "report"):
        if not c.j <= r.i < trig.i:
            continue
        k = r.j + 1 if r.j < len(toks) and toks[r.j].bare in _REPORT_PREP else r.j
        if k < len(toks) and toks[k].bare in _THAT:
            return True
    return False


def _reported_since(denials: list[Match], trig: Match, cues: list[Match], toks: list[Token],
                    breaks: Collection[int] = ()) -> bool:
    """"نفت الوزارة دخول المسلحين إلى المدينة، وقالت إن قواتها استعادت السيطرة على X": the denying source
    goes on with a report of its own (a report cue between its denial and the trigger); what it then says
    happened is asserted, the denial does not reach past the new report."""
    if not denials:
        return False
    last = denials[-1]
    return any(last.j <= c.i < trig.i and not _relay_aside(c, trig, toks, breaks) for c in _before(cues, trig, "report"))


_RELAYED = wordset("relayed_speaker_pronoun")  # عنه، عنها: "نقلت عنه": quoted him


def _relay_aside(c: Match, trig: Match, toks: list[Token], breaks: Collection[int]) -> bool:
    """"نفى مصدر عسكري، نقلت عنه وكالة سانا، خسارة المدينة": a report verb whose pronoun is the denier ("نقلت عنه"),
    in an aside that a comma closes before the trigger, names the channel of the denial itself, not a new report
    of the source's own: the denial still reaches what it denies (task polar41). Without the closing comma ("ونقلت
    عنه سانا قوله إن القوات دخلت X") the relay opens the source's next statement."""
    return c.j < len(toks) and toks[c.j].bare in _RELAYED and any(c.j < k <= trig.i for k in breaks)


def _later(trig: Match, cues: list[Match]) -> Match | None:
    """A later batch read right after the trigger: postponed ("عملية إجلاء المدينة تأجلت", expected by
    itself) or of those who remain ("مقابل خروج من تبقى من أهالي X", expected only by another cue), or a batch
    named as another than the first, read before the trigger too ("دفعة جديدة ستخرج من السجن"، "تغادره الدفعة
    الأخيرة": task polar41). What the article reports done of the same move was an earlier batch, so the
    expected one stands."""
    return next((c for c in cues if (c.row.get("effect") in ("expect_later", "remainder", "later_batch")
                                     and trig.j <= c.i <= trig.j + int(c.row.get("window") or 3))
                 or (c.row.get("effect") == "later_batch" and 0 <= trig.i - c.j <= int(c.row.get("window") or 3))),
                None)


def _figure_after(trig: Match, toks: list[Token], figures: list[Match]) -> Match | None:
    """A word after the trigger, within its cue's window, that makes the happening a figure of speech or a
    game ("شنت صحف هجوماً إعلامياً"، "سيطر الفريق على مجريات المباراة"): the cue, else None (task nonevent19)."""
    return next((c for c in figures if trig.j <= c.i <= trig.j + int(c.row.get("window") or 0)
                 and not cancelled(c, toks)), None)


def _denied_after(trig: Match, cues: list[Match]) -> Match | None:
    """A denial that follows the report it denies ("الأنباء عن سيطرة X ... عارية عن الصحة"), within its
    window and with no new report between: the cue, else None."""
    reports = [c.i for c in cues if c.row.get("effect") == "report" and c.i >= trig.j]
    return next((c for c in cues if c.row.get("effect") == "deny_after" and trig.j <= c.i
                 and c.i - trig.j <= int(c.row.get("window") or 12)
                 and not any(r < c.i for r in reports)), None)


_OWN_ARGUMENT = wordset("negated_own_argument")  # "ولم تنسحب من Y": a place of its own follows
_AGAIN_REACH = 24  # words from the happening a report names to the verb that negates it ("... من حقل X، قال إن الحراسة لم تنسحب")


def _negated_again(trig: Match, toks: list[Token]) -> bool:
    """"وردا على سؤال عن تقارير تحدثت عن انسحاب الحرس من حقل X، قال المدير إن الحراسة لم تنسحب": a happening
    named by its verbal noun (what a report or a question speaks of) and then, later in the sentence, the verb of
    the same lemma negated by لم with no place of its own after it: the reply denies the report's happening, so
    it is denied, not asserted (task probe31). A negated verb that names a place of its own ("انسحبت من X ولم
    تنسحب من Y") is another happening; a verb trigger is never a report's object."""
    keys = {a[:-2] for a in analyses(toks[trig.i].word) if a.endswith("/n")}
    if not keys or any(f"{k}/v" in analyses(toks[trig.i].word) for k in keys):
        return False
    for k in range(trig.j, min(len(toks) - 1, trig.j + _AGAIN_REACH)):
        if toks[k].word in PAST_NEGATION and keys & {a[:-2] for a in analyses(toks[k + 1].word) if a.endswith("/v")}:
            return k + 2 >= len(toks) or toks[k + 2].bare not in _OWN_ARGUMENT
    return False


def _judged_subject(neg: Match, trig: Match, toks: list[Token]) -> bool:
    """"لم تكن سيطرة القوات على X مجرد تقدم عادي"، "لم يكن سقوط X مفاجئاً": لم negates a copula whose subject
    is the happening (the trigger right after it) and what the copula says of it (a judgement word after the
    trigger): the judgement is denied, the happening is taken as given."""
    if neg.j >= len(toks) or toks[neg.j].bare not in _COPULA or trig.i != neg.j + 1:
        return False
    return any(toks[k].bare in _JUDGEMENT for k in range(trig.j, min(len(toks), trig.j + _JUDGEMENT_REACH)))


def _result_subject(neg: Match, trig: Match, held: dict[str, list[Match]]) -> bool:
    """"لم تسفر الاشتباكات في X عن قتلى": the لم negates the result verb, not its subject; the strike named
    between the verb and عن happened (what it did not bring is read by the "without" cue)."""
    return any(c.i == neg.i and c.i < trig.i < c.j for c in held.get("without", ()))
