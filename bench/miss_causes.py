"""Sort the gold events an own article set misses by cause (task recall8): what the pipeline did with the
clause the gold event's evidence sits in.

Usage: python bench/miss_causes.py DIR [DIR ...] [--list]
DIR holds texts.jsonl and gold_events.jsonl (bench/articles, a train fold written out the same way). Never
run it on a held-out set (articles_last, articles_heldout7, articles_heldout8, fold N): it prints their
evidence.

A gold event is missed when no system event of the article has its type, polarity and place (names and
aliases folded as bench/own_sentences.py folds them; one system event matches one gold event). Causes:
- no trigger word for its type: no trigger row of the gold's type matches in the sentence and the pipeline
  gave nothing at that place (a word or an inflection the triggers lack);
- wrong type: another trigger gave an event of another type at that place;
- trigger found, no place: a trigger of the type matches inside the evidence but the sentence gives no
  event of that type at any place (a back-reference not resolved, a place not read);
- trigger found, wrong place: the sentence gives the type at another place (the place of another clause, a
  list member not fanned out, a back-reference resolved to another place);
- trigger found, event dropped: the place has another event of the sentence but this type's trigger gave
  none (a duplicate, a manner or background clause filtered, part of another event);
- wrong polarity: the type is there at that place with another polarity;
- one event where gold has two: the sentence's event went to another gold event of the same type and place
  (two happenings merged, or one dropped as a duplicate).
The matching is approximate (score.py matches by coordinates too), so counts may differ by a few."""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import tawatur.pipeline as pipeline
from tawatur.extract.patterns import find_all, load_patterns
from tawatur.model import Article, Event

sys.path.insert(0, str(Path(__file__).parent))
from own_sentences import norm  # noqa: E402

TRIGGERS = load_patterns("triggers.tsv")


def _place_ok(ev: Event, gold: dict) -> bool:
    if ev.place is None:
        return False
    got = norm(ev.place.name)
    names = {got, *(norm(a) for a in ev.place.aliases)}
    want = {norm(gold["place"]), *(norm(a) for a in gold.get("aliases", []))}
    return bool(names & want) or any(p in got or got in p for p in want)


def _analyzed(text: dict) -> Article:
    """The article analysed with its tokens kept (the trigger rows are matched again on them)."""
    keep = pipeline.release_tokens
    pipeline.release_tokens = lambda a: None
    try:
        return pipeline.analyze(Article(id=text["id"], raw=text["text"], published=text["published"],
                                        title=text.get("title")))
    finally:
        pipeline.release_tokens = keep


def _missed(article: Article, golds: list[dict]) -> list[dict]:
    left = list(article.events)
    out = []
    for g in golds:
        hit = next((e for e in left if e.type == g["type"] and e.polarity == g["polarity"] and _place_ok(e, g)), None)
        if hit is None:
            out.append(g)
        else:
            left.remove(hit)
    return out


def cause(article: Article, gold: dict) -> str:
    """Why the gold event is missed, from what the sentence of its evidence holds."""
    start, end = gold.get("evidence_start", -1), gold.get("evidence_end", -1)
    sent = next((s for s in article.sentences if s.start <= start < s.end), None)
    if sent is None:
        return "evidence outside the kept body"
    near = [e for e in article.events if e.sentence == sent.index]
    here = [e for e in near if _place_ok(e, gold)]
    if any(e.type == gold["type"] and e.polarity == gold["polarity"] for e in here):
        return "one event where gold has two"  # the system's went to another gold event of the article
    if any(e.type == gold["type"] for e in here):
        return "wrong polarity"
    toks = sent.tokens or []
    rows = find_all(TRIGGERS, toks)
    in_clause = {m.row["type"] for m in rows if toks[m.i].start < end and toks[m.j - 1].end > start}
    in_sentence = {m.row["type"] for m in rows}
    found = gold["type"] in in_clause or gold["type"] in in_sentence
    if not found:
        return "wrong type" if here else "no trigger word for its type"
    if any(e.type == gold["type"] for e in near):
        return "trigger found, wrong place"
    return "trigger found, event dropped" if here else "trigger found, no place"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--list", action="store_true", help="print each miss with its cause")
    args = ap.parse_args()
    counts: Counter[str] = Counter()
    for d in args.dirs:
        texts = [json.loads(line) for line in (d / "texts.jsonl").read_text(encoding="utf-8").splitlines() if line]
        gold = [json.loads(line) for line in (d / "gold_events.jsonl").read_text(encoding="utf-8").splitlines() if line]
        for t in texts:
            article = _analyzed(t)
            for g in _missed(article, [g for g in gold if g["article"] == t["id"]]):
                why = cause(article, g)
                counts[why] += 1
                if args.list:
                    print(f"{d.name}\t{t['id']}\t{g['type']}/{g['polarity']}@{g['place']}\t{why}\t{g['evidence'][:90]}")
    for why, n in counts.most_common():
        print(f"{n:4d}  {why}")
    print(f"{sum(counts.values()):4d}  missed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
