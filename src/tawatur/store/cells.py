"""Which outlets carried each merged event, and which reported it first, within each (type, side,
polarity) cell (``merged_outlet_cells``, ``outlet_cells``, ``merged_mixed``, migration 0017): the
outlet coverage under a type, side, polarity or outlet filter then reads a few summed rows per outlet
instead of every matching report joined to its article (~60-120 ms at 100,000 events).

A row per (merged event, outlet, cell) of the reports in that cell: ``first`` when the outlet's
earliest article on it is the earliest of the cell's reports on it (ties: each), ``dated`` when one of
its articles there has a publication (under an outlet filter the outlet's own reports are the only
ones, so it reports first exactly when dated). The sums per (outlet, cell) are exact under a filter
choosing several cells for a merged event whose reports lie in one cell; those whose reports lie in
more than one are listed in ``merged_mixed``, and the reader counts them again from their rows.

Kept with :mod:`.firsts` (every write that moves reports refreshes both) and by review edits that
move an event to another cell (:func:`tawatur.store.review.apply_to_rows`).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, func, insert, inspect, select
from sqlalchemy.engine import Connection

from . import schema as S
from .rollup import adding_upsert
from .rows import _chunks

CELL = ("type", "side", "polarity")


def earliest(rows: Iterable[tuple[tuple, tuple, str | None]]) -> list[tuple[tuple, str | None, bool]]:
    """(group, key, published) rows -> per key, in key order: its earliest publication (None when none of
    its rows has one) and whether that is its group's earliest (ties: each such key). The rule behind
    ``first`` here and in :func:`tawatur.store.firsts._pairs`: an outlet reported first when its earliest
    article on the event (in a cell, or in all) is the earliest of all."""
    best: dict[tuple, str] = {}
    seen: dict[tuple, str | None] = {}
    group_of: dict[tuple, tuple] = {}
    for group, key, published in rows:
        group_of[key] = group
        if published is not None:
            if group not in best or published < best[group]:
                best[group] = published
            kept = seen.get(key)
            seen[key] = published if kept is None or published < kept else kept
        else:
            seen.setdefault(key, None)
    return [(k, v, v is not None and v == best.get(group_of[k])) for k, v in sorted(seen.items())]


def pairs(rows: Iterable[Any]) -> list[dict[str, Any]]:
    """(merged event, outlet, type, side, polarity, published) report rows -> the table's rows, per
    cell as :func:`tawatur.store.firsts._pairs` does per merged event."""
    got = earliest(((mid, typ, side, pol), (mid, outlet, typ, side, pol), published)
                   for mid, outlet, typ, side, pol, published in rows)
    return [{"merged_event": m, "outlet": o, "type": t, "side": s, "polarity": p, "first": first,
             "dated": v is not None} for (m, o, t, s, p), v, first in got]


def reports(conn: Connection, where: list[Any]) -> list[Any]:
    """The reports counted (with an outlet and a merged event), each with its cell and publication."""
    e, a = S.events.c, S.articles.c
    return conn.execute(select(e.merged_event, e.outlet, e.type, e.side, e.polarity, a.published)
                        .select_from(S.events.outerjoin(S.articles, a.id == e.article_id))
                        .where(e.merged_event.is_not(None), e.outlet.is_not(None), *where)).all()


def _present(conn: Connection) -> bool:
    """Whether the tables exist (not in the migrations before 0017, which rebuild :mod:`.firsts`;
    every write runs after the last migration)."""
    return "merged_outlet_cells" in inspect(conn).get_table_names()


def refresh(conn: Connection, mids: Iterable[str | None]) -> None:
    """Count the merged events ``mids`` again from their events rows as stored now, moving the sums
    per (outlet, cell) and the list of merged events over several cells with them."""
    ids = sorted({m for m in mids if m})
    if not ids:
        return
    t, e = S.merged_outlet_cells.c, S.events.c
    sums: dict[tuple, list[int]] = {}
    for part in _chunks(ids):
        for o, typ, side, pol, first, dated, n in conn.execute(
                select(t.outlet, t.type, t.side, t.polarity, t.first, t.dated, func.count())
                .where(t.merged_event.in_(part)).group_by(t.outlet, t.type, t.side, t.polarity, t.first, t.dated)):
            _count(sums, (o, typ, side, pol), bool(first), bool(dated), -n)
        conn.execute(delete(S.merged_outlet_cells).where(t.merged_event.in_(part)))
        conn.execute(delete(S.merged_mixed).where(S.merged_mixed.c.merged_event.in_(part)))
        _insert(conn, pairs(reports(conn, [e.merged_event.in_(part)])), sums)
    _write_sums(conn, sums)


def _insert(conn: Connection, rows: list[dict[str, Any]], sums: dict[tuple, list[int]]) -> None:
    """Insert the rows, count them into ``sums`` and list their merged events over several cells."""
    if not rows:
        return
    for i in range(0, len(rows), 5000):
        conn.execute(insert(S.merged_outlet_cells), rows[i:i + 5000])
    cells: dict[str, set[tuple]] = {}
    for r in rows:
        key = (r["type"], r["side"], r["polarity"])
        cells.setdefault(r["merged_event"], set()).add(key)
        _count(sums, (r["outlet"], *key), r["first"], r["dated"], 1)
    mixed = [{"merged_event": m} for m, c in sorted(cells.items()) if len(c) > 1]
    if mixed:
        conn.execute(insert(S.merged_mixed), mixed)


def _count(sums: dict[tuple, list[int]], key: tuple, first: bool, dated: bool, n: int) -> None:
    acc = sums.setdefault(key, [0, 0, 0])
    acc[0] += n
    acc[1] += n if first else 0
    acc[2] += n if dated else 0


def _write_sums(conn: Connection, sums: dict[tuple, list[int]]) -> None:
    """Add each (outlet, cell)'s change; one left with no merged event is removed."""
    keys = ("outlet", *CELL)
    rows = [{**dict(zip(keys, k, strict=True)), "merged": m, "firsts": f, "dated": d}
            for k, (m, f, d) in sorted(sums.items()) if m or f or d]
    if not rows:
        return
    conn.execute(adding_upsert(conn.dialect.name, S.outlet_cells, keys, ("merged", "firsts", "dated")), rows)
    t = S.outlet_cells.c
    conn.execute(delete(S.outlet_cells).where(t.merged <= 0, t.outlet.in_(sorted({r["outlet"] for r in rows}))))


def rebuild(conn: Connection) -> None:
    """Count every merged event again (the migration that adds the tables, a store filled in bulk)."""
    if not _present(conn):
        return
    for table in (S.merged_outlet_cells, S.outlet_cells, S.merged_mixed):
        conn.execute(delete(table))
    sums: dict[tuple, list[int]] = {}
    _insert(conn, pairs(reports(conn, [])), sums)
    _write_sums(conn, sums)
