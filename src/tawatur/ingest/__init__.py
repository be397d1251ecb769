"""ingest stage: every kind of input becomes :class:`~tawatur.model.Article` objects.

``iter_articles(["news/", "*.jsonl", "-", "https://site/feed.xml"])`` yields one article per file,
JSON record, page or feed item. Bad input never stops a run: each failure calls
``on_error(source, reason)`` and the rest goes on.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator

from ..model import Article
from .decode import IngestError, decode_bytes, detect_language
from .readers import apply_defaults, expand, read_file, read_stdin

__all__ = ["IngestError", "decode_bytes", "detect_language", "iter_articles"]


def _print_error(source: str, reason: str) -> None:
    print(f"skipped {source}: {reason}", file=sys.stderr)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _utf8_safe(text: str) -> str:
    """``text`` with each lone surrogate as U+FFFD. A file name that is not UTF-8 (``\\xff.txt`` from
    an old archive) reaches Python as surrogate escapes, and as an id or a path it would make every
    output file unwritable at the end of the run; one character for one, so it stays recognisable."""
    return _SURROGATE.sub("\ufffd", text)


def iter_articles(inputs: list[str], *, max_bytes: int = 20_000_000,
                  on_error: Callable[[str, str], None] | None = None,
                  allow_private: bool = False, outlet: str | None = None,
                  published: str | None = None) -> Iterator[Article]:
    """Articles from files, folders (recursive), globs, ``-`` (stdin), URLs and RSS/Atom feeds.

    Ids are unique within one call: a repeated id gets a ``~2``, ``~3`` suffix and a warning.
    URLs on private or loopback addresses are refused unless ``allow_private``.
    ``outlet`` and ``published`` (the command's ``--outlet``/``--published``) apply to the articles
    that came without their own (a JSON record's fields and a ``NAME.meta.json`` sidecar win).
    """
    user_report = on_error or _print_error

    def report(source: str, reason: str) -> None:
        user_report(_utf8_safe(source), _utf8_safe(reason))

    seen: dict[str, int] = {}

    def fetch(url: str) -> Iterator[Article]:
        from .fetch import read_url  # httpx (0.1 s of imports) only when something is downloaded
        return read_url(url, max_bytes, report, depth=1, allow_private=allow_private)

    for source in expand(list(inputs), report):
        if source == "-":
            stream = read_stdin(max_bytes, report, fetch)
        elif source.startswith(("http://", "https://")):
            from .fetch import read_url
            stream = read_url(source, max_bytes, report, allow_private=allow_private)
        else:
            stream = read_file(source, max_bytes, report, fetch)
        for art in stream:
            art.id = _utf8_safe(art.id)
            art.source_path = _utf8_safe(art.source_path) if art.source_path else art.source_path
            apply_defaults(art, outlet, published)
            n = seen.get(art.id, 0) + 1
            seen[art.id] = n
            if n > 1:
                art.warnings.append(f"id {art.id!r} already used by another input; renamed")
                art.id = f"{art.id}~{n}"
            yield art
