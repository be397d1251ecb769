"""Turning a POSTed JSON body or uploaded file into articles, with every problem a clear message."""
from __future__ import annotations

import hashlib
import json
from typing import Any

from ..ingest.decode import IngestError, decode_bytes
from ..ingest.readers import finish, from_html, from_record
from ..model import Article

MAX_RECORDS = 200
FIELDS = ("id", "text", "html", "url", "outlet", "published", "title")


def _default_id(data: bytes | str) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return "api-" + hashlib.sha1(raw).hexdigest()[:12]


def articles_from_json(body: bytes) -> list[Article]:
    """One record ``{text|html, id?, url?, outlet?, published?, title?}``, a list, or ``{"articles": [...]}``."""
    try:
        data: Any = json.loads(body.decode("utf-8"))
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
        art = from_record(rec, _default_id(json.dumps(rec, sort_keys=True, ensure_ascii=False)), "api")
        out.append(art)
    return out


def article_from_upload(data: bytes, filename: str | None, meta: dict[str, str | None]) -> Article:
    """An uploaded .html/.htm/.txt file; the file name is only a hint, never a path we open."""
    if not data.strip():
        raise IngestError("uploaded file is empty")
    text, _enc = decode_bytes(data)
    name = (filename or "").lower()
    art_id = meta.get("id") or _default_id(data)
    is_html = name.endswith((".html", ".htm")) or text.lstrip()[:1] == "<"
    if is_html:
        art = from_html(text, art_id, meta.get("url"), title=meta.get("title"),
                        published=meta.get("published"), outlet=meta.get("outlet"), source_path="upload")
    else:
        art = Article(id=art_id, raw=text, url=meta.get("url"), title=meta.get("title"),
                      published=meta.get("published"), outlet=meta.get("outlet"), source_path="upload")
    return finish(art)
