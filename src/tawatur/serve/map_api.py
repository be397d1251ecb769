"""The map's API (issue 15): the offline base map, and events for the part of the map in view with
the workbench's filters, as points when few and as grid cells counted by the database when many
(``tawatur serve`` may hold 100,000 events: no answer ships them all), plus control by place on a day.
"""
from __future__ import annotations

import json
from functools import lru_cache
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import JSONResponse

from ..report.data import labels
from ..report.html_out import basemap_json
from ..report.view import _map_labels
from ..store.geo import map_control, map_points
from .api import _ERR, Bbox, Filters, _bbox, store_of

router = APIRouter(prefix="/api/v1/map", tags=["map"], responses={400: _ERR})
WORLD = (-180.0, -90.0, 180.0, 90.0)
DayParam = Annotated[str | None, Query(alias="to", pattern=r"^\d{4}-\d{2}-\d{2}$",
                                       description="the day control is shown for (YYYY-MM-DD); default: latest")]


@lru_cache(maxsize=1)
def _basemap() -> dict[str, Any]:
    data = json.loads(basemap_json())
    data["labels"] = _map_labels(labels())
    return data


@router.get("/basemap", summary="The offline base map (GeoJSON layers) and the map's labels")
def get_basemap() -> JSONResponse:
    return JSONResponse(_basemap(), headers={"Cache-Control": "public, max-age=86400"})


@router.get("/points", summary="Events in view: points when few, grid cells counted by the server when many")
def get_points(request: Request, f: Filters,
               zoom: Annotated[int, Query(ge=0, le=18, description="map zoom (sets the grid cell size)")] = 6
               ) -> dict[str, Any]:
    box = f.bbox or WORLD
    if box[2] - box[0] <= 0 or box[3] - box[1] <= 0:
        raise HTTPException(400, "bbox must have an area")
    return map_points(store_of(request), f, box, zoom)


@router.get("/control", summary="Who holds each place in view on a day (the filter's 'to', else the latest)")
def get_control(request: Request, bbox: Bbox = None, day: DayParam = None) -> dict[str, Any]:
    return map_control(store_of(request), _bbox(bbox), day)
