"""Precision rule by rule: for each producing rule (trigger entry, frame), how many of its events the shared
scorer matches to gold and how many are spurious, summed over every readable set, with the number of sets
each count comes from. Also the place rule and the side rule of the spurious events.

Usage:
  python bench/rule_precision.py KEEP [--run] [--top 20] [--show RULE_SUBSTRING] [--sets a,b]
KEEP is a folder of kept analyses: KEEP/gold/{seeds,dev,train}/analysis.json (bench/eval_seeds.py --set all
--keep KEEP/gold) and KEEP/NAME/analysis.json for each article set bench/NAME (bench/own_articles.py
bench/NAME --keep KEEP/NAME). --run fills KEEP first. The held-out sets (bench/_heldout.py; heldout19-26
were read in sessions 20-27) are never read, run or scored. --show lists the spurious and matched evidences of the rules
whose name holds the substring (to read why a rule misfires). Reads ../shared only at run time, through
bench/_matched.py's scorer. Columns: spurious events (over how many sets), how many of those are "extra" (no
unmatched gold event of that type left in the article: the trigger read a happening the gold does not have, as
opposed to a wrong place or polarity), matched events (over how many sets), precision.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _heldout import HELD_OUT  # noqa: E402
from _matched import evidence_text, scorer  # noqa: E402

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
EVAL = REPO.parent / "shared" / "eval"


def readable_sets() -> list[str]:
    """The article sets under bench/ that may be read (every articles* folder but the held-out ones)."""
    return sorted(p.name for p in BENCH.glob("articles*") if p.is_dir() and p.name not in HELD_OUT
                  and (p / "gold_events.jsonl").exists())


def gold_of(name: str) -> Path:
    """The gold file of a kept set: the shared seeds/dev/train gold, else the bench set's own."""
    if name == "gold/seeds":
        return EVAL / "gold_events.jsonl"
    if name.startswith("gold/"):
        return EVAL / name.split("/", 1)[1] / "gold_events.jsonl"
    return BENCH / name / "gold_events.jsonl"


def run(keep: Path) -> None:
    """Analyse every gold set and every readable article set, keeping each analysis.json under ``keep``."""
    py = sys.executable
    subprocess.run([py, str(BENCH / "eval_seeds.py"), "--set", "all", "--keep", str(keep / "gold")], check=False)
    for name in readable_sets():
        subprocess.run([py, str(BENCH / "own_articles.py"), str(BENCH / name), "--keep", str(keep / name)],
                       check=False)


def split_rule(rule: str) -> dict[str, str]:
    """An event's rule string cut into its producer (the trigger entry or frame) and its place, polarity and
    side rules: "trigger:attack:@قصف#105 place:scope polarity:asserted side:actor"."""
    parts = {"producer": rule, "place": "", "polarity": "", "side": ""}
    cut = [i for i in (rule.find(" place:"), rule.find(" polarity:"), rule.find(" side:")) if i >= 0]
    if cut:
        parts["producer"] = rule[:min(cut)]
    for key in ("place", "polarity", "side"):
        i = rule.find(f" {key}:")
        if i >= 0:
            rest = rule[i + len(key) + 2:]
            nxt = [j for j in (rest.find(" place:"), rest.find(" polarity:"), rest.find(" side:")) if j >= 0]
            parts[key] = rest[:min(nxt)] if nxt else rest
    return parts


def short(producer: str, width: int = 70) -> str:
    """A producer's name cut to ``width`` characters, keeping its entry number."""
    if len(producer) <= width:
        return producer
    tail = producer[producer.rfind("#"):] if "#" in producer else ""
    return producer[:width - len(tail) - 1] + "…" + tail


def kept_sets(keep: Path, only: set[str]) -> list[str]:
    """The kept sets under ``keep`` that have an analysis (never a held-out one)."""
    names = [f"gold/{s}" for s in ("seeds", "dev", "train")] + readable_sets()
    return [n for n in names if (keep / n / "analysis.json").exists() and (not only or n.split("/")[-1] in only)]


def tally(keep: Path, names: list[str]) -> list[dict]:
    """Every system event of every kept set, with its set, its matched flag and its rule parts."""
    sc = scorer()
    if sc is None:
        print("../shared/eval/score.py is not here: nothing to score")
        return []
    rows = []
    for name in names:
        system = sc.load_events(str(keep / name / "analysis.json"))
        gold = sc.load_events(str(gold_of(name)))
        arts = {sc.article_of(s) for s in system}
        gold = [g for g in gold if sc.article_of(g) in arts] if name == "gold/seeds" else gold
        pairs = sc.match(gold, system)
        hit = {id(s) for _, s in pairs}
        left = [g for g in gold if id(g) not in {id(g2) for g2, _ in pairs}]
        for s in system:
            why = "" if id(s) in hit else miss_kind(sc, s, left)
            rows.append({"set": name, "matched": id(s) in hit, "why": why, "event": s,
                         **split_rule(str(s.get("rule", "")))})
    return rows


def miss_kind(sc, s: dict, left: list[dict]) -> str:
    """Why a spurious event is spurious: "polarity" (an unmatched gold event of its type and place has another
    polarity), "place" (one of its type and polarity in its article is left unmatched: a wrong place), else
    "extra" (nothing of its kind is left in the gold: the trigger read an event that is not there)."""
    same = [g for g in left if sc.article_of(g) == sc.article_of(s) and g["type"] == s.get("type")]
    if any(sc.place_score(sc.gold_place(g), sc.sys_place(s)) for g in same):
        return "polarity"
    if any(g.get("polarity", "asserted") == s.get("polarity", "asserted") for g in same):
        return "place"
    return "extra"


def table(rows: list[dict], key: str, top: int, only_spurious: bool = False) -> None:
    """Per value of ``key``: matched, spurious, precision, and over how many sets each was seen."""
    agg: dict[str, dict] = defaultdict(lambda: {"m": 0, "s": 0, "ms": set(), "ss": set(), "x": 0})
    for r in rows:
        a = agg[r[key]]
        if r["matched"]:
            a["m"] += 1
            a["ms"].add(r["set"])
        else:
            a["s"] += 1
            a["ss"].add(r["set"])
            a["x"] += r["why"] == "extra"
    order = sorted(agg.items(), key=lambda kv: (-kv[1]["s"], kv[1]["m"]))
    print(f"\n== by {key}{' (spurious events)' if only_spurious else ''}: spurious (sets) extra | matched (sets) | P")
    for name, a in order[:top]:
        p = a["m"] / max(1, a["m"] + a["s"])
        print(f"{a['s']:4d} ({len(a['ss']):2d}) {a['x']:3d} | {a['m']:4d} ({len(a['ms']):2d}) | {p:.2f}  {short(name)}")


def show(rows: list[dict], needle: str) -> None:
    """The evidences of the events whose producer holds ``needle``, spurious first."""
    for r in sorted((r for r in rows if needle in r["producer"]), key=lambda r: r["matched"]):
        e = r["event"]
        place = (e.get("place") or {}).get("name", "")
        print(f"{'OK   ' if r['matched'] else 'SP/' + r['why'][:2]} {r['set'].split('/')[-1]:20s} {e.get('article')} "
              f"{e.get('type')}@{place} {e.get('polarity')} [{r['place']} | {r['side']}]")
        print(f"     {evidence_text(e.get('evidence'))[:300]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("keep", type=Path, help="folder of kept analyses (filled by --run)")
    ap.add_argument("--run", action="store_true", help="analyse every readable set into KEEP first")
    ap.add_argument("--top", type=int, default=20, help="rows per table")
    ap.add_argument("--show", default="", help="list the events of rules whose name holds this")
    ap.add_argument("--sets", default="", help="comma-separated set names to keep (default all)")
    args = ap.parse_args()
    if args.run:
        run(args.keep)
    names = kept_sets(args.keep, {s.strip() for s in args.sets.split(",") if s.strip()})
    rows = tally(args.keep, names)
    if not rows:
        return 0
    if args.show:
        show(rows, args.show)
        return 0
    n_m = sum(r["matched"] for r in rows)
    print(f"{len(names)} sets, {len(rows)} system events, matched {n_m}, spurious {len(rows) - n_m}")
    table(rows, "producer", args.top)
    spurious = [r for r in rows if not r["matched"]]
    table([{**r, "matched": False} for r in spurious], "place", 12, only_spurious=True)
    table([{**r, "matched": False} for r in spurious], "side", 12, only_spurious=True)
    table(rows, "place", 12)
    return 0


if __name__ == "__main__":
    sys.exit(main())
