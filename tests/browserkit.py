"""What every browser test shares: Debian's chromium and its flags, the marks that skip the module where
chromium is missing, a CSP-safe wait, and the real app served by uvicorn on a free local port."""
from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
MARKS = [pytest.mark.browser,
         pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"no chromium at {CHROMIUM}")]


def wait_until(page, js: str, seconds: float = 10) -> None:
    """Poll the expression ``js`` until it is true. Playwright's ``wait_for_function`` evaluates its
    predicate with ``eval`` in some releases, which our pages' CSP (no 'unsafe-eval') refuses;
    ``page.evaluate`` goes through the debugger protocol and is allowed."""
    end = time.monotonic() + seconds
    while not page.evaluate(js):
        assert time.monotonic() < end, f"timed out waiting for: {js}"
        page.wait_for_timeout(50)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def live_app(db: str, token: str) -> Iterator[str]:
    """The app over ``db`` with write token ``token``, answering at the yielded base URL until the block
    ends (then the server stops and the store closes)."""
    import uvicorn

    from tawatur.serve import Settings, create_app

    app = create_app(Settings(db=db, token=token))
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=free_port(), log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    base = f"http://127.0.0.1:{srv.config.port}"
    for _ in range(100):
        try:
            if httpx.get(base + "/api/v1/outlets", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    try:
        yield base
    finally:
        srv.should_exit = True
        t.join(timeout=10)
        app.state.store.close()
