"""Score cross-article linking on stories a session wrote itself (bench/links/): run ``tawatur analyze``
on bench/links/texts.jsonl, score merge links with ../shared/eval/score.py (when ../shared exists), and
check what an analyst must see (bench/links/expectations.json) in analysis.json: which reports merge,
which same-day happenings stay apart, how many independent chains and which status each merged event
shows, which contradictions are surfaced (and none other), which articles share a story.

Usage: python bench/own_links.py [--verbose] [--keep DIR] [--by-story]
(--by-story adds link P/R/F1 and the expectations met of each story: articles grouped by their id's letter)
Rebuild the texts and gold after editing the stories: python bench/links/build.py"""
from __future__ import annotations

import argparse
import json
import math
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LINKS = REPO / "bench" / "links"
SCORE = REPO.parent / "shared" / "eval" / "score.py"


def _analyze(out: Path) -> dict:
    cmd = [sys.executable, "-m", "tawatur", "analyze", str(LINKS / "texts.jsonl"), "--out", str(out),
           "--format", "json", "-q"]
    subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads((out / "analysis.json").read_text(encoding="utf-8"))


def _km(a: dict, b: dict) -> float:
    """Distance of two points in km (equirectangular: the places here are a few km apart or far)."""
    if a.get("lat") is None or b.get("lat") is None:
        return math.inf
    x = math.radians(b["lon"] - a["lon"]) * math.cos(math.radians((a["lat"] + b["lat"]) / 2))
    return 6371 * math.hypot(x, math.radians(b["lat"] - a["lat"]))


def match_clusters(gold: list[dict], events: list[dict]) -> dict[str, list[dict]]:
    """Gold cluster -> the system events that report it: same article, type and polarity, and a place
    of the gold's name or aliases or within 10 km (score.py's rule, simply)."""
    out: dict[str, list[dict]] = {}
    used: set[str] = set()
    for g in gold:
        names = {g["place"], g["place_en"], *g["aliases"]}
        for ev in events:
            p = ev.get("place") or {}
            if ev["id"] in used or ev["article"] != g["article"] or ev["type"] != g["type"] \
                    or ev.get("polarity", "asserted") != g["polarity"]:
                continue
            if p.get("name") in names or p.get("name_en") in names or _km(p, g) < 10:
                used.add(ev["id"])
                out.setdefault(g["cluster"], []).append(ev)
                break
    return out


def _merged_of(evs: list[dict]) -> str | None:
    """The merged event most of a cluster's reports joined."""
    ids = Counter(ev.get("cluster") for ev in evs if ev.get("cluster"))
    return ids.most_common(1)[0][0] if ids else None


def check(analysis: dict, gold: list[dict], exp: dict) -> list[tuple[str, bool, str]]:
    """Every expectation as (name, passed, what the output shows)."""
    found = match_clusters(gold, analysis["events"])
    merged = {me["id"]: me for me in analysis["merged_events"]}
    out = []
    for cl, want in exp["clusters"].items():
        evs = found.get(cl, [])
        mid = _merged_of(evs)
        me = merged.get(mid or "", {})
        mids = {ev.get("cluster") for ev in evs}
        arts = {g["article"] for g in gold if g["cluster"] == cl}
        out.append((f"merge {cl}", len(mids) == 1 and len(evs) == len(arts) and mid is not None,
                    f"{len(evs)}/{len(arts)} reports found, in {len(mids)} merged event(s)"))
        out.append((f"chains {cl} = {want['chains']}", me.get("n_chains") == want["chains"],
                    f"{me.get('n_chains')} {me.get('chains')}"))
        out.append((f"status {cl} = {want['status']}", me.get("status") == want["status"], str(me.get("status"))))
    for a, b in exp["apart"]:
        ma = {ev.get("cluster") for ev in found.get(a, [])}
        mb = {ev.get("cluster") for ev in found.get(b, [])}
        out.append((f"apart {a} / {b}", bool(ma and mb) and not ma & mb, f"{sorted(ma)} vs {sorted(mb)}"))
    by_me = {}
    for ct in analysis["contradictions"]:
        by_me.setdefault(ct["merged_event"], []).append(ct["kind"])
    expected = set()
    for kind, cl in exp["contradictions"]:
        mid = _merged_of(found.get(cl, []))
        expected.add((kind, mid))
        out.append((f"contradiction {kind} {cl}", kind in by_me.get(mid or "", []),
                    f"{by_me.get(mid or '', [])}"))
    spurious = [(k, m) for m, kinds in by_me.items() for k in kinds if (k, m) not in expected]
    out.append(("no other contradiction", not spurious, str(spurious)))
    story_of = {a: st["id"] for st in analysis["stories"] for a in st["articles"]}
    members = Counter(story_of.values())
    for group in exp["stories"]["together"]:
        ids = {story_of.get(a) for a in group}
        out.append((f"story {group[0]}..{group[-1]} together", len(ids) == 1 and None not in ids,
                    f"{len(ids)} stories"))
    for a in exp["stories"]["alone"]:
        out.append((f"story {a} alone", members[story_of.get(a)] == 1, f"{members[story_of.get(a)]} articles"))
    return out


def _link_f1(analysis_path: Path, articles: list[str] | None = None) -> str:
    if not SCORE.exists():
        return "links: ../shared/eval/score.py is not here (not scored)"
    cmd = [sys.executable, str(SCORE), str(LINKS / "gold_events.jsonl"), str(analysis_path), "--json"]
    if articles:
        cmd += ["--articles", ",".join(articles)]
    done = subprocess.run(cmd, capture_output=True, text=True)
    s = json.loads(done.stdout)
    return (f"events P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} | "
            f"links P {s['cluster_p']:.3f} R {s['cluster_r']:.3f} F1 {s['cluster_f1']:.3f}")


def story_of_result(name: str, gold: list[dict]) -> str:
    """The story (letter of its articles' ids) an expectation is about, '-' for the global ones: a story's
    articles are named in it, or a gold cluster whose articles all share one letter."""
    letters = {g["cluster"]: g["article"][0] for g in gold}
    for word in re.split(r"[ /.]+", name):
        if word in letters:
            return letters[word]
        if re.fullmatch(r"[A-Z]\d+", word):
            return word[0]
    return "-"


def by_story(results: list[tuple[str, bool, str]], gold: list[dict], analysis_path: Path) -> None:
    """Link P/R/F1 (scored on one story's articles only) and expectations met, story by story."""
    for letter in sorted({g["article"][0] for g in gold}):
        arts = sorted({g["article"] for g in gold if g["article"][0] == letter})
        mine = [ok for name, ok, _ in results if story_of_result(name, gold) == letter]
        print(f"story {letter}: {_link_f1(analysis_path, arts)} | expectations {sum(mine)}/{len(mine)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--verbose", action="store_true", help="print every expectation, not only the failed")
    ap.add_argument("--keep", type=Path, help="keep analysis.json in this folder")
    ap.add_argument("--by-story", action="store_true", help="also score each story on its own")
    args = ap.parse_args()
    gold = [json.loads(line) for line in (LINKS / "gold_events.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    exp = json.loads((LINKS / "expectations.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp)
        analysis = _analyze(out)
        print(_link_f1(out / "analysis.json"))
        results = check(analysis, gold, exp)
        if args.by_story:
            by_story(results, gold, out / "analysis.json")
    for name, ok, shows in results:
        if args.verbose or not ok:
            print(f"{'ok  ' if ok else 'FAIL'} {name}: {shows}")
    print(f"expectations met: {sum(ok for _, ok, _ in results)}/{len(results)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
