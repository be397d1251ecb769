"""events.csv with ACLED's column names, so the events load into tools built for ACLED data.

Mapping of our types to ACLED event/sub-event types and of sides to inter codes lives in
data/report/acled_*.tsv (cited there). Denied and expected events are NOT ACLED events (ACLED records
what happened): they are exported with the tag ``not-acled-event`` and ``polarity=...`` so a user can
filter them out, rather than dropped silently. Cells that a spreadsheet would run as a formula
(starting with = + - @, tab or carriage return) are prefixed with an apostrophe.
"""
from __future__ import annotations

import csv
import io
from datetime import date, datetime, timezone
from pathlib import Path
from typing import IO

from ..clean.normalize import fold_text
from ..link.sources import outlet_of
from ..model import Analysis, Article, Event, MergedEvent
from .data import acled_inter, acled_types

COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
           "sub_event_type", "actor1", "inter1", "actor2", "inter2", "interaction", "civilian_targeting",
           "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
           "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp")
_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """A CSV cell that a spreadsheet shows as text, never evaluates."""
    s = "" if value is None else str(value)
    return "'" + s if s.startswith(_FORMULA) else s


def classify(event: Event, sentence: str) -> dict[str, str]:
    """ACLED disorder/event/sub-event type of one event, by type, side and cues in its sentence."""
    text = fold_text(sentence)
    side = event.actor.side or "unknown"
    for row in acled_types():
        if row["type"] != event.type:
            continue
        if row["side"] and row["side"] != side:
            continue
        if row["cue"] and row["cue"] not in text:
            continue
        return row
    return {"disorder_type": "Strategic developments", "event_type": "Strategic developments",
            "sub_event_type": "Other"}


def _actor(side: str, name_en: str) -> tuple[str, str]:
    row = acled_inter().get(side or "unknown") or acled_inter()["unknown"]
    return name_en or row["actor"], row["inter"]


def _fatalities(event: Event, merged: MergedEvent | None) -> int:
    """The toll this row counts: only the report that carries its merged event's toll (link/tolls.py),
    so the column sums to the total of stated tolls, each counted once."""
    if merged is not None:
        return merged.fatalities if merged.toll_event == event.id else 0
    return event.fatalities if event.polarity == "asserted" else 0


def _timestamp(value: str) -> int:
    try:
        d = date.fromisoformat(value[:10])
    except ValueError:
        return 0
    return int(datetime(d.year, d.month, d.day, tzinfo=timezone.utc).timestamp())


def event_row(event: Event, article: Article | None, merged: MergedEvent | None,
              sentence: str) -> dict[str, str]:
    """One ACLED-shaped row for an event."""
    kind = classify(event, sentence)
    a1, i1 = _actor(event.actor.side, event.actor.name_en)
    tgt = event.target
    a2, i2 = _actor(tgt.side, tgt.name_en) if tgt else ("", "")
    inter = "".join(sorted([i1, i2])) if i2 else i1 + "0"
    day = event.date.value or (article.published[:10] if article and article.published else "")
    place = event.place
    outlet = outlet_of(article, event)
    tags = [f"polarity={event.polarity}"] + ([] if event.polarity == "asserted" else ["not-acled-event"])
    if event.date.basis == "story":
        tags.append("date=inferred-from-story")
    if merged is not None:
        tags += [f"status={merged.status}", f"merged_event={merged.id}", f"chains={merged.n_chains}"]
        if merged.fatalities and merged.toll_event != event.id:
            tags.append(f"toll_counted_on={merged.toll_event}")
    if event.toll_of:
        tags.append(f"toll_stated_with={event.toll_of}")
    if event.review:  # an analyst's review (store/review.py): its verdict and the fields it changed
        tags.append(f"reviewed={event.review.get('state', '')}")
        tags += [f"reviewed_{k}" for k in sorted(event.review.get("original") or {})]
    src = event.source.name_en or event.source.name
    notes = (f"{event.type} at {place.name_en or place.name if place else 'unknown place'} "
             f"({event.polarity}); source: {src} via {outlet}. Evidence: "
             f"{event.evidence.text if event.evidence else ''}")
    row = {
        "event_id_cnty": f"SYR-{event.id}", "event_date": day, "year": day[:4],
        "time_precision": _PRECISION.get(event.date.precision, 3) if event.date.value else 3,
        **{k: kind[k] for k in ("disorder_type", "event_type", "sub_event_type")},
        "actor1": a1, "inter1": i1, "actor2": a2, "inter2": i2, "interaction": inter,
        "civilian_targeting": "Civilian targeting" if tgt and tgt.side == "civilians" else "",
        "iso": 760, "region": "Middle East", "country": "Syria",
        "admin1": place.admin1 if place else "", "admin2": "", "admin3": "",
        "location": (place.name_en or place.name) if place else "",
        "latitude": place.lat if place and place.lat is not None else "",
        "longitude": place.lon if place and place.lon is not None else "",
        "geo_precision": place.geo_precision if place else 3,
        "source": "; ".join(merged.outlets) if merged else outlet, "source_scale": "",
        "notes": notes, "fatalities": _fatalities(event, merged), "tags": "; ".join(tags),
        "timestamp": _timestamp(day),
    }
    return {k: safe_cell(v) for k, v in row.items()}


def _write_rows(analysis: Analysis, fh: IO[str]) -> None:
    from ..link.contradictions import sentence_text
    arts = {a.id: a for a in analysis.articles}
    merged = {m.id: m for m in analysis.merged_events}
    w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    for ev in analysis.events:
        art = arts.get(ev.article)
        w.writerow(event_row(ev, art, merged.get(ev.cluster or ""), sentence_text(ev, art)))


def events_csv(analysis: Analysis) -> str:
    """The whole events.csv as text."""
    buf = io.StringIO()
    _write_rows(analysis, buf)
    return buf.getvalue()


def write_csv(analysis: Analysis, path: Path) -> Path:
    """events.csv, written row by row (never the whole file in memory)."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        _write_rows(analysis, fh)
    return path
