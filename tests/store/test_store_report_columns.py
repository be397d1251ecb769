"""Each events row's copy of what the outlet coverage reads of its report (migration 0022): its
article's publication (``published``) and its source row's chain when the chains count it (``cited``:
with an outlet, of a kind other than "outlet"), equal to the articles and sources rows after ingest, a
whole analysis rewriting the events with other sources, and the migration's fill of a store made
before it; the coverage under a place, days, an actor, a bbox and a type with a rejected event, read
from the events rows alone, equals the coverage counted from the reports joined to their articles and
sources (Arabic written for these tests; SQLite, and PostgreSQL with TAWATUR_TEST_PG)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from alembic import command
from sqlalchemy import func, select

from tawatur.link import Linker
from tawatur.model import Actor, Source
from tawatur.store import EventFilter, explore, open_store
from tawatur.store import schema as S

_spec = importlib.util.spec_from_file_location("report_factory", Path(__file__).with_name("store_factory.py"))
factory = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(factory)

OUTLETS = ("سانا", "الجزيرة", "عنب بلدي")
PLACES = ("حمص", "حماة", "درعا")
# (kind, chain): an agency, the outlet itself (not counted), no kind (not counted), a monitor
CITED = (("agency", ["وكالة محلية", "مراسل"]), ("outlet", ["الموقع نفسه"]), (None, ["مجهول"]), ("monitor", ["مرصد"]))


def _article(i: int, shift: int = 0):
    """Articles two by two on one place and day (one merged event, two outlets), published at
    different hours, each quoting one of CITED."""
    art = factory.make_article(f"r{i}", OUTLETS[i % 3], PLACES[i // 2 % 3], f"2024-09-{1 + i // 2:02d}",
                               extra=f" البلاغ {i}")
    art.published = f"2024-09-{1 + i // 2:02d}T{8 + i % 5:02d}:00:00"
    kind, chain = CITED[(i + shift) % len(CITED)]
    ev = art.events[0]
    ev.source = Source(name=chain[0], name_en=None, kind=kind, chain=chain)
    ev.actor = Actor(name="فصيل", name_en="a faction", side="opposition", id=f"actor-{i % 2}")
    return art


def _copies(conn) -> tuple[dict, dict]:
    """The events rows' copies, and what the articles and sources rows say they should be."""
    e, a, s = S.events.c, S.articles.c, S.sources.c
    kept = {r.id: (r.published, r.cited) for r in conn.execute(select(e.id, e.published, e.cited))}
    published = dict(conn.execute(select(a.id, a.published)).all())
    cited: dict[str, str] = {}
    for r in conn.execute(select(s.event_id, s.chain, s.outlet, s.kind).order_by(s.pk)):
        if r.outlet is not None and r.kind is not None and r.kind != "outlet":
            cited.setdefault(r.event_id, r.chain)
    want = {r.id: (published.get(r.article_id), cited.get(r.id))
            for r in conn.execute(select(e.id, e.article_id))}
    return kept, want


def _plain(st, f: EventFilter) -> list[dict]:
    """The coverage counted from the matching reports joined to their articles, chains from the
    source rows joined to the matching events."""
    e, a, s = S.events.c, S.articles.c, S.sources.c
    with st.engine.connect() as conn:
        conds = explore._conds(st, conn, f)
        rows = conn.execute(select(e.outlet, e.merged_event, e.date, e.fatalities, a.published)
                            .select_from(S.events.outerjoin(S.articles, a.id == e.article_id))
                            .where(e.outlet.is_not(None), *conds)).all()
        n = func.count().label("n")
        chains = conn.execute(select(s.outlet, s.chain, n).select_from(S.sources.join(S.events, e.id == s.event_id))
                              .where(s.outlet.is_not(None), s.kind != "outlet", *conds)
                              .group_by(s.outlet, s.chain).order_by(s.outlet, n.desc(), s.chain)).all()
    return explore._coverage(*explore.count_reports([tuple(r) for r in rows]), explore._chain_lists(chains))


FILTERS = (EventFilter(place="SY04"), EventFilter(place="حماة"), EventFilter(date_from="2024-09-02", date_to="2024-09-04"),
           EventFilter(actor="actor-1"), EventFilter(bbox=(36.0, 32.5, 36.8, 34.8)), EventFilter(type="take_control"),
           EventFilter(place="SY12", side="opposition"))


def _check(st) -> None:
    with st.engine.connect() as conn:
        kept, want = _copies(conn)
    assert kept == want and any(c for _, c in kept.values()) and any(c is None for _, c in kept.values())
    for f in FILTERS:
        got = explore.outlet_coverage.__wrapped__(st, f)
        assert got == _plain(st, f) and got, f
    assert any(o["first_reports"] for o in explore.outlet_coverage.__wrapped__(st, FILTERS[0]))


def test_copies_follow_ingest_rewrite_and_review(db_url):
    with open_store(db_url) as st:
        st.ingest_articles([_article(i) for i in range(8)])
        _check(st)
        st.ingest_articles([_article(i) for i in range(8, 12)])
        _check(st)
        lk = Linker()  # analysed again, five quoting another source: their events rows rewritten
        lk.add([_article(i, shift=int(i < 5)) for i in range(12)])
        st.ingest_analysis(lk.analysis())
        _check(st)
        st.review_event("r3-e1", "reject", "محلل")
        st.review_event("r4-e1", "edit", "محلل", {"place": "درعا"})
        _check(st)


def test_migration_fills_the_copies(db_url):
    with open_store(db_url) as st:
        st.ingest_articles([_article(i) for i in range(10)])
        want = [explore.outlet_coverage.__wrapped__(st, f) for f in FILTERS]
        with st.engine.begin() as conn:
            command.downgrade(factory.alembic_config(conn), "0021")
        with st.engine.connect() as conn:
            assert not {"published", "cited"} & {c["name"] for c in conn.dialect.get_columns(conn, "events")}
        with st.engine.begin() as conn:
            command.upgrade(factory.alembic_config(conn), "heads")
        _check(st)
        assert [explore.outlet_coverage.__wrapped__(st, f) for f in FILTERS] == want


def test_a_status_or_unreviewed_that_excludes_no_event_is_dropped(db_url):
    """A status every stored event has, and 'unreviewed' while no event is reviewed, add no condition
    to the aggregates (the same events match); a status leaving an event out, and 'unreviewed' once an
    analyst reviewed one, are kept. The coverage equals the plain one either way."""
    with open_store(db_url) as st:
        st.ingest_articles([_article(i) for i in range(6)])
        with st.engine.connect() as conn:
            statuses = sorted(set(conn.execute(select(S.events.c.status)).scalars()))
        with st.engine.begin() as conn:  # one status for every event, then one event apart
            conn.execute(S.events.update().values(status="corroborated"))
        for f in (EventFilter(status="corroborated"), EventFilter(review="unreviewed"),
                  EventFilter(status="corroborated", place="SY04", review="unreviewed")):
            with st.engine.connect() as conn:
                got = explore._resolved(st, conn, f)
            assert got.status is None and got.review == "all", (f, got)
            assert explore.outlet_coverage.__wrapped__(st, f) == _plain(st, f)
        with st.engine.begin() as conn:
            conn.execute(S.events.update().where(S.events.c.id == "r2-e1").values(status="contested"))
        st.review_event("r1-e1", "accept", "محلل")
        for f in (EventFilter(status="corroborated"), EventFilter(review="unreviewed"), EventFilter(status="contested")):
            with st.engine.connect() as conn:
                got = explore._resolved(st, conn, f)
            assert (got.status, got.review) == (f.status, f.review or "all"), (f, got)  # nothing rejected
            assert explore.outlet_coverage.__wrapped__(st, f) == _plain(st, f)
        assert statuses  # the ingest gave every event a status
