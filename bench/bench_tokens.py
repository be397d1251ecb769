"""What the one token layer saves: the reading stages with the tokens segment built once, against the same
stages when every stage tokenises each sentence again (its tokens cleared before it runs, which is
what the four tokenizers did before issue 11), on the same generated articles in this process.

Run: ``python bench/bench_tokens.py [N]`` (default 200 articles). Prints seconds per pass for each
mode (best of three) and the ratio; checks both modes give the same mentions and events. Nothing is
asserted about time: numbers only.
"""
from __future__ import annotations

import random
import sys
import time

from tawatur.model import Article, to_dict
from tawatur.pipeline import DEFAULT_ORDER, get_stage

PLACES = ["حلب", "إدلب", "حماة", "حمص", "درعا", "دير الزور", "الرقة", "القامشلي", "معرة النعمان", "سراقب"]
VERBS = ["سيطرت قوات", "قصفت قوات", "انسحبت قوات", "تقدمت قوات", "اشتبكت قوات"]
SIDES = ["النظام", "المعارضة", "سوريا الديمقراطية"]


def article(i: int, rng: random.Random) -> Article:
    paras = "\n".join(
        f"{rng.choice(VERBS)} {rng.choice(SIDES)} على مواقع في مدينة {rng.choice(PLACES)} أمس، "
        f"وقال مصدر محلي إن {rng.randint(2, 40)} شخصا قتلوا في المعارك التي استمرت ساعات، "
        f"بحسب ما نقلت وكالة محلية عن شهود في بلدة {rng.choice(PLACES)}." for _ in range(rng.randint(4, 10)))
    return Article(id=f"b{i}", raw=paras, published="2019-08-22")


def run(articles: list[Article], shared: bool) -> tuple[float, list]:
    """Segment, then the readers and the extractor; ``shared=False`` clears the tokens before each."""
    stages = [get_stage(n) for n in DEFAULT_ORDER if n != "clean"]
    out = []
    t0 = time.perf_counter()
    for a in articles:
        a = Article(id=a.id, raw=a.raw, published=a.published)
        for k, stage in enumerate(stages):
            if k and not shared:
                for s in a.sentences:
                    s.tokens = []
            a = stage(a)
        out.append(a)
    return time.perf_counter() - t0, out


def main(n: int = 200) -> None:
    rng = random.Random(7)
    articles = [article(i, rng) for i in range(n)]
    run(articles[:5], True)  # load lexicons, gazetteer and lemma forms once
    best: dict[bool, float] = {}
    results = {}
    for shared in (True, False, True, False, True, False):
        t, out = run(articles, shared)
        best[shared] = min(best.get(shared, t), t)
        results[shared] = [(to_dict(a.mentions), to_dict(a.events)) for a in out]
    assert results[True] == results[False], "the modes must read the same mentions and events"
    print(f"{n} articles, {sum(a.raw.count(chr(10)) + 1 for a in articles)} paragraphs")
    print(f"tokens built once by segment : {best[True]:.3f} s")
    print(f"every stage tokenises again  : {best[False]:.3f} s")
    print(f"ratio (again / once)         : {best[False] / best[True]:.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
