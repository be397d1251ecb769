"""Fetching a URL the user asked for, and nothing else, within hard limits.

* a total deadline per fetch (``DEADLINE`` seconds from connecting to the last byte): a server that
  trickles one byte every few seconds is cut off, however the bytes are spaced;
* a cap on the body *after* decompression, enforced while decompressing (a small gzip that would
  expand to gigabytes stops at the cap, with the memory of the cap);
* private, loopback, link-local and reserved addresses are refused unless the user opts in
  (``allow_private``, the ``--allow-private`` flag): the check is made on the address actually
  connected to, for every redirect, so a DNS answer cannot point the fetch inside the network.

A page or a feed is told apart by type and sniffing. Parsers never fetch: see :mod:`.html`.
"""
from __future__ import annotations

import ipaddress
import socket
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urljoin, urlparse

import httpcore
import httpx

from ..model import Article
from .decode import IngestError, decode_bytes
from .readers import (
    ErrorHandler,
    _looks_feed,
    _note_encoding,
    finish,
    from_html,
    guarded,
    read_feed,
    read_text_blob,
    url_id,
)

TIMEOUT = httpx.Timeout(20.0, connect=10.0)
DEADLINE = 60.0  # seconds for one whole fetch, redirects included
MAX_REDIRECTS = 5
USER_AGENT = "tawatur/0.1 (+news reader; offline analysis)"
_FEED_TYPES = ("rss", "atom", "application/xml", "text/xml", "rdf")
_CHUNK = 65536
_BINARY_MAJOR = ("image", "audio", "video", "font", "model")
_BINARY_APPLICATION = ("pdf", "zip", "x-zip", "msword", "vnd.", "x-tar", "x-7z", "x-rar", "x-msdownload",
                       "java-archive", "wasm", "x-shockwave-flash", "postscript")


@dataclass
class Fetched:
    """A response body (decompressed, capped) with what a conditional GET needs."""

    status: int
    body: bytes
    content_type: str
    headers: dict[str, str]
    url: str


def _public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write ends by the fetch's deadline."""

    def __init__(self, stream: httpcore.NetworkStream, deadline: float) -> None:
        self._stream, self._deadline = stream, deadline

    def _left(self, timeout: float | None) -> float:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise httpcore.ReadTimeout("the fetch's total deadline passed")
        return left if timeout is None else min(timeout, left)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._left(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, self._left(timeout)),
                               self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _GuardedBackend(httpcore.SyncBackend):
    """Resolves the host itself, refuses non-public addresses unless allowed, connects to the
    address it checked, and hands out deadline-bound connections."""

    def __init__(self, deadline: float, allow_private: bool) -> None:
        self.deadline, self.allow_private = deadline, allow_private

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        addrs = list(dict.fromkeys(str(info[4][0]) for info in infos))
        allowed = [a for a in addrs if self.allow_private or _public(ipaddress.ip_address(a.split("%")[0]))]
        if not allowed:
            raise PrivateAddressError(f"{host} is a private or local address ({', '.join(addrs[:3])}); "
                                      "refused (use --allow-private to fetch inside your network)")
        last: Exception | None = None
        for addr in allowed:
            left = self.deadline - time.monotonic()
            if left <= 0:
                raise httpcore.ConnectTimeout("the fetch's total deadline passed")
            try:
                stream = super().connect_tcp(addr, port, min(timeout or left, left), local_address,
                                             socket_options)
                return _DeadlineStream(stream, self.deadline)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        raise last or httpcore.ConnectError(f"cannot connect to {host}")


class PrivateAddressError(httpcore.ConnectError):
    """The URL's host is inside the local network and the user did not opt in."""


def _client(deadline: float, allow_private: bool) -> httpx.Client:
    transport = httpx.HTTPTransport(trust_env=False)
    # the same pool httpx builds, with our network backend (resolution, address check, deadline)
    transport._pool = httpcore.ConnectionPool(ssl_context=httpx.create_ssl_context(),
                                              network_backend=_GuardedBackend(deadline, allow_private))
    return httpx.Client(transport=transport, timeout=TIMEOUT, follow_redirects=False, trust_env=False,
                        headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"})


class _Inflater:
    """Content-Encoding undone chunk by chunk, never producing more than ``cap`` bytes in all."""

    def __init__(self, encoding: str, cap: int) -> None:
        codings = [c.strip() for c in encoding.lower().split(",") if c.strip() not in ("", "identity")]
        if len(codings) > 1 or (codings and codings[0] not in ("gzip", "x-gzip", "deflate")):
            raise IngestError(f"unsupported Content-Encoding {encoding!r}")
        self.coding = codings[0] if codings else ""
        self.cap, self.total = cap, 0
        wbits = 16 + zlib.MAX_WBITS if self.coding in ("gzip", "x-gzip") else zlib.MAX_WBITS
        self.z = zlib.decompressobj(wbits) if self.coding else None
        self.first = True

    def feed(self, data: bytes) -> bytes:
        if self.z is None:
            out = data
        else:
            if self.first and self.coding == "deflate" and data[:1] and (data[0] & 0x0F) != 8:
                self.z = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate, as some servers send
            self.first = False
            try:
                out = self.z.decompress(data, self.cap - self.total + 1)
            except zlib.error as exc:
                raise IngestError(f"corrupt {self.coding} body ({exc})") from exc
        self.total += len(out)
        if self.total > self.cap:
            raise IngestError(f"response is larger than the {self.cap:,}-byte limit once decompressed")
        return out


def _refuse_unreadable(ctype: str, url: str) -> None:
    """A URL (or the redirect it led to) that answers with a document, image, archive or media file is
    told as such before its body is read: not a page, feed or text, and never bytes to sniff."""
    kind = ctype.split(";")[0].strip().lower()
    major, _, minor = kind.partition("/")
    if major in _BINARY_MAJOR or (major == "application" and minor.startswith(_BINARY_APPLICATION)):
        raise IngestError(f"{url[:200]} answered with {kind}: not a page, feed or text; not read")


def download(url: str, max_bytes: int, *, allow_private: bool = False, deadline: float | None = None,
             headers: dict[str, str] | None = None) -> Fetched:
    """GET ``url`` (redirects followed and checked), body decompressed and capped at ``max_bytes``.

    Raises :class:`IngestError` for any network, address, time or size problem; a status of 400
    or more is an error, a 304 is returned with an empty body."""
    deadline = DEADLINE if deadline is None else deadline
    end = time.monotonic() + deadline
    try:
        with _client(end, allow_private) as client:
            for _ in range(MAX_REDIRECTS + 1):
                if urlparse(url).scheme not in ("http", "https"):
                    raise IngestError(f"only http and https URLs are fetched, not {url[:80]!r}")
                with client.stream("GET", url, headers=headers) as resp:
                    if resp.is_redirect and resp.headers.get("location"):
                        url = urljoin(url, resp.headers["location"])
                        continue
                    if resp.status_code >= 400:
                        raise IngestError(f"HTTP {resp.status_code} {resp.reason_phrase}".strip())
                    _refuse_unreadable(resp.headers.get("content-type", ""), url)
                    return Fetched(resp.status_code, _read_body(resp, max_bytes),
                                   resp.headers.get("content-type", "").lower(), dict(resp.headers), url)
            raise IngestError(f"more than {MAX_REDIRECTS} redirects")
    except httpx.TimeoutException as exc:
        if time.monotonic() >= end:
            raise IngestError(f"unreachable: took longer than the {deadline:g}-second limit") from exc
        raise IngestError(f"unreachable: timed out ({type(exc).__name__})") from exc
    except httpx.HTTPError as exc:
        cause = exc.__cause__ or exc.__context__
        if isinstance(cause, PrivateAddressError):
            raise IngestError(str(cause)) from exc
        raise IngestError(f"unreachable: {type(exc).__name__}: {exc}") from exc


def _today() -> str:
    return datetime.now(timezone.utc).date().isoformat()


def _read_body(resp: httpx.Response, max_bytes: int) -> bytes:
    declared = resp.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise IngestError(f"response is {int(declared):,} bytes, larger than the {max_bytes:,}-byte limit")
    inflater = _Inflater(resp.headers.get("content-encoding", ""), max_bytes)
    chunks, raw = [], 0
    for chunk in resp.iter_raw(_CHUNK):
        raw += len(chunk)
        if raw > max_bytes:
            raise IngestError(f"response is larger than the {max_bytes:,}-byte limit")
        chunks.append(inflater.feed(chunk))
    return b"".join(chunks)


def read_url(url: str, max_bytes: int, on_error: ErrorHandler, depth: int = 0, *,
             allow_private: bool = False) -> Iterator[Article]:
    """Articles from a URL: one for an HTML page or a text file, one per item for an RSS/Atom feed."""
    def fetch(link: str) -> Iterator[Article]:
        if depth >= 1:  # a feed item's link is a page; never follow a feed inside a feed
            on_error(link, "feed item links to another feed; not followed")
            return iter(())
        return read_url(link, max_bytes, on_error, depth + 1, allow_private=allow_private)

    try:
        got = download(url, max_bytes, allow_private=allow_private)
        text, encoding = decode_bytes(got.body)
    except IngestError as exc:
        on_error(url, str(exc))
        return
    yield from guarded(_articles(url, text, encoding, got.content_type, on_error, fetch), url, on_error)


def _articles(url: str, text: str, encoding: str, ctype: str, on_error: ErrorHandler,
              fetch: Any) -> Iterator[Article]:
    if any(t in ctype for t in _FEED_TYPES) or _looks_feed(text):
        yield from read_feed(text, url, on_error, fetch)
    elif "json" in ctype.split(";")[0]:  # records, as a .json file is read (not JSON syntax as prose)
        yield from read_text_blob(text, url_id(url), url, encoding, ".json", on_error, fetch)
    elif "html" in ctype or text.lstrip()[:1] == "<":
        art = from_html(text, url_id(url), url, source_path=url)
        art.meta["fetched"] = _today()  # a page dated "yesterday" means the day before this
        yield _note_encoding(finish(art), encoding)
    else:
        art = Article(id=url_id(url), raw=text, url=url, source_path=url)
        art.meta["fetched"] = _today()
        yield _note_encoding(finish(art), encoding)
