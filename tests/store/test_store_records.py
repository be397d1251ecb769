"""Records the store cannot keep as given cost only themselves: dates at the calendar's ends, fields
longer than their column, characters no database stores, a value the database refuses. Real SQLite
file; PostgreSQL too when TAWATUR_TEST_PG is set (it enforces column lengths and refuses NUL)."""
from __future__ import annotations

import importlib.util
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tawatur.cli import main
from tawatur.commands.watch import poll
from tawatur.model import Article, Place
from tawatur.store import open_store
from tawatur.store.rows import MAX_ARTICLE_ID

_spec = importlib.util.spec_from_file_location("records_factory", Path(__file__).with_name("store_factory.py"))
factory = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(factory)

TEXT = "أعلنت فصائل المعارضة سيطرتها على مدينة حمص صباح اليوم بعد معارك عنيفة مع القوات الحكومية."


def raw(aid: str, text: str = TEXT, **kw: str) -> Article:
    return Article(id=aid, raw=f"{text} ({aid})", **kw)


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_dates_at_the_ends_of_the_calendar_are_stored_and_read_back(db_url, day):
    with open_store(db_url) as st:
        res = st.ingest_articles([raw("edge", published=day, outlet="o"),
                                  factory.make_article("made", "o2", "حمص", day)])
        assert sorted(res.added) == ["edge", "made"] and not res.failed
        again = st.ingest_articles([factory.make_article("next", "o3", "حمص", day)])  # links with them
        assert again.added == ["next"]
        events, total = st.events()
        assert total >= 2 and {e["date"]["value"] for e in events} == {day}
        merged, _ = st.merged_events()
        assert any(len(m["events"]) >= 2 for m in merged)
        analysis = st.load_analysis(bodies=True)
        assert {a.published for a in analysis.articles} == {day}
        assert st.check_consistency() == []


def test_fields_longer_than_their_column_cost_only_their_record(db_url):
    good = [raw(f"good{i}", outlet="وكالة", published="2024-12-07") for i in range(3)]
    bad = [raw("x" * (MAX_ARTICLE_ID + 1)), raw("long-outlet", outlet="و" * 201),
           raw("long-date", published="2024-12-07" * 5)]
    with open_store(db_url) as st:
        res = st.ingest_articles(good[:1] + bad + good[1:])
        assert sorted(res.added) == ["good0", "good1", "good2"]
        reasons = " | ".join(f["reason"] for f in res.failed)
        assert len(res.failed) == 3 and "id is 181 characters" in reasons
        assert "outlet is 201 characters" in reasons and "published is 50 characters" in reasons
        assert st.counts()["articles"] == 3 and st.check_consistency() == []


def test_ingest_command_keeps_the_good_records_of_a_batch(db_url, tmp_path, capsys):
    recs = [{"id": f"r{i}", "outlet": "وكالة", "published": "2024-12-07", "text": f"{TEXT} {i}"} for i in range(4)]
    recs.insert(2, {"id": "y" * 250, "outlet": "وكالة", "text": TEXT + " طويل"})
    recs.insert(4, {"id": "r-outlet", "outlet": "ن" * 300, "text": TEXT + " آخر"})
    recs.append({"id": "r-far", "published": "9999-12-31", "text": TEXT + " بعيد"})
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs), encoding="utf-8")
    assert main(["ingest", str(src), "--db", db_url, "--batch", "50"]) == 0
    err = capsys.readouterr().err
    assert "id is 250 characters long" in err and "outlet is 300 characters long" in err
    with open_store(db_url) as st:
        ids = sorted(a["id"] for a in st.articles()[0])
    assert ids == ["r-far", "r0", "r1", "r2", "r3"]


def test_nul_and_lone_surrogates_become_replacement_characters(db_url):
    with open_store(db_url) as st:
        res = st.ingest_articles([raw("nul", text="قصفت\x00 القوات الحكومية مدينة حماة \ud800 أمس",
                                      outlet="و\x00كالة", title="عنوان\udcff"), raw("plain")])
        assert sorted(res.added) == ["nul", "plain"]
        art = st.article("nul")
        assert "\x00" not in art.raw and "\ufffd" in art.raw and art.outlet == "و\ufffdكالة"
        assert art.title == "عنوان\ufffd" and any("U+FFFD" in w for w in art.warnings)
        assert st.search("حماة")[1] == 1


@pytest.mark.postgres
def test_a_record_the_database_refuses_costs_only_itself(tmp_path):
    url = factory.database("postgres", tmp_path, "")
    arts = [factory.make_article(f"p{i}", "وكالة", "حمص", "2024-12-07", extra=f" {i}") for i in range(3)]
    odd = arts[1]
    odd.events[0].place = Place(name="م" * 250)  # no gazetteer id: its name is a 200-character key
    with open_store(url) as st:
        res = st.ingest_articles(arts)
        assert {"p0", "p2"} <= set(res.added)
        if "p1" not in res.added:  # SQLAlchemy 2.0.0 casts to VARCHAR(200), which truncates instead
            assert [f["input"] for f in res.failed] == ["p1"]
            assert "the database refused this article" in res.failed[0]["reason"]
        assert st.counts()["articles"] == len(res.added) and st.check_consistency() == []


FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>نشرة</title><link>http://127.0.0.1/</link>
<item><title>خبر من المستقبل</title><link>http://127.0.0.1/n/1</link><pubDate>Fri, 31 Dec 9999 10:00:00 GMT</pubDate>
<description>{body} (1)</description></item>
<item><title>خبر قديم</title><link>http://127.0.0.1/n/2</link><pubDate>Mon, 01 Jan 0001 10:00:00 GMT</pubDate>
<description>{body} (2)</description></item>
</channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        type(self).hits.append("304" if self.headers.get("If-None-Match") == '"e1"' else "200")
        if type(self).hits[-1] == "304":
            self.send_response(304)
            self.end_headers()
            return
        data = FEED.format(body=(TEXT + " ") * 8).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
        self.send_header("ETag", '"e1"')
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def feed():
    Handler.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
    server.shutdown()
    server.server_close()




def test_watch_survives_extreme_dates_and_a_busy_store(tmp_path, feed):
    db = str(tmp_path / "watch.db")
    with open_store(db, write_wait=0.3) as st:
        with factory.holding_write_lock(db):  # another writer holds the store for the whole poll: nothing is
            poll(st, feed, 60.0, 10_000_000, quiet=True, allow_private=True)  # stored, not even the feed's ETag
        state = st.feed_state(feed)
        assert state["etag"] is None and state["seen"] == [] and st.counts()["articles"] == 0
        poll(st, feed, 60.0, 10_000_000, quiet=True, allow_private=True)  # so this poll fetches it all again
        assert Handler.hits == ["200", "200"]
        assert st.counts()["articles"] == 2 and st.feed_state(feed)["failures"] == 0
