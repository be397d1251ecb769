"""What extract/dedupe.py merges wrongly and what it leaves told twice, against a gold set (task dedupe19).

Usage: python bench/dedupe_errors.py DIR [DIR ...] [--list]
DIR holds texts.jsonl and gold_events.jsonl (a bench/articles* folder, ../shared/eval/dev or train). Never run it on
a held-out set (articles_last, articles_heldout16/17, ...): it prints their evidence.

Each article is analysed with the events dedupe received kept aside; its output is matched to gold as score.py
matches (one to one, type, polarity and place by name or 10 km). Counted:
- wrong merge: a gold event missed while an event dedupe dropped would have matched it, by how the dropped one
  differs from the one kept at its place (another side, another date, an expected one beside the done one);
- told twice: a spurious event beside a matched event of its type and polarity, by how its place relates to the
  matched one's (the same place, a countryside or governorate around it, a toll at another place, near);
- date lost / source lost: a matched event whose date (source) differs from gold's while an event dedupe folded
  into it had gold's.
The matching is score.py's, the classes are approximate: read the --list lines before writing a rule."""
from __future__ import annotations

import argparse
import copy
import json
import sys
from collections import Counter
from pathlib import Path

import tawatur.extract.events as events_stage
from tawatur.extract import dedupe as dedupe_module
from tawatur.model import Article, to_dict
from tawatur.pipeline import analyze

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
_SEEN: dict[str, list] = {}


def _spy(events: list, *rest: object) -> list:
    _SEEN["before"] = [copy.deepcopy(e) for e in events]
    return dedupe_module.dedupe(events, *rest)  # (the stage passes the sentences' texts too)


def _short(e: dict) -> str:
    p = (e.get("place") or {}).get("name")
    return f'{e["type"]}@{p}@{e["polarity"]}@{e["actor"]["side"]} s{e["sentence"]} {(e.get("date") or {}).get("value")}'


def _wrong_merge(score, g: dict, dropped: list[dict], out: list[dict]) -> tuple[str, dict] | None:
    for d in dropped:
        if d["type"] != g["type"] or d["polarity"] != g.get("polarity", "asserted") \
                or not score.place_score(score.gold_place(g), score.sys_place(d)):
            continue
        kept = [k for k in out if k["type"] == d["type"] and score.place_score(score.gold_place(g), score.sys_place(k))]
        if any(k["polarity"] != d["polarity"] for k in kept) or d["polarity"] == "expected":
            return "expected beside done", d
        if any(k["actor"]["side"] != d["actor"]["side"] for k in kept):
            return "another side" + (" (a guess)" if d["rule"].endswith("side:implied") else ""), d
        if any(score.date_of(k)[:7] != score.date_of(d)[:7] for k in kept):
            return "another date", d
        return "same side and month", d
    return None


def _told_twice(score, s: dict, pairs: list) -> tuple[str, dict] | None:
    for _, m in pairs:
        if m["type"] != s["type"] or m["polarity"] != s["polarity"]:
            continue
        sp, mp = s.get("place") or {}, m.get("place") or {}
        if sp.get("name") == mp.get("name"):
            return "same place, another side", m
        if sp.get("kind") in ("countryside", "governorate") and sp.get("admin1") == mp.get("admin1"):
            return f"{sp['kind']} around the place" + (", one sentence" if s["sentence"] == m["sentence"] else ""), m
        if s["type"] == "casualties" and sp.get("admin1") == mp.get("admin1"):
            return "toll at another place" + (", one sentence" if s["sentence"] == m["sentence"] else ""), m
        if sp.get("lat") and mp.get("lat") and score.km((sp["lat"], sp["lon"]), (mp["lat"], mp["lon"])) < 30:
            return "near place (<30 km)", m
    return None


def run(folder: Path, counts: Counter, show: bool) -> None:
    sys.path.insert(0, str(EVAL))
    import score  # noqa: PLC0415 (../shared/eval/score.py, found at run time)

    gold = score.load_events(str(folder / "gold_events.jsonl"))
    for line in (folder / "texts.jsonl").read_text(encoding="utf-8").splitlines():
        t = json.loads(line)
        aid = score.article_of({"article": t["id"]})
        art = analyze(Article(id=t["id"], raw=t["text"], published=t.get("published"), title=t.get("title")))
        out = [dict(to_dict(e), article=aid) for e in art.events]
        ids = {e["id"] for e in out}
        dropped = [d for d in (dict(to_dict(e), article=aid) for e in _SEEN.pop("before", [])) if d["id"] not in ids]
        gs = [g for g in gold if score.article_of(g) == aid]
        pairs = score.match(gs, out)
        got, used = {id(g) for g, _ in pairs}, {id(s) for _, s in pairs}
        found = [("wrong merge", _wrong_merge(score, g, dropped, out), g) for g in gs if id(g) not in got]
        found += [("told twice", _told_twice(score, s, pairs), s) for s in out if id(s) not in used]
        for g, m in pairs:
            twins = [d for d in dropped if d["type"] == m["type"] and d["polarity"] == m["polarity"]
                     and score.place_score(score.gold_place(g), score.sys_place(d))]
            day = str(g.get("date") or "")
            if day and not score.date_of(m).startswith(day) and any(score.date_of(d).startswith(day) for d in twins):
                found.append(("date lost", ("a folded telling had gold's date", m), g))
            src = score.source_of(g)
            if src and src != score.source_of(m) and any(score.source_of(d) == src for d in twins):
                found.append(("source lost", ("a folded telling had gold's source", m), g))
        for kind, hit, e in found:
            if hit is None:
                continue
            counts[(kind, hit[0])] += 1
            if show:
                what = _short(e) if "place" in e and isinstance(e["place"], dict) else \
                    f'{e["type"]}@{e.get("place")}@{e.get("actor_side")} {e.get("date")}'
                print(f"{folder.name} {aid} {kind} [{hit[0]}] {what} | {_short(hit[1])}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--list", action="store_true", help="print each case")
    args = ap.parse_args()
    if not (EVAL / "score.py").exists():
        print("../shared/eval/score.py is not here: nothing to score")
        return 0
    events_stage.dedupe = _spy  # the stage calls dedupe by the name it imported
    counts: Counter = Counter()
    for folder in args.dirs:
        run(folder, counts, args.list)
    for (kind, why), n in sorted(counts.items()):
        print(f"{n:4d}  {kind}: {why}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
