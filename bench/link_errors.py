"""List cross-article link errors (missed and spurious pairs), using the shared scorer's matching.

Usage: python bench/link_errors.py GOLD.jsonl ANALYSIS.json [--fold K,M,N,O] [--counts]

A gold link is two matched events of different articles in one gold cluster; a system link is two
matched events in one merged event. The pairs compared are the scorer's (imported at run time from
../shared/eval/score.py), so this list and its link P/R never disagree. ``--counts`` prints only the
figures.
"""
from __future__ import annotations

import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _matched import matched, parse, scorer  # noqa: E402


def _show(sc, g: dict, s: dict) -> str:
    """One side of a link: article, gold type/polarity/place/date, the system's side, date and rule."""
    return (f"{sc.article_of(g)} {g['type']}/{g.get('polarity', 'asserted')} @{g.get('place')} "
            f"{g.get('date', '')} | sys side={sc.side_of(s)} date={sc.date_of(s)} "
            f"pol={s.get('polarity', 'asserted')} rule={s.get('rule', '')}")


def main() -> int:
    args = parse(__doc__, "only the link counts")
    sc = scorer()
    if sc is None:
        print("../shared/eval/score.py is not here")
        return 0
    missed, spurious, hits = [], [], 0
    for (g1, s1), (g2, s2) in itertools.combinations(matched(sc, args), 2):
        if sc.article_of(g1) == sc.article_of(g2):
            continue
        gold = g1.get("cluster") is not None and g1.get("cluster") == g2.get("cluster")
        c1 = sc.cluster_of(s1)
        system = c1 is not None and c1 == sc.cluster_of(s2)
        hits += gold and system
        if gold != system:
            (missed if gold else spurious).append(((g1, s1), (g2, s2)))
    print(f"links: correct {hits} missed {len(missed)} spurious {len(spurious)}")
    if args.counts:
        return 0
    for label, rows in (("MISSED", missed), ("SPURIOUS", spurious)):
        for (g1, s1), (g2, s2) in rows:
            print(f"{label}\n  {_show(sc, g1, s1)}\n  {_show(sc, g2, s2)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
