"""Typed attributes of a :class:`~tawatur.model.Mention`: one small dataclass per mention kind.

A reader used to fill ``Mention.attrs`` with a free dict, so a misspelt key was silently a new key and a
reader of a key no writer sets (the linker once read ``gazetteer_id`` from places, which carry ``id``)
never failed. Each kind now declares its fields here, with what they mean; setting a key a kind does not
declare raises :class:`KeyError`.

The classes keep the ``Mapping`` interface of the old dict (``m.attrs.get("side")``, ``m.attrs["id"]``,
``dict(m.attrs)``, ``m.attrs.update(...)``), so call sites move to attribute access (``m.attrs.side``)
one at a time. A field that a reader did not set is *absent*: it is not a key of the mapping and not
written to ``analysis.json`` or the store, exactly as the dict was; as an attribute it reads as
:data:`UNSET` (falsy). Keys stay in the order they were set, so the serialised JSON is unchanged.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any, ClassVar


class _Unset:
    """The value of a field no reader set (falsy, and never serialised)."""

    _instance: ClassVar[_Unset | None] = None

    def __new__(cls) -> _Unset:  # one instance, also after unpickling
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()


# The instance dict of an attributes object holds its own ``get`` (the dict's bound method, its first key) and
# then the set fields in the order they were set, never UNSET: the dict's order is the fields' order (a field
# set again keeps its place, one unset and set again goes last, as in the dict these classes replace), and
# ``m.attrs.get(k)`` finds the dict's ``get`` before the class's method: a call in C, not a Python frame. The
# readers and the extractor ask ``get`` some 600 times an article (issue 13, task speed16). "get" is no field and
# no key (``in``, ``[]``, iteration and ``to_dict`` skip it); only ``get("get")`` would answer the method.
_GET = "get"


@dataclass(eq=False, repr=False)
class MentionAttrs(MutableMapping[str, Any]):
    """Base of the per-kind attribute classes: dataclass fields seen as a mapping of the set ones."""

    KIND: ClassVar[str] = ""

    def __setattr__(self, name: str, value: Any) -> None:
        names = type(self).__dict__.get("_NAMES") or self._names()
        if name not in names:
            raise KeyError(f"unknown {self.KIND or 'mention'} attribute {name!r} "
                           f"(declared in tawatur/attrs.py: {', '.join(sorted(self._names()))})")
        fields = self.__dict__
        if _GET not in fields:
            fields[_GET] = fields.get
        if value is UNSET:
            fields.pop(name, None)  # absent: the field reads its class default, UNSET
        else:
            fields[name] = value

    @classmethod
    def _names(cls) -> frozenset[str]:
        names = cls.__dict__.get("_NAMES")
        if names is None:
            names = frozenset(f.name for f in dataclasses.fields(cls))
            cls._NAMES = names  # type: ignore[attr-defined]
        return names

    @classmethod
    def of(cls, data: Mapping[str, Any] | None) -> MentionAttrs:
        """The attributes of a dict (a reader's, or one read back from JSON); an unknown key raises.

        Built without the dataclass ``__init__``: it would pass every declared field (up to 19) through
        ``__setattr__`` only to store UNSET, for each of the thousands of mentions an article has. A field
        left out of the instance reads its class default, which is UNSET for every field."""
        out = cls.__new__(cls)
        data = data or {}
        names = cls.__dict__.get("_NAMES") or cls._names()
        fields = out.__dict__
        if not names.issuperset(data):
            for k, v in data.items():
                if k not in names:
                    out.__setattr__(k, v)  # raises the KeyError that lists the declared fields
        # what __setattr__ does, for keys that are new and unique, in C (thousands a corpus)
        fields[_GET] = fields.get
        fields.update(data)
        if UNSET in fields.values():  # a key given as UNSET is absent, as __setattr__ leaves it
            for k in [k for k, v in data.items() if v is UNSET]:
                del fields[k]
        return out

    # pickling and copying: the set fields, without the ``get`` bound to the dict they came from
    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != _GET}

    def __setstate__(self, state: dict[str, Any]) -> None:
        fields = self.__dict__
        fields[_GET] = fields.get
        fields.update(state)

    # the Mapping interface of the former dict ------------------------------------------------------
    # A key is set exactly when the instance dict holds it (see above), so a look-up is one hash probe.
    def __getitem__(self, key: str) -> Any:
        value = self.__dict__.get(key, UNSET) if key != _GET else UNSET
        if value is UNSET:
            raise KeyError(key)
        return value

    def get(self, key: str, default: Any = None) -> Any:
        """What the instance dict's own ``get`` answers, for an instance whose dict holds none yet."""
        return self.__dict__.get(key, default) if key != _GET else default

    def __contains__(self, key: object) -> bool:
        return key != _GET and key in self.__dict__

    def __setitem__(self, key: str, value: Any) -> None:
        setattr(self, key, value)

    def update(self, other: Any = (), /, **kwds: Any) -> None:
        """``MutableMapping.update``, with a plain dict set key by key in its order as that does, but
        without its ``isinstance(other, Mapping)`` (an ABC check in Python: the readers update the
        attributes of thousands of mentions a corpus, dated actors all of them once an article)."""
        if type(other) is not dict:
            MutableMapping.update(self, other, **kwds)
            return
        for key, value in other.items():
            self.__setattr__(key, value)
        for key, value in kwds.items():
            self.__setattr__(key, value)

    def __delitem__(self, key: str) -> None:
        if key not in self:
            raise KeyError(key)
        setattr(self, key, UNSET)

    def __iter__(self) -> Iterator[str]:
        return iter([k for k in self.__dict__ if k != _GET])

    def __len__(self) -> int:
        fields = self.__dict__
        return len(fields) - (_GET in fields)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dict it replaces

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.items())})"

    def to_dict(self) -> dict[str, Any]:
        """The set fields in the order they were set: what ``analysis.json`` and the store hold."""
        return {k: v for k, v in self.__dict__.items() if k != _GET}


@dataclass(eq=False, repr=False)
class PlaceAttrs(MentionAttrs):
    """A place: the gazetteer entry it resolved to (or what is known of an unresolved name), and where
    it stands in its sentence (read/places.py, extract/backrefs.py)."""

    KIND: ClassVar[str] = "place"
    id: str = UNSET  # gazetteer id; "fac:<folded name>" for a facility; "" when unresolved
    name: str = UNSET  # the entry's Arabic name (or the text, unresolved)
    name_en: str = UNSET
    lat: float | None = UNSET
    lon: float | None = UNSET
    admin1: str = UNSET  # governorate
    kind: str = UNSET  # a place kind of read/schema.PLACE_KINDS
    geo_precision: int = UNSET  # 1 point, 2 near, 3 region (ACLED's geo_precision)
    population: int | None = UNSET
    aliases: list[str] = UNSET  # other names of the entry (at most 12)
    resolved: bool = UNSET  # False: no gazetteer entry (no coordinates to trust)
    country: str = UNSET  # ISO code of the entry's country ("SY")
    cue: str = UNSET  # the word that announced it ("مدينة", "بلدة"), "" when none
    group: int = UNSET  # places listed together share a group number; -1 alone
    role: str = UNSET  # "main", or how it relates to another place of the sentence
    locates: int = UNSET  # index of the mention this one locates ("X في ريف Y"), -1 none
    facility: bool = UNSET  # an airport, crossing, road ... built from a head word and a town
    town: str = UNSET  # gazetteer id of a facility's town


@dataclass(eq=False, repr=False)
class ActorAttrs(MentionAttrs):
    """An actor: its alias group and the canonical (ACLED-style) actor and side on the article's day
    (read/actors.py); a pronoun's antecedent (coref); an official named by a person mention."""

    KIND: ClassVar[str] = "actor"
    id: str = UNSET  # alias group of lexicons/actors.tsv
    name: str = UNSET  # the Arabic name, for an actor rebuilt from an event (extract/sides.py)
    name_en: str = UNSET
    actor_kind: str = UNSET  # an actor kind of read/schema.ACTOR_KINDS, or "officials"
    base_actor: str = UNSET  # the canonical actor before the date is applied
    periods: list[list[str]] = UNSET  # [from, to, actor] periods the canonical actor changes by
    actor: str = UNSET  # canonical actor id on the article's day
    actor_en: str = UNSET
    actor_ar: str = UNSET
    side: str = UNSET  # one of model.SIDES
    coref: bool = UNSET  # a pronoun or "the forces" standing for an earlier actor
    person: Any = UNSET  # coref: grammatical person 1/2/3; an official: the person's name
    antecedent: str = UNSET  # id of the actor a coref stands for
    antecedent_start: int = UNSET
    antecedent_source: bool = UNSET  # the antecedent is the sentence's source (read/sources.py)
    joint: list[str] = UNSET  # sides of a joint force ("القوات التركية والروسية")
    backer: str = UNSET  # the canonical actor a militia is allied to ("الموالية لإيران")


@dataclass(eq=False, repr=False)
class PersonAttrs(MentionAttrs):
    """A named person with a role (read/persons.py)."""

    KIND: ClassVar[str] = "person"
    name: str = UNSET
    role: str = UNSET  # English role ("spokesman")
    name_start: int = UNSET  # offset of the name in Article.raw
    affiliation: str = UNSET  # actor id of the body the person speaks for, "" unknown
    side: str = UNSET
    nationality: str = UNSET  # English nationality after the role ("وزير الخارجية التركي": "Turkish"), "" none


@dataclass(eq=False, repr=False)
class SourceAttrs(MentionAttrs):
    """An attribution ("according to X", "X said"): who, through whom, and what it covers
    (read/sources.py)."""

    KIND: ClassVar[str] = "source"
    name: str = UNSET
    name_en: str = UNSET
    kind: str = UNSET  # a source kind of lexicons/sources.tsv
    chain: list[str] = UNSET  # English names, speaker first
    root: str = UNSET  # the last named link of the chain
    verb: str = UNSET  # the reporting word
    denial: bool = UNSET  # the source denies ("نفى")
    scope_start: int = UNSET  # offsets of the text the attribution covers
    scope_end: int = UNSET
    continues: bool = UNSET  # copied from an earlier attribution ("وأضاف")
    mode: str = UNSET  # how it was read (verb, noun, prep, ...)
    actor_id: str = UNSET  # the actor speaking, when the source is one
    side: str = UNSET
    office_side: str = UNSET  # the state an office holder speaks for ("وزير الدفاع السوري"): his first person's side


@dataclass(eq=False, repr=False)
class DateAttrs(MentionAttrs):
    """A date expression and the day it names (read/dates.py)."""

    KIND: ClassVar[str] = "date"
    value: str = UNSET  # ISO date, "" when it names none
    precision: str = UNSET  # day | week | month | year
    relative: bool = UNSET  # "أمس", "الأسبوع الماضي": resolved against the publication date
    anchor: str = UNSET  # what a relative date was counted from
    day_of_operation: int = UNSET  # "اليوم الثالث للعملية"
    operation_start: str = UNSET  # ISO day the counted operation began, when the text gives it
    expected: bool = UNSET  # "غدا": a future day


@dataclass(eq=False, repr=False)
class NumberAttrs(MentionAttrs):
    """A quantity and what it counts (read/numbers.py)."""

    KIND: ClassVar[str] = "number"
    value: int | None = UNSET
    text_value: str = UNSET  # the number as written
    approx: bool = UNSET  # "نحو", "قرابة"
    qualifier: str = UNSET  # the hedge phrase
    unit: str = UNSET  # what is counted ("قتيلا")
    unit_kind: str = UNSET  # killed | wounded | people | places | weapons | distance | other


@dataclass(eq=False, repr=False)
class TriggerAttrs(MentionAttrs):
    """A trigger word (no reader writes one yet: the extractor keeps its matches on the event)."""

    KIND: ClassVar[str] = "trigger"


ATTRS: dict[str, type[MentionAttrs]] = {c.KIND: c for c in (
    PlaceAttrs, ActorAttrs, PersonAttrs, SourceAttrs, DateAttrs, NumberAttrs, TriggerAttrs)}


def attrs_for(kind: str, data: Mapping[str, Any] | None = None) -> MentionAttrs:
    """The typed attributes of a mention kind from a mapping; an unknown kind or key raises."""
    try:
        cls = ATTRS[kind]
    except KeyError:
        raise ValueError(f"unknown mention kind {kind!r} (known: {', '.join(ATTRS)})") from None
    # a reader's dict first: ``isinstance`` against these Mapping classes goes through ABCMeta's Python-level
    # check, for each of the thousands of mentions a corpus makes
    if data is None or type(data) is dict:
        return cls.of(data)
    if type(data) is cls or isinstance(data, cls):
        return data
    return cls.of(data)
