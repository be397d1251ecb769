"""``tawatur ingest`` and ``tawatur watch`` end to end: real files, a real HTTP server with 304s."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tawatur.cli import main
from tawatur.commands.watch import parse_every, poll
from tawatur.store import open_store

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>نشرة تجريبية</title><link>http://127.0.0.1/</link>
<item><title>خبر أول</title><link>http://127.0.0.1/news/1</link><pubDate>Fri, 06 Dec 2024 10:00:00 GMT</pubDate>
<description>{body1}</description></item>
<item><title>خبر ثان</title><link>http://127.0.0.1/news/2</link><pubDate>Sat, 07 Dec 2024 09:00:00 GMT</pubDate>
<description>{body2}</description></item>
</channel></rss>"""
BODY1 = "أفاد مراسلون بأن فصائل المعارضة دخلت أحياء في مدينة حماة بعد اشتباكات عنيفة مع القوات الحكومية. " * 6
BODY2 = "قالت وكالة محلية إن آلاف المدنيين نزحوا من ريف حمص الشمالي خلال الساعات الماضية هربا من القصف. " * 6


class FeedHandler(BaseHTTPRequestHandler):
    hits: list[tuple[str, str]] = []
    fail = False
    etag = '"v1"'

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        cls = type(self)
        if cls.fail:
            cls.hits.append(("500", self.path))
            self.send_error(500, "down")
            return
        if self.headers.get("If-None-Match") == cls.etag:
            cls.hits.append(("304", self.path))
            self.send_response(304)
            self.end_headers()
            return
        cls.hits.append(("200", self.path))
        data = FEED.format(body1=BODY1, body2=BODY2).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
        self.send_header("ETag", cls.etag)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def feed_url():
    FeedHandler.hits = []
    FeedHandler.fail = False
    server = ThreadingHTTPServer(("127.0.0.1", 0), FeedHandler)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
    server.shutdown()
    server.server_close()


def test_watch_conditional_get_and_backoff(tmp_path, feed_url, capsys):
    db = str(tmp_path / "w.db")
    assert main(["watch", feed_url, "--db", db, "--once", "--allow-private"]) == 0
    with open_store(db) as st:
        assert st.counts()["articles"] == 2
        assert st.feed_state(feed_url)["etag"] == '"v1"'
    assert main(["watch", feed_url, "--db", db, "--once", "--allow-private"]) == 0
    assert [h[0] for h in FeedHandler.hits] == ["200", "304"]
    FeedHandler.fail = True
    with open_store(db) as st:
        poll(st, feed_url, 60.0, 10_000_000, quiet=True, allow_private=True)
        first = st.feed_state(feed_url)
        poll(st, feed_url, 60.0, 10_000_000, quiet=True, allow_private=True)
        second = st.feed_state(feed_url)
        assert first["failures"] == 1 and second["failures"] == 2
        assert second["next_poll"] - first["next_poll"] > 100  # 120 s then 240 s
        assert st.counts()["articles"] == 2


def test_watch_once_that_fetched_nothing_says_so_even_quiet(tmp_path, feed_url, capsys):
    """Every feed failed: exit 1 (as analyze and ingest), and the reason on stderr despite -q."""
    db = str(tmp_path / "w.db")
    FeedHandler.fail = True
    assert main(["watch", feed_url, "--db", db, "--once", "--allow-private", "-q"]) == 1
    assert f"{feed_url}: error: HTTP 500" in capsys.readouterr().err
    FeedHandler.fail = False
    assert main(["watch", feed_url, "--db", db, "--once", "--allow-private", "-q"]) == 0
    assert capsys.readouterr().err == ""


def test_parse_every():
    assert parse_every("10m") == 600 and parse_every("30s") == 30 and parse_every("2") == 2
    import argparse
    with pytest.raises(argparse.ArgumentTypeError):
        parse_every("soon")


def test_ingest_command_is_idempotent(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    recs = [{"id": "j1", "outlet": "تجريبي", "published": "2024-12-06", "text": BODY1},
            {"id": "j2", "outlet": "تجريبي", "published": "2024-12-07", "text": BODY2}]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs), encoding="utf-8")
    db = str(tmp_path / "i.db")
    assert main(["ingest", str(src), "--db", db]) == 0
    assert "2 added" in capsys.readouterr().out
    assert main(["ingest", str(src), "--db", db]) == 0
    assert "0 added, 2 already stored" in capsys.readouterr().out
    with open_store(db) as st:
        assert st.counts()["articles"] == 2 and st.check_consistency() == []
