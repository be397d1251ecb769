"""Run ``tawatur analyze`` on the seeds and the dev set and score it with ../shared/eval/score.py.

Usage: python bench/eval_seeds.py [--set seeds|dev|both] [--verbose]
Reads ../shared (beside the repository) when it exists; prints a note and exits 0 when it does not.
Prints the scorer's figures: precision, recall, F1 overall and per type, and agreement on side, source,
date, evidence and cross-article links.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def run_set(name: str, verbose: bool) -> dict | None:
    if name == "seeds":
        inputs = sorted(str(p) for p in (SHARED / "seeds").glob("*.txt"))
        gold = SHARED / "eval" / "gold_events.jsonl"
    else:
        inputs = [str(SHARED / "eval" / "dev" / "texts.jsonl")]
        gold = SHARED / "eval" / "dev" / "gold_events.jsonl"
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "tawatur", "analyze", *inputs, "--out", tmp, "--format", "json", "-q"]
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode != 0:
            print(f"analyze failed on {name}: {done.stderr.strip()[-500:]}")
            return None
        score = [sys.executable, str(SHARED / "eval" / "score.py"), str(gold), str(Path(tmp) / "analysis.json")]
        figures = json.loads(subprocess.run(score + ["--json"], capture_output=True, text=True).stdout)
        if verbose:
            print(subprocess.run(score + ["--verbose"], capture_output=True, text=True).stdout)
    return figures


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=("seeds", "dev", "both"), default="both")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    if not (SHARED / "eval" / "score.py").exists():
        print("../shared/eval is not here: nothing to score")
        return 0
    for name in (["seeds", "dev"] if args.set == "both" else [args.set]):
        s = run_set(name, args.verbose)
        if s is None:
            continue
        print(f"{name}: gold {s['gold']} system {s['system']} matched {s['matched']} | "
              f"P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} | side {s['actor_side_acc']:.3f} "
              f"source {s['source_acc']:.3f} date {s['date_acc']:.3f} evidence {s['evidence_acc']:.3f} | "
              f"links P {s['cluster_p']:.3f} R {s['cluster_r']:.3f} F1 {s['cluster_f1']:.3f}")
        for t, d in s["by_type"].items():
            print(f"  {t:13s} P {d['p']:.2f} R {d['r']:.2f} F1 {d['f1']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
