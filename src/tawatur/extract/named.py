"""Event nouns that name a happening without telling one (task nominal24).

A trigger noun can stand in a sentence that talks about a happening rather than reports it: the span of a time
adverbial ("طوال ساعات التوغل"), the subject of a verdict ("توغلات الجيش ... تشكل خرقاً للهدنة"), the thing
a doer is named by ("اعتقال منفذ الهجوم"). A verb of entering can be figurative ("دخلت في تسوية مع النظام").
The nouns are dropped before scopes are cut, so the triggers around them keep their own arguments; a figurative
enter cuts the scope before it as a verb does, and tells no event."""
from __future__ import annotations

from ..read.wordsets import wordset
from .patterns import Match
from .vocab import DEFINITE, IN

SPAN_PREPOSITIONS = wordset("span_preposition")
SPAN_NOUNS = wordset("span_noun")
JUDGEMENT_VERBS = wordset("judgement_verb")
JUDGEMENT_NOUNS = wordset("judgement_noun")
DOER_NOUNS = wordset("doer_noun")
FIGURATIVE_ENTRY = wordset("figurative_entry_noun")
# words from a subject noun to its judgement verb: the noun's adjective and a place phrase with a dual or a list
# fit ("الاقتحام اليومي لبلدتي خان أرنبة وجباثا الخشب يمثل")
SUBJECT_REACH = 8
# words after a judgement noun a deal noun of its complement may stand ("خرقاً صريحاً لاتفاقية")
COMPLEMENT_REACH = 3
ENTRY_TYPES = frozenset({"enter"})


def _definite(tok) -> bool:
    """A noun with the article, after a clitic or not ("التوغل"، "بالهجوم"): it recalls what it names."""
    return tok.bare.startswith(DEFINITE) or tok.word.startswith(DEFINITE)


def _in(tok, words: frozenset[str]) -> bool:
    return tok.bare in words or not words.isdisjoint(tok.forms)


def in_span_adverbial(m: Match, toks) -> bool:
    """"حلقت الطائرات فوق القرى طوال ساعات التوغل"، "طيلة التوغل": a definite event noun that a preposition of a
    span (wordset span_preposition), with or without a span noun, governs measures the time of another clause by
    a happening told before; it tells none."""
    if not _definite(toks[m.i]):
        return False
    k = m.i - 1
    if k >= 0 and _in(toks[k], SPAN_NOUNS):
        k -= 1
    return k >= 0 and _in(toks[k], SPAN_PREPOSITIONS)


def _judgement_at(toks, k: int) -> bool:
    """A judgement verb at ``k`` with its judgement noun right after it ("يشكل خرقاً"، "تعد انتهاكاً")."""
    return _in(toks[k], JUDGEMENT_VERBS) and k + 1 < len(toks) and _in(toks[k + 1], JUDGEMENT_NOUNS)


def judged_subject(m: Match, toks, breaks, others: list[Match]) -> bool:
    """"إن التوغلات في ريف القنيطرة تشكل خرقاً للاتفاق"، "القصف على المدينة يعد انتهاكاً": a definite event
    noun that is the subject of a verb of judgement with its judgement noun (wordsets judgement_verb,
    judgement_noun), in the same clause with no trigger between, is judged, not reported."""
    if not _definite(toks[m.i]):
        return False
    starts = {x.i for x in others if x is not m}
    for k in range(m.j, min(len(toks) - 1, m.j + SUBJECT_REACH)):
        if k in breaks or k in starts:
            return False
        if _judgement_at(toks, k):
            return True
    return False


def breached_deal(m: Match, toks, breaks) -> bool:
    """"يمثل خرقاً صريحاً لاتفاقية وقف النار"، "تعد انتهاكاً للهدنة": a deal noun in a judgement noun's complement
    is what the verdict says was breached, no agreement told."""
    if m.row.get("type") != "other":
        return False
    for k in range(m.i - 1, max(0, m.i - 1 - COMPLEMENT_REACH), -1):
        if k + 1 in breaks:
            return False
        if _in(toks[k], JUDGEMENT_NOUNS) and k > 0 and _in(toks[k - 1], JUDGEMENT_VERBS):
            return True
    return False


def named_by_doer(m: Match, toks) -> bool:
    """"نفت خبر توقيف منفذ الهجوم"، "القبض على منفذي التفجير": a definite event noun after a noun of its doer
    (wordset doer_noun) names who did what the story told; the arrest is the news."""
    return m.i > 0 and _definite(toks[m.i]) and _in(toks[m.i - 1], DOER_NOUNS)


def _figurative_object(m: Match, toks) -> int | None:
    """Where the object of a figurative enter stands ("دخلت في تسوية"، "دخلت الهدنة حيز التنفيذ"), else None."""
    if m.row.get("type") not in ENTRY_TYPES or "noun" in m.flags:
        return None
    k = m.j
    if k < len(toks) and toks[k].bare in IN:
        k += 1
    return k if k < len(toks) and _in(toks[k], FIGURATIVE_ENTRY) else None


def figurative_entry(m: Match, toks) -> bool:
    """"دخلت في تسوية مع النظام"، "دخلت البلاد مرحلة جديدة"، "دخلت الهدنة حيز التنفيذ": a verb of entering whose
    object, after في or right after it, is a settlement, a phase or a state (wordset figurative_entry_noun) moves
    no force into a place."""
    return _figurative_object(m, toks) is not None


def entered_deal(m: Match, toks, matches: list[Match]) -> bool:
    """"وكانت بلدة X قد دخلت في تسوية مع قوات النظام": when what is entered is itself a deal trigger, the place that enters
    it is a party to the deal; the verb is dropped so the deal reads the clause (GUIDELINES: agreements are
    other, at the place they concern)."""
    k = _figurative_object(m, toks)
    return k is not None and any(x.i == k and x.row.get("type") == "other" for x in matches)


def tells_no_happening(m: Match, toks, breaks, matches: list[Match]) -> bool:
    """Whether a trigger noun only names a happening (a span, a verdict's subject or its breached deal, a doer's
    name), or a verb that enters a deal the next trigger tells. Another figurative enter is not among them: its
    verb still ends the clause before it ("هدنة بدأ سريانها ودخلت حيز التنفيذ يوم 5 منه": the truce takes no place after
    the verb), so the extractor asks ``figurative_entry`` where it asks whether a cutting trigger tells an event."""
    if m.row.get("type", "none") == "none":
        return False
    return (in_span_adverbial(m, toks) or judged_subject(m, toks, breaks, matches) or breached_deal(m, toks, breaks)
            or named_by_doer(m, toks) or entered_deal(m, toks, matches))
