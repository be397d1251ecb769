"""Happenings read without a place (task placeless41, issue 12): gold events that no system event touches (no
system evidence overlaps the gold evidence) although a trigger of the gold type WAS read in the gold evidence and
dropped because the extractor found no place for it (``extract/events.py`` calls ``note_unplaced`` there; this
script replaces that no-op to record each drop).

Usage: python bench/placeless.py [--sets a,b] [--list CLASS] [--held-out]
Classes, by where the gold place is:
- elsewhere: the gold place is not named in the sentence (a back-reference, the battle just told, the story's
  place);
- scoped-out: named in the sentence and read there as a place mention, yet not given to the trigger (another
  clause, a locator, an actor's seat ...);
- unread: named in the sentence but read as no place mention there (gazetteer, name recognition).
Each class is split by whether the gold place is known to the gazetteer.
``--list CLASS`` prints the examples of a class (readable sets only). ``--held-out`` counts the held-out sets
(bench/_heldout.py) by number only: it never prints their text, and refuses ``--list``.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _heldout import HELD_OUT  # noqa: E402
from _matched import scorer  # noqa: E402
from rule_precision import readable_sets  # noqa: E402
from wrong_places import fold, gold_names  # noqa: E402

BENCH = Path(__file__).resolve().parent
CLASSES = ("elsewhere", "scoped-out", "unread")


def _drops(articles_file: Path) -> tuple[dict, dict]:
    """The analysed articles by id and, for each, the (start, end, type, text) of every placeless drop."""
    from tawatur.extract import events
    from tawatur.ingest import iter_articles
    from tawatur.pipeline import analyze

    seen: list = []

    def note(view, m, etype):  # noqa: ANN001, ANN202
        toks = view.toks
        start, end = toks[m.i].start, toks[max(m.i, m.j - 1)].end
        seen.append((start, end, etype))

    events.note_unplaced = note
    arts, drops = {}, {}
    for a in iter_articles([str(articles_file)]):
        seen.clear()
        a = analyze(a)
        arts[a.id] = a
        drops[a.id] = list(seen)
    return arts, drops


def classify(sc, name: str, gz) -> list[tuple[str, bool, dict, str, str]]:  # noqa: ANN001
    """(class, known to the gazetteer, gold event, trigger text, sentence text) of each placeless gold event."""
    here = BENCH / name
    arts, drops = _drops(here / "texts.jsonl")
    out = []
    for g in sc.load_events(str(here / "gold_events.jsonl")):
        a = arts.get(sc.article_of(g))
        if a is None or not g.get("evidence"):
            continue
        raw = a.raw or a.text  # (offsets of tokens, evidences, sentences and mentions are into the raw text)
        i = raw.find(g["evidence"][:60])
        if i < 0:
            continue
        j = i + len(g["evidence"])
        if any(e.evidence and e.evidence.start < j and i < e.evidence.end for e in a.events):
            continue
        hit = [(s, e) for s, e, t in drops[a.id] if s < j and i < e and t == g["type"]]
        if not hit:
            continue
        sent = next((s for s in a.sentences if s.start <= i < s.end), None)
        stext = fold(sent.text) if sent else ""
        names = gold_names(g)
        in_sentence = any(x in stext for x in names) or any(x in fold(g["evidence"]) for x in names)
        ment = [m for m in a.mentions if m.kind == "place" and sent and sent.start <= m.start < sent.end]
        read = any(any(x in fold(m.text) or fold(m.text) in x for x in names) for m in ment)
        cls = "elsewhere" if not in_sentence else ("scoped-out" if read else "unread")
        known = bool(gz.candidates(g.get("place") or "")[0])
        out.append((cls, known, g, raw[hit[0][0]:hit[0][1]], sent.text if sent else ""))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default="", help="article sets to read (default: every readable set)")
    ap.add_argument("--list", choices=CLASSES, help="print the examples of a class (readable sets only)")
    ap.add_argument("--held-out", action="store_true", help="count the held-out sets, by number only")
    args = ap.parse_args()
    sc = scorer()
    if sc is None:
        print("../shared/eval/score.py is not here: nothing to score")
        return 0
    if args.held_out:
        if args.list or args.sets:
            print("--held-out counts only: no --list, no --sets")
            return 2
        names = sorted(n for n in HELD_OUT if (BENCH / n / "gold_events.jsonl").exists())
    else:
        names = [s.strip() for s in args.sets.split(",") if s.strip()] or readable_sets()
        if bad := [n for n in names if n in HELD_OUT]:
            print(f"held out, not read: {', '.join(bad)} (use --held-out for counts)")
            return 2
    from tawatur.read.gazetteer import Gazetteer

    gz = Gazetteer.default()
    counts: Counter = Counter()
    gold_total = 0
    for name in names:
        gold_total += len(sc.load_events(str(BENCH / name / "gold_events.jsonl")))
        for cls, known, g, trig, sent in classify(sc, name, gz):
            counts[cls, known] += 1
            if args.list == cls and not args.held_out:
                print(f"[{name}] {g['type']} @ {g.get('place')} ({'known' if known else 'unknown'}) "
                      f"trigger «{trig}»\n    {sent[:300]}\n")
    total = sum(counts.values())
    print(f"{'held-out' if args.held_out else 'readable'} sets ({len(names)}): {total} placeless gold events "
          f"of {gold_total}")
    for cls in CLASSES:
        k, u = counts[cls, True], counts[cls, False]
        print(f"  {cls:11s} {k + u:4d}  (place known to the gazetteer {k}, unknown {u})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
