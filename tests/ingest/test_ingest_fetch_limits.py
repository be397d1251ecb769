"""Fetching only what was asked, within limits (issue 10), against real servers on 127.0.0.1."""
from __future__ import annotations

import gzip
import http.server
import json
import threading
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from tawatur.cli import main
from tawatur.ingest import IngestError, iter_articles
from tawatur.ingest.fetch import download

BODY = ("<html><head><title>قصف على سراقب</title></head><body><article>"
        + "<p>قصفت المدفعية أطراف مدينة سراقب شرقي إدلب مساء السبت، وقال الدفاع المدني إن فرقه أخمدت "
          "حريقا في أرض زراعية قرب الطريق الدولي دون أن يصاب أحد.</p>" * 3
        + "</article></body></html>").encode("utf-8")



def _bomb(mb: int) -> bytes:
    """``mb`` MB of spaces as gzip (about 1 KB per MB), made a megabyte at a time."""
    z = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return b"".join(z.compress(b" " * (1 << 20)) for _ in range(mb)) + z.flush()


BOMB = _bomb(64)


class Handler(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []
    stop = threading.Event()

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        type(self).hits.append(self.path)
        route = getattr(self, "route_" + self.path.strip("/").split("?")[0].replace("-", "_"), None)
        if route is None:
            self.send_error(404)
            return
        try:
            route()
        except (BrokenPipeError, ConnectionResetError):
            pass

    def route_page(self) -> None:
        self._send(BODY, "text/html; charset=utf-8")

    def route_gz_page(self) -> None:
        self._send(gzip.compress(BODY), "text/html; charset=utf-8", {"Content-Encoding": "gzip"})

    def route_bomb(self) -> None:
        self._send(BOMB, "text/html", {"Content-Encoding": "gzip"})

    def route_feed(self) -> None:  # three items: a bomb, a good page, a page that never ends in time
        base = f"http://{self.headers['Host']}"
        items = "".join(f"<item><title>خبر {i}</title><link>{base}/{path}</link><description>موجز</description></item>"
                        for i, path in enumerate(("bomb", "page", "trickle")))
        self._send(f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>{items}</channel></rss>'
                   .encode(), "application/rss+xml; charset=utf-8")

    def route_redirect(self) -> None:
        self.send_response(302)
        self.send_header("Location", "/page")
        self.end_headers()

    def route_to_file(self) -> None:
        self.send_response(302)
        self.send_header("Location", "file:///etc/hostname")
        self.end_headers()

    def route_to_pdf(self) -> None:
        self.send_response(302)
        self.send_header("Location", "/report-pdf")
        self.end_headers()

    def route_report_pdf(self) -> None:  # no NUL byte: only its type says it is no text
        self._send(b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n" + "قصف".encode() * 50, "application/pdf")

    def route_photo(self) -> None:
        self._send(b"\x89PNG\r\n\x1a\n" + b"\x01" * 5000, "image/png")

    def route_records(self) -> None:
        recs = [{"id": "rec-1", "outlet": "وكالة", "title": "قصف", "text": BODY.decode()[60:400]},
                {"id": "rec-2", "text": "<p>" + BODY.decode()[60:300]}]
        self._send(json.dumps(recs, ensure_ascii=False).encode(), "application/json; charset=utf-8")

    def route_trickle(self) -> None:  # headers at once, then a byte every 0.3 s
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", "1000")
        self.end_headers()
        self._drip(b"a" * 1000)

    def route_trickle_headers(self) -> None:  # even the status line comes a byte at a time
        self._drip(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Slow: " + b"x" * 1000)

    def _drip(self, data: bytes) -> None:
        for b in data:
            if type(self).stop.wait(0.3):
                return
            self.wfile.write(bytes([b]))
            self.wfile.flush()

    def _send(self, body: bytes, ctype: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def server() -> Iterator[str]:
    Handler.hits = []
    Handler.stop = threading.Event()
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    Handler.stop.set()
    httpd.shutdown()
    httpd.server_close()


def test_a_trickling_server_is_cut_at_the_deadline(server: str) -> None:
    for path in ("/trickle", "/trickle-headers"):
        t0 = time.monotonic()
        with pytest.raises(IngestError, match="longer than the 1.5-second limit"):
            download(server + path, 1_000_000, allow_private=True, deadline=1.5)
        assert time.monotonic() - t0 < 1.5 + 1.0  # a read never outlives the deadline


def test_a_gzip_bomb_stops_at_the_cap_while_decompressing(server: str) -> None:
    tracemalloc.start()
    try:
        with pytest.raises(IngestError, match="larger than the 1,000,000-byte limit once decompressed"):
            download(server + "/bomb", 1_000_000, allow_private=True)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8_000_000  # the cap and a chunk, not the 64 MB it would expand to


def test_gzip_pages_and_redirects_still_read(server: str) -> None:
    assert download(server + "/gz-page", 1_000_000, allow_private=True).body == BODY
    got = download(server + "/redirect", 1_000_000, allow_private=True)
    assert got.body == BODY and got.url.endswith("/page")
    with pytest.raises(IngestError, match="only http and https"):
        download(server + "/to-file", 1_000_000, allow_private=True)


def test_loopback_is_refused_unless_the_user_opts_in(server: str) -> None:
    errors: list[tuple[str, str]] = []
    arts = list(iter_articles([server + "/page"], on_error=lambda s, r: errors.append((s, r))))
    assert arts == [] and "private or local address" in errors[0][1] and "--allow-private" in errors[0][1]
    assert Handler.hits == []  # refused before connecting
    for url in ("http://localhost:9/x", "http://10.1.2.3/x", "http://169.254.169.254/latest",
                "http://[::1]:9/x", "http://[::ffff:127.0.0.1]:9/x", "http://0.0.0.0:9/x"):
        with pytest.raises(IngestError, match="private or local"):
            download(url, 1000)
    arts = list(iter_articles([server + "/page"], allow_private=True))
    assert len(arts) == 1 and "سراقب" in arts[0].raw


def test_the_cli_refuses_then_opts_in(server: str, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["analyze", server + "/page", "--out", str(tmp_path / "a"), "-q"]) == 1
    assert "private or local address" in capsys.readouterr().err
    assert main(["analyze", server + "/page", "--out", str(tmp_path / "b"), "-q", "--allow-private"]) == 0
    assert (tmp_path / "b" / "analysis.json").exists()


def test_an_html_field_holding_a_url_is_never_fetched(server: str, tmp_path: Path) -> None:
    recs = [{"id": "u1", "html": server + "/page"}, {"id": "u2", "html": f"  {server}/page?x=1  "},
            {"id": "u3", "html": f"<p>{server}/page</p>"}]
    src = tmp_path / "urls.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in recs), encoding="utf-8")
    out = tmp_path / "out"
    main(["analyze", str(src), "--out", str(out), "-q", "--allow-private"])
    assert Handler.hits == []  # not even with --allow-private: only inputs are fetched
    data = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    assert all(a.get("published") in (None, "") for a in data["articles"])


def test_one_bad_feed_item_costs_only_itself(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from tawatur.ingest import fetch

    monkeypatch.setattr(fetch, "DEADLINE", 1.5)  # the real limit is 60 s; the trickle would take 300
    errors: list[tuple[str, str]] = []
    arts = list(iter_articles([server + "/feed"], max_bytes=1_000_000, allow_private=True,
                              on_error=lambda s, r: errors.append((s, r))))
    assert [a.url for a in arts] == [server + "/page"] and "سراقب" in arts[0].raw
    assert sorted(s.rsplit("/", 1)[1] for s, _ in errors) == ["bomb", "trickle"]
    assert "once decompressed" in dict(errors)[server + "/bomb"]
    assert "longer than the 1.5-second limit" in dict(errors)[server + "/trickle"]


def test_a_url_that_leads_to_a_document_or_image_is_named_with_its_type(server: str) -> None:
    """Redirected to a PDF, or answering with an image: the error names what came back and from
    where, and the body is not read (nor sniffed into a page of mojibake)."""
    errors: list[tuple[str, str]] = []
    arts = list(iter_articles([server + "/to-pdf", server + "/photo"], allow_private=True,
                              on_error=lambda s, r: errors.append((s, r))))
    assert arts == []
    assert errors == [(server + "/to-pdf", f"{server}/report-pdf answered with application/pdf: not a page, "
                                           "feed or text; not read"),
                      (server + "/photo", f"{server}/photo answered with image/png: not a page, feed or text; "
                                          "not read")]


def test_a_url_answering_json_gives_its_records(server: str) -> None:
    errors: list[tuple[str, str]] = []
    arts = list(iter_articles([server + "/records"], allow_private=True,
                              on_error=lambda s, r: errors.append((s, r))))
    assert [(a.id, a.outlet, a.title) for a in arts] == [("rec-1", "وكالة", "قصف"), ("rec-2", None, None)]
    assert "{" not in arts[0].raw and "سراقب" in arts[0].raw and errors == []
