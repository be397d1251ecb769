"""analysis.json and events.geojson: the whole analysis as documented in docs/analysis.schema.json.

The files are written as a stream, one record a line (``write_analysis_json``, ``write_geojson``):
the whole document is never built as one string, so memory stays that of the analysis itself.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .. import __version__
from ..model import SCHEMA_VERSION, Analysis, to_dict


def _article(a: Any) -> dict[str, Any]:
    d = to_dict(a)
    d.pop("html", None)
    return d


def _sections(analysis: Analysis) -> list[tuple[str, Any]]:
    """(key, value) of analysis.json in order; lists are lazy iterables of plain records."""
    return [
        ("schema_version", SCHEMA_VERSION),
        ("generated_by", f"tawatur {__version__}"),
        ("articles", (_article(a) for a in analysis.articles)),
        ("events", (to_dict(e) for e in analysis.events)),
        ("stories", (to_dict(s) for s in analysis.stories)),
        ("merged_events", (to_dict(m) for m in analysis.merged_events)),
        ("contradictions", (to_dict(c) for c in analysis.contradictions)),
        ("control", (to_dict(c) for c in analysis.control)),
        ("errors", list(analysis.errors)),
        ("meta", to_dict(analysis.meta)),
    ]


def analysis_dict(analysis: Analysis) -> dict[str, Any]:
    """The analysis as plain data. Articles keep raw text and removed lines; the page HTML is dropped
    (raw is what every offset points into, and the HTML can be re-fetched from the URL)."""
    return {k: (list(v) if not isinstance(v, (str, int, float, dict, list)) else v)
            for k, v in _sections(analysis)}


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def iter_json(sections: Iterable[tuple[str, Any]]) -> Iterator[str]:
    """A JSON object as text chunks: scalars and dicts whole, iterables one element a line."""
    yield "{"
    for i, (key, value) in enumerate(sections):
        yield ("," if i else "") + "\n" + _dump(key) + ": "
        if isinstance(value, (str, int, float, dict)) or value is None:
            yield _dump(value)
            continue
        yield "["
        for j, item in enumerate(value):
            yield ("," if j else "") + "\n" + _dump(item)
        yield "\n]"
    yield "\n}\n"


def write_analysis_json(analysis: Analysis, path: Path) -> Path:
    """analysis.json, streamed record by record."""
    return _write_chunks(iter_json(_sections(analysis)), path)


def write_geojson(analysis: Analysis, path: Path) -> Path:
    """events.geojson, streamed feature by feature."""
    return _write_chunks(iter_json([("type", "FeatureCollection"), ("features", geojson_features(analysis))]),
                         path)


def _write_chunks(chunks: Iterable[str], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        buf: list[str] = []
        size = 0
        for chunk in chunks:
            buf.append(chunk)
            size += len(chunk)
            if size > 1 << 16:
                fh.write("".join(buf))
                buf, size = [], 0
        fh.write("".join(buf))
    return path


def geojson_dict(analysis: Analysis) -> dict[str, Any]:
    """A FeatureCollection of Points (lon, lat), one per event with coordinates."""
    return {"type": "FeatureCollection", "features": list(geojson_features(analysis))}


def geojson_features(analysis: Analysis) -> Iterator[dict[str, Any]]:
    """The GeoJSON Point features, one per event with coordinates, one at a time."""
    merged = {m.id: m for m in analysis.merged_events}
    outlets = {a.id: a.outlet for a in analysis.articles}
    for ev in analysis.events:
        p = ev.place
        if p is None or p.lat is None or p.lon is None:
            continue
        m = merged.get(ev.cluster or "")
        yield {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
            "properties": {
                "id": ev.id, "article": ev.article, "outlet": outlets.get(ev.article),
                "type": ev.type, "polarity": ev.polarity, "place": p.name, "place_en": p.name_en,
                "admin1": p.admin1, "geo_precision": p.geo_precision, "side": ev.actor.side,
                "actor": ev.actor.name_en or ev.actor.name, "source": ev.source.name_en or ev.source.name,
                "date": ev.date.value or None, "date_precision": ev.date.precision,
                "date_basis": ev.date.basis, "quantity": ev.quantity, "fatalities": ev.fatalities,
                "confidence": ev.confidence, "cluster": ev.cluster,
                "status": m.status if m else None, "n_chains": m.n_chains if m else None,
                "evidence": ev.evidence.text if ev.evidence else None,
                "reviewed": bool(ev.review), "review": ev.review.get("state") if ev.review else None,
            },
        }
