"""The HTML pages: Arabic right-to-left by default, English with ``?lang=en``; nothing from a CDN.

The story, event, place and outlet pages render the offline report's panel partials
(report/templates/_*.html) from :func:`tawatur.report.view.build_view` of an Analysis the store loads,
so a panel looks the same in report.html and here; one Jinja2 environment searches serve/templates
first, then report/templates. Every value from an article goes through autoescaping (no ``|safe``
anywhere); the maps are inline SVG drawn on the server and the language is chosen by the URL, so the
pages need no script at all (the Content-Security-Policy allows none).
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment

from ..model import Analysis, ControlState, _build
from ..report import i18n
from ..report.data import labels
from ..report.html_out import environment, panels_css
from ..report.view import BBOX, MAP_H, MAP_W, build_view, governorate_points, project
from ..store import EventFilter, Store

HERE = Path(__file__).resolve().parent
router = APIRouter(include_in_schema=False)
# Home map frame: Syria and its borders (lon 35.5-42.5, lat 32.2-37.5), equirectangular.
PAGE_EVENTS = 200  # events shown on a place or outlet page
PANEL_EVENTS = 500  # reports shown on an event page


@lru_cache(maxsize=1)
def strings() -> dict[str, dict[str, str]]:
    return json.loads((HERE / "static" / "i18n.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def env() -> Environment:
    e = environment(HERE / "templates")
    e.globals["marker_xy"] = marker_xy
    e.globals["map_size"] = (MAP_W, MAP_H)
    e.globals["governorates"] = governorate_points
    e.globals["count"] = i18n.count
    e.globals["fmt_date"] = i18n.fmt_date
    e.globals["outlet_name"] = i18n.outlet
    return e


def marker_xy(lat: float | None, lon: float | None) -> tuple[float, float] | None:
    """SVG coordinates of a point inside the report's map frame; None outside it or when unknown."""
    if lat is None or lon is None or not (BBOX["lon_min"] <= lon <= BBOX["lon_max"]
                                          and BBOX["lat_min"] <= lat <= BBOX["lat_max"]):
        return None
    return project(lat, lon)


def _lang(request: Request) -> str:
    return "en" if request.query_params.get("lang") == "en" else "ar"


def _lq(lang: str) -> str:
    return "?lang=en" if lang == "en" else ""


def render(request: Request, template: str, status: int = 200, headers: dict[str, str] | None = None,
           **ctx: Any) -> HTMLResponse:
    lang = _lang(request)
    other = "ar" if lang == "en" else "en"
    params = dict(request.query_params)
    params["lang"] = other
    toggle = f"{request.url.path}?{urlencode(params)}"
    html = env().get_template(template).render(
        t=strings()[lang], lang=lang, dir="ltr" if lang == "en" else "rtl", toggle=toggle,
        q=request.query_params.get("q", ""), lq=_lq(lang), labels=labels(), **ctx)
    return HTMLResponse(html, status_code=status, headers=headers)


def view(request: Request, analysis: Analysis) -> dict[str, Any]:
    """The report's view-model of ``analysis`` in the page's language; merged events link to their page."""
    lang = _lang(request)
    v = build_view(analysis, lang)
    v["links"] = {"event": "/event/", "suffix": _lq(lang)}
    return v


def _store(request: Request) -> Store:
    return request.app.state.store


@router.get("/static/panels.css")
def panels_stylesheet() -> Response:
    """The report panels' style rules, served from the report package (one file for both)."""
    return Response(panels_css(), media_type="text/css; charset=utf-8")


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    st = _store(request)
    stories, _ = st.stories(limit=30)
    merged, _ = st.merged_events(limit=50)
    places, _ = st.places(limit=200)
    return render(request, "home.html", stories=stories, merged=merged, points=places)


@router.get("/story/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str) -> HTMLResponse:
    st = _store(request)
    story = st.story(story_id)
    if story is None:
        raise HTTPException(404, "no story with this id")
    return render(request, "story.html", story=story, v=view(request, st.load_analysis(story=story_id,
                                                                                      bodies=True)))


@router.get("/event/{merged_id}", response_class=HTMLResponse)
def event_page(request: Request, merged_id: str) -> HTMLResponse:
    st = _store(request)
    m = st.merged_event(merged_id)
    if m is None:
        ev = st.event(merged_id)  # an event id also works: show its merged event
        if ev is None or not ev.get("cluster"):
            raise HTTPException(404, "no event with this id")
        m = st.merged_event(ev["cluster"])
        if m is None:
            raise HTTPException(404, "no event with this id")
    analysis, total = st.events_analysis(EventFilter(merged_event=m["id"]), limit=PANEL_EVENTS)
    return render(request, "event.html", m=m, total=total, v=view(request, analysis))


@router.get("/place/{key:path}", response_class=HTMLResponse)
def place_page(request: Request, key: str) -> HTMLResponse:
    st = _store(request)
    place = st.place(key)
    if place is None:
        raise HTTPException(404, "no place with this id")
    analysis, total = st.events_analysis(EventFilter(place=key), limit=PAGE_EVENTS)
    analysis.control = [_build(ControlState, c) for c in place.get("control") or []]
    return render(request, "place.html", place=place, total=total, v=view(request, analysis))


@router.get("/outlet/{name:path}", response_class=HTMLResponse)
def outlet_page(request: Request, name: str) -> HTMLResponse:
    st = _store(request)
    sources, _ = st.sources(outlet=name, limit=200)
    articles, n_articles = st.articles(outlet=name, limit=200)
    if not n_articles:
        raise HTTPException(404, "no outlet by this name")
    analysis, total = st.events_analysis(EventFilter(outlet=name), limit=PAGE_EVENTS)
    return render(request, "outlet.html", name=name, total=total, sources=sources, articles=articles,
                  v=view(request, analysis))


@router.get("/article/{article_id:path}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    art = _store(request).article(article_id)
    if art is None:
        raise HTTPException(404, "no article with this id")
    return render(request, "article.html", art=art)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = Query("", max_length=500),
                offset: int = Query(0, ge=0, le=1_000_000)) -> HTMLResponse:
    hits, total = _store(request).search(q, 50, offset) if q.strip() else ([], 0)
    return render(request, "search.html", hits=hits, total=total, offset=offset)
