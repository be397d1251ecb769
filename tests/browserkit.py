"""What every browser test shares: Debian's chromium and its flags, the marks that skip the module where
chromium is missing, a CSP-safe wait, and the real app served by uvicorn on a free local port."""
from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
# an article of ours whose text carries a script tag: pages must show it as text, never run it
HOSTILE_TEXT = "أعلنت فصائل المعارضة سيطرتها على مدينة حمص <script>alert(8)</script> صباح اليوم."
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
    """A free local TCP port (the package's own helper, re-exported for tests)."""
    from tawatur.serve.background import free_port as _free

    return _free()


@contextmanager
def live_app(db: str, token: str) -> Iterator[str]:
    """The app over ``db`` with write token ``token``, answering at the yielded base URL until the block
    ends (then the server stops and the store closes): the package's ``serve_in_background``."""
    from tawatur.serve.background import serve_in_background

    with serve_in_background(db, token) as base:
        yield base


@contextmanager
def examples_app(tmp_dir, token: str, outlet: str, article_id: str) -> Iterator[str]:
    """The app over a store of the bundled examples plus one hostile article (its outlet ``outlet``, a
    script tag in its text) posted through the API, as the browser tests want it."""
    from pathlib import Path

    from tawatur.cli import main

    db = str(Path(tmp_dir) / "examples.db")
    examples = Path(__file__).resolve().parents[1] / "examples"
    assert main(["ingest", "--db", db, "--quiet", str(examples)]) == 0
    with live_app(db, token) as base:
        r = httpx.post(base + "/api/v1/articles", headers={"Authorization": f"Bearer {token}"},
                       json={"id": article_id, "outlet": outlet, "published": "2019-08-21",
                             "text": HOSTILE_TEXT})
        assert r.status_code == 201, r.text
        yield base
