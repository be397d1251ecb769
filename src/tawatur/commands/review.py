"""``tawatur review``: the analyst's review from the command line, on a store (the same log as the web
app's review pages and API: who and when kept, append-only, undoable).

Whoever can open the database file (or URL) may review; the web app needs its write token instead.
"""
from __future__ import annotations

import argparse
import json
import os
import sys

EDIT_FIELDS = ("type", "place", "side", "date", "toll")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "review", help="accept, reject or edit stored events, merge or split merged events, undo, show the log",
        description="Review stored events. Every change is logged with who and when and can be undone; "
                    "it survives re-ingest and shows in the exports (reviewed flag).")
    p.add_argument("--db", required=True, help="SQLite file path or postgresql:// URL")
    p.add_argument("--who", default=os.environ.get("TAWATUR_REVIEWER") or os.environ.get("USER") or "",
                   help="who reviews (default: $TAWATUR_REVIEWER, else $USER)")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)
    for name in ("accept", "reject"):
        v = verbs.add_parser(name, help=f"{name} an event")
        v.add_argument("event", help="event id")
    v = verbs.add_parser("edit", help="edit an event's type, place, side, date or toll")
    v.add_argument("event", help="event id")
    for f in EDIT_FIELDS:
        v.add_argument(f"--{f}", help=f"the reviewed {f}")
    v = verbs.add_parser("merge", help="merge other merged events into one")
    v.add_argument("into", help="merged event id that keeps its id")
    v.add_argument("others", nargs="+", help="merged event ids whose reports join it")
    v = verbs.add_parser("split", help="split reports off a merged event")
    v.add_argument("merged", help="merged event id")
    v.add_argument("events", nargs="+", help="event ids that leave it")
    v = verbs.add_parser("undo", help="undo the last change, or a given one")
    v.add_argument("change", nargs="?", type=int, help="the change number (see 'log')")
    v = verbs.add_parser("log", help="the review log, newest first (JSON lines)")
    v.add_argument("--limit", type=int, default=50)
    v.add_argument("--target", help="only changes of this event or merged event")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from ..store import StoreBusy, StoreError, open_store
    from ..store.review import ReviewError

    try:
        with open_store(args.db) as st:
            if args.verb == "log":
                items, total = st.review_log(max(1, min(args.limit, 500)), 0, args.target)
                for c in items:
                    print(json.dumps(c, ensure_ascii=False))
                print(f"{total} change(s)", file=sys.stderr)
                return 0
            change = _do(st, args)
    except ReviewError as exc:
        print(f"tawatur review: {exc}", file=sys.stderr)
        return 1
    except (StoreError, StoreBusy, SQLAlchemyError) as exc:
        print(f"tawatur review: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(change, ensure_ascii=False))
    return 0


def _do(st: object, args: argparse.Namespace) -> dict:
    if args.verb in ("accept", "reject"):
        return st.review_event(args.event, args.verb, args.who)  # type: ignore[attr-defined]
    if args.verb == "edit":
        fields = {f: getattr(args, f) for f in EDIT_FIELDS if getattr(args, f) is not None}
        return st.review_event(args.event, "edit", args.who, fields)  # type: ignore[attr-defined]
    if args.verb == "merge":
        return st.merge_merged(args.into, args.others, args.who)  # type: ignore[attr-defined]
    if args.verb == "split":
        return st.split_merged(args.merged, args.events, args.who)  # type: ignore[attr-defined]
    return st.undo_review(args.who, args.change)  # type: ignore[attr-defined]
