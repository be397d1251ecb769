"""Opcodes run by each Python function over real articles (issue 13): the guide to where a pass goes.

    .venv/bin/python bench/bench_opcodes.py                 # 20 articles after a pass over 73 (words mostly seen)
    .venv/bin/python bench/bench_opcodes.py --first         # 20 articles after 3 (a first pass: new words)
    .venv/bin/python bench/bench_opcodes.py --callers analyses,strip_clitics   # who calls these, how often

``sys.settrace`` with ``frame.f_trace_opcodes`` counts the bytecodes each function runs itself (own) and its
calls (a generator's resumptions count as calls; a dataclass ``__init__`` is named by its class). The count is
deterministic and unmoved by the machine's load, unlike cProfile's times; ~100 instructions an opcode on
average, but a cut that changes how a hot type is looked up (task speed20's slot) changes the instructions an
opcode costs, not the opcodes: keep a cut by ``bench_instructions.py``'s count, not by this one.
Moving a short per-token loop into C builtins (map, filter, itertools.compress, functools.reduce,
operator.attrgetter) cuts opcodes and raises instructions on CPython 3.11: each iterator is an allocation,
attrgetter reads a slot class's attribute the generic way, and ``x in list`` compares where ``is None`` does not
(task speed25: four such cuts, opcodes -0.4% to -1.7%, instructions +0.1M to +0.7M an article; none kept).
"""
from __future__ import annotations

import argparse
import collections
import copy
import sys
from pathlib import Path
from types import CodeType, FrameType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_instructions import real_articles  # noqa: E402

from tawatur.pipeline import PipelineConfig, analyze_many  # noqa: E402


def _name(code: CodeType, frame: FrameType | None = None) -> str:
    """module path and qualified name; a dataclass ``__init__`` (compiled from a string) by its class."""
    if code.co_filename == "<string>" and frame is not None and "self" in frame.f_locals:
        return "<init>:" + type(frame.f_locals["self"]).__qualname__
    return f"{code.co_filename.split('/src/')[-1]}:{code.co_qualname}"


def trace(first: bool, watch: set[str]) -> tuple[collections.Counter, collections.Counter, collections.Counter, int]:
    """(own opcodes, calls, (watched name, caller) counts, events) over the traced articles."""
    arts, config = real_articles(), PipelineConfig()
    warm, traced = (arts[:3], arts[3:23]) if first else (arts[:73], arts[73:93])
    list(analyze_many(copy.deepcopy(warm), config))
    own: collections.Counter = collections.Counter()
    calls: collections.Counter = collections.Counter()
    callers: collections.Counter = collections.Counter()

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "call":
            frame.f_trace_opcodes = True
            calls[_name(frame.f_code, frame)] += 1
            if frame.f_code.co_name in watch and frame.f_back is not None:
                callers[(frame.f_code.co_name, _name(frame.f_back.f_code))] += 1
        elif event == "opcode":
            own[_name(frame.f_code, frame)] += 1
        return tracer

    batch = copy.deepcopy(traced)
    sys.settrace(tracer)
    try:
        done = list(analyze_many(batch, config))
    finally:
        sys.settrace(None)
    return own, calls, callers, sum(len(a.events) for a in done)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--first", action="store_true", help="trace a first pass (3 warm articles), not a seen one")
    ap.add_argument("--top", type=int, default=60, help="rows to print")
    ap.add_argument("--callers", default="", help="comma-separated function names whose callers to count")
    args = ap.parse_args()
    own, calls, callers, events = trace(args.first, {w for w in args.callers.split(",") if w})
    total = sum(own.values())
    print(f"opcodes {total}  events {events}")
    for name, n in own.most_common(args.top):
        print(f"{n:9d} {100 * n / total:5.2f}%  calls {calls[name]:7d}  {name}")
    for (name, caller), n in callers.most_common(args.top):
        print(f"caller {n:7d}  {name} <- {caller}")


if __name__ == "__main__":
    main()
