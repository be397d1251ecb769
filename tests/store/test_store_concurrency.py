"""Concurrent writers on a real database (a SQLite file; PostgreSQL when TAWATUR_TEST_PG is set).

Writers serialise on the store's write lock, so nothing is refused, lost or stored twice, and the
result is the one a single writer gets; a writer that may not wait answers 503 with Retry-After.
"""
from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tawatur.serve import Settings, create_app
from tawatur.serve.intake import articles_from_json
from tawatur.store import StoreBusy, open_store

_spec = importlib.util.spec_from_file_location("concurrency_factory", Path(__file__).with_name("store_factory.py"))
factory = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(factory)
holding_write_lock = factory.holding_write_lock

TOKEN = "concurrency-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
PLACES = ["حمص", "حماة", "درعا", "إدلب"]


def record(i: int, place: str = "حمص", day: str = "2024-12-07") -> dict[str, str]:
    """A short report (written for these tests) that links with the other reports of its place."""
    return {"id": f"c{i}", "outlet": f"وكالة {i % 5}", "published": day,
            "text": f"أعلنت فصائل المعارضة سيطرتها على مدينة {place} صباح اليوم بعد معارك عنيفة، "
                    f"بحسب ما نقله المراسل رقم {i} عن مصادر ميدانية."}


def partition(url: str) -> tuple[list[list[str]], dict[str, int]]:
    """The stored merged events as sorted lists of their articles, and the table counts."""
    with open_store(url) as st:
        merged, _ = st.merged_events(limit=500)
        groups = sorted(sorted(m["articles"]) for m in merged)
        return groups, st.counts()


def assert_sound(url: str, n: int) -> None:
    """Every article, event and source row stored exactly once; merged events cover every event."""
    with open_store(url) as st:
        counts = st.counts()
        assert counts["articles"] == n and st.check_consistency() == []
        events, total = st.events(limit=500)
        assert total == counts["events"] == counts["sources"] >= n
        assert len({e["id"] for e in events}) == total
        merged, _ = st.merged_events(limit=500)
        members = Counter(eid for m in merged for eid in m["events"])
        assert set(members) == {e["id"] for e in events} and max(members.values()) == 1
        home = {eid: m["id"] for m in merged for eid in m["events"]}
        assert all(e["cluster"] == home[e["id"]] for e in events)


def test_forty_concurrent_posts_all_stored_once(db_url, tmp_path):
    app = create_app(Settings(db=db_url, token=TOKEN, write_wait=120))
    codes: Counter[int] = Counter()
    bodies: list[str] = []
    with TestClient(app) as client:
        def post(i: int) -> None:
            r = client.post("/api/v1/articles", json=record(i), headers=AUTH)
            codes[r.status_code] += 1
            if r.status_code != 201:
                bodies.append(r.text)
        threads = [threading.Thread(target=post, args=(i,)) for i in range(40)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    app.state.store.close()
    assert codes == {201: 40}, bodies[:3]
    assert_sound(db_url, 40)
    # the same reports one at a time, into another database, link the same way
    ref = str(tmp_path / "sequential.db")
    with open_store(ref) as st:
        for i in range(40):
            st.ingest_articles(articles_from_json(json.dumps(record(i)).encode()))
    got, counts = partition(db_url)
    want, ref_counts = partition(ref)
    assert got == want
    assert counts["merged_events"] == ref_counts["merged_events"]


def write_inputs(folder: Path, ids: range) -> Path:
    path = folder / f"in-{ids.start}-{ids.stop}.jsonl"
    recs = [record(i, PLACES[i % 4], f"2024-12-0{1 + i % 7}") for i in ids]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs), encoding="utf-8")
    return path


def test_two_parallel_ingest_processes_store_every_article_once(db_url, tmp_path):
    # overlapping inputs: 0-79 and 40-119, small batches, started together on a database neither made
    first, second = write_inputs(tmp_path, range(0, 80)), write_inputs(tmp_path, range(40, 120))
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    procs = [subprocess.Popen([sys.executable, "-m", "tawatur.cli", "ingest", str(p), "--db", db_url,
                               "--batch", "5", "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env=env) for p in (first, second)]
    outs = [p.communicate(timeout=600) for p in procs]
    for p, (_out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err[-2000:]
        assert "Traceback" not in err and "failed" not in err, err[-2000:]
    assert_sound(db_url, 120)
    with open_store(db_url) as st:
        stored, _ = st.articles(limit=500)
        assert sorted(a["id"] for a in stored) == sorted(f"c{i}" for i in range(120))




def test_busy_store_answers_503_with_retry_after_and_loses_nothing(db_url):
    with open_store(db_url) as st:  # the schema exists before the other writer takes the lock
        assert st.counts()["articles"] == 0
    impatient = create_app(Settings(db=db_url, token=TOKEN, write_wait=0.5))
    patient = create_app(Settings(db=db_url, token=TOKEN, write_wait=60))
    waited: dict[str, int] = {}
    with TestClient(impatient) as quick, TestClient(patient) as slow:
        with holding_write_lock(db_url):
            r = quick.post("/api/v1/articles", json=record(1), headers=AUTH)
            assert r.status_code == 503, r.text
            assert int(r.headers["retry-after"]) >= 1 and "busy" in r.json()["detail"]
            assert "Traceback" not in r.text
            assert quick.get("/api/v1/events").status_code == 200  # readers are not blocked
            t = threading.Thread(target=lambda: waited.setdefault(
                "code", slow.post("/api/v1/articles", json=record(2), headers=AUTH).status_code))
            t.start()
            t.join(timeout=1.5)
            assert t.is_alive()  # the patient POST waits for the lock instead of failing
        t.join(timeout=60)
        assert waited["code"] == 201
        assert quick.post("/api/v1/articles", json=record(1), headers=AUTH).status_code == 201
    for app in (impatient, patient):
        app.state.store.close()
    with open_store(db_url) as st:
        assert sorted(a["id"] for a in st.articles()[0]) == ["c1", "c2"]


def test_store_busy_is_raised_after_the_wait(db_url):
    with open_store(db_url, write_wait=0.3) as st:
        with holding_write_lock(db_url), pytest.raises(StoreBusy) as info:
            st.save_feed_state({"url": "http://example.org/feed", "seen": []})
        assert info.value.retry_after >= 1
        st.save_feed_state({"url": "http://example.org/feed", "seen": ["a"]})
        assert st.feed_state("http://example.org/feed")["seen"] == ["a"]
