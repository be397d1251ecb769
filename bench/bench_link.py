"""Benchmark the incremental Linker: time per article as a date-ordered corpus grows (linear = 1.0).

    python bench/bench_link.py [--sizes 1000,5000,10000] [--batch 200] [--per-day 20]
    python bench/bench_link.py --sizes 1000,4000 --executors serial,process,dask   # parallel link

Articles are composed deterministically from Arabic sentences written for this bench: each story is
one happening (a type, a place, an actor, a day) told by 2-6 outlets in recombined sentences over a
few days, mixed with background sentences, about ``--per-day`` articles a day (so a bigger corpus
covers a longer time, as a growing archive does) and linked in date order. Prints, per size,
the time per article, its ratio to the smallest size measured in the same run (1.0 = linear), the
number of stories, the largest story's share of the articles (a chained giant cluster shows here)
and the pairwise story precision/recall against the generator's stories. When the evaluation data
sits next to the repo (../shared/eval), it also links the gold events and prints the pairwise
cross-article link P/R/F1 against the annotators' clusters.
"""
from __future__ import annotations

import argparse
import itertools
import json
import random
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from tawatur.link import Linker
from tawatur.model import Actor, Article, Event, EventDate, Evidence, Place, Source

PLACES = (
    ("حلب", 36.20, 37.16), ("إدلب", 35.93, 36.63), ("حماة", 35.13, 36.75), ("حمص", 34.73, 36.71),
    ("درعا", 32.62, 36.10), ("السويداء", 32.71, 36.57), ("اللاذقية", 35.52, 35.78), ("دير الزور", 35.33, 40.14),
    ("الرقة", 35.95, 39.01), ("الحسكة", 36.50, 40.75), ("القامشلي", 37.05, 41.23), ("تدمر", 34.56, 38.28),
    ("الرستن", 34.93, 36.73), ("تلبيسة", 34.84, 36.73), ("سراقب", 35.86, 36.80), ("معرة النعمان", 35.65, 36.68),
    ("منبج", 36.53, 37.95), ("الباب", 36.37, 37.52), ("جرابلس", 36.82, 38.01), ("البوكمال", 34.45, 40.92),
    ("الميادين", 35.02, 40.45), ("دوما", 33.57, 36.40), ("حرستا", 33.56, 36.37), ("داريا", 33.46, 36.24),
    ("الزبداني", 33.72, 36.10), ("بصرى الشام", 32.52, 36.48), ("نوى", 32.89, 36.04), ("خان شيخون", 35.44, 36.65),
    ("جسر الشغور", 35.81, 36.32), ("القصير", 34.51, 36.58), ("مصياف", 35.07, 36.34), ("سلمية", 35.01, 37.05),
)
ACTORS = (("قوات الحكومة", "government"), ("فصائل المعارضة", "opposition"),
          ("قوات سوريا الديمقراطية", "sdf"), ("تنظيم الدولة", "isis"), ("الجيش التركي", "turkey"))
AGENCIES = ("وكالة سانا", "وكالة رويترز", "المرصد السوري", "مصادر محلية", "ناشطون")
TYPES = ("take_control", "attack", "withdraw", "displacement", "deploy", "casualties")
CORE = {  # sentences that tell the story's happening; {p} place, {a} actor, {s} source, {n} number
    "take_control": ("سيطرت {a} على مدينة {p} بعد معارك استمرت ساعات",
                     "أعلنت {a} بسط سيطرتها الكاملة على {p} وفق ما نقلت {s}",
                     "دخلت {a} أحياء {p} ورفعت أعلامها فوق المباني الحكومية",
                     "باتت مدينة {p} تحت سيطرة {a} بعد انهيار خطوط الدفاع"),
    "attack": ("قصفت {a} أحياء {p} بالمدفعية الثقيلة ما أدى إلى سقوط جرحى",
               "استهدف قصف {a} سوقا شعبيا في {p} بحسب {s}",
               "تعرضت {p} لقصف عنيف من {a} طال منازل المدنيين",
               "أفادت {s} بأن {a} شنت هجوما على مواقع في محيط {p}"),
    "withdraw": ("انسحبت {a} من مدينة {p} تحت ضغط الهجمات المتواصلة",
                 "أخلت {a} مواقعها في {p} ونقلت عتادها نحو الجنوب",
                 "قالت {s} إن {a} غادرت {p} خلال الليل"),
    "displacement": ("نزحت مئات العائلات من {p} هربا من المعارك",
                     "قالت {s} إن {n} عائلة غادرت {p} نحو المخيمات",
                     "تشهد الطرق الخارجة من {p} حركة نزوح واسعة"),
    "deploy": ("أرسلت {a} تعزيزات عسكرية إلى محيط {p}",
               "وصلت أرتال من {a} إلى أطراف {p} وفق {s}",
               "دفعت {a} بمئات المقاتلين نحو جبهات {p}"),
    "casualties": ("قتل {n} مدنيين في {p} جراء القصف بحسب {s}",
                   "ارتفعت حصيلة ضحايا القصف على {p} إلى {n} قتلى",
                   "وثقت {s} مقتل {n} أشخاص في {p} خلال يوم واحد"),
}
# Background sentences are recombined from three parts (16 x 16 x 8), so two reports rarely share one.
BG_SUBJECT = ("وتشهد المنطقة", "ويعيش السكان", "وتعاني القرى المجاورة", "وتعيش الأسواق", "وتمر المدينة",
              "وتشهد الطرق الرئيسية", "ويواجه المزارعون", "وتعيش المخيمات القريبة", "ويشكو الموظفون",
              "وتعاني المدارس", "ويواجه التجار", "وتشهد الأفران", "وتعاني المستشفيات الميدانية",
              "ويعيش النازحون", "وتواجه البلديات", "ويشكو سائقو النقل")
BG_STATE = ("توترا متصاعدا", "ظروفا صعبة", "نقصا حادا في الوقود", "شحا في المواد الغذائية",
            "انقطاعا متكررا للكهرباء", "ارتفاعا في الأسعار", "ركودا غير مسبوق", "حالة من الترقب",
            "ضغطا كبيرا على الموارد", "صعوبة في تأمين الأدوية", "أزمة في مياه الشرب", "تراجعا في الرواتب",
            "ازدحاما على محطات الوقود", "تأخرا في وصول المساعدات", "أضرارا في شبكة الاتصالات",
            "قلقا من موجة نزوح جديدة")
BG_TIME = ("منذ أسابيع", "منذ مطلع الشهر", "خلال الأيام الماضية", "وسط مخاوف من الأسوأ",
           "مع اقتراب فصل الشتاء", "في ظل غياب الخدمات", "بحسب شهادات الأهالي", "وفق منظمات إغاثية")


DETAIL = ("وقال {who} إن الاشتباكات تركزت قرب حي {where}",
          "وأكد {who} أن طريق {where} بات مقطوعا",
          "ونقل عن {who} قوله إن المدنيين لجؤوا إلى أقبية {where}",
          "وأشار {who} إلى أن مستشفى {where} استقبل عددا من المصابين",
          "وبحسب {who} فإن الأهالي غادروا حي {where} باتجاه الريف")
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def background(rng: random.Random) -> str:
    return f"{rng.choice(BG_SUBJECT)} {rng.choice(BG_STATE)} {rng.choice(BG_TIME)}"


def made_up(rng: random.Random) -> str:
    """A made-up proper name (a neighbourhood, a spokesman): what makes one story's pages alike."""
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(4, 7)))


def make_articles(n: int, seed: int = 1, per_day: int = 40) -> tuple[list[Article], dict[str, int]]:
    """(``n`` articles in date order, about ``per_day`` a day, article id -> generating story)."""
    rng = random.Random(seed)
    day0 = date(2016, 1, 1)
    span = max(30, n // per_day)
    arts: list[Article] = []
    truth: dict[str, int] = {}
    story = 0
    while len(arts) < n:
        story += 1
        name, lat, lon = rng.choice(PLACES)
        place = Place(name=name, name_en=name, lat=lat, lon=lon, kind="city", gazetteer_id=f"g-{name}")
        typ = rng.choice(TYPES)
        actor, side = rng.choice(ACTORS)
        start = day0 + timedelta(days=rng.randrange(span))
        names = {"who": f"{made_up(rng)} {made_up(rng)}", "where": made_up(rng)}
        for k in range(min(rng.randint(2, 6), n - len(arts))):
            day = start + timedelta(days=rng.randrange(3))
            fill = dict(p=name, a=actor, s=rng.choice(AGENCIES), n=rng.randint(3, 60))
            sents = [t.format(**fill) for t in rng.sample(CORE[typ], min(3, len(CORE[typ])))]
            sents += [t.format(**names) for t in rng.sample(DETAIL, rng.randint(2, 4))]
            sents += [background(rng) for _ in range(rng.randint(4, 12))]  # a page of 1-2 KB
            rng.shuffle(sents)
            text = "، ".join(sents) + "."
            aid = f"s{story}-{k}"
            src = fill["s"]
            art = Article(id=aid, outlet=f"outlet{rng.randrange(12)}", published=day.isoformat(),
                          title=sents[0], text=text, raw=text)
            art.events.append(Event(
                id=f"{aid}-e", article=aid, type=typ, place=place, actor=Actor(name=actor, side=side),
                source=Source(name=src, name_en=src, chain=[src]), date=EventDate(value=day.isoformat()),
                evidence=Evidence(text[:60], 0, 60)))
            arts.append(art)
            truth[aid] = story
    arts.sort(key=lambda a: (a.published or "", a.id))
    return arts, truth


def story_pairs(an_stories: list, truth: dict[str, int]) -> tuple[float, float]:
    """Pairwise precision and recall of the stories against the generating stories."""
    sys_pairs = sum(len(s.articles) * (len(s.articles) - 1) // 2 for s in an_stories)
    both = 0
    for s in an_stories:
        for n in Counter(truth[a] for a in s.articles).values():
            both += n * (n - 1) // 2
    gold = sum(n * (n - 1) // 2 for n in Counter(truth.values()).values())
    return (both / sys_pairs if sys_pairs else 1.0), (both / gold if gold else 1.0)


def run(sizes: list[int], batch: int, per_day: int) -> None:
    base = None
    print(f"{'articles':>9} {'merged':>7} {'stories':>7} {'largest':>8} {'story P':>8} {'story R':>8} "
          f"{'seconds':>8} {'ms/article':>11} {'vs first':>9} {'last batch ms/art':>18}")
    for n in sizes:
        arts, truth = make_articles(n, per_day=per_day)
        linker = Linker()
        t0 = time.process_time()
        last = 0.0
        for k in range(0, n, batch):
            t1 = time.process_time()
            linker.add(arts[k:k + batch])
            last = (time.process_time() - t1) / len(arts[k:k + batch]) * 1000
        an = linker.analysis()
        dt = time.process_time() - t0
        per = dt / n * 1000
        base = base or per
        largest = max((len(s.articles) for s in an.stories), default=0) / n
        p, r = story_pairs(an.stories, truth)
        print(f"{n:>9} {len(an.merged_events):>7} {len(an.stories):>7} {largest:>8.1%} {p:>8.3f} {r:>8.3f} "
              f"{dt:>8.2f} {per:>11.2f} {per / base:>8.2f}x {last:>18.2f}", flush=True)
    print("CPU seconds (process time); 'vs first' = ms/article relative to the first size (1.00x = linear)")


def gold_links() -> None:
    shared = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
    for path in (shared / "gold_events.jsonl", shared / "dev" / "gold_events.jsonl"):
        if not path.exists():
            continue
        arts: dict[str, Article] = {}
        gold: dict[str, str] = {}
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            g = json.loads(line)
            art = arts.setdefault(g["article"], Article(id=g["article"], outlet=g["article"],
                                                        published=g.get("date")))
            eid = f"{g['article']}-{i}"
            gold[eid] = g["cluster"]
            art.events.append(Event(
                id=eid, article=g["article"], type=g["type"], polarity=g.get("polarity", "asserted"),
                place=Place(name=g["place"], name_en=g.get("place_en", ""), lat=g.get("lat"),
                            lon=g.get("lon"), aliases=g.get("aliases", [])),
                actor=Actor(side=g.get("actor_side", "unknown")),
                source=Source(name=g.get("source", ""), name_en=g.get("source", ""), chain=[g.get("source", "")]),
                date=EventDate(value=g.get("date", "")), quantity=g.get("quantity")))
        linker = Linker()
        linker.add(list(arts.values()))
        evs = linker.analysis().events
        gl, sl = set(), set()
        for a, b in itertools.combinations(evs, 2):
            if a.article != b.article:
                if gold[a.id] == gold[b.id]:
                    gl.add((a.id, b.id))
                if a.cluster == b.cluster:
                    sl.add((a.id, b.id))
        tp = len(gl & sl)
        p, r = (tp / len(sl) if sl else 0.0), (tp / len(gl) if gl else 0.0)
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"gold events {path.parent.name}/{path.name}: links P {p:.3f} R {r:.3f} F1 {f:.3f} "
              f"({len(evs)} events)")


def executors(sizes: list[int], names: list[str], workers: int, per_day: int) -> None:
    """One Linker over the whole corpus (in one add) against ``link_parallel`` on each executor:
    wall seconds, the ratio to the serial Linker measured in the same run, and whether the analysis
    is the same. The components column says how far the corpus splits (the largest one bounds the
    speed-up)."""
    import copy

    from tawatur.link.parallel import components, link_parallel
    from tawatur.model import to_dict

    print(f"\n{'articles':>9} {'components':>10} {'largest':>8} {'executor':>14} {'seconds':>8} "
          f"{'vs Linker':>9} {'same':>5}")
    for n in sizes:
        arts, _ = make_articles(n, per_day=per_day)
        comps = components(arts)
        t0 = time.perf_counter()
        linker = Linker()
        linker.add(copy.deepcopy(arts))
        ref = to_dict(linker.analysis())
        base = time.perf_counter() - t0
        print(f"{n:>9} {len(comps):>10} {max(map(len, comps)) / n:>8.1%} {'Linker (base)':>14} "
              f"{base:>8.2f} {1:>8.2f}x {'':>5}", flush=True)
        for ex in names:
            t0 = time.perf_counter()
            got = to_dict(link_parallel(copy.deepcopy(arts), executor=ex, workers=workers))
            dt = time.perf_counter() - t0
            print(f"{n:>9} {len(comps):>10} {max(map(len, comps)) / n:>8.1%} {ex:>14} {dt:>8.2f} "
                  f"{dt / base:>8.2f}x {'yes' if got == ref else 'NO':>5}", flush=True)
    print("wall seconds; 'vs Linker' = time relative to one serial Linker (below 1.00x = faster)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,5000,10000")
    ap.add_argument("--batch", type=int, default=200)
    ap.add_argument("--per-day", type=int, default=40,
                    help="articles a day (the corpus covers sizes/per_day days; default 40)")
    ap.add_argument("--no-gold", action="store_true", help="skip the gold-event link scores")
    ap.add_argument("--executors", default="",
                    help="also link with link_parallel on these executors (serial,process,dask) and "
                         "compare with one Linker: time ratio and same analysis")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    if args.executors:
        executors(sizes, [e for e in args.executors.split(",") if e], args.workers, args.per_day)
        return
    run(sizes, args.batch, args.per_day)
    if not args.no_gold:
        gold_links()


if __name__ == "__main__":
    main()
