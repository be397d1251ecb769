"""Side agreement by side rule and gold type over several kept read sets (task sides26): which side rules are
wrong more often than right, and in how many sets.

Usage: python bench/side_rules.py KEPT_DIR [KEPT_DIR ...] [--all]
Each KEPT_DIR is what ``bench/own_articles.py bench/SET --keep KEPT_DIR`` wrote; its last folder name must be
the set's folder under bench/ (articles_probe19 ...). Never give it a held-out set. A row is a side note of the
event's rule (side:actor, side:implied ...; "-" when none) and the gold event's type: right and wrong matched
pairs, the sets with a wrong one, and the commonest (gold, system) confusions. Rows with no wrong pair are
left out unless --all.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _matched import SideTally, matched, scorer  # noqa: E402

BENCH = Path(__file__).resolve().parent


def main() -> int:
    sc = scorer()
    dirs = [a for a in sys.argv[1:] if not a.startswith("--")]
    if sc is None or not dirs:
        print(__doc__)
        return 0
    tally = SideTally()
    for kept in map(Path, dirs):
        args = SimpleNamespace(gold=str(BENCH / kept.name / "gold_events.jsonl"),
                               analysis=str(kept / "analysis.json"), fold="")
        for g, s in matched(sc, args):
            key = ((re.search(r"side:(\S+)", s.get("rule", "")) or [None, "-"])[1], g["type"])
            tally.add(key, sc.side_of(g), sc.side_of(s), kept.name)
    for key in tally.keys():
        if tally.wrong[key] or "--all" in sys.argv:
            print(f"{key[0]:22s} {key[1]:13s} right {tally.right[key]:4d} wrong {tally.wrong[key]:4d} "
                  f"sets {len(tally.sets[key]):2d}  {tally.top(key)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
