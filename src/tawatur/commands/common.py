"""Pieces shared by the sub-commands: input arguments, reading inputs, the progress bar."""
from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator

from ..model import Article

DEFAULT_MAX_BYTES = 20_000_000


def add_input_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="file, folder, glob, URL, feed URL, or - for stdin")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                   help=f"skip any input larger than this (default {DEFAULT_MAX_BYTES:,})")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary")
    p.add_argument("--allow-private", action="store_true",
                   help="allow URLs on private, loopback or link-local addresses (refused by default)")


def iter_inputs(args: argparse.Namespace, errors: list[dict]) -> Iterator[Article]:
    """Articles from the command's inputs; each failure is appended to ``errors`` and skipped."""
    from ..ingest import iter_articles

    def on_error(source: str, reason: str) -> None:
        errors.append({"input": source, "reason": reason})
        print(f"skipped {source}: {reason}", file=sys.stderr)

    yield from iter_articles(args.inputs, max_bytes=args.max_bytes, on_error=on_error,
                             allow_private=getattr(args, "allow_private", False))


@contextlib.contextmanager
def progress(total: int, label: str, enabled: bool = True) -> Iterator[Callable[[], None]]:
    """A rich progress bar on stderr for runs of several articles; a no-op otherwise."""
    if not enabled or total < 2:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)
