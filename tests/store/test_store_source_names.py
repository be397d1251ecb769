"""Who is quoted, by outlet (``source_names``, store/quoted.py, migration 0020): the source rows counted
by (outlet, name, kind, name_en) equal a plain recount of the source rows after incremental ingest, a
whole analysis rewriting the events with other sources, and the migration's fill of a store made before
it; the sources view read from them equals the view grouped from the source rows, with and without an
outlet, page by page (Arabic written for these tests; SQLite, and PostgreSQL with TAWATUR_TEST_PG)."""
from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

from alembic import command
from sqlalchemy import func, select

from tawatur.link import Linker
from tawatur.model import Source
from tawatur.store import open_store, quoted
from tawatur.store import schema as S

_spec = importlib.util.spec_from_file_location("names_factory", Path(__file__).with_name("store_factory.py"))
factory = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(factory)

OUTLETS = ("سانا", "الجزيرة", "عنب بلدي")
PLACES = ("حمص", "حماة", "درعا")
# (name, name_en, kind): a name with two kinds, a name without an English name or a kind
QUOTED = (("مصدر عسكري", "military source", "official"), ("ناشطون محليون", None, "activists"),
          ("مرصد حقوقي", "monitor", "monitor"), ("مصدر عسكري", "a military source", "agency"),
          ("شهود عيان", None, None))


def _article(i: int, shift: int = 0):
    art = factory.make_article(f"q{i}", OUTLETS[i % 3], PLACES[i // 2 % 3], f"2024-10-{1 + i % 7:02d}",
                               extra=f" المرة {i}")
    name, name_en, kind = QUOTED[(i + shift) % len(QUOTED)]
    art.events[0].source = Source(name=name, name_en=name_en, kind=kind, chain=[name])
    return art


def _kept(conn) -> dict[tuple, int]:
    kept = {(r.outlet, r.name, r.kind, r.name_en): r.n for r in conn.execute(select(S.source_names))}
    keys = {r.key: (r.outlet, r.name, r.kind, r.name_en) for r in conn.execute(select(S.source_names))}
    assert all(quoted.digest(k) == key for key, k in keys.items())
    return kept


def _recount(conn) -> dict[tuple, int]:
    return dict(Counter((r.outlet, r.name, r.kind, r.name_en) for r in conn.execute(select(S.sources)).all()))


def _plain(st, outlet: str | None, limit: int, offset: int) -> tuple[list[dict], int]:
    """The sources view as it was: every source row grouped by outlet and name."""
    c = S.sources.c
    conds = [c.outlet == outlet] if outlet else []
    n = func.count().label("n")
    with st.engine.connect() as conn:
        rows = conn.execute(select(c.outlet, c.name, func.max(c.name_en).label("name_en"),
                                   func.max(c.kind).label("kind"), n).where(*conds).group_by(c.outlet, c.name)
                            .order_by(n.desc(), c.outlet, c.name).limit(limit).offset(offset)).all()
        total = len(conn.execute(select(c.outlet, c.name).where(*conds).group_by(c.outlet, c.name)).all())
    return [{"outlet": r.outlet, "name": r.name, "name_en": r.name_en, "kind": r.kind, "events": r.n}
            for r in rows], total


def _check(st) -> None:
    with st.engine.connect() as conn:
        assert _kept(conn) == _recount(conn) and _recount(conn)
    for outlet in (None, *OUTLETS):
        for limit, offset in ((50, 0), (2, 0), (2, 2), (3, 4)):
            assert st.sources(outlet, limit, offset) == _plain(st, outlet, limit, offset), (outlet, limit, offset)


def test_kept_names_follow_ingest_and_rewrite(db_url):
    with open_store(db_url) as st:
        st.ingest_articles([_article(i) for i in range(9)])
        _check(st)
        st.ingest_articles([_article(i) for i in range(9, 15)])
        _check(st)
        with st.engine.connect() as conn:
            before = _kept(conn)
        lk = Linker()  # the same articles analysed again, seven quoting another source: rows rewritten
        lk.add([_article(i, shift=int(i < 7)) for i in range(15)])
        st.ingest_analysis(lk.analysis())
        with st.engine.connect() as conn:
            after = _kept(conn)
        assert after != before
        _check(st)
        got, total = st.sources(None, 50, 0)
        assert total == len(got) and {g["name"] for g in got} == {q[0] for q in QUOTED}
        with st.engine.begin() as conn:  # counted again from every row: the same
            quoted.rebuild(conn)
            assert _kept(conn) == after


def test_migration_counts_the_stored_sources(db_url):
    with open_store(db_url) as st:
        st.ingest_articles([_article(i) for i in range(10)])
        want = st.sources(None, 50, 0)
        with st.engine.begin() as conn:
            command.downgrade(factory.alembic_config(conn), "0019")
        with st.engine.connect() as conn:
            assert "source_names" not in set(conn.dialect.get_table_names(conn))
        with st.engine.begin() as conn:
            command.upgrade(factory.alembic_config(conn), "heads")
        with st.engine.connect() as conn:
            assert _kept(conn) == _recount(conn) and _kept(conn)
        assert st.sources(None, 50, 0) == want
        _check(st)
