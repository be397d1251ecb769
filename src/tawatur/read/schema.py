"""Declared schemas of every data table (TSV) the package ships, checked when a table is read.

One small declarative table per file: its columns, which must have a value, which hold a closed set of
values (an event type, a side, a flag, a cue effect) and which hold a set (``flags``: comma-separated).
:func:`tawatur.read.lexicon.read_tsv` looks a file's schema up here by ``<folder>/<file>`` (or
``<folder>/*`` for a folder of like files, the gazetteer layers) and raises :class:`DataError` naming
``file:line`` for an unknown column, a missing required value or a value outside its set: a misspelt
type, flag or effect is a load error, never a silently ignored row.

Adding a value (a new flag, effect or kind) is a one-line change here, next to the code that reads it.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from ..model import EVENT_TYPES, SIDES


class DataError(ValueError):
    """A data table that does not match its schema; the message starts with ``file:line``."""


@dataclass(frozen=True)
class Col:
    """One column: ``required`` = a value must be given; ``values`` = the closed set it takes;
    ``sep`` = the cell holds a set of such values separated by ``sep``; ``kind`` = text|int|float."""

    required: bool = False
    values: frozenset[str] | None = None
    sep: str = ""
    kind: str = "text"


@dataclass(frozen=True)
class Schema:
    columns: dict[str, Col] = field(default_factory=dict)

    def check_header(self, where: str, header: list[str]) -> None:
        unknown = [c for c in header if c not in self.columns]
        if unknown:
            raise DataError(f"{where}: unknown column {unknown[0]!r} (known: {', '.join(self.columns)})")
        missing = [c for c, col in self.columns.items() if col.required and c not in header]
        if missing:
            raise DataError(f"{where}: missing column {missing[0]!r}")

    def check_row(self, where: str, row: dict[str, str]) -> None:
        for name, value in row.items():
            col = self.columns[name]
            if not value:
                if col.required:
                    raise DataError(f"{where}: column {name!r} needs a value")
                continue
            for v in ([p.strip() for p in value.split(col.sep)] if col.sep else [value]):
                _check_value(where, name, col, v)


def _check_value(where: str, name: str, col: Col, v: str) -> None:
    if col.values is not None and v not in col.values:
        raise DataError(f"{where}: unknown {name} {v!r} (allowed: {', '.join(sorted(col.values))})")
    if col.kind in ("int", "float"):
        try:
            int(v) if col.kind == "int" else float(v)
        except ValueError:
            raise DataError(f"{where}: {name} {v!r} is not a number") from None


def _set(*values: str) -> frozenset[str]:
    return frozenset(values)


TEXT = Col()
REQ = Col(required=True)
INT = Col(kind="int")
FLOAT = Col(kind="float")
BOOL01 = Col(values=_set("0", "1"))
SIDE = Col(values=frozenset(SIDES))
TYPE = Col(required=True, values=frozenset(EVENT_TYPES) | {"none"})

# Flags of a trigger row (what events.py and polarity.py read); see the header of triggers.tsv.
TRIGGER_FLAGS = _set("verb", "noun", "purpose_ok", "loser", "dist", "toward", "mutual", "exposed",
                     "origin_only", "by_subject", "need_subject", "transitive", "receiver", "object_after",
                     "part_of_takeover", "part_of_departure", "place_object", "joined_heading", "people_only", "work_tally", "debris", "assault", "persons", "wounded", "fell", "hits_people", "counted_subject", "own_sentence",
                     "goal", "keep_scope", "holds", "civilians_only", "self_subject", "need_origin", "siege", "after_siege", "after_displaced", "scene", "spread", "approach",
                     "agent", "authority", "died", "adjacent", "named_op", "capture", "accord", "patient_after",
                     "patient_matched", "besieger_after", "heading", "strike_subject", "after_capture", "held_people",
                     "circumstantial")
# What a cue row means to the extractor; see the header of cues.tsv.
CUE_EFFECTS = _set("deny", "expect", "hypo", "notyet", "negate", "negfuture", "without", "purpose", "manner", "backref",
                   "locative", "toward", "relative", "subject", "report", "descriptor", "target", "describe",
                   "witness", "host", "generic", "from", "origin", "demand", "deal_manner", "during", "frame", "expect_after", "expect_at", "breach", "expect_inside", "expect_near", "expect_later", "remainder", "later_batch", "prepare", "route", "consequence",
                   "intend", "deal_goal", "claim", "presuppose", "presuppose_rel", "deny_after",
                   "hypo_after", "per_terms")
# The classes of cue that govern the complement they open (extract/cue_scope.tsv), and what ends that span.
SCOPE_CLASSES = _set("denial", "prediction", "plan", "terms", "threat", "condition", "purpose", "call", "fear")
SCOPE_ENDS = _set("report", "speech_about", "after", "while", "perfect", "answered_perfect", "break", "break_past_aside")
PLACE_KINDS = _set("airport", "area", "base", "bridge", "camp", "checkpoint", "city", "country", "countryside",
                   "crossing", "dam", "governorate", "hill", "mountain", "neighbourhood", "port", "prison",
                   "region", "river", "road", "town", "unit", "village", "capital", "governorate_capital", "district")
ACTOR_KINDS = _set("armed group", "civilians", "governing body", "government body", "identity militia",
                   "jihadist", "jihadist group", "militia", "security", "security force", "state military")

ENTRY = Schema({"id": REQ, "name": REQ, "variants": TEXT, "name_en": TEXT, "variants_en": TEXT, "lat": FLOAT,
                "lon": FLOAT, "kind": Col(values=PLACE_KINDS), "admin1": TEXT, "population": INT,
                "source": TEXT, "country": TEXT})

SCHEMAS: dict[str, Schema] = {
    # the event extractor
    "extract/triggers.tsv": Schema({"pattern": REQ, "type": TYPE,
                                    "flags": Col(values=TRIGGER_FLAGS, sep=","), "note": TEXT}),
    "extract/cues.tsv": Schema({"cue": REQ, "effect": Col(required=True, values=CUE_EFFECTS), "window": INT,
                                "unless": TEXT, "note": TEXT, "scope": Col(values=SCOPE_CLASSES)}),
    "extract/cue_scope.tsv": Schema({"class": Col(required=True, values=SCOPE_CLASSES),
                                     "verdict": Col(required=True, values=_set("asserted", "denied", "expected", "none")),
                                     "ends": Col(values=SCOPE_ENDS, sep="|"), "expected_types": Col(values=frozenset(EVENT_TYPES), sep="|"),
                                     "note": TEXT}),
    "extract/subjects.tsv": Schema({"cue": REQ, "class": Col(required=True, values=_set(
        "fighters", "civilians", "officials", "prisoners", "vehicles", "perpetrators", "casualties")), "type": TYPE, "note": TEXT}),
    "extract/sides.tsv": Schema({"side": Col(required=True, values=frozenset(SIDES)), "adversary": SIDE,
                                 "adversary_periods": TEXT, "unnamed_agent_periods": TEXT,
                                 "authority_periods": TEXT, "air_periods": TEXT,
                                 "label_en": TEXT}),
    "extract/nationalities.tsv": Schema({"stem": REQ, "side": Col(required=True, values=frozenset(SIDES))}),
    "extract/sole_operators.tsv": Schema({"forms": REQ, "side": Col(required=True, values=frozenset(SIDES)),
                                          "until": REQ, "kind": Col(required=True, values=_set("aircraft", "munition")),
                                          "notes": TEXT}),
    "extract/led_operations.tsv": Schema({"forms": REQ, "side": Col(required=True, values=frozenset(SIDES)),
                                          "notes": TEXT}),
    # the salience model of place back-references (extract/salience.py, task backref40)
    "extract/backref_classes.tsv": Schema({"wordset": REQ, "kinds": Col(required=True, sep="|")}),  # facility kinds too
    "extract/backref_salience.tsv": Schema({"feature": Col(required=True, values=_set(
        "kind", "took", "lead", "again", "seat", "locator", "dist")), "weight": Col(required=True, kind="float")}),
    "extract/foreign_posts.tsv": Schema({"forms": TEXT, "side": Col(required=True, values=frozenset(SIDES)),
                                         "country": TEXT, "note": TEXT}),
    # readers' lexicons
    "lexicons/actors.tsv": Schema({"id": REQ, "forms": REQ, "name_en": TEXT, "actor": REQ, "periods": TEXT,
                                   "kind": Col(values=ACTOR_KINDS), "notes": TEXT}),
    "lexicons/actor_names.tsv": Schema({"id": REQ, "name_en": REQ, "name_ar": REQ,
                                        "side": Col(required=True, values=frozenset(SIDES)),
                                        "kind": Col(values=ACTOR_KINDS), "notes": TEXT}),
    "lexicons/actor_sides.tsv": Schema({"side": Col(required=True, values=frozenset(SIDES)), "actor": REQ,
                                        "periods": TEXT}),
    "lexicons/actor_backed.tsv": Schema({"backer_side": Col(required=True, values=frozenset(SIDES)),
                                         "group": REQ, "fallen": TEXT}),
    "lexicons/era_cues.tsv": Schema({"forms": REQ, "from": REQ, "notes": TEXT}),
    "lexicons/actor_heads.tsv": Schema({"forms": REQ, "name_en": TEXT, "default_id": TEXT,
                                        "kind": Col(values=ACTOR_KINDS)}),
    "lexicons/actor_coref.tsv": Schema({"forms": REQ, "person": Col(values=_set("1", "2", "3"))}),
    "lexicons/actor_modifiers.tsv": Schema({"forms": REQ}),
    "lexicons/nationalities.tsv": Schema({"forms": REQ, "side": SIDE, "name_en": TEXT}),
    "lexicons/numbers.tsv": Schema({"forms": REQ, "value": Col(required=True, kind="float"), "approx": BOOL01}),
    "lexicons/number_qualifiers.tsv": Schema({"forms": REQ, "approx": BOOL01}),
    "lexicons/ordinals.tsv": Schema({"forms": REQ, "value": Col(required=True, kind="int")}),
    "lexicons/months.tsv": Schema({"forms": REQ, "month": Col(required=True, kind="int")}),
    "lexicons/hijri_months.tsv": Schema({"forms": REQ, "month": Col(required=True, kind="int")}),
    "lexicons/weekdays.tsv": Schema({"forms": REQ, "weekday": Col(required=True, kind="int")}),
    "lexicons/feasts.tsv": Schema({"forms": REQ, "hijri_month": Col(required=True, kind="int"),
                                   "hijri_day": Col(required=True, kind="int"), "offset": INT,
                                   "precision": Col(values=_set("day", "month"))}),
    "lexicons/relative_dates.tsv": Schema({"forms": REQ, "offset": INT,
                                           "unit": Col(values=_set("day", "week", "month", "year")),
                                           "precision": Col(values=_set("day", "week", "month", "year")),
                                           "expected": BOOL01}),
    "lexicons/person_roles.tsv": Schema({"forms": REQ, "role_en": TEXT, "rank": BOOL01}),
    "lexicons/person_stop.tsv": Schema({"forms": REQ}),
    "lexicons/source_skip.tsv": Schema({"forms": REQ}),
    "lexicons/speaker_heads.tsv": Schema({"forms": REQ}),
    "lexicons/directorates.tsv": Schema({"forms": REQ, "service_en": REQ}),
    "lexicons/ministries.tsv": Schema({"forms": REQ, "portfolio_en": REQ}),
    "lexicons/monitor_names.tsv": Schema({"forms": REQ, "name_en": REQ, "part": Col(required=True, values=_set(
        "modifier", "purpose"))}),
    "lexicons/source_verbs.tsv": Schema({"forms": REQ, "type": Col(required=True, values=_set(
        "verb", "noun", "masdar", "prep", "comp", "continue", "backref")), "denial": BOOL01,
        "points_at": Col(values=_set("agency")), "object": Col(values=_set("call", "comp", "recording"))}),
    "lexicons/sources.tsv": Schema({"id": REQ, "forms": REQ, "name_en": TEXT, "kind": Col(values=_set(
        "foreign media", "government body", "monitor", "officials", "outlet", "residents/local sources",
        "social media", "state media", "wire agency")), "anonymous": BOOL01, "actor_id": TEXT, "bare": TEXT}),
    "lexicons/outlet_hosts.tsv": Schema({"id": REQ, "hosts": REQ}),
    "lexicons/wordsets.tsv": Schema({"name": REQ, "kind": Col(required=True, values=_set(
        "words", "prefixes", "suffixes", "marks")), "members": REQ, "note": TEXT}),
    "lexicons/units.tsv": Schema({"forms": REQ, "unit": TEXT, "unit_kind": Col(values=_set(
        "distance", "killed", "other", "people", "places", "weapons", "wounded")), "dual": TEXT}),
    # the gazetteer: every layer file has the entry columns; the rest are its side tables
    "gazetteer/*": ENTRY,
    "gazetteer/admin1.tsv": Schema({"name_en": REQ, "name_ar": TEXT, "geonames_admin1": REQ, "state_code": TEXT,
                                    "capital_ar": TEXT, "capital_en": TEXT}),
    "gazetteer/overrides.tsv": Schema({"id": REQ, "lat": Col(required=True, kind="float"),
                                       "lon": Col(required=True, kind="float"), "source": REQ}),
    "gazetteer/cues.tsv": Schema({"form": REQ, "singular": TEXT, "number": Col(values=_set("1", "2", "n")),
                                  "kind": Col(values=PLACE_KINDS), "unknown_ok": Col(values=_set("yes", "no"))}),
    "gazetteer/facilities.tsv": Schema({"form": REQ, "singular": TEXT, "number": Col(values=_set("1", "2", "n")),
                                        "kind": REQ, "precision": Col(required=True, values=_set("1", "2", "3")),
                                        "follows": Col(values=_set("town", "proper", "definite", "number", "institution"), sep=","),
                                        "bare": Col(values=_set("yes", "no"))}),
    "gazetteer/ambiguous.tsv": Schema({"form": REQ, "policy": Col(required=True, values=_set("cue", "never", "dual")),
                                       "note": TEXT, "sense": Col(values=_set("article"))}),
    "gazetteer/common_nouns.tsv": Schema({"form": REQ, "note": TEXT}),
    # ingest: relative words in a 'published' field
    "ingest/published_words.tsv": Schema({"forms": REQ, "offset": INT}),
    # the linker and the report
    "link/generic_sources.tsv": Schema({"label": REQ}),
    "link/allied_sides.tsv": Schema({"side": Col(required=True, values=frozenset(SIDES)),
                                     "ally": Col(required=True, values=frozenset(SIDES)),
                                     "from": TEXT, "to": TEXT, "source": REQ}),
    "link/story_stopwords.tsv": Schema({"word": REQ}),
    "link/day_parts.tsv": Schema({"part": REQ, "order": INT, "words": REQ}),
    "link/manner_cues.tsv": Schema({"manner": Col(required=True, values=_set("agreement", "force")), "cue": REQ}),
    "link/vague_quantities.tsv": Schema({"kind": Col(required=True, values=_set("approx", "atleast", "atmost",
                                                                                "range")),
                                         "form": REQ, "low": FLOAT, "high": FLOAT}),
    "report/acled_types.tsv": Schema({"type": Col(required=True, values=frozenset(EVENT_TYPES)), "side": SIDE,
                                      "cue": TEXT, "disorder_type": REQ, "event_type": REQ,
                                      "sub_event_type": REQ}),
    "report/acled_inter.tsv": Schema({"side": Col(required=True, values=frozenset(SIDES)), "actor": TEXT,
                                      "inter": INT}),
    "report/labels.tsv": Schema({"key": REQ, "ar": TEXT, "en": TEXT}),
    "report/basemap_names.tsv": Schema({"kind": Col(required=True, values=_set("country", "city")),
                                        "name_en": REQ, "name_ar": REQ}),
    # the Arabic pack's spelling tables, read by clean.normalize before tawatur.lang.ar is imported
    "ar/folding.tsv": Schema({"from": REQ, "to": TEXT, "note": TEXT}),
    "ar/letters.tsv": Schema({"name": REQ, "letters": REQ, "note": TEXT}),
}


def register(key: str, schema: Schema) -> None:
    """Declare the schema of another table (a language pack declares its own files this way)."""
    SCHEMAS[key] = schema


def schema_for(path: Path) -> Schema | None:
    """The schema of a data file, by ``<folder>/<file>``, then ``<folder>/*``; None for an undeclared file."""
    folder = path.parent.name
    return SCHEMAS.get(f"{folder}/{path.name}") or SCHEMAS.get(f"{folder}/*")


def read_tsv(path: Path, schema: Schema | None = None) -> list[dict[str, str]]:
    """Rows of a data TSV keyed by its header line; blank lines and ``#`` comment lines are skipped.

    Every lexicon, gazetteer layer and extractor table is read through here and checked against its
    declared schema (:mod:`tawatur.read.schema`), so a row with more fields than its header, an unknown
    column or a value outside its column's set is a :class:`DataError` naming ``file:line``."""
    return [row for _, row in read_tsv_lines(path, schema)]


def read_tsv_lines(path: Path, schema: Schema | None = None) -> list[tuple[int, dict[str, str]]]:
    """(line number in the file, row) pairs of a data TSV, checked as :func:`read_tsv` does."""
    schema = schema or schema_for(path)
    numbered = [(n, ln) for n, ln in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
                if ln.strip() and not ln.lstrip().startswith("#")]
    if not numbered:
        return []
    header = [h.strip() for h in numbered[0][1].split("\t")]
    if schema is not None:
        schema.check_header(f"{path.name}:{numbered[0][0]}", header)
    rows = []
    for n, line in numbered[1:]:
        cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        where = f"{path.name}:{n}"
        if len(cells) > len(header):
            raise DataError(f"{where}: {len(cells)} fields, more than the header's {len(header)}")
        row = {k: (cells[i] if i < len(cells) else "").strip() for i, k in enumerate(header)}
        if schema is not None:
            schema.check_row(where, row)
        rows.append((n, row))
    return rows
