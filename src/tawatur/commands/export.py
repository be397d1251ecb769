"""``tawatur export``: the stored events as CSV or GeoJSON, under the same filters as the REST API's
exports and the workbench's URL (type, polarity, side, actor, outlet, place, from, to, bbox, status,
review), written page by page, so a store of any size is exported in flat memory.

    tawatur export --db store.db --format csv --type attack --type take_control --from 2024-12-01 -o a.csv
"""
from __future__ import annotations

import argparse
import datetime as dt
import math
import sys
from typing import Any

from ..model import EVENT_TYPES, POLARITIES, SIDES

STATUSES = ("corroborated", "single-source", "contested")
REVIEWS = ("all", "rejected", "accepted", "edited", "reviewed", "unreviewed")  # store.review.REVIEW_FILTERS
DEFAULT_MAX = 1_000_000


def _day(value: str) -> str:
    """A real calendar day (YYYY-MM-DD), as the API demands."""
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a calendar date (YYYY-MM-DD): {value!r}") from None


def _bbox(value: str) -> tuple[float, float, float, float]:
    """min_lon,min_lat,max_lon,max_lat; corners in either order describe the same box (as the API)."""
    try:
        p = [float(x) for x in value.split(",")]
    except ValueError:
        p = []
    if len(p) != 4 or not all(math.isfinite(x) for x in p):  # 'nan' matched nothing, in silence
        raise argparse.ArgumentTypeError("bbox must be four numbers: min_lon,min_lat,max_lon,max_lat")
    return min(p[0], p[2]), min(p[1], p[3]), max(p[0], p[2]), max(p[1], p[3])


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export", help="write stored events as CSV or GeoJSON, with the API's filters",
        description="Export the events of a store (newest first) with the same filters as the REST API "
                    "and the workbench; repeat --type/--polarity/--side for any of several values. "
                    "Rejected events are left out unless --review says otherwise.")
    p.add_argument("--db", required=True, help="SQLite file path or postgresql:// URL")
    p.add_argument("--format", choices=("csv", "geojson"), default="csv", help="default csv (ACLED columns)")
    p.add_argument("--out", "-o", default="-", help="output file (default: standard output)")
    p.add_argument("--type", action="append", choices=EVENT_TYPES, default=[], help="event type (repeatable)")
    p.add_argument("--polarity", action="append", choices=POLARITIES, default=[], help="repeatable")
    p.add_argument("--side", action="append", choices=SIDES, default=[], help="the actor's side (repeatable)")
    p.add_argument("--actor", default=None, help="actor id or name")
    p.add_argument("--outlet", default=None)
    p.add_argument("--place", default=None, help="gazetteer id or place name")
    p.add_argument("--from", dest="date_from", type=_day, default=None, help="first day, YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=_day, default=None, help="last day, YYYY-MM-DD")
    p.add_argument("--bbox", type=_bbox, default=None, help="min_lon,min_lat,max_lon,max_lat")
    p.add_argument("--status", choices=STATUSES, default=None, help="the merged event's status")
    p.add_argument("--review", choices=REVIEWS, default=None, help="which events by their review")
    p.add_argument("--max", type=int, default=DEFAULT_MAX, help=f"at most this many events ({DEFAULT_MAX:,})")
    p.set_defaults(func=run)


def event_filter(args: argparse.Namespace) -> Any:
    """The :class:`EventFilter` of the command line, built as the API builds it from a query."""
    from ..store import EventFilter

    return EventFilter(type=tuple(args.type) or None, polarity=tuple(args.polarity) or None,
                       side=tuple(args.side) or None, actor=args.actor or None, outlet=args.outlet or None,
                       place=args.place or None, bbox=args.bbox, date_from=args.date_from,
                       date_to=args.date_to, status=args.status, review=args.review)


def run(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from ..serve.export import csv_chunks, geojson_chunks, pages
    from ..store import StoreError, open_store

    if args.max < 1:
        print("tawatur export: --max must be 1 or more", file=sys.stderr)
        return 2
    chunks = csv_chunks if args.format == "csv" else geojson_chunks
    try:
        with open_store(args.db) as store:
            out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8", newline="")
            try:
                for text in chunks(pages(store, event_filter(args), args.max)):
                    out.write(text)
            finally:
                if out is not sys.stdout:
                    out.close()
    except (StoreError, SQLAlchemyError, OSError) as exc:
        print(f"tawatur export: {exc}", file=sys.stderr)
        return 2
    return 0
