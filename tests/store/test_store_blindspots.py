"""The blindspot page (explore.blindspots, /coverage/merged-events) picks the same merged events, in
the same order, with the same total, as the plain query it replaced (every merged event with a matching
report, newest first, ties by id), by either of its plans (the matching reports read, or the merged
events walked by date), under each kind of filter, at several offsets, before and after reviews
(reject, merge, split, undo). Runs on SQLite, and on PostgreSQL with TAWATUR_TEST_PG."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select

from tawatur.store import EventFilter, explore, open_store
from tawatur.store import schema as S
from tawatur.store.queries import shown_conds

_spec = importlib.util.spec_from_file_location("blindspots_factory", Path(__file__).with_name("store_factory.py"))
factory = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(factory)

OUTLETS = ("سانا", "الجزيرة", "عنب بلدي")
KINDS = ("take_control", "attack", "withdraw")
PLACES = ("حمص", "حماة", "درعا")
FILTERS = [EventFilter(), EventFilter(type="attack"), EventFilter(side=("government", "sdf")),
           EventFilter(outlet="سانا"), EventFilter(place="SY05"), EventFilter(actor="فصائل المعارضة"),
           EventFilter(date_from="2024-12-02", date_to="2024-12-04"), EventFilter(review="rejected"),
           EventFilter(review="all", type="take_control"), EventFilter(type="attack", date_from="2024-12-03"),
           EventFilter(polarity="denied"), EventFilter(outlet="nowhere")]


def _articles() -> list:
    """Eighteen one-event articles over six days; the same place, kind and day from several outlets
    link into one merged event, so merged events have one to three reports."""
    arts = []
    for i in range(18):
        arts.append(factory.make_article(f"b{i}", OUTLETS[i % 3], PLACES[i // 6 % 3], f"2024-12-{1 + i // 3 % 6:02d}",
                                         kind=KINDS[i // 4 % 3], side=("opposition", "government", "sdf")[i % 3],
                                         polarity="denied" if i % 7 == 3 else "asserted"))
    return arts


def _plain(st, f: EventFilter, limit: int, offset: int) -> tuple[list[str], int]:
    """The query the page was before: merged events with a matching report (``IN``), by date then id."""
    e, m = S.events.c, S.merged_events.c
    with st.engine.connect() as conn:
        rf = explore._resolved(st, conn, f)
        ids_q = select(e.merged_event).where(e.merged_event.is_not(None), *shown_conds(conn, rf))
        total = conn.execute(select(func.count()).select_from(S.merged_events).where(m.id.in_(ids_q))).scalar_one()
        ids = conn.execute(select(m.id).where(m.id.in_(ids_q)).order_by(m.date.desc(), m.id)
                           .limit(limit).offset(offset)).scalars().all()
    return list(ids), total


def _check(st) -> None:
    for f in FILTERS:
        for limit, offset in ((50, 0), (2, 0), (2, 3), (3, 7), (5, 40)):
            explore._caches.clear()
            got = explore.blindspots(st, f, limit, offset)
            want, total = _plain(st, f, limit, offset)
            assert ([i["id"] for i in got["items"]], got["total"]) == (want, total), (f, limit, offset)


@pytest.mark.parametrize("walk_min", [0, 10**9], ids=["walk", "read"])
def test_blindspot_pages_equal_the_plain_query_before_and_after_reviews(db_url, monkeypatch, walk_min):
    monkeypatch.setattr(explore, "WALK_MIN", walk_min)  # each plan where the filter lets it choose
    with open_store(db_url) as st:
        st.ingest_articles(_articles())
        with st.engine.connect() as conn:
            sizes = conn.execute(select(func.count()).select_from(S.events)
                                 .group_by(S.events.c.merged_event)).scalars().all()
        assert max(sizes) > 1  # some merged event has several reports
        _check(st)
        for eid in ("b0-e1", "b7-e1", "b13-e1"):
            st.review_event(eid, "reject", "محلل")
        _check(st)
        mids = explore.blindspots(st, EventFilter(), 50, 0)["items"]
        st.merge_merged(mids[0]["id"], [mids[-1]["id"]], "محلل")
        _check(st)
        big = next(m for m in explore.blindspots(st, EventFilter(review="all"), 50, 0)["items"]
                   if sum(m["carried"].values()) > 1)
        with st.engine.connect() as conn:
            members = sorted(conn.execute(select(S.events.c.id).where(S.events.c.merged_event == big["id"])).scalars())
        st.split_merged(big["id"], members[:1], "محلل")
        _check(st)
        st.undo_review("محلل")
        st.undo_review("محلل")
        _check(st)


WINDOWS = [EventFilter(date_from="2024-12-09", date_to="2024-12-10"), EventFilter(date_from="2024-12-10"),
           EventFilter(date_to="2024-12-09"), EventFilter(date_from="2024-12-03", date_to="2024-12-09", type="attack"),
           EventFilter(date_from="2024-12-09", outlet="سانا")]


def _days(st) -> dict[str, str | None]:
    """Each merged event's day, after checking every report carries it (``merged_date``, migration 0023)."""
    e, m = S.events.c, S.merged_events.c
    with st.engine.connect() as conn:
        days = dict(conn.execute(select(m.id, m.date)).all())
        rows = conn.execute(select(e.id, e.merged_event, e.merged_date)).all()
    assert all(r.merged_event is not None and r.merged_date == days[r.merged_event] for r in rows), rows
    return days


@pytest.mark.parametrize("walk_min", [0, 10**9], ids=["walk", "read"])
def test_date_window_pages_after_linking_moves_a_merged_events_day(db_url, monkeypatch, walk_min):
    """A report of 9 December, then two reports from other outlets of the day after: the merged
    event (same id: its first report stays the first) moves to the 10th (the day most reports give),
    and its first report's row, not rewritten by the second ingest, follows it. The pages under
    windows of days equal the plain query before and after."""
    monkeypatch.setattr(explore, "WALK_MIN", walk_min)
    first = factory.make_article("a-first0", "سانا", "درعا", "2024-12-09", kind="attack", side="government")
    with open_store(db_url) as st:
        st.ingest_articles([*_articles(), first])
        before = _days(st)
        mid = next(i for i, d in before.items() if d == "2024-12-09")
        _check_windows(st)
        st.ingest_articles([factory.make_article(f"z-later{i}", o, "درعا", "2024-12-10", kind="attack", side="government")
                            for i, o in enumerate(OUTLETS[1:])])
        after = _days(st)
        with st.engine.connect() as conn:
            now = conn.execute(select(S.events.c.merged_event).where(S.events.c.id == "a-first0-e1")).scalar_one()
        assert (now, after[now]) == (mid, "2024-12-10")
        _check_windows(st)


def _check_windows(st) -> None:
    for f in WINDOWS:
        for limit, offset in ((50, 0), (1, 0), (2, 1)):
            explore._caches.clear()
            got = explore.blindspots(st, f, limit, offset)
            want, total = _plain(st, f, limit, offset)
            assert ([i["id"] for i in got["items"]], got["total"]) == (want, total), (f, limit, offset)


def test_migration_fills_the_merged_days(db_url):
    """Down to 0022 the column and its index go; up again every report carries its merged event's
    day, and the pages under windows equal the plain query."""
    with open_store(db_url) as st:
        st.ingest_articles(_articles())
        with st.engine.begin() as conn:
            command.downgrade(factory.alembic_config(conn), "0022")
        with st.engine.connect() as conn:
            assert "merged_date" not in {c["name"] for c in conn.dialect.get_columns(conn, "events")}
            assert "ix_events_date_merged" not in {i["name"] for i in conn.dialect.get_indexes(conn, "events")}
        with st.engine.begin() as conn:
            command.upgrade(factory.alembic_config(conn), "heads")
        assert len(_days(st)) > 1
        _check_windows(st)
        _check(st)
