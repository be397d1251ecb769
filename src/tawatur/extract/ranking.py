"""Two constructions where a trigger stands but the clause tells no new happening at the place it would take
(task prec38, the spurious events of unseen articles):

- a state held "since then" ("وأقامت منذ ذلك الحين تسعة مواقع داخل الأراضي السورية"، "وتتمركز منذ ذلك الحين في
  عدة نقاط"): the span starts at a happening told before, and what the clause tells is where things have stood
  since. It is an event at a place its own clause names ("وأقامت منذ ذلك الحين نقاطاً في ريفي القنيطرة ودرعا", as
  the gold sets annotate it), never at one borrowed from the clause before (the places of the takeover the span
  starts from). Told negated ("ولم تشهد المنطقة هجوماً منذ ذلك الحين") it is an absence over the span, no denial
  of any happening: no event.
- a ranking of a happening among others ("في واحدة من أعنف هجماته على ريف حماة"، "ويعد هذا التفجير الأكبر من نوعه
  في حلب"، "الهجوم هو الأكبر على منشأة عسكرية منذ سنوات"، "الهجوم، الذي يعد الثالث من نوعه"): a judgement of a
  happening the sentence or the one before tells, no event of its own at the area it ranks over. The happening
  itself ranked is kept ("اشتباكات هي الأعنف منذ أشهر": an indefinite trigger, told here), as is a ranked object
  of a verb ("شنت الطائرات أعنف غاراتها على X") and "للمرة الأولى".
"""
from __future__ import annotations

from collections.abc import Collection

from ..read.wordsets import wordset
from .gates import needs_words
from .vocab import DEFINITE, DEMONSTRATIVES, PARTITIVE, PAST_NEGATION, SINCE

SINCE_THEN_POINTER = wordset("since_then_pointer")
SINCE_THEN_NOUN = wordset("since_then_noun")
SINCE_THEN_WORD = wordset("since_then_word")
SINCE_THEN_PRONOUN = wordset("since_then_pronoun")
RANKING = wordset("ranking_word")
RANKING_ONE_OF = wordset("ranking_one_of")
RANKING_LEAD = wordset("ranking_lead")
RANKING_COPULA = wordset("ranking_copula")
RANKING_COPULA_REACH = 2  # words between a definite trigger and its ranking word ("، الذي يعد الثالث")
# how a place came to an event from outside its own clause (where.py): a since-then state takes none of them
BORROWED_PLACES = ("witness", "coordinated", "continuation", "backward", "fronted", "sequence", "during",
                   "relative", "from-attack", "inherit")


def clause_of(i: int, breaks: Collection[int], n: int) -> tuple[int, int]:
    """The clause (first token, end) that holds token ``i``."""
    return max((b for b in breaks if b <= i), default=0), min((b for b in breaks if b > i), default=n)


@needs_words(SINCE_THEN_WORD, SINCE)  # (its caller skips it on a sentence holding neither: issue 13)
def since_then(toks, i: int, breaks: Collection[int]) -> bool:
    """The clause of token ``i`` holds a span from a happening told before ("منذ ذلك الحين"، "منذئذ")."""
    start, end = clause_of(i, breaks, len(toks))
    for k in range(start, end):
        w = toks[k].bare
        if w in SINCE_THEN_WORD:
            return True
        if w in SINCE and k + 1 < end and (toks[k + 1].bare in SINCE_THEN_PRONOUN or (
                k + 2 < end and toks[k + 1].bare in SINCE_THEN_POINTER and toks[k + 2].bare in SINCE_THEN_NOUN)):
            return True
    return False


def negated_before(toks, i: int, breaks: Collection[int]) -> bool:
    """A past negation ("لم"، "ولم"، "فلم") in the clause of token ``i``, before it."""
    start, _ = clause_of(i, breaks, len(toks))
    return any(toks[k].bare in PAST_NEGATION or toks[k].word in PAST_NEGATION for k in range(start, i))


def place_rule(rule: str) -> str:
    """The place rule of an event's rule string ("... place:witness polarity:...": "witness")."""
    at = rule.find(" place:")
    return rule[at + 7:].split(" ", 1)[0] if at >= 0 else ""


def since_then_kept(toks, m, res: list, breaks: Collection[int]) -> list:
    """The events of a trigger in a since-then clause that stand: none when the clause is negated, else those
    whose place the clause names itself (not borrowed: BORROWED_PLACES). ``res``: (event, place) pairs."""
    if negated_before(toks, m.i, breaks):
        return []
    return [(ev, pl) for ev, pl in res if place_rule(ev.rule).split("+")[0] not in BORROWED_PLACES]


def _definite(word: str) -> bool:
    """A trigger with the article ("الهجوم") recalls a happening already told, so a ranking after it judges that
    one; an indefinite trigger ("اشتباكات هي الأعنف") tells its happening here and stays."""
    return word.startswith(DEFINITE)


def ranked_mention(toks, m, breaks: Collection[int]) -> bool:
    """The trigger ``m`` is the happening a ranking judges (module docstring)."""
    i, j = m.i, m.j
    # "، في أعنف هجماته"، "، في واحدة من أعنف الهجمات"، "وهذه رابع مقبرة": "في" opening an aside of its own
    # (after a comma); with none it is where a toll fell ("قتل ثلاثة جنود في أعنف هجوم على بلدة X": the attack)
    if i >= 2 and toks[i - 1].bare in RANKING:
        q = i - 2
        if q >= 2 and toks[q].bare in PARTITIVE and (toks[q - 1].word in RANKING_ONE_OF or toks[q - 1].bare in RANKING_ONE_OF):
            q -= 2
        if toks[q].bare in RANKING_LEAD and (q in breaks or toks[q].bare in DEMONSTRATIVES):
            return True
    # "ويعد هذا التفجير الأكبر من نوعه"
    if i >= 1 and j < len(toks) and toks[i - 1].bare in DEMONSTRATIVES and toks[j].bare in RANKING:
        return True
    # "الهجوم هو الأكبر"، "الهجوم، الذي يعد الثالث من نوعه"
    if _definite(toks[i].word):
        for k in range(j, min(j + RANKING_COPULA_REACH + 1, len(toks))):
            if toks[k].bare in RANKING:
                return k > j
            if toks[k].bare not in RANKING_COPULA:
                return False
    return False
