"""``tawatur ingest INPUT... --db X``: add articles to a store, incrementally (re-ingest is a no-op)."""
from __future__ import annotations

import argparse
import sys
from itertools import islice

from .common import add_input_args, check_input_args, iter_inputs

DEFAULT_BATCH = 50


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ingest", help="add articles to a database incrementally (skips what is already there)",
        description="Read INPUTs, run the pipeline and link the new articles into the store at --db, "
                    "one transaction per batch: an interrupted run keeps every finished batch.")
    add_input_args(p)
    p.add_argument("--db", required=True, help="SQLite file path or postgresql:// URL")
    p.add_argument("--batch", type=int, default=DEFAULT_BATCH,
                   help=f"articles per transaction (default {DEFAULT_BATCH})")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from ..store import IngestResult, StoreBusy, StoreError, open_store

    usage = check_input_args(args, "ingest")
    if usage:
        print(usage, file=sys.stderr)
        return 2
    if args.batch < 1:
        print("tawatur ingest: --batch must be 1 or more", file=sys.stderr)
        return 2
    errors: list[dict] = []
    total = IngestResult()
    try:
        store = open_store(args.db)
    except (StoreError, StoreBusy, SQLAlchemyError) as exc:
        print(f"tawatur ingest: {exc}", file=sys.stderr)
        return 2
    with store:
        stream = iter_inputs(args, errors)
        while batch := list(islice(stream, args.batch)):
            try:
                res = store.ingest_articles(batch)
            except (StoreBusy, SQLAlchemyError) as exc:
                # Every earlier batch is committed; this one is not and the store is not usable now.
                print(f"tawatur ingest: stopped, {len(batch)} article(s) of this batch not stored: {exc}\n"
                      f"  {total.summary()} before it; run the same command again to add the rest "
                      "(what is stored is skipped)", file=sys.stderr)
                return 3
            total.added += res.added
            total.skipped += res.skipped
            total.failed += res.failed
            total.events += res.events
            for k, v in res.touched.items():
                total.touched[k] = total.touched.get(k, 0) + v
    for f in total.failed:
        print(f"failed {f['input']}: {f['reason']}", file=sys.stderr)
    if not args.quiet:
        print(total.summary() + (f"; {len(errors)} input(s) unreadable" if errors else ""))
    if not (total.added or total.skipped):
        return 1
    return 0
