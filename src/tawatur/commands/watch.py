"""``tawatur watch FEED_URL... --db X --every 10m``: poll RSS/Atom feeds and ingest new items.

Each feed is fetched with a conditional GET (ETag / Last-Modified kept per feed in the database), so
an unchanged feed costs a 304. A failing feed backs off exponentially (every × 2^failures, at most a
day) without slowing the others. Ctrl-C stops cleanly between polls; what was ingested stays.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Iterator
from typing import Any

from ..model import Article
from .common import bounded

MAX_BACKOFF = 86_400.0
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(value: str) -> float:
    """'10m', '30s', '2h', '1d' or plain seconds, as seconds (at least one)."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", value)
    if not m or float(m.group(1)) <= 0:
        raise argparse.ArgumentTypeError(f"not a duration: {value!r} (e.g. 30s, 10m, 1h)")
    return float(m.group(1)) * _UNITS[m.group(2) or "s"]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("watch", help="poll RSS/Atom feeds and ingest new items into a database",
                       description=__doc__.split("\n\n")[1] if __doc__ else None)
    p.add_argument("feeds", nargs="+", metavar="FEED_URL")
    p.add_argument("--db", required=True, help="SQLite file path or postgresql:// URL")
    p.add_argument("--every", type=parse_every, default=600.0, help="poll interval (default 10m)")
    p.add_argument("--once", action="store_true", help="poll each feed once and exit")
    p.add_argument("--max-bytes", type=bounded(int, 1), default=20_000_000, help="largest feed or page accepted")
    p.add_argument("--quiet", "-q", action="store_true")
    p.add_argument("--allow-private", action="store_true",
                   help="allow feeds and pages on private, loopback or link-local addresses (refused "
                        "by default so that a feed cannot make tawatur fetch inside your network)")
    p.set_defaults(func=run)


def fetch_feed(state: dict[str, Any], max_bytes: int, allow_private: bool = False) -> str | None:
    """The feed's text, or None when the server says 304 Not Modified; updates the validators.

    The fetch has the same limits as any URL input (total deadline, decompressed-size cap, no
    private address unless allowed); a problem raises :class:`IngestError`."""
    from ..ingest.decode import decode_bytes
    from ..ingest.fetch import download

    headers = {}
    if state.get("etag"):
        headers["If-None-Match"] = state["etag"]
    if state.get("last_modified"):
        headers["If-Modified-Since"] = state["last_modified"]
    got = download(state["url"], max_bytes, allow_private=allow_private, headers=headers)
    state["last_status"] = str(got.status)
    if got.status == 304:
        return None
    state["etag"] = got.headers.get("etag") or state.get("etag")
    state["last_modified"] = got.headers.get("last-modified") or state.get("last_modified")
    return decode_bytes(got.body)[0]


def feed_articles(text: str, state: dict[str, Any], max_bytes: int, errors: list[str],
                  allow_private: bool = False) -> Iterator[Article]:
    """New items of a feed: linked pages already fetched once (``seen``) are not fetched again.
    A bad item (or page) is one line in ``errors``; the other items go on."""
    from ..ingest.fetch import read_url
    from ..ingest.readers import read_feed

    seen = set(state.get("seen") or [])

    def on_error(source: str, reason: str) -> None:
        errors.append(f"{source}: {reason}")

    def fetch(link: str) -> Iterator[Article]:
        if link in seen:
            return iter(())
        state.setdefault("seen", []).append(link)
        return read_url(link, max_bytes, on_error, depth=1, allow_private=allow_private)

    yield from read_feed(text, state["url"], on_error, fetch)


def poll(store: Any, url: str, every: float, max_bytes: int, quiet: bool,
         allow_private: bool = False) -> bool:
    """Poll one feed now; record success or back off. False when the poll failed: that is said on
    stderr even with --quiet (quiet silences progress, never a loss)."""
    from sqlalchemy.exc import SQLAlchemyError

    from ..ingest.decode import IngestError
    from ..store import StoreBusy

    state = store.feed_state(url)
    before = {k: state.get(k) for k in ("etag", "last_modified")} | {"seen": list(state.get("seen") or [])}
    errors: list[str] = []
    try:
        text = fetch_feed(state, max_bytes, allow_private)
        if text is None:
            msg = "not modified"
        else:
            res = store.ingest_articles(list(feed_articles(text, state, max_bytes, errors, allow_private)))
            msg = res.summary()
        state["failures"] = 0
        state["next_poll"] = time.time() + every
    except (IngestError, ValueError, StoreBusy, SQLAlchemyError) as exc:
        # Nothing of this poll was stored: forget its validators and seen links, so that the next
        # poll fetches the same items again instead of a 304 or a "seen" that would lose them.
        state.update(before)
        state["failures"] = int(state.get("failures") or 0) + 1
        state["last_status"] = f"error: {exc}"[:500]
        state["next_poll"] = time.time() + min(every * 2 ** state["failures"], MAX_BACKOFF)
        msg = f"{state['last_status']} (retry in {state['next_poll'] - time.time():.0f}s)"
        quiet = False
    try:
        store.save_feed_state(state)
    except (StoreBusy, SQLAlchemyError) as exc:  # the next poll starts from the last saved state
        print(f"{url}: could not save the feed's state: {exc}", file=sys.stderr)
    for e in errors:
        print(f"skipped {e}", file=sys.stderr)
    if not quiet:
        print(f"{url}: {msg}", file=sys.stderr)
    return state["failures"] == 0


def run(args: argparse.Namespace) -> int:
    from ..store import open_store

    with open_store(args.db) as store:
        try:
            while True:
                now = time.time()
                polled = [poll(store, url, args.every, args.max_bytes, args.quiet, args.allow_private)
                          for url in args.feeds if args.once or store.feed_state(url)["next_poll"] <= now]
                if args.once:  # as analyze and ingest: 1 when every input failed
                    return 0 if any(polled) else 1
                wake = min(store.feed_state(u)["next_poll"] for u in args.feeds)
                time.sleep(max(0.5, min(wake - time.time(), 60.0)))
        except KeyboardInterrupt:
            print("watch stopped", file=sys.stderr)
            return 0
