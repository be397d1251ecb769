"""The reads PostgreSQL plans from its statistics: a bbox page states lon and lat plainly there (SQLite
keeps them hidden behind ``+ 0``, having no statistics), and the (lon, lat) index carries date and id
on PostgreSQL (migration 0019), where a bbox's total reads a narrow (lon, lat) index (0024); the
filtered coverage reads its reports' publications and source chains on the events rows (migration
0022). Answers are checked against the rows written plainly, on SQLite and, with TAWATUR_TEST_PG, on
PostgreSQL."""
from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import event, func, insert, select, text

from tawatur.store import EventFilter, explore, open_store
from tawatur.store import schema as S
from tawatur.store.engine import MIGRATIONS
from tawatur.store.queries import event_conds
from tawatur.store.writes import fill_reports

_spec = importlib.util.spec_from_file_location("probe_factory", Path(__file__).with_name("store_factory.py"))
factory = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(factory)

PLACES = ("حمص", "حماة", "درعا")
OUTLETS = ("سانا", "الجزيرة", "عنب بلدي")
CHAINS = (["وكالة محلية", "ناشطون"], ["مرصد"], [])


def _alembic(conn) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def _filled(st) -> None:
    """Twelve one-event articles over three places and outlets, each event with one more source row
    (one of three chains, one of them empty) than the outlet's own."""
    arts = [factory.make_article(f"p{i}", OUTLETS[i % 3], PLACES[i // 4], f"2024-11-{1 + i:02d}", extra=f" رقم {i}")
            for i in range(12)]
    st.ingest_articles(arts, run_pipeline=False)
    with st.engine.begin() as conn:
        rows = conn.execute(select(S.events.c.id, S.events.c.article_id, S.events.c.outlet)
                            .order_by(S.events.c.id)).all()
        conn.execute(insert(S.sources), [
            {"event_id": r.id, "article_id": r.article_id, "outlet": r.outlet, "name": "مصدر", "kind": "agency",
             "chain": json.dumps(CHAINS[i % 3], ensure_ascii=False)} for i, r in enumerate(rows)])
        fill_reports(conn)  # written in bulk: the events rows take their counted source row's chain


def _statements(st, call) -> list[str]:
    """The SELECT statements ``call()`` sends."""
    seen: list[str] = []

    def grab(conn, cursor, statement, params, context, executemany):
        seen.append(statement)
    event.listen(st.engine, "before_cursor_execute", grab)
    try:
        call()
    finally:
        event.remove(st.engine, "before_cursor_execute", grab)
    return [s for s in seen if s.lstrip().upper().startswith("SELECT")]


def test_bbox_page_states_lon_and_lat_plainly_on_postgresql(db_url: str) -> None:
    with open_store(db_url) as st:
        _filled(st)
        box = EventFilter(bbox=(36.6, 34.6, 36.8, 34.8))  # Homs' events alone
        got: list = []
        sent = _statements(st, lambda: got.append(st.events(box, limit=3)))
        page = next(s for s in sent if "ORDER BY" in s and "lon" in s)
        hidden = "lon + " in page
        assert hidden == (st.dialect == "sqlite"), page
        items, total = got[0]
        assert total == 4 and [e["id"] for e in items] == ["p3-e1", "p2-e1", "p1-e1"]
        assert [e["id"] for e in st.events(box, limit=3, offset=3)[0]] == ["p0-e1"]


def test_0019_carries_date_and_id_on_the_lon_lat_index_of_postgresql(db_url: str) -> None:
    with open_store(db_url) as st:
        _filled(st)

        def lon_lat(conn) -> str:
            if st.dialect == "postgresql":
                return conn.execute(text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_events_lon_lat'")).scalar()
            return ",".join(r[2] for r in conn.execute(text("PRAGMA index_info(ix_events_lon_lat)")))
        with st.engine.begin() as conn:
            assert ("INCLUDE (date, id)" in lon_lat(conn)) == (st.dialect == "postgresql")
            if st.dialect == "sqlite":
                assert lon_lat(conn) == "lon,lat"
            command.downgrade(_alembic(conn), "0018")
            assert "INCLUDE" not in lon_lat(conn) and "lon" in lon_lat(conn)
        with st.engine.begin() as conn:
            command.upgrade(_alembic(conn), "heads")
            assert ("INCLUDE (date, id)" in lon_lat(conn)) == (st.dialect == "postgresql")
        assert st.events(EventFilter(bbox=(36.0, 32.5, 36.2, 32.7)))[1] == 4  # Daraa's


def test_0024_a_bbox_total_reads_the_narrow_lon_lat_index_on_postgresql(db_url: str) -> None:
    """PostgreSQL counts a bbox on (lon, lat) alone (migration 0024), half the pages of the index that
    carries date and id for a small box's page; SQLite has no such index (its (lon, lat) one is narrow).
    Up and down, and the total is the same."""
    with open_store(db_url) as st:
        _filled(st)
        box = EventFilter(bbox=(36.0, 32.5, 36.2, 32.7))  # Daraa's
        name = "ix_events_lon_lat_count"

        def names(conn) -> set[str]:
            return {i["name"] for i in conn.dialect.get_indexes(conn, "events")}
        with st.engine.begin() as conn:
            assert (name in names(conn)) == (st.dialect == "postgresql")
            if st.dialect == "postgresql":
                # 3,000 more rows over a grid of places, so that the indexes' sizes differ and decide
                conn.execute(insert(S.events), [
                    {"id": f"g{i}", "article_id": f"ga{i}", "type": "attack", "polarity": "asserted",
                     "side": "government", "lat": 32.0 + (i % 60) / 10, "lon": 35.8 + (i // 60) / 10,
                     "date": f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}", "data": "{}"} for i in range(3000)])
                conn.exec_driver_sql("ANALYZE events")
                conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
                conn.exec_driver_sql("SET LOCAL enable_bitmapscan = off")
                count = select(func.count()).select_from(S.events).where(*event_conds(
                    EventFilter(bbox=(36.0, 33.0, 37.0, 34.0), review="all")))
                plan = "\n".join(conn.execute(text("EXPLAIN " + str(count.compile(
                    conn, compile_kwargs={"literal_binds": True})))).scalars())
                assert f"Index Only Scan using {name} " in plan, plan
                conn.execute(S.events.delete().where(S.events.c.id.like("g%")))
            command.downgrade(_alembic(conn), "0023")
            assert name not in names(conn)
        with st.engine.begin() as conn:
            command.upgrade(_alembic(conn), "heads")
            assert (name in names(conn)) == (st.dialect == "postgresql")
        assert st.events(box)[1] == 4


def _plain_chains(st, f: EventFilter) -> dict[str, list[dict]]:
    """Per outlet its chains among the matching events' source rows (with an outlet, not the outlet's
    own), most cited first then by chain, written plainly."""
    with st.engine.connect() as conn:
        evs = {r.id: r for r in conn.execute(select(S.events.c.id, S.events.c.place_id, S.events.c.date))}
        srcs = conn.execute(select(S.sources.c.event_id, S.sources.c.outlet, S.sources.c.kind, S.sources.c.chain)).all()
    n: Counter = Counter()
    for s in srcs:
        e = evs[s.event_id]
        if s.outlet and s.kind != "outlet" and (not f.place or e.place_id == f.place) \
                and (not f.date_from or e.date >= f.date_from):
            n[(s.outlet, s.chain)] += 1
    out: dict[str, list[dict]] = {}
    for (outlet, chain), k in sorted(n.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1])):
        hops = [h for h in json.loads(chain) if h]
        if hops and len(out.setdefault(outlet, [])) < explore.CHAINS_PER_OUTLET:
            out[outlet].append({"chain": hops, "n": k})
    return {o: v for o, v in out.items() if v}


def test_filtered_coverage_reads_the_events_rows_alone(db_url: str) -> None:
    """The coverage under a place or days reads its reports' publications and chains on the events
    rows (migration 0022), no articles or sources row, and counts the chains the source rows give."""
    with open_store(db_url) as st:
        _filled(st)
        for f in (EventFilter(place="SY05"), EventFilter(date_from="2024-11-06"), EventFilter(place="SY12")):
            got: list = []
            sent = _statements(st, lambda f=f, got=got: got.append(explore.outlet_coverage.__wrapped__(st, f)))
            assert not [s for s in sent if "FROM articles" in s or "FROM sources" in s or "JOIN" in s], sent
            want = _plain_chains(st, f)
            assert want and {o["outlet"]: o["chains"] for o in got[0] if o["chains"]} == want, f


def test_reviewed_events_read_on_the_review_index(db_url: str) -> None:
    """Which merged events a review changed is read on the review index (SQLite scanned the table for
    ``IS NOT NULL``), and names the same ones; the 'reviewed' filter keeps its meaning."""
    from tawatur.store import review as R

    with open_store(db_url) as st:
        _filled(st)
        with st.engine.connect() as conn:
            assert R.affected_merged(conn) == set()
        st.review_event("p4-e1", "reject", "محلل")
        st.review_event("p7-e1", "accept", "محلل")
        with st.engine.connect() as conn:
            mids = dict(conn.execute(select(S.events.c.id, S.events.c.merged_event)).all())
            assert R.affected_merged(conn) == {mids["p4-e1"], mids["p7-e1"]}
            if st.dialect == "sqlite":
                sql = str(select(S.events.c.merged_event).where(R.reviewed_cond())
                          .compile(conn, compile_kwargs={"literal_binds": True}))
                plan = " | ".join(r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
                assert "ix_events_review" in plan, plan
        got = st.events(EventFilter(review="reviewed"))[0]
        assert sorted(e["id"] for e in got) == ["p4-e1", "p7-e1"]
        shown = st.merged_events(events=EventFilter(place="SY05"))[0]  # Hama's, p4 rejected
        assert {m["id"] for m in shown} == {mids[f"p{i}-e1"] for i in (5, 6, 7)}
        assert all("p4-e1" not in m["events"] for m in shown)


def test_merged_events_of_matching_events_follow_merges(db_url: str) -> None:
    """The merged events with a report matching a filter are read on the events' merged-event column
    while no review moved an event, and follow a merge once one did (then as reviews left them)."""
    with open_store(db_url) as st:
        _filled(st)
        with st.engine.connect() as conn:
            mids = dict(conn.execute(select(S.events.c.id, S.events.c.merged_event)).all())
        homs, daraa = mids["p0-e1"], mids["p8-e1"]
        in_daraa = EventFilter(place="SY12")
        sent = _statements(st, lambda: st.merged_events(events=in_daraa))
        assert not any("coalesce" in s.lower() for s in sent)
        assert {m["id"] for m in st.merged_events(events=in_daraa)[0]} == {mids[f"p{i}-e1"] for i in (8, 9, 10, 11)}
        st.merge_merged(homs, [daraa], "محلل")
        sent = _statements(st, lambda: st.merged_events(events=in_daraa))
        assert any("coalesce" in s.lower() for s in sent)
        got = {m["id"]: m for m in st.merged_events(events=in_daraa)[0]}
        assert homs in got and daraa not in got and "p8-e1" in got[homs]["events"]


def test_totals_under_one_choice_read_from_its_counts(db_url: str) -> None:
    """The event list's total under one outlet, actor or place (with types, a rejected event; with
    days too, then counted on the index) is the rows counted plainly; with no day set it is read from
    the counts per choice (no count of the events table)."""
    with open_store(db_url) as st:
        _filled(st)
        st.review_event("p5-e1", "reject", "محلل")
        with st.engine.connect() as conn:
            rows = conn.execute(select(S.events.c.id, S.events.c.outlet, S.events.c.place_id, S.events.c.actor,
                                       S.events.c.date, S.events.c.review)).all()
        for f in (EventFilter(outlet="الجزيرة"), EventFilter(place="SY05"), EventFilter(actor="فصائل المعارضة"),
                  EventFilter(outlet="سانا", date_from="2024-11-03", date_to="2024-11-10"),
                  EventFilter(place="SY05", date_to="2024-11-06", type="take_control"),
                  EventFilter(place="SY05", type="attack")):
            want = sum(1 for r in rows if r.review != "rejected" and (not f.outlet or r.outlet == f.outlet)
                       and (not f.place or r.place_id == f.place) and (not f.actor or r.actor == f.actor)
                       and (not f.date_from or r.date >= f.date_from) and (not f.date_to or r.date <= f.date_to)
                       and f.type != "attack")
            total: list = []
            sent = _statements(st, lambda f=f, total=total: total.append(st.events(f, limit=2)[1]))
            assert total == [want], f
            counts_rows = any("count(*)" in s and "FROM events" in s and "IN (" not in s for s in sent)
            assert counts_rows == bool(f.date_from or f.date_to), f


def _sqlite_plans(st, call) -> list[tuple[str, str]]:
    """(statement, its plan) of each SELECT ``call()`` sends on SQLite, the plan read with its parameters."""
    seen: list[tuple[str, Any]] = []

    def grab(conn, cursor, statement, params, context, executemany):
        seen.append((statement, params))
    event.listen(st.engine, "before_cursor_execute", grab)
    try:
        call()
    finally:
        event.remove(st.engine, "before_cursor_execute", grab)
    with st.engine.connect() as conn:
        return [(s, " | ".join(r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + s, p)))
                for s, p in seen if s.lstrip().upper().startswith("SELECT")]


def _plain_page(st, keep, limit: int, offset: int) -> list[str]:
    with st.engine.connect() as conn:
        rows = conn.execute(select(S.events.c.id, S.events.c.date, S.events.c.status, S.events.c.review,
                                   S.events.c.place_id)).all()
    rows = sorted((r for r in rows if keep(r)), key=lambda r: r.id)
    rows.sort(key=lambda r: r.date, reverse=True)
    return [r.id for r in rows][offset:offset + limit]


def test_status_and_review_pages_walk_their_date_index(db_url: str) -> None:
    """A page under a status or a review state alone walks (status|review, date, id) newest first
    (migration 0021), with no sort on SQLite; beside another condition the status and the unreviewed
    are tested on the rows that condition's index finds. Pages equal the rows picked plainly."""
    from tawatur.store import review as R

    with open_store(db_url) as st:
        _filled(st)
        st.review_event("p4-e1", "accept", "محلل")
        st.review_event("p7-e1", "reject", "محلل")
        st.review_event("p9-e1", "edit", "محلل", {"toll": 3})
        with st.engine.connect() as conn:
            statuses = sorted(set(conn.execute(select(S.events.c.status)).scalars()))
        cases = [(EventFilter(status=s), lambda r, s=s: r.status == s and r.review != "rejected") for s in statuses]
        cases += [(EventFilter(review=v), lambda r, v=v: {"all": True, "unreviewed": r.review is None,
                                                          "reviewed": r.review in R.STATES}.get(v, r.review == v))
                  for v in R.REVIEW_FILTERS]
        cases += [(EventFilter(status=statuses[0], place="SY05"),
                   lambda r: r.status == statuses[0] and r.place_id == "SY05" and r.review != "rejected"),
                  (EventFilter(review="unreviewed", place="SY04"), lambda r: r.review is None and r.place_id == "SY04")]
        for f, keep in cases:
            for limit, offset in ((50, 0), (3, 0), (3, 3)):
                items, total = st.events(f, limit=limit, offset=offset)
                assert [e["id"] for e in items] == _plain_page(st, keep, limit, offset), (f, limit, offset)
                assert total == len(_plain_page(st, keep, 100, 0)), f
        if len(statuses) == 1:  # a status every event has is no condition; one event apart, it is
            sent = _statements(st, lambda: st.events(EventFilter(status=statuses[0]), limit=3))
            assert not [s for s in sent if "ORDER BY events.date" in s and "status" in s], sent
            with st.engine.begin() as conn:
                conn.execute(S.events.update().where(S.events.c.id == "p0-e1").values(status="contested"))
        keep = lambda r: r.status == statuses[0] and r.review != "rejected" and r.id != "p0-e1"  # noqa: E731
        assert [e["id"] for e in st.events(EventFilter(status=statuses[0]))[0]] == _plain_page(st, keep, 50, 0)
        if st.dialect != "sqlite":
            return
        for f, index in ((EventFilter(status=statuses[0]), "ix_events_status_date"),
                         (EventFilter(review="unreviewed"), "ix_events_review_date"),
                         (EventFilter(review="reviewed"), "ix_events_review_date")):
            page = next(p for s, p in _sqlite_plans(st, lambda f=f: st.events(f, limit=3)) if "ORDER BY events.date" in s)
            assert index in page and ("TEMP B-TREE FOR ORDER BY" in page) == (f.review == "reviewed"), page
        both = _sqlite_plans(st, lambda: st.events(EventFilter(status=statuses[0], place="SY05"), limit=3))
        both = [p for s, p in both if "place_id = " in s and "status" in s]  # the counts and the page
        assert both and all("ix_events_status" not in p for p in both) and "ix_events_place_id" in both[-1], both


def test_0021_status_and_review_indexes_up_and_down(db_url: str) -> None:
    with open_store(db_url) as st:
        _filled(st)

        def names(conn) -> set[str]:
            return {i["name"] for i in conn.dialect.get_indexes(conn, "events")}
        with st.engine.begin() as conn:
            assert {"ix_events_status_date", "ix_events_review_date"} <= names(conn)
            command.downgrade(_alembic(conn), "0020")
            assert {"ix_events_status", "ix_events_review"} <= names(conn)
            assert not {"ix_events_status_date", "ix_events_review_date"} & names(conn)
        with st.engine.begin() as conn:
            command.upgrade(_alembic(conn), "heads")
            assert {"ix_events_status_date", "ix_events_review_date"} <= names(conn)
        assert st.events(EventFilter(review="unreviewed"))[1] == 12


def test_pages_under_several_values_put_each_values_page_together(db_url: str) -> None:
    """On SQLite a page under several types or sides (and nothing walked by date) is each value's
    first rows, newest first, put together and ordered again (a UNION ALL); beside a place it is one
    walk of the place's index. Pages, deep ones too, equal the rows picked plainly on both engines."""
    with open_store(db_url) as st:
        # three sides and two types over twelve events, two of them dated alike
        st.ingest_articles([factory.make_article(f"p{i}", OUTLETS[i % 3], PLACES[i // 4],
                                                 "2024-11-05" if i in (4, 7) else f"2024-11-{1 + i:02d}",
                                                 kind=("attack", "withdraw")[i % 2],
                                                 side=("sdf", "government", "isis")[i % 3], extra=f" رقم {i}")
                            for i in range(12)], run_pipeline=False)
        st.review_event("p10-e1", "reject", "محلل")
        with st.engine.connect() as conn:
            rows = conn.execute(select(S.events.c.id, S.events.c.date, S.events.c.side, S.events.c.type,
                                       S.events.c.place_id, S.events.c.review)).all()

        def plain(keep, limit: int, offset: int) -> list[str]:
            kept = sorted((r for r in rows if keep(r) and r.review != "rejected"), key=lambda r: r.id)
            kept.sort(key=lambda r: r.date, reverse=True)
            return [r.id for r in kept][offset:offset + limit]
        cases = [(EventFilter(side=("sdf", "isis")), lambda r: r.side in ("sdf", "isis"), True),
                 (EventFilter(type=("attack", "withdraw"), side=("sdf", "government")),
                  lambda r: r.side in ("sdf", "government"), True),
                 (EventFilter(side=("sdf", "isis"), bbox=(36.0, 32.5, 36.8, 35.2)), lambda r: r.side in ("sdf", "isis"), True),
                 (EventFilter(side=("sdf", "isis"), place="SY05"), lambda r: r.side in ("sdf", "isis") and r.place_id == "SY05",
                  False)]
        for f, keep, split in cases:
            for limit, offset in ((50, 0), (2, 0), (3, 2), (2, 5), (4, 20)):
                got: list = []
                sent = _statements(st, lambda f=f, limit=limit, offset=offset, got=got: got.append(st.events(f, limit, offset)))
                items, total = got[0]
                assert [e["id"] for e in items] == plain(keep, limit, offset), (f, limit, offset)
                assert total == len(plain(keep, 100, 0))
                page = next(s for s in sent if "ORDER BY" in s and "events.date DESC" in s)
                assert ("UNION ALL" in page) == (split and st.dialect == "sqlite"), page
