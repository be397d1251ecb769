"""The rule-based event extractor (pipeline stage "events").

For each sentence of the kept body: find triggers (``data/extract/triggers.tsv``), judge each one's
polarity (:mod:`.polarity`), attach places, actor, source, date and quantity (:mod:`.frames`), and fan
out one event per place. Within an article the same happening told twice (same type, polarity, place and
side) is kept once, at its best-attributed sentence, as ``eval/GUIDELINES.md`` asks. Every event carries
the rule that made it: the trigger row, how the place was found, the polarity cue.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from ..clean.normalize import fold_text
from ..model import Actor, Article, Event, EventDate, Evidence, Mention, Place, Source
from ..read.actors import actor_at, article_day, reread_actors, side_actor
from ..read.wordsets import wordlist, wordset
from .frames import (
    CUE_NOUNS,
    SentenceView,
    build_view,
    clause_breaks,
    departure_types,
    nearest,
    pick_actor,
    place_after_toward,
    scope_places,
    subject_classes,
    token_at,
    usable_place,
)
from .patterns import Match, find_all, load_patterns, longest_non_overlapping, read_table, tokenize
from .polarity import NO_EVENT, Verdict, is_purpose, judge

# a sentence opening with one of these continues the previous report (and takes its place)
CONTINUATION_VERBS = wordset("continuation_verb")
# words after a comma that carry on a trigger's arguments ("، على 15 مدينة", "، منها X وY")
ARGUMENT_WORDS = wordset("argument_word")
RELATIVES = wordset("relative_word")
RESUMPTIVES = wordset("resumptive_pronoun")
BACKER_PREFIXES = wordlist("backer_stem")
FORCE_NOUNS = wordset("force_head_noun")
CIVILIAN_TYPES = {"displacement", "protest", "other", "evacuation"}
AREA_WORDS = wordset("any_place_backref")
CITY_KINDS = {"city", "town", "village", "capital", "neighbourhood", "governorate_capital"}
RESIDENT_NOUNS = wordset("resident_noun")
VICTIM_MARKERS = wordset("victim_marker")
AGENT_MARKERS = wordset("agent_marker")
# small closed classes the rules below test tokens against (members and meaning: wordsets.tsv)
_CONJUNCTION = wordlist("conjunction_proclitic")
_COORDINATION = wordlist("coordination_clitic")
_IN = wordset("in_preposition")
_IN_CLITIC = wordlist("in_clitic")
_LAM = wordlist("object_clitic")
_PARTITIVE = wordset("count_partitive")
_SINCE = wordset("since_preposition")
_IMPERFECT = wordlist("imperfect_prefix")
_NOT_AGENT = wordset("non_agent_preposition")
_RECIPIENT = wordset("recipient_preposition")
_OR = wordset("disjunction")
_ARTICLE = wordlist("definite_article")
_INSIDE = wordlist("inside_stem")
_ARRIVE = wordlist("arrive_stem")
_POSSESSIVE = wordlist("force_possessive_suffix")
_TIME_LINKER = wordset("temporal_linker")
_BETWEEN = wordset("between_preposition")
_DUAL = wordlist("dual_suffix")


@lru_cache(maxsize=1)
def nationalities() -> list[tuple[str, str]]:
    """(folded stem, side) of nationality adjectives."""
    return [(fold_text(r["stem"]), r["side"]) for r in read_table("nationalities.tsv")]


@lru_cache(maxsize=1)
def adversaries() -> dict[str, str]:
    """side -> the side that takes a place it loses."""
    return {r["side"]: r["adversary"] for r in read_table("sides.tsv")}


@lru_cache(maxsize=1)
def _adversary_periods() -> dict[str, tuple[tuple[str, str], ...]]:
    from ..read.actors import parse_periods
    return {r["side"]: parse_periods(r.get("adversary_periods", "")) for r in read_table("sides.tsv")}


def adversary(side: str, day: str | None) -> str:
    """The side that takes what ``side`` loses, on ``day``: after the fall of Damascus the incumbent is
    the new government (``adversary_periods`` in sides.tsv)."""
    out = adversaries().get(side, "unknown")
    for start, other in _adversary_periods().get(side, ()):
        if day and day[:10] >= start:
            out = other
    return out


@dataclass
class PlaceMemory:
    """Place groups named so far, newest last, for back-references."""

    groups: list[list[Mention]] = field(default_factory=list)

    def add_sentence(self, view: SentenceView) -> None:
        by_group: dict[object, list[Mention]] = {}
        for _, m in sorted(view.places, key=lambda x: x[0]):
            if not usable_place(m) or not m.attrs.get("resolved", True):
                continue
            g = m.attrs.get("group")
            key = g if g not in (None, -1, "") else id(m)
            by_group.setdefault(key, []).append(m)
        self.groups.extend(by_group.values())

    def recall(self, word: str, extra: list[list[Mention]]) -> list[Mention]:
        """The places a back-reference word points at: the last place of the kind the word names
        ("المعبر" the last crossing, "البلدة" the last town), never a place of another kind for a facility
        word, and never a place abroad ("المدينة" after "بيروت" in a Syrian story is not Beirut).

        Only the recent groups: a back-reference never reaches hundreds of places back, and looking at
        all of them made a long article quadratic."""
        groups = [g2 for g in self.groups[-RECALL_GROUPS:] + extra if (g2 := [m for m in g if _at_home(m)])]
        if not groups:
            return []
        from ..clean.normalize import strip_clitics
        word = next((f for f in strip_clitics(word) if f in BACKREF_KINDS), word)  # "للمدينة"
        if word in AREA_WORDS:
            return groups[-1]
        want = BACKREF_KINDS.get(word, tuple(CITY_KINDS))
        for kinds in (want, tuple(CITY_KINDS)):
            for g in reversed(groups):
                cities = [m for m in g if m.attrs.get("kind") in kinds or _named_as(m, kinds)] or \
                    [t for m in g if (t := _town_of(m)) is not None and t.attrs.get("kind") in kinds]
                if cities:
                    return cities if word.endswith(_DUAL) else cities[-1:]
            if word in FACILITY_WORDS:
                return []
        return groups[-1]


# what a back-reference word names: "البلدة" the last town (else any settlement), "المعبر" the last crossing
_BACKREF_SETS = {"backref_city": ("city", "capital"), "backref_town": ("town",), "backref_village": ("village",),
                 "backref_crossing": ("crossing",), "backref_airport": ("airport",),
                 "backref_base": ("base", "airport")}
BACKREF_KINDS = {w: kinds for name, kinds in _BACKREF_SETS.items() for w in wordlist(name)}
FACILITY_WORDS = wordset("backref_crossing") | wordset("backref_airport") | wordset("backref_base")


def _named_as(m: Mention, kinds: tuple[str, ...]) -> bool:
    """The text called the place a city / town / village ("مدينة الزبداني" for a gazetteer town)."""
    cue = fold_text(m.attrs.get("cue") or "")
    return any(cue.startswith(CUE_STEMS[k]) for k in kinds if k in CUE_STEMS)


CUE_STEMS = {"city": wordlist("city_stem"), "town": wordlist("town_stem"), "village": wordlist("village_stem")}


def _at_home(m: Mention) -> bool:
    """A place in Syria (a foreign city is an event place only where a sentence names it)."""
    return m.attrs.get("country", "SY") in ("SY", "", None)


RECALL_GROUPS = 200  # place groups a back-reference ("المدينة", "المنطقة") may reach


def _since(events: list[Event], sentence: int) -> list[Event]:
    """The tail of ``events`` (in sentence order) from ``sentence`` on, without scanning the rest."""
    k = len(events)
    while k and events[k - 1].sentence >= sentence:
        k -= 1
    return events[k:]


NAMED_AFTER_TOWN = {"bridge", "airport", "prison", "crossing", "checkpoint", "base", "port", "dam"}


def _town_of(m: Mention) -> Mention | None:
    """The town a facility is named after ("جسر الرستن" -> الرستن, "سجن حمص المركزي" -> حمص), so that
    "المدينة" after it can point at the town."""
    if m.attrs.get("kind") not in NAMED_AFTER_TOWN:
        return None
    from ..read.gazetteer import Gazetteer
    gaz = Gazetteer.default()
    words = (m.attrs.get("name") or m.text).split()[1:]
    for n in range(len(words), 0, -1):
        for k in range(len(words) - n + 1):
            e = gaz.resolve(" ".join(words[k:k + n]))
            if e is not None and e.kind in CITY_KINDS:
                attrs = {"id": e.id, "name": e.name, "name_en": e.name_en, "lat": e.lat, "lon": e.lon,
                         "admin1": e.admin1, "kind": e.kind, "geo_precision": 1, "resolved": True,
                         "aliases": list(e.variants) + list(e.variants_en)}
                return Mention("place", m.start, m.end, e.name, m.sentence, attrs, f"town-of:{m.rule}")
    return None


def _protagonist(article: Article) -> str:
    """The side the article is mostly about (first mentions weigh more)."""
    counts: Counter[str] = Counter()
    for n, m in enumerate(sorted(article.mentions_of("actor"), key=lambda m: m.start)):
        side = m.attrs.get("side", "unknown")
        if side in ("unknown", "civilians"):
            continue
        counts[side] += 1.0 + (2.0 if n < 3 else 0.0)
    return counts.most_common(1)[0][0] if counts else "unknown"


def _place_of(m: Mention) -> Place:
    a = m.attrs
    return Place(
        name=a.get("name") or m.text, name_en=a.get("name_en", ""), lat=a.get("lat"), lon=a.get("lon"),
        admin1=a.get("admin1", ""), kind=a.get("kind", ""), geo_precision=int(a.get("geo_precision") or 1),
        gazetteer_id=a.get("id", ""), aliases=list(a.get("aliases", []) or []),
    )


def _actor_of(m: Mention | None, side: str, day: str | None = None) -> Actor:
    """The event's actor under its canonical names (read at ``day``); a side with no named actor, or a
    side the rules derived from another actor's (a loser's adversary), gets the side's generic actor."""
    a = actor_at(m.attrs, day) if m is not None else {}
    if m is None or a.get("side") != side or not a.get("actor_en"):
        c = side_actor(side, day)
        return Actor(name=c.name_ar, name_en=c.name_en, side=side, id=c.id)
    return Actor(name=a["actor_ar"], name_en=a["actor_en"], side=side, id=a.get("actor", ""))


def _source_for(view: SentenceView, tok_start: int, previous: Source | None,
                continuation: bool) -> tuple[Source, Mention | None]:
    """The attribution covering a trigger: the innermost source scope, else the outlet."""
    best: Mention | None = None
    for s in view.sources:
        a = s.attrs
        lo, hi = a.get("scope_start"), a.get("scope_end")
        covers = (lo is not None and hi is not None and lo <= tok_start < hi) or \
                 (lo is None and s.start <= tok_start)
        if covers and (best is None or (lo or s.start) >= (best.attrs.get("scope_start") or best.start)):
            best = s
    if best is not None:
        a = best.attrs
        chain = list(a.get("chain") or [a.get("name_en") or best.text])
        return Source(name=a.get("name") or best.text, name_en=a.get("name_en") or best.text,
                      kind=a.get("kind", ""), chain=chain), best
    if continuation and previous is not None:
        return previous, None
    return Source(), None


def _evidence(article: Article, sent_idx: int, start: int, end: int) -> Evidence:
    sent = article.sentences[sent_idx]
    clauses = sent.clauses or [(sent.start, sent.end)]
    a = next((c0 for c0, c1 in clauses if c0 <= start < c1 + 1), sent.start)
    b = next((c1 for c0, c1 in clauses if c0 <= max(start, end - 1) < c1 + 1), sent.end)
    a, b = min(a, start), max(b, end)
    return Evidence(text=article.raw[a:b], start=a, end=b)


def _quantity(view: SentenceView, trig: Match, lo: int, hi: int, etype: str) -> str | None:
    wanted = {"casualties": ("killed", "wounded", "people")}.get(etype, ("places", "people", "killed"))
    cands = [(i, m) for i, m in view.numbers if m.attrs.get("unit_kind") in wanted or etype == "casualties"]
    m = nearest(cands, trig.i, max(0, trig.i - 6), min(hi, trig.j + 6))
    if m is None:
        return None
    a = m.attrs
    val = a.get("value")
    return str(val) if val is not None else (a.get("text_value") or m.text)


def _usable_dates(view: SentenceView, raw: str) -> list[tuple[int, Mention]]:
    """Date mentions that can date an event: not a year after "منذ" ("منذ عام 1967" is background),
    not a year in parentheses ("(2012)" glosses a name or a past fact)."""
    toks = view.toks
    out = []
    for i, m in view.dates:
        if not m.attrs.get("value"):
            continue
        if m.attrs.get("precision") == "year" and any(toks[k].bare in _SINCE for k in range(max(0, i - 4), i)):
            continue
        head = raw[toks[0].start if toks else 0:m.start]
        if m.attrs.get("precision") == "year" and head.rfind("(") > head.rfind(")") \
                and ")" in raw[m.end:m.end + 60]:
            continue
        out.append((i, m))
    return out


def _as_event_date(m: Mention) -> EventDate:
    value = m.attrs["value"]
    precision = m.attrs.get("precision", "day")
    if precision == "year" and len(value) == 4:
        value = f"{value}-01-01"
    return EventDate(value, precision, m.text)


def _date(view: SentenceView, trig: Match, article: Article, previous: EventDate | None,
          continuation: bool, breaks: set[int] | None = None, narrative: EventDate | None = None) -> EventDate:
    """The day an event happened: a date in the trigger's own clause, else the nearest before it in the
    sentence, else one just after it; else the previous report's date when this sentence continues it,
    else the date the narrative last named in this paragraph ("ليل السبت" carries on), else the article's."""
    dated = _usable_dates(view, article.raw)
    breaks = breaks or set()
    lo = max([k for k in breaks if k <= trig.i], default=0)
    hi = min([k for k in breaks if k >= trig.j], default=len(view.toks))
    clause = [(i, m) for i, m in dated if lo <= i < hi]
    before = [(i, m) for i, m in dated if i <= trig.i]
    after = [(i, m) for i, m in dated if trig.i < i <= trig.j + 8]
    if clause:
        pre = [(i, m) for i, m in clause if i <= trig.i]
        return _as_event_date(pre[-1][1] if pre else clause[0][1])
    if before or after:
        return _as_event_date(before[-1][1] if before else after[0][1])
    if continuation and previous is not None and previous.value:
        return previous
    if narrative is not None and narrative.value:
        return narrative
    pub = (article.published or "")[:10]
    return EventDate(pub, "day", "article date" if pub else "")


def _event_id(article_id: str, etype: str, place: str, start: int) -> str:
    h = hashlib.sha1(f"{article_id}|{etype}|{place}|{start}".encode()).hexdigest()[:10]
    return f"{article_id}:{h}"


class _Extractor:
    def __init__(self, article: Article):
        self.article = article
        self.day = article_day(article)  # the day dated actors and adversaries are read at
        self.triggers = load_patterns("triggers.tsv")
        self.cues = load_patterns("cues.tsv")
        self.protagonist = _protagonist(article)
        self.memory = PlaceMemory()
        self.events: list[Event] = []
        self.by_sent: dict[int, list[Mention]] = defaultdict(list)
        for m in article.mentions:
            self.by_sent[m.sentence].append(m)
        self.prev_events: list[tuple[Event, list[Mention]]] = []
        self.prev_source: Source | None = None
        self._made: list[tuple[Event, list[Mention]]] = []
        self._sentence_matches: list[Match] = []
        self._current = -1
        self.departure: list[str] = []  # the types the last departure's subjects gave
        self.narrative: EventDate | None = None  # the date the narrative last named (this paragraph)
        self._paragraph = -1
        self._settled = False  # reading a casualty trigger whose strike gave it no place
        self._verdicts: dict[int, Verdict] = {}  # polarity of each trigger read (by id of its match)
        self._breaks: set[int] = set()

    # ------------------------------------------------------------------ sentences
    def run(self) -> list[Event]:
        for sent in self.article.sentences:
            toks = tokenize(self.article.raw, sent.start, sent.end)
            view = build_view(sent.index, toks, self.by_sent.get(sent.index, []))
            if sent.is_heading:
                self.memory.add_sentence(view)
                continue
            if sent.paragraph != self._paragraph:
                self._paragraph, self.narrative = sent.paragraph, None
            made = self.sentence(view)
            self.memory.add_sentence(view)
            self._note_narrative(made)
            if made:
                self.prev_events = made
        return dedupe(self.events)

    def _note_narrative(self, made: list[tuple[Event, list[Mention]]]) -> None:
        """The day a sentence's last event was dated by a date it names: later sentences of its
        paragraph that name none happened then ("ليل السبت ... وتمكنت القوات ...")."""
        named = [e.date for e, _ in made if e.date.value and e.date.precision == "day"
                 and e.date.text not in ("", "article date") and e.sentence == self._current]
        if named:
            self.narrative = named[-1]

    def _blocked_spans(self, view: SentenceView) -> set[int]:
        """Token indices inside actor or place names: no trigger there ("هيئة تحرير الشام")."""
        idx: set[int] = set()
        for a0, a1, _ in view.actors:
            idx.update(range(a0, a1 + 1))
        for i, m in view.places:
            idx.update(range(i, token_at(view.toks, max(m.start, m.end - 1)) + 1))
        return idx

    def sentence(self, view: SentenceView) -> list[tuple[Event, list[Mention]]]:
        toks = view.toks
        blocked = self._blocked_spans(view)
        date_idx = {k for i, d in view.dates for k in range(i, token_at(toks, max(d.start, d.end - 1)) + 1)}
        breaks = clause_breaks(self.article.raw, toks, date_idx)
        # the gap of a pattern stays inside its clause: "الخاضعة للمعارضة، وسيطرت القوات" is no
        # "under control" status
        found = [m for m in find_all(self.triggers, toks) if not any(m.i < k < m.j for k in breaks)]
        matches = [m for m in longest_non_overlapping(found)
                   if m.i not in blocked or m.row.get("type") == "none"]
        self._sentence_matches = matches
        self._current = view.index
        cues = find_all(self.cues, toks)
        idx = defaultdict(set)
        for c in cues:
            idx[c.row.get("effect")].update(range(c.i, c.j))
        # "نحو 3000" and "حتى 20" count (about, up to): they are not directions
        idx["toward"] -= {k for k in idx["toward"] if k + 1 < len(toks) and toks[k + 1].word[:1].isdigit()}
        first = toks[0].bare if toks else ""
        continuation = bool(toks and toks[0].word.startswith(_CONJUNCTION) and first in CONTINUATION_VERBS) or \
            any(s.attrs.get("continues") for s in view.sources if s.start - (toks[0].start if toks else 0) < 15)
        fronted = self._fronted(view)
        self._breaks = breaks
        matches = self._drop_carried(view, matches, breaks)
        self._sentence_matches = matches
        place_starts = {i for i, p in view.places if usable_place(p)}
        made: list[tuple[Event, list[Mention]]] = []
        self._made = made
        pending_casualties = []
        # a goal ("عملية عسكرية للسيطرة على تدمر") gives no event and does not end the scope before it
        # and neither does the manner of a takeover ("انسحبت بعد مواجهات مع سكان قرية X")
        # nor does a blocker inside a phrase ("القوات المهاجمة")
        cutting = [m for m in matches if "keep_scope" not in m.flags and (m.row.get("type") == "none" or (
            (not is_purpose(m, toks, cues) or "purpose_ok" in m.flags)
            and not self._is_manner(m, cues, toks)))]
        self._ends = {id(m): self._scope_end(m, min((c.i for c in cutting if c.i > m.i), default=len(toks)),
                                             breaks, place_starts, idx, toks) for m in matches}
        for k, m in enumerate(matches):
            etype = m.row.get("type", "none")
            if etype == "none" or self._is_manner(m, cues, toks):
                continue
            nxt = self._ends[id(m)]
            prv = matches[k - 1].j if k else 0
            res = self.trigger(view, m, prv, nxt, cues, idx, continuation, fronted, made)
            if res == "pending":
                pending_casualties.append((m, prv, nxt))
            elif res:
                made.extend(res)
        for m, prv, nxt in pending_casualties:
            donors = [(e, pl) for e, pl in made if e.type == "attack"] or (
                self.prev_events if continuation else [])
            if donors:
                made.extend(self.casualties_from(view, m, prv, nxt, cues, donors, continuation))
            else:  # the strike named no place either: the casualties look for one as any trigger does
                self._settled = True
                res = self.trigger(view, m, prv, nxt, cues, idx, continuation, fronted, made)
                self._settled = False
                if isinstance(res, list):
                    made.extend(res)
        for e, _ in made:
            self.events.append(e)
        if made:
            self.prev_source = made[-1][0].source
        return made

    @staticmethod
    def _drop_carried(view: SentenceView, matches: list[Match], breaks: set[int]) -> list[Match]:
        """A casualty word among what a departure's buses carry ("حافلات تقل المسلحين والجرحى") is part of
        its subject: no event, and it does not end the departure's scope."""
        for k, m in enumerate(matches):
            if "by_subject" in m.flags:
                limit = next((c.i for c in matches[k + 1:] if c.row.get("type") not in ("casualties", "none")),
                             len(view.toks))
                subject_classes(view, m, 0, len(view.toks), breaks, limit)
        return [m for m in matches if not (m.row.get("type") == "casualties" and m.i in view.carried_idx)]

    @staticmethod
    def _appositive_locators(view: SentenceView) -> set[int]:
        """A place right after another, with no "و" ("أعزاز شمال حلب") or with في/ب ("في المنطقة
        العازلة في منطقة القنيطرة"), only locates the first."""
        out = set()
        ordered = sorted(view.places, key=lambda x: x[0])
        for (_i0, p0), (i1, p1) in zip(ordered, ordered[1:], strict=False):
            end0 = token_at(view.toks, max(p0.start, p0.end - 1))
            tok1 = view.toks[i1]
            if not usable_place(p0) or tok1.word.startswith(_COORDINATION) or _Extractor._resident(view, p0):
                continue  # "سكان كفريا والفوعة في حي الراشدين": the second is where, not a locator
            adjacent = i1 == end0 + 1
            via_fi = i1 == end0 + 2 and view.toks[end0 + 1].bare in _IN
            via_b = adjacent and tok1.bare.startswith(_IN_CLITIC) and len(tok1.forms) > 1
            if via_fi or via_b or (adjacent and p1.attrs.get("kind") in
                                   ("countryside", "governorate", "region", "area", "district")):
                out.add(i1)
        return out

    @staticmethod
    def _located_by_generic(view: SentenceView, idx) -> set[int]:
        """Places that only locate a generic or counted noun: "15 مدينة وبلدة في ريفي حماة",
        "عدد من البلدات في ريف حلب الغربي", "عدة مناطق بريف القنيطرة"."""
        out = set()
        place_idx = {k for i, p in view.places for k in range(i, token_at(view.toks, max(p.start, p.end - 1)) + 1)}
        for i, _ in view.places:
            tok = view.toks[i]
            prep_before = i and view.toks[i - 1].bare in _IN
            prep_attached = tok.bare.startswith(_IN_CLITIC) and len(tok.forms) > 1
            if not (prep_before or prep_attached):
                continue
            lo = i - 1 if prep_before else i
            if any(k in idx["generic"] and k not in place_idx for k in range(max(0, lo - 3), lo)):
                out.add(i)
        return out

    @staticmethod
    def _not_residents(view: SentenceView, places: list[Mention], etype: str) -> list[Mention]:
        """"استهدف الحافلات التي تقل سكان كفريا والفوعة في حي الراشدين": where people come from is not
        where a strike hits them; it stays the place of a departure (displacement, withdrawal)."""
        if etype in ("displacement", "evacuation", "withdraw", "protest") or len(places) < 2:
            return places
        resident = [p for p in places if _Extractor._resident(view, p)]
        rest = [p for p in places if p not in resident]
        return rest if resident and rest else places

    @staticmethod
    def _resident(view: SentenceView, p: Mention) -> bool:
        """A place named as where people come from: "سكان X"، "أهالي X وY" (any member of that list)."""
        toks = view.toks
        g = p.attrs.get("group")
        members = [(i, q) for i, q in view.places if q is p or (g not in (None, -1, "") and q.attrs.get("group") == g)]
        return any(i and toks[i - 1].bare in RESIDENT_NOUNS for i, _ in members[:1])

    @staticmethod
    def _is_manner(m: Match, cues, toks=None) -> bool:
        """A clash noun right after بعد/إثر/عقب/وسط says how something happened, not a new event; so does
        one a few words on after "من" ("بعد أكثر من شهرين من المعارك")."""
        if m.row.get("type") == "advance" and "noun" in m.flags and any(
                c.row.get("effect") == "manner" and c.j == m.i for c in cues):
            return True  # "بعد تقدم القوات في الأحياء": how a takeover came
        if "mutual" not in m.flags:
            return False
        if any(c.row.get("effect") == "manner" and c.j <= m.i and m.i - c.j <= 1 for c in cues):
            return True
        return bool(toks) and m.i > 0 and toks[m.i - 1].bare in _PARTITIVE and any(
            c.row.get("effect") == "manner" and c.j <= m.i and m.i - c.j <= 5 for c in cues)

    @staticmethod
    def _scope_end(m: Match, nxt: int, breaks: set[int], place_starts: set[int], idx, toks) -> int:
        """Where a trigger's arguments end: the next trigger, a new clause that does not go on with its
        arguments (a list of places, a preposition), a new coordinated clause after a place, a relative
        clause after a place, or a consequence cue."""
        seen_place = False
        for k in range(m.j, nxt):
            w = toks[k].bare
            if k in breaks and k > m.j and k not in place_starts and (k + 1) not in place_starts \
                    and w not in ARGUMENT_WORDS and not w.isdigit():
                return k
            if seen_place and k not in place_starts and toks[k].word.startswith(_COORDINATION) \
                    and len(toks[k].word) > 2 and toks[k].forms[-1] != toks[k].word \
                    and w not in ARGUMENT_WORDS and (k + 1) not in place_starts:
                return k  # "... بلدة طرنجة وقام بتفتيش ...": a new verb
            if k in place_starts:
                seen_place = True
            if seen_place and k in idx["relative"] and (k in idx["describe"] or (k + 1) in idx["describe"]):
                return k
            if k in idx["hypo"]:
                return k
        return nxt

    def _fronted(self, view: SentenceView) -> list[Mention]:
        toks = view.toks
        if len(toks) < 2 or _IN.isdisjoint(toks[0].forms + [toks[0].bare]):
            return []
        return [m for i, m in view.places if i <= 3 and usable_place(m)][:1]

    # ------------------------------------------------------------------ one trigger
    def trigger(self, view, m: Match, prv: int, nxt: int, cues, idx, continuation, fronted, made):
        flags = m.flags
        etype = m.row["type"]
        if "part_of_takeover" in flags and any(
                c.row.get("type") in ("take_control", "enter") and c.i < m.i for c in self._sentence_matches):
            return None  # "دخلت القوات المدينة ورفعت العلم فيها": the flag is part of the entry
        if m.i in view.carried_idx and etype == "casualties":
            return None  # "حافلات تقل المسلحين والجرحى": who the buses carry, not new casualties
        if etype in ("take_control", "deploy") and self._describes_place(view, m, idx):
            return None  # "عفرين التي تنتشر فيها القوات", "منطقة يسيطر عليها الفصيل": status
        if etype in ("enter", "advance"):
            etype = self._mover_type(view, m, prv, nxt)
            if etype is None:
                return None
        if "by_subject" not in flags:
            return self._typed(view, m, etype, flags, prv, nxt, cues, idx, continuation, fronted, made)
        limit = min((c.i for c in self._sentence_matches if c.i >= m.j and c.row.get("type") != "none"),
                    default=len(view.toks))
        types = departure_types(view, m, prv, nxt, self._breaks, limit)
        if "civilians_only" in flags:  # "عودة الأهالي إلى X": only people coming back are displaced
            types = [t for t in types if t == "displacement"]
            if not types:
                return None
        if types:
            self.departure = types
        elif "need_subject" in flags:
            types = self.departure  # "عملية الإجلاء" after "حافلات تقل مقاتلين وعائلاتهم": the same people
        if not types:
            types = [m.row["type"]] if "need_subject" not in flags else []
        out = []
        for t in types:
            # fighters and prisoners leave a place: where they go is not an event place
            f = flags | ({"origin_only"} if t in ("withdraw", "other") else set())
            res = self._typed(view, m, t, f, prv, nxt, cues, idx, continuation, fronted, made + out)
            if isinstance(res, list):
                out.extend(res)
        return out or None

    @staticmethod
    def _describes_place(view: SentenceView, m: Match, idx) -> bool:
        """An imperfect control or presence verb in a relative clause describes who holds a place: right
        after a relative word ("التي تسيطر"), or with a resumptive pronoun after it ("يسيطر عليها")."""
        toks = view.toks
        head = toks[m.i].bare
        if not head.startswith(_IMPERFECT) or len(head) < 4 or "loser" in m.flags:
            return False
        resumptive = m.j < len(toks) and toks[m.j].bare in RESUMPTIVES
        if resumptive:
            return True
        # the relative clause must hang on a place ("عفرين التي تنتشر فيها"), not on a force ("قوات حزب
        # الله التي تتمركز هناك" is a deployment)
        ends = {token_at(toks, max(p.start, p.end - 1)) for _, p in view.places}
        return any(toks[k].bare in RELATIVES and ((k - 1) in ends or (k - 1) in idx["backref"]
                                                  or (k - 1) in idx["generic"])
                   for k in range(max(1, m.i - 2), m.i))

    def _mover_type(self, view, m: Match, prv: int, nxt: int) -> str | None:
        """Who enters or arrives decides it too: civilians arriving are displaced ("وصل ألفا مدني إلى
        نبل"); buses, ambulances or repair crews entering, with no force among them, are no event."""
        found = subject_classes(view, m, prv, nxt, self._breaks)
        if "fighters" in found or not found:
            return m.row["type"]
        if "civilians" in found:
            return "displacement"
        return None if "vehicles" in found else m.row["type"]

    def _typed(self, view, m: Match, etype: str, flags: frozenset[str], prv: int, nxt: int, cues, idx,
               continuation, fronted, made):
        """The events of one trigger read as one type (see ``trigger``)."""
        toks = view.toks
        source, smention = _source_for(view, toks[m.i].start, self.prev_source, continuation)
        denial = bool(smention and smention.attrs.get("denial"))
        verdict = self._coordinated_verdict(view, m, judge(m, toks, cues, denial))
        self._verdicts[id(m)] = verdict
        if verdict.polarity == NO_EVENT:
            return None
        if "dist" in flags and not self._distance_is_advance(view, m, idx):
            return None
        # places inside a longer actor name ("فيلق القدس") are not places; a capital standing for its
        # country as an actor ("طهران") still is one
        actor_idx = {i for a0, a1, a in view.actors for i in range(a0, a1 + 1)
                     if not any(p.start == a.start and p.end == a.end for _, p in view.places)}
        actor_idx |= self._appositive_locators(view)
        skip = actor_idx | self._located_by_generic(view, idx)
        if etype in ("enter", "advance"):  # "يصلون إلى هناك من حمص": Homs is where they came from
            skip |= {i for i, _ in view.places if i and ((i - 1) in idx["from"] or (
                i >= 2 and (i - 2) in idx["from"] and toks[i - 1].bare in CUE_NOUNS))}
        places = scope_places(view, m.i + 1, nxt, idx["locative"], idx["toward"], "origin_only" in flags,
                              skip, idx["descriptor"])
        how = "scope"
        places = self._not_residents(view, places, etype)
        if not places:  # "غارات على أحياء في مدينة الرقة": with no place named, the city is the place
            places = [p for p in scope_places(view, m.i + 1, nxt, idx["locative"], idx["toward"],
                                              "origin_only" in flags, actor_idx, idx["descriptor"])
                      if p.attrs.get("kind") in CITY_KINDS]
        if places and etype in ("displacement", "evacuation"):
            places = self._witness_places(view, m, actor_idx, idx) + places  # "تشهد المنطقة نزوحاً نحو X"
        if not places and etype == "casualties" and not self._settled and any(
                c.row.get("type") == "attack" and c is not m for c in self._sentence_matches):
            return "pending"  # the strike in this sentence says where they fell
        if not places and (shared := self._shared_object(view, m, idx, flags, skip)):
            places, how = shared, "shared-object"
        if not places:
            places, how = self._fallback_places(view, m, prv, nxt, idx, continuation, fronted, made, actor_idx)
        if not places:
            return "pending" if etype == "casualties" and not self._settled else None
        backers = {i for i in range(len(toks)) if toks[i].bare.startswith(BACKER_PREFIXES)}
        excluded = idx["locative"] | idx["target"] | backers | {i + 1 for i in backers} | \
            {i for i in range(len(toks)) if toks[i].bare in _NOT_AGENT}
        if any(c.j == prv and "loser" in c.flags for c in self._sentence_matches):
            excluded |= {prv}  # "خروج المدينة عن سيطرة النظام والدخول": النظام lost, it does not enter
        actor = pick_actor(view, m, prv, nxt, excluded)
        if actor is not None and made and not self._agent_after(view, m, actor) \
                and not self._own_subject(view, m, actor, prv) \
                and (toks[m.i].word.startswith(_COORDINATION) or (m.i and toks[m.i - 1].word.startswith(_COORDINATION))):
            actor = self._actor_of_event(made[-1][0]) or actor  # "...، وأعلنت حظراً": the same subject
        if actor is not None and actor.attrs.get("coref") and smention is not None \
                and smention.attrs.get("side") not in (None, "", "unknown", "civilians"):
            actor = smention  # "وذكرت أن قواتها دخلت": its forces are the speaker's
        side = self._side(view, m, etype, flags, actor, smention, prv, nxt)
        if "object_after" in flags:
            # "طرد عناصر التنظيم من البلدة": the force named after the head is expelled, the one before
            # it expels
            before = [a for a0, _, a in view.actors if prv <= a0 < m.i]
            inside = [a for a0, _, a in view.actors if m.i < a0 < m.j + 3]
            if before:
                actor = before[-1]
                side = actor.attrs.get("side", "unknown")
            elif inside:
                actor = None
                side = adversary(inside[0].attrs.get("side", "unknown"), self.day)
        if "receiver" in flags:  # "سلّم المقاتلون المنطقة للحكومة": the force it is handed to takes it
            side = self._receiver_side(view, m, nxt, actor)
        nat = None
        if etype in ("attack", "casualties"):
            strikes = [c for c in self._sentence_matches if c.row.get("type") == "attack" and c.i <= m.i]
            nat = next((n for c in [m, *reversed(strikes)] if (n := self._nationality(view, c))), None)
        if nat and (actor is None or actor.attrs.get("side") in (None, "unknown", "government")):
            side = nat
        elif actor is None and (subj := self._force_nationality(view, max(prv, m.i - 4), m.i)):
            side = subj  # "قوة إسرائيلية وصلت إلى ..."
        if actor is None and how == "coordinated" and made and etype not in ("displacement", "protest"):
            side = made[-1][0].actor.side  # coordinated verbs share their subject
        date = _date(view, m, self.article, self.prev_events[-1][0].date if self.prev_events else None,
                     continuation, self._breaks, self.narrative)
        qty = _quantity(view, m, prv, nxt, etype)
        out = []
        for p in places:
            t = etype
            if "toward" in flags and place_after_toward(view, p, m.i + 1, idx["toward"]):
                t = "advance"
            elif t == "advance" and self._inside(view, m, p, nxt):
                t = "enter"  # "تقدمت داخل مدينة يبرود", "تقدم القوات داخلها": moving inside is an entry
            ev = self._event(view, m, t, verdict, p, actor, side, source, date, qty, how)
            out.append((ev, places))
        return out

    def _receiver_side(self, view: SentenceView, m: Match, nxt: int, giver: Mention | None) -> str:
        """The side a place is handed to: an actor written with ل or after إلى in the trigger's
        stretch, else the adversary of the force that hands it over."""
        toks = view.toks
        for a0, _, a in view.actors:
            if m.j <= a0 < min(len(toks), nxt + 3) and (
                    (toks[a0].bare.startswith(_LAM) and len(toks[a0].forms) > 1) or
                    (a0 and toks[a0 - 1].bare in _RECIPIENT)):
                return a.attrs.get("side", "unknown")
        side = giver.attrs.get("side", "unknown") if giver is not None else "unknown"
        return adversary(side, self.day)

    def _coordinated_verdict(self, view: SentenceView, m: Match, verdict: Verdict) -> Verdict:
        """A trigger joined by "أو", or a verbal noun joined by "و", to the trigger before it in the same
        clause shares its polarity: "لم يدخل البلدة بعد أو يسيطر على النبع" (denied), "للسيطرة على X
        والسيطرة على Y" (a goal, no event)."""
        if verdict.polarity != "asserted" or not m.i:
            return verdict
        toks = view.toks
        prev = [c for c in self._sentence_matches if c.j <= m.i and c.row.get("type") != "none"]
        if not prev or any(prev[-1].j < k <= m.i for k in self._breaks):
            return verdict
        before = self._verdicts.get(id(prev[-1]))
        head = toks[m.i]
        joined = toks[m.i - 1].bare in _OR or (head.word.startswith(_COORDINATION) and head.bare.startswith(_ARTICLE))
        if before is None or before.polarity == "asserted" or not joined:
            return verdict
        return Verdict(before.polarity, f"coordinated:{before.cue}")

    @staticmethod
    def _inside(view: SentenceView, m: Match, p: Mention, nxt: int) -> bool:
        """Whether "داخل" stands between an advance and its place (or is the back-reference itself)."""
        toks = view.toks
        at = token_at(toks, p.start) if p.sentence == view.index else nxt
        at = nxt if at < m.j else at  # a place named before: "داخلها" after the trigger points at it
        return any(toks[k].bare.startswith(_INSIDE) for k in range(m.j, min(at + 1, nxt, len(toks))))

    @staticmethod
    def _agent_after(view: SentenceView, m: Match, actor: Mention) -> bool:
        return any(a is actor and m.j <= a0 <= m.j + 3 for a0, _, a in view.actors)

    @staticmethod
    def _own_subject(view: SentenceView, m: Match, actor: Mention, prv: int) -> bool:
        """"أن قوة إسرائيلية وصلت": a subject standing right before the verb, and not the genitive of the
        previous trigger ("سيطرة النظام والدخول"), is this verb's own (a root و is no coordination)."""
        return any(a is actor and prv < a0 and a1 == m.i - 1 and not view.toks[a0].bare.startswith(_LAM)
                   for a0, a1, a in view.actors)

    @staticmethod
    def _actor_of_event(e: Event) -> Mention | None:
        if e.actor.side in ("", "unknown"):
            return None
        return Mention("actor", 0, 0, e.actor.name, -1,
                       {"side": e.actor.side, "name": e.actor.name, "name_en": e.actor.name_en, "id": e.actor.id,
                        "actor": e.actor.id, "actor_en": e.actor.name_en, "actor_ar": e.actor.name},
                       "coordinated-subject")

    @staticmethod
    def _nationality(view: SentenceView, m: Match) -> str | None:
        """"غارات جوية روسية سورية": the first nationality adjective near a strike noun names the side."""
        toks = view.toks
        for k in range(m.j, min(len(toks), m.j + 3)):
            for stem, side in nationalities():
                if any(f.startswith(stem) for f in toks[k].forms):
                    return side
        return None

    @staticmethod
    def _force_nationality(view: SentenceView, lo: int, hi: int) -> str | None:
        """A force named by a noun and a nationality ("قوة إسرائيلية", "دبابات تركية") before a verb."""
        toks = view.toks
        for k in range(max(lo, 1), hi):
            if toks[k - 1].forms[-1] in FORCE_NOUNS or toks[k - 1].bare in FORCE_NOUNS:
                for stem, side in nationalities():
                    if any(f.startswith(stem) for f in toks[k].forms):
                        return side
        return None

    def _shared_object(self, view, m: Match, idx, flags, skip: set[int]) -> list[Mention]:
        """Coordinated triggers share their object ("دخولهم وسيطرتهم على X"): a trigger with no place of
        its own takes the places of the next trigger joined to it by و; an agreement takes the places of
        what it sets out a few words on ("اتفاق يقضي بخروجهم من X"). An advance or a clash before a
        takeover is how it was taken ("التقدم والسيطرة على X"), not an event of its own."""
        toks = view.toks
        nxt = next((c for c in self._sentence_matches if c.i >= m.j and c.row.get("type") != "none"), None)
        if nxt is None or any(m.j < k <= nxt.i for k in self._breaks):
            return []
        joined = nxt.i == m.j and toks[nxt.i].word.startswith(_COORDINATION) and len(toks[nxt.i].forms) > 1 \
            and m.row.get("type") in ("enter", "take_control", "withdraw", "deploy")
        terms = "own_sentence" in flags and nxt.i - m.j <= 3
        if not (joined or terms):
            return []
        return scope_places(view, nxt.j, self._ends.get(id(nxt), len(toks)), idx["locative"], idx["toward"],
                            "origin_only" in flags, skip, idx["descriptor"])

    def _distance_is_advance(self, view, m: Match, idx) -> bool:
        """"على بعد 20 كم من X" is an advance at X when a force is at that distance: not when a relative
        clause or a place before it is described ("بلدة Y الواقعة على بعد 5 كم من X")."""
        lo = max(0, m.i - 4)
        if any(lo <= k < m.i for k in idx["relative"]):
            return False
        # "تقع القاعدة عند الحدود على بعد ..."، "الذي كانت القوات تتخذه قاعدة لها على بعد ...": described
        wide = max(0, m.i - 10)
        if any(wide <= k < m.i for k in idx["describe"] | {k for k in idx["relative"] if view.toks[k].bare in
                                                               RELATIVES}) and \
                not any(wide <= k < m.i for k in idx["subject"]):
            return False
        if any(lo <= k < m.i for k in idx["subject"]):
            return True
        if m.row.get("pattern", "").startswith(_ARRIVE):
            return True
        toks = view.toks
        ends = {token_at(toks, max(p.start, p.end - 1)) for _, p in view.places}
        return not ({m.i - 1, m.i - 2} & ends) and not (m.i and toks[m.i - 1].word[:1].isdigit())

    def _fallback_places(self, view, m: Match, prv: int, nxt: int, idx, continuation, fronted, made,
                         actor_idx):
        """Places for a trigger that names none in its scope, most reliable first."""
        toks = view.toks
        inside = {k for i, p in view.places for k in range(i, token_at(toks, max(p.start, p.end - 1)) + 1)}
        breaks = self._breaks

        def same_clause(a: int, b: int, allowed: int = 0) -> bool:
            return sum(1 for k in breaks if a < k <= b) <= allowed

        seen = self._witness_places(view, m, actor_idx, idx)
        if seen:
            return seen, "witness"
        refs = [k for k in idx["backref"] if prv <= k < nxt and k != m.i and k not in inside
                and (k > m.i or same_clause(k, m.i))]
        got = self._recall(view, [k for k in refs if k > m.i], actor_idx)
        if got:
            return got
        reports = idx["report"]
        actor_idx = actor_idx | self._appositive_locators(view)
        before = [(i, p) for i, p in view.places if prv <= i < m.i and m.i - i <= 8 and usable_place(p)
                  and _at_home(p)
                  and i not in actor_idx and not (i and (i - 1) in idx["locative"])
                  and same_clause(i, m.i) and not any(i < k < m.i for k in reports)]
        if before:
            last = max(before, key=lambda x: x[0])[1]
            g = last.attrs.get("group")
            group = [p for _, p in before if g not in (None, -1, "") and p.attrs.get("group") == g] or [last]
            return group, "backward"
        got = self._recall(view, [k for k in refs if k < m.i], actor_idx)
        if got:
            return got
        # a verb joined by "و" right after another event shares its place: "موجود في حمص وينتشر"
        head = toks[m.i]
        if made and head.word.startswith(_COORDINATION) and head.forms[-1] != head.word and prv and m.i - prv <= 4:
            return made[-1][1], "coordinated"
        if fronted:
            return fronted, "fronted"
        if continuation and self.prev_events and "own_sentence" not in m.flags:
            return self.prev_events[-1][1], "continuation"
        return [], ""

    def _witness_places(self, view: SentenceView, m: Match, actor_idx: set[int], idx) -> list[Mention]:
        """The place a "witness" verb names before the trigger ("تشهد مناطق X اشتباكات")."""
        witness = [c for c in idx["witness"] if c < m.i]
        if not witness:
            return []
        w = max(witness)
        seen = [p for i, p in view.places if w < i < m.i and usable_place(p) and i not in actor_idx]
        if seen:
            return seen
        inside = {k for i, p in view.places for k in range(i, token_at(view.toks, max(p.start, p.end - 1)) + 1)}
        refs = [k for k in idx["backref"] if w < k < m.i and k not in inside]
        if not refs:
            return []
        earlier = [[p] for i, p in sorted(view.places, key=lambda x: x[0])
                   if i < refs[0] and usable_place(p) and i not in actor_idx]
        return list(self.memory.recall(view.toks[refs[0]].bare, earlier) or [])

    def _recall(self, view: SentenceView, refs: list[int], actor_idx: set[int]):
        """The places a back-reference word points at (the nearest such word first)."""
        if not refs:
            return None
        ref = refs[0]
        earlier = [[p] for i, p in sorted(view.places, key=lambda x: x[0])
                   if i < ref and usable_place(p) and i not in actor_idx]
        got = self.memory.recall(view.toks[ref].bare, earlier)
        return (got, f"backref:{view.toks[ref].bare}") if got else None

    def _side(self, view, m: Match, etype, flags, actor, smention, prv, nxt) -> str:
        day = self.day
        if actor is not None and actor.attrs.get("side") == "civilians" and etype not in CIVILIAN_TYPES:
            actor = None  # civilians are victims or witnesses of a strike, never its agent here
        side = actor.attrs.get("side", "unknown") if actor else "unknown"
        if "loser" in flags:
            return adversary(side, day)
        if etype in ("displacement", "protest"):
            return "civilians"
        if etype == "casualties":
            return self._casualty_side(view, m, nxt, side)
        if "mutual" in flags:
            present = {a[2].attrs.get("side") for a in view.actors}
            first = self._first_between(view, m, nxt)
            if first is not None and self.protagonist not in present:
                return first  # "اشتباكات بين X و Y": the first-named force, when the article's own side
                # (the attacker its story follows) is not a party
            if actor is None or self.protagonist in present:
                return self.protagonist
        if actor is None:
            sp = smention.attrs.get("side") if smention else None
            if sp and sp not in ("unknown", "civilians"):
                return sp
            return self._possessor_side(view, m) or self._implied_side(etype)
        return side

    def _possessor_side(self, view: SentenceView, m: Match) -> str | None:
        """"وإثر انسحابها من المدينة": a trigger noun with a possessive (ـها، ـهم) is done by the last force
        named before it in its paragraph (this sentence first, then the ones before)."""
        word = view.toks[m.j - 1].word
        if len(word) < 6 or not word.endswith(_POSSESSIVE):
            return None
        if 0 < m.i <= 2 and view.toks[m.i - 1].bare in _TIME_LINKER:
            # "وإثر انسحابها من المدينة، أعلنت المعارضة": a fronted clause points at the main subject
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

    @staticmethod
    def _first_between(view: SentenceView, m: Match, nxt: int) -> str | None:
        """"اشتباكات بين X و Y" / "معارك عنيفة بين X من جهة و Y": the side of X, the first force named
        after بين (within three words of the clash noun); a coreferent or civilian X names no side."""
        toks = view.toks
        k = next((k for k in range(m.j, min(len(toks), m.j + 3, max(nxt, m.j + 1))) if toks[k].bare in _BETWEEN),
                 None)
        if k is None:
            return None
        first = next((a for a0, _, a in sorted(view.actors, key=lambda x: x[0]) if k < a0 <= k + 2), None)
        if first is None or first.attrs.get("side") in (None, "", "unknown", "civilians") \
                and not first.attrs.get("actor"):
            return None
        return first.attrs.get("side")

    def _implied_side(self, etype: str) -> str:
        """A pro-drop subject: the side of the last event of this type in the article, else of the last
        event with a party, else the side the article is mostly about."""
        party = [e for e in _since(self.events, self._current - 1) + [e for e, _ in self._made]
                 if e.actor.side not in ("unknown", "civilians")]
        for e in reversed(party):  # the subject of this sentence's earlier verb
            if e.sentence == self._current:
                return e.actor.side
        for e in reversed(party):  # the same kind of event just before
            if e.type == etype and self._current - e.sentence <= 1:
                return e.actor.side
        return self.protagonist

    def _casualty_side(self, view, m: Match, nxt: int, side: str) -> str:
        toks = view.toks
        for a0, _, a in view.actors:
            if m.j <= a0 < nxt + 4 and a0 and toks[a0 - 1].bare in AGENT_MARKERS:
                return a.attrs.get("side", "unknown")
        for a0, _, a in view.actors:
            if a0 and toks[a0 - 1].bare in VICTIM_MARKERS and abs(a0 - m.i) <= 6:
                return adversary(a.attrs.get("side", "unknown"), self.day)
        return "unknown"

    def casualties_from(self, view, m: Match, prv, nxt, cues, donors, continuation):
        toks = view.toks
        source, smention = _source_for(view, toks[m.i].start, self.prev_source, continuation)
        verdict = judge(m, toks, cues, bool(smention and smention.attrs.get("denial")))
        if verdict.polarity == NO_EVENT:
            return []
        donor_event, donor_places = donors[-1]
        side = donor_event.actor.side  # the strike that caused them names who inflicted them
        if side in ("unknown", "civilians"):
            side = self._casualty_side(view, m, nxt, "unknown")
        qty = _quantity(view, m, prv, nxt, "casualties")
        date = _date(view, m, self.article, donor_event.date, True, self._breaks, self.narrative)
        places = [p for p in donor_places] if donor_places else []
        out = []
        for p in places:
            ev = self._event(view, m, "casualties", verdict, p, None, side, source, date, qty,
                             "from-attack" if donor_event.sentence == view.index else "continuation")
            if ev.actor.side == "unknown":
                ev.actor = _actor_of(None, side, ev.date.value or self.day)
            out.append((ev, places))
        return out

    def _event(self, view, m: Match, etype, verdict, place: Mention, actor, side, source, date, qty, how):
        toks = view.toks
        start = toks[m.i].start
        end = max(toks[m.j - 1].end, place.end if place.start >= start else 0)
        if place.sentence != view.index:
            end = toks[m.j - 1].end
        ev = Event(
            id=_event_id(self.article.id, etype, place.attrs.get("id") or place.text, start),
            article=self.article.id, type=etype,
            polarity=verdict.polarity, place=_place_of(place), actor=self._dated_actor(actor, side, date),
            source=source, date=date, quantity=qty,
            evidence=_evidence(self.article, view.index, start, end),
            confidence=self._confidence(m, place, actor, how),
            rule=f"trigger:{m.pattern.name} place:{how} polarity:{verdict.cue or 'asserted'} "
                 f"side:{'actor' if actor is not None else 'implied'}",
            trigger=self.article.raw[start:toks[m.j - 1].end], sentence=view.index,
        )
        return ev

    def _dated_actor(self, actor: Mention | None, side: str, date: EventDate) -> Actor:
        """Sides hold for periods: an actor whose side came from its name is read at the event's date
        ("قوات النظام" in a 2025 report of a 2016 battle is the government's army)."""
        day = date.value or self.day
        if actor is not None and actor.attrs.get("base_actor") and side == actor.attrs.get("side"):
            side = actor_at(actor.attrs, day).get("side", side)
        return _actor_of(actor, side, day)

    @staticmethod
    def _confidence(m: Match, place: Mention, actor, how: str) -> float:
        c = 0.55 + (0.1 if "verb" in m.flags else 0.0)
        c += 0.1 if actor is not None else 0.0
        c += 0.1 if place.attrs.get("geo_precision", 1) == 1 and place.attrs.get("resolved", True) else 0.0
        c -= 0.15 if how != "scope" else 0.0
        return round(max(0.05, min(0.95, c)), 2)


def _place_key(e: Event) -> str:
    p = e.place
    return (p.gazetteer_id or p.name) if p else ""


def dedupe(events: list[Event]) -> list[Event]:
    """One event per (type, polarity, place, side) in an article: the best-attributed, earliest.

    A side that was only implied (no actor named) does not make a second event where the same happening
    already has a named side."""
    best: dict[tuple, Event] = {}
    order: list[tuple] = []
    for e in events:
        implied = e.rule.endswith("side:implied")
        base = (e.type, e.polarity, _place_key(e))
        named = [k for k in order if k[:3] == base and not best[k].rule.endswith("side:implied")]
        if implied and named:
            continue
        key = (*base, e.actor.side)
        if not implied:
            for k in [k for k in order if k[:3] == base and best[k].rule.endswith("side:implied")]:
                order.remove(k)
                best.pop(k)
        cur = best.get(key)
        if cur is None:
            best[key] = e
            order.append(key)
        elif cur.source.name_en == "the article" and e.source.name_en != "the article":
            best[key] = e
    kept = [best[k] for k in order]
    # what was expected (an agreement's terms, a plan) and is reported done in the same article is the
    # done event only
    done = {(e.type, _place_key(e)) for e in kept if e.polarity == "asserted"}
    kept = [e for e in kept if not (e.polarity == "expected" and (e.type, _place_key(e)) in done)]
    return [e for e in kept if not _vaguer_than_another(e, kept)]


def _vaguer_than_another(e: Event, events: list[Event]) -> bool:
    """"ريف حلب" when the same article reports the same kind of event in "ريف حلب الغربي"."""
    p = e.place
    if p is None or p.kind != "countryside" or not p.admin1:
        return False
    return any(o is not e and o.type == e.type and o.polarity == e.polarity and o.place is not None
               and o.place.kind == "countryside" and o.place.admin1 == p.admin1
               and o.place.gazetteer_id != p.gazetteer_id and o.place.name.startswith(p.name + " ")
               for o in events)


def extract_events(article: Article) -> Article:
    """Pipeline stage: fill ``article.events`` from its sentences and mentions."""
    reread_actors(article)  # dated actors at the article's date, inferred by the dates stage if need be
    article.events = _Extractor(article).run()
    return article
