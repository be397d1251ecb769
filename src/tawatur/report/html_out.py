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
import re
import uuid
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import GeneratorType
from typing import Any

from jinja2 import (
    BytecodeCache,
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    Template,
    select_autoescape,
)
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
                       trim_blocks=False, lstrip_blocks=False, bytecode_cache=_bytecode_cache())


@lru_cache(maxsize=1)
def _bytecode_cache() -> BytecodeCache | None:
    """Jinja2's cache of compiled templates in the user's temporary folder: compiling the report's
    templates from source was a third of the CPU time of ``tawatur analyze`` on one article. Entries
    are keyed by each template's source checksum (an edited template is compiled again) and written
    atomically; without a usable temporary folder templates are compiled each run, as before."""
    try:
        return FileSystemBytecodeCache()
    except (OSError, RuntimeError):
        return None


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
    return _script_safe(json.dumps(data, ensure_ascii=False))


def _script_safe(text: str) -> str:
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def iter_script_json(data: Any, depth: int = 3) -> Iterator[str]:
    """The text of :func:`script_json` in pieces, for a page written as a stream: dicts and lists
    down to ``depth`` levels are opened here and each value below is one ``json.dumps`` (the same
    separators, so the joined pieces equal ``script_json(data)``). Generators count as lists, so rows
    made one at a time are never all held at once. <, > and & are single characters, so escaping
    each piece escapes the whole."""
    for piece in _iter_json(data, depth):
        yield _script_safe(piece)


def _iter_json(obj: Any, depth: int) -> Iterator[str]:
    if depth > 0 and isinstance(obj, dict) and all(isinstance(k, str) for k in obj):
        yield "{"
        for i, (key, value) in enumerate(obj.items()):
            yield (", " if i else "") + json.dumps(key, ensure_ascii=False) + ": "
            yield from _iter_json(value, depth - 1)
        yield "}"
    elif depth > 0 and isinstance(obj, (list, tuple, GeneratorType)):
        yield "["
        for i, item in enumerate(obj):
            if i:
                yield ", "
            yield from _iter_json(item, depth - 1)
        yield "]"
    else:
        yield json.dumps(obj, ensure_ascii=False)


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def render_html(analysis: Analysis, lang: str = "ar") -> str:
    """The report as one HTML string."""
    return "".join(iter_html(analysis, lang))


Blocks = dict[str, Callable[[], Iterator[str]]]


def iter_html(analysis: Analysis, lang: str = "ar") -> Iterator[str]:
    """The report's text in pieces. The template is rendered with a random placeholder for each
    embedded JSON block; where a placeholder comes out, that block's pieces are given instead, so the
    data (11 MB for 1,000 articles) is never one string, nor copied by Jinja or markupsafe."""
    template, context, blocks = _report(analysis, lang)
    split = re.compile("(" + "|".join(map(re.escape, blocks)) + ")")
    prefix = _PLACEHOLDER
    for chunk in template.generate(**context):
        if prefix not in chunk:
            yield chunk
            continue
        for part in split.split(chunk):
            if part in blocks:
                yield from blocks[part]()
            elif part:
                yield part


_PLACEHOLDER = "tawatur-block-"


def _report(analysis: Analysis, lang: str) -> tuple[Template, dict[str, Any], Blocks]:
    """The report template, what it is rendered with, and the embedded JSON blocks by placeholder
    (each a function giving the block's pieces, called when the page reaches it)."""
    view = build_view(analysis, lang, lazy_events=True)
    css = _static("report.css") + _static("panels.css") + workbench.inline_css()
    js = _static("report.js") + "\n" + workbench.inline_js()
    csp = (f"default-src 'none'; style-src {_sha256(css)}; script-src {_sha256(js)}; img-src data:; "
           "base-uri 'none'; form-action 'none'")
    def payload() -> dict[str, Any]:
        return {"stats": view["stats"], "markers": view["map"]["markers"],
                "workbench": workbench.report_rows(analysis, lazy=True),
                "map": {k: view["map"][k] for k in ("markers", "control", "labels")}}

    token = uuid.uuid4().hex
    blocks: Blocks = {f"{_PLACEHOLDER}data-{token}": lambda: iter_script_json(payload()),
                      f"{_PLACEHOLDER}basemap-{token}": lambda: iter_script_json(json.loads(basemap_json()))}
    data_mark, basemap_mark = (Markup(k) for k in blocks)
    return environment().get_template("report.html"), dict(
        v=view, css=Markup(css), js=Markup(js), csp=csp, data_json=data_mark,
        config_json=Markup(script_json(workbench.config())), basemap_json=basemap_mark), blocks


def write_html(analysis: Analysis, path: Path, lang: str = "ar") -> Path:
    """report.html, streamed: the pieces of :func:`iter_html` are written as they are made (the same
    text as :func:`render_html`), so the whole page (39 MB for 1,000 articles) is never one string,
    nor its UTF-8 bytes a second copy."""
    _write_pieces(iter_html(analysis, lang), path)
    return path


def _write_pieces(pieces: Iterable[str], path: Path, size: int = 1 << 16) -> None:
    """Write text pieces as UTF-8, joined into writes of about ``size`` characters."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        buf: list[str] = []
        n = 0
        for piece in pieces:
            buf.append(piece)
            n += len(piece)
            if n >= size:
                fh.write("".join(buf))
                buf, n = [], 0
        fh.write("".join(buf))
