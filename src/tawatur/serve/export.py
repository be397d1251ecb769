"""ACLED-style CSV and GeoJSON of stored events (event dicts as the store returns them).

Kept beside the store because they read event dicts straight from a query, page by page, rather
than a whole :class:`~tawatur.model.Analysis` in memory.
"""
from __future__ import annotations

import csv
import io
from typing import Any

ACLED_COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "assoc_actor_1", "actor2", "country", "admin1", "location",
                 "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities",
                 "tags", "polarity", "status", "merged_event")
_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}


def _cell(value: Any) -> str:
    """A CSV cell that a spreadsheet will not run as a formula (article text is untrusted)."""
    s = "" if value is None else str(value)
    return "'" + s if s[:1] in ("=", "+", "-", "@", "\t", "\r") else s


def acled_row(e: dict[str, Any]) -> dict[str, str]:
    place = e.get("place") or {}
    date = e.get("date") or {}
    actor = e.get("actor") or {}
    target = e.get("target") or {}
    source = e.get("source") or {}
    evidence = e.get("evidence") or {}
    value = date.get("value") or ""
    row = {
        "event_id_cnty": e.get("id"), "event_date": value, "year": value[:4],
        "time_precision": _PRECISION.get(date.get("precision", "day"), 1),
        "disorder_type": "Political violence", "event_type": e.get("type"), "sub_event_type": e.get("trigger"),
        "actor1": actor.get("name_en") or actor.get("name"), "assoc_actor_1": actor.get("side"),
        "actor2": target.get("name_en") or target.get("name"), "country": "Syria",
        "admin1": place.get("admin1"), "location": place.get("name_en") or place.get("name"),
        "latitude": place.get("lat"), "longitude": place.get("lon"), "geo_precision": place.get("geo_precision"),
        "source": " / ".join([e.get("outlet") or ""] + list(source.get("chain") or [])).strip(" /"),
        "source_scale": source.get("kind"), "notes": evidence.get("text"), "fatalities": e.get("quantity") or "",
        "tags": e.get("rule"), "polarity": e.get("polarity"), "status": e.get("status"),
        "merged_event": e.get("cluster"),
    }
    return {k: _cell(v) for k, v in row.items()}


def events_csv(events: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    w.writeheader()
    for e in events:
        w.writerow(acled_row(e))
    return buf.getvalue()


def events_geojson(events: list[dict[str, Any]]) -> dict[str, Any]:
    feats = []
    for e in events:
        p = e.get("place") or {}
        if p.get("lat") is None or p.get("lon") is None:
            continue
        props = {k: e.get(k) for k in ("id", "type", "polarity", "status", "outlet", "cluster", "article")}
        props.update(place=p.get("name"), place_en=p.get("name_en"), date=(e.get("date") or {}).get("value"),
                     side=(e.get("actor") or {}).get("side"))
        feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [p["lon"], p["lat"]]},
                      "properties": props})
    return {"type": "FeatureCollection", "features": feats}
