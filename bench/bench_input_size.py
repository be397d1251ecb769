"""Time per KB of one article as it grows from 1 KB to 5 MB: every stage must stay near-linear.

A hostile or broken input is one long line without punctuation; before the sentence cap the event
stage took 12 s on 12 KB and a 5 MB line never finished. This generates such lines (words written for
this benchmark, a realistic share of them event words, no full stop anywhere), writes each to a file,
reads it back through the readers and runs the whole per-article pipeline on it, stage by stage.

It prints seconds per KB for each size and the ratio to the 1 KB figure measured in the same run
(flat = linear). ``--max-kb`` stops earlier; ``--stages`` adds the per-stage figures.

    .venv/bin/python bench/bench_input_size.py [--max-kb 5120] [--stages]
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from tawatur.ingest import iter_articles
from tawatur.pipeline import DEFAULT_ORDER, get_stage

# Event-bearing words and plain words, written for this benchmark (no sentence from any corpus).
EVENT_WORDS = ("قصفت الطائرات الحربية مدينة حمص وقرى ريف حماة الشمالي وسيطرت قوات النظام على بلدة "
               "في ريف إدلب الجنوبي بعد اشتباكات مع فصائل المعارضة وأفاد المرصد السوري بمقتل خمسة "
               "مدنيين يوم الاثنين ونفى الجيش التقدم نحو حلب ودمشق في 12 كانون الثاني 2024").split()
PLAIN_WORDS = ("كان الطقس باردا والناس في الأسواق يشترون الخبز والخضار وتحدث الأهالي عن الأسعار "
               "والمدارس والطرق والكهرباء التي تنقطع ساعات طويلة كل يوم في أغلب الأحياء القديمة "
               "وقالت امرأة إن أولادها ينتظرون عودة الماء إلى البيت منذ أسبوع").split()
SIZES_KB = (1, 4, 16, 64, 256, 1024, 5120)


def make_line(n_bytes: int, seed: int = 7) -> str:
    """One line of about ``n_bytes`` UTF-8 bytes: one word in four from the event words."""
    rng = random.Random(seed)
    words, size = [], 0
    while size < n_bytes:
        w = rng.choice(EVENT_WORDS if rng.random() < 0.25 else PLAIN_WORDS)
        words.append(w)
        size += len(w.encode("utf-8")) + 1
    return " ".join(words)


def run_once(path: Path) -> tuple[float, dict[str, float], int]:
    """Seconds to read ``path`` and run every stage; per-stage seconds; events found."""
    t0 = time.perf_counter()
    (art,) = list(iter_articles([str(path)], max_bytes=20_000_000))
    per = {"read": time.perf_counter() - t0}
    for name in DEFAULT_ORDER:
        t = time.perf_counter()
        art = get_stage(name)(art)
        per[name] = time.perf_counter() - t
    return time.perf_counter() - t0, per, len(art.events)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--max-kb", type=int, default=SIZES_KB[-1])
    ap.add_argument("--stages", action="store_true", help="also print seconds per KB of each stage")
    args = ap.parse_args()
    base: float | None = None
    base_stage: dict[str, float] = {}
    print(f"{'size':>8} {'events':>7} {'seconds':>9} {'ms/KB':>8} {'ratio':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for kb in (k for k in SIZES_KB if k <= args.max_kb):
            path = Path(tmp) / f"line-{kb}.txt"
            path.write_text(make_line(kb * 1024), encoding="utf-8")
            reps = max(1, 64 // kb)  # small sizes repeated so their figure is not noise
            total, per_total, events = 0.0, dict.fromkeys(("read", *DEFAULT_ORDER), 0.0), 0
            for _ in range(reps):
                secs, per, events = run_once(path)
                total += secs
                for k, v in per.items():
                    per_total[k] += v
            ms_kb = 1000 * total / reps / kb
            base = base or ms_kb
            print(f"{kb:>6}KB {events:>7} {total / reps:>9.3f} {ms_kb:>8.2f} {ms_kb / base:>6.2f}", flush=True)
            if args.stages:
                cells = []
                for k, v in per_total.items():
                    s_kb = 1000 * v / reps / kb
                    base_stage.setdefault(k, max(s_kb, 1e-6))
                    cells.append(f"{k} {s_kb:.2f} (x{s_kb / base_stage[k]:.1f})")
                print("          ms/KB: " + ", ".join(cells), flush=True)


if __name__ == "__main__":
    main()
