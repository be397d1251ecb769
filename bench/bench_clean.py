"""Throughput of ingest + clean against trafilatura alone, on the same generated HTML pages.

Run: ``python bench/bench_clean.py [N]`` (default 300). Writes N pages with a nav, scripts, a
most-read sidebar and a share footer to a temporary folder, then times (1) ``iter_articles`` +
``clean_article`` and (2) ``trafilatura.extract`` over the same files, in this process, and prints
articles/s (untraced pass) and tracemalloc peak memory (a second, traced pass) for each, and the ratio. Nothing is asserted: numbers only.
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import trafilatura

from tawatur.clean.boilerplate import clean_article
from tawatur.ingest import iter_articles

PLACES = ["حلب", "إدلب", "حماة", "حمص", "درعا", "دير الزور", "الرقة", "القامشلي", "معرة النعمان", "سراقب"]
VERBS = ["سيطرت قوات", "قصفت قوات", "انسحبت قوات", "تقدمت قوات", "اشتبكت قوات"]
SIDES = ["النظام", "المعارضة", "سوريا الديمقراطية"]


def page(i: int, rng: random.Random) -> str:
    paras = "".join(
        f"<p>{rng.choice(VERBS)} {rng.choice(SIDES)} على مواقع في مدينة {rng.choice(PLACES)} اليوم، "
        f"وقال مصدر محلي إن {rng.randint(2, 40)} شخصا قتلوا أو أصيبوا في المعارك التي استمرت ساعات، "
        f"بحسب ما نقلت وكالة محلية عن شهود عيان في المنطقة.</p>" for _ in range(rng.randint(4, 12)))
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>خبر رقم {i}</title>"
            f"<meta property='article:published_time' content='2019-08-{1 + i % 28:02d}'>"
            "<script>var a = 1; document.write('<p>x</p>');</script><style>p{}</style></head><body>"
            "<nav><a href='/'>الرئيسية</a> <a href='/s'>سوريا</a></nav>"
            f"<article><h1>تطورات ميدانية في {rng.choice(PLACES)} رقم {i}</h1>{paras}</article>"
            "<aside><h3>الأكثر قراءة</h3><ul><li>خبر اقتصادي</li><li>خبر رياضي</li></ul></aside>"
            "<footer><p>تابعنا على فيسبوك</p><p>جميع الحقوق محفوظة</p></footer></body></html>")


def measure(label: str, fn: Callable[[], int]) -> tuple[float, float]:
    """Time one pass without tracing (tracemalloc slows Python code several times), then trace a second."""
    t0 = time.perf_counter()
    n = fn()
    elapsed = time.perf_counter() - t0
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rate = n / elapsed if elapsed else float("inf")
    print(f"{label:<28} {n:>5} articles  {elapsed:7.2f} s  {rate:8.1f} articles/s  peak {peak / 1e6:7.1f} MB")
    return rate, peak


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i in range(n):
            (folder / f"page{i:05d}.html").write_text(page(i, rng), encoding="utf-8")
        files = sorted(folder.glob("*.html"))

        def ours() -> int:
            count = 0
            for art in iter_articles([str(folder)]):
                clean_article(art)
                count += 1
            return count

        def trafilatura_only() -> int:
            count = 0
            for f in files:
                if trafilatura.extract(f.read_text(encoding="utf-8")):
                    count += 1
            return count

        trafilatura.extract(page(0, rng))  # warm both paths (imports, lexicon caches)
        clean_article(next(iter_articles([str(files[0])])))
        r_ours, p_ours = measure("tawatur ingest+clean", ours)
        r_tf, p_tf = measure("trafilatura.extract alone", trafilatura_only)
    print(f"ratio: tawatur runs at {r_ours / r_tf:.2f}x trafilatura's speed, "
          f"{p_ours / max(p_tf, 1):.2f}x its peak memory")
    return 0


if __name__ == "__main__":
    sys.exit(main())
