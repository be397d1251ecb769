"""Exports of stored events, filtered and streamed page by page (never the whole store in memory).

Each page of events is loaded as an :class:`~tawatur.model.Analysis` (the events, their merged events,
their articles) by :meth:`Store.events_analysis`. The GeoJSON features are the report's own
(:func:`tawatur.report.json_out.geojson_dict`). The CSV keeps the API's documented columns (ACLED names
where they fit, plus tawatur's type, polarity, status and merged event), with the report's
formula-safe cells and date precision codes.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from ..model import Analysis, Event
from ..report.csv_out import PRECISION, safe_cell
from ..report.json_out import geojson_dict
from ..store import EventFilter, Store
from ..store.repository import MAX_LIMIT

ACLED_COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "assoc_actor_1", "actor2", "country", "admin1", "location",
                 "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities",
                 "tags", "polarity", "status", "merged_event")


def pages(store: Store, f: EventFilter, max_events: int, bodies: bool = False) -> Iterator[Analysis]:
    """The events matching ``f`` as Analyses of at most MAX_LIMIT events each, ``max_events`` in all."""
    offset = 0
    while offset < max_events:
        an, total = store.events_analysis(f, min(MAX_LIMIT, max_events - offset), offset, bodies=bodies)
        if not an.events:
            return
        yield an
        offset += len(an.events)
        if offset >= total:
            return


def acled_row(e: Event, outlet: str | None, status: str | None) -> dict[str, str]:
    """One row of the API's CSV."""
    place, src = e.place, e.source
    value = e.date.value or ""
    row: dict[str, Any] = {
        "event_id_cnty": e.id, "event_date": value, "year": value[:4],
        "time_precision": PRECISION.get(e.date.precision or "day", 1),
        "disorder_type": "Political violence", "event_type": e.type, "sub_event_type": e.trigger,
        "actor1": e.actor.name_en or e.actor.name, "assoc_actor_1": e.actor.side,
        "actor2": (e.target.name_en or e.target.name) if e.target else None, "country": "Syria",
        "admin1": place.admin1 if place else None,
        "location": (place.name_en or place.name) if place else None,
        "latitude": place.lat if place else None, "longitude": place.lon if place else None,
        "geo_precision": place.geo_precision if place else None,
        "source": " / ".join([outlet or ""] + list(src.chain or [])).strip(" /"),
        "source_scale": src.kind, "notes": e.evidence.text if e.evidence else None,
        "fatalities": e.quantity or "", "tags": e.rule, "polarity": e.polarity, "status": status,
        "merged_event": e.cluster,
    }
    return {k: safe_cell(v) for k, v in row.items()}


def _csv_text(rows: list[dict[str, str]], header: bool) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    if header:
        w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def csv_chunks(first: Iterator[Analysis]) -> Iterator[str]:
    """The CSV, one chunk a page (the header first, even when nothing matched)."""
    yield _csv_text([], header=True)
    for an in first:
        outlets = {a.id: a.outlet for a in an.articles}
        status = {m.id: m.status for m in an.merged_events}
        yield _csv_text([acled_row(e, outlets.get(e.article), status.get(e.cluster or ""))
                         for e in an.events], header=False)


def geojson_chunks(first: Iterator[Analysis]) -> Iterator[str]:
    """A FeatureCollection, its features written page by page by the report's GeoJSON writer."""
    yield '{"type": "FeatureCollection", "features": ['
    sep = ""
    for an in first:
        for feat in geojson_dict(an)["features"]:
            yield sep + json.dumps(feat, ensure_ascii=False)
            sep = ", "
    yield "]}"
