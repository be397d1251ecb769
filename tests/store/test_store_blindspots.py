"""The blindspot page (explore.blindspots, /coverage/merged-events) picks the same merged events, in
the same order, with the same total, as the plain query it replaced (every merged event with a matching
report, newest first, ties by id), by either of its plans (the matching reports read, or the merged
events walked by date), under each kind of filter, at several offsets, before and after reviews
(reject, merge, split, undo). Runs on SQLite, and on PostgreSQL with TAWATUR_TEST_PG."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
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
