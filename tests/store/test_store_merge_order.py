"""The stored merged events do not depend on the order in which reports reach the store.

Reports of one town two days apart form a chain longer than one merged event may span; whichever
report comes first, the store ends with the same merged events (same ids, same members). The Arabic
reports are written for this test.
"""
from __future__ import annotations

import json

from tawatur.serve.intake import articles_from_json
from tawatur.store import open_store

DAYS = ["2024-12-01", "2024-12-03", "2024-12-05", "2024-12-07", "2024-12-09"]
TEXTS = [
    "سيطرت فصائل المعارضة على مدينة حماة بعد اشتباكات عنيفة مع قوات النظام، وفق ما أفاد مراسلنا.",
    "أعلنت الفصائل المسلحة سيطرتها الكاملة على مدينة حماة، بحسب بيان نشرته غرفة العمليات.",
    "بسطت فصائل المعارضة سيطرتها على مدينة حماة إثر انسحاب القوات الحكومية منها، حسب مصادر محلية.",
    "قالت مصادر ميدانية إن فصائل المعارضة سيطرت على مدينة حماة بعد معارك استمرت ساعات.",
    "أكد ناشطون أن فصائل المعارضة باتت تسيطر على مدينة حماة بالكامل.",
]


def records() -> list[dict[str, str]]:
    return [{"id": f"r{i}", "outlet": f"وكالة {i}", "published": day, "text": text}
            for i, (day, text) in enumerate(zip(DAYS, TEXTS, strict=True))]


def stored(url: str) -> set[tuple[str, frozenset[str]]]:
    with open_store(url) as st:
        merged, _ = st.merged_events(limit=500)
        events, _ = st.events(limit=500)
    assert all(e["cluster"] for e in events)
    return {(m["id"], frozenset(m["events"])) for m in merged}


def ingest(url: str, recs: list[dict[str, str]], batch: int) -> None:
    with open_store(url) as st:
        for i in range(0, len(recs), batch):
            payload = json.dumps(recs[i:i + batch], ensure_ascii=False).encode()
            st.ingest_articles(articles_from_json(payload))


def test_arrival_order_does_not_change_the_stored_merged_events(tmp_path):
    forward, backward, mixed = (str(tmp_path / f"{n}.db") for n in ("forward", "backward", "mixed"))
    recs = records()
    ingest(forward, recs, 5)
    ingest(backward, list(reversed(recs)), 1)
    ingest(mixed, [recs[2], recs[4], recs[0], recs[3], recs[1]], 2)
    want = stored(forward)
    assert 1 < len(want) < len(recs)  # the chain is cut somewhere, and reports merge
    assert stored(backward) == want
    assert stored(mixed) == want
