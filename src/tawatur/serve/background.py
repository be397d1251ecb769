"""The app served by uvicorn in a background thread of this process, for tools, notebooks and tests
that need a real server next to their own code: ``with serve_in_background(db) as base: ...``.

``tawatur serve`` is the way to run the service; this is the way to run it *beside* something else
(a browser driver, a screenshot tool) and stop it cleanly when that is done.
"""
from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on now (the OS picks it)."""
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def _wait_ready(base: str, thread: threading.Thread, seconds: float) -> None:
    """Return once the API answers; raise if the server thread died or never answered."""
    import httpx

    end = time.monotonic() + seconds
    while time.monotonic() < end and thread.is_alive():
        try:
            if httpx.get(base + "/api/v1/outlets", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"the app at {base} did not answer within {seconds:g} s")


@contextmanager
def serve_in_background(db: str, token: str | None = None, host: str = "127.0.0.1",
                        seconds: float = 15) -> Iterator[str]:
    """Serve the store ``db`` (write token ``token``) on a free port of ``host``; yield its base URL.

    When the block ends the server is asked to exit, its thread joined and the store closed, so a
    caller can delete the database right after."""
    import uvicorn

    from . import Settings, create_app

    app = create_app(Settings(db=db, token=token))
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=free_port(host), log_level="warning"))
    thread = threading.Thread(target=server.run, name="tawatur-serve", daemon=True)
    thread.start()
    base = f"http://{host}:{server.config.port}"
    try:
        _wait_ready(base, thread, seconds)
        yield base
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        app.state.store.close()
