"""When two event places are the same place, for merging reports across outlets.

Gold annotators merge only reports of the SAME place: a neighbourhood of Hama, Hama's prison and Hama
itself, told apart, are three happenings, and two towns 8 km apart (al-Rastan, Talbiseh) are two. So the
tests are, strongest first: the same gazetteer entry; the same folded name (article, clitics and "city
of"/"town of" words removed, "governorate of"/"countryside" kept because they change the place) when at
most one side is a gazetteer entry (a facility's ``fac:`` id is only its folded name, so "مطار X" read as
a facility in one report and found as the entry "مطار X العسكري" with that alias in another is one
place, when kind and governorate agree); coordinates within ~1.5 km of the same kind (one place under
two gazetteer entries: a generated GeoNames row that another name of a hand-checked town resolved to,
"الثورة" for al-Tabqa; but two hand-checked rows of places with a point, two villages 1 km apart, are
two places, :func:`distinct_rows`); coordinates within ~10 km when one side was not resolved in the
gazetteer and the names overlap (an unresolved spelling variant). Weakest: a site the reader named inside a town (no
entry of its own, placed at the town's spot) and that town, which one outlet names where another names
the site (:func:`town_of`; the linker refuses it across an article that tells both levels apart).
"""
from __future__ import annotations

import math
from functools import lru_cache

from ..clean.normalize import fold_text, strip_article
from ..model import Place
from ..read.wordsets import wordset

NEAR_KM = 1.5
UNRESOLVED_KM = 10.0
GRID_DEG = 0.1  # spatial blocking cell (~11 km in Syria)
IN_TOWN = 0.4  # a site inside a town vs the town: below every other match, so the same place wins
_TOWN_KINDS = frozenset({"city", "town", "village"})
_WIDE_KINDS = frozenset({"governorate", "countryside", "region", "district", "admin1", "admin2"})
_SPREAD_KINDS = _WIDE_KINDS | {"area"}  # places with an extent, not a point
CITY_KM = 8.0  # a city's districts lie this close to the point that stands for it (Homs' Waer: 6 km)
NAMED_ID = "fac:"  # the id prefix the place reader gives a facility it named itself (read/places.py)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Folded matching form of a place name: no article/clitics on each word, no settlement word.
    Cached: a corpus names few places many times, and linking asks for every pair's keys."""
    words = fold_text(name or "").replace("-", " ").split()
    heads = wordset("settlement_head")  # a settlement word does not change which place a name is
    while len(words) > 1 and words[0] in heads:
        words = words[1:]
    return " ".join(strip_article(w) for w in words)


def admin_key(name: str) -> str:
    """:func:`name_key` of a governorate or countryside without its countryside word: "ريف إدلب" and
    "إدلب" name one governorate."""
    drop = wordset("countryside_head")
    return " ".join(w for w in name_key(name).split() if w not in drop)


def place_keys(place: Place | None) -> list[str]:
    """Exact-match blocking keys of a place: its gazetteer id and its folded Arabic/English names."""
    if place is None:
        return []
    keys: list[str] = []
    if place.gazetteer_id:
        keys.append("gid:" + place.gazetteer_id)
    for nm in [place.name, *place.aliases]:
        k = name_key(nm)
        if k:
            keys.append("name:" + k)
    if place.name_en:
        keys.append("en:" + "".join(ch for ch in place.name_en.lower() if ch.isalnum()))
    return list(dict.fromkeys(keys))


def primary_key(place: Place | None) -> str:
    """One stable key for a place (gazetteer id, else folded name), used by the control timeline."""
    if place is not None and place.gazetteer_id:
        return "gid:" + place.gazetteer_id  # place_keys' first key, without folding the names
    keys = place_keys(place)
    return keys[0] if keys else ""


def grid_cell(place: Place | None) -> tuple[int, int] | None:
    if place is None or place.lat is None or place.lon is None:
        return None
    return int(math.floor(place.lat / GRID_DEG)), int(math.floor(place.lon / GRID_DEG))


KM_PER_DEG = 6371 * math.pi / 180  # great-circle km per degree of latitude (the radius km() uses)


def cell_reach(place: Place | None, radius_km: float = UNRESOLVED_KM) -> tuple[int, int]:
    """How many grid cells (latitude, longitude) either side of ``place``'s cell a place within
    ``radius_km`` may lie in. A degree of longitude shrinks with the cosine of the latitude: at 36°N a
    0.1° cell is 9 km wide, so two places 10 km apart can sit two cells apart, and looking at the
    neighbouring cell only misses them. The cosine is taken at the farthest latitude the radius reaches
    (the narrowest cell there)."""
    lat = abs(place.lat) if place is not None and place.lat is not None else 0.0
    lat_deg = radius_km / KM_PER_DEG
    cos = math.cos(math.radians(min(89.0, lat + lat_deg)))
    return (max(1, math.ceil(lat_deg / GRID_DEG)),
            max(1, math.ceil(radius_km / (KM_PER_DEG * cos * GRID_DEG))))


def km(a: Place, b: Place) -> float | None:
    """Great-circle distance in km, or None when either place lacks coordinates."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(min(1.0, math.sqrt(h)))


def _names_overlap(a: Place, b: Place) -> bool:
    ka, kb = name_key(a.name), name_key(b.name)
    if not ka or not kb:
        return False
    return ka in kb or kb in ka or bool(set(ka.split()) & set(kb.split()))


def _entry(place: Place) -> bool:
    """Whether the place is a gazetteer entry (a facility id built from its name is not one)."""
    return bool(place.gazetteer_id) and not place.gazetteer_id.startswith(NAMED_ID)


def _same_province(a: Place, b: Place) -> bool:
    return fold_text(a.admin1) == fold_text(b.admin1) or not a.admin1 or not b.admin1


def _apart(a: Place, b: Place) -> bool:
    """Two places the reader named itself, each at the spot of the town it lies in, further apart than a
    city: a generic name ("المستشفى الوطني"، "مخفر الشرطة") said of two towns names two places, though the
    ``fac:`` id, built from the name alone, is the same. One site placed at its city by one report and at the
    city's quarter by another stays one (a few km apart)."""
    d = km(a, b)
    return d is not None and d > UNRESOLVED_KM


def _same_setting(a: Place, b: Place) -> bool:
    """Same kind and governorate where both say: a name shared by a facility and an entry is one
    place only when they are the same sort of thing in the same province."""
    return (a.kind == b.kind or not a.kind or not b.kind) and _same_province(a, b)


def place_match(a: Place | None, b: Place | None) -> tuple[float, str]:
    """(strength, rule) of the claim that ``a`` and ``b`` are one place; strength 0 means no.

    Two different gazetteer entries are different places even when their names fold alike (Daraa
    city vs Daraa governorate), unless they sit on the same spot with the same kind. A facility the
    reader named (``fac:`` id) is not an entry: it is the same place as an entry or another facility
    that shares one of its names, when kind and governorate agree.
    """
    if a is None or b is None:
        return 0.0, ""
    if a.gazetteer_id and b.gazetteer_id:
        if not (_entry(a) or _entry(b)) and _apart(a, b):
            return 0.0, ""  # "مخفر الشرطة" of two towns: one name, two places
        if a.gazetteer_id == b.gazetteer_id:
            return 3.0, "same-gazetteer-id"
        if not (_entry(a) and _entry(b)) and _same_setting(a, b) and set(place_keys(a)) & set(place_keys(b)):
            return 2.5, "same-facility-name"
    elif set(place_keys(a)) & set(place_keys(b)):
        return 2.5, "same-name"
    d = km(a, b)
    if d is None:
        return 0.0, ""
    if d <= NEAR_KM and (a.kind == b.kind or not a.kind or not b.kind) and not distinct_rows(a, b):
        return 2.0, "same-spot"
    unresolved = not (a.gazetteer_id and b.gazetteer_id)
    if unresolved and d <= UNRESOLVED_KM and _names_overlap(a, b):
        return 1.0, "near-unresolved"
    if town_of(a, b) is not None:
        return IN_TOWN, "in-town"
    return 0.0, ""


@lru_cache(maxsize=4096)
def hand_checked(gazetteer_id: str) -> bool:
    """Whether a gazetteer id is a row someone checked by hand (curated or the user's layer), not one
    generated from a package: the gazetteer already drops a generated row that restates a checked
    row's name, so two checked rows are two places on purpose. Cached: asked for every pair scored."""
    from ..read.gazetteer import Gazetteer
    entry = Gazetteer.default().get(gazetteer_id)
    return entry is not None and entry.layer != "package"


def distinct_rows(a: Place, b: Place) -> bool:
    """Two different hand-checked rows of places with a point (towns, villages, neighbourhoods, sites):
    two places however close their coordinates (the gazetteer rounds to ~1 km, and neighbouring
    villages of one plain sit closer than that), so a takeover of one is not a report of the other.
    Areas are left out: two checked rows may name one region two ways ("شرق سوريا", "شرق البلاد")."""
    return (a.gazetteer_id != b.gazetteer_id and _entry(a) and _entry(b)
            and a.kind not in _SPREAD_KINDS and b.kind not in _SPREAD_KINDS
            and hand_checked(a.gazetteer_id) and hand_checked(b.gazetteer_id))


def town_of(a: Place, b: Place) -> Place | None:
    """The town of the pair when one place is a site the reader named inside the other, a town entry
    ("حي X", "كنيسة X", "محطة الضخ" placed at that town's spot), or a gazetteer district of a city
    (:func:`_district_of`): one report may name the site and another only the town of one happening.
    The linker takes this weakest match only between articles that do not tell both levels apart themselves (:meth:`tawatur.link.Linker._levels`), and not when the
    town's report tells the whole town (:func:`tawatur.link.levels.tells_whole`)."""
    for part, town in ((a, b), (b, a)):
        if (part.gazetteer_id.startswith(NAMED_ID) and part.kind not in _TOWN_KINDS | {"road"}
                and town.kind in _TOWN_KINDS and _entry(town) and _same_province(part, town)
                and (d := km(part, town)) is not None and d <= NEAR_KM):
            return town
        if _district_of(part, town):
            return town
    return None


def _district_of(part: Place, city: Place) -> bool:
    """Whether ``part`` is a gazetteer district of ``city`` ("حي الوعر" of Homs): a neighbourhood entry
    of the city's province within ``CITY_KM`` of the city's point. One outlet names the district of a
    clash, another only its city."""
    return (part.kind == "neighbourhood" and _entry(part) and city.kind == "city" and _entry(city)
            and _same_province(part, city) and (d := km(part, city)) is not None and d <= CITY_KM)


def contains(wide: Place | None, narrow: Place | None) -> bool:
    """True when ``wide`` is a governorate/countryside that ``narrow`` lies in (by admin1 name)."""
    if wide is None or narrow is None or wide.kind not in _WIDE_KINDS or narrow.kind in _WIDE_KINDS:
        return False
    wa = admin_key(wide.admin1 or wide.name)
    na = name_key(narrow.admin1)
    return bool(wa and na and (wa == na or wa in na or na in wa))
