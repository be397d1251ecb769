"""The FastAPI app: REST API under /api/v1 (OpenAPI at /api/v1/openapi.json), pages, static files.

Safety first, because article text is hostile: a Content-Security-Policy on every response, no request
ever names a file path, every error is a short JSON (API) or HTML (pages) reason, never a traceback.
"""
from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import DataError, DBAPIError, StatementError

from .. import __version__
from ..store import StoreBusy, StoreError, open_store
from ..store.engine import transient_error
from ..store.review import ReviewError
from . import api, map_api, pages, review_pages, workbench
from .settings import Settings, token_ok

log = logging.getLogger("tawatur.serve")
# The pages are server-rendered HTML and inline SVG with two same-origin style sheets (app.css and the
# report's panels.css); no page runs a script or fetches anything, so none is allowed (default-src).
CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; "
       "frame-ancestors 'none'")
SECURITY_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                    "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}
# Swagger UI would load scripts from a CDN; the docs page is disabled and the schema served as JSON.
OPENAPI_URL = "/api/v1/openapi.json"


def create_app(settings: Settings | str) -> FastAPI:
    """The app for ``settings`` (or a database path/URL with default settings)."""
    if isinstance(settings, str):
        settings = Settings.from_env(settings)
    store = open_store(settings.db, write_wait=settings.write_wait)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(title="tawatur", version=__version__, openapi_url=OPENAPI_URL, docs_url=None,
                  redoc_url=None, lifespan=lifespan,
                  description="Events extracted from Arabic news reports, linked across outlets: filters, "
                              "exports and ingest.")
    app.state.settings = settings
    app.state.store = store
    app.include_router(api.router)
    app.include_router(review_pages.router)
    app.include_router(map_api.router)
    app.include_router(pages.router)
    app.include_router(workbench.router)
    app.mount("/static/workbench", workbench.static_files(), name="workbench")
    app.mount("/static", StaticFiles(directory=str(pages.HERE / "static")), name="static")
    _add_middleware(app, settings)
    _add_handlers(app)

    return app


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _add_middleware(app: FastAPI, settings: Settings) -> None:
    @app.middleware("http")
    async def guard(request: Request, call_next: Any) -> Response:
        repeated = _repeated_scalar(request) if _is_api(request) else None
        if "\x00" in request.url.path or "%00" in request.url.query:
            resp: Response = _error(request, 400, "NUL characters are not allowed in a request")
        elif repeated:
            resp = _error(request, 400, f"query parameter {repeated!r} is given more than once; it takes one value")
        elif (settings.read_token and request.method == "GET" and not request.url.path.startswith("/static/")
              and not token_ok(request.headers.get("authorization"), settings.read_token)):
            resp = _error(request, 401, "this server needs a read token (Authorization: Bearer …)")
        else:
            resp = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            resp.headers.setdefault(k, v)
        return resp


def _repeated_scalar(request: Request) -> str | None:
    """A query parameter of one value given twice ("?offset=1&offset=5"): FastAPI would keep the last
    silently, so the caller could not tell which page or filter was applied. Parameters the API declares
    as lists (type, side, polarity: "any of") may repeat."""
    seen: set[str] = set()
    for key, _ in request.query_params.multi_items():
        if key in seen and key not in _list_params(request.app):
            return key
        seen.add(key)
    return None


def _list_params(app: FastAPI) -> frozenset[str]:
    """Names of the query parameters some API operation declares as an array, read once from its schema."""
    names = getattr(app.state, "list_params", None)
    if names is None:
        names = frozenset(
            prm["name"] for path in app.openapi().get("paths", {}).values() for op in path.values()
            if isinstance(op, dict) for prm in op.get("parameters", [])
            if prm.get("in") == "query" and prm.get("schema", {}).get("type") == "array")
        app.state.list_params = names
    return names


def _error(request: Request, status: int, reason: str, headers: dict[str, str] | None = None) -> Response:
    """The API answers in JSON; a page of the web app (any other path) answers with an HTML page
    in the reader's language, whatever the Accept header, so a missing page is a page."""
    if _is_api(request) or request.url.path.startswith("/static/"):
        return JSONResponse({"detail": reason}, status_code=status, headers=headers)
    return pages.render(request, "error.html", status=status, reason=reason, headers=headers, code=status)


ROUTERS = (api.router, review_pages.router, map_api.router, pages.router, workbench.router)


def _allowed(request: Request) -> list[str]:
    """The methods of the routes whose path is the request's. Read from our own routers' routes (newer
    FastAPI nests included routers, so the app's top-level routes hold no methods). An id may hold "/":
    a route that matches only by letting a path id swallow "/" ("/events/{id:path}" for
    ".../events/X/review") gives way to a route that matches without it."""
    from starlette.routing import Match

    found: list[tuple[bool, set[str]]] = []
    for router in ROUTERS:
        for route in router.routes:
            methods = getattr(route, "methods", None)
            if not methods:
                continue
            match, child = route.matches({**request.scope, "method": next(iter(methods))})
            if match != Match.NONE:
                params = child.get("path_params", {}).values()
                found.append((any("/" in str(v) for v in params), set(methods)))
    exact = [m for swallowed, m in found if not swallowed]
    return sorted(set().union(*(exact or [m for _, m in found])))


def _add_handlers(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    from starlette.exceptions import HTTPException as StarletteHTTPException

    @app.exception_handler(StarletteHTTPException)
    async def starlette_error(request: Request, exc: StarletteHTTPException) -> Response:
        headers = dict(getattr(exc, "headers", None) or {})
        if exc.status_code == 405:  # Starlette names only the first route's methods; list them all
            headers["Allow"] = ", ".join(_allowed(request))
        return _error(request, exc.status_code, str(exc.detail), headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        errs = [{"loc": [str(x) for x in e.get("loc", ())], "msg": str(e.get("msg", "")),
                 "type": str(e.get("type", ""))} for e in exc.errors()[:10]]
        reason = "invalid request: " + "; ".join(f"{'.'.join(e['loc'])}: {e['msg']}" for e in errs)
        if _is_api(request):  # FastAPI's documented shape (a list), plus one readable line
            return JSONResponse({"detail": errs, "reason": reason}, status_code=422)
        return _error(request, 422, reason)

    @app.exception_handler(StoreError)
    async def bad_filter(request: Request, exc: StoreError) -> Response:
        return _error(request, 400, str(exc))

    @app.exception_handler(ReviewError)
    async def refused_review(request: Request, exc: ReviewError) -> Response:
        return _error(request, exc.status, str(exc))

    @app.exception_handler(StoreBusy)
    async def busy(request: Request, exc: StoreBusy) -> Response:
        return _error(request, 503, str(exc), {"Retry-After": str(exc.retry_after)})

    @app.exception_handler(StatementError)
    async def database_error(request: Request, exc: StatementError) -> Response:
        # A busy or unreachable database is the server's state, not the request's fault: 503. Only a
        # value the database refuses (DataError, or one the driver cannot bind) is the request's: 400.
        if isinstance(exc, DataError) or not isinstance(exc, DBAPIError):
            log.warning("database refused a value: %s", exc)
            return _error(request, 400, "a value in the request is not acceptable to the database")
        _retry, is_busy = transient_error(exc)
        log.error("database error on %s: %s", request.url.path, exc)
        if is_busy:
            return _error(request, 503, "the database is busy or unreachable; try again",
                          {"Retry-After": "5"})
        return _error(request, 500, "internal error (logged on the server)")

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return _error(request, 500, "internal error (logged on the server)")


__all__ = ["create_app", "Settings", "HTMLResponse"]
