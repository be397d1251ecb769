"""report.html: one self-contained, offline, bilingual file built from the Jinja2 panel partials.

Safety: Jinja2 autoescape escapes every string from the analysis (article text is untrusted). The only
unescaped inserts are our own CSS and JS files and the embedded JSON, in which <, > and & are written as
\\u003c \\u003e \\u0026 so no "</script>" can close the data block. A Content-Security-Policy allows
nothing external and only the inline style and script of this file, pinned by their SHA-256 hashes.
"""
from __future__ import annotations

import base64
import hashlib
import json
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, Template, select_autoescape
from markupsafe import Markup

from ..model import Analysis
from . import workbench
from .view import build_view

TEMPLATES = Path(__file__).resolve().parent / "templates"


def environment(*first: Path) -> Environment:
    """The Jinja2 environment of the report partials; folders in ``first`` are searched before them
    (the web app passes its own templates folder, so its pages can include the panels)."""
    return Environment(loader=FileSystemLoader([str(d) for d in first] + [str(TEMPLATES)]),
                       autoescape=select_autoescape(default=True, default_for_string=True),
                       trim_blocks=False, lstrip_blocks=False)


def panels_css() -> str:
    """The panels' own style rules (static/panels.css), shared with the web app."""
    return _static("panels.css")


def _static(name: str) -> str:
    return resources.files("tawatur.report").joinpath("static", *name.split("/")).read_text(encoding="utf-8")


def basemap_json() -> str:
    """The offline base map (data/report/basemap.json, built by tools/build_basemap.py) as text."""
    return resources.files("tawatur").joinpath("data", "report", "basemap.json").read_text(encoding="utf-8")


def script_json(data: Any) -> str:
    """JSON safe inside <script type="application/json">: no <, > or & characters remain."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def render_html(analysis: Analysis, lang: str = "ar") -> str:
    """The report as one HTML string."""
    template, context = _report(analysis, lang)
    return template.render(**context)


def _report(analysis: Analysis, lang: str) -> tuple[Template, dict[str, Any]]:
    """The report template and what it is rendered with."""
    view = build_view(analysis, lang)
    css = _static("report.css") + _static("panels.css") + workbench.inline_css()
    js = _static("report.js") + "\n" + workbench.inline_js()
    csp = (f"default-src 'none'; style-src {_sha256(css)}; script-src {_sha256(js)}; img-src data:; "
           "base-uri 'none'; form-action 'none'")
    payload = {"stats": view["stats"], "markers": view["map"]["markers"],
               "workbench": workbench.report_rows(analysis),
               "map": {k: view["map"][k] for k in ("markers", "control", "labels")}}
    basemap = json.loads(basemap_json())
    return environment().get_template("report.html"), dict(
        v=view, css=Markup(css), js=Markup(js), csp=csp, data_json=Markup(script_json(payload)),
        config_json=Markup(script_json(workbench.config())), basemap_json=Markup(script_json(basemap)))


def write_html(analysis: Analysis, path: Path, lang: str = "ar") -> Path:
    """report.html, streamed: the template's chunks are written as they are made (the same text as
    :func:`render_html`), so the whole page (14 MB for 300 articles) is never one string, nor its
    UTF-8 bytes a second copy."""
    template, context = _report(analysis, lang)
    stream = template.stream(**context)
    stream.enable_buffering(256)
    stream.dump(str(path), encoding="utf-8")
    return path
