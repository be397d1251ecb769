"""The events counted per (day, type, side, polarity), with their toll: a pre-aggregated table
(``event_days``, migration 0009) kept in step with the events rows in the same transaction that
changes them (ingest rewrites, review re-folds), so the per-day charts, the type/side/polarity
facets and the totals under those filters read a few rows per day instead of every event.

It counts every event, rejected ones too: a view that hides them subtracts the rejected rows, read by
id from the events table (:func:`tawatur.store.repository.hidden_split`). An undated event is kept
under the day ``""`` (a key column cannot be NULL and still match itself).

The same counts are kept summed per (day, type) and per (day, side) (migration 0012): a grouping whose
keys and filter fit one of those reads it (:func:`table_for`), so the daily chart's two series are read
as stored instead of grouped from every (day, type, side, polarity) row on each request.

And per filter choice (outlet, actor, place) within each (type, side, polarity) cell, and per cell
(``event_values``, migration 0014): a grouping by one of those, or by type, side or polarity, under a
filter setting no days reads those rows (a few per choice) instead of every matching event. And per
choice, day and cell (``event_day_values``, migration 0017): the daily series under one choice.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Table, bindparam, delete, func, insert, select
from sqlalchemy.engine import Connection

from . import schema as S

KEYS = ("date", "type", "side", "polarity")
CELL = ("type", "side", "polarity")
FACETS = ("outlet", "actor", "place_id")  # the choices counted per cell in event_values
ROW = (*KEYS, *FACETS)  # what a change is counted by (:func:`add`)
VALUE_KEYS = ("facet", "value", *CELL)
DAY_VALUE_KEYS = ("facet", "value", *KEYS)
# each table of counts with its keys, smallest first: a grouping reads the first that holds its columns
TABLES = ((S.event_day_types, ("date", "type")), (S.event_day_sides, ("date", "side")), (S.event_days, KEYS))
_ONLY = {"type", "side", "polarity", "date_from", "date_to", "review"}  # filter fields the table answers
_CHUNK = 400


def covers(f: Any) -> bool:
    """Whether the table answers filter ``f``: only type, side, polarity and days are set, and the
    view is every event or every event but the rejected."""
    return f.review in (None, "all") and not any(v for k, v in vars(f).items() if k not in _ONLY)


def _values(v: Any) -> list[str]:
    return [v] if isinstance(v, str) else sorted(set(v or ()))


def chosen(v: Any) -> set[str]:
    """The values a type, side or polarity filter field chooses (one, or any of several)."""
    return set(_values(v))


def _filtered(f: Any) -> set[str]:
    """The key columns ``f`` sets a condition on."""
    out = {k for k in ("type", "side", "polarity") if _values(getattr(f, k))}
    return out | ({"date"} if f.date_from or f.date_to else set())


def table_for(f: Any, keys: Sequence[str]) -> Table:
    """The smallest table of per-day counts holding the columns of ``keys`` and of the filter ``f``."""
    need = set(keys) | _filtered(f)
    return next(t for t, cols in TABLES if need <= set(cols))


def conds(f: Any, table: Table | None = None) -> list[Any]:
    """The conditions of ``f`` on a table of counts (``event_days`` unless given; the events' own,
    on its columns: the table must hold every column ``f`` filters, :func:`table_for`)."""
    d = (S.event_days if table is None else table).c
    out: list[Any] = []
    for name in ("type", "side", "polarity"):
        vals = _values(getattr(f, name))
        if vals:
            out.append(d[name] == vals[0] if len(vals) == 1 else d[name].in_(vals))
    if f.date_from:
        out.append(d.date >= f.date_from[:10])
    if f.date_to:
        out += [d.date <= f.date_to[:10], d.date != ""]
    return out


def by_value(f: Any, keys: Sequence[str]) -> bool:
    """Whether ``event_values`` answers a grouping by ``keys`` under ``f`` (``covers(f)``): no day
    set or grouped, and the keys some of type, side and polarity, or one of :data:`FACETS`."""
    return (not f.date_from and not f.date_to
            and (set(keys) <= set(CELL) or (len(keys) == 1 and keys[0] in FACETS)))


def _value_query(f: Any, keys: Sequence[str]) -> Any:
    """The grouping of ``event_values`` by ``keys`` under ``f`` (:func:`by_value`), ordered by them:
    a choice's rows, or the cells' own."""
    v = S.event_values.c
    if len(keys) == 1 and keys[0] in FACETS:
        cols, where = [v.value], [v.facet == keys[0]]
    else:
        cols, where = [v[k] for k in keys], [v.facet == ""]
    return (select(*cols, func.sum(v.n), func.sum(v.dead)).where(*where, *conds(f, S.event_values))
            .group_by(*cols).order_by(*cols))


def _day_query(f: Any, keys: Sequence[str]) -> Any:
    """The grouping by ``keys`` under ``f`` of the smallest table of per-day counts that holds them
    and the filter's columns, ordered by them; keys that are its whole key are read as stored."""
    table = table_for(f, keys)
    d = table.c
    dcols = [d[k] for k in keys]
    if len(keys) == len(table.primary_key.columns):  # one row per group already
        return select(*dcols, d.n, d.dead).where(*conds(f, table)).order_by(*dcols)
    return (select(*dcols, func.sum(d.n), func.sum(d.dead)).where(*conds(f, table))
            .group_by(*dcols).order_by(*dcols))


def grouped(conn: Connection, f: Any, keys: Sequence[str], hidden: list[list[Any]]) -> dict[tuple, list[int]]:
    """Events matching ``f`` (``covers(f)``) counted by ``keys``, ordered by them: {key values:
    [count, toll]}, the rejected (``hidden``: conditions on the events table) subtracted, empty
    groups dropped; an undated group's day is None. Read from ``event_values`` when it answers
    (:func:`by_value`), else from the smallest table of counts that holds ``keys`` and the filter's
    columns; keys that are that table's whole key are read as stored (no grouping). A choice
    (outlet, actor, place) is counted among the events that have one."""
    e = S.events.c
    ecols = [e[k] for k in keys]
    q = _value_query(f, keys) if by_value(f, keys) else _day_query(f, keys)
    width, at = len(keys), (keys.index("date") if "date" in keys else -1)
    # the table's groups are distinct: taken as they come (~4,400 of them per day series at 100,000
    # events; a dictionary lookup and two additions per row cost more than the query)
    out = _read(conn, q, width)
    for h in hidden:  # the rejected, counted from the events rows (a few), subtracted
        for r in conn.execute(select(*ecols, func.count(), func.coalesce(func.sum(e.fatalities), 0))
                              .where(*h).group_by(*ecols)).all():
            key = tuple(r[:width])
            if at >= 0 and key[at] is None:
                key = key[:at] + ("",) + key[at + 1:]
            acc = out.setdefault(key, [0, 0])
            acc[0] -= int(r[-2] or 0)
            acc[1] -= int(r[-1] or 0)
    return {(k if at < 0 or k[at] != "" else k[:at] + (None,) + k[at + 1:]): v for k, v in out.items() if v[0] > 0}


def rows(conn: Connection, f: Any, keys: Sequence[str]) -> list[tuple]:
    """The groups of ``keys`` (the day first) under ``f`` (``covers(f)``, nothing hidden) as the
    driver's tuples, in key order: (key values..., count, toll), an undated day as "". What
    :func:`grouped` reads, without a dictionary of the groups (the daily series lays them out as they
    come)."""
    return conn.execute(_day_query(f, keys)).cursor.fetchall()


def day_value_rows(conn: Connection, f: Any, facet: str, value: str) -> list[tuple]:
    """(day, type, side, count, toll) of the events with ``value`` of choice ``facet`` under ``f``'s
    types, sides, polarities and days (nothing hidden), in day, type, side order, an undated day as "":
    one range of ``event_day_values``."""
    d = S.event_day_values.c
    return conn.execute(select(d.date, d.type, d.side, d.n, d.dead)
                        .where(d.facet == facet, d.value == value, *conds(f, S.event_day_values))
                        .order_by(d.date, d.type, d.side)).cursor.fetchall()


_CHOICES = (("outlet", "outlet"), ("actor", "actor"))
_WITH_CHOICE = {"type", "side", "polarity", "date_from", "date_to", "review", "outlet", "actor", "place"}


def one_choice(f: Any) -> tuple[str, str] | None:
    """(choice, value) when ``f`` (place resolved) sets one outlet, actor or place by gazetteer id,
    and besides only types, sides, polarities and days, the view every event or all but the rejected:
    what ``event_values`` (no day set) and ``event_day_values`` answer."""
    if f.review not in (None, "all") or any(v for k, v in vars(f).items() if k not in _WITH_CHOICE):
        return None
    set_ = [(facet, getattr(f, name)) for name, facet in _CHOICES if getattr(f, name)]
    if f.place:
        if not f.place.startswith("id:"):
            return None
        set_.append(("place_id", f.place[3:]))
    return set_[0] if len(set_) == 1 else None


def choice_count(conn: Connection, f: Any, facet: str, value: str) -> int:
    """How many events (rejected ones too) have ``value`` of choice ``facet`` under ``f``'s types,
    sides and polarities, no day set (:func:`one_choice`): summed over that choice's rows of
    ``event_values`` (one per cell). Under days ``event_day_values`` holds about a row per event
    (a place's 6,400 events at 100,000: 0.33 ms against 0.15 for their index range on SQLite), so
    those are counted on the index."""
    v = S.event_values.c
    return int(conn.execute(select(func.coalesce(func.sum(v.n), 0))
                            .where(v.facet == facet, v.value == value, *conds(f, S.event_values))).scalar_one())


def _read(conn: Connection, q: Any, width: int) -> dict[tuple, list[int]]:
    """{key: [count, toll]} of a query selecting ``width`` distinct key columns, then count and toll:
    rows unpacked as they come (slicing each SQLAlchemy row cost ~5 µs; the day series
    read ~4,400 rows each)."""
    rows = conn.execute(q).all()
    if width == 2:
        return {(a, b): [n, dead] for a, b, n, dead in rows}
    return {tuple(r[:width]): [int(r[-2] or 0), int(r[-1] or 0)] for r in rows}


def edges(conn: Connection, f: Any, hidden: list[list[Any]]) -> tuple[str | None, str | None] | None:
    """The first and last dated day with an event matching ``f`` (``covers(f)``) left after the
    rejected (``hidden``) are subtracted: each read at one end of the day index, and checked by
    counting that one day when some events are hidden. None when a day found so holds only hidden
    events (the caller then groups every day)."""
    table, e = table_for(f, ("date",)), S.events.c
    d = table.c
    out: list[str | None] = []
    for fn in (func.min, func.max):
        day = conn.execute(select(fn(d.date)).where(*conds(f, table), d.date != "", d.n > 0)).scalar()
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
    """Count ``n`` events of ``row`` (a mapping with date, type, side, polarity, outlet, actor,
    place_id, fatalities: the toll of the ``n`` together) into ``deltas``, with ``sign``."""
    acc = deltas.setdefault((row["date"] or "", *(row[k] for k in ROW[1:])), [0, 0])
    acc[0] += sign * n
    acc[1] += sign * int(row["fatalities"] or 0)


def write(conn: Connection, deltas: dict[tuple, list[int]]) -> None:
    """Apply counted changes to every table of counts (:data:`TABLES`); a key left with no event is
    removed.

    Per table, one upsert for every changed key (a statement per key cost ~0.1 s a batch of 50
    articles: the compile and round trip, not the write), then one delete of the keys whose count
    fell to zero."""
    for table, cols in TABLES:
        _write_table(conn, table, cols, _summed(deltas, [ROW.index(k) for k in cols]))
    _write_table(conn, S.event_values, VALUE_KEYS, _valued(deltas))
    _write_table(conn, S.event_day_values, DAY_VALUE_KEYS, _valued(deltas, dated=True))


def _summed(deltas: dict[tuple, list[int]], at: list[int]) -> dict[tuple, list[int]]:
    """(day, type, side, polarity, outlet, actor, place) deltas summed onto the key positions ``at``."""
    out: dict[tuple, list[int]] = {}
    for key, (n, dead) in deltas.items():
        acc = out.setdefault(tuple(key[i] for i in at), [0, 0])
        acc[0] += n
        acc[1] += dead
    return out


def _valued(deltas: dict[tuple, list[int]], dated: bool = False) -> dict[tuple, list[int]]:
    """Deltas summed onto ``event_values``' keys: each onto its cell's own row ("", "", cell) and onto
    (choice, value, cell) for each choice it has a value of; ``dated``: onto ``event_day_values``'
    (choice, value, day, cell) keys, no cell's own row."""
    out: dict[tuple, list[int]] = {}
    at = [(name, ROW.index(name)) for name in FACETS]
    for key, (n, dead) in deltas.items():
        cell = key[:4] if dated else key[1:4]
        for name, i in (at if dated else [("", -1), *at]):
            value = "" if i < 0 else key[i]
            if value is None:
                continue
            acc = out.setdefault((name, value, *cell), [0, 0])
            acc[0] += n
            acc[1] += dead
    return out


def _write_table(conn: Connection, table: Table, cols: Sequence[str], deltas: dict[tuple, list[int]]) -> None:
    rows = [dict(zip(cols, key, strict=True), n=n, dead=dead)
            for key, (n, dead) in sorted(deltas.items()) if n or dead]
    if not rows:
        return
    conn.execute(_upsert(conn.dialect.name, table, cols), rows)
    fell = [dict(zip(cols, key, strict=True)) for key, (n, _) in sorted(deltas.items()) if n < 0]
    if fell:
        d = table.c
        conn.execute(delete(table).where(*(d[k] == bindparam(f"k_{k}") for k in cols), d.n <= 0),
                     [{f"k_{k}": r[k] for k in cols} for r in fell])


def _upsert(dialect: str, table: Table, cols: Sequence[str]) -> Any:
    """INSERT of a count that adds to the stored one when the key exists."""
    return adding_upsert(dialect, table, cols, ("n", "dead"))


def adding_upsert(dialect: str, table: Table, keys: Sequence[str], summed: Sequence[str]) -> Any:
    """INSERT of rows whose ``summed`` columns add to the stored row's when its ``keys`` exist (SQLite and
    PostgreSQL spell it the same: ON CONFLICT ... DO UPDATE); every kept count table writes this way."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    ins = dialect_insert(table)
    return ins.on_conflict_do_update(index_elements=list(keys),
                                     set_={c: table.c[c] + ins.excluded[c] for c in summed})


def counted(conn: Connection, ids: Iterable[str], sign: int) -> dict[tuple, list[int]]:
    """The events rows ``ids`` as stored now, counted into deltas with ``sign`` (see :func:`add`): read
    before rows are rewritten or deleted, in the transaction that writes them."""
    e = S.events.c
    ids = sorted(set(ids))
    deltas: dict[tuple, list[int]] = {}
    for i in range(0, len(ids), _CHUNK):
        cols = [e[k] for k in ROW]
        q = (select(*cols, func.count().label("n"), func.coalesce(func.sum(e.fatalities), 0).label("fatalities"))
             .where(e.id.in_(ids[i:i + _CHUNK])).group_by(*cols))
        for r in conn.execute(q):
            add(deltas, r._mapping, sign, r.n)
    return deltas


def rebuild(conn: Connection, names: Sequence[str] | None = None) -> None:
    """Count every table again from every events row (a migration, or a store filled in bulk);
    ``names``: only these tables (a migration made before the others existed)."""
    e = S.events.c
    tables = [(t, cols) for t, cols in (*TABLES, (S.event_values, VALUE_KEYS), (S.event_day_values, DAY_VALUE_KEYS))
              if names is None or t.name in names]
    for table, _ in tables:
        conn.execute(delete(table))
    by = [func.coalesce(e.date, ""), *(e[k] for k in ROW[1:])]
    rows = conn.execute(select(*by, func.count(), func.coalesce(func.sum(e.fatalities), 0)).group_by(*by)).all()
    counts = {tuple(r[:len(ROW)]): [r[-2], int(r[-1])] for r in rows}
    for table, cols in tables:
        summed = (_valued(counts, dated=table is S.event_day_values) if cols[0] == "facet"
                  else _summed(counts, [ROW.index(k) for k in cols]))
        batch = [dict(zip((*cols, "n", "dead"), (*key, n, dead), strict=True))
                 for key, (n, dead) in sorted(summed.items())]
        for i in range(0, len(batch), 5000):
            conn.execute(insert(table), batch[i:i + 5000])
