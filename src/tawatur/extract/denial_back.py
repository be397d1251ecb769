"""A denial that points back at the claim told just before it (issue 12, task constructions4).

"قالت مصادر إن القوات انسحبت من X، وهو ما نفاه الجيش", "الأمر الذي نفته", "ونفت قسد ذلك": the claim is
told as asserted (its source says it happened), then a second source denies that very claim. GUIDELINES.md
gives a claim and its denial one cluster, so the article holds both: the asserted events and, for each, a
denied copy. The denial's object is a pronoun or a demonstrative, not a trigger, so the trigger reader never
sees it; this module makes the copies. The claim is the asserted events of the same sentence told before the
denial word, or, when a sentence holds nothing but the denial ("ونفت مصادر حكومية ذلك."), those of the
sentence just before it in the paragraph.
"""
from __future__ import annotations

import hashlib
from dataclasses import replace

from ..clean.normalize import fold_text
from ..clean.tokens import Token
from ..model import Event, Source
from ..read.wordsets import wordset
from .frames import SentenceView

_PRONOUN_VERB = wordset("deny_back_pronoun_verb")
_POINTER = wordset("deny_back_pointer")
_VERB = wordset("deny_back_verb")
_OBJECT = wordset("deny_back_object")
_SCREEN = wordset("deny_back_screen")
_SUBORDINATE = wordset("deny_back_subordinate")
DENIER_REACH = 4  # words from the denial word to the force that denies ("نفته ما تعرف بقوات ...")
SUBORDINATE_REACH = 2  # words from a subordinator to the trigger it governs ("بعد أن انسحبت")
OBJECT_REACH = 5  # words from "نفت" to its "ذلك" (the denier between: "نفى الجيش السوري ذلك")


_DENIAL_VERBS = _PRONOUN_VERB | _VERB  # (a back-pointing denial holds one: denied_copies asks it first)


def back_denial(toks: list[Token]) -> Token | None:
    """The denial word of a back-pointing denial in the sentence, else None: a denial verb with an object
    pronoun right after "ما"/"الذي" ("وهو ما نفاه"), or a bare denial verb whose object, within a few
    words, is "ذلك" ("ونفت قسد ذلك")."""
    for k, t in enumerate(toks):
        if t.bare in _PRONOUN_VERB and k and toks[k - 1].bare in _POINTER:
            return t
        if t.bare in _VERB and any(u.bare in _OBJECT for u in toks[k + 1:k + 1 + OBJECT_REACH]):
            return t
    return None


def _denier(view: SentenceView, cue: Token) -> Source | None:
    """Who denies: the source named after the denial word ("نفته وكالة سانا"), else the force named within
    a few words after it ("ونفت قسد ذلك"، "نفته قسد في بيان"), else None."""
    after = [s for s in view.sources if s.start >= cue.start]
    if not after:
        forces = sorted((a0, a) for a0, _, a in view.actors if cue.i < a0 <= cue.i + DENIER_REACH)
        if not forces:
            return None
        a = forces[0][1]
        return Source(name=a.text, name_en=a.attrs.get("name_en") or a.text, kind="actor",
                      chain=[a.attrs.get("name_en") or a.text])
    a = after[0].attrs
    name = a.get("name") or after[0].text
    return Source(name=name, name_en=a.get("name_en") or after[0].text, kind=a.get("kind", ""),
                  chain=list(a.get("chain") or [a.get("name_en") or after[0].text]))


def _screened(toks: list[Token], start: int, cue: Token) -> bool:
    """Whether a cause ("إثر"، "بسبب"، "على خلفية") stands between a claim's trigger and the denial word:
    "بدأت الاشتباكات في X إثر انتشار تسجيل نسب إلى شيخ، وهو ما نفاه الشيخ" denies what the cause tells (the
    attribution), and the clashes before it stay told, not denied (task spurious8)."""
    return any(start < t.start < cue.start and t.bare in _SCREEN for t in toks)


def _trigger_at(e: Event, toks: list[Token]) -> int | None:
    """The index of the first word of the sentence that is ``e``'s trigger's first word, else None."""
    head = fold_text(e.trigger).split()
    return next((t.i for t in toks if head and t.word == head[0]), None)


def _main_claim(before: list[Event], toks: list[Token]) -> list[Event]:
    """The events of the sentence before that its main clause tells: not those whose trigger a time or cause
    subordinator governs ("قصفت الطائرات مدينة X بعد انسحاب الفصائل من بلدة Y. ونفت الوزارة ذلك"، "بعد أن
    انسحبت الفصائل من Y قصفت الطائرات X": the strike is denied, the withdrawal that dates it is not). "ذلك"
    points at the claim; a subordinate clause only places it in time or gives its cause (task left33)."""
    def governed(e: Event) -> bool:
        k = _trigger_at(e, toks)
        return k is not None and any(t.bare in _SUBORDINATE for t in toks[max(0, k - SUBORDINATE_REACH):k])
    main = [e for e in before if not governed(e)]
    return main or before


def denied_copies(view: SentenceView, made: list[Event], before: list[Event],
                  before_toks: list[Token] | None = None) -> list[Event]:
    """The denied copies of the claim a back-pointing denial in this sentence denies: the asserted events
    ``made`` in this sentence before the denial word, else (a sentence that told no event before its denial
    word, though it may go on with the denier's own account after it) ``before``, the events of the sentence
    just before."""
    if view.words.isdisjoint(_DENIAL_VERBS):
        return []  # (most sentences: no denial verb, no scan of their words)
    cue = back_denial(view.toks)
    if cue is None:
        return []
    told_before = [e for e in made if e.evidence is not None and e.evidence.start < cue.start]
    claim = [e for e in told_before if not _screened(view.toks, e.evidence.start, cue)]
    if not told_before:
        claim = _main_claim(before, before_toks or [])  # the sentence opens with the denial: what follows it ("نفى ذلك، مؤكداً أن الاشتباكات
        # مستمرة في الحي") is the denier's own account, not the claim, so "ذلك" still points at the sentence before
    denier = _denier(view, cue)
    out = []
    for e in claim:
        if e.polarity != "asserted":
            continue
        h = hashlib.sha1(f"{e.id}|deny_back|{cue.start}".encode()).hexdigest()[:10]
        out.append(replace(e, id=f"{e.article}:{h}", polarity="denied", source=denier or e.source,
                           rule=f"{e.rule} deny_back:{cue.word}", sentence=view.index))
    return out
