"""Clean the seed articles and the dev texts and measure the cut against the gold line labels.

Run: ``python bench/clean_seeds.py [--show]``. Reads ``../shared`` next to the repository when it
exists; prints furniture removed x/y, body lines lost, title and date found, and (``--show``) every
removed line of the dev texts so a reviewer can judge what gold does not label.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from tawatur.clean.boilerplate import clean_article, mark_repeated_lines
from tawatur.ingest import iter_articles

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def seeds() -> int:
    gold = {}
    for line in (SHARED / "eval" / "gold_clean.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            gold[g["article"]] = g
    arts = list(iter_articles([str(SHARED / "seeds")]))
    mark_repeated_lines(arts)
    f_total = f_removed = b_total = b_lost = t_ok = t_total = d_ok = d_total = 0
    for art in arts:
        g = gold.get(art.id)
        if g is None:
            continue
        clean_article(art)
        removed = {r.line: r for r in art.removed}
        furn = set(g["furniture_lines"]) | set(g["date_lines"])
        f_total += len(furn)
        f_removed += len(furn & set(removed))
        lost = [n for n in g["body_lines"] if n in removed]
        b_total += len(g["body_lines"])
        b_lost += len(lost)
        title_removed = [r.line for r in art.removed if r.kind == "title"]
        t_total += 1
        t_ok += (g["title_line"] in title_removed) if g["title_line"] else not title_removed
        if g["date_lines"]:
            d_total += 1
            d_ok += bool(art.published)
        for n in sorted(furn - set(removed)):
            print(f"  missed furniture {art.id}:{n}: {art.raw.split(chr(10))[n - 1][:70]}")
        for n in lost:
            print(f"  LOST body {art.id}:{n} ({removed[n].reason}): {removed[n].text[:70]}")
        print(f"{art.id}: title={art.title!r:.60} published={art.published}")
    print(f"seeds: furniture removed {f_removed}/{f_total}; body lines lost {b_lost}/{b_total}; "
          f"title right {t_ok}/{t_total}; date found {d_ok}/{d_total}")
    return int(b_lost > 0 or f_removed < f_total)


def dev(show: bool) -> None:
    path = SHARED / "eval" / "dev" / "texts.jsonl"
    if not path.exists():
        return
    arts = list(iter_articles([str(path)]))
    mark_repeated_lines(arts)
    n_removed = 0
    for art in arts:
        clean_article(art)
        n_removed += len(art.removed)
        if show:
            for r in art.removed:
                print(f"  {art.id}:{r.line} [{r.kind}/{r.reason}] {r.text[:80]}")
    print(f"dev: {len(arts)} articles, {n_removed} lines removed "
          f"({sum(1 for a in arts if a.title)} titles found)")


def main() -> int:
    if not SHARED.exists():
        print(f"no shared folder at {SHARED}; nothing to measure")
        return 0
    rc = seeds()
    dev("--show" in sys.argv)
    return rc


if __name__ == "__main__":
    sys.exit(main())
