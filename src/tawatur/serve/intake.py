"""Turning a POSTed JSON body or uploaded file into articles, with every problem a clear message."""
from __future__ import annotations

import hashlib
import json
from typing import Any

from ..ingest.decode import IngestError, decode_bytes
from ..ingest.readers import finish, from_html, from_record, loads_json
from ..model import Article

MAX_RECORDS = 200
FIELDS = ("id", "text", "html", "url", "outlet", "published", "title")
CONTENT = ("text", "html", "title")  # a record needs one: its text, its page, or (a flash) its title


class MissingContent(IngestError):
    """A record with none of :data:`CONTENT`: the body breaks the schema (the API answers 422)."""


def _default_id(data: bytes | str) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return "api-" + hashlib.sha1(raw).hexdigest()[:12]


def articles_from_json(body: bytes, rejected: list[dict[str, Any]] | None = None) -> list[Article]:
    """One record ``{text|html|title, id?, url?, outlet?, published?}``, a list, or ``{"articles": [...]}``.

    A record with only a title is a flash, read as the CLI reads one (its title is its text, with a
    warning). A body that breaks the schema (not JSON, nested too deep, a field of the wrong type; a
    record with none of text, html and title raises :class:`MissingContent`) is refused whole. A record that fits the schema but cannot be read (an HTML page with no text...) is
    appended to ``rejected`` as ``{"item": i, "reason": ...}`` and the others go on; when
    ``rejected`` is None, or no record can be read, it raises :class:`IngestError`."""
    try:
        data: Any = loads_json(body.decode("utf-8-sig"))  # a BOM (PowerShell, .NET) is no error (RFC 8259 §8.1)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IngestError(f"body is not valid UTF-8 JSON: {exc}") from exc
    if isinstance(data, dict) and "articles" in data:
        if not isinstance(data["articles"], list):
            raise IngestError("'articles' must be a list of article objects")
        data = data["articles"]
    records = data if isinstance(data, list) else [data]
    if not records:
        raise IngestError("no article in the body")
    if len(records) > MAX_RECORDS:
        raise IngestError(f"at most {MAX_RECORDS} articles per request")
    out = []
    for i, rec in enumerate(records):
        if not isinstance(rec, dict):
            raise IngestError(f"item {i} is a JSON {type(rec).__name__}, not an object")
        bad = [k for k in FIELDS if k in rec and not isinstance(rec[k], str)]
        if bad:
            raise IngestError(f"item {i}: field(s) {', '.join(bad)} must be strings")
        if not any(k in rec for k in CONTENT):  # the schema asks for one of them
            raise MissingContent(f"item {i} has none of the fields 'text', 'html' or 'title': send the "
                                 "article's text, its page, or for a flash its title")
    for i, rec in enumerate(records):
        try:
            out.append(from_record(rec, _record_id(rec), "api"))
        except Exception as exc:  # one unreadable record never costs the others
            reason = str(exc) if isinstance(exc, IngestError) else \
                f"could not be read ({type(exc).__name__}: {exc})"
            if rejected is None:
                raise IngestError(f"item {i}: {reason}") from exc
            rejected.append({"item": i, "reason": reason})
    if not out:
        raise IngestError("no article could be read: " + "; ".join(
            f"item {r['item']}: {r['reason']}" for r in (rejected or [])[:5]))
    return out


def _record_id(rec: dict[str, Any]) -> str:
    try:
        return _default_id(json.dumps(rec, sort_keys=True, ensure_ascii=False))
    except (RecursionError, ValueError):  # a value nested too deep, a lone surrogate
        return _default_id(repr(sorted(rec.items()))[:100_000])


def article_from_upload(data: bytes, filename: str | None, meta: dict[str, str | None]) -> Article:
    """An uploaded .html/.htm/.txt file; the file name is only a hint, never a path we open."""
    if not data.strip():
        raise IngestError("uploaded file is empty")
    text, _enc = decode_bytes(data)
    name = (filename or "").lower()
    # the outlet is part of the default id as it is of the store's key: the same file sent for two
    # outlets is two articles, not one id with two contents
    outlet = (meta.get("outlet") or "").strip()
    art_id = meta.get("id") or _default_id(f"{outlet}\n".encode() + data if outlet else data)
    is_html = name.endswith((".html", ".htm")) or text.lstrip()[:1] == "<"
    try:
        if is_html:
            art = from_html(text, art_id, meta.get("url"), title=meta.get("title"),
                            published=meta.get("published"), outlet=meta.get("outlet"), source_path="upload")
        else:
            art = Article(id=art_id, raw=text, url=meta.get("url"), title=meta.get("title"),
                          published=meta.get("published"), outlet=meta.get("outlet"), source_path="upload")
        return finish(art)
    except IngestError:
        raise
    except Exception as exc:  # a clear 400, never a 500, for a file we cannot read
        raise IngestError(f"uploaded file could not be read ({type(exc).__name__}: {exc})") from exc
