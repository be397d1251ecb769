"""List matched event pairs whose actor side disagrees with the gold, using the shared scorer's matching.

Usage: python bench/side_errors.py GOLD.jsonl ANALYSIS.json [--fold K,M,N,O] [--counts]

ANALYSIS.json is what ``tawatur analyze`` wrote (``bench/eval_seeds.py --keep DIR`` keeps one per set).
The matching is imported at run time from ../shared/eval/score.py, so that this script and the scorer
can never disagree on which pairs are compared. ``--fold`` keeps articles whose id starts with one of
the letters (train folds); leave a held-out fold out of it.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _matched import agreement, matched, parse, print_pair, scorer  # noqa: E402


def main() -> int:
    args = parse(__doc__, "only the (gold, system) side confusion counts")
    sc = scorer()
    if sc is None:
        print("../shared/eval/score.py is not here")
        return 0
    pairs = matched(sc, args)
    bad = [(g, s) for g, s in pairs if sc.side_of(g) != sc.side_of(s)]
    print(agreement("side", pairs, bad))
    for (gs, ss), n in Counter((sc.side_of(g), sc.side_of(s)) for g, s in bad).most_common():
        print(f"  gold {gs:11s} system {ss:11s} {n}")
    if args.counts:
        return 0
    for g, s in bad:
        actor = s.get("actor") or {}
        print_pair(sc, g, s, f"gold={sc.side_of(g)} sys={sc.side_of(s)} "
                             f"actor={actor.get('name', '')!r} rule={s.get('rule', '')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
