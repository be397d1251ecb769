"""Feeds: the polling state of each RSS/Atom feed (ETag, Last-Modified, failures, items seen)."""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy import (
    Connection,
    delete,
    insert,
    select,
)

from . import schema as S


class FeedsMixin:
    """Per-feed state kept between polls by ``tawatur watch``."""

    def feed_state(self, url: str) -> dict[str, Any]:
        with self.engine.connect() as conn:
            row = conn.execute(select(S.feeds).where(S.feeds.c.url == url)).mappings().first()
        if row is None:
            return {"url": url, "etag": None, "last_modified": None, "failures": 0, "next_poll": 0.0,
                    "last_status": None, "seen": []}
        d = dict(row)
        d["seen"] = json.loads(d["seen"] or "[]")
        return d

    def save_feed_state(self, state: dict[str, Any]) -> None:
        row = dict(state)
        row["seen"] = json.dumps(list(row.get("seen", []))[-5000:], ensure_ascii=False)

        def work(conn: Connection) -> None:
            conn.execute(delete(S.feeds).where(S.feeds.c.url == row["url"]))
            conn.execute(insert(S.feeds), [row])

        self.write(work)
