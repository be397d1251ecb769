"""The right happening at the wrong place (task place34): every spurious event of the readable article sets
whose article still has an unmatched gold event of its type and polarity, paired with that gold event, and
classed by how the place went wrong.

Usage: python bench/wrong_places.py KEEP [--sets a,b] [--list] [--cause SUBSTRING]
KEEP is a folder of kept analyses as bench/rule_precision.py fills it (KEEP/NAME/analysis.json). Only the
readable article sets are read (never articles_last nor articles_heldout24/25). The pair takes the gold event
whose evidence overlaps the spurious one's, else the nearest one in the article. Causes (first that holds):
- other happening: the two evidences do not overlap (the system read a happening elsewhere, the gold's is missed);
- dateline or source seat / fallback / back-reference: the place rule of the system event says so;
- quarter or part of its city: one place's name holds the other's (a name cut, a district read as its city);
- locator taken: the gold place is named in the system evidence and a locator word (ريف، قرب، شرقي ...) stands
  between them or before the system place;
- list cut to one: the gold place is named in the system evidence beside the system place, joined by و or a comma;
- other place of the sentence: the gold place is named in the system evidence (another clause's place);
- gold place not read: the gold place is not in the system evidence (unknown to the gazetteer, or another
  sentence's place).
The classing is approximate; --list prints every pair to read.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _heldout import HELD_OUT  # noqa: E402
from _matched import evidence_text, scorer  # noqa: E402
from rule_precision import readable_sets, split_rule  # noqa: E402

LOCATOR = re.compile(r"(ريف|قرب|بالقرب|شرق|غرب|شمال|جنوب|محيط|أطراف|اطراف|ضواحي|مشارف|جوار|المحاذي|المتاخم|التابع|"
                     r"بين|وسط|داخل|مدخل|طريق|منطقة|ناحية|مدينة)")


def fold(s: str) -> str:
    """Arabic folded as the scorer folds names (alef, ta marbuta, ya), without the article."""
    s = re.sub("[\u064b-\u065f\u0670\u0640]", "", s or "")
    s = re.sub("[أإآ]", "ا", s).replace("ة", "ه").replace("ى", "ي")
    return re.sub(r"^(ال)", "", s.strip())


def gold_names(g: dict) -> list[str]:
    """The gold place's Arabic names, folded."""
    return [n for n in {fold(g.get("place") or ""), *(fold(a) for a in g.get("aliases", []))} if n and len(n) > 1]


def overlap(g: dict, s: dict) -> int:
    """Characters the gold and the system evidences share (0 when the gold has no offsets)."""
    ev = s.get("evidence") or {}
    if not isinstance(ev, dict) or g.get("evidence_start") is None:
        return 0
    return max(0, min(g["evidence_end"], ev.get("end", 0)) - max(g["evidence_start"], ev.get("start", 0)))


def distance(g: dict, s: dict) -> int:
    ev = s.get("evidence") or {}
    if not isinstance(ev, dict) or g.get("evidence_start") is None:
        return 10 ** 6
    return abs(g["evidence_start"] - ev.get("start", 0))


def cause(g: dict, s: dict, place_rule: str) -> str:
    """How the system event's place went wrong (see the module docstring)."""
    sp = (s.get("place") or {}).get("name", "") or ""
    text = fold(evidence_text(s.get("evidence")))
    gnames = gold_names(g)
    sname = fold(sp)
    if not overlap(g, s):
        return "other happening"
    if "dateline" in place_rule or "seat" in place_rule:
        return "dateline or source seat"
    if "fallback" in place_rule or "last" in place_rule:
        return "fallback (last place named)"
    if place_rule.startswith("backref") or "backref" in place_rule:
        return "back-reference"
    if sname and any(n in sname or sname in n for n in gnames):
        return "quarter or part of its city"
    hits = [(text.find(n), n) for n in gnames if n in text]
    if hits:
        gi, gn = min(hits)
        si = text.find(sname) if sname else -1
        if si >= 0:
            lo, hi = sorted((gi, si))
            between = text[lo:hi]
            if LOCATOR.search(between) or LOCATOR.search(text[max(0, si - 12):si]):
                return "locator taken" if si > gi else "locator taken (gold after)"
            if re.search(r"(،|,| و)", between) and len(between) < 60:
                return "list cut to one"
        return "other place of the sentence"
    return "gold place not read in the sentence"


def pairs(sc, keep: Path, name: str) -> list[tuple[dict, dict, str]]:
    """(gold, system, place rule) for each spurious event of ``name`` left with a gold event of its kind."""
    system = sc.load_events(str(keep / name / "analysis.json"))
    gold = sc.load_events(str(Path(__file__).resolve().parent / name / "gold_events.jsonl"))
    got = sc.match(gold, system)
    hit_g = {id(g) for g, _ in got}
    hit_s = {id(s) for _, s in got}
    left = [g for g in gold if id(g) not in hit_g]
    out = []
    used: set[int] = set()
    for s in system:
        if id(s) in hit_s:
            continue
        same = [g for g in left if sc.article_of(g) == sc.article_of(s) and g["type"] == s.get("type")
                and g.get("polarity", "asserted") == s.get("polarity", "asserted") and id(g) not in used]
        if not same:
            continue
        g = max(same, key=lambda g: (overlap(g, s), -distance(g, s)))
        used.add(id(g))
        out.append((g, s, split_rule(str(s.get("rule", "")))["place"]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("keep", type=Path)
    ap.add_argument("--sets", default="")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--cause", default="")
    args = ap.parse_args()
    sc = scorer()
    if sc is None:
        print("../shared/eval/score.py is not here: nothing to score")
        return 0
    only = {s.strip() for s in args.sets.split(",") if s.strip()}
    names = [n for n in readable_sets() if n not in HELD_OUT and (args.keep / n / "analysis.json").exists()
             and (not only or n in only)]
    count: Counter = Counter()
    sets: defaultdict = defaultdict(set)
    rules: defaultdict = defaultdict(Counter)
    for name in names:
        for g, s, rule in pairs(sc, args.keep, name):
            c = cause(g, s, rule)
            count[c] += 1
            sets[c].add(name)
            rules[c][rule] += 1
            if args.list and args.cause in c:
                sp = (s.get("place") or {}).get("name", "")
                print(f"\n[{c}] {name} {sc.article_of(s)} {s.get('type')} sys@{sp} ({rule}) gold@{g.get('place')}")
                print(f"  S: {evidence_text(s.get('evidence'))[:300]}")
                print(f"  G: {str(g.get('evidence', ''))[:300]}")
    print(f"\n{len(names)} sets, {sum(count.values())} wrong-place pairs")
    for c, n in count.most_common():
        top = ", ".join(f"{r or '-'} {k}" for r, k in rules[c].most_common(3))
        print(f"{n:4d} ({len(sets[c]):2d} sets) {c}   [{top}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
