"""analysis.json and events.geojson: the whole analysis as documented in docs/analysis.schema.json."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .. import __version__
from ..model import SCHEMA_VERSION, Analysis, to_dict


def analysis_dict(analysis: Analysis) -> dict[str, Any]:
    """The analysis as plain data. Articles keep raw text and removed lines; the page HTML is dropped
    (raw is what every offset points into, and the HTML can be re-fetched from the URL)."""
    articles = []
    for a in analysis.articles:
        d = to_dict(a)
        d.pop("html", None)
        articles.append(d)
    return {
        "schema_version": SCHEMA_VERSION,
        "generated_by": f"tawatur {__version__}",
        "articles": articles,
        "events": [to_dict(e) for e in analysis.events],
        "stories": [to_dict(s) for s in analysis.stories],
        "merged_events": [to_dict(m) for m in analysis.merged_events],
        "contradictions": [to_dict(c) for c in analysis.contradictions],
        "control": [to_dict(c) for c in analysis.control],
        "errors": list(analysis.errors),
        "meta": to_dict(analysis.meta),
    }


def geojson_dict(analysis: Analysis) -> dict[str, Any]:
    """A FeatureCollection of Points (lon, lat), one per event with coordinates."""
    merged = {m.id: m for m in analysis.merged_events}
    outlets = {a.id: a.outlet for a in analysis.articles}
    features = []
    for ev in analysis.events:
        p = ev.place
        if p is None or p.lat is None or p.lon is None:
            continue
        m = merged.get(ev.cluster or "")
        features.append({
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
            },
        })
    return {"type": "FeatureCollection", "features": features}


def write_json(data: dict[str, Any], path: Path) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path
