"""Is analysis.json unchanged? The check a cut of work (issue 13) must pass: same output on every set.

    .venv/bin/python bench/diff_analysis.py run SRC OUT          # `tawatur analyze` of tree SRC on every set
    .venv/bin/python bench/diff_analysis.py compare OUT_A OUT_B  # every set's analysis.json, meta aside

SRC is a ``src`` directory (this branch's, or a base commit's unpacked with
``git archive BASE src | tar -x -C DIR``): it is put first on PYTHONPATH, so the installed package does
not answer for it. The sets: the shared seeds, dev and train (../shared), and every ``bench/*/texts.jsonl``
(the own article sets and bench/links; the held-out sets are left out: nothing is run on them). ``compare`` exits 1 when a set differs and names the sections that do.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
# held out (bench/_heldout.py): nothing is run on them
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _heldout import HELD_OUT  # noqa: E402


def sets() -> dict[str, list[str]]:
    """Set name -> the inputs ``tawatur analyze`` reads for it."""
    out = {"seeds": sorted(str(p) for p in (SHARED / "seeds").glob("*.txt"))}
    for name in ("dev", "train"):
        out[name] = [str(SHARED / "eval" / name / "texts.jsonl")]
    for texts in sorted(REPO.glob("bench/*/texts.jsonl")):
        if texts.parent.name in HELD_OUT:
            continue  # never run on a held-out set (BRIEF.md), not even for the identity
        out[texts.parent.name] = [str(texts)]
    return {k: v for k, v in out.items() if v and all(Path(p).exists() for p in v)}


def run(src: Path, out: Path) -> None:
    """analysis.json of every set, as tree ``src`` writes it, under ``out/<set>/``."""
    env = {**os.environ, "PYTHONPATH": str(src.resolve()), "PYTHONHASHSEED": "0"}
    for name, inputs in sets().items():
        cmd = [sys.executable, "-m", "tawatur", "analyze", *inputs, "--out", str(out / name), "--format", "json", "-q"]
        done = subprocess.run(cmd, env=env, capture_output=True, text=True)
        if done.returncode:
            print(f"{name}: analyze failed: {done.stderr.strip()[-500:]}")


def _load(path: Path) -> dict[str, Any]:
    d = json.loads(path.read_text(encoding="utf-8"))
    d.pop("meta", None)  # (run times, paths)
    d.pop("generated_by", None)
    return d


def compare(a: Path, b: Path) -> int:
    """Print one line a set; the number of sets that differ."""
    bad = 0
    for name in sets():
        x, y = _load(a / name / "analysis.json"), _load(b / name / "analysis.json")
        same = x == y
        print(f"{name:22s} events {len(x['events']):4d} {'identical' if same else 'DIFFERENT'}")
        if not same:
            bad += 1
            print("    differs in: " + ", ".join(k for k in x if x[k] != y.get(k)))
    print("ALL IDENTICAL" if not bad else f"{bad} sets differ")
    return bad


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("src", type=Path)
    r.add_argument("out", type=Path)
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = ap.parse_args()
    if args.cmd == "run":
        run(args.src, args.out)
    else:
        sys.exit(1 if compare(args.a, args.b) else 0)


if __name__ == "__main__":
    main()
