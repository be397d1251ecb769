"""The events counted per filter choice within each (type, side, polarity) cell (``event_values``,
store/rollup.py, migration 0014) equal a plain recount of the events rows after every write: incremental
ingest, a whole analysis that rewrites stored events with other values, reviews that move an event to
another type, side or place or reject it, and their undoing; the migration fills it for a store made
before it, and the facets read from it equal those grouped from the events rows (Arabic written for
these tests; SQLite, and PostgreSQL with TAWATUR_TEST_PG)."""
from __future__ import annotations

import importlib.util
from collections import defaultdict
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import select

from tawatur.link import Linker
from tawatur.store import EventFilter, explore, open_store, rollup
from tawatur.store import schema as S
from tawatur.store.engine import MIGRATIONS

_spec = importlib.util.spec_from_file_location("values_factory", Path(__file__).with_name("store_factory.py"))
factory = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(factory)

OUTLETS = ("سانا", "الجزيرة", "عنب بلدي")
PLACES = ("حمص", "حماة", "درعا")
KINDS = ("take_control", "attack", "withdraw")
SIDES = ("opposition", "government", "sdf")
FILTERS = [EventFilter(), EventFilter(type="attack"), EventFilter(side=("government", "sdf")),
           EventFilter(polarity="asserted"), EventFilter(polarity="denied"), EventFilter(review="all"),
           EventFilter(review="all", type=("attack", "withdraw"), polarity="asserted")]


def _article(i: int, kind: str | None = None, side: str | None = None):
    art = factory.make_article(f"v{i}", OUTLETS[i % 3], PLACES[i // 2 % 3], f"2024-11-{1 + i % 5:02d}",
                               kind=kind or KINDS[i % 3], side=side or SIDES[i // 3 % 3],
                               polarity="denied" if i % 5 == 2 else "asserted", extra=f" العدد {i}")
    art.events[0].fatalities = i % 3
    return art


def _recount(conn) -> dict[tuple, list[int]]:
    """event_values as it should be: every events row counted on its cell's own row and on each
    choice it has a value of."""
    want: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for r in conn.execute(select(S.events)).all():
        cell = (r.type, r.side, r.polarity)
        for facet, value in (("", ""), ("outlet", r.outlet), ("actor", r.actor), ("place_id", r.place_id)):
            if value is not None:
                acc = want[(facet, value, *cell)]
                acc[0] += 1
                acc[1] += r.fatalities
    return dict(want)


def _kept(conn) -> dict[tuple, list[int]]:
    return {tuple(r[:5]): [r.n, r.dead] for r in conn.execute(select(S.event_values))}


def _check(st) -> None:
    with st.engine.connect() as conn:
        assert _kept(conn) == _recount(conn)
    for f in FILTERS:  # read from the kept counts, equal to the grouping of the events rows
        got = explore.facets.__wrapped__(st, f)
        with st.engine.connect() as conn:
            rf = explore._resolved(st, conn, f)
            split = explore.hidden_split(conn, rf)
            for key, col in (("outlets", S.events.c.outlet), ("actors", S.events.c.actor),
                             ("places", S.events.c.place_id), ("types", S.events.c.type)):
                plain = explore._grouped(conn, col, split, S.events.c.place_name if key == "places" else None)
                assert got[key] == plain, (f, key)


def test_kept_counts_follow_ingest_rewrite_and_review(db_url):
    with open_store(db_url) as st:
        st.ingest_articles([_article(i) for i in range(8)])
        _check(st)
        st.ingest_articles([_article(i) for i in range(8, 14)])
        _check(st)
        with st.engine.connect() as conn:
            before = _kept(conn)
        # the same articles analysed again with other types and sides: their events rows are rewritten
        again = [_article(i, kind="attack", side="government") for i in range(14)]
        lk = Linker()
        lk.add(again)
        st.ingest_analysis(lk.analysis())
        with st.engine.connect() as conn:
            after = _kept(conn)
            assert {k[2] for k in after} == {"attack"} and before != after
        _check(st)
        st.review_event("v1-e1", "edit", "محلل", {"type": "withdraw", "side": "sdf", "place": "درعا", "toll": 4})
        st.review_event("v2-e1", "reject", "محلل")
        _check(st)
        with st.engine.connect() as conn:
            moved = conn.execute(select(S.events.c.place_id).where(S.events.c.id == "v1-e1")).scalar_one()
        assert {v["value"]: v["n"] for v in explore.facets(st, EventFilter(type="withdraw"))["places"]} == {
            moved: 1} and moved != "SY04"  # the edited event alone, at its new place
        st.undo_review("محلل")
        st.undo_review("محلل")
        _check(st)
        with st.engine.connect() as conn:
            assert _kept(conn) == after
        with st.engine.begin() as conn:  # counted again from every row: the same
            rollup.rebuild(conn)
            assert _kept(conn) == after


def test_facets_read_the_kept_counts_only_when_no_day_is_set():
    """Grouping by a choice, or by type, side or polarity, under no day is read from event_values;
    a day set or grouped, or a column it lacks, is not."""
    assert rollup.by_value(EventFilter(type="attack"), ("outlet",))
    assert rollup.by_value(EventFilter(polarity="denied", side="sdf"), ("type",))
    assert rollup.by_value(EventFilter(), ())
    assert not rollup.by_value(EventFilter(date_from="2024-11-02"), ("outlet",))
    assert not rollup.by_value(EventFilter(), ("date", "type"))
    assert not rollup.by_value(EventFilter(), ("outlet", "type"))


def _alembic(conn) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def test_migration_counts_the_stored_events(tmp_path):
    url = str(tmp_path / "v.db")
    with open_store(url) as st:
        st.ingest_articles([_article(i) for i in range(10)])
        st.review_event("v3-e1", "edit", "محلل", {"toll": 6, "side": "sdf"})
        want = [explore.facets.__wrapped__(st, f) for f in FILTERS]
        with st.engine.begin() as conn:
            command.downgrade(_alembic(conn), "0013")
        with st.engine.connect() as conn:
            assert "event_values" not in conn.dialect.get_table_names(conn)
        with st.engine.begin() as conn:
            command.upgrade(_alembic(conn), "heads")
        with st.engine.connect() as conn:
            assert _kept(conn) == _recount(conn) and _kept(conn)
        assert [explore.facets.__wrapped__(st, f) for f in FILTERS] == want


def test_a_choice_that_excludes_no_event_is_dropped(db_url):
    """A type, side or polarity choice that every stored event (rejected ones too) meets adds no
    condition to the aggregates; one that leaves an event out is kept."""
    with open_store(db_url) as st:
        st.ingest_articles([_article(i) for i in range(6)])
        st.review_event("v2-e1", "reject", "محلل")  # the one denied event: still stored, still counted
        every = EventFilter(polarity=("asserted", "denied"), type=KINDS, side=("government", "sdf"))
        with st.engine.connect() as conn:
            got = explore._resolved(st, conn, every)
            assert (got.type, got.polarity, got.side) == (None, None, ("government", "sdf"))
            asserted = explore._resolved(st, conn, EventFilter(polarity="asserted"))
            assert asserted.polarity == "asserted"
        assert explore.outlet_coverage(st, every) == explore.outlet_coverage(st, EventFilter(side=every.side))
        assert explore.facets(st, every)["total"] == 3  # opposition's three left out, the rejected hidden
