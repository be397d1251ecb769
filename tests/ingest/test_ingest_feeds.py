"""RSS/Atom feeds from a local file and from a real HTTP server on 127.0.0.1 (no mocks)."""
from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tawatur.ingest import iter_articles

LONG = ("أفاد مراسلنا بأن قوات النظام انسحبت من مدينة معرة النعمان بعد قصف مكثف استمر ثلاثة أيام، "
        "وأن مئات العائلات نزحت باتجاه الحدود التركية. ") * 5
PAGE = ("<html><head><title>نزوح من سراقب</title></head><body><article><h1>نزوح من سراقب</h1>"
        + "".join("<p>نزحت عشرات العائلات من مدينة سراقب شرقي إدلب باتجاه المخيمات الحدودية بعد "
                  f"تصاعد القصف الجوي على المدينة خلال الليلة الماضية، بحسب الدفاع المدني {i}.</p>"
                  for i in range(4))
        + "</article></body></html>")


def rss(link_base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>شبكة الاختبار</title><link>{link_base}/</link>
<item><title>انسحاب من معرة النعمان</title><link>{link_base}/news/1</link>
<pubDate>Tue, 28 Jan 2020 09:00:00 +0000</pubDate><description><![CDATA[<p>{LONG}</p>]]></description></item>
<item><title>نزوح من سراقب</title><link>{link_base}/news/2</link>
<pubDate>Wed, 29 Jan 2020 09:00:00 +0000</pubDate><description>موجز قصير</description></item>
</channel></rss>"""


class Handler(http.server.BaseHTTPRequestHandler):
    routes: dict[str, tuple[str, bytes]] = {}

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        ctype, body = self.routes.get(self.path, ("text/plain", b""))
        if not body:
            self.send_response(404)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    Handler.routes = {
        "/feed.xml": ("application/rss+xml; charset=utf-8", rss(base).encode("utf-8")),
        "/news/2": ("text/html; charset=utf-8", PAGE.encode("utf-8")),
        "/news/1": ("text/html; charset=utf-8", PAGE.encode("utf-8")),
        "/plain.txt": ("text/plain; charset=windows-1256", LONG.encode("windows-1256")),
        "/big": ("text/plain", ("ا" * 50_000).encode("utf-8")),
    }
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base
    httpd.shutdown()
    httpd.server_close()


def collect(inputs: list[str], **kw) -> tuple[list, list]:
    errors: list = []
    kw.setdefault("allow_private", True)  # the test servers listen on 127.0.0.1
    arts = list(iter_articles(inputs, on_error=lambda s, r: errors.append((s, r)), **kw))
    return arts, errors


def test_feed_over_http_uses_content_or_fetches_the_link(server: str) -> None:
    arts, errors = collect([f"{server}/feed.xml"])
    assert errors == []
    assert len(arts) == 2
    first, second = arts
    assert "معرة النعمان" in first.raw and first.published == "2020-01-28"
    assert first.title == "انسحاب من معرة النعمان"
    assert "سراقب" in second.raw and "موجز قصير" not in second.raw  # teaser replaced by the page
    assert second.url == f"{server}/news/2" and second.published == "2020-01-29"
    assert first.outlet == "127.0.0.1"


def test_feed_from_a_local_file_fetches_short_items(server: str, tmp_path: Path) -> None:
    path = tmp_path / "saved.xml"
    path.write_text(rss(server), encoding="utf-8")
    arts, errors = collect([str(path)])
    assert errors == []
    assert [a.meta.get("from_feed") for a in arts] == [str(path), str(path)]
    assert "سراقب" in arts[1].raw


def test_plain_url_and_its_encoding(server: str) -> None:
    arts, errors = collect([f"{server}/plain.txt"])
    assert errors == [] and arts[0].raw == LONG


def test_unreachable_missing_and_oversized_urls(server: str) -> None:
    arts, errors = collect([f"{server}/missing", "http://127.0.0.1:9/x", f"{server}/big"], max_bytes=10_000)
    assert arts == []
    reasons = [r for _, r in errors]
    assert "404" in reasons[0]
    assert reasons[1].startswith("unreachable")
    assert "larger than" in reasons[2]


def _no_link_feed() -> str:
    """Items without a link, as some wire feeds send them: one with a guid that is no URL, one with a
    permalink guid, one with neither."""
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>موجز</title>
<item><guid isPermaLink="false">wire-2020-0117</guid><title>نزوح من سراقب</title><description>{LONG}</description></item>
<item><guid>https://example.invalid/wire/2</guid><description>{LONG} (ب)</description></item>
<item><title>عاجل: انسحاب من معرة النعمان</title></item>
</channel></rss>"""


def _ids_through_cli(args: list[str], stdin: str | None, out: Path) -> list[str]:
    import json
    import subprocess
    import sys

    subprocess.run([sys.executable, "-m", "tawatur.cli", "analyze", *args, "--out", str(out), "-q"],
                   input=stdin.encode("utf-8") if stdin is not None else None, check=True, capture_output=True)
    return [a["id"] for a in json.loads((out / "analysis.json").read_text(encoding="utf-8"))["articles"]]


def test_feed_items_on_stdin_get_the_ids_they_get_from_a_file(tmp_path: Path) -> None:
    piped = _ids_through_cli(["-"], _no_link_feed(), tmp_path / "a")
    again = _ids_through_cli(["-"], _no_link_feed(), tmp_path / "b")
    (tmp_path / "wire.xml").write_text(_no_link_feed(), encoding="utf-8")
    from_file = _ids_through_cli([str(tmp_path / "wire.xml")], None, tmp_path / "c")
    assert piped == again and len(set(piped)) == 3
    assert piped[0] == "stdin-wire-2020-0117" and from_file[0] == "wire-wire-2020-0117"
    assert piped[1] == from_file[1] and piped[1].startswith("example.invalid-")  # the permalink's id
    assert piped[2] == "stdin-3" and from_file[2] == "wire-3"
    assert not any(i.startswith("-") for i in piped)
