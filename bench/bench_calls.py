"""How often each extract helper is asked, and how often it answers "not me" (issue 13, task speed14).

    .venv/bin/python bench/bench_calls.py                 # 3 warm + 40 real articles, top 60 by calls
    .venv/bin/python bench/bench_calls.py --n 110 --top 120 --under extract --json out.json

A match of a trigger costs ~240 Python calls because many short rules each decide "not me" in turn. To find
which rules a cheap test could skip, this runs ``analyze_many`` over the dev+train articles (after a few warm
ones, so the first-word costs and the tables are paid) under ``sys.setprofile`` and counts, for every Python
function of ``src/tawatur/<under>``: its calls, and how many of them returned a falsy value (None, False,
an empty container or string, 0): the "not me" answers. A helper called often with a high falsy share is
a candidate for a guard the caller checks before the call. The counts do not depend on the machine's load.
"""
from __future__ import annotations

import argparse
import copy
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from bench_instructions import WARM, real_articles  # noqa: E402


def profile(n: int, under: str) -> tuple[Counter, Counter]:
    """(calls, falsy returns) per ``module:function`` of ``src/tawatur/<under>`` over ``n`` real articles."""
    from tawatur.pipeline import PipelineConfig, analyze_many
    arts = real_articles()[:WARM + n]
    cfg = PipelineConfig()
    list(analyze_many(copy.deepcopy(arts[:WARM]), cfg))
    batch = copy.deepcopy(arts[WARM:])
    mark = f"tawatur/{under}"
    calls: Counter = Counter()
    falsy: Counter = Counter()
    names: dict = {}

    def name(code) -> str | None:
        got = names.get(code, 0)
        if got == 0:
            got = names[code] = (f"{code.co_filename.split('tawatur/')[-1]}:{code.co_qualname}"
                                 if mark in code.co_filename else None)
        return got

    def hook(frame, event, arg) -> None:
        if event == "call":
            if (key := name(frame.f_code)) is not None:
                calls[key] += 1
        elif event == "return" and not arg:
            if (key := name(frame.f_code)) is not None:
                falsy[key] += 1

    sys.setprofile(hook)
    try:
        for _ in analyze_many(batch, cfg):
            pass
    finally:
        sys.setprofile(None)
    return calls, falsy


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=40, help="real articles after the warm ones")
    ap.add_argument("--top", type=int, default=60)
    ap.add_argument("--under", default="extract", help="a folder of src/tawatur (or '' for all)")
    ap.add_argument("--json", help="write every count here")
    args = ap.parse_args()
    calls, falsy = profile(args.n, args.under)
    print(f"{'calls':>8} {'/art':>6} {'falsy':>6}  function")
    for key, c in calls.most_common(args.top):
        print(f"{c:8d} {c / args.n:6.1f} {falsy[key] / c:6.0%}  {key}")
    print(f"total {sum(calls.values())} calls ({sum(calls.values()) / args.n:.0f} an article)")
    if args.json:
        Path(args.json).write_text(json.dumps({k: [c, falsy[k]] for k, c in calls.items()}, indent=0))


if __name__ == "__main__":
    main()
