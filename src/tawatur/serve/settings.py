"""What the web app is started with; one object shared by the API and the pages."""
from __future__ import annotations

import hmac
import os
from dataclasses import dataclass

DEFAULT_MAX_BODY = 5_000_000  # bytes accepted by POST /api/v1/articles
DEFAULT_WRITE_WAIT = 30.0  # seconds a POST waits for another writer before answering 503


@dataclass
class Settings:
    db: str
    token: str | None = None  # needed for write endpoints (Bearer); writes are refused without one
    read_token: str | None = None  # when set, read endpoints and pages need it too
    max_body: int = DEFAULT_MAX_BODY
    write_wait: float = DEFAULT_WRITE_WAIT  # a busy store answers 503 + Retry-After after this

    @classmethod
    def from_env(cls, db: str, token: str | None = None, read_token: str | None = None,
                 max_body: int | None = None, write_wait: float | None = None) -> Settings:
        return cls(db=db, token=token or os.environ.get("TAWATUR_TOKEN") or None,
                   read_token=read_token or os.environ.get("TAWATUR_READ_TOKEN") or None,
                   max_body=max_body or DEFAULT_MAX_BODY,
                   write_wait=DEFAULT_WRITE_WAIT if write_wait is None else write_wait)


def token_ok(header: str | None, expected: str) -> bool:
    """Constant-time check of an ``Authorization: Bearer …`` header."""
    if not header or not header.startswith("Bearer "):
        return False
    return hmac.compare_digest(header[len("Bearer "):].strip().encode(), expected.encode())
