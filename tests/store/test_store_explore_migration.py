"""Migration 0006_explore fills the new actor and fatalities columns from the stored events, so a
store made before it filters by actor at once (real SQLite file, real alembic)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import select

from tawatur.store import EventFilter, open_store
from tawatur.store import schema as S
from tawatur.store.engine import MIGRATIONS

_spec = importlib.util.spec_from_file_location("mig_factory", Path(__file__).with_name("store_factory.py"))
factory = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(factory)


def _alembic(conn) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def test_upgrade_fills_actor_and_fatalities(tmp_path):
    url = str(tmp_path / "m.db")
    with open_store(url) as st:
        art = factory.make_article("m1", "سانا", "حمص", "2024-12-07")
        st.ingest_articles([art])
        with st.engine.begin() as conn:
            command.downgrade(_alembic(conn), "0005")
            data = json.loads(conn.execute(select(S.events.c.data)).scalar_one())
            data["fatalities"] = 3  # as a toll the linker counted would be stored
            conn.execute(S.events.update().values(data=json.dumps(data, ensure_ascii=False)))
        with st.engine.begin() as conn:
            command.upgrade(_alembic(conn), "heads")
        with st.engine.connect() as conn:
            row = conn.execute(select(S.events.c.actor, S.events.c.fatalities)).one()
        assert tuple(row) == ("فصائل المعارضة", 3)
        assert st.events(EventFilter(actor="فصائل المعارضة"))[1] == 1


def test_upgrade_counts_the_events_per_day(tmp_path):
    """Migration 0009 counts the stored events per day, type, side and polarity; later writes keep it."""
    url = str(tmp_path / "d.db")
    with open_store(url) as st:
        st.ingest_articles([factory.make_article("d1", "سانا", "حمص", "2024-12-07"),
                            factory.make_article("d2", "سانا", "حماة", "2024-12-07", kind="attack")])
        with st.engine.begin() as conn:
            command.downgrade(_alembic(conn), "0008")
        with st.engine.begin() as conn:
            command.upgrade(_alembic(conn), "heads")
        with st.engine.connect() as conn:
            rows = sorted(tuple(r) for r in conn.execute(select(S.event_days)))
        assert rows == [("2024-12-07", "attack", "opposition", "asserted", 1, 0),
                        ("2024-12-07", "take_control", "opposition", "asserted", 1, 0)]
        st.review_event("d2-e1", "edit", "محلل", {"type": "take_control", "toll": 4})
        with st.engine.connect() as conn:
            rows = sorted(tuple(r) for r in conn.execute(select(S.event_days)))
        assert rows == [("2024-12-07", "take_control", "opposition", "asserted", 2, 4)]


def _plan(conn, sql: str) -> str:
    return " | ".join(r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql).all())


def _covered_until_downgrade(st, queries: set[str], down_to: str, answers):
    """Every query reads an index alone now; downgraded to ``down_to`` some read table rows; upgraded
    again, ``answers()`` gives what it gave before the round trip, which is returned."""
    want = answers()
    with st.engine.connect() as conn:
        assert {q for q in queries if "COVERING INDEX" not in _plan(conn, q)} == set()
    with st.engine.begin() as conn:
        command.downgrade(_alembic(conn), down_to)
    with st.engine.connect() as conn:
        assert not all("COVERING INDEX" in _plan(conn, q) for q in queries)
    with st.engine.begin() as conn:
        command.upgrade(_alembic(conn), "heads")
    assert answers() == want
    return want


def test_filter_indexes_cover_the_aggregates_after_0010(tmp_path):
    """After migration 0010 a facet grouped under an outlet, place or actor filter reads that
    filter's index alone (SQLite's plan says COVERING); downgraded to 0009 some read the table rows,
    and upgrading again gives the same facets."""
    from tawatur.store import explore

    url = str(tmp_path / "c.db")
    queries = {f"SELECT {g}, count(*) FROM events WHERE {w} = 'x' GROUP BY {g}"
               for w in ("outlet", "place_id", "actor") for g in ("type", "side", "polarity", "actor")
               if g != w}
    with open_store(url) as st:
        st.ingest_articles([factory.make_article("c1", "سانا", "حمص", "2024-12-07"),
                            factory.make_article("c2", "الجزيرة", "حماة", "2024-12-08", kind="attack")])
        want = _covered_until_downgrade(st, queries, "0009",
                                        lambda: explore.facets.__wrapped__(st, EventFilter(outlet="سانا")))
        assert want["total"] == 1 and [t["value"] for t in want["types"]] == ["take_control"]


def test_0011_indexes_cover_the_workbench_reads(tmp_path):
    """After migration 0011 the outlet, actor and place facets under a type or side filter, the
    per-day groupings, the unfiltered coverage's chains and merged-event counts and the control states
    read an index alone (SQLite's plan says COVERING); downgraded to 0010 some read table rows, and
    upgrading again gives the same answers."""
    from tawatur.store import explore

    url = str(tmp_path / "w.db")
    queries = {f"SELECT {g}, count(*) FROM events WHERE {w} = 'x' GROUP BY {g}"
               for w in ("type", "side", "place_id", "actor") for g in ("outlet", "actor", "place_id") if g != w}
    queries |= {"SELECT date, side, sum(n), sum(dead) FROM event_days GROUP BY date, side",
                "SELECT polarity, sum(n) FROM event_days GROUP BY polarity",
                "SELECT outlet, chain, count(*) FROM sources WHERE outlet IS NOT NULL AND kind != 'outlet' "
                "GROUP BY outlet, chain",
                "SELECT place_key, key, holder, since, contested FROM control WHERE place_key IN ('a', 'b') "
                "AND since IS NOT NULL"}
    with open_store(url) as st:
        st.ingest_articles([factory.make_article("w1", "سانا", "حمص", "2024-12-07"),
                            factory.make_article("w2", "الجزيرة", "حمص", "2024-12-07"),
                            factory.make_article("w3", "الجزيرة", "حماة", "2024-12-08", kind="attack")])
        want = _covered_until_downgrade(st, queries, "0010", lambda: [
            explore.facets.__wrapped__(st, EventFilter(side="opposition")),
            explore.outlet_coverage.__wrapped__(st, EventFilter()),
            explore.control_intervals.__wrapped__(st, EventFilter(type="take_control"))])
        # both outlets published on Homs the same day (first both); Hama only in one
        assert {c["outlet"]: c["first_reports"] for c in want[1]} == {"سانا": 1, "الجزيرة": 2}
        assert want[2]["places"]


def _day_sums(conn) -> dict[str, list[tuple]]:
    return {t.name: sorted(tuple(r) for r in conn.execute(select(t)))
            for t in (S.event_day_types, S.event_day_sides)}


def test_0012_sums_the_day_counts_per_type_and_per_side(tmp_path):
    """Migration 0012 sums the stored per-day counts per (day, type) and per (day, side); the daily
    chart then reads them unfiltered and under a type or sides filter, with the same answers as the
    finer counts gave, and later reviews keep them in step."""
    from tawatur.store import explore, rollup

    url = str(tmp_path / "s.db")
    with open_store(url) as st:
        st.ingest_articles([factory.make_article("s1", "سانا", "حمص", "2024-12-07"),
                            factory.make_article("s2", "سانا", "حماة", "2024-12-07", kind="attack"),
                            factory.make_article("s3", "الجزيرة", "درعا", "2024-12-08", kind="attack",
                                                 side="government")])
        st.review_event("s2-e1", "edit", "محلل", {"toll": 3})
        filters = [EventFilter(), EventFilter(type="attack"), EventFilter(side=("government", "opposition")),
                   EventFilter(type="attack", date_from="2024-12-08"), EventFilter(polarity="asserted")]
        want = [explore.daily.__wrapped__(st, f) for f in filters]
        with st.engine.begin() as conn:
            command.downgrade(_alembic(conn), "0011")
        with st.engine.begin() as conn:
            command.upgrade(_alembic(conn), "heads")
        with st.engine.connect() as conn:
            sums = _day_sums(conn)
        assert sums == {"event_day_types": [("2024-12-07", "attack", 1, 3), ("2024-12-07", "take_control", 1, 0),
                                            ("2024-12-08", "attack", 1, 0)],
                        "event_day_sides": [("2024-12-07", "opposition", 2, 3), ("2024-12-08", "government", 1, 0)]}
        assert [explore.daily.__wrapped__(st, f) for f in filters] == want
        assert want[1]["days"][0] == {"date": "2024-12-07", "n": 1, "fatalities": 3, "types": {"attack": 1},
                                      "sides": {"opposition": 1}}
        st.review_event("s1-e1", "edit", "محلل", {"type": "attack"})
        with st.engine.connect() as conn:
            kept = _day_sums(conn)
        assert kept["event_day_types"] == [("2024-12-07", "attack", 2, 3), ("2024-12-08", "attack", 1, 0)]
        with st.engine.begin() as conn:  # counted again from the events rows: the same sums
            rollup.rebuild(conn)
            assert _day_sums(conn) == kept


def test_daily_series_read_the_narrowest_counts():
    """The daily chart's series read the (day, type) and (day, side) sums when the filter sets no more
    than types, sides and days, and the finer counts when it needs a column they lack."""
    from tawatur.store.rollup import table_for

    by = ("date", "type"), ("date", "side")
    assert [table_for(EventFilter(), k) for k in by] == [S.event_day_types, S.event_day_sides]
    assert [table_for(EventFilter(type="attack", date_from="2024-12-01"), k) for k in by] == [
        S.event_day_types, S.event_days]
    assert [table_for(EventFilter(side=("sdf", "government")), k) for k in by] == [S.event_days, S.event_day_sides]
    assert [table_for(EventFilter(polarity="denied"), k) for k in by] == [S.event_days, S.event_days]
    assert table_for(EventFilter(), ("polarity",)) is S.event_days


def test_0013_indexes_read_filtered_day_series_and_polarity_facets(tmp_path):
    """After migration 0013 the daily chart's series under a type, sides or polarity filter and the
    facets under a polarity filter read an index alone (the side series under a type filter also
    in group order, no temporary sort); downgraded to 0012 some read table rows, and upgrading again
    gives the same answers, for a polarity that holds most events (the facets then walk the grouped
    columns' indexes) and for a rare one (the polarity index)."""
    from tawatur.store import explore

    url = str(tmp_path / "p.db")
    series = "SELECT date, side, sum(n), sum(dead) FROM event_days WHERE type = 'x' GROUP BY date, side"
    queries = {series,
               "SELECT date, type, sum(n), sum(dead) FROM event_days WHERE side = 'x' GROUP BY date, type",
               "SELECT date, type, sum(n), sum(dead) FROM event_days WHERE polarity = 'x' GROUP BY date, type"}
    queries |= {f"SELECT {g}, count(*) FROM events WHERE polarity = 'x' GROUP BY {g}"
                for g in ("outlet", "actor", "place_id")}
    filters = [EventFilter(type="attack"), EventFilter(side=("government", "opposition")),
               EventFilter(polarity="asserted"), EventFilter(polarity="denied"),
               EventFilter(polarity=("denied", "expected"), type="attack")]
    with open_store(url) as st:
        st.ingest_articles([factory.make_article("p1", "سانا", "حمص", "2024-12-07"),
                            factory.make_article("p2", "الجزيرة", "حماة", "2024-12-07", kind="attack"),
                            factory.make_article("p3", "الجزيرة", "درعا", "2024-12-08", kind="attack",
                                                 side="government", polarity="denied")])
        with st.engine.connect() as conn:
            assert "TEMP B-TREE" not in _plan(conn, series)
        want = _covered_until_downgrade(st, queries, "0012", lambda: [
            (explore.daily.__wrapped__(st, f), explore.facets.__wrapped__(st, f)) for f in filters])
        assert [d["total"] for d, _ in want] == [2, 3, 2, 1, 1]
        assert [p["value"] for p in want[3][1]["places"]] == ["SY12"]
        assert [(p["value"], p["label"]) for p in want[2][1]["places"]] == [("SY04", "حمص"), ("SY05", "حماة")]


def _uncovered(conn, sql: str) -> list[str]:
    """The plan's reads of a table (SCAN or SEARCH) that are not on an index alone."""
    return [r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql).all()
            if r[-1].startswith(("SCAN", "SEARCH")) and "COVERING INDEX" not in r[-1]]


def test_0016_filtered_coverage_reads_indexes_alone(tmp_path):
    """After migration 0016 the filtered outlet coverage reads each matching report (its outlet, merged
    event, day, toll and article) and, joined, its source chains on indexes alone under a type, side,
    place or actor filter; downgraded to 0015 the table rows are read again, and upgrading again gives
    the same coverage. The polarity and outlet indexes stay narrower: widened, the planner left them
    for narrower indexes that read table rows (the control places under a rare polarity, the daily
    groups under an outlet)."""
    from tawatur.store import explore

    url = str(tmp_path / "o.db")
    reports = [f"SELECT outlet, merged_event, date, fatalities, article_id FROM events "
               f"WHERE {w} = 'x' AND outlet IS NOT NULL" for w in ("type", "side", "place_id", "actor")]
    kept = {"SELECT k FROM (SELECT place_key AS k FROM control GROUP BY place_key) AS p WHERE EXISTS "
            "(SELECT * FROM events WHERE events.place_id = p.k AND events.polarity = 'x')": "ix_events_polarity_date",
            "SELECT date, type, side, count(*), sum(fatalities) FROM events WHERE outlet = 'x' "
            "GROUP BY date, type, side": "COVERING INDEX ix_events_outlet_date"}
    chains = ["SELECT s.outlet, s.chain, count(*) FROM sources s JOIN events e ON e.id = s.event_id "
              f"WHERE s.outlet IS NOT NULL AND s.kind != 'outlet' AND e.{w} IN ('x', 'y') GROUP BY s.outlet, s.chain"
              for w in ("type", "side")]
    filters = [EventFilter(type="attack"), EventFilter(side=("government", "opposition")),
               EventFilter(outlet="الجزيرة"), EventFilter(polarity="denied")]
    with open_store(url) as st:
        st.ingest_articles([factory.make_article("o1", "سانا", "حمص", "2024-12-07"),
                            factory.make_article("o2", "الجزيرة", "حمص", "2024-12-07"),
                            factory.make_article("o3", "الجزيرة", "درعا", "2024-12-08", kind="attack",
                                                 side="government", polarity="denied")])
        want = [explore.outlet_coverage.__wrapped__(st, f) for f in filters]
        with st.engine.connect() as conn:
            assert {q: _uncovered(conn, q) for q in reports + chains} == {q: [] for q in reports + chains}
            assert {q: i for q, i in kept.items() if i not in _plan(conn, q)} == {}
        with st.engine.begin() as conn:
            command.downgrade(_alembic(conn), "0015")
        with st.engine.connect() as conn:
            assert all(_uncovered(conn, q) for q in reports + chains)
        with st.engine.begin() as conn:
            command.upgrade(_alembic(conn), "heads")
        assert [explore.outlet_coverage.__wrapped__(st, f) for f in filters] == want
    assert [[(c["outlet"], c["events"], c["merged"], c["first_reports"]) for c in cov] for cov in want] == [
        [("الجزيرة", 1, 1, 1)], [("الجزيرة", 2, 2, 2), ("سانا", 1, 1, 1)], [("الجزيرة", 2, 2, 2)],
        [("الجزيرة", 1, 1, 1)]]
