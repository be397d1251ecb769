"""Turning a POSTed JSON body or uploaded file into articles, with every problem a clear message.

One bad record never costs the others: each record that cannot become an article is reported by its
position and reason, and the rest go on. Only a body that is unusable as a whole (not JSON, nested
too deep, too many records, or no usable record at all) is refused.
"""
from __future__ import annotations

import hashlib
import json
import logging
from typing import Any

from ..ingest.decode import IngestError, decode_bytes
from ..ingest.readers import finish, from_html, from_record
from ..model import Article
from ..store.repository import record_problem, scrub_article, scrubbed

log = logging.getLogger("tawatur.serve")

MAX_RECORDS = 200
FIELDS = ("id", "text", "html", "url", "outlet", "published", "title")


def _default_id(data: bytes | str) -> str:
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    return "api-" + hashlib.sha1(raw).hexdigest()[:12]


def _parse(body: bytes) -> Any:
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IngestError(f"body is not valid UTF-8 JSON: {exc}") from exc
    except RecursionError:
        raise IngestError("body is not usable JSON: it is nested too deeply") from None


def _record(i: int, rec: Any) -> Article:
    """Item ``i`` of a JSON body as an analysable article, or IngestError with the reason."""
    if not isinstance(rec, dict):
        raise IngestError(f"a JSON {type(rec).__name__}, not an object")
    bad = [k for k in FIELDS if k in rec and not isinstance(rec[k], str)]
    if bad:
        raise IngestError(f"field(s) {', '.join(bad)} must be strings")
    rec = scrubbed({k: v for k, v in rec.items() if k in FIELDS})  # NUL, lone surrogates: U+FFFD
    try:
        art = from_record(rec, _default_id(json.dumps(rec, sort_keys=True, ensure_ascii=False)), "api")
    except IngestError:
        raise
    except Exception as exc:  # a reader's failure on this record is this record's problem only
        log.warning("item %d could not be read", i, exc_info=True)
        raise IngestError(f"could not be read ({type(exc).__name__}: {str(exc)[:200]})") from exc
    scrub_article(art)
    why = record_problem(art)
    if why:
        raise IngestError(why)
    return art


def read_records(body: bytes) -> tuple[list[Article], list[dict[str, str]]]:
    """Articles from a JSON body (one record ``{text|html, id?, url?, outlet?, published?, title?}``, a
    list, or ``{"articles": [...]}``) and, for each record that is not usable, ``{input, reason}``.

    Raises IngestError when the body as a whole is unusable or when no record is usable."""
    data = _parse(body)
    if isinstance(data, dict) and "articles" in data:
        if not isinstance(data["articles"], list):
            raise IngestError("'articles' must be a list of article objects")
        data = data["articles"]
    records = data if isinstance(data, list) else [data]
    if not records:
        raise IngestError("no article in the body")
    if len(records) > MAX_RECORDS:
        raise IngestError(f"at most {MAX_RECORDS} articles per request")
    out, failed = [], []
    for i, rec in enumerate(records):
        try:
            out.append(_record(i, rec))
        except IngestError as exc:
            failed.append({"input": f"item {i}", "reason": str(exc)})
    if not out:
        raise IngestError("; ".join(f"{f['input']}: {f['reason']}" for f in failed[:10]))
    return out, failed



def article_from_upload(data: bytes, filename: str | None, meta: dict[str, str | None]) -> Article:
    """An uploaded .html/.htm/.txt file; the file name is only a hint, never a path we open."""
    if not data.strip():
        raise IngestError("uploaded file is empty")
    text, _enc = decode_bytes(data)
    name = (filename or "").lower()
    art_id = meta.get("id") or _default_id(data)
    is_html = name.endswith((".html", ".htm")) or text.lstrip()[:1] == "<"
    meta = scrubbed(dict(meta))
    try:
        if is_html:
            art = from_html(text, art_id, meta.get("url"), title=meta.get("title"),
                            published=meta.get("published"), outlet=meta.get("outlet"), source_path="upload")
        else:
            art = Article(id=art_id, raw=text, url=meta.get("url"), title=meta.get("title"),
                          published=meta.get("published"), outlet=meta.get("outlet"), source_path="upload")
        art = finish(art)
    except IngestError:
        raise
    except Exception as exc:  # the reader failed on this file: say so, never a traceback
        log.warning("uploaded file could not be read", exc_info=True)
        raise IngestError(f"the uploaded file could not be read ({type(exc).__name__}: {str(exc)[:200]})") from exc
    scrub_article(art)
    why = record_problem(art)
    if why:
        raise IngestError(why)
    return art
