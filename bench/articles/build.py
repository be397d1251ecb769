"""Turn bench/articles/articles.txt (own articles with own gold, in one readable file) into the two files the
scorer reads: texts.jsonl (the input format of ``tawatur analyze``) and gold_events.jsonl (the gold format of
../shared/eval). Evidence offsets are found in the text by code, so they cannot drift from it; a clause that is
not in its article, or a weekday that does not fit the published date, stops the build.

Usage: python bench/articles/build.py [FOLDER]   (FOLDER holds articles.txt; default: bench/articles)
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
FIELDS = ("type", "polarity", "place", "place_en", "aliases", "actor_side", "source", "date", "quantity",
          "evidence")
WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _gold(art_id: str, text: str, line: str) -> dict:
    parts = [x.strip() for x in line.split("|")]
    if len(parts) != len(FIELDS):
        raise ValueError(f"{art_id}: a gold line needs {len(FIELDS)} fields: {line}")
    row = dict(zip(FIELDS, parts, strict=True))
    start = text.find(row["evidence"])
    if start < 0:
        raise ValueError(f"{art_id}: evidence not in the text: {row['evidence']}")
    event = {"article": art_id, **{k: row[k] for k in FIELDS[:4]},
             "aliases": [a.strip() for a in row["aliases"].split(",") if a.strip()],
             "actor_side": row["actor_side"], "source": row["source"],
             "cluster": "|".join((row["type"], _slug(row["place_en"]), row["date"] or "undated", row["actor_side"])),
             "date": row["date"]}
    if row["quantity"]:
        event["quantity"] = row["quantity"]
    event.update(evidence=row["evidence"], evidence_start=start, evidence_end=start + len(row["evidence"]))
    return event


def _check_weekdays(art_id: str, published: str, text: str) -> None:
    """'اليوم الثلاثاء' must be the published day and 'أمس الخميس' the day before: a wrong weekday in our own
    text would make the date figure measure our slip, not the system."""
    day = dt.date.fromisoformat(published)
    for rel, shift in (("اليوم", 0), ("أمس", 1)):
        for name in re.findall(rel + r"،? (\S+)", text):
            if name in WEEKDAYS and (day - dt.timedelta(days=shift)).weekday() != WEEKDAYS[name]:
                raise ValueError(f"{art_id}: '{rel} {name}' does not fit {published}")


def parse(path: Path) -> tuple[list[dict], list[dict]]:
    texts, gold = [], []
    blocks = re.split(r"^### ", path.read_text(encoding="utf-8"), flags=re.M)[1:]
    for block in blocks:
        head, rest = block.split("\n", 1)
        body, events = rest.split("\n@@\n", 1)
        art_id, url, outlet, published, title = (x.strip() for x in head.split(" | ", 4))
        text = body.strip() + "\n"
        _check_weekdays(art_id, published, text)
        texts.append({"id": art_id, "url": url, "outlet": outlet, "published": published,
                      "title": None if title == "-" else title, "text": text})
        gold += [_gold(art_id, text, ln) for ln in events.strip().splitlines() if ln.strip()]
    return texts, gold


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    texts, gold = parse(folder / "articles.txt")
    for name, rows in (("texts.jsonl", texts), ("gold_events.jsonl", gold)):
        (folder / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    words = [len(t["text"].split()) for t in texts]
    print(f"{len(texts)} articles ({min(words)}-{max(words)} words), {len(gold)} gold events")
    return 0


if __name__ == "__main__":
    sys.exit(main())
