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

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from ..model import Analysis
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


# The workbench's style sheets and scripts, inlined in this order (each script its own <script>, pinned
# by its hash in the CSP); the web app serves the same files under /static/workbench/.
WORKBENCH_CSS = ("workbench/vendor/leaflet.css", "workbench/vendor/MarkerCluster.css",
                 "workbench/vendor/MarkerCluster.Default.css", "workbench/map.css")
WORKBENCH_JS = ("workbench/core.js", "workbench/vendor/leaflet.js", "workbench/vendor/leaflet.markercluster.js",
                "workbench/map.js")


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
    view = build_view(analysis, lang)
    css = "\n".join([_static("report.css"), _static("panels.css"), *(_static(n) for n in WORKBENCH_CSS)])
    scripts = [_static("report.js"), *(_static(n) for n in WORKBENCH_JS)]
    csp = (f"default-src 'none'; style-src {_sha256(css)}; script-src {' '.join(_sha256(j) for j in scripts)}; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    payload = {"stats": view["stats"], "markers": view["map"]["markers"], "map": {
        k: view["map"][k] for k in ("markers", "control", "labels")}}
    basemap = json.loads(basemap_json())
    return environment().get_template("report.html").render(
        v=view, css=Markup(css), scripts=[Markup(j) for j in scripts], csp=csp,
        data_json=Markup(script_json(payload)), basemap_json=Markup(script_json(basemap)))


def write_html(analysis: Analysis, path: Path, lang: str = "ar") -> Path:
    path.write_text(render_html(analysis, lang), encoding="utf-8")
    return path
