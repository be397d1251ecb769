"""``tawatur clean INPUT...``: show what the cleaner keeps and what it cuts, line by line, and why."""
from __future__ import annotations

import argparse
import json
import sys

from ..model import Article
from .common import add_input_args, iter_inputs

CUT = "✂"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "clean",
        help="show the kept body of each article, with removed page furniture marked and why",
        description="Clean articles and print every line: kept lines as they are, removed lines "
                    f"prefixed with '{CUT} [reason]'. INPUT as for analyze.",
    )
    add_input_args(p)
    p.add_argument("--keep-all", action="store_true", help="remove no line (still find title and date)")
    p.add_argument("--json", action="store_true",
                   help="one JSON object per article: id, title, published, text, body_spans, removed")
    p.set_defaults(func=run)


def render(article: Article) -> str:
    """The article's raw lines, removed ones marked with the cut sign and their reason."""
    removed = {r.line: r for r in article.removed}
    out = [f"=== {article.id}" + (f"  ({article.outlet})" if article.outlet else "")]
    if article.title:
        out.append(f"title: {article.title}")
    if article.published:
        out.append(f"published: {article.published}")
    for w in article.warnings:
        out.append(f"warning: {w}")
    for no, line in enumerate(article.raw.split("\n"), 1):
        r = removed.get(no)
        if r is not None:
            out.append(f"{CUT} [{r.reason}] {line}")
        elif line.strip():
            out.append(line)
    return "\n".join(out)


def as_json(article: Article) -> dict:
    return {
        "id": article.id, "outlet": article.outlet, "url": article.url, "title": article.title,
        "published": article.published, "language": article.language, "text": article.text,
        "body_spans": [list(s) for s in article.body_spans], "warnings": article.warnings,
        "removed": [{"line": r.line, "text": r.text, "reason": r.reason, "kind": r.kind}
                    for r in article.removed],
    }


def run(args: argparse.Namespace) -> int:
    from ..clean.boilerplate import clean_article, mark_repeated_lines

    errors: list[dict] = []
    articles = list(iter_inputs(args, errors))
    mark_repeated_lines(articles)
    for art in articles:
        if args.keep_all:
            art.meta["keep_all"] = True
        try:
            clean_article(art)
        except Exception as exc:  # one bad article must not stop the others
            print(f"skipped {art.source_path or art.id}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        if args.json:
            print(json.dumps(as_json(art), ensure_ascii=False))
        else:
            print(render(art))
            print()
    if not articles:
        print("tawatur clean: every input failed" if errors else "tawatur clean: no article found",
              file=sys.stderr)
        return 1
    return 0
