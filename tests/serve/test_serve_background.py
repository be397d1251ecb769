"""``serve_in_background``: the real app on a free port in a thread, stopped and closed when the block
ends (what the screenshot tool and the browser tests run on)."""
from __future__ import annotations

import httpx
import pytest

from tawatur.serve.background import free_port, serve_in_background
from tawatur.store import open_store


def test_serves_the_store_and_stops(tmp_path):
    db = str(tmp_path / "bg.db")
    open_store(db).close()
    with serve_in_background(db, token="bg-token") as base:
        assert httpx.get(base + "/api/v1/outlets").status_code == 200
        r = httpx.post(base + "/api/v1/articles", headers={"Authorization": "Bearer bg-token"},
                       json={"id": "bg-1", "outlet": "وكالة تجريبية", "published": "2021-03-02",
                             "text": "سيطرت قوات المعارضة على بلدة كفرنبل بريف إدلب صباح اليوم."})
        assert r.status_code == 201, r.text
        assert httpx.get(base + "/api/v1/outlets").json()
    with pytest.raises(httpx.ConnectError):
        httpx.get(base + "/api/v1/outlets", timeout=2)
    (tmp_path / "bg.db").unlink()  # the store was closed: the file can go at once


def test_free_port_is_bindable():
    import socket

    port = free_port()
    with socket.socket() as s:
        s.bind(("127.0.0.1", port))
