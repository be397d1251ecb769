"""Side disagreements of several read sets at once, grouped by a rough cause (task sides15).

Usage: python bench/side_causes.py KEPT_DIR [KEPT_DIR ...]
Each KEPT_DIR is what ``bench/own_articles.py bench/SET --keep KEPT_DIR`` wrote (its analysis.json); its last
folder name must be the set's folder under bench/ (articles_probe19 ...). Never give it a held-out set.
The causes are guessed from the event's type, trigger and the rule's side note (side:actor, side:implied ...),
so they are a first sort for a reader, not a verdict: read the pairs with bench/side_errors.py.
"""
from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _matched import matched, scorer  # noqa: E402

BENCH = Path(__file__).resolve().parent
ARREST = re.compile(r"اعتقل|اعتقال|القبض|توقيف|اوقف|احتجز|داهم|مداهم|اسر|خطف")
RETURN = re.compile(r"نزوح|نزح|عوده|عاد")
DEAL = re.compile(r"اتفاق|هدنه|تسويه|وقف|ممر|مصالح|تهدي|افتتاح")
CLASH = re.compile(r"اشتب|مواجه|معارك|معركه|اقتتال|تبادل")


def cause(gold: str, system: str, e: dict, g: dict) -> str:
    """A rough cause of one side disagreement (gold side, system side, system event, gold event)."""
    rule = e.get("rule", "")
    trig, note = rule.split(" ")[0], (re.search(r"side:(\S+)", rule) or [None, ""])[1]
    etype = g["type"]
    if "denied" in (g.get("polarity"), e.get("polarity")):
        return "denial"
    if etype == "other" and ARREST.search(trig):
        return "arrest / capture"
    if etype in ("displacement", "evacuation") or RETURN.search(trig):
        return "displacement / return / evacuation"
    if etype == "other" and DEAL.search(trig):
        return "agreement / truce / corridor"
    if etype == "casualties":
        return "casualties (who inflicted them)"
    if etype == "attack" and CLASH.search(trig):
        return "clash"
    if note == "actor":
        return "actor read but unknown" if system == "unknown" else "actor taken from the wrong party of its clause"
    if note == "implied":
        if system == "unknown":
            return "unnamed attacker defaulted to unknown (gold names a side)"
        if gold == "unknown":
            return "story side given to an unnamed attacker (gold unknown)"
        return "side carried from the wrong clause or sentence"
    return f"other side rules ({note})"


def main() -> int:
    sc = scorer()
    if sc is None or len(sys.argv) < 2:
        print(__doc__)
        return 0
    counts: Counter = Counter()
    sets: dict[str, Counter] = defaultdict(Counter)
    for kept in map(Path, sys.argv[1:]):
        name = kept.name
        args = SimpleNamespace(gold=str(BENCH / name / "gold_events.jsonl"), analysis=str(kept / "analysis.json"),
                               fold="")
        for g, s in matched(sc, args):
            gs, ss = sc.side_of(g), sc.side_of(s)
            if gs != ss:
                c = cause(gs, ss, s, g)
                counts[c] += 1
                sets[c][name.replace("articles_", "")] += 1
    print(f"side disagreements: {sum(counts.values())}")
    for c, n in counts.most_common():
        print(f"| {c} | {n} | {', '.join(f'{k} {v}' for k, v in sets[c].most_common(4))} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
