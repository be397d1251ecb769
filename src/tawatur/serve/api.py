"""The REST API under /api/v1: filters, one item by id, exports, and ingest (token needed)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from ..ingest.decode import IngestError
from ..model import EVENT_TYPES, POLARITIES, SIDES
from ..store import EventFilter, Store, explore
from ..store.queries import MAX_LIMIT
from ..store.review import MAX_SPLIT, MAX_WHO, REVIEW_FILTERS
from .export import csv_chunks, geojson_chunks, pages
from .intake import MissingContent, article_from_upload, articles_from_json
from .settings import Settings, token_ok

_ERR = {"description": "the reason is in 'detail'",
        "content": {"application/json": {"schema": {"type": "object", "properties": {"detail": {"type": "string"}}}}}}
router = APIRouter(prefix="/api/v1", responses={400: _ERR, 404: _ERR})
STATUSES = ("corroborated", "single-source", "contested")
MAX_OFFSET = 1_000_000_000
EXPORT_MAX = 100_000

EventType = Literal[EVENT_TYPES]  # type: ignore[valid-type]
Polarity = Literal[POLARITIES]  # type: ignore[valid-type]
Side = Literal[SIDES]  # type: ignore[valid-type]
Status = Literal[STATUSES]  # type: ignore[valid-type]
ReviewFilter = Annotated[Literal[REVIEW_FILTERS] | None, Query(  # type: ignore[valid-type]
    description="by review: all, rejected, accepted, edited, reviewed, unreviewed (default: all but rejected)")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size (1-{MAX_LIMIT})")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
IsoDate = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD",
                                      json_schema_extra={"format": "date"})]
Bbox = Annotated[str | None, Query(max_length=200, pattern=r"^-?\d{1,3}(\.\d+)?(,-?\d{1,3}(\.\d+)?){3}$",
                                   description="min_lon,min_lat,max_lon,max_lat")]


def store_of(request: Request) -> Store:
    return request.app.state.store


def _page(items: list[Any], total: int, limit: int, offset: int) -> dict[str, Any]:
    return {"items": items, "total": total, "limit": limit, "offset": offset}


def _found(item: Any, what: str) -> Any:
    if item is None:
        raise HTTPException(404, f"no {what} with this id")
    return item


def _iso(value: str | None) -> str | None:
    """A real calendar date (the pattern alone lets 2024-13-45 through), else a 422 like any bad field."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise RequestValidationError([{"loc": ("query", "date"), "msg": f"not a calendar date: {value}",
                                       "type": "value_error"}]) from None


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    try:
        parts = tuple(float(x) for x in value.split(","))
    except ValueError:
        parts = ()
    if len(parts) != 4:
        raise HTTPException(400, "bbox must be four numbers: min_lon,min_lat,max_lon,max_lat")
    # corners given in either order describe the same box
    return (min(parts[0], parts[2]), min(parts[1], parts[3]), max(parts[0], parts[2]), max(parts[1], parts[3]))


FromDate = Annotated[str | None, Query(alias="from", pattern=r"^\d{4}-\d{2}-\d{2}$",
                                      description="first day, YYYY-MM-DD", json_schema_extra={"format": "date"})]
ToDate = Annotated[str | None, Query(alias="to", pattern=r"^\d{4}-\d{2}-\d{2}$",
                                    description="last day, YYYY-MM-DD", json_schema_extra={"format": "date"})]
Text200 = Annotated[str | None, Query(max_length=200)]


def event_filter(type: Annotated[list[EventType], Query(description="event type (repeatable: any of)")] = [],  # noqa: B006
                 polarity: Annotated[list[Polarity], Query(description="repeatable: any of")] = [],  # noqa: B006
                 side: Annotated[list[Side], Query(description="the actor's side (repeatable: any of)")] = [],  # noqa: B006
                 actor: Annotated[str | None, Query(max_length=200, description="actor id or name")] = None,
                 outlet: Text200 = None,
                 place: Annotated[str | None, Query(max_length=200, description="gazetteer id or place name")] = None,
                 date_from_: FromDate = None, date_to_: ToDate = None,
                 date_from: IsoDate = None, date_to: IsoDate = None,
                 status: Status | None = None, bbox: Bbox = None, review: ReviewFilter = None) -> EventFilter:
    """The workbench's filter, the same names in the page URL, the API and the exports
    (``from``/``to``; ``date_from``/``date_to`` are the older names of the same days)."""
    return EventFilter(type=tuple(type) or None, polarity=tuple(polarity) or None, side=tuple(side) or None,
                       actor=actor or None, outlet=outlet or None, place=place or None, bbox=_bbox(bbox),
                       date_from=_iso(date_from_ or date_from), date_to=_iso(date_to_ or date_to),
                       status=status, review=review)


Filters = Annotated[EventFilter, Depends(event_filter)]


@router.get("/events", summary="Events, filtered and paginated (newest first)")
def list_events(request: Request, f: Filters, limit: Limit = 50, offset: Offset = 0,
                merged_event: str | None = Query(None, max_length=200)) -> dict[str, Any]:
    items, total = store_of(request).events(dataclasses.replace(f, merged_event=merged_event), limit, offset)
    return _page(items, total, limit, offset)


@router.get("/stats/daily", summary="Events per day by type and by side, fatalities per day (filtered)")
def stats_daily(request: Request, f: Filters) -> dict[str, Any]:
    return explore.daily(store_of(request), f)


@router.get("/facets", summary="The choices of each filter among the matching events, first and last day")
def get_facets(request: Request, f: Filters) -> dict[str, Any]:
    return explore.facets(store_of(request), f)


@router.get("/coverage/outlets", summary="Per outlet: events, merged events, first reports, chains repeated")
def coverage_outlets(request: Request, f: Filters) -> list[dict[str, Any]]:
    return explore.outlet_coverage(store_of(request), f)


@router.get("/coverage/merged-events", summary="Which outlets carried each merged event and which did not")
def coverage_merged(request: Request, f: Filters, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return explore.blindspots(store_of(request), f, limit, offset)


@router.get("/control/intervals", summary="Control timeline as intervals per place (one bar per holder), paged")
def control_intervals(request: Request, f: Filters,
                      places: int = Query(explore.CONTROL_PLACES, ge=1, le=200,
                                          description="places with the most dated control states"),
                      limit: int = Query(explore.CONTROL_LIMIT, ge=1, le=explore.CONTROL_MAX_LIMIT,
                                         description="intervals in this page"),
                      offset: int = Query(0, ge=0, description="intervals before this page")) -> dict[str, Any]:
    """The ``places`` places' intervals counted in order (place by place, each place's by day): this
    page holds ``limit`` of them from ``offset``, under their places, and ``total`` says how many
    there are. A place cut at a page's end continues at the start of the next one (the same
    ``place``, ``name``, ``name_en``); the bars' ``to`` are those of the whole timeline, so the pages
    put end to end (``offset`` += ``limit`` while below ``total``) are the whole answer."""
    return explore.control_intervals(store_of(request), f, places, limit, offset)


@router.get("/events/{event_id:path}", summary="One event")
def get_event(request: Request, event_id: str) -> dict[str, Any]:
    return _found(store_of(request).event(event_id), "event")


@router.get("/stories", summary="Stories, latest first")
def list_stories(request: Request, limit: Limit = 50, offset: Offset = 0,
                 place: str | None = Query(None, max_length=200)) -> dict[str, Any]:
    items, total = store_of(request).stories(limit, offset, place=place)
    return _page(items, total, limit, offset)


@router.get("/stories/{story_id}", summary="One story with its merged events")
def get_story(request: Request, story_id: str) -> dict[str, Any]:
    st = store_of(request)
    story = _found(st.story(story_id), "story")
    story["merged_events"], _ = st.merged_events(story=story_id, limit=MAX_LIMIT)
    return story


@router.get("/merged-events", summary="Merged events (one happening, many reports)")
def list_merged(request: Request, f: Filters, limit: Limit = 50, offset: Offset = 0,
                story: str | None = Query(None, max_length=200)) -> dict[str, Any]:
    """``type``, ``status`` and ``place`` are the merged event's own; the other filters keep the merged
    events with at least one report matching them."""
    types = list(f.type or ())
    rest = dataclasses.replace(f, type=None, status=None, place=None)
    items, total = explore.merged_page(store_of(request), rest if any(vars(rest).values()) else None,
                                       types[0] if len(types) == 1 else (tuple(types) or None), f.status,
                                       story, f.place, limit, offset)
    return _page(items, total, limit, offset)


@router.get("/merged-events/{merged_id}", summary="One merged event with every report of it")
def get_merged(request: Request, merged_id: str) -> dict[str, Any]:
    st = store_of(request)
    m = _found(st.merged_event(merged_id), "merged event")
    m["reports"], _ = st.events(EventFilter(merged_event=merged_id), limit=MAX_LIMIT)
    m["contradictions"], _ = st.contradictions(merged_event=merged_id, limit=MAX_LIMIT)
    return m


@router.get("/places", summary="Places with events, most reported first")
def list_places(request: Request, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    items, total = store_of(request).places(limit, offset)
    return _page(items, total, limit, offset)


@router.get("/places/{place_id:path}", summary="One place with its control timeline")
def get_place(request: Request, place_id: str) -> dict[str, Any]:
    return _found(store_of(request).place(place_id), "place")


@router.get("/sources", summary="Who is quoted, by outlet")
def list_sources(request: Request, limit: Limit = 50, offset: Offset = 0,
                 outlet: str | None = Query(None, max_length=200)) -> dict[str, Any]:
    items, total = store_of(request).sources(outlet, limit, offset)
    return _page(items, total, limit, offset)


@router.get("/outlets", summary="Outlets and how many articles each has")
def list_outlets(request: Request) -> list[dict[str, Any]]:
    return store_of(request).outlets()


@router.get("/contradictions", summary="Contradictions between reports")
def list_contradictions(request: Request, limit: Limit = 50, offset: Offset = 0,
                        kind: str | None = Query(None, max_length=40),
                        merged_event: str | None = Query(None, max_length=200)) -> dict[str, Any]:
    items, total = store_of(request).contradictions(kind=kind, merged_event=merged_event, limit=limit,
                                                    offset=offset)
    return _page(items, total, limit, offset)


@router.get("/contradictions/{cid}", summary="One contradiction")
def get_contradiction(request: Request, cid: str) -> dict[str, Any]:
    return _found(store_of(request).contradiction(cid), "contradiction")


@router.get("/control", summary="Control timeline entries")
def list_control(request: Request, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    items, total = store_of(request).control(limit, offset)
    return _page(items, total, limit, offset)


@router.get("/articles", summary="Articles (metadata only)")
def list_articles(request: Request, limit: Limit = 50, offset: Offset = 0,
                  outlet: str | None = Query(None, max_length=200)) -> dict[str, Any]:
    items, total = store_of(request).articles(outlet, limit, offset)
    return _page(items, total, limit, offset)


@router.get("/articles/{article_id:path}", summary="One article with its text, mentions and events")
def get_article(request: Request, article_id: str) -> dict[str, Any]:
    from ..model import to_dict
    art = _found(store_of(request).article(article_id), "article")
    d = to_dict(art)
    d.pop("html", None)
    return d


@router.get("/search", summary="Full-text search over articles (normalised Arabic)")
def search(request: Request, q: str = Query(..., min_length=1, max_length=500), limit: Limit = 50,
           offset: Offset = 0) -> dict[str, Any]:
    items, total = store_of(request).search(q, limit, offset)
    return _page(items, total, limit, offset)


def _export(request: Request, f: EventFilter, chunks: Any, media_type: str,
            headers: dict[str, str] | None = None) -> StreamingResponse:
    """Stream an export page by page; the first page is read before the response starts, so a bad
    filter is still a clear 4xx rather than a broken download."""
    it = pages(store_of(request), f, EXPORT_MAX)
    first = next(it, None)
    return StreamingResponse(chunks(itertools.chain([first] if first else [], it)), media_type=media_type,
                             headers=headers)


@router.get("/export/events.csv", summary="Filtered events as ACLED-style CSV", response_class=Response,
            responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}},
                             "description": "ACLED columns, one event a row"}})
def export_csv(request: Request, f: Filters) -> Response:
    return _export(request, f, csv_chunks, "text/csv; charset=utf-8",
                   {"Content-Disposition": 'attachment; filename="events.csv"'})


@router.get("/export/events.geojson", summary="Filtered events as GeoJSON points", response_class=Response,
            responses={200: {"content": {"application/geo+json": {"schema": {"type": "object"}}},
                             "description": "a FeatureCollection of points"}})
def export_geojson(request: Request, f: Filters) -> Response:
    return _export(request, f, geojson_chunks, "application/geo+json")


_STR = {"type": "string"}
_RECORD = {"type": "object", "properties": {k: _STR for k in ("id", "text", "html", "url", "outlet", "published",
                                                               "title")},
           "anyOf": [{"required": ["text"]}, {"required": ["html"]}, {"required": ["title"]}]}
_RECORDS = {"type": "array", "items": _RECORD, "minItems": 1, "maxItems": 200}
_INGEST_BODY = {
    "required": True,
    "content": {
        "application/json": {"schema": {"anyOf": [
            {**_RECORD, "not": {"required": ["articles"]}},
            _RECORDS,
            {"type": "object", "required": ["articles"], "properties": {"articles": _RECORDS}}]}},
        "multipart/form-data": {"schema": {"type": "object", "required": ["file"], "properties": {
            "file": {"type": "string", "format": "binary"}, "id": _STR, "outlet": _STR, "url": _STR,
            "published": _STR, "title": _STR}}},
    },
}


def require_write(request: Request) -> None:
    """Writes need the server's write token as a Bearer header (403 when the server has none)."""
    settings: Settings = request.app.state.settings
    if not settings.token:
        raise HTTPException(403, "writes are disabled: start the server with --token or TAWATUR_TOKEN")
    if not token_ok(request.headers.get("authorization"), settings.token):
        raise HTTPException(401, "a valid 'Authorization: Bearer <token>' header is needed",
                            headers={"WWW-Authenticate": "Bearer"})


async def _read_capped(request: Request, cap: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > cap:
        raise HTTPException(413, f"body is {int(declared):,} bytes; the limit is {cap:,}")
    chunks, total = [], 0
    async for chunk in request.stream():
        total += len(chunk)
        if total > cap:
            raise HTTPException(413, f"body is larger than the {cap:,}-byte limit")
        chunks.append(chunk)
    return b"".join(chunks)


@router.post("/articles", status_code=201, openapi_extra={"requestBody": _INGEST_BODY},
             summary="Ingest articles (JSON or an uploaded HTML/text file); needs the write token",
             responses={401: {"description": "missing or wrong token"}, 413: {"description": "too large"},
                        403: {"description": "writes disabled"}, 415: _ERR, 422: _ERR})
async def post_articles(request: Request) -> dict[str, Any]:
    settings: Settings = request.app.state.settings
    require_write(request)
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    rejected: list[dict[str, Any]] = []  # records that could not be read; the others are stored
    try:
        if ctype == "application/json":
            arts = articles_from_json(await _read_capped(request, settings.max_body), rejected)
        elif ctype == "multipart/form-data":
            arts = [await _article_from_form(request, settings.max_body)]
        else:
            raise HTTPException(415, "send application/json or multipart/form-data with a 'file' field")
    except MissingContent as exc:  # the schema's own rule: a record needs text, html or title
        raise HTTPException(422, str(exc)) from exc
    except IngestError as exc:
        raise HTTPException(400, str(exc)) from exc
    from starlette.concurrency import run_in_threadpool
    res = await run_in_threadpool(store_of(request).ingest_articles, arts)
    return {"added": res.added, "skipped": res.skipped, "failed": res.failed, "events": res.events,
            "touched": res.touched, "rejected": rejected}


async def _article_from_form(request: Request, cap: int) -> Any:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > cap:
        raise HTTPException(413, f"upload is {int(declared):,} bytes; the limit is {cap:,}")
    from starlette.exceptions import HTTPException as StarletteHTTPException

    try:
        form = await request.form(max_files=1, max_fields=10)
    except StarletteHTTPException:
        raise
    except Exception as exc:  # older python-multipart lets its parse errors through: still the body's fault
        raise HTTPException(400, f"malformed multipart/form-data body ({type(exc).__name__})") from exc
    repeated = sorted({k for k in form.keys() if len(form.getlist(k)) > 1})
    if repeated:
        raise HTTPException(400, f"form field(s) given more than once: {', '.join(repeated)[:200]}")
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        raise HTTPException(400, "multipart body needs a 'file' field holding the article")
    data = await upload.read(cap + 1)
    if len(data) > cap:
        raise HTTPException(413, f"upload is larger than the {cap:,}-byte limit")
    meta = {k: (str(form.get(k))[:1000] if form.get(k) is not None else None)
            for k in ("id", "outlet", "url", "published", "title")}
    return article_from_upload(data, upload.filename, meta)


# --------------------------------------------------------------------------- review (write token)

_WRITE = {401: {"description": "missing or wrong token"}, 403: {"description": "writes disabled"},
          409: _ERR}
Who = Annotated[str, Field(min_length=1, max_length=MAX_WHO, description="who reviews (logged with the change)")]
Id = Annotated[str, Field(min_length=1, max_length=200)]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EventReview(_Body):
    action: Literal["accept", "reject", "edit"]
    who: Who
    fields: dict[str, str | int] | None = Field(
        None, max_length=5, description="for edit: type, place (gazetteer id or name), side, date, toll")


class MergeBody(_Body):
    others: list[Id] = Field(min_length=1, max_length=50, description="merged events whose reports join this one")
    who: Who


class SplitBody(_Body):
    events: list[Id] = Field(min_length=1, max_length=MAX_SPLIT, description="reports that leave this merged event")
    who: Who


class UndoBody(_Body):
    who: Who
    change: int | None = Field(None, ge=1, le=2**31 - 1, description="the change to undo; the latest if absent")


@router.post("/events/{event_id:path}/review", status_code=201, responses=_WRITE, dependencies=[Depends(require_write)],
             summary="Accept, reject or edit an event (type, place, side, date, toll); needs the write token")
def review_event(request: Request, event_id: str, body: EventReview) -> dict[str, Any]:
    st = store_of(request)
    change = st.review_event(event_id, body.action, body.who, body.fields)
    return {"change": change, "event": st.event(event_id)}


@router.post("/merged-events/{merged_id}/merge", status_code=201, responses=_WRITE, dependencies=[Depends(require_write)],
             summary="Merge other merged events into this one; needs the write token")
def merge_merged(request: Request, merged_id: str, body: MergeBody) -> dict[str, Any]:
    st = store_of(request)
    change = st.merge_merged(merged_id, body.others, body.who)
    return {"change": change, "merged_event": st.merged_event(merged_id)}


@router.post("/merged-events/{merged_id}/split", status_code=201, responses=_WRITE, dependencies=[Depends(require_write)],
             summary="Split reports off a merged event into one of their own; needs the write token")
def split_merged(request: Request, merged_id: str, body: SplitBody) -> dict[str, Any]:
    st = store_of(request)
    change = st.split_merged(merged_id, body.events, body.who)
    return {"change": change, "merged_event": st.merged_event(merged_id),
            "split_off": st.merged_event(change["payload"]["into"])}


@router.post("/reviews/undo", status_code=201, responses=_WRITE, dependencies=[Depends(require_write)],
             summary="Undo the latest review change, or a given one; needs the write token")
def undo_review(request: Request, body: UndoBody) -> dict[str, Any]:
    return {"change": store_of(request).undo_review(body.who, body.change)}


@router.get("/reviews", summary="The review log (who changed what, when), newest first")
def list_reviews(request: Request, limit: Limit = 50, offset: Offset = 0,
                 target: str | None = Query(None, max_length=200, description="an event or merged event id")
                 ) -> dict[str, Any]:
    items, total = store_of(request).review_log(limit, offset, target)
    return _page(items, total, limit, offset)
