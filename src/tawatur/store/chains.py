"""Per outlet, how many of its stored reports cite each source chain (``outlet_chains``, migration 0015):
the source rows counted by (outlet, chain), those of kind "outlet" (an outlet citing itself) and those
without an outlet or kind left out, as the coverage's chains always were. Kept in the transaction that
writes and deletes the source rows (with their events rows, :meth:`WritesMixin._write_events`), so the
unfiltered outlet coverage reads a few rows per outlet instead of grouping every source row (~17 ms at
100,000 events). The same per (type, side, polarity) cell of the source row's event (``outlet_chain_cells``,
migration 0017), for the coverage under those filters: a review edit that moves an event to another cell
moves its source rows' counts (:func:`moved`).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlalchemy import and_, bindparam, delete, func, insert, select
from sqlalchemy.engine import Connection

from . import schema as S
from .rollup import adding_upsert
from .rows import _chunks


def _cited() -> Any:
    """The source rows counted (a condition on ``sources``)."""
    s = S.sources.c
    return and_(s.outlet.is_not(None), s.kind != "outlet")


def counted(conn: Connection, event_ids: Iterable[str], sign: int) -> Counter:
    """The source rows of ``event_ids`` as stored now, by (outlet, chain, type, side, polarity: their
    event's cell, None without an events row), with ``sign``: read before they are deleted, in the
    transaction that deletes them."""
    s, e = S.sources.c, S.events.c
    out: Counter = Counter()
    for part in _chunks(sorted(set(event_ids))):
        for outlet, chain, typ, side, pol, n in conn.execute(
                select(s.outlet, s.chain, e.type, e.side, e.polarity, func.count())
                .select_from(S.sources.outerjoin(S.events, e.id == s.event_id))
                .where(s.event_id.in_(part), _cited()).group_by(s.outlet, s.chain, e.type, e.side, e.polarity)):
            out[(outlet, chain, typ, side, pol)] += sign * n
    return out


def add(deltas: Counter, rows: Iterable[dict[str, Any]], cells: dict[str, tuple]) -> None:
    """Count source rows about to be inserted (dicts with event_id, outlet, kind, chain), each under
    its event's cell (``cells``: event id -> (type, side, polarity))."""
    for r in rows:
        if r["outlet"] is not None and r["kind"] is not None and r["kind"] != "outlet":
            deltas[(r["outlet"], r["chain"], *cells.get(r["event_id"], (None, None, None)))] += 1


def moved(conn: Connection, moves: dict[str, tuple[tuple, tuple]]) -> Counter:
    """The changes of the per-cell counts when events move from one cell to another (a review edit
    and its undo; ``moves``: event id -> (cell before, cell after)): their source rows leave the
    first and come into the second; the per-outlet counts do not change."""
    s = S.sources.c
    out: Counter = Counter()
    for part in _chunks(sorted(moves)):
        for eid, outlet, chain, n in conn.execute(select(s.event_id, s.outlet, s.chain, func.count())
                                                  .where(s.event_id.in_(part), _cited())
                                                  .group_by(s.event_id, s.outlet, s.chain)):
            was, now = moves[eid]
            out[(outlet, chain, *was)] -= n
            out[(outlet, chain, *now)] += n
    return out


def write(conn: Connection, deltas: Counter) -> None:
    """Apply counted changes (keyed by outlet, chain and cell) to the per-outlet counts and the
    per-cell ones: per table one upsert for the changed keys, one delete of those left at zero."""
    per: Counter = Counter()
    for (o, c, *_), n in deltas.items():
        per[(o, c)] += n
    _write(conn, S.outlet_chains, ("outlet", "chain"), per)
    _write(conn, S.outlet_chain_cells, ("outlet", "chain", "type", "side", "polarity"),
           Counter({k: n for k, n in deltas.items() if k[2] is not None}))


def _write(conn: Connection, table: Any, keys: tuple[str, ...], deltas: Counter) -> None:
    rows = [{**dict(zip(keys, k, strict=True)), "n": n} for k, n in sorted(deltas.items()) if n]
    if not rows:
        return
    conn.execute(adding_upsert(conn.dialect.name, table, keys, ("n",)), rows)
    fell = [{f"k_{k}": r[k] for k in keys} for r in rows if r["n"] < 0]
    if fell:
        t = table.c
        conn.execute(delete(table).where(*(t[k] == bindparam(f"k_{k}") for k in keys), t.n <= 0), fell)


def rebuild(conn: Connection) -> None:
    """Count both tables again (a store filled in bulk)."""
    s, e = S.sources.c, S.events.c
    conn.execute(delete(S.outlet_chains))
    rows = [{"outlet": o, "chain": c, "n": n} for o, c, n in conn.execute(
        select(s.outlet, s.chain, func.count()).where(_cited()).group_by(s.outlet, s.chain))]
    for i in range(0, len(rows), 5000):
        conn.execute(insert(S.outlet_chains), rows[i:i + 5000])
    conn.execute(delete(S.outlet_chain_cells))
    cols = (s.outlet, s.chain, e.type, e.side, e.polarity)
    rows = [dict(zip(("outlet", "chain", "type", "side", "polarity", "n"), r, strict=True)) for r in conn.execute(
        select(*cols, func.count()).select_from(S.sources.join(S.events, e.id == s.event_id))
        .where(_cited()).group_by(*cols))]
    for i in range(0, len(rows), 5000):
        conn.execute(insert(S.outlet_chain_cells), rows[i:i + 5000])
