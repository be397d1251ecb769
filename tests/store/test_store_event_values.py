"""The events counted per filter choice within each (type, side, polarity) cell (``event_values``,
store/rollup.py, migration 0014), and per outlet its chains cited and its merged events and first
reports (``outlet_chains``, ``outlet_firsts``, migration 0015), the same per cell, and the events per
choice, day and cell (migration 0017) equal a plain recount of the rows after every write, and the outlet coverage read from them the one
read from the rows (and the daily series): incremental
ingest, a whole analysis that rewrites stored events with other values, reviews that move an event to
another type, side or place or reject it, and their undoing; the migration fills it for a store made
before it, and the facets read from it equal those grouped from the events rows (Arabic written for
these tests; SQLite, and PostgreSQL with TAWATUR_TEST_PG)."""
from __future__ import annotations

import importlib.util
from collections import Counter, defaultdict
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import func, select

from tawatur.link import Linker
from tawatur.model import Source
from tawatur.store import EventFilter, cells, chains, explore, firsts, open_store, rollup
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


CITED = (("agency", ["وكالة الأنباء", "مراسل ميداني"]), ("outlet", ["الصحيفة نفسها"]), (None, ["مجهول"]),
         ("monitor", ["مرصد حقوقي"]))


def _article(i: int, kind: str | None = None, side: str | None = None, cited: int = 0):
    art = factory.make_article(f"v{i}", OUTLETS[i % 3], PLACES[i // 2 % 3], f"2024-11-{1 + i % 5:02d}",
                               kind=kind or KINDS[i % 3], side=side or SIDES[i // 3 % 3],
                               polarity="denied" if i % 5 == 2 else "asserted", extra=f" العدد {i}")
    art.events[0].fatalities = i % 3
    source_kind, chain = CITED[(i + cited) % len(CITED)]
    art.events[0].source = Source(name=chain[0], kind=source_kind, chain=chain)
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


def _outlet_counts(conn) -> tuple[dict, dict]:
    """outlet_chains and outlet_firsts as kept, and as recounted from the source rows and the rows of
    merged_outlets."""
    kept = ({(r.outlet, r.chain): r.n for r in conn.execute(select(S.outlet_chains))},
            {r.outlet: (r.merged, r.firsts) for r in conn.execute(select(S.outlet_firsts))})
    chains: Counter = Counter()
    for r in conn.execute(select(S.sources)).all():
        if r.outlet is not None and r.kind is not None and r.kind != "outlet":
            chains[(r.outlet, r.chain)] += 1
    firsts: dict[str, tuple[int, int]] = {}
    for r in conn.execute(select(S.merged_outlets)).all():
        m, f = firsts.get(r.outlet, (0, 0))
        firsts[r.outlet] = (m + 1, f + int(bool(r.first)))
    return kept, (dict(chains), firsts)


def _cell_counts(conn) -> tuple[tuple, tuple]:
    """The per-cell tables of the coverage (migration 0017) as kept, and as recounted from the events
    rows, their articles and their sources."""
    def rows(table, *keys):
        return {tuple(r._mapping[k] for k in keys): tuple(r[len(keys):]) for r in conn.execute(select(table))}
    mine = ("merged_event", "outlet", "type", "side", "polarity")
    kept = (rows(S.merged_outlet_cells, *mine), rows(S.outlet_cells, "outlet", "type", "side", "polarity"),
            set(conn.execute(select(S.merged_mixed.c.merged_event)).scalars()),
            rows(S.outlet_chain_cells, "outlet", "chain", "type", "side", "polarity"))
    pairs = cells.pairs(cells.reports(conn, []))
    sums: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0])
    spread: dict[str, set] = defaultdict(set)
    for r in pairs:
        key = (r["type"], r["side"], r["polarity"])
        acc = sums[(r["outlet"], *key)]
        acc[0] += 1
        acc[1] += int(r["first"])
        acc[2] += int(r["dated"])
        spread[r["merged_event"]].add(key)
    chain_cells: Counter = Counter()
    e = {r.id: (r.type, r.side, r.polarity) for r in conn.execute(select(S.events))}
    for r in conn.execute(select(S.sources)).all():
        if r.outlet is not None and r.kind is not None and r.kind != "outlet":
            chain_cells[(r.outlet, r.chain, *e[r.event_id])] += 1
    want = ({tuple(r[k] for k in mine): (r["first"], r["dated"]) for r in pairs},
            {k: tuple(v) for k, v in sums.items()}, {m for m, c in spread.items() if len(c) > 1},
            {k: (n,) for k, n in chain_cells.items()})
    return kept, want


COVERAGE_FILTERS = [*FILTERS, EventFilter(side=("government", "sdf")), EventFilter(outlet=OUTLETS[2]), EventFilter(outlet=OUTLETS[0]), EventFilter(outlet=OUTLETS[1], type=("attack", "withdraw")),
                    EventFilter(side=("opposition", "sdf"), polarity=("asserted", "denied"), review="all")]


def _check_coverage(st) -> int:
    """The coverage under each filter as read from the rows; returns how many took the per-cell path."""
    took = 0
    for f in COVERAGE_FILTERS:
        with st.engine.connect() as conn:
            conds = explore._conds(st, conn, f)
            rows, merged, firsts = explore._reports(conn, conds)
            plain = explore._coverage(rows, merged, firsts, explore._chains(conn, conds))
            took += bool(conds) and explore._by_cells(explore._resolved(st, conn, f), conds)
        assert explore.outlet_coverage.__wrapped__(st, f) == plain, f
    return took


def _plain_daily(st, f: EventFilter) -> dict:
    """The daily answer folded from one (day, type, side) grouping of the events rows."""
    c = S.events.c
    with st.engine.connect() as conn:
        split = explore.hidden_split(conn, explore._resolved(st, conn, f))
        groups = explore._net(conn, lambda conds: select(c.date, c.type, c.side, func.count(),
                                                         func.coalesce(func.sum(c.fatalities), 0))
                              .where(*conds).group_by(c.date, c.type, c.side), split)
    folds: list[dict] = [{}, {}]
    for (day, typ, side), (n, dead) in groups.items():
        for fold, key in zip(folds, ((day, typ), (day, side)), strict=True):
            acc = fold.setdefault(key, [0, 0])
            acc[0] += n
            acc[1] += dead
    return explore._days(*({k: fold[k] for k in sorted(fold, key=lambda k: (k[0] or "", k[1]))} for fold in folds))


DAY_CHOICES = [EventFilter(outlet=OUTLETS[1], type=("attack", "take_control")), EventFilter(actor="فصائل المعارضة"),
               EventFilter(outlet=OUTLETS[0], polarity="denied", date_from="2024-11-02", review="all")]


def _day_values(conn) -> dict[tuple, list[int]]:
    return {tuple(r[:6]): [r.n, r.dead] for r in conn.execute(select(S.event_day_values))}


def _day_recount(conn) -> dict[tuple, list[int]]:
    """event_day_values as it should be: every events row counted under each choice it has a value
    of, on its day and cell."""
    want: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for r in conn.execute(select(S.events)).all():
        for facet, value in (("outlet", r.outlet), ("actor", r.actor), ("place_id", r.place_id)):
            if value is not None:
                acc = want[(facet, value, r.date or "", r.type, r.side, r.polarity)]
                acc[0] += 1
                acc[1] += r.fatalities
    return dict(want)


def _check(st) -> tuple[int, int]:
    """Every kept count equals its recount, and every answer read from them the one read from the
    rows; returns how many coverages took the per-cell path and how many merged events span cells."""
    with st.engine.connect() as conn:
        assert _kept(conn) == _recount(conn)
        kept, want = _outlet_counts(conn)
        assert kept == want and want[0] and want[1]
        kept, want = _cell_counts(conn)
        assert kept == want and want[0] and want[3]
    took = _check_coverage(st)
    gid = factory.PLACES[PLACES[0]].gazetteer_id
    for f in (*COVERAGE_FILTERS, EventFilter(place=PLACES[1]), EventFilter(date_from="2024-11-02"), *DAY_CHOICES,
              EventFilter(place=gid), EventFilter(place=gid, side=("sdf", "opposition"), date_to="2024-11-03")):
        assert explore.daily.__wrapped__(st, f) == _plain_daily(st, f), f
    with st.engine.connect() as conn:
        assert _day_values(conn) == _day_recount(conn)
        assert all(rollup.one_choice(explore._resolved(st, conn, f)) for f in (*DAY_CHOICES, EventFilter(place=gid)))
    with st.engine.connect() as conn:  # the unfiltered coverage read from them, as read from the rows
        rows, merged, firsts = explore._reports(conn, [])
        plain = explore._coverage(rows, merged, firsts, explore._chains(conn, []))
        kept_path = not explore._conds(st, conn, EventFilter())  # nothing rejected
    assert explore.outlet_coverage.__wrapped__(st, EventFilter(review="all")) == plain
    if kept_path:
        assert explore.outlet_coverage.__wrapped__(st, EventFilter()) == plain
    for f in FILTERS:  # read from the kept counts, equal to the grouping of the events rows
        got = explore.facets.__wrapped__(st, f)
        with st.engine.connect() as conn:
            rf = explore._resolved(st, conn, f)
            split = explore.hidden_split(conn, rf)
            for key, col in (("outlets", S.events.c.outlet), ("actors", S.events.c.actor),
                             ("places", S.events.c.place_id), ("types", S.events.c.type)):
                plain = explore._grouped(conn, col, split, S.events.c.place_name if key == "places" else None)
                assert got[key] == plain, (f, key)
    return took, len(want[2])


def test_kept_counts_follow_ingest_rewrite_and_review(db_url):
    with open_store(db_url) as st:
        st.ingest_articles([_article(i) for i in range(8)])
        assert _check(st) == (10, 0)  # every filter but the unfiltered read from the per-cell counts
        st.ingest_articles([_article(i) for i in range(8, 14)])
        assert _check(st) == (10, 0)
        with st.engine.connect() as conn:
            before = _kept(conn)
        # the same articles analysed again with other types and sides: their events rows are rewritten
        again = [_article(i, kind="attack", side="government", cited=1) for i in range(14)]
        lk = Linker()
        lk.add(again)
        st.ingest_analysis(lk.analysis())
        with st.engine.connect() as conn:
            after = _kept(conn)
            assert {k[2] for k in after} == {"attack"} and before != after
        assert _check(st)[1] > 0  # denied and asserted reports of one merged event: counted from its rows
        st.review_event("v1-e1", "edit", "محلل", {"type": "withdraw", "side": "sdf", "place": "درعا", "toll": 4})
        st.review_event("v2-e1", "reject", "محلل")
        assert _check(st)[0] > 0  # a rejected event hides: only the filters showing it stay on the counts
        with st.engine.connect() as conn:
            moved = conn.execute(select(S.events.c.place_id).where(S.events.c.id == "v1-e1")).scalar_one()
        assert {v["value"]: v["n"] for v in explore.facets(st, EventFilter(type="withdraw"))["places"]} == {
            moved: 1} and moved != "SY04"  # the edited event alone, at its new place
        st.undo_review("محلل")
        st.undo_review("محلل")
        assert _check(st)[1] > 0
        with st.engine.connect() as conn:
            assert _kept(conn) == after
        with st.engine.connect() as conn:
            counted = _cell_counts(conn)[0]
        with st.engine.begin() as conn:  # counted again from every row: the same
            rollup.rebuild(conn)
            firsts.rebuild(conn)
            chains.rebuild(conn)
            assert _kept(conn) == after and _cell_counts(conn)[0] == counted


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
            assert not {"event_values", "outlet_chains", "outlet_firsts"} & set(conn.dialect.get_table_names(conn))
        with st.engine.begin() as conn:
            command.upgrade(_alembic(conn), "heads")
        with st.engine.connect() as conn:
            assert _kept(conn) == _recount(conn) and _kept(conn)
            kept, counted = _outlet_counts(conn)
            assert kept == counted and counted[0] and counted[1]
            kept, counted = _cell_counts(conn)
            assert kept == counted and counted[0] and counted[3]
            assert _day_values(conn) == _day_recount(conn) and _day_values(conn)
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


def test_a_merged_event_over_several_cells_counts_once(db_url):
    """Two outlets report one attack at one place and day, one of them twice; an analyst moves one
    report to another side: the merged event now lies in two cells, and under a filter choosing both
    sides (or under that outlet) it is one merged event of each outlet, its first report the earliest
    of those the filter keeps, as read from the rows. Undone, it lies in one cell again."""
    arts = [factory.make_article("c1", OUTLETS[0], PLACES[0], "2024-11-03", kind="attack", side="government"),
            factory.make_article("c2", OUTLETS[1], PLACES[0], "2024-11-03", kind="attack", side="government"),
            factory.make_article("c3", OUTLETS[0], PLACES[0], "2024-11-03", kind="attack", side="government",
                                 extra=" وفق رواية ثانية"),
            factory.make_article("c4", OUTLETS[2], PLACES[2], "2024-11-09", kind="withdraw", side="opposition")]
    arts[0].published, arts[1].published, arts[2].published = "2024-11-04", "2024-11-03", "2024-11-05"
    for i, art in enumerate(arts):
        kind, chain = CITED[3 * (i % 2)]
        art.events[0].source = Source(name=chain[0], kind=kind, chain=chain)
    with open_store(db_url) as st:
        st.ingest_articles(arts)
        with st.engine.connect() as conn:
            mids = {r.id: r.merged_event for r in conn.execute(select(S.events))}
        assert mids["c1-e1"] == mids["c2-e1"] == mids["c3-e1"]
        assert _check(st)[1] == 0
        st.review_event("c1-e1", "edit", "محلل", {"side": "sdf"})
        assert _check(st)[1] == 1
        both = EventFilter(side=("government", "sdf"))
        for f in (both, EventFilter(side="sdf"), EventFilter(outlet=OUTLETS[0])):
            with st.engine.connect() as conn:
                assert explore._by_cells(explore._resolved(st, conn, f), explore._conds(st, conn, f))

        def counts(f: EventFilter) -> dict[str, tuple[int, int, int]]:
            return {d["outlet"]: (d["events"], d["merged"], d["first_reports"])
                    for d in explore.outlet_coverage.__wrapped__(st, f)}
        assert counts(both) == {OUTLETS[0]: (2, 1, 0), OUTLETS[1]: (1, 1, 1)}
        assert counts(EventFilter(side="sdf")) == {OUTLETS[0]: (1, 1, 1)}
        assert counts(EventFilter(outlet=OUTLETS[0])) == {OUTLETS[0]: (2, 1, 1)}
        st.undo_review("محلل")
        assert _check(st)[1] == 0
