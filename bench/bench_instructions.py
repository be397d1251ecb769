"""Instructions per article of the per-article stages, against ``trafilatura.extract`` alone (issue 13).

    .venv/bin/python bench/bench_instructions.py                   # real dev+train articles (../shared)
    .venv/bin/python bench/bench_instructions.py --articles bench  # bench_scale's synthetic articles
    .venv/bin/python bench/bench_instructions.py --seen            # + a second pass: every word seen
    .venv/bin/python bench/bench_instructions.py --stages          # CPU ms per stage, no valgrind
    .venv/bin/python bench/bench_instructions.py --small --no-trafilatura  # the small sample (3 + 40 - 3 + 10)

The figure is valgrind's callgrind count (``--dump-instr=no``) of a serial ``analyze_many`` over
3 + 10 and 3 + 110 articles, differenced and divided by 100: loading the tables, the imports and the
first articles cancel, and the count does not move with the load of a shared machine as CPU time does.
trafilatura is counted the same way on the same texts laid out as HTML pages (a title, one <p> a
paragraph, page furniture in nav and footer). ``--seen`` adds the count of a second pass over fresh
copies of the same 110 articles, the caches keyed by a sentence's text emptied first: what a word costs
the first time the process meets it (its clitic analyses, every table's answer for it) is then paid
already, so the difference between the passes is the cost of the corpus's new words. ``--stages`` prints CPU milliseconds per stage for a first pass and
for a second one (each stage timed alone, so the split holds, not the third digit).

Inside valgrind the script runs itself with ``--child`` (the articles, what to run, how many).
"""
from __future__ import annotations

import argparse
import copy
import json
import os
import subprocess
import sys
import tempfile
import time
from html import escape
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO.parent / "shared" / "eval"
WARM, SMALL, LARGE = 3, 10, 110
SMALL_LARGE = 40  # the large run of ``--small``: the sample a cut is iterated on

sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from tawatur.model import Article  # noqa: E402


def real_articles() -> list[Article]:
    """The dev and train articles of the shared gold sets, in file order."""
    out = []
    for name in ("dev", "train"):
        for line in (EVAL / name / "texts.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                out.append(Article(id=r["id"], raw=r["text"], text=r["text"], title=r.get("title"),
                                   published=r.get("published"), outlet=r.get("outlet")))
    return out


def articles(kind: str, n: int) -> list[Article]:
    """The first ``n`` articles of a kind ("real" or "bench")."""
    if kind == "bench":
        from bench_scale import make_articles
        return make_articles(n, seed=7)
    found = real_articles()
    if len(found) < n:
        raise SystemExit(f"{len(found)} real articles in {EVAL}, {n} needed")
    return found[:n]


def page(a: Article, kind: str) -> str:
    """An article as the HTML page trafilatura is given: bench articles keep their title, dateline and
    furniture lines where a page has them; a real article's text is its body."""
    lines = a.raw.split("\n")
    if kind == "bench":
        title, head, body, nav, foot = lines[0], lines[1], lines[2:-2], lines[-2], lines[-1]
    else:
        title, head, body, nav, foot = a.title or lines[0][:60], "", lines[1:], "الرئيسية", "جميع الحقوق محفوظة"
    paragraphs = "".join(f"<p>{escape(x)}</p>" for x in body)
    return (f"<html><head><meta charset='utf-8'><title>{escape(title)}</title></head><body>"
            f"<nav>{escape(nav)}</nav><article><h1>{escape(title)}</h1><p>{escape(head)}</p>"
            f"{paragraphs}</article><footer>{escape(foot)}</footer></body></html>")


def child(kind: str, what: str, n: int, passes: int, copies: int) -> None:
    """What runs under valgrind: a warm-up of WARM articles, then the next ``n``, ``passes`` times. With
    ``copies``, that many fresh copies are made first and the passes read them: two runs that differ in
    their passes make as many copies, so the copying cancels out of their difference."""
    arts = articles(kind, WARM + n)
    if what == "traf":
        import trafilatura
        pages = [page(a, kind) for a in arts]
        for p in pages:
            trafilatura.extract(p)
        return
    from tawatur.clean.normalize import fold_shared
    from tawatur.pipeline import PipelineConfig, analyze_many
    from tawatur.read.lexicon import _sentence_fold
    config = PipelineConfig()
    batches = [copy.deepcopy(arts[WARM:]) for _ in range(copies)] if copies else [arts[WARM:]]
    list(analyze_many(arts[:WARM], config))
    events = 0
    for n_pass, batch in enumerate(batches[:passes]):
        if n_pass:  # a pass again meets its words, not its texts: the caches keyed by a text start empty
            fold_shared.cache_clear()
            _sentence_fold.cache_clear()
        events = sum(len(a.events) for a in analyze_many(batch, config))
    print(f"events {events}", file=sys.stderr)


# String hashing is randomised per process, which moves set and dict layouts and so the count by about 1%
# between runs of one tree: a fixed seed makes two trees (or two runs) comparable.
SEEDED = {**os.environ, "PYTHONHASHSEED": "0"}


def count(kind: str, what: str, n: int, passes: int = 1, copies: int = 0) -> tuple[int, str]:
    """(instructions, the child's stderr) of one callgrind run."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cg.out"
        done = subprocess.run(["valgrind", "--tool=callgrind", "--dump-instr=no", f"--callgrind-out-file={out}",
                               sys.executable, __file__, "--child", kind, what, str(n), str(passes), str(copies)],
                              capture_output=True, text=True, env=SEEDED)
        for line in out.read_text().splitlines():
            if line.startswith(("summary:", "totals:")):
                return int(line.split()[1]), done.stderr
    raise RuntimeError(f"callgrind gave no total: {done.stderr[-500:]}")


def per_article(kind: str, what: str, large: int = LARGE) -> tuple[float, str]:
    """(instructions per article, the large run's events line). A first run outside valgrind fills the
    disk cache of built tables (``tawatur.buildcache``): built inside the small run, they would be
    charged to it alone and cut the difference."""
    subprocess.run([sys.executable, __file__, "--child", kind, what, "1", "1", "0"], capture_output=True, check=True,
                   env=SEEDED)
    small, _ = count(kind, what, SMALL)
    big, err = count(kind, what, large)
    events = next((x for x in err.splitlines() if x.startswith("events")), "")
    return (big - small) / (large - SMALL), events


def stage_times(kind: str) -> None:
    """CPU ms per stage and article: a first pass (new words) and a second over the same articles."""
    from tawatur import pipeline
    from tawatur.clean.normalize import fold_shared
    from tawatur.clean.tokens import span_mentions
    from tawatur.pipeline import DEFAULT_ORDER, PipelineConfig, analyze_many, release_tokens
    from tawatur.read.lexicon import _sentence_fold
    arts = articles(kind, WARM + LARGE)
    list(analyze_many(arts[:WARM], PipelineConfig()))
    for label in ("new words", "seen words"):
        fold_shared.cache_clear()  # (as --seen: the second pass meets its words again, not its texts)
        _sentence_fold.cache_clear()
        total = dict.fromkeys(DEFAULT_ORDER, 0.0)
        for a in copy.deepcopy(arts[WARM:]):
            for name in DEFAULT_ORDER:
                t0 = time.process_time()
                a = pipeline.get_stage(name)(a)
                total[name] += time.process_time() - t0
            span_mentions(a)
            release_tokens(a)
        ms = {k: 1000 * v / LARGE for k, v in total.items()}
        print(f"{label:10s} " + " ".join(f"{k} {v:.2f}" for k, v in ms.items()) + f" | {sum(ms.values()):.2f} ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", choices=("real", "bench"), default="real")
    ap.add_argument("--seen", action="store_true", help="also count a second pass over the same articles")
    ap.add_argument("--stages", action="store_true", help="CPU ms per stage instead of instructions")
    ap.add_argument("--no-trafilatura", action="store_true")
    ap.add_argument("--small", action="store_true", help=f"{SMALL_LARGE} articles, not {LARGE}, in the large run (to iterate)")
    ap.add_argument("--child", nargs=5, metavar=("KIND", "WHAT", "N", "PASSES", "COPIES"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        kind, what, n, passes, copies = args.child
        child(kind, what, int(n), int(passes), int(copies))
        return
    if args.stages:
        stage_times(args.articles)
        return
    large = SMALL_LARGE if args.small else LARGE
    pipe, events = per_article(args.articles, "pipe", large)
    print(f"pipeline     {pipe / 1e6:.2f}M instructions/article ({args.articles}, {events})")
    if args.seen:
        once, _ = count(args.articles, "pipe", LARGE, passes=1, copies=2)
        twice, _ = count(args.articles, "pipe", LARGE, passes=2, copies=2)
        seen = (twice - once) / LARGE
        print(f"seen words   {seen / 1e6:.2f}M instructions/article (new words: {(pipe - seen) / 1e6:.2f}M, "
              f"{(pipe - seen) / pipe:.0%})")
    if not args.no_trafilatura:
        traf, _ = per_article(args.articles, "traf", large)
        print(f"trafilatura  {traf / 1e6:.2f}M instructions/article; pipeline {pipe / traf:.2f}x")


if __name__ == "__main__":
    main()
