"""Build bench/links/texts.jsonl and gold_events.jsonl from the stories of bench/links/stories.txt (own
wording, invented outlets and details; one readable file so the texts are data, not Python literals).
Offsets are computed here from each event's evidence clause, so the gold never drifts from the text; an
evidence clause found zero or two times in its article, or an unknown place key, stops the build.
Run: python bench/links/build.py

Each story: wire copies of one agency (one chain however many outlets), local reporters, a monitor, a
denial, differing tolls, a place named by its district or spelled two ways, a report a day later ("أمس"),
a second happening of the same type in the same town on the same day (its own cluster), and one
unrelated article of the same week (its own story). Place facts (names, coordinates) are those of the
project's gazetteer (src/tawatur/data/gazetteer/curated.tsv, cited there)."""
from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).parent
EVENT_FIELDS = ("type", "polarity", "place", "side", "source", "cluster", "date", "quantity", "evidence")
Place = tuple[str, str, list[str], float, float]  # Arabic, English, aliases, lat, lon


def _cells(line: str, n: int, where: str) -> list[str]:
    cells = [c.strip() for c in line.split("|")]
    if len(cells) != n:
        raise SystemExit(f"{where}: {n} fields wanted, {len(cells)} found: {line}")
    return cells


def parse_places(head: str) -> dict[str, Place]:
    """The '@place' lines before the first article: key -> (Arabic, English, aliases, lat, lon)."""
    places = {}
    for line in head.splitlines():
        if line.startswith("@place "):
            key, ar, en, aliases, lat, lon = _cells(line[len("@place "):], 6, "place")
            names = [] if aliases == "-" else [a.strip() for a in aliases.split(",")]
            places[key] = (ar, en, names, float(lat), float(lon))
    return places


def _event_row(aid: str, text: str, line: str, places: dict[str, Place]) -> dict:
    ev = dict(zip(EVENT_FIELDS, _cells(line, len(EVENT_FIELDS), aid), strict=True))
    start = text.find(ev["evidence"])
    if start < 0 or text.find(ev["evidence"], start + 1) >= 0:
        raise SystemExit(f"{aid}: evidence not found once: {ev['evidence']}")
    if ev["place"] not in places:
        raise SystemExit(f"{aid}: unknown place key {ev['place']}")
    name, name_en, aliases, lat, lon = places[ev["place"]]
    row = {"article": aid, "type": ev["type"], "polarity": ev["polarity"], "place": name, "place_en": name_en,
           "aliases": aliases, "lat": lat, "lon": lon, "actor_side": ev["side"], "source": ev["source"],
           "cluster": ev["cluster"], "date": ev["date"], "evidence": ev["evidence"], "evidence_start": start,
           "evidence_end": start + len(ev["evidence"])}
    if ev["quantity"] != "-":
        row["quantity"] = ev["quantity"]
    return row


def gold_rows(path: Path = HERE / "stories.txt") -> tuple[list[dict], list[dict]]:
    """Article blocks ('### id | outlet | published', text, '@@', gold lines) -> texts and gold rows."""
    head, *blocks = re.split(r"^### ", path.read_text(encoding="utf-8"), flags=re.M)
    places = parse_places(head)
    texts, gold = [], []
    for block in blocks:
        first, rest = block.split("\n", 1)
        body, events = rest.split("\n@@\n", 1)
        aid, outlet, day = _cells(first, 3, "article head")
        text = body.strip()
        texts.append({"id": aid, "url": f"https://{outlet}/news/{aid.lower()}", "outlet": outlet,
                      "published": day, "title": None, "text": text})
        gold += [_event_row(aid, text, ln, places) for ln in events.splitlines()
                 if ln.strip() and not ln.startswith("#")]
    return texts, gold


def main() -> None:
    texts, gold = gold_rows()
    for name, rows in (("texts.jsonl", texts), ("gold_events.jsonl", gold)):
        (HERE / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                 encoding="utf-8")
    print(f"{len(texts)} articles, {len(gold)} gold events")


if __name__ == "__main__":
    main()
