"""What the error listers share: the shared scorer imported from ../shared/eval/score.py (so a lister and
the scorer never disagree on which pairs are compared), their command line, and the matched pairs of one
gold file and one analysis, optionally kept to some train folds."""
from __future__ import annotations

import argparse
import importlib.util
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType

SCORE = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"


def scorer() -> ModuleType | None:
    """The shared scorer as a module, or None where ../shared is not beside the repository."""
    if not SCORE.exists():
        return None
    spec = importlib.util.spec_from_file_location("shared_score", SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def parse(doc: str | None, counts_help: str) -> argparse.Namespace:
    """GOLD ANALYSIS [--fold K,M] [--counts], the lister's docstring as its help."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("analysis")
    ap.add_argument("--fold", default="", help="article id first letters to keep (e.g. K,M,N,O)")
    ap.add_argument("--counts", action="store_true", help=counts_help)
    return ap.parse_args()


def matched(sc: ModuleType, args: argparse.Namespace) -> list[tuple[dict, dict]]:
    """The scorer's (gold, system) pairs of the articles of ``--fold`` (all when empty)."""
    folds = tuple(f.strip().upper() for f in args.fold.split(",") if f.strip())
    gold = [g for g in sc.load_events(args.gold) if not folds or sc.article_of(g).startswith(folds)]
    system = [s for s in sc.load_events(args.analysis) if not folds or sc.article_of(s).startswith(folds)]
    return sc.match(gold, system)


def agreement(what: str, pairs: list, bad: list) -> str:
    """"matched N <what> agree M (share)": the line every lister opens with."""
    return f"matched {len(pairs)} {what} agree {len(pairs) - len(bad)} ({(len(pairs) - len(bad)) / max(1, len(pairs)):.3f})"


def print_pair(sc: ModuleType, g: dict, s: dict, says: str) -> None:
    """One disagreeing pair: its article, type and place, what each side says, then both evidences."""
    print(f"\n{sc.article_of(g)} {g['type']}@{g.get('place')} {says}")
    print(f"  G: {g.get('evidence', '')}")
    print(f"  S: {evidence_text(s.get('evidence'))}")


def evidence_text(ev: object) -> str:
    """An event's evidence as text, whether the analysis wrote a span object or a string."""
    return str(ev.get("text", "") if isinstance(ev, dict) else ev or "")


class SideTally:
    """Side pairs counted by a key: right and wrong, the sets a wrong key occurs in, and its commonest confusions
    (gold side -> system side). Shared by the side benches that sort disagreements by different keys."""

    def __init__(self) -> None:
        self.right: Counter = Counter()
        self.wrong: Counter = Counter()
        self.sets: defaultdict = defaultdict(set)
        self.confused: defaultdict = defaultdict(Counter)

    def add(self, key: object, gold_side: str, sys_side: str, set_name: str) -> bool:
        """Count one pair; True when the sides agree."""
        if gold_side == sys_side:
            self.right[key] += 1
            return True
        self.wrong[key] += 1
        self.sets[key].add(set_name)
        self.confused[key][(gold_side, sys_side)] += 1
        return False

    def keys(self) -> list:
        """Every key, the most often wrong first (ties by name, so a run prints the same order as the last)."""
        return sorted(set(self.right) | set(self.wrong), key=lambda k: (-self.wrong[k], -self.right[k], str(k)))

    def top(self, key: object, n: int = 3) -> str:
        """The key's commonest confusions, "gold->system count"."""
        return ", ".join(f"{g}->{s} {c}" for (g, s), c in self.confused[key].most_common(n))
