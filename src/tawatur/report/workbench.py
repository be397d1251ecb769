"""The workbench (issue 15) shared by the offline report and ``tawatur serve``: which script files it
is made of, the configuration block both pages embed (labels, strings), and, for the report, the
compact event rows its components filter and aggregate in the page (serve asks the API instead).

The scripts are plain files in ``static/workbench/``: the report inlines them (one script, pinned by
its sha256 in the CSP); serve sends them from ``/static/workbench/`` (CSP ``script-src 'self'``).
Another component joins by adding its file to :data:`SCRIPTS` (after ``core.js`` and ``data.js``).
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import Any

from ..model import Analysis
from .data import labels

# Load order: the namespace and filter state first, then the data layer, then the components.
SCRIPTS = ["core.js", "data.js", "filters.js", "charts.js", "table.js", "coverage.js",
           "vendor/leaflet.js", "vendor/leaflet.markercluster.js", "map.js"]
STYLES = ["workbench.css", "vendor/leaflet.css", "vendor/MarkerCluster.css", "vendor/MarkerCluster.Default.css",
          "map.css"]
_GROUPS = {"type": "t:", "polarity": "p:", "side": "side:", "status": "s:"}


def static_text(name: str) -> str:
    return resources.files("tawatur.report").joinpath("static", "workbench", *name.split("/")).read_text(
        encoding="utf-8")


def inline_js() -> str:
    """Every workbench script, in order, as one text (the report's one inline script)."""
    return "\n".join(static_text(n) for n in SCRIPTS)


def inline_css() -> str:
    return "\n".join(static_text(n) for n in STYLES)


@lru_cache(maxsize=1)
def config() -> dict[str, Any]:
    """Labels of types, polarities, sides and statuses (from the report's labels table) and the
    workbench's own strings, Arabic and English: the ``#tw-config`` JSON block of both pages."""
    lab = labels()
    groups = {g: {k[len(p):]: v for k, v in lab.items() if k.startswith(p)} for g, p in _GROUPS.items()}
    strings = json.loads(static_text("strings.json"))
    return {"labels": groups, "strings": strings}


def _key(a: Any) -> str:
    return (a.id or a.name or "") if a else ""


def report_rows(analysis: Analysis, lazy: bool = False) -> dict[str, Any]:
    """One compact row per event (what the filters and charts read), the merged events' headers and
    the control timeline per place: the report's whole workbench data, no article text. ``lazy``:
    the rows are a generator, made one at a time as the report streams them (read once)."""
    rows = _event_rows(analysis)
    merged = {m.id: {"type": m.type, "status": m.status, "date": m.date.value if m.date else None,
                     "place": m.place.name if m.place else None,
                     "place_id": (m.place.gazetteer_id or m.place.name) if m.place else None}
              for m in analysis.merged_events}
    return {"events": rows if lazy else list(rows), "merged": merged, "control": control_places(analysis)}


def _event_rows(analysis: Analysis) -> Iterator[dict[str, Any]]:
    arts = {a.id: a for a in analysis.articles}
    for e in analysis.events:
        art = arts.get(e.article)
        p, a, s = e.place, e.actor, e.source
        yield {"id": e.id, "type": e.type, "polarity": e.polarity, "side": (a.side if a else "") or "unknown",
               "actor": _key(a), "actor_label": (a.name or a.name_en) if a else "",
               "outlet": (art.outlet if art else None) or "", "place": p.name if p else "",
               "place_id": (p.gazetteer_id or p.name) if p else "",
               "date": (e.date.value or None) if e.date else None, "fatalities": e.fatalities or 0,
               "merged": e.cluster, "published": (art.published if art else None) or "",
               "chain": [h for h in s.chain if h] if s and s.kind != "outlet" else []}


def control_places(analysis: Analysis) -> list[dict[str, Any]]:
    """The control timeline as intervals per place (the shape of /api/v1/control/intervals)."""
    by: dict[str, list[Any]] = {}
    for c in analysis.control:
        if c.since:
            by.setdefault(c.gazetteer_id or c.place, []).append(c)
    out = []
    for key, states in by.items():
        states = sorted(states, key=lambda c: (c.since or "")[:10])  # stable: the timeline's own order on ties
        bars = [{"holder": c.holder, "from": (c.since or "")[:10], "contested": bool(c.contested),
                 "to": states[i + 1].since[:10] if i + 1 < len(states) else None} for i, c in enumerate(states)]
        out.append({"place": key, "name": states[0].place, "name_en": states[0].place_en or None,
                    "intervals": bars})
    return out
