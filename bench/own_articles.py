"""Score the pipeline on whole articles a session wrote itself (bench/articles): a title, a dateline, several
paragraphs, quotes, background, back-references, relative dates and page furniture, with gold events that
follow ../shared/eval/GUIDELINES.md. bench/sentences checks one sentence at a time; this checks what the
hidden sets are made of, on text that no rule was written from.

Usage: python bench/own_articles.py [--verbose] [--keep DIR] [--folder DIR]   (default folder: bench/articles)
Scores with ../shared/eval/score.py (beside the repository); prints a note and exits 0 when it is absent.
Edit bench/articles/articles.txt, then run bench/articles/build.py to rewrite texts.jsonl and gold_events.jsonl.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCORE = REPO.parent / "shared" / "eval" / "score.py"
HERE = Path(__file__).parent / "articles"


def _analyze(folder: Path, out: Path) -> bool:
    cmd = [sys.executable, "-m", "tawatur", "analyze", str(folder / "texts.jsonl"), "--out", str(out),
           "--format", "json", "-q"]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        print(f"analyze failed: {done.stderr.strip()[-500:]}")
    return done.returncode == 0


def _score(folder: Path, analysis: Path, verbose: bool) -> dict:
    cmd = [sys.executable, str(SCORE), str(folder / "gold_events.jsonl"), str(analysis)]
    if verbose:
        print(subprocess.run([*cmd, "--verbose"], capture_output=True, text=True).stdout)
    return json.loads(subprocess.run([*cmd, "--json"], capture_output=True, text=True).stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--verbose", action="store_true", help="list missed and spurious events")
    ap.add_argument("--keep", type=Path, help="keep analysis.json in this folder")
    ap.add_argument("--folder", type=Path, default=HERE, help="a folder with texts.jsonl and gold_events.jsonl")
    args = ap.parse_args()
    if not SCORE.exists():
        print("../shared/eval/score.py is not here: nothing to score")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp)
        if not _analyze(args.folder, out):
            return 1
        s = _score(args.folder, out / "analysis.json", args.verbose)
    print(f"own articles ({args.folder.name}): gold {s['gold']} system {s['system']} matched {s['matched']} | "
          f"F1 {s['f1']:.3f} P {s['precision']:.3f} R {s['recall']:.3f} | side {s['actor_side_acc']:.3f} "
          f"date {s['date_acc']:.3f} source {s['source_acc']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
