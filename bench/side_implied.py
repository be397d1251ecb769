"""Side agreement of the events whose side is only implied (rule side:implied: no agent named, the story's or the
last event's side lent to a pro-drop subject), on attack and casualties, sorted by a rough construction (task
side29): which constructions the implication gets wrong more often than right, and in how many sets.

Usage: python bench/side_implied.py KEPT_DIR [KEPT_DIR ...] [--pairs CONSTRUCTION]
Each KEPT_DIR is what ``bench/own_articles.py bench/SET --keep KEPT_DIR`` wrote (its last folder name the set's
folder under bench/), or a folder seeds, dev or train that ``bench/eval_seeds.py --keep DIR`` wrote. Never give it
a held-out set. The construction is guessed from the evidence's words (the era from the event's date: after
8 December 2024 "post"), so it is a first sort for a reader; ``--pairs`` lists one construction's wrong pairs.
"""
from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _matched import SideTally, evidence_text, matched, scorer  # noqa: E402

from tawatur.clean.normalize import fold_text  # noqa: E402

BENCH = Path(__file__).resolve().parent
EVAL = BENCH.parents[1] / "shared" / "eval"
FALL = "2024-12-09"
# rough word classes over folded words (a bench sort, not a rule of the pipeline)
FIGHTERS = {fold_text(w) for w in "عنصر عنصرا عنصران عنصرين عناصر عناصرنا عناصرها جندي جنديا جنود جنديين مقاتل مقاتلا "
            "مقاتلين مقاتلو مسلح مسلحا مسلحين مسلحون ضابط ضباط افراد ارهابيا ارهابيين".split()}
CIVILIANS = {fold_text(w) for w in "مدني مدنيا مدنيين مدنيون طفل طفلا طفلان اطفال امراه نساء شخص شخصا شخصين اشخاص "
             "مواطن مواطنين سكان عامل عاملين شاب".split()}
CLASH = {fold_text(w) for w in "اشتباك اشتباكات الاشتباكات مواجهات المواجهات معارك المعارك معركه المعركه "
         "اقتتال تبادل".split()}
UNDERGONE = {fold_text(w) for w in "تعرض تعرضت تعرضتا يتعرض تتعرض سقطت سقوط سقط انفجار انفجرت".split()}
POST_FOES = {fold_text(w) for w in "النظام فلول الفلول العشائر عشائر محليين المحليه مجهولون مجهولين".split()}


def construction(etype: str, era: str, text: str) -> str:
    """A rough construction of one implied event from its evidence's words."""
    ws = {fold_text(w) for w in text.split()}
    if etype == "casualties":
        kind = "toll of fighters" if ws & FIGHTERS else "toll of civilians" if ws & CIVILIANS else "toll, no victims"
    else:
        kind = "unnamed clash" if ws & CLASH else "undergone/fell" if ws & UNDERGONE else "unnamed strike"
    if era == "post" and ws & POST_FOES:
        kind += " (regime/remnants/local)"
    return f"{etype:10s} {era:4s} {kind}"


def gold_file(kept: Path) -> Path:
    """The gold file of a kept folder: a shared set's, or the bench set's of the same name."""
    if kept.name == "seeds":
        return EVAL / "gold_events.jsonl"
    if kept.name in ("dev", "train"):
        return EVAL / kept.name / "gold_events.jsonl"
    return BENCH / kept.name / "gold_events.jsonl"


def main() -> int:
    sc = scorer()
    args = [a for a in sys.argv[1:]]
    show = args[args.index("--pairs") + 1] if "--pairs" in args else None
    dirs = [a for i, a in enumerate(args) if not a.startswith("--") and (i == 0 or args[i - 1] != "--pairs")]
    if sc is None or not dirs:
        print(__doc__)
        return 0
    tally = SideTally()
    for kept in map(Path, dirs):
        pairs = matched(sc, SimpleNamespace(gold=str(gold_file(kept)), analysis=str(kept / "analysis.json"), fold=""))
        for g, s in pairs:
            if not s.get("rule", "").endswith("side:implied") or g["type"] not in ("attack", "casualties"):
                continue
            era = "post" if str(g.get("date") or "")[:10] >= FALL else "pre"
            text = evidence_text(s.get("evidence"))
            key = construction(g["type"], era, text)
            gs, ss = sc.side_of(g), sc.side_of(s)
            if not tally.add(key, gs, ss, kept.name) and show and show in key:
                print(f"{kept.name} {sc.article_of(g)} gold={gs} sys={ss}: {text[:160]}")
    for key in tally.keys():
        print(f"{key:58s} right {tally.right[key]:4d} wrong {tally.wrong[key]:4d} sets {len(tally.sets[key]):2d}  "
              f"{tally.top(key)}")
    print(f"{'all':58s} right {sum(tally.right.values()):4d} wrong {sum(tally.wrong.values()):4d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
