"""Morphology benchmark: coverage of the trigger lemmas and the speed of pattern matching.

Usage: python bench/bench_morph.py [--missed N] [--articles N]

(a) Coverage. For every lemma of ``src/tawatur/lang/ar/verbs.tsv``, an independent generator inflects the
    verb and its verbal nouns and participles: alyahmor (GPL; a bench-only dependency, ``pip install
    alyahmor``, never imported by the package). The share of its forms that our matcher accepts
    (``tawatur.lang.ar.analyses``) is printed per lemma, for all of them and for the forms a news report
    uses (no interrogative أ, no nisba adjective in ي). Without alyahmor, a hand-written list of forms
    (``HAND`` below) is used and the output says so.
(b) Speed. The events stage's pattern matching (``patterns.find_all`` over triggers.tsv and cues.tsv) per
    article, against the two-letter index it replaced, a plain dict pass (one set look-up per word) and a
    pyahocorasick pass (if installed) over the same words, in the same run, as ratios. Articles: ../shared texts when present, else
    sentences written here.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from tawatur.clean.normalize import fold_text
from tawatur.extract.patterns import find_all, load_patterns, tokenize
from tawatur.lang.ar import PACK, analyses, lemma_forms, lemmas
from tawatur.read.lexicon import read_tsv

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

# Forms written by hand (used when alyahmor is not installed): a few per lemma, with clitics.
HAND = {
    "سيطر": "سيطرت سيطروا يسيطرون تسيطر وسيطرتها السيطرة بسيطرته المسيطرة سنسيطر",
    "استولى": "استولت استولوا يستولون تستولي الاستيلاء واستيلائهم باستيلائها",
    "انسحب": "انسحبت انسحبوا ينسحبون الانسحاب انسحابهم المنسحبين لينسحب",
    "غادر": "غادرت غادروا يغادرون مغادرة ومغادرتهم",
    "قصف": "قصفت قصفوا يقصفون القصف بقصفها وقصفه",
}


def _alyahmor():
    """alyahmor's generator, or None. Its modules import each other without the package prefix."""
    try:
        import alyahmor
    except ImportError:
        return None
    sys.path.insert(0, os.path.dirname(alyahmor.__file__))
    import genelex  # type: ignore[import-not-found]
    return genelex.genelex()


def _news(form: str, forms: set[str], stems: tuple[str, ...], masc: tuple[str, ...] = ()) -> bool:
    """A form a news report writes: no interrogative hamza before a form that stands without it
    ("أتستولي"), no nisba adjective made from a verbal noun ("انسحابية"), and none of the generator's
    doubled feminine endings on a noun that has one ("سيطرتة", "سيطرتتين") nor a feminine on a masculine
    verbal noun ("انسحابة", "اقترابتك": a participle's feminine, "منسحبة", is kept), nor the
    generator's other artefacts ("المغادرتون", "إخلاءوك")."""
    if form.startswith("آ") or (form.startswith("أ") and form[1:] in forms):
        return False
    if "ة" in form[:-1] or any(s + "تت" in form or s + "تة" in form for s in stems):
        return False
    if any(m + "ة" in form or m + "ت" in form for m in masc):
        return False
    # a plural or nisba in ون/يتان on a noun in ة (المغادرتون), a hamza written twice (إخلاءو)
    if any(s + t in form for s in stems for t in ("تون", "تيت")) or form.endswith("ءا") or "ءو" in form:
        return False
    return not any(s + "ي" + e in form for s in stems for e in ("ة", "ات", "ت", "ين", "ون"))


def _reference_forms(gen, row: dict[str, str]) -> dict[str, set[str]]:
    if gen is None:
        return {"hand": set(HAND.get(row["lemma"], "").split())}
    out = {"verb": set(gen.generate_forms(row["lemma"], word_type="verb", vocalized=False))}
    nouns: set[str] = set()
    for n in (row["nouns"] + "|" + row["participles"]).split("|"):
        if n.strip():
            nouns |= set(gen.generate_forms(n.strip(), word_type="noun", vocalized=False))
    out["noun"] = nouns
    return out


def coverage(missed: int) -> None:
    gen = _alyahmor()
    print(f"(a) coverage against {'alyahmor' if gen else 'a hand-written list (alyahmor not installed)'}")
    print(f"{'lemma':10s} {'form':5s} {'ours':>6s} {'verb all':>9s} {'verb news':>10s} {'noun all':>9s} "
          f"{'noun news':>10s}")
    tot = {"all": [0, 0], "news": [0, 0]}
    for row in read_tsv(PACK / "verbs.tsv"):
        key = fold_text(row["lemma"])
        ref = _reference_forms(gen, row)
        stems = tuple(n.rstrip("ة") for n in (row["nouns"] + "|" + row["participles"]).split("|") if n)
        masc = tuple(n for n in row["nouns"].split("|") if n and not n.endswith("ة"))
        cells = []
        for part, forms in ref.items():
            for subset in ("all", "news"):
                fs = [f for f in forms if subset == "all" or _news(f, forms, stems, masc if part == "noun" else ())]
                ok = [f for f in fs if key in analyses(fold_text(f))]
                tot[subset][0] += len(ok)
                tot[subset][1] += len(fs)
                cells.append(f"{len(ok) / len(fs):.3f}" if fs else "-")
                if missed and subset == "news" and len(ok) < len(fs):
                    sample = sorted(set(fs) - set(ok))[:missed]
                    print(f"   missed {part} {key}: {' '.join(sample)}")
        print(f"{row['lemma']:10s} {row['form']:5s} {len(lemma_forms(key)):6d} "
              + " ".join(f"{c:>9s}" for c in cells))
    for subset, (ok, n) in tot.items():
        print(f"overall {subset}: {ok}/{n} = {ok / max(n, 1):.3f}")


def _articles(limit: int) -> list[str]:
    texts = []
    train = SHARED / "eval" / "train" / "texts.jsonl"
    if train.is_file():
        for line in train.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if row and not row["id"].startswith("P"):  # fold P is held out: not even timed
                texts.append(row["text"])
    if not texts:  # sentences written for this bench
        texts = ["سيطرت القوات على البلدة بعد اشتباكات عنيفة، فيما انسحبت الفصائل نحو الريف الغربي. "
                 "وقالت مصادر محلية إن الطائرات استهدفت المدينة وإن القوات ستستولي على التلال قريبا."] * 20
    return texts[:limit]


def _two_letter_index(patterns):
    """The index find_all used before this bench existed: patterns by the first two letters of their first
    step, tried on every token that shares them (kept here as the in-run baseline)."""
    idx: dict[str, list] = {}
    for p in patterns:
        for key in {a.text[:2] if len(a.text) >= 2 else "" for a in p.steps[0][1]}:
            idx.setdefault(key, []).append(p)
    return idx


def _old_find_all(idx, toks) -> int:
    n = 0
    for i, tok in enumerate(toks):
        seen: set[int] = set()
        for key in {f[:2] for f in tok.forms} | {tok.word[:2], tok.bare[:2], ""}:
            for p in idx.get(key, ()):
                if id(p) not in seen:
                    seen.add(id(p))
                    n += p.match_at(toks, i) is not None
    return n


def speed(limit: int) -> None:
    import re

    patterns = load_patterns("triggers.tsv") + load_patterns("cues.tsv")
    words = set(fold_text(w) for p in patterns for _, alts in p.steps for a in alts for w in [a.text])
    for key in lemmas():
        words |= set(lemma_forms(key))
    texts = _articles(limit)
    sentences = [[(m.start(), m.end()) for m in re.finditer(r"[^.!?؟\n]+", t)] for t in texts]
    toks = [[tokenize(t, a, b) for a, b in sents] for t, sents in zip(texts, sentences, strict=True)]
    try:
        import ahocorasick
        auto = ahocorasick.Automaton()
        for w in words:
            auto.add_word(w, w)
        auto.make_automaton()
    except ImportError:
        auto = None

    def ours() -> int:
        return sum(len(find_all(patterns, ts)) for art in toks for ts in art)

    def plain() -> int:
        return sum(1 for art in toks for ts in art for t in ts for f in t.forms if f in words)

    def aho() -> int:
        return sum(1 for art in toks for ts in art for t in ts for _ in auto.iter(" ".join(t.forms)))

    old_idx = _two_letter_index(patterns)

    def old() -> int:
        return sum(_old_find_all(old_idx, ts) for art in toks for ts in art)

    # the two-letter index cannot see a lemma's forms (يسيطرون is not filed under "سي"): it finds fewer
    print(f"\nmatches: find_all {ours()}, two-letter index {old()} (it misses lemma forms that do not "
          "start like the lemma)")
    runs = [("find_all (triggers + cues)", ours), ("two-letter index (before)", old), ("dict pass", plain)] + ([("pyahocorasick pass", aho)] if auto else [])
    best = {}
    for name, fn in runs:
        fn()  # warm the caches
        best[name] = min(_timed(fn) for _ in range(5))
    n = len(texts)
    print(f"\n(b) matching time over {n} articles ({sum(len(a) for a in toks)} sentences), best of 5")
    aho_t = best.get("pyahocorasick pass")
    for name, t in best.items():
        vs_aho = f"  {t / aho_t:6.2f} x pyahocorasick" if aho_t else ""
        print(f"{name:28s} {1000 * t / n:8.3f} ms/article  ratio {t / best['dict pass']:6.2f} x dict pass{vs_aho}")
    if not aho_t:
        print("(pyahocorasick not installed: pip install -e '.[bench-morph]' for the floor)")


def _timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--missed", type=int, default=0, help="show up to N uncovered news forms per lemma")
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--speed-only", action="store_true", help="only (b): matching time against the floor")
    args = ap.parse_args()
    if not args.speed_only:
        coverage(args.missed)
    speed(args.articles)


if __name__ == "__main__":
    main()
