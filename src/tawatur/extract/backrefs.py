"""Place memory and back-references: what "المدينة", "المعبر", "فيها" point at."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..clean.normalize import fold_text
from ..model import Mention
from ..read.wordsets import wordlist, wordset
from .frames import (
    SentenceView,
    usable_place,
)
from .vocab import (
    AREA_WORDS,
    CITY_KINDS,
    DUAL,
)


@dataclass
class PlaceMemory:
    """Place groups named so far, newest last, for back-references."""

    groups: list[list[Mention]] = field(default_factory=list)

    def add_sentence(self, view: SentenceView) -> None:
        """The sentence's places, a group each (a list is one group). A city named only as a locator
        ("الفوج 137 في الجهة الجنوبية من دير الزور") is named too: "المدينة" after it points at it, so it is
        kept, before the places of the sentence, so that a word of any place ("المنطقة") still takes those."""
        by_group: dict[object, list[Mention]] = {}
        located_in: list[list[Mention]] = []
        for _, m in sorted(view.places, key=lambda x: x[0]):
            if city_locator(m):
                located_in.append([m])
                continue
            if not usable_place(m) or not (m.attrs.get("resolved", True) or introduced_settlement(m)):
                continue
            g = m.attrs.get("group")
            key = g if g not in (None, -1, "") else id(m)
            by_group.setdefault(key, []).append(m)
        self.groups.extend(located_in)
        self.groups.extend(by_group.values())

    def recall(self, word: str, extra: list[list[Mention]]) -> list[Mention]:
        """The places a back-reference word points at: the last place of the kind the word names
        ("المعبر" the last crossing, "البلدة" the last town), never a place of another kind for a facility
        word, and never a place abroad ("المدينة" after "بيروت" in a Syrian story is not Beirut).

        Only the recent groups: a back-reference never reaches hundreds of places back, and looking at
        all of them made a long article quadratic."""
        from ..lang.ar import clitic_forms
        word = next((f for f in clitic_forms(word) if f in BACKREF_KINDS), word)  # "للمدينة"
        # a city named only as a locator is what a word of a settlement points at, not a pronoun ("محيطه")
        settlement = not set(BACKREF_KINDS.get(word, ())).isdisjoint(CITY_KINDS)
        groups = [g2 for g in self.groups[-RECALL_GROUPS:] + extra
                  if (g2 := [m for m in g if at_home(m) and (settlement or not city_locator(m))])]
        if not groups:
            return []
        if word in AREA_WORDS:
            return groups[-1]
        if word in CAPITAL_WORDS:
            return next(([m] for g in reversed(groups) for m in reversed(g) if capital(m)), [])
        want = BACKREF_KINDS.get(word, tuple(CITY_KINDS))
        for kinds in (want, tuple(CITY_KINDS)):
            for g in reversed(groups):
                cities = [m for m in g if m.attrs.get("kind") in kinds or named_as(m, kinds)
                          or (word in FACILITY_WORDS and headed_by(m, word))] or \
                    [t for m in g if (t := town_of(m)) is not None and t.attrs.get("kind") in kinds]
                if cities:
                    cities = [_itself(m) for m in cities]
                    return cities if word.endswith(DUAL) else cities[-1:]
            if word in FACILITY_WORDS:
                return []
        return groups[-1]


SURROUNDINGS_RULE = "+surroundings"


def _itself(m: Mention) -> Mention:
    """"في محيط عين العرب ... دخول المدينة": the city word points at the town, not at its surroundings
    (the reader names those "محيط X" and keeps X as the first alias)."""
    if not m.rule.endswith(SURROUNDINGS_RULE) or not m.attrs.get("aliases"):
        return m
    aliases = list(m.attrs["aliases"])
    attrs = dict(m.attrs, name=aliases[0], aliases=aliases[1:], geo_precision=1)
    return Mention(m.kind, m.start, m.end, m.text, m.sentence, attrs, m.rule[: -len(SURROUNDINGS_RULE)])


# what a back-reference word names: "البلدة" the last town (else any settlement), "المعبر" the last crossing
_BACKREF_SETS = {"backref_city": ("city", "capital"), "backref_town": ("town",), "backref_village": ("village",),
                 "backref_crossing": ("crossing",), "backref_airport": ("airport",),
                 "backref_base": ("base", "airport"), "backref_prison": ("prison",), "backref_dam": ("dam",),
                 "backref_neighbourhood": ("neighbourhood", "housing"), "backref_field": ("field",),
                 "backref_hospital": ("hospital",)}


BACKREF_KINDS = {w: kinds for name, kinds in _BACKREF_SETS.items() for w in wordlist(name)}


FACILITY_WORDS = wordset("backref_crossing") | wordset("backref_airport") | wordset("backref_base") | wordset("backref_prison") \
    | wordset("backref_dam") | wordset("backref_neighbourhood") | wordset("backref_field") | wordset("backref_hospital")


CAPITAL_WORDS = wordset("backref_capital")


def capital(m: Mention) -> bool:
    """A place the gazetteer's own names call the capital ("العاصمة السورية دمشق"): what "العاصمة" alone
    points at once it was named; no other city stands in for it."""
    return any(fold_text(a).startswith(tuple(CAPITAL_WORDS)) for a in m.attrs.get("aliases") or ())


def named_as(m: Mention, kinds: tuple[str, ...]) -> bool:
    """The text called the place a city / town / village ("مدينة الزبداني" for a gazetteer town)."""
    cue = fold_text(m.attrs.get("cue") or "")
    return any(cue.startswith(CUE_STEMS[k]) for k in kinds if k in CUE_STEMS)


def headed_by(m: Mention, word: str) -> bool:
    """The place's name opens with the facility noun of the back-reference, whatever kind the gazetteer
    gives it: "الحقل" after "حقل العمر" (filed as a base) is that field."""
    head = fold_text(word)
    head = head[len(wordlist("definite_article")[0]):] if head.startswith(wordlist("definite_article")[0]) else head
    return fold_text(m.attrs.get("name") or "").split()[:1] == [head]


CUE_STEMS = {"city": wordlist("city_stem"), "town": wordlist("town_stem"), "village": wordlist("village_stem")}


def plural_cue(m: Mention) -> bool:
    """The place was named under a plural or dual cue ("قرى X وY", "بلدتي X وY"): a member of a list."""
    from ..read.gazetteer import Gazetteer
    cue = Gazetteer.default().cues.get(fold_text(m.attrs.get("cue") or ""))
    return cue is not None and cue.number in ("2", "n")


def city_locator(m: Mention) -> bool:
    """A city or town of the gazetteer that the sentence names only to say where another place lies."""
    return m.attrs.get("role") == "locator" and m.attrs.get("kind") in CITY_KINDS and m.attrs.get("resolved", True)


def introduced_settlement(m: Mention) -> bool:
    """A town the gazetteer lacks that the text introduced as one ("بلدة كباجب"): "البلدة" after it is it."""
    return bool(m.attrs.get("cue")) and m.attrs.get("kind") in ("city", "town", "village")


def at_home(m: Mention) -> bool:
    """A place in Syria (a foreign city is an event place only where a sentence names it)."""
    return m.attrs.get("country", "SY") in ("SY", "", None)


RECALL_GROUPS = 200  # place groups a back-reference ("المدينة", "المنطقة") may reach


NAMED_AFTER_TOWN = {"bridge", "airport", "prison", "crossing", "checkpoint", "base", "port", "dam", "camp"}


def town_of(m: Mention) -> Mention | None:
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
