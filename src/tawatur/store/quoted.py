"""Who is quoted, by outlet (``source_names``, migration 0020): every source row counted by (outlet,
name, kind, name_en), kept in the transaction that writes and deletes the source rows (with their
events rows, :meth:`WritesMixin._write_events`), so the sources view (per outlet and name: how many
events, the kind and English name) groups a row per distinct source instead of every source row
(110,000 events: SQLite ~150 ms for the page and as much again for its total, PostgreSQL ~50 ms each).
Unlike the chains (:mod:`.chains`) every source row counts, with or without an outlet or kind, as the
view always counted them; the kind and English name are keys (not kept as a maximum, which a delete
could not take back), the view takes their maximum over a name's rows as it did over its source rows.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select
from sqlalchemy.engine import Connection

from . import schema as S
from .rollup import adding_upsert
from .rows import _chunks

KEYS = ("outlet", "name", "kind", "name_en")


def digest(key: tuple) -> str:
    """The stored key of an (outlet, name, kind, name_en) row (NULLs kept apart from empty strings)."""
    return hashlib.sha256(json.dumps(list(key), ensure_ascii=False).encode()).hexdigest()


def _grouped(conn: Connection, conds: list[Any]) -> Iterable[tuple]:
    s = S.sources.c
    cols = [s[k] for k in KEYS]
    return conn.execute(select(*cols, func.count()).where(*conds).group_by(*cols)).all()


def counted(conn: Connection, event_ids: Iterable[str], sign: int) -> Counter:
    """The source rows of ``event_ids`` as stored now, by (outlet, name, kind, name_en), with ``sign``:
    read before they are deleted, in the transaction that deletes them."""
    out: Counter = Counter()
    for part in _chunks(sorted(set(event_ids))):
        for *key, n in _grouped(conn, [S.sources.c.event_id.in_(part)]):
            out[tuple(key)] += sign * n
    return out


def add(deltas: Counter, rows: Iterable[dict[str, Any]]) -> None:
    """Count source rows about to be inserted (dicts with the four keys)."""
    for r in rows:
        deltas[tuple(r[k] for k in KEYS)] += 1


def write(conn: Connection, deltas: Counter) -> None:
    """Apply counted changes: one upsert adding to the changed rows, one delete of those left at zero."""
    rows = [{"key": digest(k), **dict(zip(KEYS, k, strict=True)), "n": n} for k, n in sorted(deltas.items(), key=repr)
            if n]
    if not rows:
        return
    conn.execute(adding_upsert(conn.dialect.name, S.source_names, ("key",), ("n",)), rows)
    fell = [{"k": r["key"]} for r in rows if r["n"] < 0]
    if fell:
        t = S.source_names.c
        conn.execute(delete(S.source_names).where(t.key == bindparam("k"), t.n <= 0), fell)


def rebuild(conn: Connection) -> None:
    """Count every source row again (a store filled in bulk, the migration)."""
    conn.execute(delete(S.source_names))
    rows = [{"key": digest(tuple(key)), **dict(zip(KEYS, key, strict=True)), "n": n}
            for *key, n in _grouped(conn, [])]
    for i in range(0, len(rows), 5000):
        conn.execute(insert(S.source_names), rows[i:i + 5000])
