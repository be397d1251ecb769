"""Throughput of the per-article pipeline: serial loop vs process pool vs Dask.

    .venv/bin/python bench/bench_scale.py            # 400 synthetic articles, 2 workers
    .venv/bin/python bench/bench_scale.py -n 2000 --workers 2 --no-memory
    .venv/bin/python bench/bench_scale.py --startup                 # CPU of --help / one article
    .venv/bin/python bench/bench_scale.py --analyze-sizes 250,1000  # whole analyze: CPU and peak per article

Articles are composed (seeded, reproducible) from Arabic sentence templates written for this bench
with real Syrian place names, plus page furniture lines, so every stage has work to do. Each executor
runs the same stages (the default order, minus stages whose module has not landed yet) and must give
the same events; the bench prints articles/s, the speed-up over serial and the peak Python memory
traced in *this* process (tracemalloc, in a second pass so tracing does not slow the timed one).
Memory used inside pool or Dask worker processes is outside tracemalloc and not counted.

``--startup`` runs fresh interpreters and prints the CPU time (user + system) of ``tawatur --help``
and of analysing one article against ``python -c pass`` measured in the same run. ``--analyze-sizes``
runs the whole ``tawatur analyze`` (read, pipeline, linking, all four outputs) on corpora of those
sizes in a child process and prints CPU seconds and peak resident memory per article, each as a ratio
to the smallest size (1.00x = linear). ``--stage-memory 1000`` runs one ``tawatur analyze`` in a child
whose stages (read, pipeline, link, each output) are wrapped: before a stage the kernel's peak-RSS mark
is reset (/proc/self/clear_refs), after it the stage's own peak and the resident size left are printed
(Linux; elsewhere the process peak so far), per article and as a ratio to the interpreter alone.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from tawatur import pipeline
from tawatur.model import Article, to_dict
from tawatur.pipeline import DEFAULT_ORDER, PipelineConfig, analyze_many

PLACES = (
    "حلب", "إدلب", "حماة", "حمص", "دمشق", "درعا", "السويداء", "القنيطرة", "اللاذقية", "طرطوس",
    "دير الزور", "الرقة", "الحسكة", "القامشلي", "تدمر", "الرستن", "تلبيسة", "سراقب", "معرة النعمان",
    "منبج", "الباب", "جرابلس", "البوكمال", "الميادين", "دوما", "حرستا", "داريا", "الزبداني",
    "بصرى الشام", "نوى", "الصنمين", "خان شيخون", "جسر الشغور", "السخنة", "القصير", "مصياف",
    "سلمية", "صوران", "حلفايا", "عين العرب",
)
ACTORS = ("قوات الحكومة", "فصائل المعارضة", "قوات سوريا الديمقراطية", "تنظيم الدولة",
          "الجيش التركي", "هيئة تحرير الشام", "القوات الروسية")
SOURCES = ("وكالة رويترز", "وكالة سانا", "المرصد السوري لحقوق الإنسان", "مصادر محلية", "ناشطين")
DAYS = ("السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة")
SENTENCES = (
    "سيطرت {a} على مدينة {p} بعد اشتباكات عنيفة مع {b} استمرت عدة ساعات.",
    "قصفت طائرات حربية مواقع في بلدة {p} صباح يوم {d}، ما أدى إلى مقتل {n} مدنيين.",
    "انسحبت {a} من مدينة {p} باتجاه {q} تحت ضغط الهجمات.",
    "ونقلت {s} عن مصدر ميداني قوله إن {a} دخلت أحياء {p} الشرقية.",
    "نزحت مئات العائلات من {p} نحو {q} خلال الأيام الماضية هربا من المعارك.",
    "ونفى مصدر عسكري انسحاب {a} من {p}، مؤكدا أن الوضع تحت السيطرة.",
    "ويتوقع ناشطون أن تتقدم {a} نحو {p} خلال الساعات المقبلة.",
    "خرجت مظاهرات في {p} يوم {d} تطالب بالإفراج عن المعتقلين.",
    "أرسلت {a} تعزيزات عسكرية إلى محيط {p} وريفها.",
    "وأفادت {s} بانشقاق عشرات العناصر من {a} في {p}.",
    "وباتت {a} على بعد {n} كيلومترات من مدينة {q}.",
    "وأعلنت السلطات حظر التجوال في {p} حتى إشعار آخر.",
)
TITLES = ("{a} تعلن السيطرة على {p}", "معارك عنيفة في محيط {p}", "نزوح واسع من {p} نحو {q}")
FURNITURE = ("اقرأ أيضا: تطورات الأوضاع الميدانية في {p}", "شارك هذا المقال", "الأكثر قراءة",
             "جميع الحقوق محفوظة")


def make_articles(n: int, seed: int = 7) -> list[Article]:
    """``n`` reproducible synthetic articles of 5-14 sentences in 2-4 paragraphs."""
    rnd = random.Random(seed)

    def fill(template: str) -> str:
        p, q = rnd.sample(PLACES, 2)
        a, b = rnd.sample(ACTORS, 2)
        return template.format(p=p, q=q, a=a, b=b, s=rnd.choice(SOURCES), d=rnd.choice(DAYS),
                               n=rnd.randint(2, 40))

    out = []
    for i in range(n):
        lines = [fill(rnd.choice(TITLES)), f"{rnd.randint(1, 28)} ديسمبر 2024"]
        for _ in range(rnd.randint(2, 4)):
            lines.append(" ".join(fill(rnd.choice(SENTENCES)) for _ in range(rnd.randint(2, 4))))
        lines += [fill(rnd.choice(FURNITURE)), rnd.choice(FURNITURE[1:])]
        raw = "\n".join(lines)
        out.append(Article(id=f"bench{i:05d}", raw=raw, text=raw, title=lines[0],
                           published=f"2024-12-{rnd.randint(1, 28):02d}", outlet=f"outlet{i % 7}"))
    return out


def available_stages() -> tuple[str, ...]:
    """The default stages whose modules import (the pipeline is assembled by several people)."""
    names = []
    for name in DEFAULT_ORDER:
        try:
            pipeline.get_stage(name)
        except (ImportError, AttributeError) as exc:
            print(f"  (stage {name} skipped: {exc})", file=sys.stderr)
            continue
        names.append(name)
    return tuple(names)


def run(executor: str, n: int, config: PipelineConfig, workers: int) -> tuple[float, float, list[Article]]:
    """(wall seconds, CPU seconds of this process, analysed articles). Serial CPU time is the figure to
    compare on a shared machine: other processes' load stretches wall time, not this one's CPU."""
    articles = make_articles(n)
    t0, c0 = time.perf_counter(), time.process_time()
    done = list(analyze_many(articles, config, executor=executor, workers=workers))
    return time.perf_counter() - t0, time.process_time() - c0, done


def stage_times(n: int, stages: tuple[str, ...]) -> dict[str, float]:
    """Mean CPU milliseconds per article spent in each stage (serial, in this process), after one
    warm-up article so that loading the lexicons is not charged to the first stage that asks."""
    warm = make_articles(1, seed=3)[0]
    for name in stages:
        warm = pipeline.get_stage(name)(warm)
    total = dict.fromkeys(stages, 0.0)
    for art in make_articles(n, seed=11):
        for name in stages:
            t0 = time.process_time()
            art = pipeline.get_stage(name)(art)
            total[name] += time.process_time() - t0
    return {name: 1000 * t / n for name, t in total.items()}


def trafilatura_rate(n: int) -> float | None:
    """Articles per CPU second of ``trafilatura.extract`` alone on the same articles as HTML pages
    (title, one <p> per paragraph, page furniture in nav/footer): the floor a per-article pipeline is
    held to."""
    try:
        import trafilatura
    except ImportError:
        return None
    from html import escape
    pages = []
    for a in make_articles(n):
        lines = a.raw.split("\n")
        body = "".join(f"<p>{escape(x)}</p>" for x in lines[2:-2])
        pages.append(f"<html><head><meta charset='utf-8'><title>{escape(lines[0])}</title></head><body>"
                     f"<nav>{escape(lines[-2])}</nav><article><h1>{escape(lines[0])}</h1><p>{escape(lines[1])}</p>"
                     f"{body}</article><footer>{escape(lines[-1])}</footer></body></html>")
    trafilatura.extract(pages[0])
    t0 = time.process_time()
    for page in pages:
        trafilatura.extract(page)
    return n / (time.process_time() - t0)


def peak_memory(fn: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


_CHILD = """
import resource, sys
from tawatur import cli
rc = 0
try:
    rc = cli.main(sys.argv[1:]) or 0
except SystemExit as exc:
    rc = exc.code or 0
ru = resource.getrusage(resource.RUSAGE_SELF)
print("RUSAGE", ru.ru_utime + ru.ru_stime, ru.ru_maxrss, rc, file=sys.stderr)
"""


_STAGE_CHILD = """
import functools, resource, sys, time
from pathlib import Path
import tawatur.commands.analyze as an
import tawatur.link as link
from tawatur.report import csv_out, html_out, json_out

def status():
    try:
        rows = dict(ln.split(":", 1) for ln in Path("/proc/self/status").read_text().splitlines() if ":" in ln)
        return int(rows["VmHWM"].split()[0]) / 1024, int(rows["VmRSS"].split()[0]) / 1024
    except (OSError, KeyError):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return peak, peak

def reset():
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass

def staged(name, fn, materialise=False):
    @functools.wraps(fn)
    def run(*a, **k):
        reset()
        c0 = time.process_time()
        out = fn(*a, **k)
        out = list(out) if materialise else out
        peak, rss = status()
        print("STAGE", name, peak, rss, time.process_time() - c0, file=sys.stderr, flush=True)
        return out
    return run

print("STAGE interpreter", *status(), 0.0, file=sys.stderr, flush=True)
an.iter_inputs = staged("read", an.iter_inputs, materialise=True)
an.analyze_many = staged("pipeline", an.analyze_many, materialise=True)
link.Linker.add = staged("link.add", link.Linker.add)
link.Linker.analysis = staged("link.analysis", link.Linker.analysis)
json_out.write_analysis_json = staged("analysis.json", json_out.write_analysis_json)
csv_out.write_csv = staged("events.csv", csv_out.write_csv)
json_out.write_geojson = staged("events.geojson", json_out.write_geojson)
html_out.write_html = staged("report.html", html_out.write_html)
from tawatur import cli
cli.main(sys.argv[1:])
"""


def stage_memory(n: int) -> None:
    """Peak and resident MiB of each stage of one ``tawatur analyze`` on ``n`` bench articles."""
    tmp = Path(tempfile.mkdtemp(prefix="tawatur-stages-"))
    src = write_corpus(tmp, n)
    out = subprocess.run([sys.executable, "-c", _STAGE_CHILD, "analyze", str(src), "--out", str(tmp / "out"), "-q"],
                         capture_output=True, text=True, check=True)
    rows = [ln.split() for ln in out.stderr.splitlines() if ln.startswith("STAGE ")]
    base = float(rows[0][2])
    print(f"{n} articles; peak = the stage's own peak resident MiB, rss = resident after it")
    print(f"{'stage':<15} {'peak MiB':>9} {'vs interp.':>10} {'KiB/article':>12} {'rss MiB':>8} {'CPU s':>7}")
    for _, name, peak, rss, cpu in rows:
        pk = float(peak)
        print(f"{name:<15} {pk:>9.0f} {pk / base:>9.2f}x {(pk - base) * 1024 / n:>12.1f} {float(rss):>8.0f} "
              f"{float(cpu):>7.1f}", flush=True)
    print("KiB/article = (stage peak - interpreter alone) / articles; ratio = stage peak / interpreter alone")


def write_corpus(tmp: Path, n: int) -> Path:
    """``n`` bench articles as a JSON Lines file in ``tmp``."""
    src = tmp / f"corpus{n}.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for a in make_articles(n):
            fh.write(json.dumps({"id": a.id, "outlet": a.outlet, "published": a.published,
                                 "title": a.title, "text": a.raw}, ensure_ascii=False) + "\n")
    return src


def child(args: list[str]) -> tuple[float, float]:
    """(CPU seconds, peak RSS MiB) of ``tawatur ARGS`` in a fresh interpreter."""
    out = subprocess.run([sys.executable, "-c", _CHILD, *args], capture_output=True, text=True, check=True)
    line = [ln for ln in out.stderr.splitlines() if ln.startswith("RUSAGE")][-1].split()
    return float(line[1]), float(line[2]) / 1024


def cpu_of(cmd: list[str], repeat: int = 3) -> float:
    """Least CPU seconds (children's user + system) of ``cmd`` over ``repeat`` runs, after a warm-up run.

    The children may write bytecode (``PYTHONDONTWRITEBYTECODE`` is dropped from their environment), as
    an installed interpreter does: the figure is a start-up, not a compilation of the sources."""
    import os
    import resource
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(cmd, capture_output=True, check=True, env=env)
    best = float("inf")
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(cmd, capture_output=True, check=True, env=env)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        best = min(best, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return best


def startup() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="tawatur-startup-"))
    one = tmp / "one.txt"
    one.write_text(make_articles(1)[0].raw, encoding="utf-8")
    base = cpu_of([sys.executable, "-c", "pass"])
    print(f"{'command':<34} {'CPU s':>7} {'vs python -c pass':>18}")
    print(f"{'python -c pass (baseline)':<34} {base:>7.3f} {1:>17.1f}x")
    for label, args in (("tawatur --help", ["--help"]),
                        ("tawatur analyze one article", ["analyze", str(one), "--out", str(tmp / "out"), "-q"])):
        cpu = cpu_of([sys.executable, "-m", "tawatur", *args])
        print(f"{label:<34} {cpu:>7.3f} {cpu / base:>17.1f}x", flush=True)


def analyze_sizes(sizes: list[int]) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="tawatur-sizes-"))
    print(f"{'articles':>9} {'CPU s':>8} {'ms/article':>11} {'vs first':>9} {'peak MiB':>9} "
          f"{'MiB/article':>12} {'vs first':>9} {'analysis.json MiB':>18}")
    base_t = base_m = 0.0
    for n in sizes:
        src = write_corpus(tmp, n)
        cpu, rss = child(["analyze", str(src), "--out", str(tmp / f"out{n}"), "-q"])
        per_t, per_m = cpu / n * 1000, rss / n
        base_t, base_m = base_t or per_t, base_m or per_m
        size = (tmp / f"out{n}" / "analysis.json").stat().st_size / 2**20
        print(f"{n:>9} {cpu:>8.1f} {per_t:>11.1f} {per_t / base_t:>8.2f}x {rss:>9.0f} {per_m:>12.3f} "
              f"{per_m / base_m:>8.2f}x {size:>18.1f}", flush=True)
    print("peak MiB = peak resident memory of the whole analyze process (interpreter and lexicons included)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=400, help="articles (default 400)")
    ap.add_argument("--workers", type=int, default=2, help="process/dask workers (default 2)")
    ap.add_argument("--executors", default="serial,process,dask")
    ap.add_argument("--no-memory", action="store_true", help="skip the tracemalloc pass")
    ap.add_argument("--startup", action="store_true", help="only the start-up CPU figures")
    ap.add_argument("--analyze-sizes", default="", help="only whole-analyze figures at these sizes")
    ap.add_argument("--stage-memory", type=int, default=0, help="only peak memory per stage at this size")
    args = ap.parse_args(argv)
    if args.stage_memory:
        stage_memory(args.stage_memory)
        return 0
    if args.startup:
        startup()
        return 0
    if args.analyze_sizes:
        analyze_sizes([int(x) for x in args.analyze_sizes.split(",")])
        return 0
    config = PipelineConfig(stages=available_stages())
    print(f"{args.n} articles, stages: {', '.join(config.stages)}, workers: {args.workers}", flush=True)
    per_stage = stage_times(min(args.n, 50), config.stages)
    print("ms/article by stage: " + ", ".join(f"{k} {v:.1f}" for k, v in per_stage.items()), flush=True)
    print(f"{'executor':<9} {'seconds':>8} {'art/s':>8} {'vs serial':>9} {'events':>7} {'peak MiB':>9} "
          f"{'CPU art/s':>10}")
    base: float | None = None
    serial_rate = serial_cpu_rate = 0.0
    reference: list | None = None
    for ex in [e.strip() for e in args.executors.split(",") if e.strip()]:
        secs, cpu, done = run(ex, args.n, config, args.workers)
        rate = args.n / secs
        base = base or rate
        serial_rate = rate if ex == "serial" else serial_rate
        serial_cpu_rate = args.n / cpu if ex == "serial" else serial_cpu_rate
        events = [to_dict(a.events) for a in done]
        failed = sum(1 for a in done if a.meta.get("failed"))
        same = "" if reference is None or events == reference else "  DIFFERS FROM SERIAL"
        reference = reference if reference is not None else events
        mem = "-" if args.no_memory else \
            f"{peak_memory(lambda ex=ex: run(ex, args.n, config, args.workers)) / 2**20:.1f}"
        # the parent's CPU leaves out worker processes: a CPU rate is shown for the serial run only
        cpu_rate = f"{args.n / cpu:>10.1f}" if ex == "serial" else f"{'-':>10}"
        print(f"{ex:<9} {secs:>8.2f} {rate:>8.1f} {rate / base:>8.2f}x {sum(map(len, events)):>7} "
              f"{mem:>9} {cpu_rate}{same}" + (f"  ({failed} failed)" if failed else ""), flush=True)
    print("peak MiB = Python allocations traced in this process only; worker processes not included")
    tf = trafilatura_rate(args.n)
    if tf and serial_cpu_rate:
        print(f"trafilatura.extract alone on the same articles as HTML: {tf:.1f} art/CPU s; the serial pipeline "
              f"takes {tf / serial_cpu_rate:.2f}x its CPU time per article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
