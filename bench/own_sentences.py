"""Score the pipeline on sentences a session wrote itself (bench/sentences/*.txt): one sentence an article,
with the events eval/GUIDELINES.md gives it. A quick check of a story's constructions beside the gold sets;
it prints each sentence the pipeline misreads (missed, spurious, wrong side) and the totals.

Places match as score.py matches them, approximately: the folded names (no diacritics, alef/ya/ta marbuta
folded, a leading و/ب/ل/ف and ال stripped) are equal, one contains the other, or one is an alias."""
from __future__ import annotations

import re
import sys
from pathlib import Path

from tawatur.model import Article
from tawatur.pipeline import analyze

HERE = Path(__file__).parent
_DIACRITICS = re.compile("[\u064b-\u0652\u0640]")
_FOLD = str.maketrans("أإآىة", "ااايه")
_CLITICS = re.compile("^(و|ب|ل|ف)?(ال)?")


def norm(name: str) -> str:
    """A place name folded as score.py folds it, near enough for a sentence check."""
    words = _DIACRITICS.sub("", name).translate(_FOLD).split()
    return " ".join(_CLITICS.sub("", w) if len(w) > 4 else w for w in words)


def matches(got, want: tuple[str, ...]) -> bool:
    etype, place, polarity, _side = want
    if got.type != etype or got.polarity != polarity or got.place is None:
        return False
    names = {norm(got.place.name), *(norm(a) for a in got.place.aliases)}
    p = norm(place)
    return p in names or p in norm(got.place.name) or norm(got.place.name) in p


def score(path: Path) -> dict[str, int]:
    tot = {"tp": 0, "fp": 0, "fn": 0, "side": 0}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        day, text, expected = line.split("|")
        wanted = [tuple(x.split("@")) for x in expected.split(";") if x]
        got = list(analyze(Article(id="s", raw=text, published=day)).events)
        missed, wrong_side = [], []
        for w in wanted:
            hit = next((g for g in got if matches(g, w)), None)
            if hit is None:
                missed.append(w)
                continue
            got.remove(hit)
            if hit.actor.side != w[3]:
                wrong_side.append((*w[:2], hit.actor.side))
        tot["tp"] += len(wanted) - len(missed)
        tot["fn"] += len(missed)
        tot["fp"] += len(got)
        tot["side"] += len(wrong_side)
        if missed or got or wrong_side:
            print(text)
            for w in missed:
                print("   missed  ", "@".join(w))
            for g in got:
                print("   spurious", g.type, g.place.name if g.place else "", g.polarity, g.actor.side, g.rule)
            for w in wrong_side:
                print("   side    ", w)
    return tot


def main() -> None:
    paths = [Path(a) for a in sys.argv[1:]] or sorted((HERE / "sentences").glob("*.txt"))
    for path in paths:
        t = score(path)
        p = t["tp"] / max(1, t["tp"] + t["fp"])
        r = t["tp"] / max(1, t["tp"] + t["fn"])
        f = 2 * p * r / max(1e-9, p + r)
        print(f"{path.name}: events {t['tp'] + t['fn']} P {p:.3f} R {r:.3f} F1 {f:.3f} "
              f"side {1 - t['side'] / max(1, t['tp']):.3f}")


if __name__ == "__main__":
    main()
