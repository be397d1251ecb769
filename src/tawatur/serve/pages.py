"""The HTML pages: Arabic right-to-left by default, English with ``?lang=en``; nothing from a CDN.

The story, event, place and outlet pages render the offline report's panel partials
(report/templates/_*.html) from :func:`tawatur.report.view.build_view` of an Analysis the store loads,
so a panel looks the same in report.html and here; one Jinja2 environment searches serve/templates
first, then report/templates. Every value from an article goes through autoescaping (no ``|safe``
anywhere) and the language is chosen by the URL. A page with a map (home, story, event, place) draws it
with the one map component of the report and the workbench (static/workbench/map.js over Leaflet), sent
from /static/workbench/: its Content-Security-Policy allows scripts and fetches from the app itself only,
never inline code; its markers travel in a JSON data block. Without scripts the map panel lists the
places. Every other page carries no script and its CSP allows none.
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
from markupsafe import Markup

from ..model import Analysis, ControlState, _build
from ..report import i18n
from ..report.data import labels
from ..report.html_out import environment, panels_css, script_json
from ..report.view import build_view
from ..store import EventFilter, Store

HERE = Path(__file__).resolve().parent
router = APIRouter(include_in_schema=False)
# The map component's files under /static/workbench/ (report/static/workbench) and the CSP of a page
# that loads them: scripts and fetches from the app itself, nothing inline, nothing from elsewhere.
MAP_SCRIPTS = ["vendor/leaflet.js", "vendor/leaflet.markercluster.js", "map.js"]
MAP_STYLES = ["vendor/leaflet.css", "vendor/MarkerCluster.css", "vendor/MarkerCluster.Default.css", "map.css"]
MAP_CSP = ("default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; "
           "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
PAGE_EVENTS = 200  # events shown on a place or outlet page
PANEL_EVENTS = 500  # reports shown on an event page


@lru_cache(maxsize=1)
def strings() -> dict[str, dict[str, str]]:
    return json.loads((HERE / "static" / "i18n.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def env() -> Environment:
    e = environment(HERE / "templates")
    e.globals["map_json"] = map_json
    e.globals["count"] = i18n.count
    e.globals["fmt_date"] = i18n.fmt_date
    e.globals["outlet_name"] = i18n.outlet
    return e


def map_json(data: Any) -> Markup:
    """A page's map data for its <script type="application/json"> block (no <, > or & left in it)."""
    return Markup(script_json(data))


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


def render_map(request: Request, template: str, **ctx: Any) -> HTMLResponse:
    """A page with the map: the component's files and the CSP that lets them run."""
    return render(request, template, headers={"Content-Security-Policy": MAP_CSP}, map_scripts=MAP_SCRIPTS,
                  map_styles=MAP_STYLES, map_mode="page", **ctx)


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
    return render_map(request, "home.html", stories=stories, merged=merged, points=places)


@router.get("/story/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str) -> HTMLResponse:
    st = _store(request)
    story = st.story(story_id)
    if story is None:
        raise HTTPException(404, "no story with this id")
    return render_map(request, "story.html", story=story, v=view(request, st.load_analysis(story=story_id,
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
    return render_map(request, "event.html", m=m, total=total, v=view(request, analysis))


@router.get("/place/{key:path}", response_class=HTMLResponse)
def place_page(request: Request, key: str) -> HTMLResponse:
    st = _store(request)
    place = st.place(key)
    if place is None:
        raise HTTPException(404, "no place with this id")
    analysis, total = st.events_analysis(EventFilter(place=key), limit=PAGE_EVENTS)
    analysis.control = [_build(ControlState, c) for c in place.get("control") or []]
    return render_map(request, "place.html", place=place, total=total, v=view(request, analysis))


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
