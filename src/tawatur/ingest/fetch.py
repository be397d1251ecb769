"""Fetching a URL with a timeout and a size cap; a page or a feed is told apart by type and sniffing."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone

import httpx

from ..model import Article
from .decode import IngestError, decode_bytes
from .readers import ErrorHandler, _looks_feed, _note_encoding, finish, from_html, read_feed, url_id

TIMEOUT = httpx.Timeout(20.0, connect=10.0)
USER_AGENT = "tawatur/0.1 (+news reader; offline analysis)"
_FEED_TYPES = ("rss", "atom", "application/xml", "text/xml", "rdf")


def download(url: str, max_bytes: int) -> tuple[bytes, str]:
    """Body and content type of ``url``; raises :class:`IngestError` for any network or size problem."""
    try:
        with httpx.Client(timeout=TIMEOUT, follow_redirects=True,
                          headers={"User-Agent": USER_AGENT}) as client:
            with client.stream("GET", url) as resp:
                if resp.status_code >= 400:
                    raise IngestError(f"HTTP {resp.status_code} {resp.reason_phrase}".strip())
                declared = resp.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > max_bytes:
                    raise IngestError(f"response is {int(declared):,} bytes, larger than the "
                                      f"{max_bytes:,}-byte limit")
                chunks, total = [], 0
                for chunk in resp.iter_bytes():
                    total += len(chunk)
                    if total > max_bytes:
                        raise IngestError(f"response is larger than the {max_bytes:,}-byte limit")
                    chunks.append(chunk)
                return b"".join(chunks), resp.headers.get("content-type", "").lower()
    except httpx.TimeoutException as exc:
        raise IngestError(f"unreachable: timed out ({type(exc).__name__})") from exc
    except httpx.HTTPError as exc:
        raise IngestError(f"unreachable: {type(exc).__name__}: {exc}") from exc


def _today() -> str:
    return datetime.now(timezone.utc).date().isoformat()


def read_url(url: str, max_bytes: int, on_error: ErrorHandler, depth: int = 0) -> Iterator[Article]:
    """Articles from a URL: one for an HTML page or a text file, one per item for an RSS/Atom feed."""
    def fetch(link: str) -> Iterator[Article]:
        if depth >= 1:  # a feed item's link is a page; never follow a feed inside a feed
            on_error(link, "feed item links to another feed; not followed")
            return iter(())
        return read_url(link, max_bytes, on_error, depth + 1)

    try:
        data, ctype = download(url, max_bytes)
        text, encoding = decode_bytes(data)
    except IngestError as exc:
        on_error(url, str(exc))
        return
    try:
        if any(t in ctype for t in _FEED_TYPES) or _looks_feed(text):
            yield from read_feed(text, url, on_error, fetch)
        elif "html" in ctype or text.lstrip()[:1] == "<":
            art = from_html(text, url_id(url), url, source_path=url)
            art.meta["fetched"] = _today()  # a page dated "yesterday" means the day before this
            yield _note_encoding(finish(art), encoding)
        else:
            art = Article(id=url_id(url), raw=text, url=url, source_path=url)
            art.meta["fetched"] = _today()
            yield _note_encoding(finish(art), encoding)
    except IngestError as exc:
        on_error(url, str(exc))
