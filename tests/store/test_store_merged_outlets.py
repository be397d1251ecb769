"""The kept outlets of each merged event and who reported it first (``merged_outlets``, store/firsts.py)
equal a plain recomputation from the events and their articles after every write, incremental or whole,
and after the migration that adds it; the unfiltered outlet coverage read from it equals the answer
computed from the events rows (Arabic written for these tests; SQLite, and PostgreSQL with
TAWATUR_TEST_PG)."""
from __future__ import annotations

import importlib.util
from collections import Counter, defaultdict
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import select

from tawatur.link import Linker
from tawatur.store import EventFilter, explore, open_store
from tawatur.store import schema as S
from tawatur.store.engine import MIGRATIONS

_spec = importlib.util.spec_from_file_location("firsts_factory", Path(__file__).with_name("store_factory.py"))
factory = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(factory)

OUTLETS = ("سانا", "الجزيرة", "عنب بلدي", "الوطن")


def _article(i: int, place: str, day: str, hour: int, kind: str = "take_control"):
    art = factory.make_article(f"f{i}", OUTLETS[i % 4], place, day, kind=kind, extra=f" رقم {i}")
    art.published = f"{day}T{hour:02d}:00:00"
    return art


def _batches() -> list[list]:
    """Reports of a few happenings in several batches: a later report of a happening arrives first,
    then an earlier one (the first report moves), two outlets at the same hour (a tie), and a report
    of another kind at the same place."""
    return [[_article(1, "حمص", "2024-12-07", 15), _article(2, "حماة", "2024-12-07", 9)],
            [_article(3, "حمص", "2024-12-07", 8), _article(4, "درعا", "2024-12-08", 10, "attack")],
            [_article(5, "حماة", "2024-12-07", 9), _article(6, "حمص", "2024-12-08", 7)],
            [_article(7, "درعا", "2024-12-08", 6, "attack"), _article(8, "حمص", "2024-12-07", 8)]]


def _recomputed(st) -> set[tuple]:
    e, a = S.events.c, S.articles.c
    with st.engine.connect() as conn:
        rows = conn.execute(select(e.merged_event, e.outlet, a.published)
                            .join_from(S.events, S.articles, a.id == e.article_id, isouter=True)).all()
    earliest: dict[str, dict[str, str | None]] = defaultdict(dict)
    for mid, outlet, published in rows:
        if mid and outlet:
            seen = earliest[mid]
            old = seen.get(outlet)
            seen[outlet] = published if old is None else min(old, published or old)
    out = set()
    for mid, seen in earliest.items():
        best = min((p for p in seen.values() if p), default=None)
        out |= {(mid, o, best is not None and p == best) for o, p in seen.items()}
    return out


def _kept(st) -> set[tuple]:
    with st.engine.connect() as conn:
        return {(m, o, bool(f)) for m, o, f in conn.execute(select(S.merged_outlets))}


def _check(st) -> None:
    kept = _kept(st)
    assert kept == _recomputed(st)
    fast = explore.outlet_coverage.__wrapped__(st, EventFilter())
    rowwise = explore.outlet_coverage.__wrapped__(st, EventFilter(date_from="1900-01-01"))  # every event
    assert fast == rowwise
    firsts = Counter(o for _, o, first in kept if first)
    assert {c["outlet"]: c["first_reports"] for c in fast} == {o: firsts.get(o, 0) for o in OUTLETS
                                                              if any(c["outlet"] == o for c in fast)}


def test_incremental_batches_keep_the_first_reports(db_url):
    with open_store(db_url) as st:
        for batch in _batches():
            st.ingest_articles(batch, run_pipeline=False)
            _check(st)
        kept = _kept(st)
        homs = {o for m, o, first in kept if first and m == _merged_of(st, "f3-e1")}
        assert homs == {"الوطن", "سانا"}  # f3 and f8 tie at 08:00, before f1 at 15:00: first both
        assert len({m for m, _, _ in kept}) < 8  # reports were merged across outlets


def _merged_of(st, eid: str) -> str:
    with st.engine.connect() as conn:
        return conn.execute(select(S.events.c.merged_event).where(S.events.c.id == eid)).scalar_one()


def test_a_whole_analysis_keeps_the_first_reports(db_url):
    arts = [a for batch in _batches() for a in batch]
    lk = Linker()
    lk.add(arts)
    with open_store(db_url) as st:
        st.ingest_analysis(lk.analysis())
        _check(st)
        assert any(first for _, _, first in _kept(st))


def test_migration_counts_the_stored_events(tmp_path):
    with open_store(str(tmp_path / "m.db")) as st:
        for batch in _batches():
            st.ingest_articles(batch, run_pipeline=False)
        before = _kept(st)
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        with st.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0010")
        with st.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "heads")
        assert _kept(st) == before == _recomputed(st) and before
