"""``tawatur serve --db X``: the web app and REST API (FastAPI under uvicorn)."""
from __future__ import annotations

import argparse
import sys

from ..serve.settings import DEFAULT_MAX_BODY, DEFAULT_WRITE_WAIT
from .common import bounded


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="serve the web app and the REST API over a database",
                       description="Pages (Arabic, English with ?lang=en) and the API under /api/v1 "
                                   "(schema at /api/v1/openapi.json). Writes need --token or TAWATUR_TOKEN.")
    p.add_argument("--db", required=True, help="SQLite file path or postgresql:// URL")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=bounded(int, 0, 65535), default=8000, help="port (default 8000)")
    p.add_argument("--token", default=None, help="bearer token for write endpoints (or env TAWATUR_TOKEN)")
    p.add_argument("--read-token", default=None,
                   help="also require a bearer token to read (or env TAWATUR_READ_TOKEN)")
    p.add_argument("--max-body", type=bounded(int, 1), default=DEFAULT_MAX_BODY,
                   help=f"largest accepted upload in bytes (default {DEFAULT_MAX_BODY:,})")
    p.add_argument("--write-wait", type=bounded(float, 0, 86400), default=DEFAULT_WRITE_WAIT,
                   help="seconds a POST waits for another writer before answering 503 with Retry-After "
                        f"(default {DEFAULT_WRITE_WAIT:g})")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from ..serve import Settings, create_app
    from ..store import StoreError

    settings = Settings.from_env(args.db, args.token, args.read_token, args.max_body, args.write_wait)
    try:
        app = create_app(settings)
    except StoreError as exc:
        print(f"tawatur serve: {exc}", file=sys.stderr)
        return 2
    if not settings.token:
        print("tawatur serve: no --token: POST /api/v1/articles is disabled", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return 0
