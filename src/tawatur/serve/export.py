"""Exports of stored events, filtered and streamed page by page (never the whole store in memory).

Each page of events is loaded as an :class:`~tawatur.model.Analysis` (the events, their merged events,
their articles) by :meth:`Store.events_analysis`. The GeoJSON features are the report's own
(:func:`tawatur.report.json_out.geojson_dict`). The CSV rows are the report's own ACLED rows
(:func:`tawatur.report.csv_out.event_row`): the columns of events.csv, tawatur's polarity, status and
merged event in ``tags``.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from ..model import Analysis
from ..report.csv_out import COLUMNS, event_row
from ..report.json_out import geojson_dict
from ..store import EventFilter, Store


def pages(store: Store, f: EventFilter, max_events: int, bodies: bool = False) -> Iterator[Analysis]:
    """The events matching ``f`` as Analyses of at most MAX_LIMIT events each, ``max_events`` in all
    (keyset pages: :meth:`Store.export_pages`)."""
    return store.export_pages(f, max_events, bodies)


def _csv_text(an: Analysis, header: bool) -> str:
    """One page of rows with the report's ACLED writer (the same columns as events.csv)."""
    from ..link.contradictions import sentence_text

    arts = {a.id: a for a in an.articles}
    merged = {m.id: m for m in an.merged_events}
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    if header:
        w.writeheader()
    for e in an.events:
        art = arts.get(e.article)
        w.writerow(event_row(e, art, merged.get(e.cluster or ""), sentence_text(e, art)))
    return buf.getvalue()


def csv_chunks(first: Iterator[Analysis]) -> Iterator[str]:
    """The CSV, one chunk a page (the header first, even when nothing matched)."""
    yield _csv_text(Analysis(), header=True)
    for an in first:
        yield _csv_text(an, header=False)


def geojson_chunks(first: Iterator[Analysis]) -> Iterator[str]:
    """A FeatureCollection, its features written page by page by the report's GeoJSON writer."""
    yield '{"type": "FeatureCollection", "features": ['
    sep = ""
    for an in first:
        for feat in geojson_dict(an)["features"]:
            yield sep + json.dumps(feat, ensure_ascii=False)
            sep = ", "
    yield "]}"
