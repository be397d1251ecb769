"""List matched event pairs whose source (the first hop of the attribution) disagrees with the gold.

Usage: python bench/source_errors.py GOLD.jsonl ANALYSIS.json [--fold K,M,N,O] [--counts]

ANALYSIS.json is what ``tawatur analyze`` wrote (``bench/eval_seeds.py --keep DIR`` keeps one per set).
Sources are compared as the scorer compares them (``norm_en`` of the English name), with the scorer's own
matching, so this list and the printed source accuracy agree. Each pair prints the gold and system source,
the rule that chose the system's, and both evidence clauses.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _matched import agreement, matched, parse, print_pair, scorer  # noqa: E402


def _sys_source(s: dict) -> tuple[str, str]:
    """The system event's English source name and the rule behind it."""
    src = s.get("source")
    if isinstance(src, dict):
        return str(src.get("name_en") or src.get("name") or ""), str(src.get("rule", ""))
    return str(src or ""), ""


def main() -> int:
    args = parse(__doc__, "only the (gold, system) source confusion counts")
    sc = scorer()
    if sc is None:
        print("../shared/eval/score.py is not here")
        return 0
    pairs = matched(sc, args)
    bad = [(g, s) for g, s in pairs if sc.source_of(s) != sc.norm_en(g.get("source", ""))]
    print(agreement("source", pairs, bad))
    for (gs, ss), n in Counter((g.get("source", ""), _sys_source(s)[0]) for g, s in bad).most_common():
        print(f"  {n:3d}  gold {gs!r:40s} system {ss!r}")
    if args.counts:
        return 0
    for g, s in bad:
        name, rule = _sys_source(s)
        print_pair(sc, g, s, f"gold={g.get('source', '')!r} sys={name!r} rule={rule or s.get('rule', '')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
