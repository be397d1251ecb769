"""Where the errors lie, by number only: every event the shared scorer leaves unmatched, classed by its nearest
unmatched counterpart in the same article, counted per set and pooled. It prints counts and nothing of the
text, so it may be run on the held-out sets (bench/_heldout.py) without reading them.

Usage: python bench/error_classes.py KEEP [--sets a,b] [--held-out]
KEEP holds KEEP/NAME/analysis.json for article sets bench/NAME (as ``bench/own_articles.py bench/NAME --keep
KEEP/NAME`` or ``bench/rule_precision.py KEEP --run`` leave them); every NAME found is counted unless --sets
names some. ``--held-out`` counts only the held-out sets, otherwise only the readable ones.

An unmatched gold event and an unmatched system event of one article pair up, one to one, greedily in this order
(the first class whose test holds):
- polarity: same type and place, another polarity (a denial or expectation read as done, or the reverse);
- place: same type and polarity, the two evidence spans overlap (the happening was read, its place was not);
- type: same place and polarity, the spans overlap (the happening was read as another kind of event);
- type+place: the spans overlap, type and place both differ;
What is left: a missed gold event and an extra system event. "missed-by" is a missed gold event whose span a system
event matched to another gold event overlaps (the sentence was read, one of its events was not: a list cut to one
place, a toll beside its attack); "missed" has no system event touching it (no trigger fired). "extra-by" is an
extra system event overlapping some gold event's span (a happening split in two, a repeat read as new); "extra"
touches no gold event (a background, hypothetical or habitual sentence, or a word read as an event).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _heldout import HELD_OUT  # noqa: E402
from _matched import scorer  # noqa: E402

BENCH = Path(__file__).resolve().parent
CLASSES = ("polarity", "place", "type", "type+place", "missed-by", "missed", "extra-by", "extra")


def _overlap(sc: ModuleType, g: dict, s: dict) -> bool:
    a, b = sc.span_of(g), sc.span_of(s)
    return bool(a and b and b[0] < a[1] and a[0] < b[1])


def _tests(sc: ModuleType):
    """The pairing tests in the order they are tried, each (class, test(gold, system))."""
    def same_place(g: dict, s: dict) -> bool:
        return bool(sc.place_score(sc.gold_place(g), sc.sys_place(s)))

    def same_pol(g: dict, s: dict) -> bool:
        return g.get("polarity", "asserted") == s.get("polarity", "asserted")

    return (
        ("polarity", lambda g, s: g["type"] == s.get("type") and same_place(g, s) and not same_pol(g, s)),
        ("place", lambda g, s: g["type"] == s.get("type") and same_pol(g, s) and _overlap(sc, g, s)),
        ("type", lambda g, s: same_place(g, s) and same_pol(g, s) and _overlap(sc, g, s)),
        ("type+place", lambda g, s: _overlap(sc, g, s)),
    )


def classes(sc: ModuleType, gold: list[dict], system: list[dict]) -> Counter:
    """Counts of matched events and of each error class for one set."""
    pairs = sc.match(gold, system)
    used_g = {id(g) for g, _ in pairs}
    used_s = {id(s) for _, s in pairs}
    left_g = [g for g in gold if id(g) not in used_g]
    left_s = [s for s in system if id(s) not in used_s]
    out = Counter(matched=len(pairs), gold=len(gold), system=len(system))
    for name, test in _tests(sc):
        for g in left_g:
            if id(g) in used_g:
                continue
            for s in left_s:
                if id(s) not in used_s and sc.article_of(g) == sc.article_of(s) and test(g, s):
                    used_g.add(id(g))
                    used_s.add(id(s))
                    out[name] += 1
                    break
    for g in left_g:
        if id(g) not in used_g:
            beside = any(sc.article_of(g) == sc.article_of(s) and _overlap(sc, g, s) for s in system)
            out["missed-by" if beside else "missed"] += 1
    for s in left_s:
        if id(s) not in used_s:
            beside = any(sc.article_of(g) == sc.article_of(s) and _overlap(sc, g, s) for g in gold)
            out["extra-by" if beside else "extra"] += 1
    return out


def _load(path: Path) -> list[dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["events"] if isinstance(data, dict) else data


def _row(name: str, c: Counter) -> str:
    cells = " ".join(f"{c[k]:>10}" for k in CLASSES)
    return f"{name:28} {c['gold']:>5} {c['system']:>6} {c['matched']:>7} {cells}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("keep", type=Path)
    ap.add_argument("--sets", default="", help="comma-separated set names (default: every one kept)")
    ap.add_argument("--held-out", action="store_true", help="count the held-out sets instead of the readable ones")
    args = ap.parse_args()
    sc = scorer()
    if sc is None:
        print("../shared/eval/score.py is not here: nothing to score")
        return 0
    wanted = {s.strip() for s in args.sets.split(",") if s.strip()}
    names = sorted(p.parent.name for p in args.keep.glob("articles*/analysis.json"))
    names = [n for n in names if (n in HELD_OUT) == args.held_out and (not wanted or n in wanted)
             and (BENCH / n / "gold_events.jsonl").exists()]
    print(f"{'set':28} {'gold':>5} {'system':>6} {'matched':>7} " + " ".join(f"{k:>10}" for k in CLASSES))
    pooled: Counter = Counter()
    for name in names:
        c = classes(sc, sc.load_events(str(BENCH / name / "gold_events.jsonl")),
                    _load(args.keep / name / "analysis.json"))
        pooled += c
        print(_row(name, c))
    print(_row(f"pooled ({len(names)} sets)", pooled))
    errors = sum(pooled[k] for k in CLASSES)
    if errors:
        print("share of errors: " + ", ".join(f"{k} {pooled[k] / errors:.0%}" for k in CLASSES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
