"""List matched event pairs whose date disagrees with the gold, using the shared scorer's matching.

Usage: python bench/date_errors.py GOLD.jsonl ANALYSIS.json [--fold K,M,N,O] [--counts]

ANALYSIS.json is what ``tawatur analyze`` wrote (``bench/eval_seeds.py --keep DIR`` keeps one per set).
A date agrees at the gold's precision ("2012" matches any day of 2012), as the scorer counts it. Each
error shows the article's date, the gold and system dates, how the system dated it (``basis``, the date
words it read) and both evidence clauses. ``--fold`` keeps articles whose id starts with one of the
letters (train folds); leave a held-out fold out of it.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _matched import evidence_text, matched, parse, scorer  # noqa: E402


def _published(analysis: str) -> dict[str, str]:
    """Each article's publication date, as the analysis read it."""
    data = json.loads(Path(analysis).read_text(encoding="utf-8"))
    return {a["id"]: str(a.get("published") or "") for a in data.get("articles", [])}


def _same_day(gold: str, system: str) -> bool:
    """The scorer's test: equal days, or a system day inside a gold month or year."""
    return system == gold or (len(gold) < 10 and system.startswith(gold))


def _kind(gold: str, system: str) -> str:
    """A coarse class of the error, to count them."""
    if not system:
        return "no date"
    if len(gold) < 10:
        return "gold year/month"
    if system[:7] == gold[:7]:
        return "same month"
    return "other month"


def main() -> int:
    args = parse(__doc__, "only the counts by kind of error")
    sc = scorer()
    if sc is None:
        print("../shared/eval/score.py is not here")
        return 0
    published = _published(args.analysis)
    dated = [(g, s) for g, s in matched(sc, args) if g.get("date")]
    bad = [(g, s) for g, s in dated if not _same_day(g["date"][:10], sc.date_of(s))]
    print(f"dated pairs {len(dated)} date agree {len(dated) - len(bad)} "
          f"({(len(dated) - len(bad)) / max(1, len(dated)):.3f})")
    for kind, n in Counter(_kind(g["date"][:10], sc.date_of(s)) for g, s in bad).most_common():
        print(f"  {kind:16s} {n}")
    if args.counts:
        return 0
    for g, s in bad:
        d = s.get("date") if isinstance(s.get("date"), dict) else {}
        print(f"\n{sc.article_of(g)} ({published.get(sc.article_of(g), '?')}) {g['type']}@{g.get('place')} "
              f"gold={g['date']} sys={sc.date_of(s)} "
              f"basis={d.get('basis', '')} text={d.get('text', '')!r} rule={s.get('rule', '')}")
        print(f"  G: {g.get('evidence', '')}")
        print(f"  S: {evidence_text(s.get('evidence'))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
