"""The workbench page of ``tawatur serve`` (issue 15): filters, time brush, charts, event table,
coverage and control intervals, the same script files as the offline report's, sent from
``/static/workbench/``. This page alone runs scripts, so its Content-Security-Policy allows scripts
and fetches from the app itself only (``'self'``), never inline code; every other page keeps none.
The page ships no event: the components ask the API for aggregates and one page of rows.
"""
from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from markupsafe import Markup

from ..report import workbench
from ..report.html_out import script_json
from .pages import render

router = APIRouter(include_in_schema=False)
CSP = ("default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
FILTER_PARAMS = ("type", "polarity", "side", "actor", "outlet", "place", "from", "to")


def static_files() -> StaticFiles:
    """The workbench's scripts and style, from the report package (one copy for both)."""
    from importlib import resources

    return StaticFiles(directory=str(resources.files("tawatur.report").joinpath("static", "workbench")))


@router.get("/workbench", response_class=HTMLResponse)
def workbench_page(request: Request) -> HTMLResponse:
    """The page; the export links carry the filters the URL holds when it is opened (the scripts
    keep them in step afterwards)."""
    pairs = [(k, v[:200]) for k, v in request.query_params.multi_items() if k in FILTER_PARAMS]
    query = ("?" + urlencode(pairs)) if pairs else ""
    return render(request, "workbench.html", headers={"Content-Security-Policy": CSP},
                  scripts=workbench.SCRIPTS, styles=workbench.STYLES, export_query=query,
                  config_json=Markup(script_json(workbench.config())))


@router.get("/favicon.ico")
def favicon() -> Response:
    """No icon, said plainly (a 404 here is a console error on every page a browser opens)."""
    return Response(status_code=204)
