"""The HTML pages: Arabic right-to-left by default, English with ``?lang=en``; nothing from a CDN.

Every value from an article goes through Jinja2 autoescaping (no ``|safe`` anywhere); the map is an
inline SVG drawn on the server, so the pages need no script at all.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..store import EventFilter, Store

HERE = Path(__file__).resolve().parent
router = APIRouter(include_in_schema=False)
# Map frame: Syria and its borders (lon 35.5-42.5, lat 32.2-37.5), equirectangular.
MAP_W, MAP_H = 640, 480
LON0, LON1, LAT0, LAT1 = 35.5, 42.5, 32.2, 37.5


@lru_cache(maxsize=1)
def strings() -> dict[str, dict[str, str]]:
    return json.loads((HERE / "static" / "i18n.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def env() -> Environment:
    e = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                    autoescape=select_autoescape(default=True, default_for_string=True))
    e.globals["marker_xy"] = marker_xy
    return e


def marker_xy(lat: float | None, lon: float | None) -> tuple[float, float] | None:
    """SVG coordinates of a point inside the map frame; None outside it or when unknown."""
    if lat is None or lon is None or not (LON0 <= lon <= LON1 and LAT0 <= lat <= LAT1):
        return None
    return (round((lon - LON0) / (LON1 - LON0) * MAP_W, 1), round((LAT1 - lat) / (LAT1 - LAT0) * MAP_H, 1))


def _lang(request: Request) -> str:
    return "en" if request.query_params.get("lang") == "en" else "ar"


def render(request: Request, template: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    lang = _lang(request)
    other = "ar" if lang == "en" else "en"
    params = dict(request.query_params)
    params["lang"] = other
    from urllib.parse import urlencode
    toggle = f"{request.url.path}?{urlencode(params)}"
    html = env().get_template(template).render(
        t=strings()[lang], lang=lang, dir="ltr" if lang == "en" else "rtl", toggle=toggle,
        q=request.query_params.get("q", ""), lq="?lang=en" if lang == "en" else "", **ctx)
    return HTMLResponse(html, status_code=status)


def highlight(text: str, needle: str) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, is_match) around the first ``needle`` so a template can <mark> it."""
    i = text.find(needle) if needle else -1
    if i < 0:
        return [(text, False)]
    return [(text[:i], False), (needle, True), (text[i + len(needle):], False)]


def _store(request: Request) -> Store:
    return request.app.state.store


def _reports(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for e in events:
        ev = (e.get("evidence") or {}).get("text") or ""
        e["pieces"] = highlight(ev, e.get("trigger") or ((e.get("place") or {}).get("name") or ""))
    return events


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
    merged, _ = st.merged_events(story=story_id, limit=500)
    merged.sort(key=lambda m: ((m.get("date") or {}).get("value") or "", m["id"]))
    events: list[dict[str, Any]] = []
    contradictions: list[dict[str, Any]] = []
    for m in merged:
        evs, _ = st.events(EventFilter(merged_event=m["id"]), limit=500)
        events += evs
        cs, _ = st.contradictions(merged_event=m["id"], limit=500)
        contradictions += cs
    outlets = sorted({e.get("outlet") or "" for e in events})
    matrix = {(e.get("outlet") or "", e.get("cluster")) for e in events}
    points = [{"name": (m.get("place") or {}).get("name"), "lat": (m.get("place") or {}).get("lat"),
               "lon": (m.get("place") or {}).get("lon"), "id": m["id"]} for m in merged]
    return render(request, "story.html", story=story, merged=merged, events=_reports(events),
                  contradictions=contradictions, outlets=outlets, matrix=matrix, points=points)


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
    events, _ = st.events(EventFilter(merged_event=m["id"]), limit=500)
    by_outlet: dict[str, list[dict[str, Any]]] = {}
    for e in _reports(events):
        by_outlet.setdefault(e.get("outlet") or "?", []).append(e)
    contradictions, _ = st.contradictions(merged_event=m["id"], limit=500)
    p = m.get("place") or {}
    return render(request, "event.html", m=m, by_outlet=by_outlet, contradictions=contradictions,
                  points=[{"name": p.get("name"), "lat": p.get("lat"), "lon": p.get("lon"), "id": m["id"]}])


@router.get("/place/{key:path}", response_class=HTMLResponse)
def place_page(request: Request, key: str) -> HTMLResponse:
    st = _store(request)
    place = st.place(key)
    if place is None:
        raise HTTPException(404, "no place with this id")
    events, _ = st.events(EventFilter(place=key), limit=200)
    return render(request, "place.html", place=place, events=_reports(events), points=[place])


@router.get("/outlet/{name:path}", response_class=HTMLResponse)
def outlet_page(request: Request, name: str) -> HTMLResponse:
    st = _store(request)
    events, total = st.events(EventFilter(outlet=name), limit=200)
    sources, _ = st.sources(outlet=name, limit=200)
    articles, n_articles = st.articles(outlet=name, limit=200)
    if not n_articles:
        raise HTTPException(404, "no outlet by this name")
    return render(request, "outlet.html", name=name, events=_reports(events), total=total, sources=sources,
                  articles=articles)


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
