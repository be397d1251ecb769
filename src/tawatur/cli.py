"""The ``tawatur`` command: one sub-command a module in :mod:`tawatur.commands`.

Exit codes: 0 success, 1 when every input failed, 2 usage errors (argparse's own convention).
"""
from __future__ import annotations

import argparse
import importlib
import sys

from . import __version__

# Each module exposes register(subparsers) and sets ``func`` on its parser.
COMMANDS = ("analyze", "clean", "read", "ingest", "watch", "serve", "gazetteer", "review", "export")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole parser, or with ``only`` just that command's sub-parser: a run of one command then
    imports one command module, not the web app's and the fetcher's settings of every other one."""
    parser = argparse.ArgumentParser(
        prog="tawatur",
        description="Read many Arabic news reports of a conflict at once: clean them, find places, "
                    "actors, sources and dates, extract events, link them across outlets, report.",
    )
    parser.add_argument("--version", action="version", version=f"tawatur {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS if only is None else (only,):
        try:
            mod = importlib.import_module(f"tawatur.commands.{name}")
        except ImportError as exc:  # a command whose optional parts are missing stays listed
            p = sub.add_parser(name, help=f"(unavailable: {exc})")
            p.set_defaults(func=lambda args, _e=exc: _unavailable(_e))
            continue
        mod.register(sub)
    return parser


def _unavailable(exc: Exception) -> int:
    print(f"tawatur: this command is unavailable here: {exc}", file=sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else argv
    parser = build_parser(given[0] if given and given[0] in COMMANDS else None)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
