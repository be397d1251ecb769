"""Which outlets carried each merged event, and which of them reported it first (``merged_outlets``,
migration 0011): one row per (merged event, outlet), ``first`` set when that outlet's earliest article
on it is the earliest of all (ties: each such outlet). Kept on write in the transaction that changes
the events (ingest), so the workbench's outlet coverage reads per outlet a count of these rows instead
of a window over every event joined to its article (1.7 s at 100,000 events).

Reports whose article is not stored count as carried but never as first, as the join always did.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, func, insert, inspect, select
from sqlalchemy.engine import Connection

from . import cells
from . import schema as S
from .rollup import adding_upsert
from .rows import _chunks


def _pairs(rows: Iterable[Any]) -> list[dict[str, Any]]:
    """(merged event, outlet, published) report rows -> the table's rows, first set on the outlets
    whose earliest publication is the merged event's earliest."""
    return [{"merged_event": m, "outlet": o, "first": first}
            for (m, o), _, first in cells.earliest(((mid,), (mid, outlet), published) for mid, outlet, published in rows)]


def _reports(conn: Connection, where: list[Any]) -> list[Any]:
    e, a = S.events.c, S.articles.c
    return conn.execute(select(e.merged_event, e.outlet, a.published)
                        .select_from(S.events.outerjoin(S.articles, a.id == e.article_id))
                        .where(e.merged_event.is_not(None), e.outlet.is_not(None), *where)).all()


def refresh(conn: Connection, mids: Iterable[str | None]) -> None:
    """Count the merged events ``mids`` again from their events rows as stored now (those left
    without a report lose their rows), and move the per-outlet sums (``outlet_firsts``) with them:
    called after a write moved, added or removed reports."""
    ids = sorted({m for m in mids if m})
    t, e = S.merged_outlets.c, S.events.c
    sums: dict[str, list[int]] = {}
    for part in _chunks(ids):
        for outlet, first, n in conn.execute(select(t.outlet, t.first, func.count())
                                             .where(t.merged_event.in_(part)).group_by(t.outlet, t.first)):
            _count(sums, outlet, bool(first), -n)
        conn.execute(delete(S.merged_outlets).where(t.merged_event.in_(part)))
        rows = _pairs(_reports(conn, [e.merged_event.in_(part)]))
        if rows:
            conn.execute(insert(S.merged_outlets), rows)
        for r in rows:
            _count(sums, r["outlet"], r["first"], 1)
    _write_sums(conn, sums)
    cells.refresh(conn, ids)  # the same merged events within each cell


def _count(sums: dict[str, list[int]], outlet: str, first: bool, n: int) -> None:
    acc = sums.setdefault(outlet, [0, 0])
    acc[0] += n
    acc[1] += n if first else 0


def _write_sums(conn: Connection, sums: dict[str, list[int]]) -> None:
    """Add each outlet's change of merged events and first reports; an outlet left with none is removed."""
    rows = [{"outlet": o, "merged": m, "firsts": f} for o, (m, f) in sorted(sums.items()) if m or f]
    if not rows:
        return
    conn.execute(adding_upsert(conn.dialect.name, S.outlet_firsts, ("outlet",), ("merged", "firsts")), rows)
    t = S.outlet_firsts.c
    conn.execute(delete(S.outlet_firsts).where(t.merged <= 0, t.outlet.in_([r["outlet"] for r in rows])))


def rebuild(conn: Connection) -> None:
    """Count the whole table and its per-outlet sums again (the migration that adds it, a store
    filled in bulk)."""
    conn.execute(delete(S.merged_outlets))
    rows = _pairs(_reports(conn, []))
    for i in range(0, len(rows), 5000):
        conn.execute(insert(S.merged_outlets), rows[i:i + 5000])
    if "outlet_firsts" in inspect(conn).get_table_names():  # absent in the migration that adds merged_outlets
        conn.execute(delete(S.outlet_firsts))
        sums: dict[str, list[int]] = {}
        for r in rows:
            _count(sums, r["outlet"], r["first"], 1)
        _write_sums(conn, sums)
    cells.rebuild(conn)
