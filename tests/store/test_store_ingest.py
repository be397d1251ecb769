"""The store on a real SQLite file (and PostgreSQL when TAWATUR_TEST_PG is set)."""
from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

import pytest

from tawatur.model import Analysis, Article
from tawatur.store import EventFilter, StoreError, content_hash, open_store

_spec = importlib.util.spec_from_file_location("store_factory", Path(__file__).with_name("store_factory.py"))
factory = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(factory)
make_article = factory.make_article


def test_reingest_is_a_noop(db_url):
    with open_store(db_url) as st:
        first = st.ingest_articles([make_article("a1", "سانا", "حمص", "2024-12-07")])
        again = st.ingest_articles([make_article("a1", "سانا", "حمص", "2024-12-07")])
        assert first.added == ["a1"] and first.events == 1
        assert again.added == [] and again.skipped == ["a1"]
        assert st.counts()["articles"] == 1 and st.counts()["events"] == 1
        assert st.check_consistency() == []


def test_incremental_merge_across_outlets(db_url):
    with open_store(db_url) as st:
        st.ingest_articles([make_article("a1", "سانا", "حمص", "2024-12-07")])
        ev, _ = st.events(EventFilter(place="SY04"))
        assert ev[0]["status"] == "single-source"
        st.ingest_articles([make_article("a2", "الجزيرة", "حمص", "2024-12-07")])
        ev, total = st.events(EventFilter(place="SY04"))
        assert total == 2
        assert {e["status"] for e in ev} == {"corroborated"}
        assert len({e["cluster"] for e in ev}) == 1
        merged, n = st.merged_events()
        assert n == 1 and set(merged[0]["outlets"]) == {"سانا", "الجزيرة"}


def test_filters_and_pagination(db_url):
    arts = [make_article(f"a{i}", ["سانا", "الجزيرة"][i % 2], ["حمص", "حماة", "درعا"][i % 3],
                         f"2024-12-0{1 + i % 7}", kind=["take_control", "attack"][i % 2]) for i in range(12)]
    with open_store(db_url) as st:
        st.ingest_articles(arts)
        _, total = st.events()
        assert total == 12
        only, n = st.events(EventFilter(type="attack", outlet="الجزيرة", date_from="2024-12-02"))
        assert n == sum(1 for a in arts if a.events[0].type == "attack" and a.outlet == "الجزيرة"
                        and a.published >= "2024-12-02")
        assert all(e["type"] == "attack" for e in only)
        south, _ = st.events(EventFilter(bbox=(35.5, 32.0, 37.0, 33.0)))
        assert {e["place"]["name"] for e in south} == {"درعا"}
        page1, _ = st.events(limit=5, offset=0)
        page2, _ = st.events(limit=5, offset=5)
        assert not {e["id"] for e in page1} & {e["id"] for e in page2}
        with pytest.raises(StoreError):
            st.events(limit=10_000)
        with pytest.raises(StoreError):
            st.events(EventFilter(date_from="yesterday"))


def test_search_in_folded_form(db_url):
    with open_store(db_url) as st:
        st.ingest_articles([make_article("a1", "سانا", "حماة", "2024-12-05")])
        hits, n = st.search("حماه")  # ta marbuta written as ha still finds it
        assert n == 1 and hits[0]["id"] == "a1" and "حماة" in hits[0]["snippet"]
        assert st.search("دمشق") == ([], 0)
        assert st.search('"; DROP TABLE articles; --') == ([], 0)
        assert st.counts()["articles"] == 1


def test_ingest_analysis_and_read_back(db_url):
    arts = [make_article("a1", "سانا", "درعا", "2024-12-06"), make_article("a2", "عنب بلدي", "حمص", "2024-12-07")]
    an = Analysis(articles=arts, events=[e for a in arts for e in a.events])
    with open_store(db_url) as st:
        res = st.ingest_analysis(an)
        assert res.added == ["a1", "a2"]
        back = st.article("a1")
        assert isinstance(back, Article)
        ev = back.events[0]
        assert back.raw[ev.evidence.start:ev.evidence.end] == ev.evidence.text
        assert back.mentions[0].rule == "gazetteer:test"
        assert st.article("nope") is None
        assert st.place("SY12")["name"] == "درعا"
        srcs, _ = st.sources(outlet="عنب بلدي")
        assert srcs[0]["name"] == "عنب بلدي"


def test_feed_state_roundtrip(db_url):
    with open_store(db_url) as st:
        st.save_feed_state({"url": "http://x/feed", "etag": '"abc"', "last_modified": None, "failures": 2,
                            "next_poll": 5.0, "last_status": "304", "seen": ["u1"]})
        s = st.feed_state("http://x/feed")
        assert s["etag"] == '"abc"' and s["failures"] == 2 and s["seen"] == ["u1"]


def test_content_hash_ignores_outer_whitespace():
    assert content_hash(Article(id="x", raw=" نص \n")) == content_hash(Article(id="y", raw="نص"))


def test_old_database_upgrades_in_place(tmp_path):
    """A file at the first revision (no full-text index) is upgraded on open, its rows kept."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from tawatur.store.engine import MIGRATIONS

    path = tmp_path / "old.db"
    eng = create_engine(f"sqlite:///{path}")
    with eng.begin() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    eng.dispose()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO articles (id, content_hash, raw, text, folded, removed, meta, data, ingested_at) "
                "VALUES ('old', 'h', 'قصف حلب', 'قصف حلب', 'قصف حلب', '[]', '{}', '{\"id\": \"old\"}', '')")
    con.commit()
    con.close()
    with open_store(str(path)) as st:
        hits, n = st.search("حلب")
        assert n == 1 and hits[0]["id"] == "old"
        assert st.check_consistency() == []


def test_bad_url_is_a_clear_error():
    with pytest.raises(StoreError, match="unsupported"):
        open_store("mysql://u@h/db")


def test_control_timeline_keeps_every_state(db_url):
    from tawatur.model import ControlState
    states = [ControlState(place="حماة", gazetteer_id="SY05", holder="government", since="2024-12-01"),
              ControlState(place="حماة", gazetteer_id="SY05", holder="opposition", since="2024-12-05",
                           according_to=["سانا"])]
    with open_store(db_url) as st:
        st.ingest_analysis(Analysis(control=states))
        st.ingest_analysis(Analysis(control=states))  # rewriting a timeline replaces it, no duplicates
        timeline = st.place("SY05")["control"]
        assert [c["holder"] for c in timeline] == ["government", "opposition"]
        assert st.control()[1] == 2


def test_events_analysis_is_one_page_with_its_links(db_url):
    with open_store(db_url) as st:
        st.ingest_articles([make_article("a1", "سانا", "حمص", "2024-12-07"),
                            make_article("a2", "الجزيرة", "حمص", "2024-12-07"),
                            make_article("a3", "سانا", "درعا", "2024-12-06")])
        an, total = st.events_analysis(EventFilter(place="SY04"), limit=1)
        assert total == 2 and len(an.events) == 1
        ev = an.events[0]
        assert [m.id for m in an.merged_events] == [ev.cluster] and an.merged_events[0].n_outlets == 2
        art = an.articles[0]
        assert art.id == ev.article and art.raw[ev.evidence.start:ev.evidence.end] == ev.evidence.text
        thin, _ = st.events_analysis(EventFilter(outlet="سانا"), limit=10, bodies=False)
        assert {a.outlet for a in thin.articles} == {"سانا"} and all(not a.raw for a in thin.articles)
        story = st.load_analysis(story=an.merged_events[0].story, bodies=True)
        assert story.articles and all(a.raw for a in story.articles)


def test_incremental_ingest_rewrites_only_event_rows_that_change(tmp_path):
    """A third outlet joining a corroborated event moves no stored row's merged event or status, so
    those rows are not rewritten (an SQLite trigger logs every UPDATE of an events row); the second
    outlet's arrival does move the first report's status, and that row is rewritten."""
    url = str(tmp_path / "u.db")
    with open_store(url) as st:
        with st.engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE upd_log (id TEXT)")
            conn.exec_driver_sql("CREATE TRIGGER log_upd AFTER UPDATE ON events "
                                 "BEGIN INSERT INTO upd_log VALUES (old.id); END")

        def updated() -> list[str]:
            with st.engine.begin() as conn:
                ids = sorted(r[0] for r in conn.exec_driver_sql("SELECT id FROM upd_log"))
                conn.exec_driver_sql("DELETE FROM upd_log")
            return ids

        st.ingest_articles([make_article("a1", "سانا", "حمص", "2024-12-07")])
        updated()
        st.ingest_articles([make_article("a2", "الجزيرة", "حمص", "2024-12-07")])
        assert "a1-e1" in updated()
        st.ingest_articles([make_article("a3", "عنب بلدي", "حمص", "2024-12-07")])
        assert not {"a1-e1", "a2-e1"} & set(updated())
        ev, total = st.events(EventFilter(place="SY04"))
        assert total == 3 and {e["status"] for e in ev} == {"corroborated"} and len({e["cluster"] for e in ev}) == 1
