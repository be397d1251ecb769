"""The events counted per (day, type, side, polarity), with their toll: a pre-aggregated table
(``event_days``, migration 0009) kept in step with the events rows in the same transaction that
changes them (ingest rewrites, review re-folds), so the per-day charts, the type/side/polarity
facets and the totals under those filters read a few rows per day instead of every event.

It counts every event, rejected ones too: a view that hides them subtracts the rejected rows, read by
id from the events table (:func:`tawatur.store.repository.hidden_split`). An undated event is kept
under the day ``""`` (a key column cannot be NULL and still match itself).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select
from sqlalchemy.engine import Connection

from . import schema as S

KEYS = ("date", "type", "side", "polarity")
_ONLY = {"type", "side", "polarity", "date_from", "date_to", "review"}  # filter fields the table answers
_CHUNK = 400


def covers(f: Any) -> bool:
    """Whether the table answers filter ``f``: only type, side, polarity and days are set, and the
    view is every event or every event but the rejected."""
    return f.review in (None, "all") and not any(v for k, v in vars(f).items() if k not in _ONLY)


def _values(v: Any) -> list[str]:
    return [v] if isinstance(v, str) else sorted(set(v or ()))


def conds(f: Any) -> list[Any]:
    """The conditions of ``f`` on the table (the events' own, on its columns)."""
    d = S.event_days.c
    out: list[Any] = []
    for col, v in ((d.type, f.type), (d.side, f.side), (d.polarity, f.polarity)):
        vals = _values(v)
        if vals:
            out.append(col == vals[0] if len(vals) == 1 else col.in_(vals))
    if f.date_from:
        out.append(d.date >= f.date_from[:10])
    if f.date_to:
        out += [d.date <= f.date_to[:10], d.date != ""]
    return out


def grouped(conn: Connection, f: Any, keys: Sequence[str], hidden: list[list[Any]]) -> dict[tuple, list[int]]:
    """Events matching ``f`` (``covers(f)``) counted by ``keys``, ordered by them: {key values:
    [count, toll]}, the rejected (``hidden``: conditions on the events table) subtracted, empty
    groups dropped; an undated group's day is None."""
    d, e = S.event_days.c, S.events.c
    dcols, ecols = [d[k] for k in keys], [e[k] for k in keys]
    out: dict[tuple, list[int]] = {}
    q = select(*dcols, func.sum(d.n), func.sum(d.dead)).where(*conds(f)).group_by(*dcols).order_by(*dcols)
    parts = [(1, q)] + [(-1, select(*ecols, func.count(), func.coalesce(func.sum(e.fatalities), 0))
                          .where(*h).group_by(*ecols)) for h in hidden]
    width, at = len(keys), (keys.index("date") if "date" in keys else -1)
    for sign, query in parts:
        for r in conn.execute(query).all():  # tens of thousands of groups: keep the loop lean
            key = tuple(r[:width])
            if at >= 0 and key[at] == "":
                key = key[:at] + (None,) + key[at + 1:]
            acc = out.get(key)
            if acc is None:
                out[key] = acc = [0, 0]
            acc[0] += sign * int(r[-2] or 0)
            acc[1] += sign * int(r[-1] or 0)
    return {k: v for k, v in out.items() if v[0] > 0}


def edges(conn: Connection, f: Any, hidden: list[list[Any]]) -> tuple[str | None, str | None] | None:
    """The first and last dated day with an event matching ``f`` (``covers(f)``) left after the
    rejected (``hidden``) are subtracted: each read at one end of the day index, and checked by
    counting that one day when some events are hidden. None when a day found so holds only hidden
    events (the caller then groups every day)."""
    d, e = S.event_days.c, S.events.c
    out: list[str | None] = []
    for fn in (func.min, func.max):
        day = conn.execute(select(fn(d.date)).where(*conds(f), d.date != "", d.n > 0)).scalar()
        if day is not None and hidden:
            one = [h + [e.date == day] for h in hidden]
            if not grouped(conn, _on_day(f, day), (), one):
                return None
        out.append(day)
    return out[0], out[1]


def _on_day(f: Any, day: str) -> Any:
    from dataclasses import replace
    return replace(f, date_from=day, date_to=day)


def add(deltas: dict[tuple, list[int]], row: Any, sign: int, n: int = 1) -> None:
    """Count ``n`` events of ``row`` (a mapping with date, type, side, polarity, fatalities: the
    toll of the ``n`` together) into ``deltas``, with ``sign``."""
    acc = deltas.setdefault((row["date"] or "", row["type"], row["side"], row["polarity"]), [0, 0])
    acc[0] += sign * n
    acc[1] += sign * int(row["fatalities"] or 0)


def write(conn: Connection, deltas: dict[tuple, list[int]]) -> None:
    """Apply counted changes to the table; a day left with no event of its kind is removed.

    One upsert for every changed key (a statement per key cost ~0.1 s a batch of 50 articles: the
    compile and round trip, not the write), then one delete of the keys whose count fell to zero."""
    rows = [dict(zip(KEYS, key, strict=True), n=n, dead=dead)
            for key, (n, dead) in sorted(deltas.items()) if n or dead]
    if not rows:
        return
    conn.execute(_upsert(conn.dialect.name), rows)
    fell = [dict(zip(KEYS, row, strict=True)) for row, (n, _) in sorted(deltas.items()) if n < 0]
    if fell:
        d = S.event_days.c
        conn.execute(delete(S.event_days).where(*(d[k] == bindparam(f"k_{k}") for k in KEYS), d.n <= 0),
                     [{f"k_{k}": r[k] for k in KEYS} for r in fell])


def _upsert(dialect: str) -> Any:
    """INSERT of a (day, type, side, polarity) count that adds to the stored one when the key exists
    (SQLite and PostgreSQL spell it the same: ON CONFLICT ... DO UPDATE)."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    ins = dialect_insert(S.event_days)
    t = S.event_days.c
    return ins.on_conflict_do_update(index_elements=list(KEYS),
                                     set_={"n": t.n + ins.excluded.n, "dead": t.dead + ins.excluded.dead})


def counted(conn: Connection, ids: Iterable[str], sign: int) -> dict[tuple, list[int]]:
    """The events rows ``ids`` as stored now, counted into deltas with ``sign`` (see :func:`add`): read
    before rows are rewritten or deleted, in the transaction that writes them."""
    e = S.events.c
    ids = sorted(set(ids))
    deltas: dict[tuple, list[int]] = {}
    for i in range(0, len(ids), _CHUNK):
        q = (select(e.date, e.type, e.side, e.polarity, func.count().label("n"),
                    func.coalesce(func.sum(e.fatalities), 0).label("fatalities"))
             .where(e.id.in_(ids[i:i + _CHUNK])).group_by(e.date, e.type, e.side, e.polarity))
        for r in conn.execute(q):
            add(deltas, r._mapping, sign, r.n)
    return deltas


def rebuild(conn: Connection) -> None:
    """Count the table again from every events row (a migration, or a store filled in bulk)."""
    e = S.events.c
    conn.execute(delete(S.event_days))
    day = func.coalesce(e.date, "")
    rows = conn.execute(select(day, e.type, e.side, e.polarity, func.count(),
                               func.coalesce(func.sum(e.fatalities), 0))
                        .group_by(day, e.type, e.side, e.polarity)).all()
    batch = [dict(zip((*KEYS, "n", "dead"), (*r[:4], r[4], int(r[5])), strict=True)) for r in rows]
    for i in range(0, len(batch), 5000):
        conn.execute(insert(S.event_days), batch[i:i + 5000])
