"""Store.settle after a bulk write: PostgreSQL's tables vacuumed and analysed (their rows visible to
index-only reads, the planner's statistics taken), SQLite's plans left as they were (no statistics)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from sqlalchemy import inspect, text

from tawatur.store import EventFilter, explore, open_store

_spec = importlib.util.spec_from_file_location("store_settle_factory", Path(__file__).with_name("store_factory.py"))
factory = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(factory)

PLACES = ["حمص", "حماة", "درعا"]


def _fill(st) -> None:
    arts = [factory.make_article(f"s{i}", f"outlet{i % 3}", PLACES[i % 3], f"2024-03-{1 + i % 20:02d}",
                                 extra=f" رقم {i}") for i in range(12)]
    st.ingest_articles(arts, run_pipeline=False)


def test_settle_keeps_answers_and_marks_tables(db_url: str) -> None:
    with open_store(db_url) as st:
        _fill(st)
        f = EventFilter(place="SY04")
        before = explore.outlet_coverage.__wrapped__(st, f)
        st.settle()
        assert explore.outlet_coverage.__wrapped__(st, f) == before
        with st.engine.connect() as conn:
            if st.dialect == "postgresql":
                rows = dict(conn.execute(text(
                    "SELECT c.relname, c.relallvisible FROM pg_class c JOIN pg_stat_user_tables s ON s.relid = c.oid "
                    "WHERE s.last_vacuum IS NOT NULL AND s.last_analyze IS NOT NULL")).all())
                assert {"events", "articles", "sources"} <= set(rows)
                assert rows["events"] > 0  # its pages marked all-visible: covering indexes read alone
            else:
                assert "sqlite_stat1" not in inspect(conn).get_table_names()
