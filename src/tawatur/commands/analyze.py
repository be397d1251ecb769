"""``tawatur analyze INPUT... --out DIR``: the main job, from inputs to analysis files."""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from ..model import Analysis, Article
from ..pipeline import PipelineConfig, analyze_many, batch_gc
from .common import MAX_WORKERS, add_input_args, bounded, check_input_args, iter_inputs, progress

FORMATS = ("json", "csv", "geojson", "html")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "analyze",
        help="clean, read, extract events, link across outlets and write the report files",
        description="Analyse articles: INPUT is a file (.txt .html .htm .xhtml .json .jsonl, a saved feed .xml .rss .atom, or .gz of one), a folder, a glob, "
                    "a URL, an RSS/Atom feed URL, or - for stdin. Writes analysis.json, events.csv "
                    "(ACLED columns), events.geojson and report.html to --out.",
    )
    add_input_args(p)
    p.add_argument("--out", required=True, help="output folder (created if missing)")
    p.add_argument("--format", default=",".join(FORMATS),
                   help="comma-separated outputs among json,csv,geojson,html (default: all)")
    p.add_argument("--keep-all", action="store_true", help="keep page furniture (remove no line)")
    p.add_argument("--executor", choices=("serial", "process", "dask"), default="serial",
                   help="how to run the per-article stages and link independent groups of articles "
                        "(default: serial; every executor gives the same analysis)")
    p.add_argument("--workers", type=bounded(int, 1, MAX_WORKERS), default=None,
                   help=f"workers for process/dask executors (1 to {MAX_WORKERS})")
    p.add_argument("--dask-address", default=None, help="address of a running dask scheduler")
    p.add_argument("--extractor", choices=("rules", "llm"), default="rules",
                   help="event extractor: the offline rules (default) or an LLM endpoint")
    p.add_argument("--llm-url", default=None, help="OpenAI-compatible base URL (with --extractor llm)")
    p.add_argument("--llm-model", default=None, help="model name (with --extractor llm)")
    p.add_argument("--llm-api-key", default=None,
                   help="bearer key for the endpoint (or TAWATUR_LLM_API_KEY); most local servers need none")
    p.add_argument("--db", default=None, help="also write into this store (SQLite path or postgresql:// URL)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with batch_gc():  # the young collection threshold of a batch for the whole job: linking and the
        return _run(args)  # outputs allocate as the stages do (analyze_many's own is nested in it)


def _run(args: argparse.Namespace) -> int:
    usage = check_input_args(args, "analyze")
    if usage:
        print(usage, file=sys.stderr)
        return 2
    formats = [f.strip() for f in args.format.split(",") if f.strip()]
    bad = [f for f in formats if f not in FORMATS]
    if bad or not formats:  # an empty --format wrote nothing and said success
        what = f"unknown format(s) {', '.join(bad)}" if bad else "no format given"
        print(f"tawatur analyze: {what}; choose among {', '.join(FORMATS)}", file=sys.stderr)
        return 2
    if args.extractor == "llm":
        if not (args.llm_url and args.llm_model):
            print("tawatur analyze: --extractor llm needs --llm-url and --llm-model", file=sys.stderr)
            return 2
        from ..extract.llm import use_llm_extractor
        try:
            use_llm_extractor(args.llm_url, args.llm_model, api_key=args.llm_api_key)
        except ValueError as exc:
            print(f"tawatur analyze: {exc}", file=sys.stderr)
            return 2

    if args.db:
        bad_store = store_problem(args.db)
        if bad_store:  # told before the analysis runs, not after its minutes are spent
            print(f"tawatur analyze: --db {args.db}: {bad_store}", file=sys.stderr)
            return 2
    errors: list[dict] = []
    articles: list[Article] = list(iter_inputs(args, errors))
    from ..clean.boilerplate import RepeatedLines
    lines = RepeatedLines()
    lines.mark_all(articles)  # lines an outlet repeats on its pages are furniture (as ingest marks them)
    config = PipelineConfig(keep_all=args.keep_all)
    done: list[Article] = []
    with progress(len(articles), "analysing", enabled=not args.quiet) as tick:
        for art in analyze_many(articles, config, executor=args.executor, workers=args.workers,
                                dask_address=args.dask_address):
            if art.meta.get("failed"):
                errors.append({"input": art.source_path or art.id, "reason": "; ".join(art.warnings)})
                print(f"failed {art.source_path or art.id}: {'; '.join(art.warnings)}", file=sys.stderr)
            done.append(art)
            tick()

    analysis: Analysis
    if args.executor == "serial":
        from ..link import Linker
        linker = Linker()
        linker.add(done)
        analysis = linker.analysis()
    else:  # independent components linked on the same executor; the same analysis as one Linker
        from ..link.parallel import link_parallel
        analysis = link_parallel(done, args.executor, workers=args.workers, dask_address=args.dask_address)
    analysis.errors = errors

    if not any(not a.meta.get("failed") for a in done):
        print(f"tawatur analyze: every input failed; {args.out} left as it was", file=sys.stderr)
        return 1
    try:
        written = write_aside(analysis, Path(args.out), formats)
    except OSError as exc:
        print(f"tawatur analyze: cannot write the outputs ({exc}); {args.out} left as it was",
              file=sys.stderr)
        return 1
    if args.db:
        bad_store = save_to_store(args.db, analysis, lines)
        if bad_store:
            print(f"tawatur analyze: outputs written to {args.out}, but the store {args.db} was not "
                  f"updated: {bad_store}", file=sys.stderr)
            return 3
    if not args.quiet:
        n_ev = len(analysis.events)
        print(f"{len(done)} article(s), {n_ev} event(s), {len(analysis.merged_events)} merged, "
              f"{len(analysis.contradictions)} contradiction(s) -> {', '.join(str(w) for w in written)}",
              file=sys.stderr)
    return 0


def store_problem(db: str) -> str | None:
    """Why the store at ``db`` cannot be opened (not a database, unreachable server), or None."""
    from sqlalchemy.exc import SQLAlchemyError

    from ..store import StoreBusy, StoreError, open_store
    try:
        with open_store(db):
            return None
    except (StoreError, StoreBusy, SQLAlchemyError, OSError) as exc:
        return str(exc).split("\n")[0]


def save_to_store(db: str, analysis: Analysis, lines: Any) -> str | None:
    """Write ``analysis`` into the store; the reason it failed, or None. The output files are already
    in place, so a store that fails now costs only the store."""
    from sqlalchemy.exc import SQLAlchemyError

    from ..store import StoreBusy, StoreError, open_store
    try:
        with open_store(db) as store:
            store.ingest_analysis(analysis, lines)
            store.settle()  # a whole analysis at once: the new rows' statistics and visibility
    except (StoreError, StoreBusy, SQLAlchemyError, OSError) as exc:
        return str(exc).split("\n")[0]
    return None


def write_aside(analysis: Analysis, out: Path, formats: list[str]) -> list[Path]:
    """Write every output into a fresh folder beside ``out``, then move each file into ``out``.

    Until all of them are written nothing in ``out`` changes, so a run that fails (an exception,
    a full disk, Ctrl-C) leaves the previous results whole; other files in ``out`` are never touched.
    """
    from ..report import write_outputs

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        written = write_outputs(analysis, tmp, formats)
        blocked = [p.name for p in written if (out / p.name).is_dir()]
        if blocked:
            raise IsADirectoryError(f"{', '.join(blocked)} in {out} is a folder")
        out.mkdir(parents=True, exist_ok=True)
        final = []
        for path in written:
            os.replace(path, out / path.name)  # atomic: the old file or the new one, never half
            final.append(out / path.name)
        return final
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
