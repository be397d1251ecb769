"""The map's queries on the store: events in a bounding box with the workbench's filters, as points
when few, else aggregated by the database into a grid whose cells shrink as the map zooms in; and who
holds each place on a day. No answer carries more than a bounded number of rows, whatever the store holds.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import Float, Integer, cast, func, select

from . import schema as S
from .queries import EventFilter, event_conds
from .repository import Store

MAX_POINTS = 500  # more matching events than this in the view: grid cells instead of points
MAX_CELLS = 2_000
MAX_CONTROL_PLACES = 1_000
MAX_CONTROL_ROWS = 20_000


def cell_degrees(zoom: int) -> float:
    """Grid cell size in degrees: about 60 screen pixels at ``zoom`` (a Web Mercator tile is 256 px
    and 360/2**zoom degrees wide)."""
    zoom = max(0, min(int(zoom), 18))
    return 360.0 / (2 ** zoom) * 60 / 256


def _grid_index(col: Any, origin: float, cell: float, dialect: str) -> Any:
    """The cell number of ``col`` (a shifted value is always positive, so SQLite's truncating CAST is
    a floor; PostgreSQL's CAST rounds, so it gets floor() first)."""
    shifted = (col + origin) / cell
    return cast(func.floor(shifted), Integer) if dialect == "postgresql" else cast(shifted, Integer)


def map_points(store: Store, f: EventFilter, bbox: tuple[float, float, float, float], zoom: int,
               max_points: int = MAX_POINTS) -> dict[str, Any]:
    """Events matching ``f`` inside ``bbox``: ``{"mode": "points", "items": [...]}`` when at most
    ``max_points`` match, else ``{"mode": "grid", "cells": [...]}`` counted by the database."""
    c = S.events.c
    with store.engine.connect() as conn:
        f = store.resolve_place(conn, replace(f, bbox=bbox))
        conds = [*event_conds(f), c.lat.is_not(None), c.lon.is_not(None)]
        total = conn.execute(select(func.count()).select_from(S.events).where(*conds)).scalar_one()
        if total <= max_points:
            rows = conn.execute(select(c.id, c.lat, c.lon, c.type, c.polarity, c.side, c.place_id, c.place_name,
                                       c.date, c.outlet, c.merged_event, c.status, c.actor)
                                .where(*conds).order_by(c.date.desc(), c.id).limit(max_points)).all()
            items = [{"id": r.id, "lat": r.lat, "lon": r.lon, "type": r.type, "polarity": r.polarity,
                      "side": r.side, "place": r.place_name or "", "place_id": r.place_id or "",
                      "date": r.date or "", "outlets": [r.outlet] if r.outlet else [],
                      "merged_event": r.merged_event or "", "status": r.status or "",
                      "actors": [r.actor] if r.actor else []} for r in rows]
            return {"mode": "points", "total": total, "items": items}
        cell = cell_degrees(zoom)
        dialect = store.engine.dialect.name
        gx = _grid_index(c.lon, 180.0, cell, dialect).label("gx")
        gy = _grid_index(c.lat, 90.0, cell, dialect).label("gy")
        n = func.count().label("n")
        q = (select(gx, gy, n, func.avg(cast(c.lat, Float)).label("lat"), func.avg(cast(c.lon, Float)).label("lon"),
                    func.min(c.lat).label("min_lat"), func.max(c.lat).label("max_lat"),
                    func.min(c.lon).label("min_lon"), func.max(c.lon).label("max_lon"))
             .where(*conds).group_by(gx, gy).order_by(n.desc()).limit(MAX_CELLS))
        cells = [{"n": r.n, "lat": round(r.lat, 5), "lon": round(r.lon, 5), "min_lat": r.min_lat,
                  "max_lat": r.max_lat, "min_lon": r.min_lon, "max_lon": r.max_lon} for r in conn.execute(q)]
    return {"mode": "grid", "total": total, "cell": cell, "cells": cells}


def map_control(store: Store, bbox: tuple[float, float, float, float] | None, day: str | None
                ) -> dict[str, Any]:
    """Per place inside ``bbox`` with a control history: the holder on ``day`` (the latest state begun
    by then; None = the latest of all), with the place's coordinates taken from its events."""
    k = S.control.c
    e = S.events.c
    with store.engine.connect() as conn:
        q = select(k.place_key, k.place, k.place_en, k.holder, k.since, k.contested)
        if day:
            q = q.where((k.since <= day + "\uffff") | k.since.is_(None))
        rows = conn.execute(q.order_by(k.since.desc()).limit(MAX_CONTROL_ROWS)).all()
        latest: dict[str, Any] = {}
        for r in rows:  # newest first: the first dated state seen per place is its holder on ``day``
            cur = latest.get(r.place_key)
            if cur is None or (cur.since is None and r.since is not None):
                latest[r.place_key] = r
        keys = list(latest)[:MAX_CONTROL_PLACES * 4]
        coords: dict[str, tuple[float, float]] = {}
        for i in range(0, len(keys), 500):
            part = keys[i:i + 500]
            cq = (select(e.place_id, func.avg(e.lat).label("lat"), func.avg(e.lon).label("lon"))
                  .where(e.place_id.in_(part), e.lat.is_not(None)).group_by(e.place_id))
            coords.update({r.place_id: (r.lat, r.lon) for r in conn.execute(cq)})
    items = []
    for key, r in latest.items():
        ll = coords.get(key)
        if ll is None or (bbox and not (bbox[0] <= ll[1] <= bbox[2] and bbox[1] <= ll[0] <= bbox[3])):
            continue
        items.append({"key": key, "place": r.place, "place_en": r.place_en or r.place, "lat": round(ll[0], 5),
                      "lon": round(ll[1], 5), "holder": r.holder, "since": r.since or "",
                      "contested": bool(r.contested)})
        if len(items) >= MAX_CONTROL_PLACES:
            break
    return {"day": day or "", "items": items}
