"""Pieces shared by the sub-commands: input arguments, reading inputs, the progress bar."""
from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator

from ..model import Article

DEFAULT_MAX_BYTES = 20_000_000
MAX_WORKERS = 256  # a --workers beyond this forks that many processes at once: a typo, not a plan


def bounded(kind: Callable[[str], float], lo: float, hi: float | None = None) -> Callable[[str], float]:
    """An argparse type: ``kind`` of the text, refused as a usage error (exit 2, the range named)
    outside ``lo``..``hi``; a negative size or port otherwise failed deep inside, with a traceback,
    or passed as a limit every input broke."""
    def parse(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if value != value or value < lo or (hi is not None and value > hi):
            raise argparse.ArgumentTypeError(f"{text!r} is out of range: {lo:g} to {hi:g}" if hi is not None
                                             else f"{text!r} is out of range: at least {lo:g}")
        return value
    parse.__name__ = kind.__name__  # argparse names the type in its messages
    return parse


def add_input_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="file, folder, glob, URL, feed URL, or - for stdin")
    p.add_argument("--max-bytes", type=bounded(int, 1), default=DEFAULT_MAX_BYTES,
                   help=f"skip any input larger than this (default {DEFAULT_MAX_BYTES:,})")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary")
    p.add_argument("--allow-private", action="store_true",
                   help="allow URLs on private, loopback or link-local addresses (refused by default)")
    p.add_argument("--outlet", default=None,
                   help="outlet of the inputs that name none of their own (e.g. plain .txt files)")
    p.add_argument("--published", default=None,
                   help="publication date of the inputs that carry none of their own (2024-12-07, "
                        "07/12/2024 day-first, 'Sat, 07 Dec 2024', '7 كانون الأول 2024')")


def check_input_args(args: argparse.Namespace, command: str) -> str | None:
    """A usage error in the input flags (a --published that is not a date), or None."""
    from ..ingest.published import parse_published

    if getattr(args, "published", None):
        iso, warning = parse_published(args.published)
        if not iso:
            return f"tawatur {command}: --published: {warning}"
        args.published = iso
    if getattr(args, "outlet", None) is not None and not args.outlet.strip():
        return f"tawatur {command}: --outlet is empty"
    return None


def iter_inputs(args: argparse.Namespace, errors: list[dict]) -> Iterator[Article]:
    """Articles from the command's inputs; each failure is appended to ``errors`` and skipped."""
    from ..ingest import iter_articles

    def on_error(source: str, reason: str) -> None:
        errors.append({"input": source, "reason": reason})
        print(f"skipped {source}: {reason}", file=sys.stderr)

    yield from iter_articles(args.inputs, max_bytes=args.max_bytes, on_error=on_error,
                             allow_private=getattr(args, "allow_private", False),
                             outlet=(getattr(args, "outlet", None) or "").strip() or None,
                             published=getattr(args, "published", None))


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
