"""One corpus path: ``tawatur analyze`` and ``tawatur ingest`` in batches clean the same way (the
lines an outlet repeats are cut on both paths) and give the same stories, merged events and control
timeline (Arabic written for this test)."""
from __future__ import annotations

import json
from pathlib import Path

from tawatur import cli
from tawatur.model import analysis_from_dict, to_dict
from tawatur.store import open_store

SLOGAN = {"outlet_a": "نبض الشمال من قلب الحدث", "outlet_b": "صوت الجنوب الحر"}
BODIES = [
    ("outlet_a", "2024-12-01", "سيطرت فصائل المعارضة على بلدة تلبيسة في ريف حمص الشمالي بعد معارك عنيفة."),
    ("outlet_b", "2024-12-01", "أعلنت فصائل المعارضة السيطرة على تلبيسة شمال حمص إثر انسحاب قوات الحكومة."),
    ("outlet_a", "2024-12-02", "نزحت عشرات العائلات من مدينة درعا نحو الريف الغربي بسبب القصف."),
    ("outlet_b", "2024-12-03", "خرجت مظاهرة في مدينة السويداء تطالب بالإفراج عن المعتقلين."),
    ("outlet_a", "2024-12-04", "قصفت طائرات حربية أطراف مدينة إدلب ما أدى إلى إصابة مدنيين."),
    ("outlet_b", "2024-12-05", "انسحبت قوات الحكومة من مدينة الرستن باتجاه حمص بعد اشتباكات."),
    ("outlet_a", "2024-12-06", "سيطرت قوات الحكومة على مدينة الرستن بعد انسحاب فصائل المعارضة منها."),
]


def _corpus(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i, (outlet, day, body) in enumerate(BODIES):
            text = f"{SLOGAN[outlet]}\n{body}\nتابعونا على قناتنا"
            fh.write(json.dumps({"id": f"art{i}", "outlet": outlet, "published": day, "text": text},
                                ensure_ascii=False) + "\n")
    return path


def _canon(an) -> tuple:
    stories = sorted(sorted(s.articles) for s in an.stories)
    merged = sorted((tuple(sorted(m.events)), m.status, m.type) for m in an.merged_events)
    control = sorted((c.gazetteer_id, c.holder, c.since, c.contested) for c in an.control)
    return stories, merged, control


def test_analyze_and_ingest_in_batches_agree(tmp_path: Path) -> None:
    src = _corpus(tmp_path / "corpus.jsonl")
    assert cli.main(["analyze", str(src), "--out", str(tmp_path / "out"), "-q", "--format", "json"]) == 0
    analysed = analysis_from_dict(json.loads((tmp_path / "out" / "analysis.json").read_text("utf-8")))
    db = str(tmp_path / "store.db")
    assert cli.main(["ingest", str(src), "--db", db, "--batch", "2", "-q"]) == 0
    with open_store(db) as st:
        stored = st.load_analysis(bodies=True)
    cut = {a.id: sorted(r.text for r in a.removed) for a in analysed.articles}
    assert cut == {a.id: sorted(r.text for r in a.removed) for a in stored.articles}
    assert any(SLOGAN["outlet_a"] in " ".join(v) for v in cut.values())  # the repeated slogan is cut
    assert len(analysed.events) >= 5 and len(analysed.stories) >= 3
    assert _canon(stored) == _canon(analysed)
    assert [to_dict(e.place) for e in sorted(stored.events, key=lambda e: e.id)] == \
        [to_dict(e.place) for e in sorted(analysed.events, key=lambda e: e.id)]
