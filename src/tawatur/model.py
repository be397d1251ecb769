"""The one data model every stage reads and enriches.

An :class:`Article` enters at ingest with its raw text or HTML, is cleaned (``text`` becomes the kept
body, ``removed`` records every line dropped and why), segmented into :class:`Sentence` objects, read
into :class:`Mention` objects (places, actors, persons, sources, dates, numbers, triggers) and turned
into :class:`Event` objects. Cross-article linking adds :class:`Story`, :class:`MergedEvent`,
:class:`Contradiction` and :class:`ControlState` records to an :class:`Analysis`.

Every offset (``start``/``end``) is a character offset into ``Article.raw``: the article text exactly as
it was received (a file's text, a JSON record's ``text``, or the text trafilatura took out of a page),
never the normalised form and never shifted by cleaning. ``Article.text`` is the kept body for reading;
``Article.body_spans`` says which (start, end) ranges of ``raw`` it was made of. So every mention and
event points back at its exact span in what the user fed in.

Plain dataclasses keep the model cheap to build in a loop, picklable for process pools and Dask
workers, and trivially serialisable with :func:`to_dict` / ``from_dict``.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from .attrs import MentionAttrs, attrs_for

SCHEMA_VERSION = "1.0"

EVENT_TYPES = (
    "take_control", "enter", "advance", "withdraw", "attack", "deploy", "defection",
    "displacement", "evacuation", "protest", "casualties", "other",
)
POLARITIES = ("asserted", "denied", "expected")
SIDES = (
    "government", "opposition", "sdf", "isis", "russia", "iran", "hezbollah", "turkey", "usa",
    "israel", "civilians", "unknown",
)
MENTION_KINDS = ("place", "actor", "person", "source", "date", "number", "trigger")


@dataclass
class RemovedLine:
    """A line the cleaner dropped from the body, with the reason, so a user can audit it."""

    line: int  # 1-based line number in the raw text
    text: str
    reason: str  # e.g. "most-read block", "timestamp", "share footer", "repeated across outlet"
    kind: str = "furniture"  # furniture | date | title | caption | label


@dataclass
class Sentence:
    """A sentence or headline line of the kept body; ``clauses`` are (start, end) sub-spans."""

    index: int
    start: int
    end: int
    text: str
    is_heading: bool = False
    paragraph: int = 0
    clauses: list[tuple[int, int]] = field(default_factory=list)
    # the words, built once by segment (tawatur.clean.tokens); derived: never serialised
    tokens: list[Any] = field(default_factory=list, repr=False, compare=False, metadata={"derived": True})


@dataclass
class Mention:
    """Something found in the text, with its exact span and what produced it.

    ``kind`` is one of :data:`MENTION_KINDS`. ``attrs`` carries the resolution, typed per kind
    (:mod:`tawatur.attrs`: :class:`PlaceAttrs` for a place's gazetteer entry, :class:`ActorAttrs` for an
    actor's id, canonical actor and side, :class:`DateAttrs`, :class:`NumberAttrs`, :class:`SourceAttrs`,
    :class:`PersonAttrs`); a dict given here is converted, and a key its kind does not declare is an
    error. ``rule`` names the lexicon entry or rule that matched.
    """

    kind: str
    start: int
    end: int
    text: str
    sentence: int = -1
    attrs: MentionAttrs = field(default_factory=dict)  # type: ignore[assignment]  # a dict is converted
    rule: str = ""
    # the sentence's tokens it covers, [first, last + 1) of Sentence.tokens, given by the pipeline after
    # the readers ran (tawatur.clean.tokens.span_mentions); None for a mention made outside a sentence
    tokens: tuple[int, int] | None = field(default=None, repr=False, compare=False, metadata={"derived": True})

    def __post_init__(self) -> None:
        # a reader's dict (or one read back from JSON) becomes the kind's typed attributes
        self.attrs = attrs_for(self.kind, self.attrs)

    @property
    def id(self) -> str:
        return self.attrs.get("id", "")


@dataclass
class Place:
    name: str
    name_en: str = ""
    lat: float | None = None
    lon: float | None = None
    admin1: str = ""
    kind: str = ""
    geo_precision: int = 1
    gazetteer_id: str = ""
    aliases: list[str] = field(default_factory=list)


@dataclass
class Actor:
    name: str = ""
    name_en: str = ""
    side: str = "unknown"
    id: str = ""


@dataclass
class Source:
    """Who the claim is attributed to. ``chain`` lists the hops, outermost first.

    "نقلت سانا عن مصدر عسكري" gives name "SANA", chain ["SANA", "military source"]. An unattributed
    statement belongs to the outlet: name "the article", kind "outlet".
    """

    name: str = "the article"
    name_en: str = "the article"
    kind: str = "outlet"
    chain: list[str] = field(default_factory=list)


@dataclass
class EventDate:
    """When an event happened, and on what that rests (``basis``).

    basis: "text" (a date the article states, or a relative one resolved against its date),
    "published" (the article's own date), "story" (inferred: the article is undated and the dated
    reports of its story give the reference; see link/dating.py), "" when unknown."""

    value: str = ""  # ISO date (YYYY-MM-DD), "" when unknown
    precision: str = "day"  # day | week | month | year (ACLED time_precision 1/2/3)
    text: str = ""
    basis: str = ""


@dataclass
class Evidence:
    text: str
    start: int
    end: int


@dataclass
class Event:
    id: str
    article: str
    type: str
    polarity: str = "asserted"
    place: Place | None = None
    actor: Actor = field(default_factory=Actor)
    source: Source = field(default_factory=Source)
    date: EventDate = field(default_factory=EventDate)
    quantity: str | None = None
    evidence: Evidence | None = None
    cluster: str | None = None
    confidence: float = 0.5
    rule: str = ""
    trigger: str = ""
    sentence: int = -1
    target: Actor | None = None  # the other side (ACLED actor2), when stated
    fatalities: int = 0  # the toll this event carries, counted once (link/tolls.py); 0 when none
    toll_of: str | None = None  # the event of the same article that carries this event's stated toll
    review: dict[str, Any] | None = None  # an analyst's review laid over it (store/review.py); None if none
    quantity_of: str = ""  # what a casualties event's quantity counts: "dead" or "wounded"; "" otherwise


@dataclass
class Article:
    id: str
    text: str = ""  # the kept body (lines of raw that are not page furniture, joined by newlines)
    raw: str = ""  # the text as received; every offset below points into it
    body_spans: list[tuple[int, int]] = field(default_factory=list)  # kept line spans of raw
    html: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date or datetime
    title: str | None = None
    author: str | None = None
    language: str = "ar"
    source_path: str | None = None
    removed: list[RemovedLine] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def mentions_of(self, kind: str, sentence: int | None = None) -> list[Mention]:
        """Mentions of one kind (in one sentence). Readers call this per sentence, so the answer comes
        from an index rebuilt only when ``mentions`` has grown or been replaced."""
        ms = self.mentions
        index = self.__dict__.get("_mention_index")
        old = index[0] if index is not None else None
        # the index is current when its key holds: the same list, the same length, the first and last mention the
        # same or equal; asked field by field, without building a key to compare (issue 13, task speed43: the
        # readers ask this ~40 times an article)
        if old is None or old[0] != id(ms) or old[1] != len(ms) or ms and not (
                (old[2] is ms[0] or old[2] == ms[0]) and (old[3] is ms[-1] or old[3] == ms[-1])):
            # only appended to since the last call (a reader adding a sentence's mentions): index the
            # new ones; rebuilding every time made a reader quadratic in the number of sentences
            grown = old is not None and old[0] == id(ms) and 0 < old[1] < len(ms) \
                and ms[0] is old[2] and ms[old[1] - 1] is old[3]
            by: dict[tuple[str, int | None], list[Mention]] = index[1] if grown else {}
            for m in ms[old[1]:] if grown else ms:
                by.setdefault((m.kind, None), []).append(m)
                by.setdefault((m.kind, m.sentence), []).append(m)
            index = ((id(ms), len(ms), ms[0] if ms else None, ms[-1] if ms else None), by)
            self.__dict__["_mention_index"] = index
        got = index[1].get((kind, sentence))
        return got[:] if got is not None else []

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("_mention_index", None)  # a cache: not shipped to workers
        return state


@dataclass
class Story:
    """Articles about one developing story."""

    id: str
    articles: list[str] = field(default_factory=list)
    title: str = ""
    places: list[str] = field(default_factory=list)
    start: str | None = None
    end: str | None = None
    summary_ar: list[dict[str, Any]] = field(default_factory=list)
    digest_en: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class MergedEvent:
    """One real-world happening as reported by one or more articles."""

    id: str
    type: str
    place: Place | None = None
    events: list[str] = field(default_factory=list)  # event ids
    articles: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    chains: list[list[str]] = field(default_factory=list)  # independent chains (each a list of hops)
    n_outlets: int = 0
    n_chains: int = 0
    status: str = "single-source"  # corroborated | single-source | contested
    polarity: str = "asserted"
    side: str = "unknown"
    date: EventDate = field(default_factory=EventDate)
    story: str | None = None
    fatalities: int = 0  # the most conservative toll its asserted reports state (link/tolls.py)
    toll_event: str | None = None  # the report whose figure that is (the one CSV row that counts it)
    review: dict[str, Any] | None = None  # regrouped or recomputed by an analyst's review (store/review.py)


@dataclass
class Contradiction:
    id: str
    kind: str  # claim-vs-denial | quantity | manner
    merged_event: str
    sides: list[dict[str, Any]] = field(default_factory=list)  # each: events, outlets, source, evidence, value
    note: str = ""


@dataclass
class ControlState:
    """One interval of a place's control history: ``holder`` from ``since`` until ``until``.

    A place's states come oldest first; states of unknown date (``since`` None) come first and never
    become current while a dated one exists. ``current`` marks the one state that says who holds the
    place now, with its ``confidence`` and ``evidence`` (the reports' own words)."""

    place: str
    place_en: str = ""
    gazetteer_id: str = ""
    holder: str = "unknown"
    since: str | None = None
    according_to: list[str] = field(default_factory=list)
    contested: bool = False
    events: list[str] = field(default_factory=list)
    until: str | None = None  # the next state's start; None while it lasts (or when unknown)
    current: bool = False
    confidence: float = 0.0
    n_chains: int = 0
    basis: list[str] = field(default_factory=list)  # what happened: "opposition take_control", ...
    evidence: list[dict[str, Any]] = field(default_factory=list)  # event, article, outlet, text, start, end


@dataclass
class Analysis:
    articles: list[Article] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    merged_events: list[MergedEvent] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
    control: list[ControlState] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)


# --------------------------------------------------------------------------- serialisation

def to_dict(obj: Any) -> Any:
    """Dataclass (or list/dict of them) to plain JSON-ready data."""
    if type(obj) in _SCALARS:  # most calls are leaves: answered before the dataclass checks
        return obj
    if isinstance(obj, MentionAttrs):  # the keys a reader set, as the dict it replaces
        return {k: to_dict(v) for k, v in obj.to_dict().items()}
    names = _FIELDS.get(type(obj))
    if names is None and dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        names = _field_names(type(obj))
    if names is not None:
        return {n: to_dict(getattr(obj, n)) for n in names}
    if isinstance(obj, (list, tuple)):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


_SCALARS = frozenset({str, int, float, bool, type(None)})
_FIELDS: dict[type, tuple[str, ...]] = {}
_FIELD_SETS: dict[type, frozenset[str]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    """A dataclass's serialised field names (derived ones, like a sentence's tokens, left out), looked up
    once per class (``dataclasses.fields`` builds a tuple on every call: it was a fifth of loading stored
    events)."""
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls) if not f.metadata.get("derived"))
    return names


def _build(cls: type, data: dict[str, Any] | None) -> Any:
    if data is None:
        return None
    names = _FIELD_SETS.get(cls)
    if names is None:
        names = _FIELD_SETS[cls] = frozenset(_field_names(cls))
    return cls(**{k: v for k, v in data.items() if k in names})


def event_from_dict(d: dict[str, Any]) -> Event:
    d = dict(d)
    d["place"] = _build(Place, d.get("place"))
    d["actor"] = _build(Actor, d.get("actor")) or Actor()
    d["target"] = _build(Actor, d.get("target"))
    d["source"] = _build(Source, d.get("source")) or Source()
    d["date"] = _build(EventDate, d.get("date")) or EventDate()
    d["evidence"] = _build(Evidence, d.get("evidence"))
    return _build(Event, d)


def article_from_dict(d: dict[str, Any]) -> Article:
    d = dict(d)
    d["removed"] = [_build(RemovedLine, x) for x in d.get("removed", [])]
    d["body_spans"] = [tuple(x) for x in d.get("body_spans", [])]
    d["sentences"] = [
        _build(Sentence, {**x, "clauses": [tuple(c) for c in x.get("clauses", [])]})
        for x in d.get("sentences", [])
    ]
    d["mentions"] = [_build(Mention, x) for x in d.get("mentions", [])]
    d["events"] = [event_from_dict(x) for x in d.get("events", [])]
    return _build(Article, d)


def merged_from_dict(d: dict[str, Any]) -> MergedEvent:
    d = dict(d)
    d["place"] = _build(Place, d.get("place"))
    d["date"] = _build(EventDate, d.get("date")) or EventDate()
    return _build(MergedEvent, d)


def analysis_from_dict(d: dict[str, Any]) -> Analysis:
    return Analysis(
        articles=[article_from_dict(a) for a in d.get("articles", [])],
        events=[event_from_dict(e) for e in d.get("events", [])],
        stories=[_build(Story, s) for s in d.get("stories", [])],
        merged_events=[merged_from_dict(m) for m in d.get("merged_events", [])],
        contradictions=[_build(Contradiction, c) for c in d.get("contradictions", [])],
        control=[_build(ControlState, c) for c in d.get("control", [])],
        errors=list(d.get("errors", [])),
        meta=dict(d.get("meta", {})),
    )
