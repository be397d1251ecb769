"""Run ``tawatur analyze`` on the shared gold sets and score it with ../shared/eval/score.py.

Usage: python bench/eval_seeds.py [--set seeds|dev|train|all] [--fold K,M] [--verbose] [--keep DIR]

Sets: the five seeds, the dev set, and the training set scored fold by fold (the story group is the
first letter of an article id: K, M, N, O, P; see ../shared/eval/train/README.md). Develop on four
folds, score the fifth before reading its errors: `--fold P --verbose` lists one fold's misses.
Reads ../shared (beside the repository) when it exists; prints a note and exits 0 when it does not.
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
EVAL = SHARED / "eval"
FOLDS = ("K", "M", "N", "O", "P")


def _inputs(name: str) -> tuple[list[str], Path]:
    if name == "seeds":
        return sorted(str(p) for p in (SHARED / "seeds").glob("*.txt")), EVAL / "gold_events.jsonl"
    return [str(EVAL / name / "texts.jsonl")], EVAL / name / "gold_events.jsonl"


def _score(gold: Path, analysis: Path, articles: list[str] | None, verbose: bool) -> dict:
    cmd = [sys.executable, str(EVAL / "score.py"), str(gold), str(analysis)]
    if articles:
        cmd += ["--articles", ",".join(articles)]
    figures = json.loads(subprocess.run(cmd + ["--json"], capture_output=True, text=True).stdout)
    if verbose:
        print(subprocess.run(cmd + ["--verbose"], capture_output=True, text=True).stdout)
    return figures


def _line(label: str, s: dict) -> str:
    return (f"{label}: gold {s['gold']} system {s['system']} matched {s['matched']} | "
            f"P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} | side {s['actor_side_acc']:.3f} "
            f"source {s['source_acc']:.3f} date {s['date_acc']:.3f} evidence {s['evidence_acc']:.3f} | "
            f"links P {s['cluster_p']:.3f} R {s['cluster_r']:.3f} F1 {s['cluster_f1']:.3f}")


def _analyze(inputs: list[str], out: Path) -> bool:
    cmd = [sys.executable, "-m", "tawatur", "analyze", *inputs, "--out", str(out), "--format", "json", "-q"]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        print(f"analyze failed: {done.stderr.strip()[-500:]}")
    return done.returncode == 0


def _fold_ids(texts: Path, fold: str) -> list[str]:
    rows = (json.loads(line) for line in texts.read_text(encoding="utf-8").splitlines() if line.strip())
    return [r["id"] for r in rows if r["id"].startswith(fold)]


def run_set(name: str, folds: tuple[str, ...], verbose: bool, keep: Path | None) -> None:
    inputs, gold = _inputs(name)
    with tempfile.TemporaryDirectory() as tmp:
        out = (keep / name) if keep else Path(tmp)
        if not _analyze(inputs, out):
            return
        analysis = out / "analysis.json"
        if name != "train":
            s = _score(gold, analysis, None, verbose)
            print(_line(name, s))
            for t, d in s["by_type"].items():
                print(f"  {t:13s} P {d['p']:.2f} R {d['r']:.2f} F1 {d['f1']:.2f}")
            return
        for fold in folds:
            print(_line(f"train {fold}", _score(gold, analysis, _fold_ids(EVAL / "train" / "texts.jsonl", fold),
                                                verbose)))
        if len(folds) == len(FOLDS):
            print(_line("train all", _score(gold, analysis, None, False)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=("seeds", "dev", "train", "all"), default="all")
    ap.add_argument("--fold", default=",".join(FOLDS), help="train folds to score (K,M,N,O,P)")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--keep", type=Path, help="keep each set's analysis.json under this folder")
    args = ap.parse_args()
    if not (EVAL / "score.py").exists():
        print("../shared/eval is not here: nothing to score")
        return 0
    folds = tuple(f.strip().upper() for f in args.fold.split(",") if f.strip())
    for name in (["seeds", "dev", "train"] if args.set == "all" else [args.set]):
        run_set(name, folds, args.verbose, args.keep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
