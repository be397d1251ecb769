"""``tawatur read INPUT...``: clean, segment and read articles, then print every mention.

Shows what the readers found before any event is extracted: sentence, raw span, kind, text, its
resolution and the rule or lexicon entry that produced it. ``--json`` prints one JSON object per
article for scripts; ``--kind`` keeps some mention kinds only.
"""
from __future__ import annotations

import argparse
import json
import sys

from ..model import MENTION_KINDS, Article, Mention, to_dict
from ..pipeline import READ_ORDER, get_stage
from .common import add_input_args, iter_inputs


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "read", help="clean and read articles; print places, actors, persons, sources, dates, numbers",
        description="Run the reading stages (clean, segment, places, actors, persons, sources, dates, "
                    "numbers) and print each mention with its span, resolution and rule.")
    add_input_args(p)
    p.add_argument("--json", action="store_true", help="one JSON object per article")
    p.add_argument("--kind", default="", help=f"comma-separated kinds to show ({','.join(MENTION_KINDS)})")
    p.add_argument("--keep-all", action="store_true", help="keep page furniture (remove no line)")
    p.set_defaults(func=run)


def _stages(notes: list[str]) -> list[tuple[str, object]]:
    """The available reading stages, in order; a missing module is skipped with a note."""
    out = []
    for name in READ_ORDER:  # persons run after actors and before sources (a person can be a speaker)
        try:
            out.append((name, get_stage(name)))
        except (ImportError, AttributeError, KeyError) as exc:
            notes.append(f"stage {name} unavailable, skipped ({exc})")
    return out


def resolution(m: Mention) -> str:
    """A short human reading of what a mention resolved to."""
    a = m.attrs
    if m.kind == "place":
        return f"{a.get('name_en', '')} ({a.get('lat', '')}, {a.get('lon', '')})".strip()
    if m.kind == "actor":
        ref = " coref" if a.get("coref") else ""
        return f"{a.get('name_en', '')} [{a.get('side', '')}]{ref}"
    if m.kind == "person":
        return f"{a.get('name', '')} — {a.get('role', '')} {a.get('affiliation', '')}".strip()
    if m.kind == "source":
        chain = " > ".join(a.get("chain", []))
        flags = "".join((" denial" if a.get("denial") else "", " continues" if a.get("continues") else ""))
        return f"{a.get('name_en', '')} [{chain}]{flags}"
    if m.kind == "date":
        return f"{a.get('value') or '?'} ({a.get('precision', '')})"
    if m.kind == "number":
        value = a.get("value") if a.get("value") is not None else a.get("text_value", "")
        return f"{'~' if a.get('approx') else ''}{value} {a.get('unit', '')}".strip()
    return json.dumps(a.to_dict(), ensure_ascii=False)[:80]  # typed attributes are a Mapping, not a dict


def run(args: argparse.Namespace) -> int:
    kinds = {k.strip() for k in args.kind.split(",") if k.strip()}
    bad = kinds - set(MENTION_KINDS)
    if bad:
        print(f"tawatur read: unknown kind(s) {', '.join(sorted(bad))}; choose among "
              f"{', '.join(MENTION_KINDS)}", file=sys.stderr)
        return 2
    notes: list[str] = []
    stages = _stages(notes)
    for n in notes:
        print(f"note: {n}", file=sys.stderr)
    errors: list[dict] = []
    done = 0
    for art in iter_inputs(args, errors):
        if args.keep_all:
            art.meta["keep_all"] = True
        try:
            for _, fn in stages:
                art = fn(art)
        except Exception as exc:  # one bad article must not stop the others
            print(f"skipped {art.source_path or art.id}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        _print(art, kinds, args.json)
        done += 1
    if not done:
        print("tawatur read: every input failed", file=sys.stderr)
        return 1
    return 0


def _print(art: Article, kinds: set[str], as_json: bool) -> None:
    mentions = sorted((m for m in art.mentions if not kinds or m.kind in kinds),
                      key=lambda m: (m.start, m.kind))
    if as_json:
        print(json.dumps({"id": art.id, "published": art.published, "meta": art.meta,
                          "mentions": [to_dict(m) for m in mentions]}, ensure_ascii=False))
        return
    print(f"# {art.id}  published={art.published or '?'}  sentences={len(art.sentences)}  "
          f"mentions={len(mentions)}")
    for m in mentions:
        text = m.text.replace("\n", " ")
        print(f"{m.sentence:>3} {m.start:>6}-{m.end:<6} {m.kind:<7} {text}\t{resolution(m)}\t{m.rule}")
