"""List matched event pairs whose actor side disagrees with the gold, using the shared scorer's matching.

Usage: python bench/side_errors.py GOLD.jsonl ANALYSIS.json [--fold K,M,N,O] [--counts]

ANALYSIS.json is what ``tawatur analyze`` wrote (``bench/eval_seeds.py --keep DIR`` keeps one per set).
The matching is imported at run time from ../shared/eval/score.py, so that this script and the scorer
can never disagree on which pairs are compared. ``--fold`` keeps articles whose id starts with one of
the letters (train folds); leave a held-out fold out of it.
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter
from pathlib import Path

SCORE = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"


def _scorer():
    spec = importlib.util.spec_from_file_location("shared_score", SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("analysis")
    ap.add_argument("--fold", default="", help="article id first letters to keep (e.g. K,M,N,O)")
    ap.add_argument("--counts", action="store_true", help="only the (gold, system) side confusion counts")
    args = ap.parse_args()
    if not SCORE.exists():
        print("../shared/eval/score.py is not here")
        return 0
    sc = _scorer()
    folds = tuple(f.strip().upper() for f in args.fold.split(",") if f.strip())
    gold = [g for g in sc.load_events(args.gold) if not folds or sc.article_of(g).startswith(folds)]
    system = [s for s in sc.load_events(args.analysis) if not folds or sc.article_of(s).startswith(folds)]
    pairs = sc.match(gold, system)
    bad = [(g, s) for g, s in pairs if sc.side_of(g) != sc.side_of(s)]
    print(f"matched {len(pairs)} side agree {len(pairs) - len(bad)} "
          f"({(len(pairs) - len(bad)) / max(1, len(pairs)):.3f})")
    for (gs, ss), n in Counter((sc.side_of(g), sc.side_of(s)) for g, s in bad).most_common():
        print(f"  gold {gs:11s} system {ss:11s} {n}")
    if args.counts:
        return 0
    for g, s in bad:
        actor = s.get("actor") or {}
        print(f"\n{sc.article_of(g)} {g['type']}@{g.get('place')} gold={sc.side_of(g)} "
              f"sys={sc.side_of(s)} actor={actor.get('name', '')!r} rule={s.get('rule', '')}")
        print(f"  G: {g.get('evidence', '')}")
        ev = s.get("evidence")
        print(f"  S: {ev.get('text', '') if isinstance(ev, dict) else ev}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
