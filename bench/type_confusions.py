"""Type confusions on the readable article sets (task type33): every spurious system event paired with a missed
gold event of the same article, polarity and place but another type, tabled as system type -> gold type, with
the sets each confusion occurs in, two examples each, and P, R, F1 pooled over the readable sets.

Usage: python bench/type_confusions.py KEEP [--examples 2] [--pair SYS,GOLD]
KEEP is a folder of kept analyses KEEP/NAME/analysis.json for each readable set bench/NAME (as
bench/rule_precision.py KEEP --run fills it). The held-out sets (bench/_heldout.py) are never
read. --pair lists every example of one confusion (e.g. --pair attack,take_control). The pairing is one-to-one
and greedy in the scorer's order, after the scorer's own matching, so counts are approximate.
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _matched import evidence_text, scorer  # noqa: E402
from rule_precision import gold_of, readable_sets  # noqa: E402


def confusions(sc, gold: list[dict], system: list[dict]) -> tuple[list[tuple[dict, dict]], int]:
    """The (system, gold) pairs of one set whose article, polarity and place agree and whose types differ,
    among the events the scorer left unmatched; and the number of matched pairs."""
    pairs = sc.match(gold, system)
    used_g = {id(g) for g, _ in pairs}
    used_s = {id(s) for _, s in pairs}
    left_g = [g for g in gold if id(g) not in used_g]
    out = []
    for s in (s for s in system if id(s) not in used_s):
        for g in left_g:
            if (sc.article_of(g) == sc.article_of(s) and g["type"] != s.get("type")
                    and g.get("polarity", "asserted") == s.get("polarity", "asserted")
                    and sc.place_score(sc.gold_place(g), sc.sys_place(s))):
                out.append((s, g))
                left_g.remove(g)
                break
    return out, len(pairs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("keep", type=Path)
    ap.add_argument("--examples", type=int, default=2)
    ap.add_argument("--pair", default="", help="SYS,GOLD: list every example of this confusion")
    args = ap.parse_args()
    sc = scorer()
    if sc is None:
        print("../shared/eval/score.py is not here: nothing to score")
        return 0
    table: dict[tuple[str, str], list] = defaultdict(list)
    n_g = n_s = n_m = 0
    for name in readable_sets():
        path = args.keep / name / "analysis.json"
        if not path.exists():
            continue
        gold, system = sc.load_events(str(gold_of(name))), sc.load_events(str(path))
        found, m = confusions(sc, gold, system)
        n_g, n_s, n_m = n_g + len(gold), n_s + len(system), n_m + m
        for s, g in found:
            table[(s.get("type", ""), g["type"])].append((name, s, g))
    p, r = n_m / max(1, n_s), n_m / max(1, n_g)
    total = sum(len(v) for v in table.values())
    print(f"pooled: gold {n_g} system {n_s} matched {n_m} | P {p:.3f} R {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f}"
          f" | wrong-type pairs {total}")
    want = tuple(args.pair.split(",")) if args.pair else None
    for (st, gt), rows in sorted(table.items(), key=lambda kv: -len(kv[1])):
        if want and (st, gt) != want:
            continue
        sets = {n for n, _, _ in rows}
        print(f"\n{st} -> {gt}: {len(rows)} in {len(sets)} sets")
        for name, s, g in rows[: None if want else args.examples]:
            print(f"  [{name} {sc.article_of(s)} @{(s.get('place') or {}).get('name', '')}] rule {s.get('rule', '')}")
            print(f"    S: {evidence_text(s.get('evidence'))[:220]}")
            print(f"    G: {str(g.get('evidence', ''))[:220]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
